/**
 * The tally from extraction against the tally from the gold annotations, over the development
 * corpus: for every (crisis, category, source), the latest figure must agree in >= 90% of rows.
 * Differing rows are printed.
 */
import { describe, expect, it } from 'vitest';
import type { CountClaim } from '../../src/domain.js';
import { extract } from '../../src/extract/index.js';
import { defaultCorpusFiles } from '../../src/eval/cli.js';
import { readGold } from '../../src/eval/gold.js';
import { computeTally, SourceResolver, type TallyInputClaim } from '../../src/tally/index.js';

const items = defaultCorpusFiles().flatMap((f) => readGold(f));
const crisisOf = (id: string) => (id.startsWith('seed') ? 'iran2019' : id.split('-')[1]!);

function inputs(id: string, docId: number, url: string | null, published: string | null, claims: CountClaim[]): TallyInputClaim[] {
  return claims.map((c, i) => ({ ...c, id: docId * 1000 + i, documentId: docId, documentUrl: url, documentTitle: null, published, publisher: id, sourceType: null }));
}

describe('tally over the development corpus', () => {
  it('agrees with the gold tally on the latest figure per source in >= 90% of rows', () => {
    const gold = new Map<string, TallyInputClaim[]>();
    const predicted = new Map<string, TallyInputClaim[]>();
    items.forEach((item, n) => {
      const crisis = crisisOf(item.id);
      const goldClaims: CountClaim[] = item.claims.map((g) => ({
        category: g.category, low: g.low, high: g.high, estimate: g.estimate, qualifier: g.qualifier, hedged: g.hedged, who: g.who,
        source: g.source ? { name: g.source, via: [] } : null, place: null, asOf: g.as_of ?? item.published ?? null, cumulative: true, scope: g.scope ?? 'total',
        span: { start: 0, end: 0, text: g.span },
      }));
      // Places decide timeline vs event; compare like with like: every figure on the timeline.
      const report = extract({ text: item.text, published: item.published ?? undefined, url: item.url ?? undefined });
      const extracted = report.claims.map((c) => ({ ...c, place: null }));
      gold.set(crisis, [...(gold.get(crisis) ?? []), ...inputs(item.id, n + 1, item.url ?? null, item.published ?? null, goldClaims)]);
      predicted.set(crisis, [...(predicted.get(crisis) ?? []), ...inputs(item.id, n + 1, item.url ?? null, item.published ?? null, extracted)]);
    });

    let rows = 0;
    let agree = 0;
    const differing: string[] = [];
    for (const [crisis, goldClaims] of gold) {
      const g = computeTally(goldClaims);
      const p = computeTally(predicted.get(crisis) ?? []);
      for (const cat of g.categories) {
        const pc = p.categories.find((c) => c.category === cat.category);
        for (const s of cat.sources) {
          rows++;
          const resolver = new SourceResolver();
          const key = resolver.keyOf(s.source);
          const match = pc?.sources.find((o) => s.outlet === o.outlet && (s.outlet ? o.source === s.source : resolver.keyOf(o.source) === key));
          if (match && match.latest.estimate === s.latest.estimate) agree++;
          else differing.push(`${crisis} ${cat.category} ${s.source}: gold ${s.latest.estimate}, extracted ${match ? match.latest.estimate : '(no row)'}`);
        }
      }
    }
    if (differing.length) console.log(`rows that differ (${differing.length} of ${rows}):\n  ${differing.join('\n  ')}`);
    expect(agree / rows).toBeGreaterThanOrEqual(0.9);
  });
});
