/**
 * While `tally serve` holds an embedded data directory, other `tally` commands on it work
 * through the server's socket; a client's transaction keeps the server's own queries out until
 * it ends, and a client that dies mid-transaction leaves nothing behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAddress, pgConfig } from '../../src/store/local-socket.js';
import { Store } from '../../src/store/index.js';

const root = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'tally-beside-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The embedded store is the point here: a DATABASE_URL in the environment would bypass it.
const env = { ...process.env, DATABASE_URL: '', TALLY_DATA_DIR: '' };
const cli = (dataDir: string, args: string[]) =>
  spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/run.ts'), '--data-dir', dataDir, ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

function run(dataDir: string, ...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done, fail) => {
    const child = cli(dataDir, args);
    let out = '';
    let err = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out, err }));
  });
}

/** Starts `tally serve` and resolves once it says it is running (however long that takes). */
function serve(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((done, fail) => {
    const child = cli(dataDir, ['serve', '--port', '0']);
    let out = '';
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (http:\/\/\S+?)\/\s/.exec(out);
      if (m) done({ child, url: m[1]! });
    });
    child.on('close', (code) => fail(new Error(`tally serve exited (${code}) before it ran: ${err}`)));
  });
}

const stopped = (child: ChildProcess) => new Promise<number | null>((done) => (child.exitCode !== null ? done(child.exitCode) : child.once('close', done)));

describe('the CLI beside a running server', () => {
  it('tally ingest, claims and tally work while tally serve holds the data directory', async () => {
    const dataDir = join(work, 'served');
    const report = join(work, 'report.txt');
    writeFileSync(report, 'At least 12 people were killed in the northern town on Friday, the regional health office said.\n');
    const { child, url } = await serve(dataDir);
    try {
      expect(readFileSync(join(dataDir, 'tally.lock'), 'utf8')).toMatch(/^\d+\n(unix|tcp):/);

      const ingest = await run(dataDir, 'ingest', report, '--crisis', 'Beside test');
      expect(ingest.code, ingest.err).toBe(0);
      expect(ingest.out).toMatch(/ingested 1 document/);

      const claims = await run(dataDir, 'claims', '--crisis', 'Beside test', '--format', 'json');
      expect(claims.code, claims.err).toBe(0);
      const page = JSON.parse(claims.out) as { items: Array<{ estimate: number; category: string }> };
      expect(page.items.map((c) => [c.category, c.estimate])).toEqual([['killed', 12]]);

      const tally = await run(dataDir, 'tally', '--crisis', 'Beside test', '--format', 'json');
      expect(tally.code, tally.err).toBe(0);
      expect((JSON.parse(tally.out) as { documents: number }).documents).toBe(1);

      // The server sees what the other process stored.
      const info = (await (await fetch(`${url}/api/info`)).json()) as { counts: { documents: number } };
      expect(info.counts.documents).toBe(1);
    } finally {
      child.kill('SIGTERM');
      expect(await stopped(child)).toBe(0);
    }
    // Stopped: the lock and the socket are gone, and the directory opens directly.
    expect(existsSync(join(dataDir, 'tally.lock'))).toBe(false);
    expect(existsSync(join(dataDir, '.s.PGSQL.5432'))).toBe(false);
    const store = await Store.open({ dataDir });
    try {
      expect((await store.counts()).documents).toBe(1);
    } finally {
      await store.close();
    }
  });

  it("keeps the server's queries out of a client's transaction, and rolls back a client that dies", async () => {
    const dataDir = join(work, 'gate');
    const store = await Store.open({ dataDir });
    const address = parseAddress((await store.db.share())!)!;
    const client = new pg.Client(pgConfig(address));
    try {
      await client.connect();
      await client.query('CREATE TABLE gate_probe (n int)');
      await client.query('BEGIN');
      await client.query('INSERT INTO gate_probe VALUES (1)');
      let hostDone = false;
      const host = store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM gate_probe').then((r) => {
        hostDone = true;
        return r.rows[0]!.n;
      });
      // Whatever the machine's speed, the server's query cannot run inside the open transaction.
      await client.query('INSERT INTO gate_probe VALUES (2)');
      expect(hostDone).toBe(false);
      await client.query('COMMIT');
      expect(await host).toBe(2);

      // A client that goes away mid-transaction: its writes are rolled back, the server goes on.
      const dying = new pg.Client(pgConfig(address));
      await dying.connect();
      await dying.query('BEGIN');
      await dying.query('INSERT INTO gate_probe VALUES (3)');
      (dying as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
      await dying.end().catch(() => undefined);
      expect((await store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM gate_probe')).rows[0]!.n).toBe(2);
    } finally {
      await client.end().catch(() => undefined);
      await store.close();
    }
  });
});
