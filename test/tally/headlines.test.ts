/**
 * The headline rule against what an analyst wrote (../shared/corpus/tallies.json): each demo
 * crisis is built from the GOLD claims of its documents (seed, dev, dev-2; they carry scope,
 * source and as-of date), so that this tests the tally, not the extraction. For every entry:
 * the headline falls in the analyst's range, each source's latest total is the analyst's, and
 * the figures the analyst says must never head do not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountClaim, ResolvedPlace } from '../../src/domain.js';
import { readGold, type GoldItem } from '../../src/eval/gold.js';
import { computeTally, SourceResolver, type CategoryTally, type TallyInputClaim } from '../../src/tally/index.js';
import { guessSourceType } from '../../src/tally/source-types.js';

// ../shared/corpus beside the repository (a worktree sits one folder deeper).
const here =
  ['../../../shared/corpus/', '../../../../shared/corpus/'].map((p) => new URL(p, import.meta.url).pathname).find((d) => existsSync(`${d}tallies.json`)) ?? '';
const available = here !== '';

interface Expected {
  headline: [number, number];
  sources: Record<string, number>;
  notHeadline?: string[];
}
interface CrisisEntry {
  name: string;
  documents: string[];
  categories: Record<string, Expected>;
}

/**
 * The figures of each `notHeadline` sentence, read by hand from its words (the file states them
 * as prose): the headline's figure must be none of them.
 */
const NOT_HEADLINE: Record<string, Record<string, number[]>> = {
  'Iran protests 2019': { killed: [], detained: [12] },
  'Iraq protests 2019': { killed: [19, 30, 72, 2, 8], injured: [112, 2300, 2312] },
  'Kazakhstan unrest 2022': { killed: [12], injured: [12], detained: [1000, 100] },
  'Bangladesh quota protests 2024': { killed: [3, 4, 21, 16], detained: [1400, 1758] },
  'Myanmar coup crackdown 2021': { killed: [2, 5], detained: [1072, 68] },
  'Belarus post-election protests 2020': { detained: [1000, 220] },
  'Sri Lanka Easter bombings 2019': { killed: [359, 35, 3], detained: [17] },
};

/**
 * Sources the analyst lists whose figure the gold annotation does not give as a total, with
 * why: a disagreement between the two files, not the tally's to settle.
 */
const GOLD_DISAGREES: Record<string, string> = {
  'Myanmar coup crackdown 2021|injured|UN Human Rights Office': 'annotated as scope new ("more than 30 injured" on one day)',
  'Belarus post-election protests 2020|detained|Belarus Interior Ministry': 'annotated as scope new ("more than 1,000" detained on one night)',
  'Myanmar coup crackdown 2021|injured|headline': 'no total in the gold claims: the only figures are increments',
};

function goldClaims(item: GoldItem, docId: number): TallyInputClaim[] {
  return item.claims.map((g, i): TallyInputClaim => {
    const place: ResolvedPlace = { id: `gold:${g.place}`, name: g.place, precision: 'city', countryCode: '', countryName: '', admin1: null, lat: 0, lon: 0 };
    const claim: CountClaim = {
      category: g.category,
      low: g.low,
      high: g.high,
      estimate: g.estimate,
      qualifier: g.qualifier,
      hedged: g.hedged,
      who: g.who,
      source: g.source ? { name: g.source, via: [] } : null,
      place: g.place ? place : null,
      asOf: g.as_of,
      cumulative: g.scope === 'total',
      scope: g.scope ?? 'total',
      revision: null,
      span: { start: 0, end: 0, text: g.span },
    };
    return {
      ...claim,
      id: docId * 1000 + i,
      documentId: docId,
      documentUrl: item.url ?? null,
      documentTitle: item.title ?? null,
      published: item.published ?? null,
      publisher: null,
      sourceType: g.source ? guessSourceType(g.source) : null,
    };
  });
}

const host = (s: string) => s.toLowerCase().replace(/^www\./, '');

describe.skipIf(!available)('headlines of the demo crises from the gold claims (tallies.json)', () => {
  const tallies = available ? (JSON.parse(readFileSync(`${here}tallies.json`, 'utf8')) as { crises: CrisisEntry[] }).crises : [];
  const items = new Map<string, GoldItem>();
  for (const f of ['seed', 'dev', 'dev-2']) for (const item of available ? readGold(`${here}${f}.jsonl`) : []) items.set(item.id, item);

  const built = new Map<string, Map<string, CategoryTally>>();
  for (const crisis of tallies) {
    const inputs = crisis.documents.flatMap((id, n) => {
      const item = items.get(id);
      if (!item) throw new Error(`tallies.json names ${id}, which no gold file holds`);
      return goldClaims(item, n + 1);
    });
    built.set(crisis.name, new Map(computeTally(inputs).categories.map((c) => [c.category, c])));
  }

  const rows: string[] = [];
  let headlines = 0;
  let headlinesRight = 0;
  let sources = 0;
  let sourcesRight = 0;

  for (const crisis of tallies) {
    for (const [category, expected] of Object.entries(crisis.categories)) {
      it(`${crisis.name}, ${category}`, () => {
        const tally = built.get(crisis.name)!.get(category as CountClaim['category']);
        const problems: string[] = [];
        const head = tally?.conservative ?? null;
        const [lo, hi] = expected.headline;
        headlines++;
        if (GOLD_DISAGREES[`${crisis.name}|${category}|headline`]) {
          expect(head, 'a headline where the gold gives no total: remove the GOLD_DISAGREES entry').toBeNull();
          headlinesRight++;
        } else if (!head) problems.push(`no headline (expected ${lo}–${hi})`);
        else if (head.estimate < lo || head.estimate > hi) problems.push(`headline ${head.estimate} (${head.source}: ${head.reason}), expected ${lo}–${hi}`);
        else headlinesRight++;

        const resolver = new SourceResolver();
        for (const [name, figure] of Object.entries(expected.sources)) {
          const key = `${crisis.name}|${category}|${name}`;
          sources++;
          const row = name.startsWith('outlet:')
            ? tally?.sources.find((s) => s.outlet && host(s.source) === host(name.slice('outlet:'.length)))
            : tally?.sources.find((s) => !s.outlet && resolver.keyOf(s.source) === resolver.keyOf(name));
          if (GOLD_DISAGREES[key]) {
            expect(row?.latest.estimate, `${name} now has the analyst's total: remove its GOLD_DISAGREES entry`).not.toBe(figure);
            sourcesRight++;
            continue;
          }
          if (!row) problems.push(`${name}: no timeline (expected ${figure})`);
          else if (row.latest.estimate !== figure) problems.push(`${name}: latest ${row.latest.estimate}, expected ${figure}`);
          else sourcesRight++;
        }

        const never = NOT_HEADLINE[crisis.name]?.[category];
        if (expected.notHeadline?.length) expect(never, `read the notHeadline figures of ${crisis.name}, ${category} into NOT_HEADLINE`).toBeDefined();
        for (const n of never ?? []) if (head && head.estimate === n) problems.push(`${n} heads, which must never head`);
        // A headline is always a current total, firm when a firm total exists.
        if (head) {
          const row = tally!.sources.find((s) => s.latest.claimId === head.claimId);
          expect(row?.headline.status).toBe('heads');
          if (tally!.sources.some((s) => !s.latest.hedged && s.latest.qualifier !== 'vague'))
            expect(row!.latest.hedged || row!.latest.qualifier === 'vague').toBe(false);
        }
        if (process.env.TALLY_HEADLINES_VERBOSE)
          for (const s of tally?.sources ?? [])
            rows.push(`    ${s.source} ${s.latest.estimate} ${s.latest.asOf} ${s.type}: ${s.headline.status} ${s.headline.note}`);
        rows.push(
          `${crisis.name}, ${category}: ${head ? `${head.estimate} — ${head.reason}${head.disagreement ? `; ${head.disagreement}` : ''}` : 'no headline'}`,
        );
        rows.push(...problems.map((p) => `  ${p}`));
        expect(problems).toEqual([]);
      });
    }
  }

  it('reports the agreement', () => {
    console.log(
      `headlines in range: ${headlinesRight}/${headlines}; sources' latest totals: ${sourcesRight}/${sources}${rows.length ? `\n  ${rows.join('\n  ')}` : ''}`,
    );
    expect(headlines).toBeGreaterThan(0);
  });
});
