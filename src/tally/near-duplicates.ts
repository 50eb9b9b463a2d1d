/**
 * Near-duplicate documents (syndicated wire copies, re-posts with a different header): word
 * 5-shingles compared by Jaccard similarity, estimated with MinHash signatures so that a
 * crisis of tens of thousands of documents is grouped in linear time without its texts.
 *
 * - `documentSignature(text)` (src/fingerprint.ts): 64 minimum hashes of the document's shingles,
 *   computed once at ingest and stored with the document.
 * - `groupNearDuplicates(docs)`: locality-sensitive hashing (16 bands of 4 hashes) proposes
 *   candidates; the share of equal hashes estimates their Jaccard similarity. Documents at or
 *   above the threshold form a group; the earliest is the original, the others count as
 *   "also published by".
 */

import { documentSignature, signatureSimilarity, SIGNATURE_SIZE } from '../fingerprint.js';

export const DUPLICATE_THRESHOLD = 0.6;
const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Candidates compared per band bucket: enough for any real group of copies, bounded for floods. */
const MAX_COMPARISONS = 16;

export interface SignedDocument {
  id: number;
  /** For picking the original: earlier first. */
  published: string | null;
  signature: ArrayLike<number>;
}

/** A band of a signature as one number (equal bands give equal numbers; candidates are checked). */
function bandHash(signature: ArrayLike<number>, band: number): number {
  let h = band;
  for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ signature[band * ROWS + r]!, 0x01000193) + 0x9e3779b1;
  return h | 0;
}

function sameBand(a: ArrayLike<number>, b: ArrayLike<number>, band: number): boolean {
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) if (a[r] !== b[r]) return false;
  return true;
}

/** Maps each duplicate document id to the id of its group's original. */
export function groupNearDuplicates(docs: SignedDocument[], threshold = DUPLICATE_THRESHOLD): Map<number, number> {
  const byDate = (d: SignedDocument) => d.published ?? '9999';
  const ordered = docs
    .filter((d) => d.signature.length === SIGNATURE_SIZE)
    .sort((a, b) => (byDate(a) < byDate(b) ? -1 : byDate(a) > byDate(b) ? 1 : a.id - b.id));
  const originalOf = new Map<number, number>();
  // Per band, the group originals seen so far, by the band's hash.
  const buckets = Array.from({ length: BANDS }, () => new Map<number, SignedDocument[]>());
  const keys = new Int32Array(BANDS);
  for (const doc of ordered) {
    let original: SignedDocument | undefined;
    for (let b = 0; b < BANDS; b++) {
      keys[b] = bandHash(doc.signature, b);
      if (original) continue;
      const bucket = buckets[b]!.get(keys[b]!);
      if (!bucket) continue;
      for (let i = 0, checked = 0; i < bucket.length && checked < MAX_COMPARISONS; i++) {
        const candidate = bucket[i]!;
        if (!sameBand(doc.signature, candidate.signature, b)) continue;
        checked++;
        if (signatureSimilarity(doc.signature, candidate.signature) >= threshold) {
          original = candidate;
          break;
        }
      }
    }
    if (original) {
      originalOf.set(doc.id, original.id);
      continue;
    }
    // Only originals go into buckets: copies are matched against the first of their kind.
    for (let b = 0; b < BANDS; b++) {
      const list = buckets[b]!.get(keys[b]!);
      if (list) list.push(doc);
      else buckets[b]!.set(keys[b]!, [doc]);
    }
  }
  return originalOf;
}

export interface DuplicateDocument {
  id: number;
  text: string;
  published: string | null;
}

/** Near-duplicates among documents given by their texts (signatures computed here). */
export function findNearDuplicates(docs: DuplicateDocument[], threshold = DUPLICATE_THRESHOLD): Map<number, number> {
  return groupNearDuplicates(
    docs.map((d) => ({ id: d.id, published: d.published, signature: documentSignature(d.text) })),
    threshold,
  );
}
