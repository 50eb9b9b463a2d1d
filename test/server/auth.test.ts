/**
 * Logins, roles and private crises on the server, on both stores: who needs a login, the
 * session cookie and its flags, API tokens, brute-force limits, the role every OpenAPI
 * operation needs, writes recorded under the logged-in user, user management, the first
 * admin, and private crises hidden from everyone but their members and admins.
 */
import { userInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { inlineExtractor } from '../../src/ingest/extractor.js';
import { createApp } from '../../src/server/app.js';
import { ensureFirstAdmin, loginRequired } from '../../src/server/auth.js';
import { addUser, createApiToken, LOGIN_LIMITS, type Role } from '../../src/store/accounts.js';
import { listAudit } from '../../src/store/audit.js';
import type { Store } from '../../src/store/index.js';
import { backends } from '../store/backends.js';

type App = ReturnType<typeof createApp>;
const PASSWORD = 'correct horse battery';
const OPEN = 'Open crisis';
const SECRET = 'Secret crisis';
const OPEN_TEXT = 'Police said 12 protesters were killed in Isfahan on 3 December 2019.';
const SECRET_TEXT = 'Security forces killed at least 46 protesters in Tehran on Monday, Amnesty International said. Police detained 120 people in Shiraz.';

describe('the login rule', () => {
  it('keeps an embedded store on loopback login-free and asks for a login anywhere else', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) expect(loginRequired({ host }, 'pglite'), host).toBe(false);
    expect(loginRequired({}, 'pglite')).toBe(false);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'tally.lan']) expect(loginRequired({ host }, 'pglite'), host).toBe(true);
    expect(loginRequired({ host: '127.0.0.1', publicUrl: 'https://tally.example.org' }, 'pglite')).toBe(true);
    expect(loginRequired({ host: '127.0.0.1' }, 'postgres')).toBe(true);
  });
});

describe.each(backends)('accounts on the server, $name', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  /** A team server (listening on every interface). */
  let team: App;
  const tokens: Partial<Record<Role | 'member', string>> = {};
  let secretClaimId = 0;
  let secretDocumentId = 0;

  const request = (app: App, method: string, path: string, opts: { body?: unknown; cookie?: string; token?: string; headers?: Record<string, string> } = {}) =>
    app.request(path, {
      method,
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.cookie ? { cookie: opts.cookie } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  const as = (who: keyof typeof tokens, method: string, path: string, body?: unknown) => request(team, method, path, { token: tokens[who], body });
  const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;

  async function ingest(text: string, crisis: string): Promise<number> {
    const report = extract({ text, published: '2019-12-04' });
    const outcome = await store.ingestReport({ raw: text }, report, { crisis });
    return outcome.documentId;
  }

  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
    team = createApp({ store, host: '0.0.0.0', extractor: inlineExtractor });
    for (const [name, role] of [
      ['ada', 'admin'],
      ['ana', 'analyst'],
      ['val', 'viewer'],
      ['mem', 'viewer'],
    ] as const) {
      await addUser(store.db, { name, password: PASSWORD, role }, 'test');
    }
    tokens.admin = (await createApiToken(store.db, 'ada', 'test', 'test')).token;
    tokens.analyst = (await createApiToken(store.db, 'ana', 'test', 'test')).token;
    tokens.viewer = (await createApiToken(store.db, 'val', 'test', 'test')).token;
    tokens.member = (await createApiToken(store.db, 'mem', 'test', 'test')).token;
    await ingest(OPEN_TEXT, OPEN);
    secretDocumentId = await ingest(SECRET_TEXT, SECRET);
    secretClaimId = (await store.listClaims({ crisis: SECRET }, { limit: 1 })).items[0]!.id;
    const res = await as('admin', 'PATCH', `/api/crises/${encodeURIComponent(SECRET)}`, { private: true, members: ['mem'] });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await json(res)).toMatchObject({ name: SECRET, private: true, members: ['mem'] });
  }, 120_000);
  afterAll(async () => {
    await cleanup?.();
  });

  it('stays login-free on loopback with an embedded store, as a local admin', async () => {
    if (store.kind !== 'pglite') return;
    const local = createApp({ store, extractor: inlineExtractor });
    expect(await json(await request(local, 'GET', '/api/auth/me'))).toEqual({ user: { name: userInfo().username, role: 'admin' }, loginRequired: false });
    expect((await request(local, 'GET', `/api/tally?crisis=${encodeURIComponent(SECRET)}`)).status).toBe(200);
    expect((await request(local, 'GET', '/api/users')).status).toBe(200);
  });

  it('needs a login in team mode and says so', async () => {
    expect(await json(await request(team, 'GET', '/api/auth/me'))).toEqual({ user: null, loginRequired: true });
    const res = await request(team, 'GET', '/api/crises');
    expect(res.status).toBe(401);
    expect((await json<{ error: string }>(res)).error).toMatch(/^log in first/);
    // The pages themselves load (the login form is one of them).
    expect([200, 503]).toContain((await request(team, 'GET', '/')).status);
    if (store.kind === 'postgres')
      expect(await json(await request(createApp({ store, extractor: inlineExtractor }), 'GET', '/api/auth/me'))).toMatchObject({ loginRequired: true });
  });

  it('logs in with a session cookie (HttpOnly, SameSite=Strict, Secure behind https) and logs out', async () => {
    const wrong = await request(team, 'POST', '/api/auth/login', { body: { name: 'val', password: 'not the password' } });
    const unknown = await request(team, 'POST', '/api/auth/login', { body: { name: 'nobody-at-all', password: PASSWORD } });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect((await json<{ error: string }>(wrong)).error).toBe((await json<{ error: string }>(unknown)).error);
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const ok = await request(team, 'POST', '/api/auth/login', { body: { name: 'Val', password: PASSWORD } });
    expect(ok.status).toBe(200);
    expect(await json(ok)).toEqual({ user: { name: 'val', role: 'viewer' } });
    const setCookie = ok.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^tally_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    const cookie = setCookie.split(';')[0]!;
    expect(await json(await request(team, 'GET', '/api/auth/me', { cookie }))).toEqual({ user: { name: 'val', role: 'viewer' }, loginRequired: true });
    expect((await request(team, 'GET', '/api/crises', { cookie })).status).toBe(200);

    const out = await request(team, 'POST', '/api/auth/logout', { cookie });
    expect(out.status).toBe(200);
    expect(await json(out)).toEqual({ ok: true });
    expect(out.headers.get('set-cookie')).toMatch(/tally_session=;.*Max-Age=0/);
    // The session is gone from the store: the old cookie opens nothing.
    expect((await request(team, 'GET', '/api/crises', { cookie })).status).toBe(401);

    const https = createApp({ store, host: '0.0.0.0', publicUrl: 'https://tally.example.org', extractor: inlineExtractor });
    const secure = await https.request('https://tally.example.org/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
      body: JSON.stringify({ name: 'val', password: PASSWORD }),
    });
    expect(secure.status).toBe(200);
    expect(secure.headers.get('set-cookie')).toMatch(/; Secure/);

    // Audited: logins, the logout, failed logins with the name tried and never a password.
    const entries = (await listAudit(store.db, { actor: 'val' }, { limit: 20 })).items.map((e) => e.action);
    expect(entries).toEqual(expect.arrayContaining(['login', 'logout', 'login.failed']));
    const failed = (await listAudit(store.db, { action: 'login.failed' }, { limit: 50 })).items;
    expect(failed.map((e) => e.targetId)).toEqual(expect.arrayContaining(['val', 'nobody-at-all']));
    expect(JSON.stringify(failed)).not.toContain('not the password');
    expect(JSON.stringify(await listAudit(store.db, {}, { limit: 500 }))).not.toContain(PASSWORD);
  });

  it('locks an account, and a client address, after too many failed logins (429 with Retry-After)', async () => {
    await addUser(store.db, { name: 'brute', password: PASSWORD, role: 'viewer' }, 'test');
    // One address per attempt: only the account's own count locks it here.
    const attempt = (app: App, name: string, password: string, address: string) =>
      app.request('https://tally.example.org/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ name, password }),
      });
    const proxied = createApp({ store, host: '127.0.0.1', publicUrl: 'https://tally.example.org', extractor: inlineExtractor });
    for (let i = 0; i < LOGIN_LIMITS.failures; i++) expect((await attempt(proxied, 'brute', `wrong ${i}`, `198.51.100.${i}`)).status).toBe(401);
    const locked = await attempt(proxied, 'brute', PASSWORD, '198.51.100.200');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(LOGIN_LIMITS.lockMs / 1000 - 60);
    expect((await json<{ error: string }>(locked)).error).toMatch(/too many failed logins: try again in 15 minutes/);

    // One address trying many names: locked too, even for a right password of another account.
    for (let i = 0; i < LOGIN_LIMITS.failures; i++) expect((await attempt(proxied, `guess${i}`, 'whatever', '192.0.2.77')).status).toBe(401);
    const blocked = await attempt(proxied, 'val', PASSWORD, '192.0.2.77');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await attempt(proxied, 'val', PASSWORD, '192.0.2.78')).status).toBe(200);
  });

  it('checks the role of every operation of the OpenAPI document', async () => {
    const doc = await json<{ paths: Record<string, Record<string, { 'x-role'?: string }>> }>(await request(team, 'GET', '/api/openapi.json'));
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, declared: op['x-role'] })),
    );
    const needed = (o: { method: string; declared?: string }) => o.declared ?? (o.method === 'GET' ? 'viewer' : 'analyst');
    const roleOf = Object.fromEntries(operations.map((o) => [`${o.method} ${o.path}`, needed(o)]));
    // The ones the model names: account routes public or admin's, exports analysts', the audit log admins'.
    expect(roleOf).toMatchObject({
      'GET /api/auth/me': 'public',
      'POST /api/auth/login': 'public',
      'POST /api/auth/logout': 'public',
      'GET /api/users': 'admin',
      'POST /api/users': 'admin',
      'PATCH /api/users/{name}': 'admin',
      'GET /api/export': 'analyst',
      'GET /api/audit': 'admin',
      'GET /api/crises': 'viewer',
      'POST /api/claims/{id}/review': 'analyst',
      'POST /api/ingest/text': 'analyst',
      'PATCH /api/sources/{id}': 'analyst',
      'PATCH /api/crises/{name}': 'analyst',
      'POST /api/tally/pins': 'analyst',
    });
    expect(operations.length).toBeGreaterThan(25);
    const order: Role[] = ['viewer', 'analyst', 'admin'];
    // A request each operation can take: path parameters of nothing that exists, an empty JSON body.
    const send = (o: (typeof operations)[number], token?: string) =>
      request(team, o.method, o.path.replace('{id}', '999999').replace('{name}', 'no-such-name'), {
        token,
        body: o.method === 'GET' || o.method === 'DELETE' ? undefined : {},
      });
    for (const o of operations) {
      const op = `${o.method} ${o.path}`;
      const role = needed(o);
      const anonymous = await send(o);
      if (role === 'public') {
        expect(anonymous.status, op).not.toBe(401);
        expect(anonymous.status, op).not.toBe(403);
        continue;
      }
      expect(anonymous.status, op).toBe(401);
      for (const who of order) {
        const res = await send(o, tokens[who]);
        const allowed = order.indexOf(who) >= order.indexOf(role as Role);
        if (allowed) expect([401, 403], `${op} as ${who}: ${res.status}`).not.toContain(res.status);
        else {
          expect(res.status, `${op} as ${who}`).toBe(403);
          expect((await json<{ error: string }>(res)).error, op).toContain(`needs the ${role} role`);
        }
      }
    }
  }, 120_000);

  it('refuses an API token that is not valid, and one of a disabled user', async () => {
    expect((await request(team, 'GET', '/api/crises', { token: 'tally_notatoken' })).status).toBe(401);
    await addUser(store.db, { name: 'leaver', password: PASSWORD, role: 'analyst' }, 'test');
    const { token } = await createApiToken(store.db, 'leaver', 'script', 'test');
    expect((await request(team, 'GET', '/api/crises', { token })).status).toBe(200);
    expect((await as('admin', 'PATCH', '/api/users/leaver', { disabled: true })).status).toBe(200);
    expect((await request(team, 'GET', '/api/crises', { token })).status).toBe(401);
  });

  it('lets an admin create, list and revoke API tokens; the secret is shown once and a revoked token is refused', async () => {
    await addUser(store.db, { name: 'scripter', password: PASSWORD, role: 'viewer' }, 'test');
    const created = await as('admin', 'POST', '/api/tokens', { user: 'scripter', label: 'weekly export' });
    expect(created.status).toBe(201);
    const { token, record } = await json<{ token: string; record: { id: number; user: string; label: string } }>(created);
    expect(record).toMatchObject({ user: 'scripter', label: 'weekly export' });
    expect((await request(team, 'GET', '/api/crises', { token })).status).toBe(200);
    const listed = await as('admin', 'GET', '/api/tokens?user=scripter');
    const body = await listed.text();
    expect(JSON.parse(body)).toMatchObject({ tokens: [{ id: record.id, user: 'scripter', label: 'weekly export' }] });
    expect(body).not.toContain(token);
    expect((await as('admin', 'POST', '/api/tokens', { user: 'nobody' })).status).toBe(404);
    expect((await as('analyst', 'DELETE', `/api/tokens/${record.id}`)).status).toBe(403);
    expect((await as('admin', 'DELETE', `/api/tokens/${record.id}`)).status).toBe(200);
    expect((await request(team, 'GET', '/api/crises', { token })).status).toBe(401);
    expect((await as('admin', 'DELETE', `/api/tokens/${record.id}`)).status).toBe(404);
  });

  it('records writes under the logged-in user, whatever name the request carries', async () => {
    const claim = (await store.listClaims({ crisis: OPEN }, { limit: 1 })).items[0]!;
    const res = await as('analyst', 'POST', `/api/claims/${claim.id}/review`, { status: 'accepted', reviewer: 'Someone Else' });
    expect(res.status).toBe(200);
    const { history } = await json<{ history: Array<{ reviewer: string }> }>(res);
    expect(history.at(-1)!.reviewer).toBe('ana');
    const entry = (await listAudit(store.db, { action: 'review' }, { limit: 1 })).items[0]!;
    expect(entry.actor).toBe('ana');
    const pin = await as('analyst', 'POST', '/api/tally/pins', { crisis: OPEN, category: claim.category, claimId: claim.id, by: 'Someone Else' });
    expect(pin.status).toBe(200);
    expect((await json<{ pinnedBy: string }>(pin)).pinnedBy).toBe('ana');
    const ingest = await as('analyst', 'POST', '/api/ingest/text', { text: 'Police said 3 people were injured in Mashhad on 5 December 2019.', crisis: OPEN });
    expect(ingest.status).toBe(200);
    expect((await listAudit(store.db, { action: 'ingest' }, { limit: 1 })).items[0]!.actor).toBe('ana');
    // Exports are recorded: who exported what.
    const exported = await as('analyst', 'GET', `/api/export?format=csv&crisis=${encodeURIComponent(OPEN)}`);
    expect(exported.status).toBe(200);
    await exported.text();
    expect((await listAudit(store.db, { action: 'export' }, { limit: 1 })).items[0]).toMatchObject({
      actor: 'ana',
      targetId: 'csv',
      crisis: OPEN,
      after: { crisis: OPEN },
    });
  });

  it('manages users (admins only), never leaving the server without an active admin', async () => {
    const created = await as('admin', 'POST', '/api/users', { name: 'newbie', password: PASSWORD, role: 'viewer' });
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({ name: 'newbie', role: 'viewer', disabled: false, lastLoginAt: null });
    expect((await as('admin', 'POST', '/api/users', { name: 'newbie', password: PASSWORD, role: 'viewer' })).status).toBe(409);
    expect((await as('admin', 'POST', '/api/users', { name: 'short', password: 'short', role: 'viewer' })).status).toBe(400);
    const promoted = await as('admin', 'PATCH', '/api/users/newbie', { role: 'analyst' });
    expect(await json(promoted)).toMatchObject({ name: 'newbie', role: 'analyst' });
    const list = await json<{ users: Array<{ name: string; role: string; disabled: boolean; createdAt: string; lastLoginAt: string | null }> }>(
      await as('admin', 'GET', '/api/users'),
    );
    expect(list.users.find((u) => u.name === 'newbie')).toEqual({
      name: 'newbie',
      role: 'analyst',
      disabled: false,
      createdAt: expect.any(String),
      lastLoginAt: null,
    });
    expect(JSON.stringify(list)).not.toMatch(/scrypt|password/);

    // The last active admin can be neither demoted nor disabled.
    for (const patch of [{ role: 'analyst' }, { disabled: true }]) {
      const res = await as('admin', 'PATCH', '/api/users/ada', patch);
      expect(res.status).toBe(409);
      expect((await json<{ error: string }>(res)).error).toMatch(/last active admin/);
    }
    const audit = (await listAudit(store.db, { action: 'user' }, { limit: 50 })).items;
    expect(
      audit
        .filter((e) => e.targetId === 'newbie')
        .map((e) => e.action)
        .sort(),
    ).toEqual(['user.add', 'user.role']);
    expect(audit.find((e) => e.action === 'user.role')).toMatchObject({ actor: 'ada', before: { role: 'viewer' }, after: { role: 'analyst' } });
  });

  it('hides a private crisis from everyone but its members and admins', async () => {
    const q = encodeURIComponent(SECRET);
    const crises = async (who: keyof typeof tokens) =>
      (await json<{ items: Array<{ name: string; private: boolean; members: string[] }> }>(await as(who, 'GET', '/api/crises'))).items;
    expect((await crises('viewer')).map((k) => k.name)).toEqual([OPEN]);
    expect((await crises('member')).find((k) => k.name === SECRET)).toMatchObject({ private: true, members: ['mem'] });
    expect((await crises('admin')).map((k) => k.name).sort()).toEqual([OPEN, SECRET].sort());
    expect((await crises('admin')).find((k) => k.name === OPEN)).toMatchObject({ private: false, members: [] });

    const paths = [
      `/api/tally?crisis=${q}`,
      `/api/claims?crisis=${q}`,
      `/api/documents?crisis=${q}`,
      `/api/places?crisis=${q}`,
      `/api/review-queue?crisis=${q}`,
      `/api/claims/${secretClaimId}`,
      `/api/documents/${secretDocumentId}`,
    ];
    for (const path of paths) {
      expect((await as('viewer', 'GET', path)).status, path).toBe(404);
      expect((await as('member', 'GET', path)).status, path).toBe(200);
      expect((await as('admin', 'GET', path)).status, path).toBe(200);
    }
    // Lists without a crisis filter leave its claims, documents and places out.
    const claimIds = async (who: keyof typeof tokens) =>
      (await json<{ items: Array<{ id: number }> }>(await as(who, 'GET', '/api/claims?limit=500'))).items.map((c) => c.id);
    expect(await claimIds('viewer')).not.toContain(secretClaimId);
    expect(await claimIds('member')).toContain(secretClaimId);
    const docIds = async (who: keyof typeof tokens, query = '') =>
      (await json<{ items: Array<{ id: number }> }>(await as(who, 'GET', `/api/documents?limit=500${query}`))).items.map((d) => d.id);
    expect(await docIds('viewer')).not.toContain(secretDocumentId);
    expect(await docIds('viewer', '&q=Tehran')).not.toContain(secretDocumentId);
    expect(await docIds('member', '&q=Tehran')).toContain(secretDocumentId);
    const places = async (who: keyof typeof tokens) =>
      (await json<{ items: Array<{ name: string }> }>(await as(who, 'GET', '/api/places'))).items.map((p) => p.name);
    expect(await places('viewer')).not.toContain('Tehran');
    expect(await places('member')).toContain('Tehran');
    // A source known only from the private crisis is part of it: its name is not listed.
    const sourceNames = async (who: keyof typeof tokens) =>
      (await json<{ items: Array<{ name: string }> }>(await as(who, 'GET', '/api/sources'))).items.map((x) => x.name);
    expect(await sourceNames('viewer')).not.toContain('Amnesty International');
    expect(await sourceNames('member')).toContain('Amnesty International');
    expect(await sourceNames('admin')).toContain('Amnesty International');
    // The server's counts leave out what only the private crisis holds, as the lists do.
    const counts = async (who: keyof typeof tokens) =>
      (await json<{ counts: { documents: number; claims: number; sources: number; crises: number } }>(await as(who, 'GET', '/api/info'))).counts;
    const [viewerCounts, memberCounts] = [await counts('viewer'), await counts('member')];
    expect(memberCounts).toEqual(await counts('admin'));
    expect(viewerCounts.crises).toBe(memberCounts.crises - 1);
    expect(viewerCounts.documents).toBeLessThan(memberCounts.documents);
    expect(viewerCounts.claims).toBe((await claimIds('viewer')).length);
    expect(viewerCounts.sources).toBe((await sourceNames('viewer')).length);
    // Kept answers are kept per visibility: the viewer never gets the member's.
    expect(await places('viewer')).not.toContain('Tehran');
    expect(await claimIds('viewer')).not.toContain(secretClaimId);

    // Exports (analysts): a non-member analyst's export has no claim of it; the crisis itself is a 404.
    const all = (await (await as('analyst', 'GET', '/api/export?format=json')).json()) as Array<{ id?: number; claimId?: number; claim_id?: number }>;
    expect(JSON.stringify(all)).not.toContain('Tehran');
    expect((await as('analyst', 'GET', `/api/export?format=csv&crisis=${q}`)).status).toBe(404);
    expect(await (await as('admin', 'GET', '/api/export?format=csv')).text()).toContain('Tehran');

    // Writes into it are refused as if it did not exist; so is the audit trail about it.
    expect((await as('analyst', 'POST', `/api/claims/${secretClaimId}/review`, { status: 'accepted', reviewer: 'x' })).status).toBe(404);
    expect((await as('analyst', 'POST', '/api/ingest/text', { text: OPEN_TEXT, crisis: SECRET })).status).toBe(404);
    expect((await as('analyst', 'PATCH', `/api/crises/${q}`, { private: false })).status).toBe(404);
    // The audit log is admins' (who see everything); the store's filter leaves a hidden crisis's entries out.
    const auditCrises = async (who: keyof typeof tokens) =>
      (await json<{ items: Array<{ crisis: string | null }> }>(await as(who, 'GET', '/api/audit?limit=500'))).items.map((e) => e.crisis);
    expect(await auditCrises('admin')).toContain(SECRET);
    expect((await as('viewer', 'GET', '/api/audit')).status).toBe(403);
    const filtered = await listAudit(store.db, { hiddenCrises: [SECRET.toUpperCase()] }, { limit: 500 });
    expect(filtered.items.map((e) => e.crisis)).not.toContain(SECRET);
    expect(filtered.items.map((e) => e.crisis)).toContain(OPEN);
  });

  it('lets an analyst member change a private crisis, but not shut themselves out', async () => {
    await addUser(store.db, { name: 'amy', password: PASSWORD, role: 'analyst' }, 'test');
    const amy = (await createApiToken(store.db, 'amy', 'test', 'test')).token;
    const q = encodeURIComponent(SECRET);
    expect((await request(team, 'PATCH', `/api/crises/${q}`, { token: amy, body: { region: 'Iran' } })).status).toBe(404);
    expect((await as('admin', 'PATCH', `/api/crises/${q}`, { members: ['mem', 'amy'] })).status).toBe(200);
    const edited = await request(team, 'PATCH', `/api/crises/${q}`, { token: amy, body: { region: 'Iran' } });
    expect(edited.status).toBe(200);
    expect(await json(edited)).toMatchObject({ name: SECRET, region: 'Iran', private: true, members: ['amy', 'mem'] });
    const out = await request(team, 'PATCH', `/api/crises/${q}`, { token: amy, body: { members: ['mem'] } });
    expect(out.status).toBe(400);
    expect((await json<{ error: string }>(out)).error).toMatch(/include yourself/);
    expect((await request(team, 'PATCH', `/api/crises/${q}`, { token: tokens.member, body: { region: 'x' } })).status).toBe(403);
    expect((await as('admin', 'PATCH', `/api/crises/${q}`, { members: ['nobody-here'] })).status).toBe(400);
    // Created private at once: the analyst who creates it must be a member.
    expect((await request(team, 'POST', '/api/crises', { token: amy, body: { name: 'Amy private', private: true, members: ['mem'] } })).status).toBe(400);
    const mine = await request(team, 'POST', '/api/crises', { token: amy, body: { name: 'Amy private', private: true, members: ['amy'] } });
    expect(mine.status).toBe(200);
    expect(await json(mine)).toMatchObject({ name: 'Amy private', private: true, members: ['amy'] });
    expect((await as('viewer', 'GET', `/api/tally?crisis=${encodeURIComponent('Amy private')}`)).status).toBe(404);
    expect((await as('analyst', 'POST', '/api/crises', { name: 'Amy private', region: 'x' })).status).toBe(404);
    const access = (await listAudit(store.db, { action: 'crisis.access', crisis: SECRET }, { limit: 10 })).items;
    expect(access[0]).toMatchObject({ actor: 'ada', crisis: SECRET, after: { private: true, members: ['amy', 'mem'] } });
  });

  it('creates the first admin of a team server once, with the password given or a generated one', async () => {
    const fresh = await backend.open();
    try {
      const message = await ensureFirstAdmin(fresh.store, {});
      const password = /^ {4}(\S+)$/m.exec(message ?? '')?.[1];
      expect(message).toMatch(/shown only this once/);
      expect(password?.length).toBeGreaterThanOrEqual(20);
      expect(await ensureFirstAdmin(fresh.store, {})).toBeNull();
      const app = createApp({ store: fresh.store, host: '0.0.0.0', extractor: inlineExtractor });
      const res = await request(app, 'POST', '/api/auth/login', { body: { name: 'admin', password } });
      expect(res.status).toBe(200);
      expect(await json(res)).toEqual({ user: { name: 'admin', role: 'admin' } });
    } finally {
      await fresh.cleanup();
    }
    const given = await backend.open();
    try {
      await expect(ensureFirstAdmin(given.store, { TALLY_ADMIN_PASSWORD: 'short' })).rejects.toThrow(/^TALLY_ADMIN_PASSWORD: the password is too short/);
      expect(await ensureFirstAdmin(given.store, { TALLY_ADMIN_PASSWORD: 'from the environment' })).not.toContain('from the environment');
      const app = createApp({ store: given.store, host: '0.0.0.0', extractor: inlineExtractor });
      expect((await request(app, 'POST', '/api/auth/login', { body: { name: 'admin', password: 'from the environment' } })).status).toBe(200);
    } finally {
      await given.cleanup();
    }
  }, 120_000);
});
