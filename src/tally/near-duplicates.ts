/**
 * Near-duplicate documents (syndicated wire copies, re-posts with a different header): word
 * 5-shingles compared by Jaccard similarity, estimated with MinHash signatures so that a
 * crisis of tens of thousands of documents is grouped in linear time without its texts.
 *
 * - `documentSignature(text)`: 64 minimum hashes of the document's shingles, computed once at
 *   ingest and stored with the document.
 * - `groupNearDuplicates(docs)`: locality-sensitive hashing (16 bands of 4 hashes) proposes
 *   candidates; the share of equal hashes estimates their Jaccard similarity. Documents at or
 *   above the threshold form a group; the earliest is the original, the others count as
 *   "also published by".
 */

const SHINGLE = 5;
export const DUPLICATE_THRESHOLD = 0.6;
export const SIGNATURE_SIZE = 64;
const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Candidates compared per band bucket: enough for any real group of copies, bounded for floods. */
const MAX_COMPARISONS = 16;

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  if (!out.size && words.length) out.add(words.join(' '));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) inter++;
  return inter / (a.size + b.size - inter);
}

/** FNV-1a over UTF-16 code units: a fast, stable 32-bit string hash. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** MurmurHash3's finaliser: turns (hash, seed) into one of SIGNATURE_SIZE independent hashes. */
function mix(h: number, seed: number): number {
  h = (h ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => i + 1);

/** The document's MinHash signature (signed 32-bit integers, to store as INT[]). */
export function documentSignature(text: string): number[] {
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles(text)) {
    const h = fnv1a(s);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix(h, SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig.map((v) => v | 0);
}

/** Estimated Jaccard similarity: the share of equal minimum hashes. */
export function signatureSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  if (!n) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

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
  return groupNearDuplicates(docs.map((d) => ({ id: d.id, published: d.published, signature: documentSignature(d.text) })), threshold);
}
