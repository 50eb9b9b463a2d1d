/**
 * The store: documents with everything extracted from them, sources, reviews and crises, in
 * PostgreSQL (embedded PGlite or a server). The API the CLI, the tally and the web server use:
 *
 *   Store.open(opts)                      open (and migrate) the database
 *   ingestReport(input, report)           one document and all its items, in one transaction; idempotent by content hash
 *   listDocuments / searchDocuments / getDocument
 *   listClaims(filter, page) / getClaim / reviewClaim / claimHistory
 *   listSources / findSource / updateSource / mergeSources / splitSource (src/store/sources.ts)
 *   createCrisis / listCrises / getCrisis / addToCrisis
 *   crisisDocuments / claimsForTally / documentSignatures / crisisDays
 *                                         what the tally reads (reviewed values, rejected claims left out)
 */
import { createHash } from 'node:crypto';
import type { Category, CountClaim, Crisis, Qualifier, Reliability, Report, ResolvedPlace, ReviewStatus, Scope, SourceType, Span } from '../domain.js';
import { openDb, type Db, type OpenOptions, type Queryable } from './db.js';
import { ConflictError, InvalidInputError, NotFoundError } from './errors.js';
import { migrate } from './migrations.js';
import { isCalendarDay } from '../calendar.js';
import { checkBounds, countProblem, geocodeReviewPlace } from './review-rules.js';
import { documentSignature } from '../tally/near-duplicates.js';
import { defaultReliability, guessSourceType } from '../sources/index.js';
import * as sources from './sources.js';
import { recordAudit } from './audit.js';
import { visibleDocumentSql } from './visibility.js';

export { ConflictError, InvalidInputError, NotFoundError } from './errors.js';
export type { SourceDirectoryEntry, SourcePatch, SourceRecord } from './sources.js';
export type { AuditEntry } from './audit.js';

export type { OpenOptions } from './db.js';

/** What was ingested, as the ingest layer describes it. */
export interface DocumentInput {
  /** The raw content as read (text or HTML), kept verbatim. */
  raw: string;
  origin?: string | null;
  url?: string | null;
  publisher?: string | null;
  language?: string;
}

export interface StoredClaim extends CountClaim {
  id: number;
  documentId: number;
  documentTitle: string | null;
  documentUrl: string | null;
  published: string | null;
  reviewStatus: ReviewStatus;
  sourceType: SourceType | null;
  /** Counts the claim's reviews: a review made on an older version is refused (ReviewChange.version). */
  version: number;
  /** The source's Admiralty grade (the analyst's, else its type's default). */
  sourceReliability: Reliability | null;
  /**
   * ACLED's time precision of the as-of date: 1 a day, 2 a week, 3 a month (from the date
   * mention it was read from; a day when it came from the claim's own date or the publication).
   */
  timePrecision: 1 | 2 | 3 | null;
}

/** A claim as the tally reads it (see `claimsForTally`). */
export interface TallyClaim extends Omit<CountClaim, 'source'> {
  id: number;
  documentId: number;
  sourceId: number | null;
  via: string[];
  reviewStatus: ReviewStatus;
}

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

/** A claim as `claimsForTally` reads it: one JSON array, columns in this order. */
type TallyClaimTuple = [
  id: number, document_id: number, category: Category, low: number | null, high: number | null, estimate: number, qualifier: Qualifier,
  hedged: boolean, who: string, source_id: number | null, source_via: string[] | null, place_id: string | null, place_name: string | null,
  place_precision: ResolvedPlace['precision'] | null, country_code: string | null, country_name: string | null, admin1: string | null,
  lat: number | null, lon: number | null, as_of: string | null, cumulative: boolean, scope: Scope, span_start: number, span_end: number, span_text: string,
  review_status: ReviewStatus,
];
/** Claims per JSON text in `claimsForTally`. */
const TALLY_CHUNK = 20_000;

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

/** Documents of one crisis; documents of hidden crises left out (visibility.ts). */
export interface DocumentFilter {
  crisis?: string;
  hiddenCrisisIds?: number[];
}

export interface Page {
  limit?: number;
  offset?: number;
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

export interface ClaimPage {
  items: StoredClaim[];
  /** Exact up to COUNT_CAP, then a lower bound (`totalIsExact` false). */
  total: number;
  totalIsExact: boolean;
}

export interface DocumentSummary {
  id: number;
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
  retrieved: string;
  format: string;
  origin: string | null;
  claimCount: number;
  /** Search result excerpt with the matching words, when searching. */
  excerpt?: string;
}

export interface StoredDocument extends DocumentSummary {
  text: string;
  removed: Report['document']['removed'];
  claims: StoredClaim[];
  quotes: Report['quotes'];
  places: Report['places'];
  dates: Report['dates'];
  crises: string[];
}


export interface ReviewChange {
  status: 'accepted' | 'edited' | 'rejected' | 'unreviewed';
  reviewer: string;
  /** Edited fields (any of the claim's own fields). */
  changes?: Partial<Pick<CountClaim, 'category' | 'low' | 'high' | 'estimate' | 'qualifier' | 'hedged' | 'who' | 'asOf' | 'cumulative' | 'scope'>> & {
    source?: string | null;
    via?: string[];
    /** A name the gazetteer knows (the claim's place columns follow it), or null to clear the place. */
    placeName?: string | null;
  };
  note?: string;
  /** The claim's version the review was made on: refused (ConflictError) when the claim has changed since. */
  version?: number;
}

export interface ReviewRecord {
  id: number;
  at: string;
  reviewer: string;
  action: 'accept' | 'edit' | 'reject' | 'reset';
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  note: string | null;
}

export type IngestOutcome = { status: 'ingested'; documentId: number; claims: number } | { status: 'unchanged'; documentId: number; claims: number };

/**
 * Claim counts stop here: counting every match of a broad filter over a million claims costs
 * more than the page itself, and "over 1,000" is all a reader needs.
 */
export const COUNT_CAP = 1_000;
export const MAX_PAGE = 500;

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

/** Content hash: the same content ingested again is the same document. */
export function contentHash(raw: string): string {
  return createHash('sha256').update(raw.replace(/\r\n?/g, '\n').trim()).digest('hex');
}

const CLAIM_COLUMNS = `c.id, c.document_id, c.category, c.low, c.high, c.estimate, c.qualifier, c.hedged, c.who,
  s.name AS source_name, s.type AS source_type, s.reliability AS source_reliability, c.source_via, c.place_id, c.place_name, c.place_precision, c.country_code,
  c.country_name, c.admin1, c.lat, c.lon, c.as_of, c.cumulative, c.scope, c.span_start, c.span_end, c.span_text, c.review_status, c.version,
  d.title AS document_title, d.url AS document_url, d.published,
  (SELECT CASE WHEN bool_or(dm.end_date = dm.date) THEN 1 WHEN max(dm.end_date - dm.date) >= 27 THEN 3 WHEN max(dm.end_date - dm.date) >= 5 THEN 2 END
     FROM date_mentions dm WHERE dm.document_id = c.document_id AND dm.date = c.as_of) AS period_precision`;

interface ClaimRow {
  id: number;
  document_id: number;
  category: Category;
  low: number | null;
  high: number | null;
  estimate: number;
  qualifier: Qualifier;
  hedged: boolean;
  who: string;
  source_name: string | null;
  source_type: SourceType | null;
  source_reliability: Reliability | null;
  period_precision: number | null;
  source_via: string[] | null;
  place_id: string | null;
  place_name: string | null;
  place_precision: 'city' | 'region' | 'country' | null;
  country_code: string | null;
  country_name: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  as_of: string | Date | null;
  cumulative: boolean;
  scope: Scope;
  span_start: number;
  span_end: number;
  span_text: string;
  review_status: ReviewStatus;
  version: number;
  document_title: string | null;
  document_url: string | null;
  published: string | Date | null;
}

/** The resolved place stored in a claim's place columns, when it has one. */
function placeFrom(
  id: string | null, name: string | null, precision: ResolvedPlace['precision'] | null, countryCode: string | null,
  countryName: string | null, admin1: string | null, lat: number | null, lon: number | null,
): ResolvedPlace | null {
  if (!id || !name || !precision || !countryCode) return null;
  return { id, name, precision, countryCode, countryName: countryName ?? countryCode, admin1, lat: Number(lat), lon: Number(lon) };
}

const day = (v: string | Date | null | undefined): string | null => (v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
const num = (v: unknown): number | null => (v == null ? null : Number(v));

function toClaim(r: ClaimRow): StoredClaim {
  return {
    id: Number(r.id),
    documentId: Number(r.document_id),
    category: r.category,
    low: num(r.low),
    high: num(r.high),
    estimate: Number(r.estimate),
    qualifier: r.qualifier,
    hedged: r.hedged,
    who: r.who,
    source: r.source_name ? { name: r.source_name, via: r.source_via ?? [] } : null,
    place: placeFrom(r.place_id, r.place_name, r.place_precision, r.country_code, r.country_name, r.admin1, r.lat, r.lon),
    asOf: day(r.as_of),
    cumulative: r.cumulative,
    scope: r.scope,
    span: { start: r.span_start, end: r.span_end, text: r.span_text },
    reviewStatus: r.review_status,
    sourceType: r.source_type,
    version: Number(r.version),
    sourceReliability: r.source_type ? (r.source_reliability ?? defaultReliability(r.source_type)) : null,
    // A period the as-of date opens ("last week", "in November"); else a day, whether the date
    // came from the claim's sentence or from the publication.
    timePrecision: r.period_precision ? (Number(r.period_precision) as 1 | 2 | 3) : r.as_of || r.published ? 1 : null,
    documentTitle: r.document_title,
    documentUrl: r.document_url,
    published: day(r.published),
  };
}

/** Values of a claim as a plain record, for review history. */
function claimValues(c: StoredClaim): Record<string, unknown> {
  return {
    category: c.category,
    low: c.low,
    high: c.high,
    estimate: c.estimate,
    qualifier: c.qualifier,
    hedged: c.hedged,
    who: c.who,
    source: c.source?.name ?? null,
    via: c.source?.via ?? [],
    placeName: c.place?.name ?? null,
    asOf: c.asOf,
    cumulative: c.cumulative,
    scope: c.scope,
    reviewStatus: c.reviewStatus,
  };
}

/** A claim's reviewable values, to tell whether a review changed any. */
const comparable = (c: StoredClaim) => JSON.stringify({ ...claimValues(c), reviewStatus: null, placeId: c.place?.id ?? null });

export class Store {
  /**
   * Ids of source and crisis names, learned from committed transactions only (names are
   * unique and never deleted, so an id once committed stays right): most documents repeat the
   * same few sources and crisis, and each lookup is a round trip.
   */
  private readonly sourceIds = new Map<string, number>();
  private readonly crisisIds = new Map<string, number>();
  /** Outlet names already stored as sources. */
  private readonly outlets = new Set<string>();

  private constructor(readonly db: Db) {}

  static async open(opts: OpenOptions = {}): Promise<Store> {
    const db = await openDb(opts);
    try {
      await migrate(db);
      await fillSignatures(db);
    } catch (err) {
      await db.close();
      throw err;
    }
    return new Store(db);
  }

  get kind() {
    return this.db.kind;
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /** Refresh planner statistics after a bulk load (PGlite never does it by itself). */
  async analyze(): Promise<void> {
    await this.db.exec('ANALYZE');
  }

  // ---- ingest ---------------------------------------------------------------------------

  async ingestReport(input: DocumentInput, report: Report, opts: { crisis?: string; actor?: string } = {}): Promise<IngestOutcome> {
    return (await this.ingestReports([{ input, report, crisis: opts.crisis, actor: opts.actor }]))[0]!;
  }

  /**
   * Stores several documents with all their items in one transaction (a batch commits whole or
   * not at all; each document is complete either way). Documents already stored, by content
   * hash, are left as they are and only joined to the crisis. One multi-row statement per table
   * for the whole batch: with the embedded engine each statement costs a fifth of a millisecond
   * before any work, so batching is most of the ingest speed.
   */
  async ingestReports(batch: IngestBatchItem[]): Promise<IngestOutcome[]> {
    if (!batch.length) return [];
    const learned: Learned = { sources: new Map(), crises: new Map(), outlets: new Set() };
    const hashes = batch.map((b) => contentHash(b.input.raw));
    const outcomes = await this.db.transaction(async (tx): Promise<IngestOutcome[]> => {
      const { rows: found } = await tx.query<{ id: number; content_hash: string; n: number }>(
        'SELECT d.id, d.content_hash, (SELECT count(*) FROM claims c WHERE c.document_id = d.id) AS n FROM documents d WHERE d.content_hash = ANY ($1::text[])',
        [[...new Set(hashes)]],
      );
      const stored = new Map(found.map((r) => [r.content_hash, { id: Number(r.id), claims: Number(r.n) }]));
      // New documents, each content once (a batch may hold the same text twice).
      const firstOf = new Map<string, number>();
      hashes.forEach((h, i) => {
        if (!stored.has(h) && !firstOf.has(h)) firstOf.set(h, i);
      });
      const fresh = [...firstOf.values()];

      const ids = new Map<string, number>();
      if (fresh.length) {
        const inserted: Array<{ id: number; content_hash: string }> = [];
        await insertRows(
          tx,
          'documents',
          ['content_hash', 'origin', 'url', 'title', 'publisher', 'published', 'language', 'format', 'raw', 'clean_text', 'removed', 'signature'],
          fresh.map((i) => {
            const { input, report, signature } = batch[i]!;
            const doc = report.document;
            return [hashes[i], input.origin ?? null, input.url ?? doc.url, doc.title, input.publisher ?? null, doc.published, input.language ?? 'en', doc.format, input.raw, doc.text, JSON.stringify(doc.removed), signature ?? documentSignature(doc.text)];
          }),
          'id, content_hash',
          inserted,
        );
        for (const r of inserted) ids.set(r.content_hash, Number(r.id));
        const docs = fresh.map((i) => ({ documentId: ids.get(hashes[i]!)!, report: batch[i]!.report }));
        // Outlets are sources too (typed and aliased on the Sources page): one row per outlet.
        const outlets = [...new Set(fresh.map((i) => outletName(batch[i]!.input.publisher ?? null, batch[i]!.input.url ?? batch[i]!.report.document.url)).filter((o): o is string => !!o && !this.outlets.has(o)))];
        if (outlets.length) {
          await tx.query("INSERT INTO sources (name, type, kind) SELECT unnest($1::text[]), 'media', 'outlet' ON CONFLICT (name) DO NOTHING", [outlets]);
          for (const o of outlets) learned.outlets.add(o);
        }
        await this.insertClaims(tx, docs, learned);
        await insertRows(
          tx,
          'quotes',
          ['document_id', 'speaker', 'role', 'span_start', 'span_end', 'span_text'],
          docs.flatMap(({ documentId, report }) => report.quotes.map((q) => [documentId, q.speaker, q.role, q.span.start, q.span.end, q.span.text])),
        );
        await insertRows(
          tx,
          'place_mentions',
          ['document_id', 'name', 'place_id', 'place_name', 'precision', 'country_code', 'country_name', 'admin1', 'lat', 'lon', 'span_start', 'span_end', 'span_text'],
          docs.flatMap(({ documentId, report }) =>
            report.places.map((p) => [documentId, p.name, p.place.id, p.place.name, p.place.precision, p.place.countryCode, p.place.countryName, p.place.admin1, p.place.lat, p.place.lon, p.span.start, p.span.end, p.span.text]),
          ),
        );
        await insertRows(
          tx,
          'date_mentions',
          ['document_id', 'date', 'end_date', 'kind', 'crisis_start', 'span_start', 'span_end', 'span_text'],
          docs.flatMap(({ documentId, report }) => report.dates.map((d) => [documentId, d.date, d.end, d.kind, d.crisisStart ?? null, d.span.start, d.span.end, d.span.text])),
        );
        await tx.query(TOUCH_STORE);
        for (const i of fresh) {
          const { input, report, crisis, actor } = batch[i]!;
          await recordAudit(tx, {
            actor: actor ?? '', action: 'ingest', targetType: 'document', targetId: ids.get(hashes[i]!)!, crisis: crisis ?? null,
            after: { title: report.document.title, url: input.url ?? report.document.url, claims: report.claims.length },
          });
        }
      }

      const result = batch.map((b, i): IngestOutcome => {
        const h = hashes[i]!;
        const old = stored.get(h);
        if (old) return { status: 'unchanged', documentId: old.id, claims: old.claims };
        const documentId = ids.get(h)!;
        // The first copy in the batch is the one ingested; a repeat is unchanged.
        return { status: firstOf.get(h) === i ? 'ingested' : 'unchanged', documentId, claims: b.report.claims.length };
      });
      const byCrisis = new Map<string, number[]>();
      batch.forEach((b, i) => {
        if (!b.crisis) return;
        const list = byCrisis.get(b.crisis) ?? [];
        list.push(result[i]!.documentId);
        byCrisis.set(b.crisis, list);
      });
      for (const [crisis, docIds] of byCrisis) await this.assign(tx, crisis, [...new Set(docIds)], learned, !fresh.length);
      return result;
    });
    for (const [name, id] of learned.sources) this.sourceIds.set(name, id);
    for (const [name, id] of learned.crises) this.crisisIds.set(name, id);
    for (const o of learned.outlets) this.outlets.add(o);
    return outcomes;
  }

  private async insertClaims(tx: Queryable, docs: Array<{ documentId: number; report: Report }>, learned: Learned): Promise<void> {
    // Name -> the kind and country extraction gave it, if any (kept for a new source).
    const names = new Map<string, { kind: string | null; country: string | null }>();
    for (const { report } of docs) {
      for (const c of report.claims) if (c.source && !this.sourceIds.has(c.source.name) && !names.has(c.source.name)) names.set(c.source.name, { kind: c.source.kind ?? null, country: c.source.country ?? null });
    }
    const sourceIds = new Map<string, number>();
    if (names.size) {
      const list = [...names];
      const { rows } = await tx.query<{ id: number; name: string }>(
        // A new source starts with the type its name suggests; an existing one keeps its own.
        // A merged source's name leads to the source it joined.
        `INSERT INTO sources (name, type, kind, country) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
         ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING COALESCE(merged_into, id) AS id, name`,
        [list.map(([n]) => n), list.map(([n]) => guessSourceType(n)), list.map(([, v]) => v.kind), list.map(([, v]) => v.country)],
      );
      for (const r of rows) {
        sourceIds.set(r.name, Number(r.id));
        learned.sources.set(r.name, Number(r.id));
      }
    }
    const idOf = (name: string) => sourceIds.get(name) ?? this.sourceIds.get(name)!;
    await insertRows(
      tx,
      'claims',
      ['document_id', 'ordinal', 'category', 'low', 'high', 'estimate', 'qualifier', 'hedged', 'who', 'source_id', 'source_via', 'place_id', 'place_name', 'place_precision', 'country_code', 'country_name', 'admin1', 'lat', 'lon', 'as_of', 'cumulative', 'scope', 'span_start', 'span_end', 'span_text', 'extracted'],
      docs.flatMap(({ documentId, report }) =>
        report.claims.map((c, i) => [
          documentId, i, c.category, c.low, c.high, c.estimate, c.qualifier, c.hedged, c.who, c.source ? idOf(c.source.name) : null, c.source?.via ?? [],
          c.place?.id ?? null, c.place?.name ?? null, c.place?.precision ?? null, c.place?.countryCode ?? null, c.place?.countryName ?? null, c.place?.admin1 ?? null,
          c.place?.lat ?? null, c.place?.lon ?? null, c.asOf, c.cumulative, c.scope, c.span.start, c.span.end, c.span.text, JSON.stringify(c),
        ]),
      ),
    );
  }

  // ---- documents ------------------------------------------------------------------------

  async listDocuments(page: Page = {}, filter: DocumentFilter = {}): Promise<{ items: DocumentSummary[]; total: number }> {
    const { limit, offset } = pageOf(page);
    const params: unknown[] = [];
    const conditions: string[] = [];
    if (filter.crisis) {
      params.push(filter.crisis);
      conditions.push(`d.id IN (SELECT cd.document_id FROM crisis_documents cd JOIN crises k ON k.id = cd.crisis_id WHERE lower(k.name) = lower($${params.length}))`);
    }
    if (filter.hiddenCrisisIds?.length) conditions.push(visibleDocumentSql('d.id', `$${params.push(filter.hiddenCrisisIds)}`));
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const total = await this.db.query<{ n: number }>(`SELECT count(*) AS n FROM documents d ${where}`, params);
    params.push(limit, offset);
    const { rows } = await this.db.query<DocRow>(
      `SELECT ${DOC_COLUMNS} FROM documents d ${where} ORDER BY d.published DESC NULLS LAST, d.id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(toSummary), total: Number(total.rows[0]!.n) };
  }

  async searchDocuments(words: string, page: Page = {}, filter: DocumentFilter = {}): Promise<{ items: DocumentSummary[]; total: number }> {
    const q = words.trim();
    if (!q) return { items: [], total: 0 };
    const { limit, offset } = pageOf(page);
    const params: unknown[] = [q];
    let where = `d.search @@ websearch_to_tsquery('english', $1)`;
    if (filter.crisis) {
      params.push(filter.crisis);
      where += ` AND d.id IN (SELECT cd.document_id FROM crisis_documents cd JOIN crises k ON k.id = cd.crisis_id WHERE lower(k.name) = lower($2))`;
    }
    if (filter.hiddenCrisisIds?.length) where += ` AND ${visibleDocumentSql('d.id', `$${params.push(filter.hiddenCrisisIds)}`)}`;
    const total = await this.db.query<{ n: number }>(`SELECT count(*) AS n FROM documents d WHERE ${where}`, params);
    const { rows } = await this.db.query<DocRow & { excerpt: string }>(
      `SELECT ${DOC_COLUMNS},
         ts_headline('english', d.clean_text, websearch_to_tsquery('english', $1), 'StartSel=«, StopSel=», MaxWords=30, MinWords=12') AS excerpt
       FROM documents d WHERE ${where}
       ORDER BY ts_rank(d.search, websearch_to_tsquery('english', $1)) DESC, d.id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
    return { items: rows.map((r) => ({ ...toSummary(r), excerpt: r.excerpt })), total: Number(total.rows[0]!.n) };
  }

  async getDocument(id: number): Promise<StoredDocument | null> {
    const { rows } = await this.db.query<DocRow & { clean_text: string; removed: Report['document']['removed'] }>(
      `SELECT ${DOC_COLUMNS}, d.clean_text, d.removed FROM documents d WHERE d.id = $1`,
      [id],
    );
    const d = rows[0];
    if (!d) return null;
    const [claims, quotes, places, dates, crises] = await Promise.all([
      this.listClaims({ documentId: id, includeRejected: true }, { limit: MAX_PAGE }),
      this.db.query<{ speaker: string | null; role: string | null; span_start: number; span_end: number; span_text: string }>(
        'SELECT speaker, role, span_start, span_end, span_text FROM quotes WHERE document_id = $1 ORDER BY span_start',
        [id],
      ),
      this.db.query<Record<string, unknown>>('SELECT * FROM place_mentions WHERE document_id = $1 ORDER BY span_start', [id]),
      this.db.query<Record<string, unknown>>('SELECT * FROM date_mentions WHERE document_id = $1 ORDER BY span_start', [id]),
      this.db.query<{ name: string }>('SELECT k.name FROM crises k JOIN crisis_documents cd ON cd.crisis_id = k.id WHERE cd.document_id = $1 ORDER BY k.name', [id]),
    ]);
    const span = (r: { span_start: unknown; span_end: unknown; span_text: unknown }) => ({ start: Number(r.span_start), end: Number(r.span_end), text: String(r.span_text) });
    return {
      ...toSummary(d),
      text: d.clean_text,
      removed: typeof d.removed === 'string' ? JSON.parse(d.removed) : d.removed,
      claims: claims.items.sort((a, b) => a.span.start - b.span.start),
      quotes: quotes.rows.map((q) => ({ speaker: q.speaker, role: q.role, span: span(q) })),
      places: places.rows.map((p) => ({
        name: String(p.name),
        place: {
          id: String(p.place_id),
          name: String(p.place_name),
          precision: p.precision as 'city' | 'region' | 'country',
          countryCode: String(p.country_code),
          countryName: String(p.country_name),
          admin1: (p.admin1 as string | null) ?? null,
          lat: Number(p.lat),
          lon: Number(p.lon),
        },
        span: span(p as { span_start: unknown; span_end: unknown; span_text: unknown }),
      })),
      dates: dates.rows.map((r) => ({
        date: day(r.date as string)!,
        end: day(r.end_date as string)!,
        kind: r.kind as 'absolute' | 'relative' | 'crisis_day',
        ...(r.crisis_start ? { crisisStart: day(r.crisis_start as string)! } : {}),
        span: span(r as { span_start: unknown; span_end: unknown; span_text: unknown }),
      })),
      crises: crises.rows.map((r) => r.name),
    };
  }

  // ---- claims ---------------------------------------------------------------------------

  async listClaims(filter: ClaimFilter = {}, page: ClaimPageRequest = {}): Promise<ClaimPage> {
    const { where, params } = await this.claimWhere(filter);
    const { limit, offset } = pageOf(page);
    const dir = page.order === 'asc' ? 'ASC NULLS FIRST' : 'DESC NULLS LAST';
    const sort = page.sort && page.sort in SORT_COLUMNS ? page.sort : 'asOf';
    const order = sort === 'id' ? `ORDER BY c.id ${dir}` : `ORDER BY ${SORT_COLUMNS[sort]} ${dir}, c.id ${page.order === 'asc' ? 'ASC' : 'DESC'}`;
    const [rows, count] = await Promise.all([
      this.db.query<ClaimRow>(
        `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN sources s ON s.id = c.source_id
         ${where} ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, limit, offset],
      ),
      // Filters only touch claims columns: the count needs no join.
      this.db.query<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM claims c ${where} LIMIT ${COUNT_CAP + 1}) t`, params),
    ]);
    const n = Number(count.rows[0]!.n);
    return { items: rows.rows.map(toClaim), total: Math.min(n, COUNT_CAP), totalIsExact: n <= COUNT_CAP };
  }

  /**
   * The WHERE clause of a claim filter. Names (source, crisis) are resolved to ids first: the
   * planner estimates `source_id = ANY(ids)` well, and a subquery in its place badly (it then
   * scans a million claims to count a few hundred).
   */
  private async claimWhere(f: ClaimFilter): Promise<{ where: string; params: unknown[] }> {
    let sourceIds: number[] | undefined;
    if (f.source) {
      const { rows } = await this.db.query<{ id: number }>(
        'SELECT id FROM sources WHERE lower(name) = lower($1) OR lower($1) = ANY (SELECT lower(a) FROM unnest(aliases) a)',
        [f.source],
      );
      sourceIds = rows.map((r) => Number(r.id));
    }
    let crisisId: number | null | undefined;
    if (f.crisis) {
      const { rows } = await this.db.query<{ id: number }>('SELECT id FROM crises WHERE lower(name) = lower($1)', [f.crisis]);
      crisisId = rows[0] ? Number(rows[0].id) : null;
    }
    return claimWhere(f, { sourceIds, crisisId });
  }

  /**
   * The review queue of a crisis: its unreviewed claims in order of impact. Claims in `first`
   * (those behind the headlines), then in `next` (each source's latest figure), then the largest
   * figures, then by source name; `offset` skips the ones an analyst passed over. With the
   * queue's length and how many of the crisis's claims are reviewed, and the paragraph each
   * claim's span stands in.
   */
  async reviewQueue(
    crisis: string,
    order: { first: number[]; next: number[] },
    page: { category?: Category; offset?: number; limit?: number } = {},
  ): Promise<ReviewQueuePage> {
    const known = await this.getCrisis(crisis);
    if (!known) throw new NotFoundError(`no crisis called "${crisis}"`);
    const limit = Math.min(Math.max(page.limit ?? 1, 1), 50);
    const offset = Math.max(page.offset ?? 0, 0);
    const [items, counts] = await Promise.all([
      this.db.query<ClaimRow & { priority: number; clean_text: string }>(
        `SELECT ${CLAIM_COLUMNS},
           CASE WHEN c.id = ANY($2::bigint[]) THEN 0 WHEN c.id = ANY($3::bigint[]) THEN 1 ELSE 2 END AS priority,
           substr(d.clean_text, greatest(c.span_start - ${PARAGRAPH_REACH}, 0) + 1, c.span_end - greatest(c.span_start - ${PARAGRAPH_REACH}, 0) + ${PARAGRAPH_REACH}) AS clean_text
         FROM crisis_documents cd JOIN claims c ON c.document_id = cd.document_id JOIN documents d ON d.id = c.document_id
           LEFT JOIN sources s ON s.id = c.source_id
         WHERE cd.crisis_id = $1 AND ($4::text IS NULL OR c.category = $4) AND c.review_status = 'unreviewed'
         ORDER BY priority, c.estimate DESC, s.name NULLS LAST, c.id
         LIMIT ${limit} OFFSET ${offset}`,
        [known.id, order.first, order.next, page.category ?? null],
      ),
      this.db.query<{ total: number; reviewed: number }>(
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
        const claim = toClaim(r);
        const windowStart = Math.max(claim.span.start - PARAGRAPH_REACH, 0);
        return { claim, reason: (['headline', 'latest', 'figure'] as const)[Number(r.priority)]!, paragraph: paragraphAround(r.clean_text, windowStart, claim.span) };
      }),
    };
  }

  /** Every claim matching a filter (for exports), up to `max`. */
  async allClaims(filter: ClaimFilter = {}, max = 200_000): Promise<StoredClaim[]> {
    const out: StoredClaim[] = [];
    for (let offset = 0; offset < max; offset += MAX_PAGE) {
      const page = await this.listClaims(filter, { limit: Math.min(MAX_PAGE, max - offset), offset, sort: 'id', order: 'asc' });
      out.push(...page.items);
      if (page.items.length < MAX_PAGE) break;
    }
    return out;
  }

  /** Resolved places with their claims (after the filter), for the map. */
  async listPlaces(filter: ClaimFilter = {}, limit = 2000): Promise<PlaceSummary[]> {
    const { where, params } = await this.claimWhere(filter);
    const { rows } = await this.db.query<Record<string, unknown>>(
      `SELECT c.place_id, min(c.place_name) AS name, min(c.place_precision) AS precision, min(c.country_code) AS country_code,
         min(c.country_name) AS country_name, min(c.admin1) AS admin1, min(c.lat) AS lat, min(c.lon) AS lon,
         count(*) AS claims, max(c.estimate) AS max_estimate, array_agg(DISTINCT c.category) AS categories
       FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN sources s ON s.id = c.source_id
       ${where ? `${where} AND` : 'WHERE'} c.place_id IS NOT NULL AND c.lat IS NOT NULL
       GROUP BY c.place_id ORDER BY count(*) DESC, c.place_id LIMIT $${params.length + 1}`,
      [...params, limit],
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

  async getClaim(id: number): Promise<StoredClaim | null> {
    const { rows } = await this.db.query<ClaimRow>(
      `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN sources s ON s.id = c.source_id WHERE c.id = $1`,
      [id],
    );
    return rows[0] ? toClaim(rows[0]) : null;
  }

  /**
   * Accept, edit or reject a claim; the change is recorded with its before and after values.
   * Refused when the values are not a claim's (bounds out of order, a count that is not a whole
   * number of people, an impossible date, a place the gazetteer does not know, an edit that
   * changes nothing) or when `change.version` is not the claim's current version.
   */
  async reviewClaim(id: number, change: ReviewChange): Promise<StoredClaim> {
    if (!change.reviewer.trim()) throw new InvalidInputError('a review needs the reviewer\'s name');
    const ch = change.changes ?? {};
    for (const field of ['low', 'high', 'estimate'] as const) {
      const v = ch[field];
      if (v === undefined || (v === null && field !== 'estimate')) continue;
      const problem = countProblem(v);
      if (problem) throw new InvalidInputError(`${field} ${problem}`);
    }
    if (ch.asOf != null && !isCalendarDay(ch.asOf)) throw new InvalidInputError(`asOf "${ch.asOf}" is not a calendar date: give one like 2019-12-04, or none`);
    return this.db.transaction(async (tx) => {
      // Locked, so that two reviews of one claim are checked against each other's result.
      const { rows: current } = await tx.query<{ version: number; reviewer: string | null; reviewed_at: Date | string | null }>(
        'SELECT version, reviewer, reviewed_at FROM claims WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!current[0]) throw new NotFoundError(`claim ${id} does not exist`);
      if (change.version !== undefined && Number(current[0].version) !== change.version) {
        const { reviewer, reviewed_at: at } = current[0];
        const when = at ? `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'an unknown time';
        throw new ConflictError(`this claim was changed by ${reviewer ?? 'another reviewer'} at ${when}; reload it and apply your edit again`);
      }
      const before = (await this.getClaimIn(tx, id))!;
      const sets: string[] = [];
      const params: unknown[] = [];
      const set = (column: string, value: unknown) => {
        params.push(value);
        sets.push(`${column} = $${params.length}`);
      };
      if (ch.category !== undefined) set('category', ch.category);
      if (ch.low !== undefined) set('low', ch.low);
      if (ch.high !== undefined) set('high', ch.high);
      if (ch.qualifier !== undefined) set('qualifier', ch.qualifier);
      if (ch.hedged !== undefined) set('hedged', ch.hedged);
      if (ch.who !== undefined) set('who', ch.who);
      if (ch.asOf !== undefined) set('as_of', ch.asOf);
      if (ch.cumulative !== undefined) set('cumulative', ch.cumulative);
      if (ch.scope !== undefined) set('scope', ch.scope);
      if (ch.via !== undefined) set('source_via', ch.via);
      if (ch.placeName !== undefined) {
        // A place is where the claim sits on the map, in the tally and in exports: the name
        // alone is not enough, so the new name is geocoded (or the place cleared).
        const name = ch.placeName?.trim();
        const place = name ? geocodeReviewPlace(name, before.place) : null;
        set('place_id', place?.id ?? null);
        set('place_name', place?.name ?? null);
        set('place_precision', place?.precision ?? null);
        set('country_code', place?.countryCode ?? null);
        set('country_name', place?.countryName ?? null);
        set('admin1', place?.admin1 ?? null);
        set('lat', place?.lat ?? null);
        set('lon', place?.lon ?? null);
      }
      if (ch.source !== undefined) set('source_id', ch.source ? await sourceId(tx, ch.source) : null);
      // The estimate stays the conservative value unless set explicitly.
      const bounds = ch.low !== undefined || ch.high !== undefined || ch.estimate !== undefined;
      const low = ch.low !== undefined ? ch.low : before.low;
      const high = ch.high !== undefined ? ch.high : before.high;
      const estimate = ch.estimate ?? (ch.low !== undefined || ch.high !== undefined ? (low ?? high) : undefined);
      if (estimate === null) throw new InvalidInputError('a claim needs a low or a high bound');
      if (bounds) checkBounds(low, high, estimate ?? before.estimate);
      if (estimate !== undefined) set('estimate', estimate);
      const edited = sets.length > 0;
      let status: ReviewStatus = change.status === 'accepted' && edited ? 'edited' : change.status;
      set('review_status', status);
      set('reviewed_at', new Date().toISOString());
      set('reviewer', change.reviewer);
      params.push(id);
      await tx.query(`UPDATE claims SET ${sets.join(', ')}, version = version + 1 WHERE id = $${params.length}`, params);
      const after = (await this.getClaimIn(tx, id))!;
      const changed = comparable(before) !== comparable(after);
      if (status === 'edited' && !changed) {
        if (change.status !== 'accepted') throw new InvalidInputError('this edit changes nothing: change at least one field, or accept the claim as it is');
        // An accept that restated the claim's own values is an accept.
        status = 'accepted';
        await tx.query(`UPDATE claims SET review_status = 'accepted' WHERE id = $1`, [id]);
        after.reviewStatus = 'accepted';
      }
      const action = status === 'rejected' ? 'reject' : status === 'unreviewed' ? 'reset' : changed ? 'edit' : 'accept';
      await tx.query('UPDATE crisis_documents SET claims_version = claims_version + 1 WHERE document_id = $1', [before.documentId]);
      await tx.query('UPDATE crises SET revision = revision + 1 WHERE id IN (SELECT crisis_id FROM crisis_documents WHERE document_id = $1)', [before.documentId]);
      await tx.query(TOUCH_STORE);
      await tx.query('INSERT INTO claim_reviews (claim_id, reviewer, action, before, after, note) VALUES ($1, $2, $3, $4, $5, $6)', [
        id, change.reviewer, action, JSON.stringify(claimValues(before)), JSON.stringify(claimValues(after)), change.note ?? null,
      ]);
      await recordAudit(tx, {
        actor: change.reviewer, action: `review.${action}`, targetType: 'claim', targetId: id, crisis: await crisisOfDocument(tx, before.documentId),
        before: claimValues(before), after: claimValues(after), note: change.note ?? null,
      });
      return after;
    });
  }

  private async getClaimIn(tx: Queryable, id: number): Promise<StoredClaim | null> {
    const { rows } = await tx.query<ClaimRow>(
      `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN sources s ON s.id = c.source_id WHERE c.id = $1`,
      [id],
    );
    return rows[0] ? toClaim(rows[0]) : null;
  }

  async claimHistory(id: number): Promise<ReviewRecord[]> {
    const { rows } = await this.db.query<{ id: number; at: Date | string; reviewer: string; action: ReviewRecord['action']; before: unknown; after: unknown; note: string | null }>(
      'SELECT id, at, reviewer, action, before, after, note FROM claim_reviews WHERE claim_id = $1 ORDER BY at, id',
      [id],
    );
    const obj = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown>;
    return rows.map((r) => ({ id: Number(r.id), at: new Date(r.at).toISOString(), reviewer: r.reviewer, action: r.action, before: obj(r.before), after: obj(r.after), note: r.note }));
  }

  // ---- sources --------------------------------------------------------------------------

  /** Names, types, grades, aliases and merges of every source, without claim counts (cheap at any size). */
  sourceDirectory(): Promise<sources.SourceDirectoryEntry[]> {
    return sources.sourceDirectory(this.db);
  }

  listSources(): Promise<sources.SourceRecord[]> {
    return sources.listSources(this.db);
  }

  /** One source (NotFoundError when there is none). */
  getSourceById(id: number): Promise<sources.SourceRecord> {
    return sources.getSource(this.db, id);
  }

  /** A source by name or alias (case-insensitive), or null. */
  findSource(name: string): Promise<sources.SourceRecord | null> {
    return sources.findSource(this.db, name);
  }

  /** Sets type, kind, grade or aliases; an alias naming another source needs `merge: true` (else ConflictError). */
  async updateSource(id: number, patch: sources.SourcePatch): Promise<sources.SourceRecord> {
    const r = await sources.updateSource(this.db, id, patch);
    this.sourceIds.clear();
    return r;
  }

  async mergeSources(from: string, into: string, editor?: string): Promise<sources.SourceRecord> {
    const r = await sources.mergeSources(this.db, from, into, editor);
    // Names learned for the merged source now lead to the other one.
    this.sourceIds.clear();
    return r;
  }

  async splitSource(name: string, alias: string, editor?: string): Promise<{ source: sources.SourceRecord; split: sources.SourceRecord }> {
    const r = await sources.splitSource(this.db, name, alias, editor);
    this.sourceIds.clear();
    return r;
  }

  sourceEdits(id: number) {
    return sources.sourceEdits(this.db, id);
  }

  // ---- crises ---------------------------------------------------------------------------

  /** Creates a crisis, or updates its start date and region when it exists; `actor`: who (audit log). */
  async createCrisis(input: { name: string; startDate?: string | null; region?: string | null; actor?: string }): Promise<Crisis> {
    const name = input.name.trim();
    if (!name) throw new InvalidInputError('a crisis needs a name');
    const { rows } = await this.db.transaction(async (tx) => {
      const { rows: was } = await tx.query<CrisisRow>('SELECT id, name, start_date, region FROM crises WHERE name = $1', [name]);
      const r = await tx.query<CrisisRow>(
        `INSERT INTO crises (name, start_date, region) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET start_date = COALESCE(EXCLUDED.start_date, crises.start_date), region = COALESCE(EXCLUDED.region, crises.region),
           revision = crises.revision + 1
         RETURNING id, name, start_date, region`,
        [name, input.startDate ?? null, input.region ?? null],
      );
      await tx.query(TOUCH_STORE);
      const values = (c: Crisis) => ({ name: c.name, startDate: c.startDate, region: c.region });
      await recordAudit(tx, {
        actor: input.actor ?? '', action: was[0] ? 'crisis.update' : 'crisis.create', targetType: 'crisis', targetId: Number(r.rows[0]!.id), crisis: name,
        before: was[0] ? values(toCrisis(was[0])) : null, after: values(toCrisis(r.rows[0]!)),
      });
      return r;
    });
    return toCrisis(rows[0]!);
  }

  async listCrises(): Promise<Array<Crisis & { documents: number }>> {
    const { rows } = await this.db.query<CrisisRow & { n: number }>(
      'SELECT k.id, k.name, k.start_date, k.region, (SELECT count(*) FROM crisis_documents cd WHERE cd.crisis_id = k.id) AS n FROM crises k ORDER BY k.start_date DESC NULLS LAST, k.name',
    );
    return rows.map((r) => ({ ...toCrisis(r), documents: Number(r.n) }));
  }

  async getCrisis(name: string): Promise<Crisis | null> {
    const { rows } = await this.db.query<CrisisRow>('SELECT id, name, start_date, region FROM crises WHERE lower(name) = lower($1)', [name.trim()]);
    return rows[0] ? toCrisis(rows[0]) : null;
  }

  async addToCrisis(name: string, documentIds: number[]): Promise<void> {
    const learned: Learned = { sources: new Map(), crises: new Map(), outlets: new Set() };
    await this.db.transaction((tx) => this.assign(tx, name, documentIds, learned));
    for (const [n, id] of learned.crises) this.crisisIds.set(n, id);
  }

  /** Adds documents to a crisis (created if missing); `touch` false when the caller marks the store changed itself. */
  private async assign(tx: Queryable, name: string, documentIds: number[], learned: Learned, touch = true): Promise<void> {
    const key = name.trim();
    let crisisId = this.crisisIds.get(key);
    if (crisisId === undefined) {
      const { rows } = await tx.query<{ id: number }>('INSERT INTO crises (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id', [key]);
      learned.crises.set(key, (crisisId = Number(rows[0]!.id)));
    }
    let added = 0;
    for (const id of documentIds) {
      added += (await tx.query('INSERT INTO crisis_documents (crisis_id, document_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING document_id', [crisisId, id])).rows.length;
    }
    // Taken last in the ingest transaction: concurrent workers hold the crisis row only briefly.
    if (added) {
      await tx.query('UPDATE crises SET revision = revision + 1 WHERE id = $1', [crisisId]);
      if (touch) await tx.query(TOUCH_STORE);
    }
  }

  /** The store's revision: it changes with every write. */
  async revision(): Promise<number> {
    const { rows } = await this.db.query<{ revision: number | string }>('SELECT revision FROM store_state WHERE id = 1');
    return Number(rows[0]?.revision ?? 0);
  }

  /** The crisis's revision: it changes whenever something its tally depends on does. */
  async crisisRevision(crisisId: number): Promise<number> {
    const { rows } = await this.db.query<{ revision: number | string }>('SELECT revision FROM crises WHERE id = $1', [crisisId]);
    return rows[0] ? Number(rows[0].revision) : -1;
  }

  /**
   * The claims of a crisis as reviewed (rejected ones left out), for the tally: lean (no
   * document or source join, dates as text) because a large crisis has a hundred thousand of
   * them. Document fields come from `crisisDocuments`, source names and types from
   * `sourceDirectory`. `documentIds` reads only those documents' claims.
   */
  async claimsForTally(crisisId: number, filter: { category?: Category; documentIds?: number[] } = {}): Promise<TallyClaim[]> {
    const params: unknown[] = [crisisId];
    const where: string[] = [];
    if (filter.category) where.push(`c.category = $${params.push(filter.category)}`);
    if (filter.documentIds) where.push(`c.document_id = ANY($${params.push(filter.documentIds)}::bigint[])`);
    // Claims come as JSON arrays, a chunk of them per row: the embedded engine decodes a
    // hundred thousand 25-column rows several times slower than a few long texts (the server
    // takes about as long either way), and chunks keep each text far below V8's string limit.
    const { rows } = await this.db.query<{ j: string }>(
      `SELECT json_agg(json_build_array(id, document_id, category, low, high, estimate, qualifier, hedged, who, source_id, source_via,
         place_id, place_name, place_precision, country_code, country_name, admin1, lat, lon, as_of,
         cumulative, scope, span_start, span_end, span_text, review_status))::text AS j
       FROM (SELECT c.*, (row_number() OVER ()) / ${TALLY_CHUNK} AS chunk
             FROM crisis_documents cd JOIN claims c ON c.document_id = cd.document_id
             WHERE cd.crisis_id = $1 AND c.review_status <> 'rejected' ${where.map((w) => `AND ${w}`).join(' ')}) c
       GROUP BY chunk`,
      params,
    );
    const out: TallyClaim[] = [];
    // One object per place: claims about the same place share it (less memory, faster reads).
    const places = new Map<string, ResolvedPlace | null>();
    for (const { j } of rows) {
      for (const r of JSON.parse(j) as TallyClaimTuple[]) {
        const [id, documentId, cat, low, high, estimate, qualifier, hedged, who, sourceId, via, placeId, placeName, precision, countryCode, countryName, admin1, lat, lon, asOf, cumulative, scope, start, end, text, status] = r;
        const placeKey = `${placeId}|${placeName}|${precision}|${countryCode}|${countryName}|${admin1}|${lat}|${lon}`;
        let place = places.get(placeKey);
        if (place === undefined) places.set(placeKey, (place = placeFrom(placeId, placeName, precision, countryCode, countryName, admin1, lat, lon)));
        // Spelled out, not spread: this runs for every claim of a crisis.
        out.push({
          id: Number(id),
          documentId: Number(documentId),
          sourceId: sourceId === null ? null : Number(sourceId),
          category: cat,
          low: num(low),
          high: num(high),
          estimate: Number(estimate),
          qualifier,
          hedged,
          who,
          via: via ?? [],
          place,
          asOf,
          cumulative,
          scope,
          span: { start, end, text },
          reviewStatus: status,
        });
      }
    }
    return out;
  }

  /**
   * A crisis's documents: what the tally shows of each, and versions (PostgreSQL's `xmin`,
   * renewed by every change of a row) of the document and of its claims.
   */
  async crisisDocuments(crisisId: number): Promise<CrisisDocument[]> {
    const { rows } = await this.db.query<{ id: number; version: string; claims_version: string; published: string | null; publisher: string | null; title: string | null; url: string | null }>(
      `SELECT d.id, d.xmin::text AS version, cd.xmin::text AS claims_version, d.published::text AS published, d.publisher, d.title, d.url
       FROM documents d JOIN crisis_documents cd ON cd.document_id = d.id WHERE cd.crisis_id = $1`,
      [crisisId],
    );
    return rows.map((r) => ({ id: Number(r.id), version: r.version, claimsVersion: r.claims_version, published: r.published, publisher: r.publisher, title: r.title, url: r.url }));
  }

  /** Near-duplicate signatures of some documents (see tally/near-duplicates.ts); missing ones are left out. */
  async documentSignatures(ids: number[]): Promise<Map<number, number[]>> {
    const { rows } = await this.db.query<{ id: number; signature: unknown }>('SELECT id, signature FROM documents WHERE id = ANY($1::bigint[]) AND signature IS NOT NULL', [ids]);
    return new Map(rows.map((r) => [Number(r.id), pgArray(r.signature).map(Number)]));
  }

  /** "Day N" of the crisis that documents date themselves by, per document. */
  async crisisDays(crisisId: number): Promise<Map<number, number>> {
    const { rows } = await this.db.query<{ document_id: number; span_text: string }>(
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

  async counts(): Promise<{ documents: number; claims: number; sources: number; crises: number }> {
    const { rows } = await this.db.query<{ d: number; c: number; s: number; k: number }>(
      'SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM claims) AS c, (SELECT count(*) FROM sources) AS s, (SELECT count(*) FROM crises) AS k',
    );
    const r = rows[0]!;
    return { documents: Number(r.d), claims: Number(r.c), sources: Number(r.s), crises: Number(r.k) };
  }
}

/** The outlet of a document, as the tally names it: its publisher, else its URL's host. */
function outletName(publisher: string | null, url: string | null): string | null {
  if (publisher?.trim()) return publisher.trim();
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const TOUCH_STORE = 'UPDATE store_state SET revision = revision + 1 WHERE id = 1';

/** One document for `ingestReports`. */
export interface IngestBatchItem {
  input: DocumentInput;
  report: Report;
  /** The clean text's near-duplicate signature, when already computed (else computed here). */
  signature?: number[];
  crisis?: string;
  /** Who ingests it (audit log): the operating-system user for the CLI, else "web". */
  actor?: string;
}

/** The crisis a document belongs to (the first, when several), for the audit log. */
async function crisisOfDocument(tx: Queryable, documentId: number): Promise<string | null> {
  const { rows } = await tx.query<{ name: string }>('SELECT c.name FROM crisis_documents cd JOIN crises c ON c.id = cd.crisis_id WHERE cd.document_id = $1 ORDER BY c.id LIMIT 1', [documentId]);
  return rows[0]?.name ?? null;
}

/** Ids a transaction created or looked up, for the Store's caches once it commits. */
interface Learned {
  sources: Map<string, number>;
  outlets: Set<string>;
  crises: Map<string, number>;
}

/** Signatures of documents stored before migration 3, in batches. */
async function fillSignatures(db: Db): Promise<void> {
  for (;;) {
    const { rows } = await db.query<{ id: number; clean_text: string }>('SELECT id, clean_text FROM documents WHERE signature IS NULL ORDER BY id LIMIT 200');
    if (!rows.length) return;
    await db.transaction(async (tx) => {
      for (const r of rows) await tx.query('UPDATE documents SET signature = $1 WHERE id = $2', [documentSignature(r.clean_text), r.id]);
    });
  }
}


interface CrisisRow {
  id: number;
  name: string;
  start_date: string | Date | null;
  region: string | null;
}
const toCrisis = (r: CrisisRow): Crisis => ({ id: Number(r.id), name: r.name, startDate: day(r.start_date), region: r.region });

const DOC_COLUMNS = `d.id, d.title, d.url, d.publisher, d.published, d.retrieved, d.format, d.origin,
  (SELECT count(*) FROM claims c WHERE c.document_id = d.id AND c.review_status <> 'rejected') AS claim_count`;
interface DocRow {
  id: number;
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | Date | null;
  retrieved: string | Date;
  format: string;
  origin: string | null;
  claim_count: number;
}
const toSummary = (r: DocRow): DocumentSummary => ({
  id: Number(r.id),
  title: r.title,
  url: r.url,
  publisher: r.publisher,
  published: day(r.published),
  retrieved: new Date(r.retrieved).toISOString(),
  format: r.format,
  origin: r.origin,
  claimCount: Number(r.claim_count),
});

/** A PostgreSQL array as the driver returns it (parsed, or as "{a,b}" text for unknown types). */
function pgArray(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') return v.replace(/^\{|\}$/g, '').split(',').filter(Boolean).map((x) => x.replace(/^"|"$/g, ''));
  return [];
}

function pageOf(page: Page): { limit: number; offset: number } {
  const limit = Math.max(1, Math.min(MAX_PAGE, Math.floor(page.limit ?? 50)));
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  return { limit, offset };
}

function claimWhere(f: ClaimFilter, resolved: { sourceIds?: number[]; crisisId?: number | null }): { where: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    parts.push(sql(`$${params.length}`));
  };
  if (!f.includeRejected && !f.status) parts.push(`c.review_status <> 'rejected'`);
  if (f.status) add((p) => `c.review_status = ${p}`, f.status);
  if (f.category) add((p) => `c.category = ${p}`, f.category);
  if (f.documentId !== undefined) add((p) => `c.document_id = ${p}`, f.documentId);
  if (resolved.sourceIds) add((p) => `c.source_id = ANY (${p}::bigint[])`, resolved.sourceIds);
  // Each alternative has its own index (migration 2; country codes are stored upper-case).
  if (f.place) add((p) => `(lower(c.place_name) = lower(${p}) OR lower(c.admin1) = lower(${p}) OR lower(c.country_name) = lower(${p}) OR c.country_code = upper(${p}))`, f.place);
  if (resolved.crisisId !== undefined) add((p) => `c.document_id IN (SELECT document_id FROM crisis_documents WHERE crisis_id = ${p})`, resolved.crisisId ?? -1);
  if (f.since) add((p) => `c.as_of >= ${p}`, f.since);
  if (f.until) add((p) => `c.as_of <= ${p}`, f.until);
  if (f.hiddenCrisisIds?.length) add((p) => visibleDocumentSql('c.document_id', p), f.hiddenCrisisIds);
  return { where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

async function sourceId(tx: Queryable, name: string): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    'INSERT INTO sources (name, type) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING COALESCE(merged_into, id) AS id',
    [name, guessSourceType(name)],
  );
  return Number(rows[0]!.id);
}

/** One multi-row INSERT (chunked to stay under the parameter limit), optionally collecting RETURNING rows. */
async function insertRows<R = never>(tx: Queryable, table: string, columns: string[], rows: unknown[][], returning?: string, out?: R[]): Promise<void> {
  const perChunk = Math.max(1, Math.floor(30_000 / columns.length));
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    const params: unknown[] = [];
    const values = chunk.map((row) => `(${row.map((v) => {
      params.push(v);
      return `$${params.length}`;
    }).join(', ')})`);
    const r = await tx.query<R>(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}${returning ? ` RETURNING ${returning}` : ''}`, params);
    if (out) out.push(...r.rows);
  }
}
