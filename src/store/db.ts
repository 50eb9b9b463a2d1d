/**
 * One small adapter over the two PostgreSQL engines Tally runs on: PGlite (PostgreSQL in
 * WebAssembly, in a data directory: the laptop default) and a real server through `pg` (team
 * mode). Both answer `query(text, params) -> { rows }`; everything above speaks only this.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { listenLocally, formatAddress, parseAddress, pgConfig, SessionGate, type LocalSocket } from './local-socket.js';
import { DataDirInUse } from './errors.js';
import { DataDirLock } from './lock.js';
import { startFromTemplate } from './template.js';

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
  /**
   * Let other Tally processes on this machine use this embedded database while this one holds
   * it (see local-socket.ts); returns where they connect, or null when there is nothing to share
   * (a PostgreSQL server is shared already).
   */
  share(): Promise<string | null>;
}

export interface OpenOptions {
  /** PostgreSQL server URL (team mode). */
  databaseUrl?: string;
  /** Embedded database folder (default ./data). */
  dataDir?: string;
  /** Schema to use on a server (tests isolate themselves this way). */
  schema?: string;
  /**
   * PostgreSQL's buffer pool of an embedded store, in MB (PGlite's 128 otherwise). The pool is
   * memory from the start; a bulk ingest, which writes pages once and moves on, stores as fast
   * through 32 MB with 100 MB less memory. Readers keep the default.
   */
  sharedBuffersMb?: number;
}

class PgliteDb implements Db {
  readonly kind = 'pglite' as const;
  /** Turns between this process and the clients of the shared socket (when shared). */
  private readonly gate = new SessionGate();
  private socket: LocalSocket | null = null;

  constructor(
    private readonly pglite: PGlite,
    private readonly lock: DataDirLock,
    private readonly dir: string,
  ) {}

  query<T>(text: string, params: unknown[] = []) {
    return this.gate.host(async () => ({ rows: (await this.pglite.query<T>(text, params)).rows }));
  }
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.gate.host(() =>
      this.pglite.transaction((tx) =>
        fn({
          query: async <R>(text: string, params: unknown[] = []) => ({ rows: (await tx.query<R>(text, params)).rows }),
        }),
      ),
    );
  }
  async exec(sql: string) {
    await this.gate.host(() => this.pglite.exec(sql));
  }
  async share() {
    this.socket ??= await listenLocally(this.pglite, this.gate, this.dir);
    const address = formatAddress(this.socket.address);
    this.lock.share(address);
    return address;
  }
  async close() {
    try {
      await this.socket?.close();
      await this.pglite.close();
    } finally {
      this.lock.release();
    }
  }
}

class ServerDb implements Db {
  /** 'pglite' when this is another process's embedded database reached through its socket. */
  constructor(
    private readonly pool: pg.Pool,
    readonly kind: 'pglite' | 'postgres' = 'postgres',
  ) {}

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
  share() {
    return Promise.resolve(null);
  }
}

let driver: Promise<typeof pg> | null = null;

/** The `pg` driver, loaded only for a server or another process's socket (an embedded store never needs it). */
function loadPg(): Promise<typeof pg> {
  return (driver ??= import('pg').then(({ default: pg }) => {
    // BIGINT and NUMERIC as numbers: counts here stay far below 2^53.
    pg.types.setTypeParser(20, (v) => Number(v));
    pg.types.setTypeParser(1700, (v) => Number(v));
    // DATE as the ISO day it is, not a local-midnight Date.
    pg.types.setTypeParser(1082, (v) => v);
    return pg;
  }));
}

export async function openDb(opts: OpenOptions = {}): Promise<Db> {
  if (opts.databaseUrl) {
    if (!/^postgres(?:ql)?:\/\//.test(opts.databaseUrl))
      throw new Error(`--database-url must look like postgres://user@host:5432/dbname, not "${opts.databaseUrl}"`);
    const pg = await loadPg();
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
      throw new Error(`cannot connect to the PostgreSQL server at ${redact(opts.databaseUrl)}: ${(err as Error).message}`, { cause: err });
    }
    return new ServerDb(pool);
  }
  const dir = resolve(opts.dataDir ?? './data');
  mkdirSync(dir, { recursive: true });
  let lock: DataDirLock;
  try {
    lock = DataDirLock.acquire(dir);
  } catch (err) {
    const address = err instanceof DataDirInUse && err.address ? parseAddress(err.address) : null;
    if (!address) throw err;
    return connectToHolder(dir, address);
  }
  try {
    startFromTemplate(resolve(dir, 'pg'));
    const buffers = opts.sharedBuffersMb ? { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${Math.round(opts.sharedBuffersMb)}MB`] } : {};
    const pglite = await PGlite.create(resolve(dir, 'pg'), { relaxedDurability: false, ...buffers });
    return new PgliteDb(pglite, lock, dir);
  } catch (err) {
    lock.release();
    throw new Error(`cannot open the database in ${dir}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * The process holding `dir` shares it (`tally serve`): go through its socket. One connection:
 * the holder serves one session at a time anyway.
 */
async function connectToHolder(dir: string, address: NonNullable<ReturnType<typeof parseAddress>>): Promise<Db> {
  const pg = await loadPg();
  const pool = new pg.Pool({ ...pgConfig(address), max: 1 });
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new Error(`the data directory ${dir} is in use by another Tally process, which shares it, but connecting to it failed: ${(err as Error).message}`, {
      cause: err,
    });
  }
  return new ServerDb(pool, 'pglite');
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
