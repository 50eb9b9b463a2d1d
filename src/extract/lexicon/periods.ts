// Periods of a count for scope: date anchors, one day, rates, short periods, starts and phases of a crisis.
import { SCOPE_ORDINALS } from './scope.js';

/** Words between a speaking subject and its verb ("Tehran has only acknowledged"). */
export const SPEAKING_PLACE_AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'only', 'now', 'later', 'so', 'far']);

/** Verbs that report a statement: a date after them dates the statement, not the figure. */
export const SCOPE_REPORTING_VERBS = new Set([
  'said',
  'says',
  'told',
  'reported',
  'reports',
  'announced',
  'stated',
  'added',
  'confirmed',
  'according',
  'published',
  'released',
  // "state TV quoted the ministry as saying that 164…", "quoting medics": the figure is what was said.
  'quoted',
  'quoting',
  'saying',
  // "were reporting 39 dead on May 3", "the figure given by officials on Friday": a count told on that day.
  'reporting',
  'given',
  'cited',
]);

/** Words before a date that make it the end or start of a running count ("by 2 May", "since Friday", "as of", "up to 21 January"). */
export const SCOPE_DATE_ANCHORS = new Set(['by', 'since', 'of', 'at', 'until', 'till', 'through', 'to', 'from', 'between', 'before']);

/** Words of a clock time between a date anchor and its day ("as at 1800 hrs today", "as of 6 pm Monday"); digits are read too. */
export const CLOCK_TIME_WORDS = new Set(['hrs', 'hours', 'h', 'am', 'pm', 'a.m.', 'p.m.', 'noon', 'midday', 'midnight', 'gmt', 'utc', 'local', 'time']);

/** Words that tie a figure to one day or night ("overnight", "over the weekend"). */
export const SCOPE_ONE_DAY = new Set(['overnight', 'weekend', 'today', 'tonight', 'yesterday', 'eve', 'dawn', 'daybreak', 'dusk']);

/** The report's own day, which a running count ("so far today") may be bounded by. */
export const SCOPE_TODAY = new Set(['today', 'tonight']);

/** Words after "since" that start a count no earlier than the day before ("since yesterday", "since last night"): an increment. */
export const SCOPE_RECENT_STARTS = new Set(['yesterday', 'midnight', 'dawn', 'overnight']);

/** Parts of a day after "last" or "this" that start a recent count ("since last night", "since this morning"). */
export const SCOPE_DAY_PARTS = new Set(['night', 'morning', 'afternoon', 'evening']);

/** Words that start a period: a date after them starts a running count ("since the protests started on November 28"). */
export const SCOPE_PERIOD_STARTS = new Set(['since', 'started', 'began', 'begun', 'erupted', 'beginning', 'starting']);

/** Verbs of a new phase of a crisis ("the demonstrations that restarted on Friday"). */
export const SCOPE_PHASE_VERBS = new Set(['restarted', 'resumed']);

/** Nouns of one phase, after a determiner that picks one out ("in that initial wave", "the second phase"). */
export const SCOPE_PHASE_NOUNS = new Set(['wave', 'phase']);
export const SCOPE_PHASE_DETERMINERS = new Set(['that', 'this', 'first', 'initial', 'second', 'third', 'latest', 'earlier', 'previous']);

/**
 * Periods a count of one may be set against the one before ("300 held on Friday night, up from 180 the
 * night before", "up from 40 the previous week"): two periods' counts, not a running count's two values.
 */
export const SCOPE_COMPARED_PERIODS = new Set(['night', 'day', 'evening', 'morning', 'week']);
export const SCOPE_PERIOD_BEFORE_WORDS = new Set(['previous', 'preceding', 'prior']);

/** Nouns of one day or night, made one by a word before them ("every day", "a single night", "the worst day"). */
export const SCOPE_DAY_NOUNS = new Set(['day', 'night']);

/** Words before a day noun that make it one day (besides superlatives in -est: "the bloodiest day"). */
export const SCOPE_ONE_DAY_BEFORE = new Set(['every', 'each', 'per', 'single', 'one', 'all', 'worst', 'same', 'that', ...SCOPE_ORDINALS]);

/** Units a count of time is told in: "143 six days later" is a figure and then how long after. */
export const DURATION_UNITS = new Set([
  'minutes',
  'hours',
  'days',
  'nights',
  'weeks',
  'months',
  'years',
  'minute',
  'hour',
  'day',
  'night',
  'week',
  'month',
  'year',
]);

/** Nouns of a short period: "in only three days", "over the past 48 hours" make a count an increment. */
export const SCOPE_SHORT_PERIODS = new Set(['days', 'hours', 'nights', 'day', 'hour', 'night']);

/** Small counts in words, for periods ("two days", "a couple of days" is left out). */
export const SCOPE_SMALL_COUNTS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['few', 3],
]);

/** Prepositions that make a few days or hours the period of a count ("in three days", "over the past 24 hours", "within 48 hours"). */
export const SCOPE_PERIOD_PREPOSITIONS = new Set(['in', 'within', 'over', 'during', 'past', 'last']);

/** Nouns of a period a rate is given per ("each day", "every week"). */
export const SCOPE_RATE_PERIODS = new Set(['day', 'night', 'week', 'hour', 'month']);

/** Words before a period noun that make a rate ("each day", "every week", "per hour"). */
export const SCOPE_RATE_DETERMINERS = new Set(['each', 'every', 'per']);

/** Words that open a clause of its own between a figure and a time ("… is far below what our nurses treat every day"). */
export const SCOPE_OWN_CLAUSE_OPENERS = new Set(['what', 'which', 'who', 'whom', 'than']);

/** After a comma, a conjunction and a determiner open a clause of its own: "…, and the shelling goes on every day". */
export const SCOPE_COORDINATED_CLAUSE = new Set(['and', 'but', 'while', 'whereas']);
/** The determiners that open that clause's subject: "…, and the shelling", "…, but our nurses". */
export const SCOPE_CLAUSE_SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);

/** Of those, the ones that never tell of the figure's own day ("what our nurses treat every day", "more than last week"). */
export const SCOPE_THING_CLAUSE_OPENERS = new Set(['what', 'than']);

/** Verbs of a crisis starting, besides SCOPE_PERIOD_STARTS: a day after them starts a running count ("sparked on Sunday", "which broke out on October 1"). */
export const SCOPE_PERIOD_START_VERBS = new Set(['sparked', 'triggered', 'broke', 'flared', 'ignited', 'launched', 'kicked', 'commenced', 'opened']);

/** Words that join a date to another day ("on Nov. 4 and 5", "from 3 to 5 May"): a span of days, not one. */
export const SCOPE_DAY_SPAN_JOINERS = new Set(['and', 'to', '-', '–', 'through', 'or']);

/** Words after "a day" that count it from another event ("a day after the vote"). */
export const SCOPE_RELATIVE_DAY = new Set(['after', 'before', 'later', 'earlier']);

/** Verbs and adverbs of a present state ("remain", "are held", "still"): with "today" the count so far. */
export const SCOPE_PRESENT_STATE = new Set(['remain', 'remains', 'are', 'is', 'still', 'now']);

/** Auxiliaries of the present and the perfect ("have died", "are missing"): a count so far, not one day's. */
export const SCOPE_PRESENT_AUXILIARIES = new Set(['has', 'have', 'are', 'is', 'remain', 'remains']);

/** Words after a day noun that make it one day before another ("the night before", "the day earlier"). */
export const SCOPE_DAY_BEFORE_WORDS = new Set(['before', 'earlier']);

/** Periods that "the past" or "the last" makes the latest stretch of a crisis ("in the past month"); a week may be the whole crisis. */
export const SCOPE_RECENT_PERIODS = new Set(['fortnight', 'month']);

/** Prepositions before "which" that open a clause on what happened in an event just named ("…, in which 14 were killed"). */
export const SCOPE_EVENT_RELATIVES = new Set(['in', 'during', 'amid']);

/** Words right before a short period's count that make it a recent or a stressed stretch ("the past 48 hours", "in just two days"). */
export const SCOPE_SHORT_STRETCH_MARKS = new Set(['past', 'last', 'just', 'only']);

/** Periods that recur, after a word of habit ("every year", "most years", "each monsoon", "a year"): a figure of what happens as a rule. */
export const HABIT_PERIODS = new Set(['year', 'years', 'summer', 'summers', 'winter', 'winters', 'season', 'seasons', 'monsoon', 'monsoons']);
/** Words before such a period that make it recur. */
export const HABIT_DETERMINERS = new Set(['every', 'each', 'most', 'per', 'a']);
/** Words of the past or the perfect that make a clause with such a period tell of a stretch gone by ("killed 40 each year until 2019"). */
export const HABIT_PAST_WORDS = new Set(['was', 'were', 'had', 'has', 'have', 'been', 'died', 'left', 'took', 'fled', 'lost']);
/** Words after "a year" that make it date something ("a year after the quake", "a year ago"), no habit. */
export const TIME_AFTER_WORDS = new Set(['after', 'ago', 'later', 'on', 'since', 'before', 'earlier', 'into']);
