// Hedges: words that make a claim uncertain in the speaker's own words.

/** Words that hedge a claim in the speaker's own words. */
export const HEDGE_CUES = new Set([
  'perhaps',
  'possibly',
  'probably',
  'maybe',
  'may',
  'might',
  'could',
  'believed',
  'feared',
  'thought',
  'presumed',
  'likely',
  'allegedly',
  'potentially',
  'suspected',
]);

/**
 * Hedge adverbs right before a figure ("possibly 40", "reportedly 12"), part of its number expression.
 * Not HEDGE_CUES: those are read anywhere in the clause and include modals ("may") that before a figure
 * would be a month; "reportedly" there would hedge every relayed toll.
 */
export const HEDGE_WORDS = new Set(['perhaps', 'possibly', 'probably', 'maybe', 'potentially', 'allegedly', 'reportedly']);
