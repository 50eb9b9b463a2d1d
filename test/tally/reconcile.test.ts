import { describe, expect, it } from 'vitest';
import type { CountClaim } from '../../src/domain.js';
import { computeTally, findNearDuplicates, ResolutionMemo, sameSource, SourceResolver, type TallyInputClaim } from '../../src/tally/index.js';
import { documentSignature, jaccard, signatureSimilarity } from '../../src/fingerprint.js';
import { groupNearDuplicates } from '../../src/tally/near-duplicates.js';

let nextId = 1;
function claim(
  p: Partial<Omit<CountClaim, 'source'>> & {
    source?: string | null;
    via?: string[];
    doc?: number;
    published?: string | null;
    place?: CountClaim['place'];
    type?: TallyInputClaim['sourceType'];
  },
): TallyInputClaim {
  const estimate = p.estimate ?? p.low ?? p.high ?? 0;
  return {
    id: nextId++,
    documentId: p.doc ?? nextId,
    documentUrl: `https://news.example/${p.doc ?? nextId}`,
    documentTitle: null,
    published: p.published ?? p.asOf ?? null,
    sourceType: p.type ?? null,
    category: p.category ?? 'killed',
    low: p.low ?? estimate,
    high: p.high ?? estimate,
    estimate,
    qualifier: p.qualifier ?? 'exact',
    hedged: p.hedged ?? false,
    who: 'people',
    source: p.source === null || p.source === undefined ? null : { name: p.source, via: p.via ?? [] },
    place: p.place ?? null,
    asOf: p.asOf ?? null,
    cumulative: p.cumulative ?? true,
    scope: p.scope ?? (p.cumulative === false ? 'new' : 'total'),
    revision: p.revision ?? null,
    span: { start: 0, end: 1, text: 'x' },
  };
}
const tehran = { id: 'city:1', name: 'Tehran', precision: 'city' as const, countryCode: 'IR', countryName: 'Iran', admin1: 'Tehran', lat: 35.7, lon: 51.4 };

describe('source names', () => {
  it('merges acronyms, short forms and possessive scope, but not different sources', () => {
    expect(sameSource('NCRI', 'National Council of Resistance of Iran')).toBe(true);
    expect(sameSource('Amnesty', 'Amnesty International')).toBe(true);
    expect(sameSource("the country's Health Ministry", 'Health Ministry')).toBe(true);
    expect(sameSource('Amnesty International', 'Human Rights Watch')).toBe(false);
    const r = new SourceResolver([{ name: 'Iran Human Rights', aliases: ['IHRNGO'] }]);
    expect(r.keyOf('NCRI')).toBe(r.keyOf('National Council of Resistance of Iran'));
    // The display name is the first-stored name (lowest source id), not the longest.
    expect(r.canonical(r.keyOf('NCRI'))).toBe('NCRI');
    expect(r.keyOf('IHRNGO')).toBe(r.keyOf('Iran Human Rights'));
  });
});

describe('computeTally', () => {
  it('builds per-source timelines with the latest figure, merging aliases, relays counting for the original', () => {
    const t = computeTally([
      // The display name is the first-stored name (the lowest source id), not the longest.
      claim({ source: 'National Council of Resistance of Iran', estimate: 450, asOf: '2019-11-25', doc: 4, type: 'opposition' }),
      claim({ source: 'Amnesty International', estimate: 106, asOf: '2019-11-19', doc: 1, type: 'independent' }),
      claim({ source: 'Amnesty', via: ['Reuters'], low: 208, high: null, qualifier: 'at_least', asOf: '2019-12-02', doc: 2, type: 'independent' }),
      claim({ source: 'NCRI', low: 1000, high: null, qualifier: 'more_than', asOf: '2019-12-04', doc: 3, type: 'opposition' }),
    ]);
    const killed = t.categories[0]!;
    expect(killed.sources.map((s) => [s.source, s.latest.estimate, s.reports])).toEqual([
      ['National Council of Resistance of Iran', 1000, 2],
      ['Amnesty International', 208, 2],
    ]);
    const amnesty = killed.sources[1]!;
    expect(amnesty.latest.via).toEqual(['Reuters']);
    expect(amnesty.figures.map((f) => f.estimate)).toEqual([106, 208]);
    expect(amnesty.firstReport).toBe('2019-11-19');
    // The opposition's later, higher claim does not push the monitor's figure aside.
    expect(killed.conservative).toMatchObject({
      estimate: 208,
      source: 'Amnesty International',
      reason: 'lowest of 2 current totals, from an independent monitor, as of 2 Dec 2019',
    });
    expect(killed.range).toEqual({ min: 208, max: 1000 });
    expect(killed.byType.opposition).toMatchObject({ estimate: 1000 });
  });

  it('narrows to a window of as-of dates and to source types, recomputing the conservative figure', () => {
    const claims = [
      claim({ source: 'Health Ministry', estimate: 5, asOf: '2019-11-20', doc: 1, type: 'official' }),
      claim({ source: 'Amnesty International', estimate: 106, asOf: '2019-11-19', doc: 2, type: 'independent' }),
      claim({ source: 'Amnesty International', estimate: 208, asOf: '2019-12-02', doc: 3, type: 'independent' }),
      claim({ source: 'Iran Human Rights', estimate: 300, asOf: '2019-12-01', doc: 4, type: 'independent' }),
      claim({ source: 'Iran Human Rights', estimate: 9, asOf: '2019-12-01', doc: 4, place: tehran, scope: 'local', type: 'independent' }),
    ];
    const november = computeTally(claims, { until: '2019-11-30' }).categories[0]!;
    expect(november.sources.map((s) => [s.source, s.latest.estimate])).toEqual([
      ['Amnesty International', 106],
      ['Health Ministry', 5],
    ]);
    expect(november.events).toEqual([]);
    const independent = computeTally(claims, { sourceTypes: ['independent'] }).categories[0]!;
    expect(independent.sources.map((s) => s.source).sort()).toEqual(['Amnesty International', 'Iran Human Rights']);
    expect(independent.conservative).toMatchObject({ estimate: 208, source: 'Amnesty International' });
    expect(independent.events.map((e) => e.place)).toEqual(['Tehran']);
    const official = computeTally(claims, { sourceTypes: ['official'] }).categories[0]!;
    expect(official.conservative).toMatchObject({ estimate: 5, source: 'Health Ministry' });
    expect(official.events).toEqual([]);
    expect(computeTally(claims, { since: '2020-01-01' }).categories).toEqual([]);
  });

  it('flags a decreasing total, a hedged latest figure and an outlier, and leaves a low outlier out of the conservative figure', () => {
    const t = computeTally([
      claim({ source: 'Ministry', estimate: 40, asOf: '2022-01-05', doc: 1, type: 'official' }),
      claim({ source: 'Ministry', estimate: 164, asOf: '2022-01-09', doc: 2, type: 'official' }),
      claim({ source: 'Ministry', estimate: 44, asOf: '2022-01-10', doc: 3, type: 'official' }),
      claim({ source: 'Watchdog', estimate: 230, asOf: '2022-01-10', doc: 4, type: 'independent' }),
      claim({ source: 'Observer', estimate: 5, asOf: '2022-01-10', doc: 5 }),
      claim({ source: 'President', estimate: 250, qualifier: 'vague', hedged: true, asOf: '2022-01-08', doc: 6 }),
    ]);
    const k = t.categories[0]!;
    const flags = (name: string) => k.sources.find((s) => s.source === name)!.flags.map((f) => f.kind);
    expect(flags('Ministry')).toEqual(['decreasing']);
    expect(flags('President')).toEqual(['hedged']);
    expect(flags('Observer')).toEqual(['outlier']);
    expect(k.conservative).toMatchObject({ estimate: 44, source: 'Ministry' });
    expect(k.byType.official).toMatchObject({ estimate: 44 });
    expect(k.byType.independent).toMatchObject({ estimate: 230 });
  });

  it('keeps event figures apart from totals and groups them by place and day', () => {
    const t = computeTally([
      claim({ source: 'NCRI', estimate: 1000, asOf: '2019-12-04', doc: 1 }),
      claim({ source: 'Press TV', estimate: 12, qualifier: 'vague', cumulative: false, place: tehran, asOf: '2019-12-03', doc: 2 }),
      claim({ source: 'IRNA', estimate: 20, cumulative: false, place: tehran, asOf: '2019-12-03', doc: 3 }),
    ]);
    const k = t.categories[0]!;
    expect(k.sources.map((s) => s.source)).toEqual(['NCRI']);
    expect(k.events).toEqual([
      {
        place: 'Tehran',
        day: '2019-12-03',
        estimate: 12,
        figures: [expect.objectContaining({ source: 'Press TV' }), expect.objectContaining({ source: 'IRNA' })],
      },
    ]);
  });

  it('gives the outlet its own figures, resolves "day N" from the crisis start, and counts duplicates once', () => {
    const a = claim({ source: null, estimate: 30, doc: 10, published: null, asOf: null });
    const copy = claim({ source: null, estimate: 30, doc: 11, published: null, asOf: null });
    const t = computeTally([a, copy], { crisisStart: '2019-11-15', crisisDays: new Map([[10, 20]]), duplicates: new Map([[11, 10]]) });
    const s = t.categories[0]!.sources;
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ source: 'news.example', outlet: true, type: 'media', reports: 1 });
    expect(s[0]!.latest).toMatchObject({ asOf: '2019-12-04', alsoPublishedIn: [11] });
  });
});

describe('source resolution kept between tallies', () => {
  it('resolves only new names while names are only added, and starts afresh when one goes', () => {
    const withId = (c: TallyInputClaim, sourceId: number) => ({ ...c, sourceId });
    const first = withId(claim({ source: 'Amnesty International', estimate: 106, asOf: '2019-11-19', doc: 1, type: 'independent' }), 1);
    const later = withId(claim({ source: 'Amnesty', estimate: 208, asOf: '2019-12-02', doc: 2, type: 'independent' }), 2);
    const other = withId(claim({ source: 'NCRI', estimate: 450, asOf: '2019-11-25', doc: 3, type: 'opposition' }), 3);
    const outlet = claim({ source: null, estimate: 300, asOf: '2019-11-30', doc: 4 });
    const memo = new ResolutionMemo();
    const same = (claims: TallyInputClaim[]) => {
      expect(computeTally(claims, { memo })).toStrictEqual(computeTally(claims));
      return memo.resolver;
    };
    const resolver = same([first, other]);
    expect(same([first, other, later, outlet])).toBe(resolver);
    // Amnesty International's only claim gone: its name must not stay the display name.
    expect(same([other, later, outlet])).not.toBe(resolver);
    expect(computeTally([other, later, outlet], { memo }).categories[0]!.sources.map((s) => s.source)).toContain('Amnesty');
    // A declared alias changes how names group: afresh too.
    const declared = { memo, sources: [{ name: 'NCRI', aliases: ['Amnesty'], type: 'opposition' as const }] };
    expect(computeTally([other, later], declared)).toStrictEqual(computeTally([other, later], { sources: declared.sources }));
  });
});

describe('near-duplicate documents', () => {
  it('finds syndicated copies and keeps distinct reports apart', () => {
    const body =
      'Officials and local media said on Thursday that 201 people had now died in the student protests in Bangladesh, four more of them in and around the capital Dhaka, as the crackdown on opposition parties grew harsher.';
    const dup = findNearDuplicates([
      { id: 1, text: `Anadolu Agency\n${body}`, published: '2024-07-25' },
      { id: 2, text: `Reposted from Anadolu\n${body}\nShare this article`, published: '2024-07-26' },
      {
        id: 3,
        text: 'The presidential office said almost 6,000 people had been arrested after the protests that set off a political crisis in Kazakhstan.',
        published: '2022-01-10',
      },
    ]);
    expect([...dup]).toEqual([[2, 1]]);
  });

  // Pseudo-random words (a xorshift stream per seed): distinct seeds share no 5-word run.
  const words = (seed: number, n: number) => {
    let x = seed * 2654435761 + 12345;
    return Array.from({ length: n }, () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return `w${(x >>> 0) % 20000}`;
    }).join(' ');
  };
  const shingleSet = (t: string) => {
    const w = t.split(' ');
    return new Set(w.slice(0, w.length - 4).map((_, i) => w.slice(i, i + 5).join(' ')));
  };

  it('estimates Jaccard similarity from signatures within a few points', () => {
    const base = words(1, 400);
    for (const keep of [400, 300, 200, 100]) {
      const other = `${base.split(' ').slice(0, keep).join(' ')} ${words(2, 400 - keep)}`;
      const exact = jaccard(shingleSet(base), shingleSet(other));
      expect(Math.abs(signatureSimilarity(documentSignature(base), documentSignature(other)) - exact)).toBeLessThan(0.15);
    }
  });

  it('groups thousands of documents in linear time, copies to their earliest original', () => {
    const docs = Array.from({ length: 3000 }, (_, i) => {
      const original = i % 1000;
      // Every original has two copies with a different header and footer.
      const text = `${i >= 1000 ? `Header ${i}` : ''} ${words(original + 10, 300)} ${i >= 1000 ? 'Share this article' : ''}`;
      return { id: i + 1, published: `2024-0${1 + Math.floor(i / 1000)}-01`, signature: documentSignature(text) };
    });
    const dup = groupNearDuplicates(docs);
    expect(dup.size).toBe(2000);
    for (const [copy, original] of dup) expect(original).toBe(((copy - 1) % 1000) + 1);
  });
});

describe('scope', () => {
  it('puts totals on timelines, local and new figures in events, and parts under their total', () => {
    const t = computeTally([
      claim({ source: 'Inquiry', estimate: 157, asOf: '2019-10-22', doc: 1, type: 'official' }),
      claim({ source: 'Inquiry', estimate: 149, asOf: '2019-10-22', doc: 1, scope: 'part', type: 'official' }),
      claim({ source: 'Inquiry', estimate: 111, asOf: '2019-10-22', doc: 1, scope: 'local', place: tehran, type: 'official' }),
      claim({ source: 'Police', estimate: 3, asOf: '2019-10-23', doc: 2, scope: 'new', type: 'official' }),
      claim({ source: 'Ministry', estimate: 72, asOf: '2019-10-25', doc: 3, scope: 'part', type: 'official' }),
    ]);
    const k = t.categories[0]!;
    expect(k.sources.map((s) => [s.source, s.latest.estimate])).toEqual([['Inquiry', 157]]);
    expect(k.conservative).toMatchObject({ estimate: 157, source: 'Inquiry' });
    expect(k.events.map((e) => [e.place, e.estimate, e.figures[0]!.scope])).toEqual([
      [null, 3, 'new'],
      ['Tehran', 111, 'local'],
    ]);
    const inquiry = k.sources[0]!.latest.claimId;
    expect(k.parts.map((p) => [p.source, p.estimate, p.ofClaimId])).toEqual([
      ['Inquiry', 149, inquiry],
      ['Ministry', 72, null],
    ]);
  });

  it('builds per-place timelines of local figures, per source, apart from the totals', () => {
    const basra = { ...tehran, id: 'city:2', name: 'Basra' };
    const claims = [
      claim({ source: 'Inquiry', estimate: 157, asOf: '2019-10-22', doc: 1, type: 'official' }),
      claim({ source: 'Health Ministry', estimate: 8, asOf: '2019-10-02', doc: 2, scope: 'local', place: tehran, type: 'official' }),
      claim({ source: 'the Health Ministry', estimate: 15, asOf: '2019-10-05', doc: 3, scope: 'local', place: tehran, type: 'official' }),
      claim({ source: 'Amnesty International', estimate: 20, asOf: '2019-10-04', doc: 4, scope: 'local', place: tehran, type: 'independent' }),
      // One source across places: the name it goes by in the crisis.
      claim({ source: 'Amnesty', estimate: 6, asOf: '2019-10-03', doc: 5, scope: 'local', place: basra, type: 'independent' }),
      // An increment at a place is an event, not a place's running figure.
      claim({ source: 'Police', estimate: 3, asOf: '2019-10-06', doc: 6, scope: 'new', place: tehran, type: 'official' }),
    ];
    const k = computeTally(claims).categories[0]!;
    expect(k.sources.map((s) => s.source)).toEqual(['Inquiry']);
    expect(k.placeCount).toBe(2);
    expect(
      k.places.map((p) => [p.placeId, p.place, p.sources.map((s) => [s.source, s.latest.estimate, s.latest.asOf, s.figures.map((f) => f.estimate)])]),
    ).toEqual([
      [
        'city:1',
        'Tehran',
        [
          ['Amnesty International', 20, '2019-10-04', [20]],
          ['Health Ministry', 15, '2019-10-05', [8, 15]],
        ],
      ],
      ['city:2', 'Basra', [['Amnesty International', 6, '2019-10-03', [6]]]],
    ]);
    expect(k.places[0]!.sources[1]!.latest).toMatchObject({ scope: 'local', place: 'Tehran', namedAs: 'the Health Ministry' });
    // Narrowed to one source type, a place keeps only those sources.
    const official = computeTally(claims, { sourceTypes: ['official'] }).categories[0]!;
    expect(official.places.map((p) => [p.place, p.sources.map((s) => s.source)])).toEqual([['Tehran', ['Health Ministry']]]);
  });

  it("takes a source's own correction of a day's figure that other reports repeat", () => {
    const t = computeTally([
      claim({ source: 'Health Ministry', estimate: 253, asOf: '2019-04-25', doc: 1, published: '2019-04-25', type: 'official' }),
      // A later report of the same day states both: the corrected 253 and the 290 it replaces.
      claim({ source: 'Health Ministry', estimate: 253, asOf: '2019-04-25', doc: 2, published: '2019-04-26', type: 'official' }),
      claim({ source: 'Health Ministry', estimate: 290, asOf: '2019-04-25', doc: 2, published: '2019-04-26', type: 'official' }),
    ]);
    expect(t.categories[0]!.sources[0]!.latest.estimate).toBe(253);
  });
});
