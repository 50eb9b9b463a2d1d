// Words that are no source: times and connectives, event heads, sentence openers, verbs that are also nouns.
import { SCOPE_INCIDENT_NOUNS } from './scope.js';
import { REPORT_TIME_ADVERBS, STATEMENT_ADVERBS, WEEKDAY_NAMES } from './time.js';

/** Prepositions of place, means and purpose, in both lists below. */
const COMMON_PREPOSITIONS = ['in', 'on', 'at', 'by', 'with', 'from', 'for'];

/** Prepositions: a phrase they open is an adverbial, never who speaks. */
const NOT_SOURCE_PREPOSITIONS = ['among', 'amid', 'of', ...COMMON_PREPOSITIONS, 'to', 'inside', 'outside', 'near', 'across', 'through', 'beside'];

/**
 * Words a source phrase may not consist of or start with: times, adverbs and connectives
 * ("Monday", "so far", "previously", "whereas") are never who asserts a figure.
 */
export const NOT_SOURCE_WORDS = new Set<string>([
  ...WEEKDAY_NAMES,
  ...REPORT_TIME_ADVERBS,
  'tomorrow',
  'late',
  ...STATEMENT_ADVERBS,
  'now',
  'then',
  'so',
  'far',
  'yet',
  'not',
  'still',
  'already',
  'meanwhile',
  'however',
  'whereas',
  'while',
  'although',
  'though',
  'because',
  'since',
  'as',
  ...NOT_SOURCE_PREPOSITIONS,
  'into',
  'after',
  'before',
  'during',
  'under',
  'over',
  'and',
  'but',
  'or',
  'if',
  'when',
  'where',
  'which',
  'who',
  'that',
  'than',
  'there',
  'here',
  'night',
  'morning',
  'evening',
  'afternoon',
  'week',
  'weekend',
  'month',
  'year',
  'day',
  'last',
  'this',
  'next',
  'first',
  'initially',
  'reportedly',
  'allegedly',
  'apparently',
  'further',
  'says',
  'said',
  'say',
  'what',
  'how',
  'it',
  'credible',
  'unconfirmed',
  'latest',
  'new',
]);

/**
 * Heads that name an event, never who reports it: "the Market Square bombing: 12 killed",
 * "the harbour attack" as a subject. A source phrase ending in one is no source.
 */
export const EVENT_HEAD_NOUNS = new Set([
  ...SCOPE_INCIDENT_NOUNS,
  'attacks',
  'raids',
  'blasts',
  'explosions',
  'bombings',
  'shootings',
  'ambushes',
  'airstrikes',
  'strikes',
  'massacre',
  'massacres',
  'killings',
  'stabbing',
  'stabbings',
  'hijacking',
  'siege',
  'crash',
  'collapse',
  'fire',
  'riot',
  'riots',
  'clashes',
  'uprising',
  'insurgency',
  'offensive',
  'assault',
  'assassination',
  'kidnapping',
  'abduction',
  'abductions',
  'war',
  'earthquake',
  'flood',
  'floods',
  'fires',
  'wildfire',
  'wildfires',
  'landslide',
  'landslides',
  'quake',
  'cyclone',
  'derailment',
  'violence',
  'unrest',
  'protest',
  'protests',
]);

/**
 * Words that open a capitalised run only because they open the sentence, never a name: articles,
 * adverbs, and the prepositions and subordinators a clause starts with ("After the Health
 * Ministry revised …" names the Health Ministry; "According to the UN" names the UN).
 */
export const MENTION_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'then',
  'but',
  'and',
  'so',
  'meanwhile',
  'later',
  'earlier',
  'now',
  'also',
  'yet',
  'still',
  'today',
  'yesterday',
  'after',
  'before',
  'since',
  'when',
  'whenever',
  'while',
  'as',
  'although',
  'though',
  'because',
  'if',
  'unless',
  'until',
  'once',
  'despite',
  'following',
  'amid',
  'during',
  'according',
  'to',
  ...COMMON_PREPOSITIONS,
  'under',
  'without',
  'against',
  'among',
  'unlike',
  'like',
  'whereas',
  'where',
  'however',
]);

/**
 * Reporting verbs that are also plural nouns ("the ministry reports" / "credible reports"):
 * read as a verb only after a name or pronoun, or before "that", a colon, a comma or a figure.
 */
export const VERB_OR_PLURAL_NOUN = new Set([
  'reports',
  'quotes',
  'states',
  'claims',
  'estimates',
  'counts',
  'notes',
  'finds',
  'shows',
  'puts',
  'records',
  'updates',
  'writes',
  'documents',
  'releases',
  'logs',
]);

/**
 * A plural subject's reporting verb that is also a singular noun ("local officials estimate that" /
 * "every estimate", "the police estimate stood at"): read as VERB_OR_PLURAL_NOUN's words are, as a
 * verb only after a name, a pronoun or an adverb, or before "that", a colon, a comma or a figure.
 */
export const VERB_OR_SINGULAR_NOUN = new Set(['estimate']);

/** A lone quantifier or adjective read as a subject ("Other reports", "Some say"): no source by itself. */
export const LONE_MODIFIERS = new Set(['other', 'others', 'some', 'local', 'several', 'many', 'few', 'both', 'each', 'all', 'any', 'one', 'most']);

/** Words that end a subject phrase read leftwards from its verb: relative and subordinate words, auxiliaries, prepositions. */
export const STOP_LEFT = new Set([
  'that',
  'which',
  'who',
  'when',
  'while',
  'where',
  'and',
  'but',
  'as',
  'after',
  'before',
  'because',
  'since',
  'if',
  'than',
  'is',
  'was',
  'were',
  'are',
  'has',
  'have',
  'had',
  'be',
  'been',
  'will',
  'would',
  'also',
  'then',
  'on',
  'in',
  'at',
  'by',
  'with',
  'from',
  'for',
  'to',
  'into',
  'during',
  'it',
  'there',
  'once',
  'whenever',
  'although',
  'though',
]);

/** A page's labels before a headline's colon ("LIVE:", "BREAKING:", "UPDATE:"): what the page is, no one who tells. */
export const NEWS_LABELS = new Set([
  'live',
  'breaking',
  'update',
  'updated',
  'updates',
  'latest',
  'watch',
  'video',
  'photos',
  'exclusive',
  'analysis',
  'explainer',
  'factbox',
  'timeline',
  'opinion',
  'editorial',
  'related',
]);

/** Quantifiers that pick out no one ("never admitted by any agency", "either side", "every ministry"): what they open is no source ("no", "neither": NEGATING_DETERMINERS). */
export const NO_ONE_QUANTIFIERS = new Set(['any', 'every', 'either']);

/** Words that never open a source, capitalised or not (a sentence may start with them). */
export const ALWAYS_NOT_SOURCE: ReadonlySet<string> = new Set<string>([
  ...WEEKDAY_NAMES,
  ...REPORT_TIME_ADVERBS,
  'tomorrow',
  'previously',
  'meanwhile',
  'however',
  'so',
  'also',
  'not',
  'yet',
  'still',
  ...NOT_SOURCE_PREPOSITIONS,
  'after',
  'before',
  'during',
  'and',
  'but',
  'or',
  'if',
  'when',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'since',
  'as',
  'what',
  'how',
  'it',
  'there',
  'here',
  'then',
  'now',
  'last',
  'this',
  'next',
]);

/** First-person possessives: "our monitors" are the speaker's own, never a source by that name. */
export const FIRST_PERSON_POSSESSIVES = new Set(['our', 'my']);

/** Time zones after a clock time ("at 14:00 GMT"): no body that speaks. */
export const TIME_ZONES = new Set([
  'gmt',
  'utc',
  'bst',
  'cet',
  'cest',
  'eet',
  'eest',
  'est',
  'edt',
  'cst',
  'cdt',
  'pst',
  'pdt',
  'ist',
  'wat',
  'eat',
  'cat',
  'msk',
  'jst',
  'aest',
]);

/** How many spoke, vaguely ("Several AJM leaders", "many residents"): no part of who they are. */
export const VAGUE_SPEAKER_COUNTS = new Set(['several', 'many', 'some', 'numerous', 'various', 'dozens', 'hundreds']);

/** Time adverbs, in lower case, that close a name read after its preposition ("reported by the agency overnight"). */
export const PHRASE_CLOSING_TIMES = new Set(['overnight', 'tonight']);
