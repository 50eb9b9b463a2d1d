/**
 * Ingest: read each input, extract it, store the document with all its items in one
 * transaction. Idempotent by content hash; a failure is counted with its reason and the
 * batch goes on.
 */
import { extract } from '../extract/index.js';
import type { Store } from '../store/index.js';
import { readInputs } from './index.js';
import type { IngestItem, ReadOptions } from './types.js';

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
  opts: ReadOptions & { crisis?: string; onResult?: (r: IngestResult) => void } = {},
): Promise<IngestSummary> {
  return ingestItems(store, readInputs(targets, opts), opts);
}

/** Extract and store documents already read (from files, uploads or pasted text). */
export async function ingestItems(
  store: Store,
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  opts: { crisis?: string; onResult?: (r: IngestResult) => void } = {},
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
  for await (const item of items) {
    if (item.kind === 'failure') {
      record({ origin: item.origin, status: 'failed', reason: item.reason });
      continue;
    }
    try {
      const report = extract(item.input);
      const outcome = await store.ingestReport(
        { raw: item.raw, origin: item.origin, url: item.input.url ?? null, publisher: item.publisher ?? null },
        report,
        { crisis: opts.crisis },
      );
      record({ origin: item.origin, status: outcome.status, documentId: outcome.documentId, claims: outcome.claims, warning: item.warning });
    } catch (err) {
      record({ origin: item.origin, status: 'failed', reason: (err as Error).message });
    }
  }
  if (summary.ingested > 0) await store.analyze();
  return summary;
}
