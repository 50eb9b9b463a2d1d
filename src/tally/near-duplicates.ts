/**
 * Near-duplicate documents (syndicated wire copies, re-posts with a different header): word
 * 5-shingles compared by Jaccard similarity. Documents at or above the threshold form one
 * group; the earliest is the original, the others count as "also published by".
 */

const SHINGLE = 5;
export const DUPLICATE_THRESHOLD = 0.6;

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

export interface DuplicateDocument {
  id: number;
  text: string;
  /** For picking the original: earlier first. */
  published: string | null;
}

/** Maps each duplicate document id to the id of its group's original. */
export function findNearDuplicates(docs: DuplicateDocument[], threshold = DUPLICATE_THRESHOLD): Map<number, number> {
  const ordered = [...docs].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id - b.id);
  const sets = ordered.map((d) => shingles(d.text));
  const originalOf = new Map<number, number>();
  for (let i = 0; i < ordered.length; i++) {
    if (originalOf.has(ordered[i]!.id)) continue;
    for (let j = i + 1; j < ordered.length; j++) {
      if (originalOf.has(ordered[j]!.id)) continue;
      // Sizes too different cannot reach the threshold.
      const [x, y] = [sets[i]!.size, sets[j]!.size];
      if (Math.min(x, y) < threshold * Math.max(x, y)) continue;
      if (jaccard(sets[i]!, sets[j]!) >= threshold) originalOf.set(ordered[j]!.id, ordered[i]!.id);
    }
  }
  return originalOf;
}
