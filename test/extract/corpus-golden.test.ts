/**
 * One test per gold corpus item (every ../shared/corpus/*.jsonl, not the recall sets): the
 * item's claims are compared field by field (category, bounds, qualifier, source, scope,
 * as_of) and its misses must equal the committed list in test/extract/known-misses.json.
 *
 * The test fails both ways: when a claim that was right goes wrong (a regression), and when a
 * known miss is fixed (the file is out of date). After a change to extraction, look at what
 * moved, then regenerate the file and commit it with the change:
 *
 *     npm run eval -- --write-known-misses
 *
 * The corpus is found as `npm run eval` finds it (../shared/corpus beside the repository or a
 * parent folder, or TALLY_CORPUS_DIR). Without it these tests are skipped with a notice,
 * except under CI=true, where a missing corpus fails.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOWN_MISSES_PATH, currentMisses, goldenCorpusFiles } from '../../src/eval/cli.js';
import { compareMisses, readKnownMisses } from '../../src/eval/known-misses.js';

const files = goldenCorpusFiles();
const ci = process.env.CI === 'true';
if (!files.length && !ci) process.stderr.write('corpus-golden: no shared gold corpus (../shared/corpus or TALLY_CORPUS_DIR); skipped\n');

describe.skipIf(!files.length && !ci)('golden: every corpus item against its known misses', () => {
  it('has the corpus and the known-misses file', () => {
    expect(files.length, 'the shared gold corpus: place it in ../shared/corpus or set TALLY_CORPUS_DIR').toBeGreaterThan(0);
    expect(existsSync(KNOWN_MISSES_PATH), 'regenerate it: npm run eval -- --write-known-misses').toBe(true);
  });
  if (!files.length || !existsSync(KNOWN_MISSES_PATH)) return;

  const known = readKnownMisses(KNOWN_MISSES_PATH).items;
  const now = currentMisses(files);

  it('lists only items of the corpus', () => {
    expect(
      Object.keys(known).filter((id) => !now.has(id)),
      'stale items: npm run eval -- --write-known-misses',
    ).toEqual([]);
  });

  it.each([...now.keys()])('%s', (id) => {
    // regressions: new misses (a regression, or a change to keep); fixed: known misses now right.
    // Either way, if the change is meant: npm run eval -- --write-known-misses
    expect(compareMisses(known[id] ?? [], now.get(id)!), `${id} moved: if meant, npm run eval -- --write-known-misses`).toEqual({ regressions: [], fixed: [] });
  });
});
