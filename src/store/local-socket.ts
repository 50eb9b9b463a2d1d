/**
 * The embedded database shared with other Tally processes on this machine: while `tally serve`
 * holds a data directory, it answers the PostgreSQL wire protocol on a local socket (a Unix
 * socket inside the data directory, so only users who can write there reach it), and
 * `tally claims`, `tally ingest`... connect to it with `pg` instead of failing on the lock.
 *
 * PGlite is one database session. The gate below decides whose turn it is: the serving
 * process's own queries (any number at once, as before: PGlite queues them), or one socket
 * client, which keeps its turn until its exchange is complete (after Sync or a simple Query)
 * and it is outside a transaction, so nobody's statements run inside another's transaction.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

export class SessionGate {
  private hostActive = 0;
  private owner: number | null = null;
  private clientsWaiting = 0;
  private waiters: Array<() => void> = [];
  private readonly inHost = new AsyncLocalStorage<boolean>();

  /** Runs one of the serving process's own operations (nested calls pass straight through). */
  async host<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inHost.getStore()) return fn();
    // A waiting client goes first, so a busy server cannot starve it.
    while (this.owner !== null || this.clientsWaiting > 0) await this.wait();
    this.hostActive++;
    try {
      return await this.inHost.run(true, fn);
    } finally {
      this.hostActive--;
      this.wake();
    }
  }

  async acquire(client: number): Promise<void> {
    while (this.hostActive > 0 || (this.owner !== null && this.owner !== client)) {
      this.clientsWaiting++;
      await this.wait();
      this.clientsWaiting--;
    }
    this.owner = client;
  }

  release(client: number): void {
    if (this.owner !== client) return;
    this.owner = null;
    this.wake();
  }

  private wait(): Promise<void> {
    return new Promise((done) => this.waiters.push(done));
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const done of waiting) done();
  }
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

/** Where a client finds the socket: a folder holding `.s.PGSQL.5432`, or a loopback port. */
export type SocketAddress = { kind: 'unix'; dir: string } | { kind: 'tcp'; host: string; port: number };

export const SOCKET_PORT = 5432;

export function formatAddress(a: SocketAddress): string {
  return a.kind === 'unix' ? `unix:${a.dir}` : `tcp:${a.host}:${a.port}`;
}

export function parseAddress(text: string): SocketAddress | null {
  const unix = /^unix:(.+)$/.exec(text);
  if (unix) return { kind: 'unix', dir: unix[1]! };
  const tcp = /^tcp:(.+):(\d+)$/.exec(text);
  return tcp ? { kind: 'tcp', host: tcp[1]!, port: Number(tcp[2]) } : null;
}

/** The `pg` connection settings for an address. */
export function pgConfig(a: SocketAddress): { host: string; port: number; user: string; database: string } {
  return { host: a.kind === 'unix' ? a.dir : a.host, port: a.kind === 'unix' ? SOCKET_PORT : a.port, user: 'postgres', database: 'postgres' };
}

/** One client connection: frames messages and hands them to PGlite in turn. */
class Connection {
  private buffer = Buffer.alloc(0);
  private started = false;
  private chain: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly id: number,
    private readonly socket: Socket,
    private readonly pglite: PGlite,
    private readonly gate: SessionGate,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      // A broken exchange ends the connection; 'close' then cleans up.
      this.chain = this.chain.then(() => this.drain()).catch(() => void this.socket.destroy());
    });
    socket.on('close', () => void this.close());
    socket.on('error', () => void this.close());
  }

  private async drain(): Promise<void> {
    for (;;) {
      if (this.closed) return;
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        const message = this.buffer.subarray(0, length);
        this.buffer = this.buffer.subarray(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          this.socket.write('N');
          continue;
        }
        if (code === CANCEL_REQUEST) {
          this.socket.end();
          return;
        }
        this.started = true;
        await this.exchange(message, true);
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = 1 + this.buffer.readInt32BE(1);
      if (this.buffer.length < length) return;
      const type = String.fromCharCode(this.buffer[0]!);
      const message = this.buffer.subarray(0, length);
      this.buffer = this.buffer.subarray(length);
      if (type === 'X') {
        // Terminate: 'close' follows and rolls back whatever the client left open.
        this.socket.end();
        return;
      }
      // The exchange ends with Sync (extended protocol) or a simple Query.
      await this.exchange(message, type === 'S' || type === 'Q');
    }
  }

  private async exchange(message: Buffer, endsExchange: boolean): Promise<void> {
    await this.gate.acquire(this.id);
    const reply = await this.pglite.runExclusive(() => this.pglite.execProtocolRaw(new Uint8Array(message)));
    if (!this.closed && reply.length) this.socket.write(reply);
    if (endsExchange && !this.pglite.isInTransaction()) this.gate.release(this.id);
  }

  /** A client that goes away mid-transaction leaves nothing open behind it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.socket.destroy();
    await this.chain.catch(() => undefined);
    await this.gate.acquire(this.id);
    try {
      if (this.pglite.isInTransaction()) await this.pglite.exec('ROLLBACK');
    } finally {
      this.gate.release(this.id);
    }
  }
}

export interface LocalSocket {
  address: SocketAddress;
  close(): Promise<void>;
}

/** Longest path a Unix socket may have (108 bytes on Linux, 104 on macOS, with the NUL). */
const MAX_SOCKET_PATH = 100;

export async function listenLocally(pglite: PGlite, gate: SessionGate, dataDir: string): Promise<LocalSocket> {
  const connections = new Set<Connection>();
  let next = 1;
  const server: Server = createServer((socket) => {
    const c = new Connection(next++, socket, pglite, gate);
    connections.add(c);
    socket.on('close', () => connections.delete(c));
  });
  const path = join(dataDir, `.s.PGSQL.${SOCKET_PORT}`);
  const unix = process.platform !== 'win32' && path.length <= MAX_SOCKET_PATH;
  // A socket file left by a killed server: ours to replace, since we hold the data directory.
  if (unix) rmSync(path, { force: true });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    if (unix) server.listen(path, done);
    else server.listen(0, '127.0.0.1', done);
  });
  const address: SocketAddress = unix ? { kind: 'unix', dir: dataDir } : { kind: 'tcp', host: '127.0.0.1', port: (server.address() as { port: number }).port };
  return {
    address,
    async close() {
      const closing = new Promise<void>((done) => server.close(() => done()));
      await Promise.all([...connections].map((c) => c.close()));
      await closing;
      if (unix) rmSync(path, { force: true });
    },
  };
}
