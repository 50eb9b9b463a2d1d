/**
 * Exports written as they are read: the claims come from the store a page at a time and
 * each page is encoded and sent before the next is read, so a large export neither holds the
 * whole file in memory nor keeps the server from answering other requests meanwhile.
 */
import { claimFeature, claimJson, claimsCsv, csvHeader } from '../store/export.js';
import { MAX_PAGE, type ClaimFilter, type StoredClaim, type Store } from '../store/index.js';

export type ExportFormat = 'csv' | 'json' | 'geojson';

/** The most claims one export holds (as `Store.allClaims`). */
const MAX_EXPORT = 200_000;

async function* claimPages(store: Store, filter: ClaimFilter): AsyncGenerator<StoredClaim[]> {
  for (let offset = 0; offset < MAX_EXPORT; offset += MAX_PAGE) {
    const page = await store.listClaims(filter, { limit: Math.min(MAX_PAGE, MAX_EXPORT - offset), offset, sort: 'id', order: 'asc' });
    if (page.items.length) yield page.items;
    if (page.items.length < MAX_PAGE) return;
  }
}

/** The export's text, piece by piece: the opening, one piece per page of claims, the close. */
export async function* exportPieces(store: Store, filter: ClaimFilter, format: ExportFormat, opts: { hxl?: boolean } = {}): AsyncGenerator<string> {
  if (format === 'csv') {
    yield csvHeader(opts.hxl);
    for await (const page of claimPages(store, filter)) yield claimsCsv(page, { header: false });
    return;
  }
  let first = true;
  const items = (parts: string[]) => {
    if (!parts.length) return '';
    const joined = (first ? '' : ',') + parts.join(',');
    first = false;
    return joined;
  };
  if (format === 'json') {
    yield '[';
    for await (const page of claimPages(store, filter)) yield items(page.map((c) => JSON.stringify(claimJson(c))));
    yield ']';
    return;
  }
  yield '{"type":"FeatureCollection","features":[';
  for await (const page of claimPages(store, filter)) yield items(page.flatMap((c) => (c.place ? [JSON.stringify(claimFeature(c))] : [])));
  yield ']}';
}

/** The export as a byte stream for a response body. */
export function exportStream(store: Store, filter: ClaimFilter, format: ExportFormat, opts: { hxl?: boolean } = {}): ReadableStream<Uint8Array> {
  const pieces = exportPieces(store, filter, format, opts);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await pieces.next();
        if (next.done) controller.close();
        else if (next.value) controller.enqueue(encoder.encode(next.value));
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}
