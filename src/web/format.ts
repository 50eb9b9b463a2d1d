/** How figures, qualifiers and dates read in the UI. */
import type { Category, Qualifier } from '../domain.js';

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
