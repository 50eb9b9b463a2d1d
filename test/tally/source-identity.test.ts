/** Source identity in the tally: countries, stable names, grades, outlets as sources. */
import { describe, expect, it } from 'vitest';
import type { Reliability, SourceType } from '../../src/domain.js';
import { computeTally, type TallyInputClaim } from '../../src/tally/index.js';

let nextId = 1;
function claim(p: {
  source?: string | null;
  estimate: number;
  asOf: string;
  doc: number;
  country?: string | null;
  sourceId?: number;
  type?: SourceType;
  reliability?: Reliability;
  url?: string;
}): TallyInputClaim {
  return {
    id: nextId++,
    documentId: p.doc,
    documentUrl: p.url ?? `https://news.example/${p.doc}`,
    documentTitle: null,
    published: p.asOf,
    sourceType: p.type ?? null,
    sourceId: p.sourceId ?? null,
    sourceReliability: p.reliability ?? null,
    documentCountry: p.country ?? null,
    category: 'detained',
    low: p.estimate,
    high: p.estimate,
    estimate: p.estimate,
    qualifier: 'exact',
    hedged: false,
    who: 'people',
    source: p.source ? { name: p.source, via: [] } : null,
    place: null,
    asOf: p.asOf,
    cumulative: true,
    scope: 'total',
    revision: null,
    span: { start: 0, end: 1, text: 'x' },
  };
}

describe('source identity in the tally', () => {
  it("never puts one country's ministry under another's name", () => {
    const t = computeTally([
      claim({ source: 'Iraqi Interior Ministry', estimate: 120, asOf: '2019-10-07', doc: 1, country: 'IQ', sourceId: 1, type: 'official' }),
      claim({ source: 'Interior Ministry', estimate: 7939, asOf: '2022-01-10', doc: 2, country: 'KZ', sourceId: 2, type: 'official' }),
      claim({ source: 'interior ministry', estimate: 130, asOf: '2019-10-08', doc: 3, country: 'IQ', sourceId: 3, type: 'official' }),
    ]);
    const rows = t.categories[0]!.sources.map((s) => [s.source, s.latest.estimate, s.reports]);
    expect(rows).toEqual([
      ['Interior Ministry', 7939, 1],
      ['Iraqi Interior Ministry', 130, 2],
    ]);
  });

  it('keeps the first-stored name whatever other names arrive later', () => {
    const first = [claim({ source: 'Mojtaba Zolnour', estimate: 300, asOf: '2019-12-03', doc: 1, sourceId: 7 })];
    const later = [
      ...first,
      claim({ source: 'Senior Iranian lawmaker Mojtaba Zolnouri', estimate: 310, asOf: '2019-12-05', doc: 2, sourceId: 40 }),
      claim({ source: 'Zonnour', estimate: 320, asOf: '2019-12-06', doc: 3, sourceId: 41 }),
    ];
    expect(computeTally(first).categories[0]!.sources.map((s) => s.source)).toEqual(['Mojtaba Zolnour']);
    const t = computeTally(later).categories[0]!;
    expect(t.sources.map((s) => [s.source, s.latest.estimate, s.reports])).toEqual([['Mojtaba Zolnour', 320, 3]]);
  });

  it("grades each row: the analyst's grade, else its type's default", () => {
    const t = computeTally([
      claim({ source: 'Amnesty International', estimate: 208, asOf: '2019-12-02', doc: 1, sourceId: 1, type: 'independent', reliability: 'A' }),
      claim({ source: 'NCRI', estimate: 1500, asOf: '2019-12-04', doc: 2, sourceId: 2, type: 'opposition' }),
      claim({ source: 'Health Ministry', estimate: 100, asOf: '2019-12-04', doc: 3, sourceId: 3, type: 'official' }),
      claim({ source: null, estimate: 150, asOf: '2019-12-04', doc: 4, url: 'https://www.daily.example/x' }),
    ]).categories[0]!;
    expect(Object.fromEntries(t.sources.map((s) => [s.source, [s.type, s.reliability]]))).toEqual({
      'Amnesty International': ['independent', 'A'],
      NCRI: ['opposition', 'D'],
      'Health Ministry': ['official', 'B'],
      'daily.example': ['media', 'C'],
    });
  });

  it('types and grades an outlet as the analyst set it on its source row', () => {
    const t = computeTally([claim({ source: null, estimate: 150, asOf: '2019-12-04', doc: 4, url: 'https://www.daily.example/x' })], {
      sources: [{ name: 'daily.example', aliases: [], type: 'official', reliability: 'E' }],
    }).categories[0]!;
    expect(t.sources.map((s) => [s.source, s.type, s.reliability, s.outlet])).toEqual([['daily.example', 'official', 'E', true]]);
  });

  it('names an aliased outlet by the name the analyst gave it', () => {
    const t = computeTally([claim({ source: null, estimate: 150, asOf: '2019-12-04', doc: 4, url: 'https://www.daily.example/x' })], {
      sources: [{ name: 'The Daily Example', aliases: ['daily.example'], type: 'media' }],
    }).categories[0]!;
    expect(t.sources.map((s) => [s.source, s.names])).toEqual([['The Daily Example', ['daily.example']]]);
  });
});
