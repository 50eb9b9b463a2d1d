/**
 * Who may do what on the server.
 *
 * - Login-free: an embedded store (PGlite) served on loopback only, without --public-url. Only
 *   people on this machine reach it; every request acts as a local admin named after the
 *   operating-system user, and names sent with writes (reviewer, editor, by) are kept.
 * - Login required: any other address, a --public-url, or a PostgreSQL store (team mode). A
 *   request is someone's by the session cookie `tally_session` (HttpOnly, SameSite=Strict,
 *   Path=/, Secure behind https; set by POST /api/auth/login, kept hashed in the store) or by
 *   `Authorization: Bearer <token>` (API tokens from `tally token create`, for scripts). Writes
 *   are recorded under that user's name whatever name the request carries.
 * - Roles: viewer < analyst < admin. Each API route needs the role in its `x-role` (see
 *   account-routes.ts), else viewer for GET and analyst for other methods; `requiredRoles`
 *   reads them from the app's OpenAPI registry, so a new route is covered by declaring it.
 *   Anonymous: 401; too low a role: 403 naming the role needed. The web pages, the basemap and
 *   the OpenAPI document are public (the login page must load).
 * - Private crises: per request, the crises the user may not see (store/visibility.ts) are
 *   worked out once and every store filter of the request takes them.
 * - Brute force: LOGIN_LIMITS (store/accounts.ts) failed logins lock an account, and as many
 *   from one client address lock that address, for 15 minutes (429 with Retry-After).
 */
import { userInfo } from 'node:os';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  addUser,
  countUsers,
  createApiToken,
  endSession,
  generatedPassword,
  listApiTokens,
  listUsers,
  login,
  roleAtLeast,
  revokeApiToken,
  ROLES,
  SESSION_TTL_MS,
  sessionUser,
  tokenUser,
  updateUser,
  type Role,
  type User,
} from '../store/accounts.js';
import { recordAudit } from '../store/audit.js';
import { ConflictError, InvalidInputError, NotFoundError, type Store } from '../store/index.js';
import { SEES_ALL, setCrisisAccess, visibilityFor, withAccess, type CrisisAccess, type Visibility } from '../store/visibility.js';
import * as a from './account-routes.js';

export const SESSION_COOKIE = 'tally_session';

/** What a route needs: a role, or nothing ('public'). */
export type Access = Role | 'public';

export interface AuthOptions {
  host?: string;
  publicUrl?: string | null;
  /** Overrides the rule below (tests, and servers that know better). */
  loginRequired?: boolean;
}

const LOOPBACK_HOSTS = /^(127(\.\d{1,3}){3}|localhost|::1|\[::1\])$/i;

/** Login is required unless an embedded store is served on loopback only without a public URL. */
export function loginRequired(opts: AuthOptions, storeKind: Store['kind']): boolean {
  if (opts.loginRequired !== undefined) return opts.loginRequired;
  return storeKind === 'postgres' || !!opts.publicUrl || !LOOPBACK_HOSTS.test((opts.host ?? '127.0.0.1').trim());
}

/** The operating-system user: the name of the local admin of a login-free server. */
export function localUserName(): string {
  try {
    return userInfo().username || 'local';
  } catch {
    return 'local';
  }
}

export interface RequestAuth {
  /** Whose request it is (the local admin on a login-free server), or null: nobody logged in. */
  user: { name: string; role: Role } | null;
  /** Logged in (by session or token): the user's name is the actor of every write. */
  authenticated: boolean;
  visibility: Visibility;
}

declare module 'hono' {
  interface ContextVariableMap {
    auth: RequestAuth;
  }
}

const ANONYMOUS: RequestAuth = { user: null, authenticated: false, visibility: SEES_ALL };

/** The auth of a request (set by `authenticate`). */
export const authOf = (c: Context): RequestAuth => (c.get('auth') as RequestAuth | undefined) ?? ANONYMOUS;

/** Who a write is recorded under: the logged-in user, else the name the request gives (login-free servers). */
export function actorFor(c: Context, given?: string | null): string {
  const auth = authOf(c);
  if (auth.authenticated && auth.user) return auth.user.name;
  return given?.trim() || '';
}

/** The visibility of a request: what store filters leave out for its user. */
export const visibilityOf = (c: Context): Visibility => authOf(c).visibility;

interface RoutePattern {
  method: string;
  pattern: RegExp;
  access: Access;
}

/** The role each API operation needs, from the routes registered on the app (their `x-role`, else by method). */
export function requiredRoles(app: OpenAPIHono): RoutePattern[] {
  const out: RoutePattern[] = [];
  for (const d of app.openAPIRegistry.definitions) {
    if (d.type !== 'route') continue;
    const route = d.route as typeof d.route & { 'x-role'?: Access };
    const method = route.method.toUpperCase();
    const access = route['x-role'] ?? (method === 'GET' ? 'viewer' : 'analyst');
    const pattern = new RegExp(`^${route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`);
    out.push({ method, pattern, access });
  }
  return out;
}

function accessOf(table: RoutePattern[], method: string, path: string): Access {
  const m = method === 'HEAD' ? 'GET' : method;
  // What the API is, not what it holds.
  if (m === 'GET' && path === '/api/openapi.json') return 'public';
  // An unknown API path answers 404 (app.ts), after the viewer check.
  return table.find((r) => r.method === m && r.pattern.test(path))?.access ?? 'viewer';
}

const ARTICLE: Record<Role, string> = { viewer: 'a viewer', analyst: 'an analyst', admin: 'an admin' };

/** Identifies the user of each API request and refuses what their role does not allow. */
export function authenticate(app: OpenAPIHono, store: Store, opts: AuthOptions): MiddlewareHandler {
  const required = loginRequired(opts, store.kind);
  const local: RequestAuth = { user: { name: localUserName(), role: 'admin' }, authenticated: false, visibility: SEES_ALL };
  let table: RoutePattern[] | null = null;
  return async (c, next) => {
    if (!required) {
      c.set('auth', local);
      return next();
    }
    table ??= requiredRoles(app);
    const access = accessOf(table, c.req.method, c.req.path);
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const cookie = getCookie(c, SESSION_COOKIE);
    const user: User | null = bearer ? await tokenUser(store.db, bearer) : cookie ? await sessionUser(store.db, cookie) : null;
    if (bearer && !user && access !== 'public') {
      return c.json({ error: 'log in first: the API token is not valid (revoked, or its user disabled); create one with "tally token create"' }, 401);
    }
    const auth: RequestAuth = { user: user && { name: user.name, role: user.role }, authenticated: !!user, visibility: SEES_ALL };
    c.set('auth', auth);
    if (access === 'public') return next();
    if (!user) {
      return c.json(
        { error: 'log in first: POST /api/auth/login with your name and password (scripts: send an API token as "Authorization: Bearer <token>")' },
        401,
      );
    }
    if (!roleAtLeast(user.role, access)) {
      return c.json({ error: `this needs the ${access} role; you (${user.name}) are ${ARTICLE[user.role]}: ask an admin to change your role` }, 403);
    }
    auth.visibility = await visibilityFor(store.db, user);
    return next();
  };
}

/** The client's address: behind a proxy (--public-url) the one the proxy appended to X-Forwarded-For. */
function clientAddress(c: Context, opts: AuthOptions): string {
  if (opts.publicUrl) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').pop()?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}

const publicUser = (u: User) => ({ name: u.name, role: u.role, disabled: u.disabled, createdAt: u.createdAt, lastLoginAt: u.lastLoginAt });

/** The account routes: login, logout, me, users, and a crisis's access. */
export function registerAccountApi(app: OpenAPIHono, store: Store, opts: AuthOptions): void {
  const required = loginRequired(opts, store.kind);
  const secure = !!opts.publicUrl && new URL(opts.publicUrl).protocol === 'https:';
  const tooMany = (seconds: number) => ({ error: `too many failed logins: try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? 's' : ''}` });

  app.openapi(a.meRoute, (c) => {
    // Login-free: the local admin; else the logged-in user or null.
    return c.json({ user: authOf(c).user, loginRequired: required }, 200);
  });

  app.openapi(a.loginRoute, async (c) => {
    const { name, password } = c.req.valid('json');
    const address = clientAddress(c, opts);
    const result = await login(store.db, name, password, { address });
    if (!result.ok && result.reason === 'locked') return c.json(tooMany(result.retryAfterSeconds), 429, { 'retry-after': String(result.retryAfterSeconds) });
    if (!result.ok) return c.json({ error: 'wrong user name or password' }, 401);
    setCookie(c, SESSION_COOKIE, result.token, { httpOnly: true, sameSite: 'Strict', path: '/', secure, maxAge: Math.floor(SESSION_TTL_MS / 1000) });
    return c.json({ user: { name: result.user.name, role: result.user.role } }, 200);
  });

  app.openapi(a.logoutRoute, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await endSession(store.db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure, httpOnly: true, sameSite: 'Strict' });
    return c.json({ ok: true as const }, 200);
  });

  // The actor of account changes on a login-free server is its local admin.
  const admin = (c: Context) => actorFor(c) || authOf(c).user?.name || localUserName();

  app.openapi(a.listUsersRoute, async (c) => c.json({ users: (await listUsers(store.db)).map(publicUser) }, 200));
  app.openapi(a.createUserRoute, async (c) => c.json(publicUser(await addUser(store.db, c.req.valid('json'), admin(c))), 201));
  app.openapi(a.updateUserRoute, async (c) => c.json(publicUser(await updateUser(store.db, c.req.valid('param').name, c.req.valid('json'), admin(c))), 200));
  app.openapi(a.listTokensRoute, async (c) => c.json({ tokens: await listApiTokens(store.db, c.req.valid('query').user) }, 200));
  app.openapi(a.createTokenRoute, async (c) => {
    const { user, label } = c.req.valid('json');
    const { token, record } = await createApiToken(store.db, user, label, admin(c));
    return c.json({ token, record }, 201);
  });
  app.openapi(a.revokeTokenRoute, async (c) => c.json(await revokeApiToken(store.db, c.req.valid('param').id, admin(c)), 200));

  app.openapi(a.updateCrisisRoute, async (c) => {
    const { name } = c.req.valid('param');
    const patch = c.req.valid('json');
    const auth = authOf(c);
    const crisis = await store.getCrisis(name);
    if (!crisis || auth.visibility.hiddenCrisisNames.some((h) => h.toLowerCase() === crisis.name.toLowerCase())) {
      throw new NotFoundError(`no crisis called "${name}" (see GET /api/crises)`);
    }
    const [current] = await withAccess(store.db, [crisis]);
    const refused = accessChangeRefused(auth, crisis.name, current!, patch);
    if (refused) return c.json({ error: refused }, 403);
    const actor = actorFor(c) || (auth.user?.name ?? '');
    if (patch.startDate !== undefined || patch.region !== undefined) {
      await store.createCrisis({ name: crisis.name, startDate: patch.startDate, region: patch.region, actor });
    }
    if (patch.private !== undefined || patch.members !== undefined)
      await setCrisisAccess(store.db, crisis.name, { private: patch.private, members: patch.members }, actor);
    const [updated] = await withAccess(store.db, [(await store.getCrisis(crisis.name))!]);
    return c.json(updated!, 200);
  });
}

/**
 * Whether the user of a request may change a crisis's access as asked: admins may; an analyst
 * only a public crisis or a private one they are a member of (403 message), and never so that
 * they could no longer see it (InvalidInputError).
 */
export function accessChangeRefused(
  auth: RequestAuth,
  crisis: string,
  current: CrisisAccess,
  change: { private?: boolean; members?: string[] },
): string | null {
  const user = auth.user;
  if (!user || user.role === 'admin') return null;
  const member = (list: string[]) => list.some((m) => m.trim().toLowerCase() === user.name.toLowerCase());
  if (current.private && !member(current.members)) return `only admins and members of "${crisis}" may change it`;
  if ((change.private ?? current.private) && !member(change.members ?? current.members)) {
    throw new InvalidInputError(`members: include yourself (${user.name}), or you could no longer see "${crisis}"`);
  }
  return null;
}

/** Records an export: who exported which claims in which format. */
export async function auditExport(c: Context, store: Store, what: { format: string; filter: Record<string, unknown> }): Promise<void> {
  const filter = Object.fromEntries(Object.entries(what.filter).filter(([k, v]) => v !== undefined && k !== 'hiddenCrisisIds'));
  await store.db.transaction((tx) =>
    recordAudit(tx, {
      actor: actorFor(c) || authOf(c).user?.name || '',
      action: 'export',
      targetType: 'export',
      targetId: what.format,
      crisis: typeof filter.crisis === 'string' ? filter.crisis : null,
      after: filter,
    }),
  );
}

/**
 * The first start of a team server: with no user at all, an admin called "admin" is created,
 * its password from TALLY_ADMIN_PASSWORD or generated and printed once. Returns what to print.
 */
export async function ensureFirstAdmin(store: Store, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  if ((await countUsers(store.db)) > 0) return null;
  const given = env.TALLY_ADMIN_PASSWORD;
  const password = given || generatedPassword();
  try {
    await addUser(store.db, { name: 'admin', password, role: 'admin' }, 'tally');
  } catch (err) {
    // Another server process on the same database created it first.
    if (err instanceof ConflictError) return null;
    if (err instanceof InvalidInputError && given) throw new InvalidInputError(`TALLY_ADMIN_PASSWORD: ${err.message}`);
    throw err;
  }
  return given
    ? 'Created the admin account "admin" with the password in TALLY_ADMIN_PASSWORD. Log in, then add users (tally user add).\n'
    : [
        'Created the admin account "admin". Its password, shown only this once:',
        `    ${password}`,
        'Log in with it, then change it: tally user password admin --password-stdin',
        '',
      ].join('\n');
}

export { ROLES };
