// Calendar and time words: weekdays, months, words that date a figure as earlier.

/** Calendar words, lower-cased: the days of the week, the months and the months' short forms. */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;

/** Words that mark a figure as earlier than the report ("had earlier said", "the previous toll"): dates.ts, earlier-than-report. */
export const EARLIER_CUES = new Set(['earlier', 'previously', 'previous', 'initially', 'initial', 'originally', 'formerly']);

/** Words that end the clause of an "earlier": "earlier 40, but now 44". */
export const EARLIER_CLAUSE_STOPS = new Set([
  ';',
  'but',
  'however',
  'now',
  'whereas',
  'while',
  'although',
  'though',
  'since',
  'latest',
  'new',
  'revised',
  'updated',
  'current',
]);

/** Weekday and month names: "12 killed Monday" has no object. */
export const DAY_AND_MONTH_NAMES: ReadonlySet<string> = new Set<string>([...WEEKDAY_NAMES, ...MONTH_NAMES]);
