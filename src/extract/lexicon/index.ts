/**
 * The lexicon: the words the claim rules read, one file per topic: what signals each category,
 * who can be a victim, which verbs are neutral (reporting a figure) and which give a figure a
 * different meaning. Kept here so a new phrasing is one entry, with the rule that reads it unchanged.
 */
export * from './time.js';
export * from './harms.js';
export * from './care.js';
export * from './detention.js';
export * from './missing-displaced.js';
export * from './participants.js';
export * from './totals.js';
export * from './numbers.js';
export * from './clauses.js';
export * from './hedges.js';
export * from './person-nouns.js';
export * from './victims.js';
export * from './scope.js';
export * from './periods.js';
export * from './places.js';
export * from './sources.js';
export * from './source-kinds.js';
export * from './not-sources.js';
export * from './revisions.js';
