/**
 * Revisions (src/extract/revision.ts): a figure the grammar says corrects its source's earlier
 * one, with the direction and the rule that said so, and who revised it when no verb of speech
 * names a source. Sentences written for this test, about no crisis of the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { revisionOf } from '../../src/extract/revision.js';
import { tokenize } from '../../src/extract/tokens.js';

/** The claim of `figure` (as written) in `text`. */
function claimOf(text: string, figure: string) {
  const report = extract({ text, published: '2023-02-14' });
  const at = text.indexOf(figure);
  const claim = report.claims.find((c) => c.span.start <= at && c.span.end >= at + figure.length);
  if (!claim) throw new Error(`no claim of ${figure} in: ${text} (claims: ${report.claims.map((c) => c.span.text).join(' | ')})`);
  return claim;
}

/** The revision read in one sentence for the figure as written. */
function revisionIn(sentence: string, figure: string, value: number) {
  const at = sentence.indexOf(figure);
  return revisionOf(tokenize(sentence), { start: at, end: at + figure.length }, value);
}

describe('revision of a figure', () => {
  it('reads a revision verb whose "to" takes the figure, with its direction', () => {
    expect(revisionIn('The civil defence agency lowered its count of the dead to 212 on Thursday.', '212', 212)).toMatchObject({
      revision: 'down',
      rule: 'revised-to',
    });
    expect(revisionIn('Provincial officials revised the number of flood victims down to 48.', '48', 48)).toMatchObject({
      revision: 'down',
      rule: 'revised-to',
    });
    expect(revisionIn('The toll was adjusted upwards to 1,310 as rescuers reached the valley.', '1,310', 1310)).toMatchObject({
      revision: 'up',
      rule: 'revised-to',
    });
    // No direction stated: a correction.
    expect(revisionIn('After victims were found to have been counted twice, the tally was corrected to 87.', '87', 87)).toMatchObject({
      revision: 'correction',
    });
    // "from M to N" and "to N from M" give the direction.
    expect(revisionIn('The coroner amended the figure from 64 to 59.', '59', 59)).toMatchObject({ revision: 'down' });
    expect(revisionIn('The coroner amended the figure to 71 from 64.', '71', 71)).toMatchObject({ revision: 'up' });
    // A change by an amount inside the phrase: "cut by 12 to 140".
    expect(revisionIn('The interior ministry cut the number of detainees by 12 to 140.', '140', 140)).toMatchObject({ revision: 'down' });
  });

  it('reads past the event a revised count names ("the death toll from … of churches and hotels to 140"), and credits the earlier figure to its giver', () => {
    const text =
      "Velmaria's health ministry on Thursday cut the death toll from Sunday's bombings of two churches and a hotel to about 140, from the 197 announced by police a day earlier.";
    expect(revisionIn(text, '140', 140)).toMatchObject({ revision: 'down', rule: 'revised-to' });
    expect(claimOf(text, '140').source?.name).toBe("Velmaria's health ministry");
    expect(claimOf(text, '197').source?.name).toBe('police');
  });

  it('reads a revision participle on the count the figure gives', () => {
    expect(revisionIn('The corrected casualty figure now stands at 336, the agency said.', '336', 336)).toEqual({
      revision: 'correction',
      rule: 'revised-count',
    });
    expect(revisionIn('A downgraded death toll of 19 was published on Monday.', '19', 19)).toMatchObject({ revision: 'down', rule: 'revised-count' });
  });

  it('reads "down from" and a comparison with an earlier figure', () => {
    expect(revisionIn('Prison officials said 340 protesters remain in custody, down from 410.', '340', 340)).toEqual({ revision: 'down', rule: 'down-from' });
    expect(revisionIn('The mayor said 64 people had died, fewer than previously reported.', '64', 64)).toEqual({ revision: 'down', rule: 'below-earlier' });
    expect(revisionIn('The count is now 90, some 25 below the initial estimate.', '90', 90)).toMatchObject({ revision: 'down', rule: 'below-earlier' });
    // The difference itself ("25 below the initial estimate") is no total revised down.
    expect(revisionIn('The count is now 90, some 25 below the initial estimate.', '25', 25)).toBeNull();
  });

  it('reads a revision verb after the figure on an earlier one', () => {
    expect(revisionIn('The health ministry said 88 people had died, correcting its earlier count of 96.', '88', 88)).toEqual({
      revision: 'down',
      rule: 'revising-earlier',
    });
    expect(revisionIn('The governor put the toll at 88, revising the previous figure.', '88', 88)).toEqual({
      revision: 'correction',
      rule: 'revising-earlier',
    });
    // "from an earlier 45" still gives the earlier figure.
    expect(revisionIn('Authorities have revised the number of people killed in the stampede to 31 from an earlier 45.', '31', 31)).toMatchObject({
      revision: 'down',
      rule: 'revised-to',
    });
  });

  it('leaves ordinary rises, and revisions not made, alone', () => {
    // A rise is a running toll going on, not a revision.
    expect(revisionIn('The health ministry raised the death toll to 75 on Tuesday.', '75', 75)).toBeNull();
    expect(revisionIn('The death toll rose to 45, up from 30 on Monday.', '45', 45)).toBeNull();
    // Negated, future or possible.
    expect(revisionIn('The authorities have not lowered the toll to 300.', '300', 300)).toBeNull();
    expect(revisionIn('The toll may be revised to 50 once families are reached.', '50', 50)).toBeNull();
    expect(revisionIn('Officials are expected to correct the figure to 120.', '120', 120)).toBeNull();
    // A revision verb in another clause.
    expect(revisionIn('Rescuers revised their search plan, and 33 people were pulled from the rubble.', '33', 33)).toBeNull();
    // The earlier figure ("from 64") is not the revision.
    expect(revisionIn('The coroner amended the figure from 64 to 59.', '64', 64)).toBeNull();
  });
});

describe('revisions in extraction', () => {
  it('marks the claim and records the rule', () => {
    const c = claimOf('Health officials in the province lowered their count of the dead to 212 on Thursday.', '212');
    expect(c.revision).toBe('down');
    expect(c.rules?.revision).toBe('revised-to');
    const plain = claimOf('Health officials in the province said 212 people had died.', '212');
    expect(plain.revision).toBeNull();
    expect(plain.rules?.revision).toBeUndefined();
  });

  it("gives a figure the outlet states as a source's correction to that source", () => {
    // The subject of an active revision verb, and the agent of a passive one.
    expect(claimOf('The regional government cut the official death toll to 140 from 176.', '140')).toMatchObject({
      revision: 'down',
      source: { name: 'regional government' },
      rules: { source: 'revision-agent', revision: 'revised-to' },
    });
    expect(claimOf('The number of dead was revised by the regional health office from 140 to 118.', '118').source?.name).toBe('regional health office');
    // A verb of speech keeps its own source.
    expect(claimOf('The toll was corrected to 87, the provincial health ministry said.', '87').source?.name).toMatch(/health ministry/);
  });

  it('carries a headline that revises to the body that restates the figure', () => {
    const text =
      'Flood toll lowered to 2,100\n\nThe national disaster agency said 2,100 people had been killed in the floods, after some victims were counted twice.';
    const claims = extract({ text, published: '2023-02-14' }).claims.filter((c) => c.category === 'killed');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ estimate: 2100, revision: 'down', rules: { revision: 'revised-to' } });
  });
});
