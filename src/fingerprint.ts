/**
 * A document's fingerprint: word 5-shingles of its clean text, compared by Jaccard similarity and
 * estimated with a MinHash signature (64 minimum hashes), computed once at ingest and stored with
 * the document. A leaf: ingest computes it, the store keeps it, the tally groups near-duplicate
 * documents by it (src/tally/near-duplicates.ts).
 */

const SHINGLE = 5;
export const SIGNATURE_SIZE = 64;

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
