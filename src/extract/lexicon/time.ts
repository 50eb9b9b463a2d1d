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

/** Words that may follow an inverted speaker ("…, said the ministry on Monday"). */
export const CLAUSE_END_ADVERBS = new Set<string>([
  'on',
  'in',
  'late',
  'last',
  'this',
  'earlier',
  'later',
  'yesterday',
  'today',
  'tonight',
  ...WEEKDAY_NAMES,
  'at',
  'after',
  'when',
  'adding',
  'according',
]);

/** Time adverbs that may close a source phrase ("the ministry earlier"): they are the verb's, not the source's. */
export const TRAILING_TIME = new Set(['earlier', 'later', 'yesterday', 'today', 'tonight', 'previously']);

/** "… on Monday", "… in March": a capitalised word after a connector that ends the name instead. */
export const CALENDAR_WORDS = new Set<string>([...WEEKDAY_NAMES, ...MONTH_NAMES]);

/** The days of the week as a set. */
export const WEEKDAYS = new Set<string>(WEEKDAY_NAMES);

/** Words of time and auxiliaries that may stand between a subject and its reporting verb ("the ministry on Monday in a statement said"). */
export const TIME_WORDS = new Set<string>([
  ...WEEKDAY_NAMES,
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'late',
  'on',
  'in',
  'a',
  'statement',
  'previously',
  'also',
  'officially',
  'again',
  'separately',
  'recently',
  'night',
  'morning',
  'evening',
  'afternoon',
  'last',
  'this',
  'week',
  'month',
  'first',
  'now',
  'has',
  'have',
  'had',
  'is',
  'was',
  'were',
  'are',
]);

/** Adverbs between a subject and its reporting verb ("Amnesty yesterday said", "the group has independently verified"). */
export const SUBJECT_VERB_ADVERBS = new Set([
  'yesterday',
  'today',
  'tonight',
  'earlier',
  'later',
  'again',
  'separately',
  'previously',
  'recently',
  'already',
  'reportedly',
  'initially',
  'independently',
  'publicly',
  'officially',
  'since',
]);

/** Words that open a time adverbial before a subject ("On Tuesday", "Last week", "Earlier this month"). */
export const TIME_OPENERS = new Set(['on', 'last', 'this', 'earlier', 'late', 'later', 'yesterday', 'today', 'overnight']);

/** Words a time adverbial that opens a subject may consist of ("Late on Monday night", "Earlier this week"). */
export const OPENING_TIME_WORDS = new Set<string>([
  ...CALENDAR_WORDS,
  'week',
  'month',
  'year',
  'weekend',
  'night',
  'morning',
  'afternoon',
  'evening',
  'day',
  'on',
  'in',
  'the',
  'of',
  'early',
  'late',
  'last',
  'this',
  'earlier',
  'later',
  'yesterday',
  'today',
  'overnight',
]);

/** Months and their short forms, as a set: a number beside one is a date, not a count. */
export const MONTHS = new Set<string>([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);

/**
 * "Sri Lanka", "Sri Lankan", "Easter Sunday": capitalised pairs that look like a person's name
 * but name a place, a people or a day, so "he said" never refers to them.
 */
export const SPEAKER_WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
