/**
 * One small adapter over the two PostgreSQL engines Tally runs on: PGlite (PostgreSQL in
 * WebAssembly, in a data directory: the laptop default) and a real server through `pg` (team
 * mode). Both answer `query(text, params) -> { rows }`; everything above speaks only this.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { DataDirLock } from './lock.js';

export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL server URL (team mode). */
  databaseUrl?: string;
  /** Embedded database folder (default ./data). */
  dataDir?: string;
  /** Schema to use on a server (tests isolate themselves this way). */
  schema?: string;
}

class PgliteDb implements Db {
  readonly kind = 'pglite' as const;
  constructor(private readonly pglite: PGlite, private readonly lock: DataDirLock) {}

  async query<T>(text: string, params: unknown[] = []) {
    const r = await this.pglite.query<T>(text, params);
    return { rows: r.rows };
  }
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.pglite.transaction((tx) =>
      fn({
        query: async <R>(text: string, params: unknown[] = []) => ({ rows: (await tx.query<R>(text, params)).rows }),
      }),
    );
  }
  async exec(sql: string) {
    await this.pglite.exec(sql);
  }
  async close() {
    try {
      await this.pglite.close();
    } finally {
      this.lock.release();
    }
  }
}

class ServerDb implements Db {
  readonly kind = 'postgres' as const;
  constructor(private readonly pool: pg.Pool) {}

  async query<T>(text: string, params: unknown[] = []) {
    const r = await this.pool.query(text, params);
    return { rows: r.rows as T[] };
  }
  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn({ query: async <R>(text: string, params: unknown[] = []) => ({ rows: (await client.query(text, params)).rows as R[] }) });
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
  async exec(sql: string) {
    await this.pool.query(sql);
  }
  async close() {
    await this.pool.end();
  }
}

// BIGINT and NUMERIC as numbers: counts here stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));
// DATE as the ISO day it is, not a local-midnight Date.
pg.types.setTypeParser(1082, (v) => v);

export async function openDb(opts: OpenOptions = {}): Promise<Db> {
  if (opts.databaseUrl) {
    if (!/^postgres(?:ql)?:\/\//.test(opts.databaseUrl)) throw new Error(`--database-url must look like postgres://user@host:5432/dbname, not "${opts.databaseUrl}"`);
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: 8,
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    });
    try {
      if (opts.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${opts.schema.replace(/"/g, '')}"`);
      await pool.query('SELECT 1');
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw new Error(`cannot connect to the PostgreSQL server at ${redact(opts.databaseUrl)}: ${(err as Error).message}`);
    }
    return new ServerDb(pool);
  }
  const dir = resolve(opts.dataDir ?? './data');
  mkdirSync(dir, { recursive: true });
  const lock = DataDirLock.acquire(dir);
  try {
    const pglite = await PGlite.create(resolve(dir, 'pg'), { relaxedDurability: false });
    return new PgliteDb(pglite, lock);
  } catch (err) {
    lock.release();
    throw new Error(`cannot open the database in ${dir}: ${(err as Error).message}`);
  }
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
