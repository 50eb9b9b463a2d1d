/**
 * The days a time axis shows: the span of the figures, less days far from all the others (a
 * retrospective published a year later would squash the weeks that matter into a corner).
 */

/** A day further than this from the rest, and further than twice their span, is left off. */
export const FAR_DAYS = 30;

/** The first and last day to show, from days given as numbers (days since the epoch). */
export function axisDays(days: number[]): { first: number; last: number } {
  const d = [...new Set(days)].sort((a, b) => a - b);
  let lo = 0;
  let hi = d.length - 1;
  const far = (gap: number, span: number) => gap > FAR_DAYS && gap > 2 * span;
  while (hi - lo >= 2) {
    const left = d[lo + 1]! - d[lo]!;
    const right = d[hi]! - d[hi - 1]!;
    if (left >= right && far(left, d[hi]! - d[lo + 1]!)) lo++;
    else if (far(right, d[hi - 1]! - d[lo]!)) hi--;
    else break;
  }
  return d.length ? { first: d[lo]!, last: d[hi]! } : { first: 0, last: 0 };
}
