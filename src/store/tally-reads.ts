/**
 * What the tally reads of a crisis: its claims as reviewed (rejected ones left out), its
 * documents with versions, their near-duplicate signatures and their "day N" dates.
 */
import type { Category } from '../domain.js';
import { TALLY_TUPLE_SQL, toTallyClaim, type PlaceMemo, type TallyClaim } from './claim-columns.js';
import type { Queryable } from './db.js';
import { Params, pgArray } from './sql.js';

export interface CrisisDocument {
  id: number;
  /** Changes whenever the document's row does (its row version). */
  version: string;
  /**
   * Changes whenever the document's claims do (a review bumps the membership's claims_version,
   * renewing the row's version) or it joins the crisis again.
   */
  claimsVersion: string;
  published: string | null;
  publisher: string | null;
  title: string | null;
  url: string | null;
}

/** Claims per JSON text in `claimsForTally`. */
const TALLY_CHUNK = 20_000;

/**
 * The claims of a crisis as reviewed (rejected ones left out), for the tally: lean (no
 * document or source join, dates as text) because a large crisis has a hundred thousand of
 * them. Document fields come from `crisisDocuments`, source names and types from
 * `sourceDirectory`. `documentIds` reads only those documents' claims.
 */
export async function claimsForTally(db: Queryable, crisisId: number, filter: { category?: Category; documentIds?: number[] } = {}): Promise<TallyClaim[]> {
  const p = new Params();
  const where = [`cd.crisis_id = ${p.add(crisisId)}`, `c.review_status <> 'rejected'`];
  if (filter.category) where.push(`c.category = ${p.add(filter.category)}`);
  if (filter.documentIds) where.push(`c.document_id = ANY(${p.add(filter.documentIds)}::bigint[])`);
  // Claims come as JSON arrays, a chunk of them per row: the embedded engine decodes a
  // hundred thousand 25-column rows several times slower than a few long texts (the server
  // takes about as long either way), and chunks keep each text far below V8's string limit.
  const { rows } = await db.query<{ j: string }>(
    `SELECT json_agg(json_build_array(${TALLY_TUPLE_SQL}))::text AS j
     FROM (SELECT c.*, (row_number() OVER ()) / ${TALLY_CHUNK} AS chunk
           FROM crisis_documents cd JOIN claims c ON c.document_id = cd.document_id
           WHERE ${where.join(' AND ')}) c
     GROUP BY chunk`,
    p.values,
  );
  const out: TallyClaim[] = [];
  const places: PlaceMemo = new Map();
  for (const { j } of rows) for (const tuple of JSON.parse(j) as unknown[][]) out.push(toTallyClaim(tuple, places));
  return out;
}

/**
 * A crisis's documents: what the tally shows of each, and versions (PostgreSQL's `xmin`,
 * renewed by every change of a row) of the document and of its claims.
 */
export async function crisisDocuments(db: Queryable, crisisId: number): Promise<CrisisDocument[]> {
  const { rows } = await db.query<{
    id: number;
    version: string;
    claims_version: string;
    published: string | null;
    publisher: string | null;
    title: string | null;
    url: string | null;
  }>(
    `SELECT d.id, d.xmin::text AS version, cd.xmin::text AS claims_version, d.published::text AS published, d.publisher, d.title, d.url
     FROM documents d JOIN crisis_documents cd ON cd.document_id = d.id WHERE cd.crisis_id = $1`,
    [crisisId],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    version: r.version,
    claimsVersion: r.claims_version,
    published: r.published,
    publisher: r.publisher,
    title: r.title,
    url: r.url,
  }));
}

/** Near-duplicate signatures of some documents (see src/fingerprint.ts); missing ones are left out. */
export async function documentSignatures(db: Queryable, ids: number[]): Promise<Map<number, number[]>> {
  const { rows } = await db.query<{ id: number; signature: unknown }>(
    'SELECT id, signature FROM documents WHERE id = ANY($1::bigint[]) AND signature IS NOT NULL',
    [ids],
  );
  return new Map(rows.map((r) => [Number(r.id), pgArray(r.signature).map(Number)]));
}

/** "Day N" of the crisis that documents date themselves by, per document. */
export async function crisisDays(db: Queryable, crisisId: number): Promise<Map<number, number>> {
  const { rows } = await db.query<{ document_id: number; span_text: string }>(
    `SELECT m.document_id, m.span_text FROM date_mentions m JOIN crisis_documents cd ON cd.document_id = m.document_id
     WHERE cd.crisis_id = $1 AND m.kind = 'crisis_day' ORDER BY m.span_start`,
    [crisisId],
  );
  const out = new Map<number, number>();
  for (const r of rows) {
    const n = Number(/\d+/.exec(r.span_text)?.[0]);
    if (n && !out.has(Number(r.document_id))) out.set(Number(r.document_id), n);
  }
  return out;
}
