/**
 * A claim and its row, written once: one entry per claim field, with the columns of `claims`
 * that hold it (and their SQL types, as the migrations create them), how a new claim fills them,
 * and how the field is read back. Everything that maps a claim to SQL is generated from here:
 *
 *   CLAIM_INSERT          the insert's column list, and `claimInsertValues` its values
 *   STORED_CLAIM_SQL      the select list of a StoredClaim (with its document and source), and `toStoredClaim`
 *   TALLY_TUPLE_SQL       the tally's lean JSON tuple, and `toTallyClaim`
 *   claimRecord           the values a review records before and after (review history, audit log)
 *   CLAIM_EDITS           the review fields that set one column as given
 *
 * A new claim field is one entry here, plus its migration and its API schema.
 */
import type { CountClaim, Reliability, ResolvedPlace, ReviewStatus, SourceType } from '../domain.js';
import { defaultReliability } from '../sources/index.js';
import { day, num } from './sql.js';

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
  /** The role written beside the source's name, if any ("police spokesman"). */
  sourceRole: string | null;
  reviewStatus: ReviewStatus;
}

/** What a new claim's row needs besides the extracted claim. */
export interface NewClaim {
  documentId: number;
  /** Its place among the document's claims. */
  ordinal: number;
  sourceId: number | null;
}

/** The review fields that set one column as given (the others: estimate, source, place). */
export type DirectEdit = 'category' | 'low' | 'high' | 'qualifier' | 'hedged' | 'who' | 'asOf' | 'cumulative' | 'scope' | 'revision' | 'via';

/** One shared object per place while reading many claims (claims about a place share it). */
export type PlaceMemo = Map<string, ResolvedPlace | null>;

interface Column {
  name: string;
  /** As the migrations create it (checked against the database by test/store/claim-columns.test.ts). */
  type: string;
}

/**
 * Reads one field of a claim from a row's values in select order; `i` is where the entry's own
 * values start (its `columns` in their order, then, for a StoredClaim, its `joined` ones).
 */
type Reader<T> = (v: readonly unknown[], i: number, places: PlaceMemo) => T;
type Readers<C> = { [K in keyof C]?: Reader<C[K]> };

/** One claim field: its columns, how a new claim fills them, and how each kind of claim reads it. */
interface ClaimField {
  name: string;
  columns: readonly Column[];
  /** What a StoredClaim reads for it from the claim's document `d`, its source `s` or other tables. */
  joined?: ReadonlyArray<{ alias: string; sql: string }>;
  /** The values of `columns` for a new claim; absent: the columns' defaults. */
  insert?: (c: CountClaim, n: NewClaim) => readonly unknown[];
  stored?: Readers<StoredClaim>;
  tally?: Readers<TallyClaim>;
  /** Its values in a review's before/after record. */
  record?: (c: StoredClaim, into: Record<string, unknown>) => void;
  /** A review field that sets one of its columns as given. */
  edit?: { key: DirectEdit; column: Column };
}

type Plain = 'category' | 'low' | 'high' | 'estimate' | 'qualifier' | 'hedged' | 'who' | 'asOf' | 'cumulative' | 'scope' | 'revision' | 'reviewStatus';

/**
 * A field held in one column under the same meaning everywhere: inserted from the extracted
 * claim (unless it has a default), read into both claims, recorded by reviews.
 */
function plain<K extends Plain>(key: K, column: Column, opts: { decode?: (v: unknown) => unknown; insert?: boolean; edit?: DirectEdit } = {}): ClaimField {
  const decode = opts.decode ?? ((v: unknown) => v);
  const read = { [key]: (v: readonly unknown[], i: number) => decode(v[i]) };
  return {
    name: key,
    columns: [column],
    ...(opts.insert === false ? {} : { insert: (c: CountClaim) => [c[key as keyof CountClaim] ?? null] }),
    stored: read,
    tally: read,
    record: (c, into) => {
      into[key] = c[key];
    },
    ...(opts.edit ? { edit: { key: opts.edit, column } } : {}),
  };
}

const col = (name: string, type: string): Column => ({ name, type });

/** The 8 place columns, each with the ResolvedPlace field it holds. */
const PLACE: ReadonlyArray<{ column: Column; key: keyof ResolvedPlace }> = [
  { column: col('place_id', 'text'), key: 'id' },
  { column: col('place_name', 'text'), key: 'name' },
  { column: col('place_precision', 'text'), key: 'precision' },
  { column: col('country_code', 'text'), key: 'countryCode' },
  { column: col('country_name', 'text'), key: 'countryName' },
  { column: col('admin1', 'text'), key: 'admin1' },
  { column: col('lat', 'double precision'), key: 'lat' },
  { column: col('lon', 'double precision'), key: 'lon' },
];

/** A place's values for the place columns (all null for none). */
const placeValues = (p: ResolvedPlace | null | undefined): unknown[] => PLACE.map(({ key }) => p?.[key] ?? null);

/** The place in the place columns at `v[i…i+7]`, when the claim has one. */
function placeAt(v: readonly unknown[], i: number): ResolvedPlace | null {
  const p = Object.fromEntries(PLACE.map(({ key }, k) => [key, v[i + k] ?? null])) as Record<keyof ResolvedPlace, unknown>;
  if (!p.id || !p.name || !p.precision || !p.countryCode) return null;
  return { ...p, countryName: p.countryName ?? p.countryCode, lat: Number(p.lat), lon: Number(p.lon) } as ResolvedPlace;
}

const via = (v: unknown): string[] => (v as string[] | null) ?? [];
const SOURCE_VIA = col('source_via', 'text[]');

const span = (v: readonly unknown[], i: number) => ({ start: Number(v[i]), end: Number(v[i + 1]), text: String(v[i + 2]) });

export const CLAIM_FIELDS: readonly ClaimField[] = [
  { name: 'id', columns: [col('id', 'bigint')], stored: { id: (v, i) => Number(v[i]) }, tally: { id: (v, i) => Number(v[i]) } },
  {
    name: 'documentId',
    columns: [col('document_id', 'bigint')],
    insert: (_, n) => [n.documentId],
    stored: { documentId: (v, i) => Number(v[i]) },
    tally: { documentId: (v, i) => Number(v[i]) },
  },
  { name: 'ordinal', columns: [col('ordinal', 'integer')], insert: (_, n) => [n.ordinal] },
  plain('category', col('category', 'text'), { edit: 'category' }),
  plain('low', col('low', 'bigint'), { decode: num, edit: 'low' }),
  plain('high', col('high', 'bigint'), { decode: num, edit: 'high' }),
  plain('estimate', col('estimate', 'bigint'), { decode: Number }),
  plain('qualifier', col('qualifier', 'text'), { edit: 'qualifier' }),
  plain('hedged', col('hedged', 'boolean'), { edit: 'hedged' }),
  plain('who', col('who', 'text'), { edit: 'who' }),
  {
    // The stored source (a merged one's row leads on to the source it joined) and the outlets
    // the figure came through; a StoredClaim names it, the tally reads its id.
    name: 'source',
    columns: [col('source_id', 'bigint'), SOURCE_VIA],
    joined: [
      { alias: 'source_name', sql: 's.name' },
      { alias: 'source_type', sql: 's.type' },
      { alias: 'source_reliability', sql: 's.reliability' },
    ],
    insert: (c, n) => [n.sourceId, c.source?.via ?? []],
    stored: {
      source: (v, i) => (v[i + 2] ? { name: String(v[i + 2]), via: via(v[i + 1]) } : null),
      sourceType: (v, i) => (v[i + 3] as SourceType | null) ?? null,
      sourceReliability: (v, i) => (v[i + 3] ? ((v[i + 4] as Reliability | null) ?? defaultReliability(v[i + 3] as SourceType)) : null),
    },
    tally: { sourceId: (v, i) => num(v[i]), via: (v, i) => via(v[i + 1]) },
    record: (c, into) => {
      into.source = c.source?.name ?? null;
      into.via = c.source?.via ?? [];
    },
    edit: { key: 'via', column: SOURCE_VIA },
  },
  {
    name: 'place',
    columns: PLACE.map((p) => p.column),
    insert: (c) => placeValues(c.place),
    stored: { place: placeAt },
    tally: {
      place: (v, i, places) => {
        const key = `${v[i]}|${v[i + 1]}|${v[i + 2]}|${v[i + 3]}|${v[i + 4]}|${v[i + 5]}|${v[i + 6]}|${v[i + 7]}`;
        let place = places.get(key);
        if (place === undefined) places.set(key, (place = placeAt(v, i)));
        return place;
      },
    },
    record: (c, into) => {
      into.placeName = c.place?.name ?? null;
    },
  },
  plain('asOf', col('as_of', 'date'), { decode: day, edit: 'asOf' }),
  plain('cumulative', col('cumulative', 'boolean'), { edit: 'cumulative' }),
  plain('scope', col('scope', 'text'), { edit: 'scope' }),
  // Claims extracted before revisions were read carry none.
  plain('revision', col('revision', 'text'), { decode: (v) => v ?? null, edit: 'revision' }),
  {
    // A person's role as written beside the name: the tally counts a spokesperson's figures
    // under the body they speak for.
    name: 'sourceRole',
    columns: [col('source_role', 'text')],
    insert: (c) => [c.source?.role ?? null],
    tally: { sourceRole: (v, i) => (v[i] as string | null) ?? null },
  },
  {
    name: 'span',
    columns: [col('span_start', 'integer'), col('span_end', 'integer'), col('span_text', 'text')],
    insert: (c) => [c.span.start, c.span.end, c.span.text],
    stored: { span },
    tally: { span },
  },
  // The claim as extraction gave it, kept for splits of a source (see sources.ts).
  { name: 'extracted', columns: [col('extracted', 'jsonb')], insert: (c) => [JSON.stringify(c)] },
  plain('reviewStatus', col('review_status', 'text'), { insert: false }),
  { name: 'version', columns: [col('version', 'integer')], stored: { version: (v, i) => Number(v[i]) } },
  {
    name: 'document',
    columns: [],
    joined: [
      { alias: 'document_title', sql: 'd.title' },
      { alias: 'document_url', sql: 'd.url' },
      { alias: 'published', sql: 'd.published' },
    ],
    stored: {
      documentTitle: (v, i) => (v[i] as string | null) ?? null,
      documentUrl: (v, i) => (v[i + 1] as string | null) ?? null,
      published: (v, i) => day(v[i + 2]),
    },
  },
  {
    // A period the as-of date opens ("last week", "in November"); else a day, whether the date
    // came from the claim's sentence or from the publication.
    name: 'timePrecision',
    columns: [],
    joined: [
      {
        alias: 'time_precision',
        sql: `COALESCE((SELECT CASE WHEN bool_or(dm.end_date = dm.date) THEN 1 WHEN max(dm.end_date - dm.date) >= 27 THEN 3 WHEN max(dm.end_date - dm.date) >= 5 THEN 2 END
     FROM date_mentions dm WHERE dm.document_id = c.document_id AND dm.date = c.as_of), CASE WHEN c.as_of IS NOT NULL OR d.published IS NOT NULL THEN 1 END)`,
      },
    ],
    stored: { timePrecision: (v, i) => (v[i] == null ? null : (Number(v[i]) as 1 | 2 | 3)) },
  },
];

/** A shape's select list: each entry's values, with where they start. */
function shape(fields: readonly ClaimField[], withJoined: boolean) {
  const sql: string[] = [];
  const aliases: string[] = [];
  const starts: number[] = [];
  for (const f of fields) {
    starts.push(sql.length);
    for (const c of f.columns) {
      sql.push(withJoined ? `c.${c.name}` : c.name);
      aliases.push(c.name);
    }
    if (withJoined) {
      for (const j of f.joined ?? []) {
        sql.push(`${j.sql} AS ${j.alias}`);
        aliases.push(j.alias);
      }
    }
  }
  return { sql: sql.join(', '), aliases, starts };
}

const INSERTED = CLAIM_FIELDS.filter((f) => f.insert);
/** The insert's columns, in `claimInsertValues` order. */
export const CLAIM_INSERT: readonly string[] = INSERTED.flatMap((f) => f.columns.map((c) => c.name));

export const claimInsertValues = (c: CountClaim, n: NewClaim): unknown[] => INSERTED.flatMap((f) => f.insert!(c, n));

/**
 * The function that makes a claim from a row's values: one object literal with a property per
 * reader, generated once from the table. Claims read by the hundred thousand (a crisis's tally)
 * then share one object layout and each reader is called from a call site of its own; a loop over
 * the readers makes the tally's read twice as slow. The code is made only of the table's field
 * names, checked to be plain identifiers.
 */
function compile<C>(
  fields: readonly ClaimField[],
  starts: readonly number[],
  readersOf: (f: ClaimField) => Readers<C> | undefined,
): (v: readonly unknown[], places: PlaceMemo) => C {
  const keys: string[] = [];
  const readers: Array<Reader<unknown>> = [];
  const at: number[] = [];
  fields.forEach((f, k) => {
    for (const [key, read] of Object.entries(readersOf(f) ?? {}) as Array<[string, Reader<unknown>]>) {
      if (!/^[A-Za-z_]\w*$/.test(key) || keys.includes(key)) throw new Error(`claim-columns.ts: "${key}" cannot be a claim field (a plain identifier, once)`);
      keys.push(key);
      readers.push(read);
      at.push(starts[k]!);
    }
  });
  const make = new Function('R', 'S', `return (v, p) => ({ ${keys.map((key, j) => `${key}: R[${j}](v, S[${j}], p)`).join(', ')} });`);
  return make(readers, at) as (v: readonly unknown[], places: PlaceMemo) => C;
}

const STORED_FIELDS = CLAIM_FIELDS.filter((f) => f.stored);
const STORED = shape(STORED_FIELDS, true);
/** The select list of a StoredClaim, over `claims c`, `documents d` and (left-joined) `sources s`. */
export const STORED_CLAIM_SQL = STORED.sql;
const makeStored = compile<StoredClaim>(STORED_FIELDS, STORED.starts, (f) => f.stored);

export function toStoredClaim(row: Record<string, unknown>): StoredClaim {
  return makeStored(
    STORED.aliases.map((a) => row[a]),
    new Map(),
  );
}

const TALLY_FIELDS = CLAIM_FIELDS.filter((f) => f.tally);
const TALLY = shape(TALLY_FIELDS, false);
/** The tally's claim as one JSON array of plain columns (inside `json_build_array(…)`). */
export const TALLY_TUPLE_SQL = TALLY.sql;

/** A claim from its tally tuple; `places` shares one object per place across the claims read. */
export const toTallyClaim = compile<TallyClaim>(TALLY_FIELDS, TALLY.starts, (f) => f.tally);

/** A claim's values as a review records them (before and after). */
export function claimRecord(c: StoredClaim): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of CLAIM_FIELDS) f.record?.(c, out);
  return out;
}

/** Review fields that set one column as given, and that column. */
export const CLAIM_EDITS: ReadonlyArray<{ key: DirectEdit; column: string }> = CLAIM_FIELDS.flatMap((f) =>
  f.edit ? [{ key: f.edit.key, column: f.edit.column.name }] : [],
);

/** Place columns with a place's values, for a review that moves a claim. */
export const placeColumns = (p: ResolvedPlace | null): Array<[string, unknown]> => PLACE.map(({ column, key }) => [column.name, p?.[key] ?? null]);

/** Every column of `claims` with its type, for the agreement test. */
export const CLAIM_TABLE_COLUMNS: readonly Column[] = CLAIM_FIELDS.flatMap((f) => f.columns);
