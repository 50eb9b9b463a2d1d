/** How figures, qualifiers and dates read in the UI. */
import type { Category, Qualifier, Revision, Scope } from '../domain.js';

const numberFormat = new Intl.NumberFormat('en-US');

export const num = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : numberFormat.format(n));

export const CATEGORY_LABELS: Record<Category, string> = {
  killed: 'Killed',
  injured: 'Injured',
  detained: 'Detained',
  missing: 'Missing',
  displaced: 'Displaced',
  participants: 'Participants',
  places: 'Places affected',
  executed: 'Executed',
};

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  at_least: 'at least',
  more_than: 'more than',
  about: 'about',
  up_to: 'up to',
  fewer_than: 'fewer than',
  range: '',
  vague: '',
};

/** "at least 208", "180–450", "dozens (12)": the figure as the source put it. */
export function figureText(f: { low: number | null; high: number | null; estimate: number; qualifier: Qualifier; hedged?: boolean }): string {
  let s: string;
  if (f.qualifier === 'range' && f.low !== null && f.high !== null) s = `${num(f.low)}–${num(f.high)}`;
  else if (f.qualifier === 'vague') s = `vague: ${num(f.estimate)}`;
  else s = `${QUALIFIER_WORDS[f.qualifier]} ${num(f.estimate)}`.trim();
  return f.hedged ? `${s} (hedged)` : s;
}

export const dateText = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : 'undated');

export const SOURCE_TYPE_LABELS = {
  official: 'Official',
  independent: 'Independent',
  media: 'Media',
  opposition: 'Opposition',
  unknown: 'Unknown',
} as const;

/** What each scope means (ANNOTATION.md), one line each, for the review form and the reader. */
export const SCOPE_HINTS: Record<Scope, string> = {
  total: 'the running total for the whole crisis, as of a date',
  local: 'a running total for one place (a city, a province, a hospital)',
  part: 'a subgroup of the victims (children, police officers) or one phase',
  new: 'an increment, or the count of one incident or one day',
};

/** What each revision means, for the review form, the reader and the dashboard. */
export const REVISION_HINTS: Record<Revision, string> = {
  down: "revised down: supersedes the source's own earlier, higher totals",
  up: 'revised up: an ordinary later total',
  correction: "corrected (no direction stated): supersedes the source's own earlier, higher totals",
};

const QUOTE_MARKS = /^[\s"“”„«»‘’']+|[\s"“”„«»‘’']+$/g;

/** A quotation in curly quotes, shortened to `max` characters: the marks it already carries are not doubled. */
export function quoted(text: string, max = 120): string {
  const bare = text.replace(QUOTE_MARKS, '');
  return `“${bare.length > max ? `${bare.slice(0, max)}…` : bare}”`;
}
