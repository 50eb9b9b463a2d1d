// Running totals and increments: cumulative cues, raising verbs, levels a toll stands at, back-references.

/**
 * Verbs that give a count a level, before "at" or "to" ("the toll stands at 1850", "rose to 1950")
 * or as their object ("reached 1850"): a four-digit figure there is a count, not a year.
 */
export const LEVEL_AT_VERBS = new Set(['stands', 'stand', 'stood', 'standing', 'put', 'puts', 'placed', 'estimated']);
export const LEVEL_TO_VERBS = new Set([
  'rose',
  'risen',
  'rises',
  'rising',
  'climbed',
  'climbs',
  'increased',
  'increases',
  'jumped',
  'grew',
  'grown',
  'swelled',
  'soared',
]);
export const LEVEL_OBJECT_VERBS = new Set(['reached', 'reaches', 'surpassed', 'surpasses', 'exceeded', 'exceeds', 'topped', 'tops']);

/** Words that may follow such a level ("rose to 1950 on Monday"); a noun after it makes a year ("rose to 2019 levels"). */
export const LEVEL_FOLLOWERS = new Set([
  'on',
  'by',
  'in',
  'as',
  'after',
  'since',
  'and',
  'from',
  'with',
  'according',
  'across',
  'at',
  'amid',
  'while',
  'so',
  'this',
  'last',
  'yesterday',
  'today',
  'overnight',
  'nationwide',
]);

/** Words that make a following or surrounding figure a running total. */
export const CUMULATIVE_CUES = new Set([
  'toll',
  'total',
  'tally',
  'totalled',
  'totaled',
  'overall',
  'so',
  'far',
  'cumulative',
  'climbed',
  'risen',
  'rose',
  'rises',
  'reached',
  'reaches',
  'surpassed',
  'surpasses',
  'exceeded',
  'brings',
  'bringing',
  'brought',
  'increased',
  'count',
  'since',
]);

/** Verbs of "bringing the total to 16": the figure after them is the total, one before them what raised it. */
export const RAISING_VERBS = new Set([
  'bringing',
  'brings',
  'brought',
  'raising',
  'raises',
  'raised',
  'taking',
  'takes',
  'took',
  'pushing',
  'pushes',
  'pushed',
  // ("Today's 17 fatalities bring the total to 230": a plural subject's present.)
  'bring',
  'raise',
  'take',
  'push',
]);

/** Nouns a raising verb leads to ("brought the toll to", not "brought to hospital"). */
export const TOTAL_NOUNS = new Set(['toll', 'total', 'tally', 'number', 'count', 'figure']);

/** Words after a figure that make it an increment, not a total ("four more people", "three new deaths"). */
export const INCREMENT_AFTER = new Set(['more', 'new', 'additional', 'further', 'other']);

/** Words before a figure that make it an increment ("another 5", "an additional 12"). */
export const INCREMENT_BEFORE = new Set(['another', 'additional', 'further']);

/** Words before a figure that count others than any counted before ("the remaining nine killings", "the other 12"). */
export const REST_OF_COUNT_WORDS = new Set(['remaining', 'other', 'another', 'further']);

/** Nouns of a count an opening "of that number" refers back to: TOTAL_NOUNS and "group" ("of that group"), kept apart as a raising verb leads to no group. */
export const BACK_REFERENCE_NOUNS = new Set(['number', 'total', 'figure', 'group', 'toll', 'tally', 'count']);

/** Participles that name a figure by who gave it: "the 16 announced on Thursday", "the 28 reported earlier". */
export const FIGURE_GIVING_PARTICIPLES = new Set(['announced', 'reported', 'confirmed', 'given', 'acknowledged', 'recorded', 'cited', 'published']);

/**
 * Participles that issue a figure, read only before "by" ("an earlier count of 101 released by the
 * hospital"); alone they may be about people ("the 16 released on Friday" are freed detainees).
 */
export const FIGURE_ISSUING_PARTICIPLES = new Set(['released', 'issued', 'provided', 'supplied', 'circulated']);

/** Nouns of a figure whose value follows "of": "far above the figure of 100 given by officials", "an earlier count of 101". */
export const FIGURE_OF_NOUNS = new Set(['figure', 'count', 'tally', 'estimate']);

/** Verbs of saying whose bare figure object is another count of the harm under way ("Activists said 40."). */
export const RIVAL_SPEECH_VERBS = new Set([
  'said',
  'say',
  'says',
  'claimed',
  'claim',
  'claims',
  'estimated',
  'estimate',
  'estimates',
  'counted',
  'count',
  'counts',
  // ("By Tuesday the district office was reporting 17.")
  'reported',
  'reporting',
  'announced',
  'gave',
]);

/** Verbs of counting whose bare figure object, closing the sentence, is another count of the harm under way ("it has verified 640"). */
export const RIVAL_COUNTING_VERBS = new Set(['verified', 'documented', 'recorded', 'registered', 'confirmed', 'verifies', 'documents', 'records', 'confirms']);

/** Subjects that open a contact clause after a figure noun: "the figure it gave parliament was 41". */
export const CONTACT_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'the', 'police', 'officials']);

/** Words between "the" and a figure noun in "the real number is 40". */
export const RIVAL_FIGURE_MODIFIERS = new Set([
  'real',
  'true',
  'actual',
  'correct',
  'final',
  'official',
  'likely',
  'total',
  'last',
  'latest',
  'previous',
  'earlier',
  'first',
]);

/** Verbs of a speaker revising a count of theirs to a new value ("raised its count to 1,700", "revised the toll to 3,958"). */
export const COUNT_REVISING_VERBS = new Set([
  'raised',
  'raises',
  'lowered',
  'lowers',
  'revised',
  'revises',
  'updated',
  'updates',
  'increased',
  'cut',
  'cuts',
  'reduced',
]);

/** Count nouns a speaker gives with the figure in an of-phrase ("cited a figure of 7,000", "gave a range of 120,000 to 200,000"). */
/**
 * Words opening an aside after a bare figure that leave it all its speaker gives ("… says the number
 * is 9, citing the same sources", "revised the figure to 11, saying that three had been found alive").
 */
export const FIGURE_CLOSING_ASIDES = new Set(['citing', 'quoting', 'according', 'saying', 'adding', 'noting', 'explaining']);

export const GIVEN_COUNT_NOUNS = new Set(['figure', 'range', 'number', 'count', 'tally', 'estimate', 'toll']);

/** Verbs that set or give a count ("puts the number above 2,000", "gave a range of 120,000 to 200,000"): the figure after their object measures it. */
export const PUTTING_VERBS = new Set(['put', 'puts', 'putting', 'places', 'placed', 'placing', 'gave', 'gives']);

/** Harm nouns compounded with "toll" ("death toll", "casualty toll"). */
export const TOLL_HARM_NOUNS = new Set(['death', 'casualty', 'fatality']);

/** Nouns of a running count ("the number of people hurt has risen to", "the toll stands at"). */
export const RUNNING_COUNT_NOUNS = new Set(['number', 'toll', 'total', 'tally', 'count', 'figure']);

/** Participles that make a document ("figures published by", "a list compiled by"): the agent after "by" is its author, no relay of it. */
export const DOCUMENT_AUTHORING_PARTICIPLES = new Set([
  'published',
  'released',
  'issued',
  'compiled',
  'collected',
  'gathered',
  'produced',
  'prepared',
  'circulated',
]);

/** Nouns of a count or a list whose parts a verb of including names ("Their list includes eight teachers", "the list included nine minors"). */
export const INCLUDING_COUNT_NOUNS = new Set([
  'tally',
  'tallies',
  'list',
  'lists',
  'count',
  'toll',
  'total',
  'figure',
  'figures',
  'database',
  'register',
  'records',
]);
/** Verbs of including, after such a noun. */
export const INCLUDING_VERBS = new Set(['includes', 'included', 'include']);
