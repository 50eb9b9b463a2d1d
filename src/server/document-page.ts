/**
 * A window on a large document: the part of its clean text from `offset`, `length`
 * characters long, with the claims, quotes, places, dates and removed lines that lie inside
 * it. Spans keep their offsets into the whole text, so a reader can join pages.
 */
import type { StoredDocument } from '../store/index.js';

export interface DocumentPage {
  offset: number;
  length: number;
  /** The length of the whole clean text. */
  totalLength: number;
}

export function documentPage(doc: StoredDocument, offset: number, length: number): StoredDocument & { page: DocumentPage } {
  const total = doc.text.length;
  const start = Math.min(offset, total);
  const end = Math.min(total, start + length);
  const inside = (s: { start: number; end: number }) => s.start >= start && s.end <= end;
  return {
    ...doc,
    text: doc.text.slice(start, end),
    removed: doc.removed.filter(inside),
    claims: doc.claims.filter((c) => inside(c.span)),
    quotes: doc.quotes.filter((q) => inside(q.span)),
    places: doc.places.filter((p) => inside(p.span)),
    dates: doc.dates.filter((d) => inside(d.span)),
    page: { offset: start, length: end - start, totalLength: total },
  };
}
