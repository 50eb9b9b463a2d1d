/**
 * The audit log: each write records one entry with its actor and before/after values, in the
 * write's own transaction (a write that fails leaves none); filters and pages read it back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { listAudit } from '../../src/store/audit.js';
import { pinHeadline, unpinHeadline } from '../../src/store/headline-pins.js';
import type { Store } from '../../src/store/index.js';
import { backends } from './backends.js';

const CRISIS = 'Audit test crisis';
const TEXT = 'Police said 12 protesters were killed in Isfahan on 3 December 2019, Amnesty International said.';

describe.each(backends)('audit log on $name', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let documentId: number;

  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
    await store.createCrisis({ name: CRISIS, startDate: '2019-11-15', actor: 'ana' });
    const report = extract({ text: TEXT, published: '2019-12-04' });
    const outcome = await store.ingestReport({ raw: TEXT, url: 'https://example.org/isfahan' }, report, { crisis: CRISIS, actor: 'ingester' });
    documentId = outcome.documentId;
  });
  afterAll(async () => {
    await cleanup?.();
  });

  const entries = async (action: string) => (await listAudit(store.db, { action }, { limit: 100 })).items;

  it('records an ingest: one entry per stored document, none for a repeat', async () => {
    const [entry, ...more] = await entries('ingest');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actor: 'ingester', targetType: 'document', targetId: String(documentId), crisis: CRISIS, before: null });
    const claims = (await store.listClaims({ documentId })).items.length;
    expect(claims).toBeGreaterThan(0);
    expect(entry!.after).toEqual({ title: null, url: 'https://example.org/isfahan', claims });
    await store.ingestReport({ raw: TEXT }, extract({ text: TEXT, published: '2019-12-04' }), { crisis: CRISIS, actor: 'ingester' });
    expect(await entries('ingest')).toHaveLength(1);
  });

  it('records crisis creation and update with the values before', async () => {
    await store.createCrisis({ name: CRISIS, region: 'Iran' });
    const [update] = await entries('crisis.update');
    expect(update).toMatchObject({ actor: 'web', crisis: CRISIS, before: { region: null, startDate: '2019-11-15' }, after: { region: 'Iran' } });
    expect((await entries('crisis.create'))[0]).toMatchObject({ actor: 'ana', before: null, after: { name: CRISIS } });
  });

  it('records a review with the claim before and after', async () => {
    const claim = (await store.listClaims({ documentId })).items[0]!;
    await store.reviewClaim(claim.id, {
      status: 'edited',
      reviewer: 'rev',
      changes: { estimate: claim.estimate + 1, high: claim.estimate + 1 },
      note: 'miscount',
    });
    const [entry, ...more] = await entries('review');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actor: 'rev', action: 'review.edit', targetType: 'claim', targetId: String(claim.id), crisis: CRISIS, note: 'miscount' });
    expect((entry!.before as { estimate: number }).estimate).toBe(claim.estimate);
    expect((entry!.after as { estimate: number }).estimate).toBe(claim.estimate + 1);
  });

  it('records a source edit with its editor', async () => {
    const source = (await store.findSource('Amnesty International')) ?? (await store.listSources())[0]!;
    await store.updateSource(source.id, { type: 'independent', reliability: 'A', editor: 'ed' });
    const [entry, ...more] = await entries('source');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      actor: 'ed',
      action: 'source.set',
      targetType: 'source',
      targetId: String(source.id),
      after: { name: source.name, type: 'independent', reliability: 'A' },
    });
    expect((entry!.before as { reliability: string | null }).reliability).toBe(source.reliabilitySet ? source.reliability : null);
  });

  it('records a pin and its removal', async () => {
    const claim = (await store.listClaims({ documentId, category: 'killed' })).items[0]!;
    await pinHeadline(store, { crisis: CRISIS, category: 'killed', claimId: claim.id, by: 'pinner', note: 'best sourced' });
    await unpinHeadline(store, CRISIS, 'killed', 'unpinner');
    const [pin] = await entries('pin');
    expect(pin).toMatchObject({
      actor: 'pinner',
      targetType: 'pin',
      targetId: `${CRISIS}/killed`,
      crisis: CRISIS,
      before: null,
      after: { claimId: claim.id, note: 'best sourced' },
    });
    const [unpin] = await entries('unpin');
    expect(unpin).toMatchObject({ actor: 'unpinner', before: { claimId: claim.id }, after: null });
  });

  it('records nothing for a write that fails', async () => {
    const { total } = await listAudit(store.db);
    const claim = (await store.listClaims({ documentId })).items[0]!;
    await expect(store.reviewClaim(claim.id, { status: 'accepted', reviewer: 'late', version: claim.version - 1 })).rejects.toThrow(/changed by/);
    await expect(store.mergeSources('Amnesty International', 'No such source', 'ed')).rejects.toThrow(/no source/);
    await expect(store.createCrisis({ name: ' ' })).rejects.toThrow(/name/);
    expect((await listAudit(store.db)).total).toBe(total);
  });

  it('filters by actor, action, crisis and day, and pages newest first', async () => {
    const all = await listAudit(store.db, {}, { limit: 2 });
    expect(all.items).toHaveLength(2);
    expect(all.total).toBeGreaterThanOrEqual(7);
    expect(all.items[0]!.id).toBeGreaterThan(all.items[1]!.id);
    const next = await listAudit(store.db, {}, { limit: 2, offset: 2 });
    expect(next.items[0]!.id).toBeLessThan(all.items[1]!.id);
    expect((await listAudit(store.db, { actor: 'REV' })).total).toBe(1);
    expect((await listAudit(store.db, { crisis: CRISIS, action: 'pin' })).total).toBe(1);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAudit(store.db, { since: today, until: today })).total).toBe(all.total);
    expect((await listAudit(store.db, { until: '2019-01-01' })).total).toBe(0);
    await expect(listAudit(store.db, { since: 'yesterday' })).rejects.toThrow(/not a date/);
  });
});
