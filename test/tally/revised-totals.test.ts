/**
 * A source's own downward revision (extract/revision.ts marks it) supersedes its earlier, higher
 * totals: it is the source's standing figure and may head, with the revision in the reason, and
 * its fall is no flag. A lower later total of another source, or an unmarked fall, stays a
 * disagreement as before.
 */
import { describe, expect, it } from 'vitest';
import type { Revision, SourceType } from '../../src/domain.js';
import { computeTally, type CategoryTally, type TallyInputClaim } from '../../src/tally/index.js';

let nextId = 1;
function total(p: { source: string; estimate: number; asOf: string; revision?: Revision; type?: SourceType; doc?: number }): TallyInputClaim {
  const id = nextId++;
  return {
    id,
    documentId: p.doc ?? id,
    documentUrl: `https://news.example/${p.doc ?? id}`,
    documentTitle: null,
    published: p.asOf,
    sourceType: p.type ?? 'official',
    category: 'killed',
    low: p.estimate,
    high: p.estimate,
    estimate: p.estimate,
    qualifier: 'exact',
    hedged: false,
    who: 'people',
    source: { name: p.source, via: [] },
    place: null,
    asOf: p.asOf,
    cumulative: true,
    scope: 'total',
    revision: p.revision ?? null,
    span: { start: 0, end: 1, text: 'x' },
  };
}

const killed = (claims: TallyInputClaim[]): CategoryTally => computeTally(claims).categories[0]!;
const row = (t: CategoryTally, source: string) => t.sources.find((s) => s.source === source)!;

describe("a source's own downward revision", () => {
  it('supersedes its earlier, higher totals and says so in the reason', () => {
    const t = killed([
      total({ source: 'Civil Protection Directorate', estimate: 180, asOf: '2023-03-10' }),
      total({ source: 'Civil Protection Directorate', estimate: 240, asOf: '2023-03-12' }),
      total({ source: 'Civil Protection Directorate', estimate: 205, asOf: '2023-03-13', revision: 'down' }),
    ]);
    expect(t.conservative).toMatchObject({ estimate: 205, source: 'Civil Protection Directorate', disagreement: null });
    expect(t.conservative!.reason).toContain('revised down by Civil Protection Directorate on 13 Mar 2023 from its 240 of 12 Mar 2023');
    expect(row(t, 'Civil Protection Directorate').latest.revision).toBe('down');
    expect(t.flags.filter((f) => f.kind === 'decreasing')).toEqual([]);
  });

  it('a correction without a stated direction supersedes as well; unmarked, the fall is flagged', () => {
    const corrected = killed([
      total({ source: 'Regional Health Office', estimate: 96, asOf: '2022-08-01' }),
      total({ source: 'Regional Health Office', estimate: 88, asOf: '2022-08-02', revision: 'correction' }),
    ]);
    expect(corrected.conservative!.reason).toContain('revised down by Regional Health Office on 2 Aug 2022 from its 96');
    expect(corrected.flags).toEqual([]);

    const unmarked = killed([
      total({ source: 'Regional Health Office', estimate: 96, asOf: '2022-08-01' }),
      total({ source: 'Regional Health Office', estimate: 88, asOf: '2022-08-02' }),
    ]);
    expect(unmarked.conservative!.reason).not.toContain('revised');
    expect(unmarked.flags.map((f) => f.kind)).toEqual(['decreasing']);
  });

  it('stands over a higher figure of the same day, and over the old figure relayed again later', () => {
    const t = killed([
      total({ source: 'Ministry of Interior', estimate: 410, asOf: '2021-06-04', doc: 1 }),
      total({ source: 'Ministry of Interior', estimate: 362, asOf: '2021-06-05', doc: 2, revision: 'down' }),
      total({ source: 'Ministry of Interior', estimate: 410, asOf: '2021-06-05', doc: 2 }),
      total({ source: 'Ministry of Interior', estimate: 410, asOf: '2021-06-07', doc: 3 }),
    ]);
    expect(row(t, 'Ministry of Interior').latest.estimate).toBe(362);
    expect(t.conservative!.estimate).toBe(362);
  });

  it('gives way to a later, different total of the same source (the toll goes on)', () => {
    const t = killed([
      total({ source: 'Ministry of Interior', estimate: 410, asOf: '2021-06-04' }),
      total({ source: 'Ministry of Interior', estimate: 362, asOf: '2021-06-05', revision: 'down' }),
      total({ source: 'Ministry of Interior', estimate: 371, asOf: '2021-06-08' }),
    ]);
    expect(row(t, 'Ministry of Interior').latest.estimate).toBe(371);
    expect(t.conservative!.reason).not.toContain('revised');
  });

  it('an upward revision is an ordinary later total', () => {
    const t = killed([
      total({ source: 'Ministry of Interior', estimate: 120, asOf: '2021-06-04' }),
      total({ source: 'Ministry of Interior', estimate: 150, asOf: '2021-06-05', revision: 'up' }),
    ]);
    expect(t.conservative).toMatchObject({ estimate: 150, disagreement: null });
    expect(t.conservative!.reason).not.toContain('revised');
  });
});

describe("another source's lower later total", () => {
  it("the README's worked example: the revision heads over a newspaper's earlier, higher total", () => {
    const t = killed([
      total({ source: 'Civil Protection Directorate', estimate: 180, asOf: '2023-03-10' }),
      total({ source: 'Civil Protection Directorate', estimate: 240, asOf: '2023-03-12' }),
      total({ source: 'City Chronicle', estimate: 250, asOf: '2023-03-12', type: 'media' }),
      total({ source: 'Civil Protection Directorate', estimate: 205, asOf: '2023-03-13', revision: 'down' }),
    ]);
    expect(t.conservative).toMatchObject({
      estimate: 205,
      reason:
        'lowest of 2 current totals, from an official source, as of 13 Mar 2023 (revised down by Civil Protection Directorate on 13 Mar 2023 from its 240 of 12 Mar 2023)',
      disagreement: "205 is below the earlier City Chronicle's 250 of 12 Mar 2023: a disagreement to check",
    });
    expect(t.range).toEqual({ min: 205, max: 250 });
    expect(t.flags.map((f) => [f.kind, f.message])).toEqual([['disagreement', t.conservative!.disagreement]]);
  });

  it('stays a disagreement even when marked a revision', () => {
    const t = killed([
      total({ source: 'National Police', estimate: 240, asOf: '2023-03-12', type: 'official' }),
      total({ source: 'City Chronicle', estimate: 260, asOf: '2023-03-11', type: 'media' }),
      total({ source: 'City Chronicle', estimate: 205, asOf: '2023-03-13', type: 'media', revision: 'down' }),
    ]);
    // The paper's revision supersedes its own 260, not the police's 240: a fall below a source
    // that stands higher is disputed, and the police's total heads.
    expect(row(t, 'City Chronicle').headline.status).toBe('disputed');
    expect(row(t, 'City Chronicle').headline.note).toContain("below the earlier National Police's 240");
    expect(t.conservative).toMatchObject({ estimate: 240, source: 'National Police' });
  });

  it('of the same standing heads with the revision and the disagreement both stated', () => {
    const t = killed([
      total({ source: 'National Police', estimate: 240, asOf: '2023-03-12' }),
      total({ source: 'Ministry of Health', estimate: 230, asOf: '2023-03-11' }),
      total({ source: 'Ministry of Health', estimate: 205, asOf: '2023-03-13', revision: 'down' }),
    ]);
    expect(t.conservative!.estimate).toBe(205);
    expect(t.conservative!.reason).toContain('revised down by Ministry of Health on 13 Mar 2023 from its 230 of 11 Mar 2023');
    expect(t.conservative!.disagreement).toContain("below the earlier National Police's 240");
  });
});
