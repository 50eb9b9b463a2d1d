/**
 * Figures of another, earlier event a report compares its own with: "the deadliest incident in a
 * prison since a fire at the Comayagua jail killed 361 inmates in 2012", "also the site of the
 * country's deadliest attack, a truck bombing in October 2017 that killed more than 500 people".
 * Such a figure counts no victim of the crisis the report is about: it is no claim.
 */
import {
  HABIT_DETERMINERS,
  HABIT_PAST_WORDS,
  HABIT_PERIODS,
  TIME_AFTER_WORDS,
  SCOPE_PERIOD_START_VERBS,
  SCOPE_PERIOD_STARTS,
  SUPERLATIVE_WORDS,
} from './lexicon/index.js';
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

/** How far from a figure, in its clause, a phrase of habit may stand ("cyclones kill scores of fishermen on this coast most years"). */
const HABIT_REACH = 10;

/**
 * A figure of what happens as a rule, not of an event: "cyclones kill scores of fishermen on this
 * coast most years", "floods kill about 300 people a year". A phrase of a recurring year or season
 * ("every year", "most years", "a year", "annually") in the figure's clause, in a clause whose verb
 * is in the present.
 */
export function habitualFigure(words: readonly Token[], figure: { start: number; end: number }): boolean {
  const first = words.findIndex((t) => t.end > figure.start);
  if (first < 0) return false;
  let from = first;
  while (from > 0 && first - from < HABIT_REACH && !/^[;:.]$/.test(words[from - 1]!.text)) from--;
  let to = first;
  while (to < words.length && to - first < HABIT_REACH && !/^[;:.]$/.test(words[to]!.text)) to++;
  const clause = words.slice(from, to);
  // ("A year after the quake, 700,000 remain in camps": a year that dates, no habit.)
  const dates = (k: number) => clause[k - 1]!.lower === 'a' && TIME_AFTER_WORDS.has(clause[k + 1]?.lower ?? '');
  const habit = clause.some((t, k) => t.lower === 'annually' || (HABIT_PERIODS.has(t.lower) && HABIT_DETERMINERS.has(clause[k - 1]?.lower ?? '') && !dates(k)));
  // (In the present: "floods killed 40 people each year until the dam was built" tells of a stretch gone by.)
  return habit && !clause.some((t) => HABIT_PAST_WORDS.has(t.lower) || /^\p{Ll}+ed$/u.test(t.text));
}
