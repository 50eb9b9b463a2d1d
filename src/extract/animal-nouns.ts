/**
 * Whether a noun names animals: WordNet 3.1's noun.animal lemmas ("sheep", "cattle", "goat",
 * "livestock"), compacted into assets/lexicon/animal-nouns.json by scripts/build-animal-nouns.ts.
 * A figure before one counts animals, not people ("11 sheep died", "700,000 head of livestock
 * had died"). The lexicon's ANIMAL_NOUN_EXCLUSIONS drop the ones news uses of people ("females",
 * "males").
 */
import { ANIMAL_NOUN_EXCLUSIONS } from './lexicon/index.js';
import { wordnetNounTest } from './wordnet-table.js';

/** Is the lower-case word form a noun of animals, singular or plural ("sheep", "goats")? */
export const isAnimalNoun = wordnetNounTest('animal-nouns.json', 'animals', ANIMAL_NOUN_EXCLUSIONS);
