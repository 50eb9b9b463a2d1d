/**
 * What every query of the store shares: the one way to build a statement's parameters, the
 * multi-row insert, and the decoding of values the two engines return differently.
 *
 * A statement with fixed parameters writes them by hand ($1, $2 …); a statement built from
 * parts takes every placeholder from `Params.add`, never both in one statement.
 */
import type { Queryable } from './db.js';

/** The parameters of one statement: `add(value)` keeps the value and returns its placeholder ("$3"). */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
}

/** One multi-row INSERT (chunked to stay under the parameter limit), optionally collecting RETURNING rows. */
export async function insertRows<R = never>(
  tx: Queryable,
  table: string,
  columns: readonly string[],
  rows: unknown[][],
  returning?: string,
  out?: R[],
): Promise<void> {
  const perChunk = Math.max(1, Math.floor(30_000 / columns.length));
  for (let i = 0; i < rows.length; i += perChunk) {
    const p = new Params();
    const values = rows.slice(i, i + perChunk).map((row) => `(${row.map((v) => p.add(v)).join(', ')})`);
    const r = await tx.query<R>(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}${returning ? ` RETURNING ${returning}` : ''}`,
      p.values,
    );
    if (out) out.push(...r.rows);
  }
}

/** A date as an ISO day: the server's driver returns Date objects, PGlite and JSON text. */
export const day = (v: unknown): string | null => (v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

/** A nullable number (bigints come as text from the server's driver). */
export const num = (v: unknown): number | null => (v == null ? null : Number(v));

/** A PostgreSQL array as the driver returns it (parsed, or as "{a,b}" text for unknown types). */
export function pgArray(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string')
    return v
      .replace(/^\{|\}$/g, '')
      .split(',')
      .filter(Boolean)
      .map((x) => x.replace(/^"|"$/g, ''));
  return [];
}

/** A JSON column as either engine returns it (parsed, or as text). */
export const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

export const MAX_PAGE = 500;

export interface Page {
  limit?: number;
  offset?: number;
}

export function pageOf(page: Page): { limit: number; offset: number } {
  const limit = Math.max(1, Math.min(MAX_PAGE, Math.floor(page.limit ?? 50)));
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  return { limit, offset };
}
