/**
 * Whether a noun names money: WordNet 3.1's monetary units ("franc", "naira", "peso",
 * "shilling"), compacted into assets/lexicon/money-nouns.json by scripts/build-money-nouns.ts. A
 * figure before one is an amount, not a count ("25,000 CFA francs"). The lexicon's
 * MONEY_NOUN_EXCLUSIONS drop the units whose names are everyday words ("at", "won", "sent").
 */
import { MONEY_NOUN_EXCLUSIONS } from './lexicon/index.js';
import { wordnetNounTest } from './wordnet-table.js';

/** Is the lower-case word form a unit of money, singular or plural ("francs", "pennies")? */
export const isMoneyNoun = wordnetNounTest('money-nouns.json', 'money', MONEY_NOUN_EXCLUSIONS);
