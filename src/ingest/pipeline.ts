/**
 * Ingest: read each input, extract it, store the document with all its items in one
 * transaction. Idempotent by content hash; a failure is counted with its reason and the
 * batch goes on.
 */
import { inlineExtractor, type Extraction, type Extractor } from './extractor.js';
import type { IngestBatchItem, IngestOutcome, Store } from '../store/index.js';
import { readInputs } from './index.js';
import { httpUrlOrNull } from '../urls.js';
import type { IngestItem, ReadOptions } from './types.js';

/** Why a non-empty document was not stored. */
export const EMPTY_AFTER_CLEANING = 'no text left after cleaning (was it only markup, scripts or navigation?): paste or upload the report as plain text';

/** Documents per store transaction, and the most text or time a batch may gather first. */
const BATCH_DOCUMENTS = 16;
const BATCH_CHARS = 4_000_000;
const BATCH_WAIT_MS = 500;

type Extracted = Extract<IngestItem, { kind: 'document' }>;

export interface IngestResult {
  origin: string;
  status: 'ingested' | 'unchanged' | 'failed';
  documentId?: number;
  claims?: number;
  reason?: string;
  warning?: string;
}

export interface IngestSummary {
  ingested: number;
  unchanged: number;
  failed: number;
  claims: number;
  results: IngestResult[];
}

export async function ingest(
  store: Store,
  targets: string[],
  opts: ReadOptions & { crisis?: string; actor?: string; onResult?: (r: IngestResult) => void; extractor?: Extractor } = {},
): Promise<IngestSummary> {
  return ingestItems(store, readInputs(targets, opts), opts);
}

/** Extract and store documents already read (from files, uploads or pasted text). */
export async function ingestItems(
  store: Store,
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  opts: { crisis?: string; /** Who ingests (audit log). */ actor?: string; onResult?: (r: IngestResult) => void; extractor?: Extractor } = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { ingested: 0, unchanged: 0, failed: 0, claims: 0, results: [] };
  const record = (r: IngestResult) => {
    summary.results.push(r);
    if (r.status === 'failed') summary.failed++;
    else if (r.status === 'unchanged') summary.unchanged++;
    else {
      summary.ingested++;
      summary.claims += r.claims ?? 0;
    }
    opts.onResult?.(r);
  };
  // Documents are stored a batch at a time (see Store.ingestReports) while the next batch is
  // read and extracted (on the extractor's thread); a batch that fails is retried one document
  // at a time, so one bad document fails alone. Results keep the input order.
  type Pending = { origin: string; failure: string } | { origin: string; item: Extracted; extraction: Promise<Extraction> };
  const extractor = opts.extractor ?? inlineExtractor;
  const asBatchItem = (item: Extracted, x: Extraction): IngestBatchItem => ({
    input: { raw: item.raw, origin: item.origin, url: item.input.url ?? null, publisher: item.publisher ?? null },
    report: x.report,
    signature: x.signature,
    crisis: opts.crisis,
    actor: opts.actor,
  });
  const store1 = async (item: Extracted, x: Extraction) => {
    try {
      const o = (await store.ingestReports([asBatchItem(item, x)]))[0]!;
      record({ origin: item.origin, status: o.status, documentId: o.documentId, claims: o.claims, warning: item.warning });
    } catch (err) {
      record({ origin: item.origin, status: 'failed', reason: (err as Error).message });
    }
  };
  const storeBatch = async (batch: Pending[]) => {
    const ready: Array<{ at: number; item: Extracted; x: Extraction }> = [];
    const failures = new Map<number, string>();
    for (const [at, p] of batch.entries()) {
      if ('failure' in p) failures.set(at, p.failure);
      else {
        try {
          const x = await p.extraction;
          // A report that cleans to nothing is lost, not ingested (markup taken for the whole text, say).
          if (!x.report.document.text.trim() && p.item.raw.trim()) failures.set(at, EMPTY_AFTER_CLEANING);
          else ready.push({ at, item: p.item, x });
        } catch (err) {
          failures.set(at, (err as Error).message);
        }
      }
    }
    let outcomes: IngestOutcome[] | null;
    try {
      outcomes = ready.length ? await store.ingestReports(ready.map((r) => asBatchItem(r.item, r.x))) : [];
    } catch {
      outcomes = null;
    }
    let k = 0;
    for (const [at, p] of batch.entries()) {
      const reason = failures.get(at);
      if (reason !== undefined) {
        record({ origin: p.origin, status: 'failed', reason });
        continue;
      }
      const r = ready[k]!;
      const o = outcomes?.[k];
      k++;
      if (o) record({ origin: r.item.origin, status: o.status, documentId: o.documentId, claims: o.claims, warning: r.item.warning });
      else await store1(r.item, r.x);
    }
  };

  let pending: Pending[] = [];
  let pendingChars = 0;
  let firstPending = 0;
  let storing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const batch = pending;
    pending = [];
    pendingChars = 0;
    await storing;
    storing = batch.length ? storeBatch(batch) : Promise.resolve();
  };
  try {
    for await (const item of items) {
      if (!pending.length) firstPending = Date.now();
      if (item.kind === 'failure') pending.push({ origin: item.origin, failure: item.reason });
      else {
        // A document's URL is http(s) or nothing (a feed's "javascript:" link is dropped).
        const url = httpUrlOrNull(item.input.url) ?? undefined;
        const doc: Extracted = { ...item, input: { ...item.input, url } };
        const extraction = extractor.extract(doc.input);
        extraction.catch(() => undefined); // handled in storeBatch
        pending.push({ origin: item.origin, item: doc, extraction });
        pendingChars += item.raw.length;
      }
      if (pending.length >= BATCH_DOCUMENTS || pendingChars >= BATCH_CHARS || Date.now() - firstPending >= BATCH_WAIT_MS) await flush();
    }
    await flush();
    await storing;
  } finally {
    if (!opts.extractor) await extractor.close();
  }
  if (summary.ingested > 0) await store.analyze();
  return summary;
}
