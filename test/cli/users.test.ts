/** `tally user` and `tally token` on a temporary data directory; CLI writes audited under TALLY_TOKEN's account. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Store } from '../../src/store/index.js';
import { login } from '../../src/store/accounts.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-users-cli-'));
const me = userInfo().username;

async function tally(args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  const stdin = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  if (opts.stdin !== undefined) Object.defineProperty(process, 'stdin', { value: Readable.from([Buffer.from(opts.stdin)]), configurable: true });
  // The embedded store in the temporary directory, even where DATABASE_URL names a server (CI).
  const saved = { DATABASE_URL: process.env.DATABASE_URL, TALLY_TOKEN: process.env.TALLY_TOKEN };
  delete process.env.DATABASE_URL;
  delete process.env.TALLY_TOKEN;
  Object.assign(process.env, opts.env);
  try {
    const code = await main(['node', 'tally', '--data-dir', join(dir, 'data'), ...args]);
    return { code, out, err };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    Object.defineProperty(process, 'stdin', stdin);
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await Store.open({ dataDir: join(dir, 'data') });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

describe('tally user and tally token', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds, lists, changes and disables users; passwords from stdin or generated and printed once', async () => {
    const added = await tally(['user', 'add', 'olga', '--role', 'admin']);
    expect(added.code, added.err).toBe(0);
    const generated = /^ {4}(\S+)$/m.exec(added.out)?.[1];
    expect(added.out).toContain('added olga: admin');
    expect(generated?.length).toBeGreaterThanOrEqual(20);
    expect((await withStore((s) => login(s.db, 'olga', generated!))).ok).toBe(true);

    const piped = await tally(['user', 'add', 'piotr', '--role', 'viewer', '--password-stdin'], { stdin: 'piped password one\n' });
    expect(piped.code, piped.err).toBe(0);
    expect(piped.out).toBe('added piotr: viewer\n');
    expect((await withStore((s) => login(s.db, 'piotr', 'piped password one'))).ok).toBe(true);

    const bad = await tally(['user', 'add', 'x', '--role', 'boss']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/boss.*Allowed choices are viewer, analyst, admin/s);
    const short = await tally(['user', 'add', 'quinn', '--role', 'viewer', '--password-stdin'], { stdin: 'short\n' });
    expect(short.code).toBe(1);
    expect(short.err).toMatch(/at least 10 characters/);

    expect((await tally(['user', 'set-role', 'piotr', 'analyst'])).out).toBe('piotr: analyst\n');
    const last = await tally(['user', 'set-role', 'olga', 'viewer']);
    expect(last.code).toBe(1);
    expect(last.err).toMatch(/last active admin/);
    expect((await tally(['user', 'disable', 'piotr'])).out).toBe('piotr: analyst (disabled)\n');
    expect((await withStore((s) => login(s.db, 'piotr', 'piped password one'))).ok).toBe(false);
    expect((await tally(['user', 'enable', 'piotr'])).code).toBe(0);

    const pw = await tally(['user', 'password', 'piotr', '--password-stdin'], { stdin: 'a new password two\n' });
    expect(pw.out).toBe('new password set for piotr\n');
    expect((await withStore((s) => login(s.db, 'piotr', 'a new password two'))).ok).toBe(true);

    const list = await tally(['user', 'list']);
    expect(list.out).toMatch(/olga\s+admin\s+active/);
    expect(list.out).toMatch(/piotr\s+analyst\s+active/);
    expect(list.out).not.toContain('scrypt');
    expect((await tally(['user', 'disable', 'nobody'])).err).toMatch(/no user called "nobody"/);

    // Every change audited under the operating-system user (no TALLY_TOKEN).
    const audit = JSON.parse((await tally(['audit', '--action', 'user', '--format', 'json'])).out) as {
      items: Array<{ actor: string; action: string; targetId: string }>;
    };
    expect(audit.items.map((e) => e.action)).toEqual(['user.password', 'user.enable', 'user.disable', 'user.role', 'user.add', 'user.add']);
    expect(audit.items.every((e) => e.actor === me)).toBe(true);
  }, 120_000);

  it('creates an API token printed once; CLI writes are audited under its account', async () => {
    const created = await tally(['token', 'create', '--user', 'piotr', '--label', 'nightly ingest']);
    expect(created.code, created.err).toBe(0);
    const token = /^ {4}(tally_\S+)$/m.exec(created.out)?.[1];
    expect(token).toBeDefined();
    expect((await tally(['token', 'create', '--user', 'nobody'])).err).toMatch(/no user called "nobody"/);

    const file = join(dir, 'report.txt');
    writeFileSync(file, 'Police said 12 protesters were killed in Isfahan on 3 December 2019.');
    const ingested = await tally(['ingest', file, '--crisis', 'Token crisis'], { env: { TALLY_TOKEN: token! } });
    expect(ingested.code, ingested.err).toBe(0);
    expect(ingested.err).toBe('');
    const crisis = await tally(['crisis', 'create', 'Token crisis', '--region', 'Iran'], { env: { TALLY_TOKEN: 'tally_revoked' } });
    expect(crisis.code).toBe(0);
    expect(crisis.err).toMatch(/TALLY_TOKEN is not a valid API token.*writing as the operating-system user/);

    const audit = JSON.parse((await tally(['audit', '--crisis', 'Token crisis', '--format', 'json'])).out) as {
      items: Array<{ actor: string; action: string }>;
    };
    expect(audit.items.map((e) => [e.action, e.actor])).toEqual([
      ['crisis.update', me],
      ['ingest', 'piotr'],
    ]);
    const tokens = JSON.parse((await tally(['audit', '--action', 'token.create', '--format', 'json'])).out) as {
      items: Array<{ actor: string; targetId: string }>;
    };
    expect(tokens.items[0]).toMatchObject({ actor: me, targetId: 'piotr' });

    // Listed without the secret, and revoked by id: the revoked token writes as nobody any more.
    const listed = await tally(['token', 'list', '--user', 'piotr']);
    expect(listed.out).toMatch(/^id\s+user\s+label/m);
    expect(listed.out).toContain('nightly ingest');
    expect(listed.out).not.toContain(token!.slice(6));
    const [record] = JSON.parse((await tally(['token', 'list', '--format', 'json'])).out) as Array<{ id: number; user: string }>;
    expect(record).toMatchObject({ user: 'piotr' });
    expect((await tally(['token', 'revoke', 'x'])).err).toMatch(/not a token id/);
    const revoked = await tally(['token', 'revoke', String(record!.id)]);
    expect(revoked.out).toMatch(/revoked token \d+ of piotr \(nightly ingest\)/);
    expect((await tally(['token', 'revoke', String(record!.id)])).err).toMatch(/no API token with id/);
    const after = await tally(['crisis', 'create', 'After revoke', '--region', 'Iran'], { env: { TALLY_TOKEN: token! } });
    expect(after.err).toMatch(/TALLY_TOKEN is not a valid API token/);
    expect((await tally(['token', 'list'])).out).toMatch(/no API tokens/);
  }, 120_000);
});
