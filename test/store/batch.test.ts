/**
 * Batched ingest: several documents in one transaction, repeats inside a batch and across
 * batches stored once, crisis membership for all, and (through the ingest pipeline) one bad
 * document failing alone while the rest of its batch is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain.js';
import { extract } from '../../src/extract/index.js';
import { ingestItems } from '../../src/ingest/pipeline.js';
import type { IngestItem } from '../../src/ingest/types.js';
import type { Store } from '../../src/store/index.js';
import { backends } from './backends.js';

const texts = [
  'At least 12 protesters were killed in Almaty on Wednesday, the Interior Ministry said.',
  'Police detained more than 3,000 people across Kazakhstan, officials said on Friday.',
  'Human Rights Watch said dozens of people were injured in Taraz.',
];

describe.each(backends)('batched ingest on $name', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
  });
  afterAll(async () => cleanup?.());

  it('stores a batch whole, each content once, in the crisis', async () => {
    const reports = texts.map((t) => extract({ text: t, published: '2022-01-07' }));
    const outcomes = await store.ingestReports([
      ...texts.map((t, i) => ({ input: { raw: t, origin: `t${i}` }, report: reports[i]!, crisis: 'Batch test' })),
      { input: { raw: texts[0]!, origin: 'repeat' }, report: reports[0]!, crisis: 'Batch test' },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['ingested', 'ingested', 'ingested', 'unchanged']);
    expect(outcomes[3]!.documentId).toBe(outcomes[0]!.documentId);
    for (const [i, o] of outcomes.slice(0, 3).entries()) {
      const doc = (await store.getDocument(o.documentId))!;
      expect(doc.text).toBe(reports[i]!.document.text);
      expect(doc.claims.length).toBe(reports[i]!.claims.length);
      expect(doc.places.length).toBe(reports[i]!.places.length);
      expect(doc.crises).toEqual(['Batch test']);
    }
    const again = await store.ingestReports(texts.map((t, i) => ({ input: { raw: t }, report: reports[i]! })));
    expect(again.map((o) => o.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect((await store.counts()).documents).toBe(3);
  });

  it('fails one bad document alone and stores the rest of its batch', async () => {
    const good = ['Rights groups said 7 people were killed in Shymkent on Thursday.', 'At least 40 people were injured in Aktobe, medics said.'];
    const bad = 'Officials said 5 people were detained in Atyrau.';
    // A report the database refuses (a span offset that is not an integer).
    const broken: Report = extract({ text: bad });
    broken.claims = broken.claims.map((c) => ({ ...c, span: { ...c.span, start: 0.5 } }));
    const items: IngestItem[] = [good[0]!, bad, good[1]!].map((text, i) => ({
      kind: 'document',
      format: 'text',
      origin: `doc${i}`,
      raw: text,
      input: { text },
    }));
    expect(broken.claims.length).toBeGreaterThan(0);
    // The pipeline extracts by itself; swap in the broken report for the bad text only.
    const store2 = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop !== 'ingestReports') return Reflect.get(target, prop, receiver);
        return (batch: Parameters<Store['ingestReports']>[0]) => target.ingestReports(batch.map((b) => (b.input.raw === bad ? { ...b, report: broken } : b)));
      },
    });
    const summary = await ingestItems(store2, items, { crisis: 'Batch test' });
    expect(summary.results.map((r) => r.status)).toEqual(['ingested', 'failed', 'ingested']);
    expect(summary.results[1]!.reason).toMatch(/integer/i);
    for (const text of good) expect((await store.searchDocuments(text.split(' ').slice(-2).join(' '))).total).toBeGreaterThan(0);
  });
});
