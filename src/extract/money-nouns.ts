/**
 * Whether a noun names money: WordNet 3.1's monetary units ("franc", "naira", "peso",
 * "shilling"), compacted into assets/lexicon/money-nouns.json by scripts/build-money-nouns.ts and
 * loaded once per process. A figure before one is an amount, not a count ("25,000 CFA francs").
 * Plurals are reduced by WordNet's noun detachment rules; the lexicon's MONEY_NOUN_EXCLUSIONS
 * drop the units whose names are everyday words ("at", "won", "sent").
 */
import { readFileSync } from 'node:fs';
import { MONEY_NOUN_EXCLUSIONS } from './lexicon/index.js';
import { holdsNounForm } from './person-nouns.js';

let table: Set<string> | null = null;

function load(): Set<string> {
  const raw = JSON.parse(readFileSync(new URL('../../assets/lexicon/money-nouns.json', import.meta.url), 'utf8')) as { money: string[] };
  return new Set(raw.money.filter((w) => !MONEY_NOUN_EXCLUSIONS.has(w)));
}

/** Is the lower-case word form a unit of money, singular or plural ("francs", "pennies")? */
export function isMoneyNoun(word: string): boolean {
  return holdsNounForm((table ??= load()), word);
}
