/**
 * Accounts (migration 12): users with scrypt-hashed passwords and a role, login sessions and API
 * tokens. Passwords are kept only as `scrypt$N$r$p$salt$hash` (a salt per user); session and API
 * tokens are 32 random bytes handed out once and kept only as their SHA-256, so a copy of the
 * database opens no account. Every account write and every login, failed login and logout is
 * recorded in the audit log (audit.ts) with the name it concerns, never a password.
 */
import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { recordAudit, type AuditAction } from './audit.js';
import type { Db, Queryable } from './db.js';
import { ConflictError, InvalidInputError, NotFoundError } from './errors.js';

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What each role may do includes what the ones before it may: viewer < analyst < admin. */
export const roleAtLeast = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);

/**
 * Brute-force limits, in one place: this many failed logins for one account (or, in the server,
 * from one client address) within the window lock it for `lockMs`.
 */
export const LOGIN_LIMITS = { failures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;

/** How long a login lasts. */
export const SESSION_TTL_MS = 7 * 24 * 3600_000;

export const MIN_PASSWORD = 10;

/** scrypt cost: N=2^15 (32 MiB with r=8), about 50-100 ms a hash. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 } as const;

export interface User {
  id: number;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((done, fail) => scryptCallback(password, salt, keyLength, options, (err, key) => (err ? fail(err) : done(key))));
}

const scryptOptions = (N: number, r: number, p: number): ScryptOptions => ({ N, r, p, maxmem: 256 * N * r });

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, SCRYPT.keyLength, scryptOptions(SCRYPT.N, SCRYPT.r, SCRYPT.p));
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, scryptOptions(Number(n), Number(r), Number(p)));
  return timingSafeEqual(key, expected);
}

/** A hash no password matches: an unknown name costs the same time as a wrong password. */
let decoy: Promise<string> | null = null;

/** A secret to hand out once: 32 random bytes, URL-safe. */
export const newSecret = (prefix = ''): string => `${prefix}${randomBytes(32).toString('base64url')}`;
const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export function checkUserName(name: string): string {
  const n = name.trim();
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._@-]{0,63}$/u.test(n)) {
    throw new InvalidInputError(`"${name}" is not a user name: use 1 to 64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit`);
  }
  return n;
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD) throw new InvalidInputError(`the password is too short: give at least ${MIN_PASSWORD} characters`);
  if (password.length > 1000) throw new InvalidInputError('the password is too long: give at most 1000 characters');
}

export function checkRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) throw new InvalidInputError(`"${role}" is not a role: give viewer, analyst or admin`);
  return role as Role;
}

/** A password for a new account, to print once: 18 random bytes (24 characters). */
export const generatedPassword = (): string => randomBytes(18).toString('base64url');

interface UserRow {
  id: number | string;
  name: string;
  role: Role;
  disabled: boolean;
  created_at: Date | string;
  last_login_at: Date | string | null;
}
const USER_COLUMNS = 'u.id, u.name, u.role, u.disabled, u.created_at, u.last_login_at';
const iso = (v: Date | string | null): string | null => (v == null ? null : new Date(v).toISOString());
const toUser = (r: UserRow): User => ({
  id: Number(r.id),
  name: r.name,
  role: r.role,
  disabled: Boolean(r.disabled),
  createdAt: iso(r.created_at)!,
  lastLoginAt: iso(r.last_login_at),
});

export async function countUsers(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number | string }>('SELECT count(*) AS n FROM users');
  return Number(rows[0]!.n);
}

export async function listUsers(db: Queryable): Promise<User[]> {
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u ORDER BY lower(u.name)`);
  return rows.map(toUser);
}

export async function getUser(db: Queryable, name: string): Promise<User | null> {
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE lower(u.name) = lower($1)`, [name.trim()]);
  return rows[0] ? toUser(rows[0]) : null;
}

const userValues = (u: User) => ({ name: u.name, role: u.role, disabled: u.disabled });

export async function addUser(db: Db, input: { name: string; password: string; role: string }, actor: string): Promise<User> {
  const name = checkUserName(input.name);
  const role = checkRole(input.role);
  checkPassword(input.password);
  const hash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await getUser(tx, name)) throw new ConflictError(`there is already a user called "${name}": choose another name`);
    const { rows } = await tx.query<UserRow>(`INSERT INTO users AS u (name, password_hash, role) VALUES ($1, $2, $3) RETURNING ${USER_COLUMNS}`, [
      name,
      hash,
      role,
    ]);
    const user = toUser(rows[0]!);
    await recordAudit(tx, { actor, action: 'user.add', targetType: 'user', targetId: user.name, after: userValues(user) });
    return user;
  });
}

export interface UserPatch {
  role?: string;
  disabled?: boolean;
  password?: string;
}

/**
 * Changes a user's role, disabled flag or password. Refused (409) when it would leave no active
 * admin: someone must be able to manage the accounts. Disabling or a new password ends the
 * user's sessions.
 */
export async function updateUser(db: Db, name: string, patch: UserPatch, actor: string): Promise<User> {
  const role = patch.role === undefined ? undefined : checkRole(patch.role);
  if (patch.password !== undefined) checkPassword(patch.password);
  const hash = patch.password === undefined ? undefined : await hashPassword(patch.password);
  return db.transaction(async (tx) => {
    const { rows: found } = await tx.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE lower(u.name) = lower($1) FOR UPDATE`, [name.trim()]);
    if (!found[0]) throw new NotFoundError(`no user called "${name}" (see the list of users)`);
    const before = toUser(found[0]);
    const after: User = { ...before, role: role ?? before.role, disabled: patch.disabled ?? before.disabled };
    const wasAdmin = before.role === 'admin' && !before.disabled;
    if (wasAdmin && (after.role !== 'admin' || after.disabled)) {
      // Locks every admin row: two admins demoting each other at once cannot both pass.
      const { rows } = await tx.query<{ id: number | string }>(`SELECT id FROM users WHERE role = 'admin' AND NOT disabled FOR UPDATE`);
      if (rows.length <= 1) {
        throw new ConflictError(`${before.name} is the last active admin: make another user admin first, or nobody could manage the accounts`);
      }
    }
    await tx.query('UPDATE users SET role = $2, disabled = $3, password_hash = COALESCE($4, password_hash) WHERE id = $1', [
      before.id,
      after.role,
      after.disabled,
      hash ?? null,
    ]);
    if (after.disabled || hash) await tx.query('DELETE FROM sessions WHERE user_id = $1', [before.id]);
    if (after.disabled) await tx.query('DELETE FROM api_tokens WHERE user_id = $1', [before.id]);
    if (hash) await tx.query('UPDATE users SET failed_attempts = 0, first_failed_at = NULL, locked_until = NULL WHERE id = $1', [before.id]);
    const log = (action: AuditAction, b: unknown, a: unknown) =>
      recordAudit(tx, { actor, action, targetType: 'user', targetId: before.name, before: b, after: a });
    if (after.role !== before.role) await log('user.role', { role: before.role }, { role: after.role });
    if (after.disabled !== before.disabled)
      await log(after.disabled ? 'user.disable' : 'user.enable', { disabled: before.disabled }, { disabled: after.disabled });
    if (hash) await log('user.password', null, null);
    return after;
  });
}

export type LoginResult =
  { ok: true; user: User; token: string; expiresAt: Date } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'locked'; retryAfterSeconds: number };

interface LoginRow extends UserRow {
  password_hash: string;
  failed_attempts: number;
  first_failed_at: Date | string | null;
  locked_until: Date | string | null;
}

/**
 * Checks a name and password and opens a session. A wrong password counts against the account:
 * LOGIN_LIMITS.failures within the window lock it (even for the right password) until the lock
 * ends. Unknown names, disabled accounts and wrong passwords answer alike. `address` (the
 * client's) is kept with the audit entry.
 */
export async function login(db: Db, name: string, password: string, opts: { address?: string; now?: Date } = {}): Promise<LoginResult> {
  const now = opts.now ?? new Date();
  if (opts.address) {
    const wait = await addressLockedFor(db, opts.address, now);
    if (wait) return { ok: false, reason: 'locked', retryAfterSeconds: wait };
  }
  const { rows } = await db.query<LoginRow>(
    `SELECT ${USER_COLUMNS}, u.password_hash, u.failed_attempts, u.first_failed_at, u.locked_until FROM users u WHERE lower(u.name) = lower($1)`,
    [name.trim()],
  );
  const row = rows[0];
  const attempted = name.trim().slice(0, 200);
  const note = opts.address ? `from ${opts.address}` : null;
  if (row?.locked_until && new Date(row.locked_until) > now) {
    return { ok: false, reason: 'locked', retryAfterSeconds: Math.ceil((new Date(row.locked_until).getTime() - now.getTime()) / 1000) };
  }
  const matches = await verifyPassword(password, row?.password_hash ?? (await (decoy ??= hashPassword(newSecret()))));
  if (!row || row.disabled || !matches) {
    await db.transaction(async (tx) => {
      if (row && !matches) {
        const fresh = !row.first_failed_at || now.getTime() - new Date(row.first_failed_at).getTime() > LOGIN_LIMITS.windowMs;
        const failures = fresh ? 1 : Number(row.failed_attempts) + 1;
        const lock = failures >= LOGIN_LIMITS.failures ? new Date(now.getTime() + LOGIN_LIMITS.lockMs) : null;
        await tx.query('UPDATE users SET failed_attempts = $2, first_failed_at = $3, locked_until = $4 WHERE id = $1', [
          row.id,
          lock ? 0 : failures,
          lock ? null : fresh ? now : row.first_failed_at,
          lock,
        ]);
      }
      if (opts.address) await addressFailed(tx, opts.address, now);
      await recordAudit(tx, { actor: attempted || '(no name)', action: 'login.failed', targetType: 'user', targetId: attempted || null, note });
    });
    return { ok: false, reason: 'invalid' };
  }
  const user = toUser(row);
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.transaction(async (tx) => {
    await tx.query('UPDATE users SET failed_attempts = 0, first_failed_at = NULL, locked_until = NULL, last_login_at = $2 WHERE id = $1', [user.id, now]);
    await tx.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [tokenHash(token), user.id, expiresAt]);
    // Expired sessions go as new ones come: the table holds only live logins.
    await tx.query('DELETE FROM sessions WHERE expires_at < $1', [now]);
    await recordAudit(tx, { actor: user.name, action: 'login', targetType: 'user', targetId: user.name, note });
  });
  return { ok: true, user: { ...user, lastLoginAt: now.toISOString() }, token, expiresAt };
}

/** Seconds until a client address may try to log in again (LOGIN_LIMITS), or 0. */
async function addressLockedFor(db: Queryable, address: string, now: Date): Promise<number> {
  const { rows } = await db.query<{ locked_until: Date | string | null }>('SELECT locked_until FROM login_addresses WHERE address = $1', [address]);
  const until = rows[0]?.locked_until ? new Date(rows[0].locked_until).getTime() : 0;
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/**
 * Counts a failed login from a client address, whatever name it tried: LOGIN_LIMITS.failures
 * within the window lock the address. Entries whose window and lock are over go, so that a scan
 * from many addresses does not grow the table without end.
 */
async function addressFailed(db: Queryable, address: string, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - LOGIN_LIMITS.windowMs);
  const { rows } = await db.query<{ failed_attempts: number }>(
    `INSERT INTO login_addresses AS a (address, failed_attempts, first_failed_at) VALUES ($1, 1, $2)
     ON CONFLICT (address) DO UPDATE SET
       failed_attempts = CASE WHEN a.first_failed_at < $3 THEN 1 ELSE a.failed_attempts + 1 END,
       first_failed_at = CASE WHEN a.first_failed_at < $3 THEN $2 ELSE a.first_failed_at END
     RETURNING failed_attempts`,
    [address.slice(0, 200), now, windowStart],
  );
  if (Number(rows[0]?.failed_attempts) >= LOGIN_LIMITS.failures) {
    await db.query('UPDATE login_addresses SET failed_attempts = 0, first_failed_at = $2, locked_until = $3 WHERE address = $1', [
      address.slice(0, 200),
      now,
      new Date(now.getTime() + LOGIN_LIMITS.lockMs),
    ]);
  }
  await db.query('DELETE FROM login_addresses WHERE first_failed_at < $1 AND (locked_until IS NULL OR locked_until < $2)', [windowStart, now]);
}

/** The user of a live session (not expired, account not disabled), or null. */
export async function sessionUser(db: Queryable, token: string, now = new Date()): Promise<User | null> {
  const { rows } = await db.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2 AND NOT u.disabled`,
    [tokenHash(token), now],
  );
  return rows[0] ? toUser(rows[0]) : null;
}

/** Ends a session (logout); true when there was one. */
export async function endSession(db: Db, token: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ name: string }>('DELETE FROM sessions s USING users u WHERE s.token_hash = $1 AND u.id = s.user_id RETURNING u.name', [
      tokenHash(token),
    ]);
    if (!rows[0]) return false;
    await recordAudit(tx, { actor: rows[0].name, action: 'logout', targetType: 'user', targetId: rows[0].name });
    return true;
  });
}

/** Prefix of API tokens: tells them from session cookies in logs and secret scanners. */
export const API_TOKEN_PREFIX = 'tally_';

/** An API token as listed: never the token itself (only its hash is kept). */
export interface ApiTokenRecord {
  id: number;
  user: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
}

interface ApiTokenRow {
  id: string | number;
  user_name: string;
  label: string;
  created_at: Date | string;
  last_used_at: Date | string | null;
}

const toTokenRecord = (r: ApiTokenRow): ApiTokenRecord => ({
  id: Number(r.id),
  user: r.user_name,
  label: r.label,
  createdAt: iso(r.created_at)!,
  lastUsedAt: iso(r.last_used_at),
});

/** Creates an API token for a user's scripts; the token is returned once and kept only hashed. */
export async function createApiToken(db: Db, userName: string, label: string, actor: string): Promise<{ token: string; user: User; record: ApiTokenRecord }> {
  const user = await getUser(db, userName);
  if (!user) throw new NotFoundError(`no user called "${userName}" (see "tally user list")`);
  if (user.disabled) throw new InvalidInputError(`${user.name} is disabled: enable the account before giving it a token`);
  const token = newSecret(API_TOKEN_PREFIX);
  const record = await db.transaction(async (tx) => {
    const { rows } = await tx.query<ApiTokenRow>(
      'INSERT INTO api_tokens (token_hash, label, user_id) VALUES ($1, $2, $3) RETURNING id, $4::text AS user_name, label, created_at, last_used_at',
      [tokenHash(token), label.slice(0, 200), user.id, user.name],
    );
    const created = toTokenRecord(rows[0]!);
    await recordAudit(tx, { actor, action: 'token.create', targetType: 'user', targetId: user.name, after: { id: created.id, label } });
    return created;
  });
  return { token, user, record };
}

/** The API tokens of every user, or of one, oldest first. */
export async function listApiTokens(db: Queryable, userName?: string): Promise<ApiTokenRecord[]> {
  const { rows } = await db.query<ApiTokenRow>(
    `SELECT t.id, u.name AS user_name, t.label, t.created_at, t.last_used_at FROM api_tokens t JOIN users u ON u.id = t.user_id
     WHERE $1::text IS NULL OR lower(u.name) = lower($1::text) ORDER BY t.id`,
    [userName ?? null],
  );
  return rows.map(toTokenRecord);
}

/** Revokes one API token by its id (`tally token list` shows it): scripts using it are refused from now on. */
export async function revokeApiToken(db: Db, id: number, actor: string): Promise<ApiTokenRecord> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<ApiTokenRow>(
      'DELETE FROM api_tokens t USING users u WHERE t.id = $1 AND u.id = t.user_id RETURNING t.id, u.name AS user_name, t.label, t.created_at, t.last_used_at',
      [id],
    );
    if (!rows[0]) throw new NotFoundError(`no API token with id ${id} (see "tally token list")`);
    const revoked = toTokenRecord(rows[0]);
    await recordAudit(tx, { actor, action: 'token.revoke', targetType: 'user', targetId: revoked.user, before: { id: revoked.id, label: revoked.label } });
    return revoked;
  });
}

/** The user of an API token (account not disabled), or null; marks the token used. */
export async function tokenUser(db: Queryable, token: string): Promise<User | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const { rows } = await db.query<UserRow>(
    `UPDATE api_tokens t SET last_used_at = now() FROM users u WHERE t.token_hash = $1 AND u.id = t.user_id AND NOT u.disabled RETURNING ${USER_COLUMNS}`,
    [tokenHash(token)],
  );
  return rows[0] ? toUser(rows[0]) : null;
}
