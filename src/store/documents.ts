/**
 * Documents: ingest (a document with everything extracted from it, in one transaction,
 * idempotent by content hash), listing, full-text search and one document with its items.
 */
import { createHash } from 'node:crypto';
import type { Report, Source, SourceType } from '../domain.js';
import { documentSignature } from '../fingerprint.js';
import { guessSourceType } from '../sources/index.js';
import { recordAudit } from './audit.js';
import { CLAIM_INSERT, claimInsertValues, type StoredClaim } from './claim-columns.js';
import { listClaims } from './claims.js';
import { joinCrisis } from './crises.js';
import type { Db, Queryable } from './db.js';
import type { KnownIds, Learned } from './known-ids.js';
import { markChanged } from './revisions.js';
import { day, insertRows, json, MAX_PAGE, pageOf, Params, type Page } from './sql.js';
import { visibleDocumentSql } from './visibility.js';

/** What was ingested, as the ingest layer describes it. */
export interface DocumentInput {
  /** The raw content as read (text or HTML), kept verbatim. */
  raw: string;
  origin?: string | null;
  url?: string | null;
  publisher?: string | null;
  language?: string;
}

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

export type IngestOutcome = { status: 'ingested'; documentId: number; claims: number } | { status: 'unchanged'; documentId: number; claims: number };

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

/** Content hash: the same content ingested again is the same document. */
export function contentHash(raw: string): string {
  return createHash('sha256').update(raw.replace(/\r\n?/g, '\n').trim()).digest('hex');
}

/**
 * Stores several documents with all their items in one transaction (a batch commits whole or
 * not at all; each document is complete either way). Documents already stored, by content
 * hash, are left as they are and only joined to the crisis. One multi-row statement per table
 * for the whole batch: with the embedded engine each statement costs a fifth of a millisecond
 * before any work, so batching is most of the ingest speed.
 */
export async function ingestReports(db: Db, known: KnownIds, batch: IngestBatchItem[]): Promise<IngestOutcome[]> {
  if (!batch.length) return [];
  const hashes = batch.map((b) => contentHash(b.input.raw));
  return known.learning(db, async (tx, learned): Promise<IngestOutcome[]> => {
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
          return [
            hashes[i],
            input.origin ?? null,
            input.url ?? doc.url,
            doc.title,
            input.publisher ?? null,
            doc.published,
            input.language ?? 'en',
            doc.format,
            input.raw,
            doc.text,
            JSON.stringify(doc.removed),
            signature ?? documentSignature(doc.text),
          ];
        }),
        'id, content_hash',
        inserted,
      );
      for (const r of inserted) ids.set(r.content_hash, Number(r.id));
      const docs = fresh.map((i) => ({ documentId: ids.get(hashes[i]!)!, report: batch[i]!.report }));
      // Outlets are sources too (typed and aliased on the Sources page): one row per outlet.
      const outlets = [
        ...new Set(
          fresh
            .map((i) => outletName(batch[i]!.input.publisher ?? null, batch[i]!.input.url ?? batch[i]!.report.document.url))
            .filter((o): o is string => !!o && !known.outlets.has(o)),
        ),
      ];
      if (outlets.length) {
        await tx.query("INSERT INTO sources (name, type, kind) SELECT unnest($1::text[]), 'media', 'outlet' ON CONFLICT (name) DO NOTHING", [outlets]);
        for (const o of outlets) learned.outlets.add(o);
      }
      await insertClaims(tx, known, learned, docs);
      await insertRows(
        tx,
        'quotes',
        ['document_id', 'speaker', 'role', 'span_start', 'span_end', 'span_text'],
        docs.flatMap(({ documentId, report }) => report.quotes.map((q) => [documentId, q.speaker, q.role, q.span.start, q.span.end, q.span.text])),
      );
      await insertRows(
        tx,
        'place_mentions',
        [
          'document_id',
          'name',
          'place_id',
          'place_name',
          'precision',
          'country_code',
          'country_name',
          'admin1',
          'lat',
          'lon',
          'span_start',
          'span_end',
          'span_text',
        ],
        docs.flatMap(({ documentId, report }) =>
          report.places.map((p) => [
            documentId,
            p.name,
            p.place.id,
            p.place.name,
            p.place.precision,
            p.place.countryCode,
            p.place.countryName,
            p.place.admin1,
            p.place.lat,
            p.place.lon,
            p.span.start,
            p.span.end,
            p.span.text,
          ]),
        ),
      );
      await insertRows(
        tx,
        'date_mentions',
        ['document_id', 'date', 'end_date', 'kind', 'crisis_start', 'span_start', 'span_end', 'span_text'],
        docs.flatMap(({ documentId, report }) =>
          report.dates.map((d) => [documentId, d.date, d.end, d.kind, d.crisisStart ?? null, d.span.start, d.span.end, d.span.text]),
        ),
      );
      for (const i of fresh) {
        const { input, report, crisis, actor } = batch[i]!;
        await recordAudit(tx, {
          actor: actor ?? '',
          action: 'ingest',
          targetType: 'document',
          targetId: ids.get(hashes[i]!)!,
          crisis: crisis ?? null,
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
    const joined: number[] = [];
    for (const [crisis, docIds] of byCrisis) {
      const id = await joinCrisis(tx, known, learned, crisis, [...new Set(docIds)]);
      if (id !== null) joined.push(id);
    }
    if (fresh.length || joined.length) await markChanged(tx, { crises: joined });
    return result;
  });
}

async function insertClaims(tx: Queryable, known: KnownIds, learned: Learned, docs: Array<{ documentId: number; report: Report }>): Promise<void> {
  // Name -> the type, kind, country and alias extraction gave it, if any (kept for a new source).
  const names = new Map<string, { type: string; kind: string | null; country: string | null; alias: string | null }>();
  for (const { report } of docs) {
    for (const c of report.claims)
      if (c.source && !known.sources.has(c.source.name) && !names.has(c.source.name))
        names.set(c.source.name, {
          type: sourceTypeOf(c.source),
          kind: c.source.kind ?? null,
          country: c.source.country ?? null,
          alias: c.source.alias ?? null,
        });
  }
  const sourceIds = new Map<string, number>();
  if (names.size) {
    const list = [...names];
    const { rows } = await tx.query<{ id: number; name: string }>(
      // A new source starts with the type its name suggests; an existing one keeps its own.
      // A merged source's name leads to the source it joined. A new source's alias (the acronym
      // the report gave for it, or the name its acronym stands for) joins the reports that use
      // the other name in the tally; one that is already a source's name is left to an analyst's merge.
      `INSERT INTO sources (name, type, kind, country, aliases)
       SELECT n.name, n.type, n.kind, n.country,
              CASE WHEN n.alias IS NULL OR EXISTS (SELECT 1 FROM sources o WHERE lower(o.name) = lower(n.alias)) THEN '{}'::text[] ELSE ARRAY[n.alias] END
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS n (name, type, kind, country, alias)
       ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING COALESCE(merged_into, id) AS id, name`,
      [list.map(([n]) => n), list.map(([, v]) => v.type), list.map(([, v]) => v.kind), list.map(([, v]) => v.country), list.map(([, v]) => v.alias)],
    );
    for (const r of rows) {
      sourceIds.set(r.name, Number(r.id));
      learned.sources.set(r.name, Number(r.id));
    }
  }
  const idOf = (name: string) => sourceIds.get(name) ?? known.sources.get(name)!;
  await insertRows(
    tx,
    'claims',
    CLAIM_INSERT,
    docs.flatMap(({ documentId, report }) =>
      report.claims.map((c, ordinal) => claimInsertValues(c, { documentId, ordinal, sourceId: c.source ? idOf(c.source.name) : null })),
    ),
  );
}

/**
 * The type a new source starts with: its name's ("Interior Ministry": official), else its stated
 * role's ("Ali Karim, a police spokesman": official; a person's name alone says nothing).
 */
function sourceTypeOf(source: Source): SourceType {
  const byName = guessSourceType(source.name);
  return byName === 'unknown' && source.role ? guessSourceType(source.role) : byName;
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

/** Signatures of documents stored before migration 3, in batches. */
export async function fillSignatures(db: Db): Promise<void> {
  for (;;) {
    const { rows } = await db.query<{ id: number; clean_text: string }>('SELECT id, clean_text FROM documents WHERE signature IS NULL ORDER BY id LIMIT 200');
    if (!rows.length) return;
    await db.transaction(async (tx) => {
      for (const r of rows) await tx.query('UPDATE documents SET signature = $1 WHERE id = $2', [documentSignature(r.clean_text), r.id]);
    });
  }
}

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

/** Documents of one crisis; documents of hidden crises left out (visibility.ts). */
export interface DocumentFilter {
  crisis?: string;
  hiddenCrisisIds?: number[];
}

/** Documents of a crisis, when one is named. */
const inCrisis = (p: Params, crisis: string) =>
  `d.id IN (SELECT cd.document_id FROM crisis_documents cd JOIN crises k ON k.id = cd.crisis_id WHERE lower(k.name) = lower(${p.add(crisis)}))`;

export async function listDocuments(db: Queryable, page: Page = {}, filter: DocumentFilter = {}): Promise<{ items: DocumentSummary[]; total: number }> {
  const { limit, offset } = pageOf(page);
  const p = new Params();
  const conditions: string[] = [];
  if (filter.crisis) conditions.push(inCrisis(p, filter.crisis));
  if (filter.hiddenCrisisIds?.length) conditions.push(visibleDocumentSql('d.id', p.add(filter.hiddenCrisisIds)));
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const total = await db.query<{ n: number }>(`SELECT count(*) AS n FROM documents d ${where}`, p.values);
  const { rows } = await db.query<DocRow>(
    `SELECT ${DOC_COLUMNS} FROM documents d ${where} ORDER BY d.published DESC NULLS LAST, d.id DESC LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`,
    p.values,
  );
  return { items: rows.map(toSummary), total: Number(total.rows[0]!.n) };
}

export async function searchDocuments(
  db: Queryable,
  words: string,
  page: Page = {},
  filter: DocumentFilter = {},
): Promise<{ items: DocumentSummary[]; total: number }> {
  const q = words.trim();
  if (!q) return { items: [], total: 0 };
  const { limit, offset } = pageOf(page);
  const p = new Params();
  const query = `websearch_to_tsquery('english', ${p.add(q)})`;
  const hidden = filter.hiddenCrisisIds?.length ? ` AND ${visibleDocumentSql('d.id', p.add(filter.hiddenCrisisIds))}` : '';
  const where = `d.search @@ ${query}${filter.crisis ? ` AND ${inCrisis(p, filter.crisis)}` : ''}${hidden}`;
  const total = await db.query<{ n: number }>(`SELECT count(*) AS n FROM documents d WHERE ${where}`, p.values);
  const { rows } = await db.query<DocRow & { excerpt: string }>(
    `SELECT ${DOC_COLUMNS}, ts_headline('english', d.clean_text, ${query}, 'StartSel=«, StopSel=», MaxWords=30, MinWords=12') AS excerpt
     FROM documents d WHERE ${where}
     ORDER BY ts_rank(d.search, ${query}) DESC, d.id DESC LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`,
    p.values,
  );
  return { items: rows.map((r) => ({ ...toSummary(r), excerpt: r.excerpt })), total: Number(total.rows[0]!.n) };
}

/** One document with its items (its claims all, rejected ones too). */
export async function getDocument(db: Queryable, id: number): Promise<StoredDocument | null> {
  const { rows } = await db.query<DocRow & { clean_text: string; removed: unknown }>(
    `SELECT ${DOC_COLUMNS}, d.clean_text, d.removed FROM documents d WHERE d.id = $1`,
    [id],
  );
  const d = rows[0];
  if (!d) return null;
  type SpanRow = { span_start: unknown; span_end: unknown; span_text: unknown };
  const [claims, quotes, places, dates, crises] = await Promise.all([
    listClaims(db, { documentId: id, includeRejected: true }, { limit: MAX_PAGE }),
    db.query<SpanRow & { speaker: string | null; role: string | null }>(
      'SELECT speaker, role, span_start, span_end, span_text FROM quotes WHERE document_id = $1 ORDER BY span_start',
      [id],
    ),
    db.query<SpanRow & Record<string, unknown>>('SELECT * FROM place_mentions WHERE document_id = $1 ORDER BY span_start', [id]),
    db.query<SpanRow & Record<string, unknown>>('SELECT * FROM date_mentions WHERE document_id = $1 ORDER BY span_start', [id]),
    db.query<{ name: string }>('SELECT k.name FROM crises k JOIN crisis_documents cd ON cd.crisis_id = k.id WHERE cd.document_id = $1 ORDER BY k.name', [id]),
  ]);
  const span = (r: SpanRow) => ({ start: Number(r.span_start), end: Number(r.span_end), text: String(r.span_text) });
  return {
    ...toSummary(d),
    text: d.clean_text,
    removed: json<Report['document']['removed']>(d.removed),
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
      span: span(p),
    })),
    dates: dates.rows.map((r) => ({
      date: day(r.date)!,
      end: day(r.end_date)!,
      kind: r.kind as 'absolute' | 'relative' | 'crisis_day',
      ...(r.crisis_start ? { crisisStart: day(r.crisis_start)! } : {}),
      span: span(r),
    })),
    crises: crises.rows.map((r) => r.name),
  };
}
