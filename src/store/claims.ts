/**
 * Claims as readers see them: pages filtered by category, source, place, crisis and dates; one
 * claim; every claim of a filter (exports); resolved places with their claims (the map).
 */
import type { Category, ReviewStatus } from '../domain.js';
import { STORED_CLAIM_SQL, toStoredClaim, type StoredClaim } from './claim-columns.js';
import type { Queryable } from './db.js';
import { MAX_PAGE, pageOf, Params, pgArray, type Page } from './sql.js';
import { visibleDocumentSql } from './visibility.js';

export interface ClaimFilter {
  category?: Category;
  /** Source name or alias (case-insensitive). */
  source?: string;
  /** Place, region or country name (case-insensitive). */
  place?: string;
  /** Crisis name. */
  crisis?: string;
  documentId?: number;
  since?: string;
  until?: string;
  status?: ReviewStatus;
  includeRejected?: boolean;
  /** Private crises the reader may not see (visibility.ts): claims of their documents are left out. */
  hiddenCrisisIds?: number[];
}

/** Orders a claims page can be sorted by (the newest figures first by default). */
export const CLAIM_SORTS = ['asOf', 'estimate', 'category', 'source', 'place', 'published', 'id'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];
const SORT_COLUMNS: Record<ClaimSort, string> = {
  asOf: 'c.as_of',
  estimate: 'c.estimate',
  category: 'c.category',
  source: 's.name',
  place: 'c.place_name',
  published: 'd.published',
  id: 'c.id',
};

export interface ClaimPageRequest extends Page {
  sort?: ClaimSort;
  order?: 'asc' | 'desc';
}

export interface ClaimPage {
  items: StoredClaim[];
  /** Exact up to COUNT_CAP, then a lower bound (`totalIsExact` false). */
  total: number;
  totalIsExact: boolean;
}

/** Claims about one resolved place, for the map. */
export interface PlaceSummary {
  placeId: string;
  name: string;
  precision: 'city' | 'region' | 'country';
  countryCode: string;
  countryName: string;
  admin1: string | null;
  lat: number;
  lon: number;
  claims: number;
  maxEstimate: number;
  categories: Category[];
}

/**
 * Claim counts stop here: counting every match of a broad filter over a million claims costs
 * more than the page itself, and "over 1,000" is all a reader needs.
 */
export const COUNT_CAP = 1_000;

/** A claim with its document and source, from `claims c`. */
export const STORED_CLAIM_FROM = 'claims c JOIN documents d ON d.id = c.document_id LEFT JOIN sources s ON s.id = c.source_id';

export async function listClaims(db: Queryable, filter: ClaimFilter = {}, page: ClaimPageRequest = {}): Promise<ClaimPage> {
  const p = new Params();
  const where = await claimWhere(db, filter, p);
  const { limit, offset } = pageOf(page);
  const dir = page.order === 'asc' ? 'ASC NULLS FIRST' : 'DESC NULLS LAST';
  const sort = page.sort && page.sort in SORT_COLUMNS ? page.sort : 'asOf';
  const order = sort === 'id' ? `ORDER BY c.id ${dir}` : `ORDER BY ${SORT_COLUMNS[sort]} ${dir}, c.id ${page.order === 'asc' ? 'ASC' : 'DESC'}`;
  const filterValues = [...p.values];
  const [rows, count] = await Promise.all([
    db.query<Record<string, unknown>>(
      `SELECT ${STORED_CLAIM_SQL} FROM ${STORED_CLAIM_FROM} ${where} ${order} LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`,
      p.values,
    ),
    // Filters only touch claims columns: the count needs no join.
    db.query<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM claims c ${where} LIMIT ${COUNT_CAP + 1}) t`, filterValues),
  ]);
  const n = Number(count.rows[0]!.n);
  return { items: rows.rows.map(toStoredClaim), total: Math.min(n, COUNT_CAP), totalIsExact: n <= COUNT_CAP };
}

/**
 * The WHERE clause of a claim filter, its values added to `p`. Names (source, crisis) are
 * resolved to ids first: the planner estimates `source_id = ANY(ids)` well, and a subquery in
 * its place badly (it then scans a million claims to count a few hundred).
 */
async function claimWhere(db: Queryable, f: ClaimFilter, p: Params): Promise<string> {
  const parts: string[] = [];
  if (!f.includeRejected && !f.status) parts.push(`c.review_status <> 'rejected'`);
  if (f.status) parts.push(`c.review_status = ${p.add(f.status)}`);
  if (f.category) parts.push(`c.category = ${p.add(f.category)}`);
  if (f.documentId !== undefined) parts.push(`c.document_id = ${p.add(f.documentId)}`);
  if (f.source) {
    const { rows } = await db.query<{ id: number }>(
      'SELECT id FROM sources WHERE lower(name) = lower($1) OR lower($1) = ANY (SELECT lower(a) FROM unnest(aliases) a)',
      [f.source],
    );
    parts.push(`c.source_id = ANY (${p.add(rows.map((r) => Number(r.id)))}::bigint[])`);
  }
  if (f.place) {
    // Each alternative has its own index (migration 2; country codes are stored upper-case).
    const place = p.add(f.place);
    parts.push(
      `(lower(c.place_name) = lower(${place}) OR lower(c.admin1) = lower(${place}) OR lower(c.country_name) = lower(${place}) OR c.country_code = upper(${place}))`,
    );
  }
  if (f.crisis) {
    const { rows } = await db.query<{ id: number }>('SELECT id FROM crises WHERE lower(name) = lower($1)', [f.crisis]);
    parts.push(`c.document_id IN (SELECT document_id FROM crisis_documents WHERE crisis_id = ${p.add(rows[0] ? Number(rows[0].id) : -1)})`);
  }
  if (f.since) parts.push(`c.as_of >= ${p.add(f.since)}`);
  if (f.until) parts.push(`c.as_of <= ${p.add(f.until)}`);
  if (f.hiddenCrisisIds?.length) parts.push(visibleDocumentSql('c.document_id', p.add(f.hiddenCrisisIds)));
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}

export async function getClaim(db: Queryable, id: number): Promise<StoredClaim | null> {
  const { rows } = await db.query<Record<string, unknown>>(`SELECT ${STORED_CLAIM_SQL} FROM ${STORED_CLAIM_FROM} WHERE c.id = $1`, [id]);
  return rows[0] ? toStoredClaim(rows[0]) : null;
}

/** Every claim matching a filter (for exports), up to `max`. */
export async function allClaims(db: Queryable, filter: ClaimFilter = {}, max = 200_000): Promise<StoredClaim[]> {
  const out: StoredClaim[] = [];
  for (let offset = 0; offset < max; offset += MAX_PAGE) {
    const page = await listClaims(db, filter, { limit: Math.min(MAX_PAGE, max - offset), offset, sort: 'id', order: 'asc' });
    out.push(...page.items);
    if (page.items.length < MAX_PAGE) break;
  }
  return out;
}

/** Resolved places with their claims (after the filter), for the map. */
export async function listPlaces(db: Queryable, filter: ClaimFilter = {}, limit = 2000): Promise<PlaceSummary[]> {
  const p = new Params();
  const where = await claimWhere(db, filter, p);
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT c.place_id, min(c.place_name) AS name, min(c.place_precision) AS precision, min(c.country_code) AS country_code,
       min(c.country_name) AS country_name, min(c.admin1) AS admin1, min(c.lat) AS lat, min(c.lon) AS lon,
       count(*) AS claims, max(c.estimate) AS max_estimate, array_agg(DISTINCT c.category) AS categories
     FROM ${STORED_CLAIM_FROM}
     ${where ? `${where} AND` : 'WHERE'} c.place_id IS NOT NULL AND c.lat IS NOT NULL
     GROUP BY c.place_id ORDER BY count(*) DESC, c.place_id LIMIT ${p.add(limit)}`,
    p.values,
  );
  return rows.map((r) => ({
    placeId: String(r.place_id),
    name: String(r.name),
    precision: r.precision as PlaceSummary['precision'],
    countryCode: String(r.country_code),
    countryName: String(r.country_name),
    admin1: (r.admin1 as string | null) ?? null,
    lat: Number(r.lat),
    lon: Number(r.lon),
    claims: Number(r.claims),
    maxEstimate: Number(r.max_estimate),
    categories: pgArray(r.categories) as Category[],
  }));
}
