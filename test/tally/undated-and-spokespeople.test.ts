/**
 * Two habits of real reports the tally reads: a report without a date (its figure sits in its
 * source's timeline where its value puts it: running totals do not fall), and a spokesperson
 * speaking for a body (their figures count in the body's timeline when the body is a source).
 */
import { describe, expect, it } from 'vitest';
import { computeTally, spokesBody, type CategoryTally, type TallyInputClaim } from '../../src/tally/index.js';

let nextId = 1;
function detained(p: { source: string; estimate: number; asOf: string | null; role?: string }): TallyInputClaim {
  const id = nextId++;
  return {
    id,
    documentId: id,
    documentUrl: `https://news.example/${id}`,
    documentTitle: null,
    published: p.asOf,
    sourceType: 'official',
    category: 'detained',
    low: p.estimate,
    high: p.estimate,
    estimate: p.estimate,
    qualifier: 'exact',
    hedged: false,
    who: 'people',
    source: { name: p.source, via: [], role: p.role ?? null },
    place: null,
    asOf: p.asOf,
    cumulative: true,
    scope: 'total',
    revision: null,
    span: { start: 0, end: 1, text: 'x' },
    documentCountry: 'MD',
  };
}

const tally = (claims: TallyInputClaim[]): CategoryTally => computeTally(claims).categories[0]!;

describe('an undated total', () => {
  it("follows its source's lower dated totals and supersedes other sources' earlier ones", () => {
    const t = tally([
      detained({ source: 'Moldovan Police', estimate: 31, asOf: '2023-05-02' }),
      detained({ source: 'Moldovan Police', estimate: 77, asOf: null }),
      detained({ source: 'Interior Ministry', estimate: 40, asOf: '2023-05-01' }),
      detained({ source: 'Regional governor', estimate: 9, asOf: null }),
    ]);
    const police = t.sources.find((s) => s.source === 'Moldovan Police')!;
    expect(police.figures.map((f) => f.estimate)).toEqual([31, 77]);
    expect(police.latest.estimate).toBe(77);
    expect(t.conservative).toMatchObject({ estimate: 77, source: 'Moldovan Police' });
    expect(t.conservative!.reason).toContain('undated, after its 2 May 2023 figure');
    expect(t.sources.find((s) => s.source === 'Interior Ministry')!.headline.status).toBe('superseded');
  });

  it('sits before the first dated total above it: it does not become the latest', () => {
    const t = tally([
      detained({ source: 'Moldovan Police', estimate: 31, asOf: '2023-05-02' }),
      detained({ source: 'Moldovan Police', estimate: 90, asOf: '2023-05-06' }),
      detained({ source: 'Moldovan Police', estimate: 45, asOf: null }),
    ]);
    expect(t.sources[0]!.figures.map((f) => f.estimate)).toEqual([31, 45, 90]);
    expect(t.conservative).toMatchObject({ estimate: 90 });
  });
});

describe('a spokesperson', () => {
  it('reads the body a role names', () => {
    expect(spokesBody('police spokesman')).toBe('police');
    expect(spokesBody('a spokeswoman for the UN rights office')).toBe('UN rights office');
    expect(spokesBody('chief military spokesperson')).toBe('military');
    expect(spokesBody('Spokesman')).toBeNull();
    expect(spokesBody('senior lawmaker')).toBeNull();
    expect(spokesBody(null)).toBeNull();
  });

  it("counts in the body's timeline when the body is a source of the crisis", () => {
    const t = tally([
      detained({ source: 'Moldovan Police', estimate: 31, asOf: '2023-05-02' }),
      detained({ source: 'Anna Petrova', role: 'police spokeswoman', estimate: 45, asOf: '2023-05-03' }),
    ]);
    expect(t.sources.map((s) => [s.source, s.latest.estimate])).toEqual([['Moldovan Police', 45]]);
    // The figure still says who spoke.
    expect(t.sources[0]!.figures.map((f) => f.namedAs)).toEqual(['Moldovan Police', 'Anna Petrova']);
  });

  it('stays a person of their own when the body is not a source', () => {
    const t = tally([
      detained({ source: 'Interior Ministry', estimate: 31, asOf: '2023-05-02' }),
      detained({ source: 'Boris Ilyin', role: 'army spokesman', estimate: 45, asOf: '2023-05-03' }),
    ]);
    expect(t.sources.map((s) => s.source).sort()).toEqual(['Boris Ilyin', 'Interior Ministry']);
  });
});
