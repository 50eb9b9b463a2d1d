/**
 * The review queue of a crisis: its unreviewed claims in order of impact, each with the
 * paragraph its span stands in, and how many of the crisis's claims are reviewed.
 */
import type { Category, Span } from '../domain.js';
import { STORED_CLAIM_SQL, toStoredClaim, type StoredClaim } from './claim-columns.js';
import { getCrisis } from './crises.js';
import type { Queryable } from './db.js';
import { NotFoundError } from './errors.js';

/** How far before and after a span the review queue reads the text for its paragraph. */
const PARAGRAPH_REACH = 1500;

/** Why a claim stands where it does in the review queue. */
export type QueueReason = 'headline' | 'latest' | 'figure';

export interface QueueItem {
  claim: StoredClaim;
  reason: QueueReason;
  /** The paragraph the claim's span stands in; `start` is its offset in the document's clean text. */
  paragraph: { start: number; text: string };
}

export interface ReviewQueuePage {
  crisis: string;
  /** Claims of the crisis (in the category, when one is asked for). */
  total: number;
  reviewed: number;
  remaining: number;
  items: QueueItem[];
}

/**
 * The paragraph holding `span`, cut from a window of the clean text that starts at
 * `windowStart`: from the blank line (or line break) before the span to the one after it.
 */
export function paragraphAround(window: string, windowStart: number, span: Span): { start: number; text: string } {
  const from = span.start - windowStart;
  const to = span.end - windowStart;
  const breakBefore = Math.max(window.lastIndexOf('\n', from - 1), -1);
  const breakAfter = window.indexOf('\n', to);
  const start = breakBefore + 1;
  const end = breakAfter < 0 ? window.length : breakAfter;
  return { start: windowStart + start, text: window.slice(start, end) };
}

/**
 * Claims in `first` (those behind the headlines), then in `next` (each source's latest figure),
 * then the largest figures, then by source name; `offset` skips the ones an analyst passed over.
 */
export async function reviewQueue(
  db: Queryable,
  crisis: string,
  order: { first: number[]; next: number[] },
  page: { category?: Category; offset?: number; limit?: number } = {},
): Promise<ReviewQueuePage> {
  const known = await getCrisis(db, crisis);
  if (!known) throw new NotFoundError(`no crisis called "${crisis}"`);
  const limit = Math.min(Math.max(page.limit ?? 1, 1), 50);
  const offset = Math.max(page.offset ?? 0, 0);
  const [items, counts] = await Promise.all([
    db.query<Record<string, unknown> & { priority: number; clean_text: string }>(
      `SELECT ${STORED_CLAIM_SQL},
         CASE WHEN c.id = ANY($2::bigint[]) THEN 0 WHEN c.id = ANY($3::bigint[]) THEN 1 ELSE 2 END AS priority,
         substr(d.clean_text, greatest(c.span_start - ${PARAGRAPH_REACH}, 0) + 1, c.span_end - greatest(c.span_start - ${PARAGRAPH_REACH}, 0) + ${PARAGRAPH_REACH}) AS clean_text
       FROM crisis_documents cd JOIN claims c ON c.document_id = cd.document_id JOIN documents d ON d.id = c.document_id
         LEFT JOIN sources s ON s.id = c.source_id
       WHERE cd.crisis_id = $1 AND ($4::text IS NULL OR c.category = $4) AND c.review_status = 'unreviewed'
       ORDER BY priority, c.estimate DESC, s.name NULLS LAST, c.id
       LIMIT ${limit} OFFSET ${offset}`,
      [known.id, order.first, order.next, page.category ?? null],
    ),
    db.query<{ total: number; reviewed: number }>(
      `SELECT count(*) AS total, count(*) FILTER (WHERE c.review_status <> 'unreviewed') AS reviewed
       FROM crisis_documents cd JOIN claims c ON c.document_id = cd.document_id
       WHERE cd.crisis_id = $1 AND ($2::text IS NULL OR c.category = $2)`,
      [known.id, page.category ?? null],
    ),
  ]);
  const total = Number(counts.rows[0]!.total);
  const reviewed = Number(counts.rows[0]!.reviewed);
  return {
    crisis: known.name,
    total,
    reviewed,
    remaining: total - reviewed,
    items: items.rows.map((r) => {
      const claim = toStoredClaim(r);
      const windowStart = Math.max(claim.span.start - PARAGRAPH_REACH, 0);
      return {
        claim,
        reason: (['headline', 'latest', 'figure'] as const)[Number(r.priority)]!,
        paragraph: paragraphAround(r.clean_text, windowStart, claim.span),
      };
    }),
  };
}
