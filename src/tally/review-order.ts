/**
 * Which claims a review should look at first: the ones a tally's headlines rest on, then each
 * source's latest figure (the next headline if the current one falls), then the rest.
 */
import type { Tally } from './reconcile.js';

export interface ReviewOrder {
  /** Claims behind a category's headline figure. */
  first: number[];
  /** Each source's latest figure. */
  next: number[];
}

export function reviewOrder(tally: Tally): ReviewOrder {
  const first = new Set<number>();
  const next = new Set<number>();
  for (const c of tally.categories) {
    if (c.conservative) first.add(c.conservative.claimId);
    for (const s of c.sources) if (!first.has(s.latest.claimId)) next.add(s.latest.claimId);
  }
  return { first: [...first], next: [...next] };
}
