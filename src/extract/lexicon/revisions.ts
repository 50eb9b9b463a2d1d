// Revisions: verbs, particles and nouns of a figure that corrects an earlier one.

/**
 * Verbs that revise a figure, by the direction they give: lowering ones ("lowered the toll to"),
 * and corrections that state none ("corrected the figure to"; a "down"/"up" or a "from M" beside
 * them gives it). Verbs of an ordinary rise ("raised", "rose") are no revision: a later, higher
 * total is a running toll going on.
 */
export const REVISION_VERBS_DOWN = new Set([
  'lower',
  'lowers',
  'lowered',
  'lowering',
  'reduce',
  'reduces',
  'reduced',
  'reducing',
  'downgrade',
  'downgrades',
  'downgraded',
  'downgrading',
  'cut',
  'cuts',
  'cutting',
  'decrease',
  'decreases',
  'decreased',
  'decreasing',
]);
export const REVISION_VERBS_NEUTRAL = new Set([
  'revise',
  'revises',
  'revised',
  'revising',
  'correct',
  'corrects',
  'corrected',
  'correcting',
  'adjust',
  'adjusts',
  'adjusted',
  'adjusting',
  'amend',
  'amends',
  'amended',
  'amending',
]);

/** Participles that mark the noun they modify as revised ("the revised death toll of 40"). */
export const REVISION_PARTICIPLES = new Set(['revised', 'corrected', 'adjusted', 'amended', 'downgraded', 'lowered', 'reduced']);

/** Particles that give a revision its direction ("revised down to", "adjusted upwards to"). */
export const REVISION_DOWN_PARTICLES = new Set(['down', 'downward', 'downwards']);
export const REVISION_UP_PARTICLES = new Set(['up', 'upward', 'upwards']);

/** Nouns of a count a revision verb takes as object or a participle modifies ("the death toll", "its casualty figures"). */
export const REVISION_COUNT_NOUNS = new Set([
  'toll',
  'tolls',
  'figure',
  'figures',
  'count',
  'counts',
  'tally',
  'number',
  'numbers',
  'total',
  'estimate',
  'estimates',
  'death',
  'casualty',
  'casualties',
  'fatality',
  'fatalities',
  'injury',
  'arrest',
  'detention',
  'official',
]);

/** Words that link a modified count noun to its figure ("toll of 40", "figure now stands at 40", "toll: 40"). */
export const REVISION_FIGURE_LINKS = new Set(['of', 'at', 'to', ':', 'is', 'was', 'now', 'stands', 'stood', 'put', 'puts']);

/** Words a figure may carry after "to" ("lowered to at least 40", "revised to about 90"). */
export const REVISION_FIGURE_QUALIFIERS = new Set([
  'at',
  'least',
  'about',
  'around',
  'some',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'just',
  'over',
  'more',
  'than',
  'under',
]);

/** Prepositions that open the event a revised count counts ("the death toll from Sunday's bombings", "the toll in the city"). */
export const COUNT_COMPLEMENT_PREPOSITIONS = new Set(['from', 'of', 'in', 'for']);

/** Words between a revision verb and its "to" that end the look-back: another clause. */
export const REVISION_CLAUSE_STOPS = new Set([
  ',',
  ';',
  ':',
  '.',
  'and',
  'but',
  'while',
  'whereas',
  'which',
  'who',
  'after',
  'before',
  'when',
  'as',
  'because',
]);

/** Words before a revision verb that leave it unrealised: negated, future, possible. */
export const REVISION_UNREALISED = new Set([
  'not',
  "n't",
  'never',
  'will',
  'would',
  'may',
  'might',
  'could',
  'should',
  'expected',
  'likely',
  'to',
  'plans',
  'planned',
]);

/** Words that compare a figure as lower than another ("below the earlier toll", "fewer than previously reported"). */
export const REVISION_BELOW = new Set(['below', 'under']);
export const REVISION_COMPARATIVES = new Set(['lower', 'fewer', 'less']);

/** Words that make the compared figure the earlier one ("the previous count", "first reported"). */
export const REVISION_EARLIER = new Set([
  'earlier',
  'previous',
  'previously',
  'initial',
  'initially',
  'original',
  'originally',
  'prior',
  'preliminary',
  'first',
]);

/** Auxiliaries between a verb and what leaves it unrealised ("will be revised", "has not been corrected"). */
export const REVISION_AUX = new Set(['be', 'been', 'being', 'is', 'was', 'were', 'are', 'has', 'have', 'had', 'also', 'later', 'since']);

/**
 * Passive auxiliaries: after one, a revision verb's subject is what was revised, not who revised it.
 * Kept apart from PASSIVE_AUX (attribution): that one has "as" ("as confirmed by"), this one "got";
 * giving both the union changes output.
 */
export const REVISION_PASSIVE_AUX = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being', 'got']);
