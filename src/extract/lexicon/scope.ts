// Scope words: increments, subgroups markers, incidents, events, clause breaks and subordinators of the scope rules.

/** Words right after a figure that make it an increment ("four more", "three new deaths"); not "other". */
export const SCOPE_INCREMENT_AFTER = new Set(['more', 'new', 'additional', 'further']);

/** Verbs of a change by an amount ("went up by 100", "rose by 12"). */
export const SCOPE_INCREMENT_VERBS = new Set(['up', 'rose', 'risen', 'increased', 'grew', 'jumped', 'climbed', 'swelled']);

/** Verbs of a change either way: "by N to M" after them is an amount and a result, not a range. */
export const CHANGE_VERBS = new Set([...SCOPE_INCREMENT_VERBS, 'down', 'fell', 'fallen', 'dropped', 'decreased', 'declined', 'rises', 'increases', 'grows']);

/** Nouns of a running count: a figure in their clause is the count so far. */
export const SCOPE_TOLL_NOUNS = new Set(['toll', 'total', 'tally', 'overall', 'cumulative', 'altogether']);

/** Nouns of one incident: "in the latest attack", "in a single raid" count one incident's victims. */
export const SCOPE_INCIDENT_NOUNS = new Set([
  'incident',
  'attack',
  'raid',
  'blast',
  'explosion',
  'bombing',
  'shooting',
  'ambush',
  'stampede',
  'airstrike',
  'strike',
]);

/** Words before an incident noun that pick out one incident ("the latest", "a single", "one", "the same"). */
export const SCOPE_INCIDENT_DETERMINERS = new Set(['latest', 'single', 'one', 'same', 'another', 'an', 'a', 'that', 'this']);

/** Tokens that end the clause a figure belongs to, for the scope rules. */
export const SCOPE_CLAUSE_BREAKS = new Set([';', ':', '—', '–', 'which', 'while', 'whereas', 'but', 'after', 'when', 'where', 'though', 'although']);

/** Words that start a subordinate clause after a figure ("rose to 77 as crowds marched in the capital", "amid protests in"). */
export const SCOPE_SUBORDINATORS = new Set(['as', 'amid', 'amidst']);

/** Words after "as" that make it no subordinator ("as many as", "as well as", "as of", "as part of"). */
export const SCOPE_SUBORDINATOR_FIXED = new Set(['many', 'much', 'well', 'of', 'part', 'a', 'an', 'per', 'usual', 'far', 'such', 'to']);

/** Participles of a result after a figure ("three died, bringing the toll to 30"): the toll they name is another figure. */
export const SCOPE_RESULT_VERBS = new Set(['bringing', 'raising', 'taking', 'pushing', 'lifting', 'putting']);

/** Nouns of a statement or a count: a day next to them ("an update on Friday", "Monday's figures") is theirs, not the figure's. */
export const SCOPE_STATEMENT_NOUNS = new Set([
  'figures',
  'figure',
  'report',
  'update',
  'statement',
  'data',
  'count',
  'tally',
  'briefing',
  'bulletin',
  'release',
  'estimate',
  'conference',
]);

/** Nouns of one event of a crisis, besides SCOPE_INCIDENT_NOUNS: one of them ("in a clash with police", "at a rally") is one incident. */
export const SCOPE_EVENT_NOUNS = new Set([
  'clash',
  'skirmish',
  'confrontation',
  'firefight',
  'rally',
  'demonstration',
  'march',
  'protest',
  'gathering',
  'vigil',
  'funeral',
  'operation',
  'sweep',
]);
