/**
 * Figures of another, earlier event a report compares its own with: "the deadliest incident in a
 * prison since a fire at the Comayagua jail killed 361 inmates in 2012", "also the site of the
 * country's deadliest attack, a truck bombing in October 2017 that killed more than 500 people".
 * Such a figure counts no victim of the crisis the report is about: it is no claim.
 */
import { SCOPE_PERIOD_START_VERBS, SCOPE_PERIOD_STARTS, SUPERLATIVE_WORDS } from './lexicon/index.js';
import type { Token } from './tokens.js';

/** How far after a figure the year that dates its event may stand ("killed 361 inmates in 2012"). */
const YEAR_AFTER_FIGURE = 6;

/**
 * Does the figure at `figure` (offsets into the text) count an earlier event its sentence compares
 * the crisis with? A superlative before it, then a year before the publication's, between the
 * superlative and a few words after the figure. Never without a publication date.
 */
export function comparedEvent(words: readonly Token[], figure: { start: number; end: number }, published: string | null | undefined): boolean {
  const year = published ? Number(published.slice(0, 4)) : NaN;
  if (!Number.isFinite(year)) return false;
  const first = words.findIndex((t) => t.end > figure.start);
  if (first < 0) return false;
  let last = first;
  while (last < words.length && words[last]!.start < figure.end) last++;
  const superlative = words.slice(0, first).findIndex((t) => SUPERLATIVE_WORDS.has(t.lower) && t.lower !== 'most' && t.lower !== 'first');
  if (superlative < 0) return false;
  for (let k = superlative + 1; k < Math.min(words.length, last + YEAR_AFTER_FIGURE); k++) {
    const t = words[k]!;
    if (!/^\d{4}$/.test(t.text) || Number(t.text) >= year || Number(t.text) < 1800) continue;
    // ("the deadliest day since the protests began in 2023": when this crisis started, no other event.)
    const before = words.slice(Math.max(0, k - 4), k).map((w) => w.lower);
    if (before.some((w) => SCOPE_PERIOD_STARTS.has(w) || SCOPE_PERIOD_START_VERBS.has(w))) continue;
    return true;
  }
  return false;
}
