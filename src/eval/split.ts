/**
 * The tune / check split of a gold corpus. Rules are tuned on the tune part; the check part
 * says how they do on reports they were not written for, and its misses are not read while
 * tuning (`npm run eval -- --verbose` lists the tune part's only). The split is a stable hash
 * of the item id, about one item in three to check; a file of fewer than three items (the
 * seed) is all tune.
 */
import { createHash } from 'node:crypto';

export type Part = 'tune' | 'check';

export function partOf(id: string, itemsInFile: number): Part {
  if (itemsInFile < 3) return 'tune';
  const h = createHash('sha1').update(id).digest().readUInt32BE(0);
  return h % 3 === 0 ? 'check' : 'tune';
}
