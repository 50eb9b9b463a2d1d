/**
 * The gold corpus beside the repository (`../shared/corpus`, or TALLY_SHARED_CORPUS): the
 * original reports are not ours to redistribute, so tests that need them read them there and
 * are skipped with a notice when it is absent, except under CI=true, where that is a failure.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const sharedCorpusDir = resolve(process.env.TALLY_SHARED_CORPUS ?? '../shared/corpus');

/** The path of a shared corpus file, or null (with a notice) when it is absent outside CI. */
export function sharedCorpusFile(name: string): string | null {
  const file = resolve(sharedCorpusDir, name);
  if (existsSync(file)) return file;
  const where = 'place the gold corpus beside the repository or set TALLY_SHARED_CORPUS to its folder';
  if (process.env.CI === 'true') throw new Error(`${file} is absent, and CI runs every test: ${where}`);
  process.stderr.write(`notice: ${file} is absent: the tests that need it are skipped (${where})\n`);
  return null;
}
