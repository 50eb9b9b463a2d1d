/**
 * Whole invented reports (test/extract/invented/attribution-reports.jsonl: twelve news reports
 * of our own, fictional places and people, written with their gold before the extractor was run
 * on them) scored with the evaluation's scorer. They carry the attribution constructions of wire
 * and NGO reporting: "according to", statements, "told Reuters", quotes then their speaker,
 * roles referred to by surname, pronoun or title, acronyms, relays, documents, datelines,
 * headlines, unnamed sources, disagreeing sources and figures the reporter states; and five more
 * (attribution-reports-heldout.jsonl) in the same way. The floors sit a little below today's
 * figures, so a regression fails here.
 */
import { describe, it } from 'vitest';
import { expectFloors } from './score-invented.js';

describe('invented whole reports', () => {
  // [file, reports, F1, attribution, scope floors]. The held-out five were written after the first
  // fixes, to measure them on reports no rule was written for (attribution 0.90 before the fixes they led to).
  it.each([
    ['attribution-reports.jsonl', 12, 0.87, 0.91, 0.58],
    ['attribution-reports-heldout.jsonl', 5, 0.82, 0.93, 0.75],
  ] as const)('%s holds its reports, and F1, attribution and scope at or above their floors', (name, count, f1, attribution, scope) =>
    expectFloors(name, count, f1, attribution, scope),
  );
});
