import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { defaultCorpusFiles } from '../../src/eval/cli.js';
import type { Store } from '../../src/store/index.js';
import { backends } from './backends.js';

const corpus = defaultCorpusFiles().flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; text: string; published: string | null; url: string | null }),
);

describe.each(backends)('store on $name', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
  });
  afterAll(async () => cleanup?.());

  it('ingests each document with all its items, once', async () => {
    for (const item of corpus) {
      const report = extract({ text: item.text, published: item.published ?? undefined, url: item.url ?? undefined });
      const first = await store.ingestReport({ raw: item.text, origin: item.id, url: item.url }, report, { crisis: item.id.split('-').slice(0, 2).join('-') });
      expect(first).toMatchObject({ status: 'ingested', claims: report.claims.length });
      const again = await store.ingestReport({ raw: item.text, origin: item.id }, report);
      expect(again).toMatchObject({ status: 'unchanged', documentId: first.documentId });
    }
    const counts = await store.counts();
    expect(counts.documents).toBe(corpus.length);
    const doc = await store.getDocument(1);
    expect(doc?.text.length).toBeGreaterThan(100);
    for (const c of doc!.claims) expect(doc!.text.slice(c.span.start, c.span.end)).toBe(c.span.text);
  });

  it('filters and paginates claims', async () => {
    const killed = await store.listClaims({ category: 'killed' }, { limit: 5 });
    expect(killed.items).toHaveLength(5);
    expect(killed.items.every((c) => c.category === 'killed')).toBe(true);
    expect(killed.total).toBeGreaterThan(5);
    const next = await store.listClaims({ category: 'killed' }, { limit: 5, offset: 5 });
    expect(next.items.map((c) => c.id)).not.toEqual(killed.items.map((c) => c.id));
    const iraq = await store.listClaims({ place: 'Iraq' });
    expect(iraq.items.length).toBeGreaterThan(0);
    expect(iraq.items.every((c) => c.place?.countryCode === 'IQ')).toBe(true);
    const ohchr = await store.listClaims({ source: 'ohchr' });
    expect(ohchr.items.length).toBeGreaterThan(0);
    const crisis = await store.listClaims({ crisis: 'dev-kaz2022' });
    expect(crisis.items.every((c) => c.place?.countryCode === 'KZ')).toBe(true);
    const since = await store.listClaims({ since: '2024-01-01' });
    expect(since.items.every((c) => (c.asOf ?? '') >= '2024-01-01')).toBe(true);
  });

  it('searches documents by words', async () => {
    const r = await store.searchDocuments('quota reform');
    expect(r.total).toBeGreaterThan(0);
    expect(r.items[0]!.excerpt).toMatch(/«/);
    expect((await store.searchDocuments('zzzunmatched')).total).toBe(0);
  });

  it('reviews claims: edits win, history keeps before and after, rejected claims drop out', async () => {
    const [claim] = (await store.listClaims({ category: 'injured' }, { limit: 1 })).items;
    const edited = await store.reviewClaim(claim!.id, { status: 'accepted', reviewer: 'ana', changes: { low: 999, high: 999 } });
    expect(edited).toMatchObject({ low: 999, high: 999, estimate: 999, reviewStatus: 'edited' });
    const history = await store.claimHistory(claim!.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ reviewer: 'ana', action: 'edit', before: { low: claim!.low }, after: { low: 999 } });
    await store.reviewClaim(claim!.id, { status: 'rejected', reviewer: 'ben' });
    expect((await store.listClaims({ category: 'injured' }, { limit: 500 })).items.find((c) => c.id === claim!.id)).toBeUndefined();
    expect(await store.claimHistory(claim!.id)).toHaveLength(2);
    await expect(store.reviewClaim(999999, { status: 'accepted', reviewer: 'x' })).rejects.toThrow(/does not exist/);
  });

  it('keeps sources with editable type and aliases', async () => {
    const sources = await store.listSources();
    const ohchr = sources.find((s) => s.name === 'OHCHR')!;
    const updated = await store.updateSource(ohchr.id, { type: 'official', aliases: ['UN rights office'] });
    expect(updated).toMatchObject({ type: 'official', aliases: ['UN rights office'] });
    expect((await store.listClaims({ source: 'UN rights office' })).items.length).toBeGreaterThan(0);
  });

  it('keeps crises with their documents and gives the tally reviewed claims', async () => {
    const crisis = await store.createCrisis({ name: 'dev-iraq2019', startDate: '2019-10-01', region: 'Iraq' });
    expect(crisis.startDate).toBe('2019-10-01');
    const list = await store.listCrises();
    expect(list.find((c) => c.name === 'dev-iraq2019')?.documents).toBe(5);
    const claims = await store.claimsForTally(crisis.id, { category: 'killed' });
    expect(claims.length).toBeGreaterThan(10);
    expect(claims.every((c) => c.category === 'killed' && c.reviewStatus !== 'rejected')).toBe(true);
    expect(claims.every((c) => c.span.text.length > 0 && (c.asOf === null || /^\d{4}-\d{2}-\d{2}$/.test(c.asOf)))).toBe(true);
    // The same values as the claims list gives.
    const listed = new Map((await store.listClaims({ crisis: 'dev-iraq2019', category: 'killed' }, { limit: 500 })).items.map((c) => [c.id, c]));
    expect(listed.size).toBe(claims.length);
    for (const c of claims) {
      const l = listed.get(c.id)!;
      expect({ ...c, source: l.source }).toMatchObject({
        documentId: l.documentId,
        low: l.low,
        high: l.high,
        estimate: l.estimate,
        qualifier: l.qualifier,
        hedged: l.hedged,
        who: l.who,
        place: l.place,
        asOf: l.asOf,
        cumulative: l.cumulative,
        span: l.span,
      });
      expect(c.via).toEqual(l.source?.via ?? []);
    }
  });
});
