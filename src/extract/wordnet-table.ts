/**
 * A class of WordNet 3.1 nouns compacted at build time into assets/lexicon/<file> (one array of
 * lemmas under `key`, written by a scripts/build-*-nouns.ts), loaded on first use. A written form
 * is tested as it stands and as the lemma WordNet's detachment rules reduce it to ("goats",
 * "francs", "legs").
 */
import { readFileSync } from 'node:fs';
import { holdsNounForm } from './person-nouns.js';

/** The test of membership in the table `file` holds under `key`, less `excluded`. */
export function wordnetNounTest(file: string, key: string, excluded: ReadonlySet<string> = new Set()): (word: string) => boolean {
  let table: Set<string> | null = null;
  const load = () => {
    const raw = JSON.parse(readFileSync(new URL(`../../assets/lexicon/${file}`, import.meta.url), 'utf8')) as Record<string, string[]>;
    return new Set((raw[key] ?? []).filter((w) => !excluded.has(w)));
  };
  return (word) => holdsNounForm((table ??= load()), word);
}
