/**
 * Whether a noun names animals: WordNet 3.1's noun.animal lemmas ("sheep", "cattle", "goat",
 * "livestock"), compacted into assets/lexicon/animal-nouns.json by scripts/build-animal-nouns.ts
 * and loaded once per process. A figure before one counts animals, not people ("11 sheep died",
 * "700,000 head of livestock had died"). Plurals are reduced by WordNet's noun detachment rules; the
 * lexicon's ANIMAL_NOUN_EXCLUSIONS drop the ones news uses of people ("females", "males").
 */
import { readFileSync } from 'node:fs';
import { ANIMAL_NOUN_EXCLUSIONS } from './lexicon/index.js';
import { holdsNounForm } from './person-nouns.js';

let table: Set<string> | null = null;

function load(): Set<string> {
  const raw = JSON.parse(readFileSync(new URL('../../assets/lexicon/animal-nouns.json', import.meta.url), 'utf8')) as { animals: string[] };
  return new Set(raw.animals.filter((w) => !ANIMAL_NOUN_EXCLUSIONS.has(w)));
}

/** Is the lower-case word form a noun of animals, singular or plural ("sheep", "goats")? */
export function isAnimalNoun(word: string): boolean {
  return holdsNounForm((table ??= load()), word);
}
