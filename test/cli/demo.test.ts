/**
 * The demo corpus (demo/*.jsonl) loads every report into a crisis named as in the analyst's
 * tallies (../shared/corpus/tallies.json, when it is beside the repository).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_CRISES, DEMO_FILES } from '../../src/cli/demo.js';
import { sharedCorpusFile } from '../shared-corpus.js';

const ids = DEMO_FILES.flatMap((f) =>
  readFileSync(resolve('demo', f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { id: string }).id),
);
const crisisOf = (id: string) => DEMO_CRISES.find((c) => id.startsWith(c.prefix))?.name;
const talliesFile = sharedCorpusFile('tallies.json');

describe('demo corpus', () => {
  it('puts every report into one crisis, and every crisis gets reports', () => {
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((id) => !crisisOf(id))).toEqual([]);
    for (const c of DEMO_CRISES)
      expect(
        ids.some((id) => id.startsWith(c.prefix)),
        c.name,
      ).toBe(true);
  });

  it.skipIf(!talliesFile)('names the crises as the analyst tallies do (../shared/corpus/tallies.json)', () => {
    const tallies = JSON.parse(readFileSync(talliesFile!, 'utf8')) as { crises: Array<{ name: string; documents: string[] }> };
    expect(DEMO_CRISES.map((c) => c.name).sort()).toEqual(tallies.crises.map((c) => c.name).sort());
    for (const c of tallies.crises) {
      // The analyst's seed is the original report; the demo holds its rewriting (seed-rewritten-000).
      for (const doc of c.documents) expect(crisisOf(doc.startsWith('seed-') ? 'seed-rewritten-000' : doc), doc).toBe(c.name);
    }
  });
});
