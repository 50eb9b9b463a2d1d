/**
 * The store: documents with everything extracted from them, sources, reviews and crises, in
 * PostgreSQL (embedded PGlite or a server). One facade the CLI, the tally and the web server
 * use; each aggregate lives in its own module, as plain functions over a connection:
 *
 *   Store.open(opts)                      open (and migrate) the database
 *   ingestReport(s) / listDocuments / searchDocuments / getDocument             documents.ts
 *   listClaims / getClaim / allClaims / listPlaces                              claims.ts
 *   reviewQueue                                                                 review-queue.ts
 *   reviewClaim / claimHistory                                                  reviews.ts
 *   listSources / findSource / updateSource / mergeSources / splitSource       sources.ts
 *   createCrisis / listCrises / getCrisis / addToCrisis                         crises.ts
 *   claimsForTally / crisisDocuments / documentSignatures / crisisDays          tally-reads.ts
 *   revision / crisisRevision: what every write moves (markChanged)             revisions.ts
 *
 * A claim's columns, and every mapping between a claim and its row, are in claim-columns.ts.
 */
import type { Category, Crisis, Report } from '../domain.js';
import * as claims from './claims.js';
import * as crises from './crises.js';
import { openDb, type Db, type OpenOptions } from './db.js';
import * as documents from './documents.js';
import { KnownIds } from './known-ids.js';
import { migrate } from './migrations.js';
import { Owned } from './owned.js';
import { reviewQueue } from './review-queue.js';
import * as reviews from './reviews.js';
import { crisisRevision, storeRevision } from './revisions.js';
import * as sources from './sources.js';
import type { Page } from './sql.js';
import { visibleDocumentSql } from './visibility.js';
import * as tallyReads from './tally-reads.js';

export { ConflictError, InvalidInputError, NotFoundError } from './errors.js';
export type { SourceDirectoryEntry, SourcePatch, SourceRecord } from './sources.js';
export type { AuditEntry } from './audit.js';
export type { OpenOptions } from './db.js';
export type { StoredClaim, TallyClaim } from './claim-columns.js';
export { CLAIM_SORTS, COUNT_CAP, type ClaimFilter, type ClaimPage, type ClaimPageRequest, type ClaimSort, type PlaceSummary } from './claims.js';
export {
  contentHash,
  type DocumentFilter,
  type DocumentInput,
  type DocumentSummary,
  type IngestBatchItem,
  type IngestOutcome,
  type StoredDocument,
} from './documents.js';
export { paragraphAround, type QueueItem, type QueueReason, type ReviewQueuePage } from './review-queue.js';
export type { ReviewChange, ReviewRecord } from './reviews.js';
export type { CrisisDocument } from './tally-reads.js';
export { MAX_PAGE, type Page } from './sql.js';

export class Store {
  /** Ids of names this store has committed (sources, outlets, crises). */
  private readonly known = new KnownIds();
  /** The caches read models keep of this store (see owned.ts). */
  readonly owned = new Owned();

  private constructor(readonly db: Db) {}

  static async open(opts: OpenOptions = {}): Promise<Store> {
    const db = await openDb(opts);
    try {
      await migrate(db);
      await documents.fillSignatures(db);
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

  // ---- documents ------------------------------------------------------------------------

  async ingestReport(input: documents.DocumentInput, report: Report, opts: { crisis?: string; actor?: string } = {}): Promise<documents.IngestOutcome> {
    return (await this.ingestReports([{ input, report, crisis: opts.crisis, actor: opts.actor }]))[0]!;
  }

  /** Several documents in one transaction (see documents.ts). */
  ingestReports(batch: documents.IngestBatchItem[]): Promise<documents.IngestOutcome[]> {
    return documents.ingestReports(this.db, this.known, batch);
  }

  listDocuments(page: Page = {}, filter: documents.DocumentFilter = {}) {
    return documents.listDocuments(this.db, page, filter);
  }

  searchDocuments(words: string, page: Page = {}, filter: documents.DocumentFilter = {}) {
    return documents.searchDocuments(this.db, words, page, filter);
  }

  getDocument(id: number): Promise<documents.StoredDocument | null> {
    return documents.getDocument(this.db, id);
  }

  // ---- claims ---------------------------------------------------------------------------

  listClaims(filter: claims.ClaimFilter = {}, page: claims.ClaimPageRequest = {}): Promise<claims.ClaimPage> {
    return claims.listClaims(this.db, filter, page);
  }

  getClaim(id: number) {
    return claims.getClaim(this.db, id);
  }

  /** Every claim matching a filter (for exports), up to `max`. */
  allClaims(filter: claims.ClaimFilter = {}, max = 200_000) {
    return claims.allClaims(this.db, filter, max);
  }

  /** Resolved places with their claims (after the filter), for the map. */
  listPlaces(filter: claims.ClaimFilter = {}, limit = 2000) {
    return claims.listPlaces(this.db, filter, limit);
  }

  /** The review queue of a crisis (see review-queue.ts). */
  reviewQueue(crisis: string, order: { first: number[]; next: number[] }, page: { category?: Category; offset?: number; limit?: number } = {}) {
    return reviewQueue(this.db, crisis, order, page);
  }

  // ---- reviews --------------------------------------------------------------------------

  /** Accept, edit or reject a claim (see reviews.ts). */
  reviewClaim(id: number, change: reviews.ReviewChange) {
    return reviews.reviewClaim(this.db, id, change);
  }

  claimHistory(id: number) {
    return reviews.claimHistory(this.db, id);
  }

  // ---- sources --------------------------------------------------------------------------

  /** Names, types, grades, aliases and merges of every source, without claim counts (cheap at any size). */
  sourceDirectory(): Promise<sources.SourceDirectoryEntry[]> {
    return sources.sourceDirectory(this.db);
  }

  listSources(hiddenCrisisIds: number[] = []): Promise<sources.SourceRecord[]> {
    return sources.listSources(this.db, hiddenCrisisIds);
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
    this.known.forgetSources();
    return r;
  }

  async mergeSources(from: string, into: string, editor?: string): Promise<sources.SourceRecord> {
    const r = await sources.mergeSources(this.db, from, into, editor);
    this.known.forgetSources();
    return r;
  }

  async splitSource(name: string, alias: string, editor?: string): Promise<{ source: sources.SourceRecord; split: sources.SourceRecord }> {
    const r = await sources.splitSource(this.db, name, alias, editor);
    this.known.forgetSources();
    return r;
  }

  sourceEdits(id: number) {
    return sources.sourceEdits(this.db, id);
  }

  // ---- crises ---------------------------------------------------------------------------

  /** Creates a crisis, or updates its start date and region when it exists; `actor`: who (audit log). */
  createCrisis(input: { name: string; startDate?: string | null; region?: string | null; actor?: string }): Promise<Crisis> {
    return crises.createCrisis(this.db, input);
  }

  listCrises() {
    return crises.listCrises(this.db);
  }

  getCrisis(name: string) {
    return crises.getCrisis(this.db, name);
  }

  addToCrisis(name: string, documentIds: number[]): Promise<void> {
    return crises.addToCrisis(this.db, this.known, name, documentIds);
  }

  // ---- what the tally reads -------------------------------------------------------------

  /** The store's revision: it changes with every write. */
  revision(): Promise<number> {
    return storeRevision(this.db);
  }

  /** The crisis's revision: it changes whenever something its tally depends on does. */
  crisisRevision(crisisId: number): Promise<number> {
    return crisisRevision(this.db, crisisId);
  }

  claimsForTally(crisisId: number, filter: { category?: Category; documentIds?: number[] } = {}) {
    return tallyReads.claimsForTally(this.db, crisisId, filter);
  }

  crisisDocuments(crisisId: number) {
    return tallyReads.crisisDocuments(this.db, crisisId);
  }

  documentSignatures(ids: number[]) {
    return tallyReads.documentSignatures(this.db, ids);
  }

  crisisDays(crisisId: number) {
    return tallyReads.crisisDays(this.db, crisisId);
  }

  /**
   * How many documents, claims, sources and crises there are; with hidden crises (a reader's
   * private crises they are no member of) what only they hold is not counted, as the lists leave it out.
   */
  async counts(hiddenCrisisIds: number[] = []): Promise<{ documents: number; claims: number; sources: number; crises: number }> {
    const visible = (column: string) => (hiddenCrisisIds.length ? ` WHERE ${visibleDocumentSql(column, '$1')}` : '');
    const { rows } = await this.db.query<{ d: number; c: number; s: number; k: number }>(
      hiddenCrisisIds.length
        ? `SELECT (SELECT count(*) FROM documents d${visible('d.id')}) AS d, (SELECT count(*) FROM claims c${visible('c.document_id')}) AS c,
             (SELECT count(*) FROM sources s WHERE EXISTS (SELECT 1 FROM claims c WHERE c.source_id = s.id AND ${visibleDocumentSql('c.document_id', '$1')})
                OR NOT EXISTS (SELECT 1 FROM claims c WHERE c.source_id = s.id)) AS s,
             (SELECT count(*) FROM crises WHERE id <> ALL ($1::bigint[])) AS k`
        : 'SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM claims) AS c, (SELECT count(*) FROM sources) AS s, (SELECT count(*) FROM crises) AS k',
      hiddenCrisisIds.length ? [hiddenCrisisIds] : [],
    );
    const r = rows[0]!;
    return { documents: Number(r.d), claims: Number(r.c), sources: Number(r.s), crises: Number(r.k) };
  }
}
