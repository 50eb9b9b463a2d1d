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

/** Hedges that make a figure uncertain in the speaker's own words. */
export const HEDGE_WORDS = new Set(['perhaps', 'possibly', 'probably', 'maybe', 'potentially', 'allegedly', 'reportedly']);
