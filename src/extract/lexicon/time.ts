// Calendar and time words: weekdays, months, words that date a figure as earlier.

/** Calendar words, lower-cased: the days of the week, the months and the months' short forms. */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;

/**
 * A timeline's entry opening its line with its date and a colon or dash ("July 13-14: Gunmen
 * besiege …", "September 25 — Protests spread …"): the writer's own chronicle.
 */
const MONTH_WORD = `(?:${MONTH_NAMES.join('|')}|${MONTH_ABBREVIATIONS.join('|')})\\.?`;
const DAY_SPAN = '\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?';
/**
 * A live page's entry opening on its time ("22:20 …", "09:05 GMT - …"), not a sentence opening on a
 * time of day in passing ("10:30 am, police said …").
 */
export const LIVE_ENTRY_CLOCK = /^\s*\d{1,2}[:.]\d{2}\b(?!\s*(?:am|pm|a\.m\.|p\.m\.)?\s*[,;])/i;

export const TIMELINE_ENTRY = new RegExp(`^(?:${DAY_SPAN}\\s+${MONTH_WORD}|${MONTH_WORD}\\s+${DAY_SPAN})(?:,?\\s+\\d{4})?\\s*[:—–-]\\s`, 'i');

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

/** The days of the week, as a set ("on Monday" ties a figure to one day; "Easter Sunday" is a day, not a speaker). */
export const WEEKDAYS: ReadonlySet<string> = new Set<string>(WEEKDAY_NAMES);

/**
 * Weekday and month names: "12 killed Monday" has no object; "… on Monday", "… in March": a
 * capitalised word after a connector that ends a name instead.
 */
export const DAY_AND_MONTH_NAMES: ReadonlySet<string> = new Set<string>([...WEEKDAY_NAMES, ...MONTH_NAMES]);

/**
 * Times relative to the report that attach to its reporting verb ("said yesterday", "the ministry
 * earlier said", "later told"). Shared by the lists below, each of which adds the words its own
 * position allows.
 */
export const REPORT_TIME_ADVERBS = ['yesterday', 'today', 'tonight', 'earlier', 'later'] as const;

/** Adverbs that go with a statement, not with who makes it ("the ministry previously said", "also officially"). */
export const STATEMENT_ADVERBS = ['previously', 'also', 'officially', 'again', 'separately', 'recently'] as const;

/** Words that may follow an inverted speaker ("…, said the ministry on Monday"). */
export const CLAUSE_END_ADVERBS = new Set<string>([
  ...REPORT_TIME_ADVERBS,
  'on',
  'in',
  'late',
  'last',
  'this',
  ...WEEKDAY_NAMES,
  'at',
  'after',
  'when',
  'adding',
  'according',
]);

/** Units of a span of time back from the report ("a day earlier", "two weeks ago"). */
export const TIME_UNITS = new Set(['hour', 'day', 'week', 'fortnight', 'month', 'year']);

/** Words that close a span of time back from the report ("a day earlier", "a week ago", "the day before"). */
export const RELATIVE_TIME_ENDS = new Set(['earlier', 'ago', 'before', 'previously']);

/** Adverbs of time or place that may close a source phrase ("the ministry earlier", "a doctor there"): they are the verb's, not the source's. */
export const TRAILING_ADVERBS = new Set<string>([...REPORT_TIME_ADVERBS, 'previously', 'there', 'here']);

/** Words of time and auxiliaries that may stand between a subject and its reporting verb ("the ministry on Monday in a statement said"). */
export const TIME_WORDS = new Set<string>([
  ...REPORT_TIME_ADVERBS,
  ...WEEKDAY_NAMES,
  'late',
  'on',
  'in',
  'a',
  'statement',
  ...STATEMENT_ADVERBS,
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

/** Adverbs of manner or time that only modify a verb ("has independently verified", "reportedly said"). */
const VERB_ADVERBS = [
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
  // ("the regional government finally confirmed", "the ministry belatedly acknowledged").
  'finally',
  'eventually',
  'belatedly',
  'subsequently',
  'ultimately',
  'formally',
  'privately',
  'provisionally',
  'repeatedly',
  // ("Lawyers have long maintained that …", "the army consistently denied").
  'long',
  'consistently',
];

/**
 * Phrases of time or stance between a subject and its verb, read as the verb's ("The Red Cross had
 * at the time put the toll at 17", "The ministry, for its part, said"), word by word.
 */
export const SUBJECT_VERB_PHRASES: ReadonlyArray<readonly string[]> = [
  ['at', 'the', 'time'],
  ['at', 'that', 'time'],
  ['by', 'then'],
  ['by', 'that', 'time'],
  ['until', 'then'],
  ['at', 'first'],
  ['for', 'its', 'part'],
  ['for', 'their', 'part'],
  ['in', 'turn'],
];

/** Adverbs between a subject and its reporting verb ("Amnesty yesterday said", "the group has independently verified"). */
export const SUBJECT_VERB_ADVERBS = new Set<string>([
  ...REPORT_TIME_ADVERBS,
  ...VERB_ADVERBS,
  'since',
  // "a doctor there said": where the speaker is, not part of who.
  'there',
  'here',
  // "The mayor first said that two fishermen had drowned": when, among the speaker's statements (not
  // among the words that mark a verb: "the first reports said" has a noun after it).
  'first',
  'originally',
  // "The authorities have only ever acknowledged five deaths".
  'only',
  'ever',
  'just',
]);

/**
 * Adverbs that mark the word after them as a verb, not a plural noun ("The group also puts the toll
 * at 208", "police now estimate"): a plural noun after them would be odd.
 */
export const VERB_MARKING_ADVERBS = new Set(['also', 'now', 'still', 'later', ...VERB_ADVERBS]);

/** Adverbs set off alone between a subject and its verb ("The authority, however, put the toll at 112"). */
export const ASIDE_ADVERBS = new Set(['however', 'meanwhile', 'too', 'though', 'instead', 'likewise', 'separately', 'nonetheless', 'nevertheless', 'moreover']);

/** Words that open a time adverbial before a subject ("On Tuesday", "Last week", "Earlier this month"). */
export const TIME_OPENERS = new Set(['on', 'last', 'this', 'earlier', 'late', 'later', 'yesterday', 'today', 'overnight', 'by', 'since', 'until']);

/** Prepositions of a time's bound that open a time adverbial ("By Monday evening", "Since Sunday"). */
export const TIME_BOUND_PREPOSITIONS = new Set(['by', 'since', 'until']);

/** The words of a time adverbial that name a time ("Late on Monday night", "By nightfall", "Earlier this week"), beside day and month names. */
export const ADVERBIAL_TIME_NOUNS = new Set<string>([
  'week',
  'month',
  'year',
  'weekend',
  'night',
  'morning',
  'afternoon',
  'evening',
  'day',
  'yesterday',
  'today',
  'overnight',
  // (The moments of a day: "By nightfall police said".)
  'dawn',
  'daybreak',
  'noon',
  'midday',
  'dusk',
  'nightfall',
  'midnight',
]);

/** Words a time adverbial that opens a subject may consist of ("Late on Monday night", "Earlier this week"). */
export const OPENING_TIME_WORDS = new Set<string>([
  ...DAY_AND_MONTH_NAMES,
  ...ADVERBIAL_TIME_NOUNS,
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
]);

/** Adverbs of time that may open a sentence alone, before its subject ("Later the police said"). */
export const LONE_OPENING_ADVERBS = new Set(['later', 'earlier']);

/** Months and their short forms, as a set: a number beside one is a date, not a count. */
export const MONTHS = new Set<string>([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);

/** Words before a capitalised "March" that make it the month, not the verb ("since March", "in early March", "figures for March"). */
export const MONTH_PREPOSITIONS = new Set([
  'since',
  'in',
  'until',
  'till',
  'from',
  'by',
  'of',
  'last',
  'early',
  'late',
  'mid',
  'before',
  'after',
  'through',
  'during',
  'this',
  'next',
  'to',
  'between',
  'and',
  'for',
]);
