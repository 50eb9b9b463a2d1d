/**
 * Scope: what a figure counts (ANNOTATION.md). A claim refiner over the finished claim and its
 * sentence: an increment or one incident is `new`, a subgroup `part`, a figure tied to a place
 * below the country `local`, anything else the crisis `total`.
 */
import type { CountClaim, Scope } from '../domain.js';
import { INCREMENT_AFTER, INCREMENT_BEFORE, PART_AFTER, PART_BEFORE } from './lexicon.js';

export interface ScopeInput {
  claim: Pick<CountClaim, 'span' | 'cumulative' | 'place'>;
  /** The claim's sentence: its text and where it starts in the clean text. */
  sentence: { text: string; start: number };
  /** The figure inside the claim's span. */
  figure: { start: number; end: number };
  /** The sentence names the claim's place (it is not the document's country by default). */
  placeStated: boolean;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}]+/gu) ?? [];

export function scopeOf({ claim, sentence, figure, placeStated }: ScopeInput): Scope {
  const before = words(sentence.text.slice(0, figure.start - sentence.start));
  const after = words(sentence.text.slice(figure.end - sentence.start));
  const prev = before[before.length - 1] ?? '';
  // "four more", "three new deaths", "another 27": an increment.
  if (INCREMENT_BEFORE.has(prev) || INCREMENT_AFTER.has(after[0] ?? '') || INCREMENT_AFTER.has(after[1] ?? '')) {
    if (after[0] !== 'of') return 'new';
  }
  // "including 12 children", "five of them": a subgroup.
  if (PART_BEFORE.has(prev) && prev !== 'of') return 'part';
  if (PART_AFTER.has(after[0] ?? '') && ['them', 'the', 'those', 'whom'].includes(after[1] ?? '')) return 'part';
  if (placeStated && claim.place && claim.place.precision !== 'country') return 'local';
  return 'total';
}
