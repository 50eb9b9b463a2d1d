/** Accounts in the store, on both backends: password hashes, lockout, sessions and their expiry, API tokens, the last admin. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  createApiToken,
  endSession,
  getUser,
  hashPassword,
  listApiTokens,
  listUsers,
  login,
  LOGIN_LIMITS,
  revokeApiToken,
  SESSION_TTL_MS,
  sessionUser,
  tokenUser,
  updateUser,
  verifyPassword,
} from '../../src/store/accounts.js';
import { listAudit } from '../../src/store/audit.js';
import type { Store } from '../../src/store/index.js';
import { backends } from './backends.js';

const PASSWORD = 'a long enough password';

describe('password hashes', () => {
  it('are salted scrypt hashes that verify only the right password', async () => {
    const a = await hashPassword(PASSWORD);
    const b = await hashPassword(PASSWORD);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w+/=]+\$[\w+/=]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(PASSWORD, b)).toBe(true);
    expect(await verifyPassword(`${PASSWORD}!`, a)).toBe(false);
    expect(await verifyPassword(PASSWORD, 'not a hash')).toBe(false);
  });
});

describe.each(backends)('accounts on $name', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
    await addUser(store.db, { name: 'root', password: PASSWORD, role: 'admin' }, 'test');
    await addUser(store.db, { name: 'rosa', password: PASSWORD, role: 'analyst' }, 'test');
  }, 60_000);
  afterAll(async () => {
    await cleanup?.();
  });

  it('adds users with checked names, roles and passwords; the hash never leaves the store', async () => {
    await expect(addUser(store.db, { name: 'Rosa', password: PASSWORD, role: 'viewer' }, 'test')).rejects.toThrow(/already a user called "Rosa"/);
    await expect(addUser(store.db, { name: 'x y', password: PASSWORD, role: 'viewer' }, 'test')).rejects.toThrow(/not a user name/);
    await expect(addUser(store.db, { name: 'vic', password: 'short', role: 'viewer' }, 'test')).rejects.toThrow(/at least 10 characters/);
    await expect(addUser(store.db, { name: 'vic', password: PASSWORD, role: 'boss' }, 'test')).rejects.toThrow(/not a role/);
    expect((await listUsers(store.db)).map((u) => [u.name, u.role, u.disabled])).toEqual([
      ['root', 'admin', false],
      ['rosa', 'analyst', false],
    ]);
    expect(JSON.stringify(await getUser(store.db, 'ROSA'))).not.toMatch(/scrypt|hash/);
  });

  it('opens a session for the right password only, and ends it at logout or expiry', async () => {
    expect(await login(store.db, 'rosa', 'wrong password')).toEqual({ ok: false, reason: 'invalid' });
    expect(await login(store.db, 'nobody', PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
    const now = new Date();
    const ok = await login(store.db, 'Rosa', PASSWORD, { now, address: '192.0.2.1' });
    if (!ok.ok) throw new Error('login failed');
    expect(ok.user).toMatchObject({ name: 'rosa', role: 'analyst', lastLoginAt: now.toISOString() });
    expect(ok.token).toMatch(/^[\w-]{43}$/);
    expect(ok.expiresAt.getTime() - now.getTime()).toBe(SESSION_TTL_MS);
    // Kept hashed: the token itself is in no table.
    const { rows } = await store.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(rows.some((r) => r.token_hash === ok.token)).toBe(false);
    expect((await sessionUser(store.db, ok.token))?.name).toBe('rosa');
    expect(await sessionUser(store.db, ok.token, new Date(now.getTime() + SESSION_TTL_MS + 1000))).toBeNull();
    expect(await sessionUser(store.db, 'made-up-token')).toBeNull();
    expect(await endSession(store.db, ok.token)).toBe(true);
    expect(await sessionUser(store.db, ok.token)).toBeNull();
    expect(await endSession(store.db, ok.token)).toBe(false);
    const actions = (await listAudit(store.db, { actor: 'rosa' })).items.map((e) => e.action);
    expect(actions).toEqual(['logout', 'login', 'login.failed']);
    const failedUnknown = (await listAudit(store.db, { action: 'login.failed', actor: 'nobody' })).items[0];
    expect(failedUnknown).toMatchObject({ targetType: 'user', targetId: 'nobody' });
    expect((await listAudit(store.db, { action: 'login' })).items[0]!.note).toBe('from 192.0.2.1');
  });

  it('locks an account after too many failed logins within the window, until the lock ends', async () => {
    await addUser(store.db, { name: 'target', password: PASSWORD, role: 'viewer' }, 'test');
    const t0 = Date.now();
    const at = (minutes: number) => ({ now: new Date(t0 + minutes * 60_000) });
    // Failures spread beyond the window do not add up.
    for (let i = 0; i < LOGIN_LIMITS.failures - 1; i++) expect((await login(store.db, 'target', 'wrong password', at(0))).ok).toBe(false);
    expect((await login(store.db, 'target', 'wrong password', at(20))).ok).toBe(false);
    expect((await login(store.db, 'target', PASSWORD, at(21))).ok).toBe(true);
    // Within the window: locked, even for the right password.
    for (let i = 0; i < LOGIN_LIMITS.failures; i++) expect(await login(store.db, 'target', 'wrong password', at(30))).toEqual({ ok: false, reason: 'invalid' });
    const locked = await login(store.db, 'target', PASSWORD, at(31));
    expect(locked).toEqual({ ok: false, reason: 'locked', retryAfterSeconds: (LOGIN_LIMITS.lockMs - 60_000) / 1000 });
    expect((await login(store.db, 'target', PASSWORD, at(30 + LOGIN_LIMITS.lockMs / 60_000 + 1))).ok).toBe(true);
  });

  it('locks a client address after too many failed logins under any names, in the database (every server process sees it)', async () => {
    await addUser(store.db, { name: 'bystander', password: PASSWORD, role: 'viewer' }, 'test');
    const t0 = Date.now() + 3600_000;
    const at = (minutes: number, address: string) => ({ now: new Date(t0 + minutes * 60_000), address });
    for (let i = 0; i < LOGIN_LIMITS.failures; i++) expect((await login(store.db, `guess${i}`, 'wrong password', at(0, '198.51.100.7'))).ok).toBe(false);
    // Locked for the right password of an account it never tried; another address is not.
    expect(await login(store.db, 'bystander', PASSWORD, at(1, '198.51.100.7'))).toEqual({
      ok: false,
      reason: 'locked',
      retryAfterSeconds: (LOGIN_LIMITS.lockMs - 60_000) / 1000,
    });
    expect((await login(store.db, 'bystander', PASSWORD, at(1, '198.51.100.8'))).ok).toBe(true);
    const { rows } = await store.db.query<{ address: string }>('SELECT address FROM login_addresses');
    expect(rows.map((r) => r.address)).toContain('198.51.100.7');
    // The lock ends; stale entries go with the next failure.
    expect((await login(store.db, 'bystander', PASSWORD, at(LOGIN_LIMITS.lockMs / 60_000 + 1, '198.51.100.7'))).ok).toBe(true);
    await login(store.db, 'nobody', 'wrong password', at((2 * (LOGIN_LIMITS.lockMs + LOGIN_LIMITS.windowMs)) / 60_000, '203.0.113.1'));
    const after = await store.db.query<{ address: string }>('SELECT address FROM login_addresses');
    expect(after.rows.map((r) => r.address)).toEqual(['203.0.113.1']);
  });

  it('keeps an active admin, and ends the sessions and tokens of a disabled user', async () => {
    await expect(updateUser(store.db, 'root', { role: 'analyst' }, 'test')).rejects.toThrow(/last active admin/);
    await expect(updateUser(store.db, 'root', { disabled: true }, 'test')).rejects.toThrow(/last active admin/);
    await expect(updateUser(store.db, 'ghost', { role: 'viewer' }, 'test')).rejects.toThrow(/no user called "ghost"/);
    await updateUser(store.db, 'rosa', { role: 'admin' }, 'root');
    expect((await updateUser(store.db, 'root', { role: 'analyst' }, 'rosa')).role).toBe('analyst');
    await updateUser(store.db, 'root', { role: 'admin' }, 'rosa');

    const session = await login(store.db, 'rosa', PASSWORD);
    if (!session.ok) throw new Error('login failed');
    const { token } = await createApiToken(store.db, 'rosa', 'nightly export', 'root');
    expect(token).toMatch(/^tally_[\w-]{43}$/);
    expect((await tokenUser(store.db, token))?.name).toBe('rosa');
    const { rows } = await store.db.query<{ last_used_at: unknown; label: string }>('SELECT last_used_at, label FROM api_tokens');
    expect(rows[0]).toMatchObject({ label: 'nightly export', last_used_at: expect.anything() });
    expect(await tokenUser(store.db, 'tally_not-a-token')).toBeNull();
    expect(await tokenUser(store.db, session.token)).toBeNull();

    await updateUser(store.db, 'rosa', { disabled: true }, 'root');
    expect(await sessionUser(store.db, session.token)).toBeNull();
    expect(await tokenUser(store.db, token)).toBeNull();
    expect(await login(store.db, 'rosa', PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
    await expect(createApiToken(store.db, 'rosa', '', 'root')).rejects.toThrow(/disabled/);
    await updateUser(store.db, 'rosa', { disabled: false, password: 'another long password' }, 'root');
    expect((await login(store.db, 'rosa', 'another long password')).ok).toBe(true);
    const audit = (await listAudit(store.db, { action: 'user' }, { limit: 100 })).items.filter((e) => e.targetId === 'rosa').map((e) => e.action);
    expect(audit).toEqual(['user.password', 'user.enable', 'user.disable', 'user.role', 'user.add']);
    expect((await listAudit(store.db, { action: 'token.create' })).items[0]).toMatchObject({
      actor: 'root',
      targetId: 'rosa',
      after: { label: 'nightly export' },
    });
  });

  it('lists API tokens without the secret and revokes one, audited, leaving the others working', async () => {
    await addUser(store.db, { name: 'tomas', password: PASSWORD, role: 'analyst' }, 'test');
    const a = await createApiToken(store.db, 'tomas', 'ingest job', 'root');
    const b = await createApiToken(store.db, 'tomas', 'export job', 'root');
    const listed = await listApiTokens(store.db, 'TOMAS');
    expect(listed.map((t) => [t.id, t.user, t.label, t.lastUsedAt])).toEqual([
      [a.record.id, 'tomas', 'ingest job', null],
      [b.record.id, 'tomas', 'export job', null],
    ]);
    expect(JSON.stringify(listed)).not.toContain(a.token.slice(6));
    expect((await listApiTokens(store.db)).length).toBeGreaterThanOrEqual(2);
    expect(await listApiTokens(store.db, 'nobody')).toEqual([]);

    expect((await revokeApiToken(store.db, a.record.id, 'root')).label).toBe('ingest job');
    expect(await tokenUser(store.db, a.token)).toBeNull();
    expect((await tokenUser(store.db, b.token))?.name).toBe('tomas');
    await expect(revokeApiToken(store.db, a.record.id, 'root')).rejects.toThrow(/no API token with id/);
    expect((await listAudit(store.db, { action: 'token.revoke' })).items[0]).toMatchObject({
      actor: 'root',
      targetId: 'tomas',
      before: { id: a.record.id, label: 'ingest job' },
    });
  });
});
