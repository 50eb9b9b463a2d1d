/**
 * The API contract: every operation in /api/openapi.json exists and answers with the documented
 * shape (checked with the same zod schemas the document is generated from), and the behaviours
 * behind it: reviews change the tally, errors are JSON a person can act on, limits hold.
 */
import { createServer, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/cli/demo.js';
import { listAudit } from '../../src/store/audit.js';
import { extract } from '../../src/extract/index.js';
import { createApp } from '../../src/server/app.js';
import { addUser, getUser } from '../../src/store/accounts.js';
import { ROUTES } from '../../src/server/routes.js';
import type { Store } from '../../src/store/index.js';
import { backends } from '../store/backends.js';

type App = ReturnType<typeof createApp>;
const IRAN = 'Iran protests 2019';

const ARTICLE = `<html><head><title>Clashes in Basra</title></head><body><article><h1>Clashes in Basra</h1>
<p>At least 14 protesters were killed in Basra on Monday, the Iraqi High Commission for Human Rights said.</p>
<p>Security forces detained dozens of people in the city, according to medical sources.</p></article></body></html>`;

/** A local web server standing in for a news site (URL ingest). */
function articleServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(ARTICLE);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/basra.html` })),
  );
}

describe.each(backends)('API on $name', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let app: App;
  let site: { url: string; server: Server };

  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
    await loadDemo(store);
    // The demo's writes are audited under the demo loader, not an unnamed web user.
    const audited = await listAudit(store.db, { action: 'ingest' }, { limit: 500 });
    expect(audited.items.length).toBeGreaterThan(0);
    expect(new Set(audited.items.map((e) => e.actor))).toEqual(new Set(['demo']));
    // Login-free on both stores (team mode would need one): test/server/auth.test.ts covers logins and roles.
    app = createApp({ store, allowPrivate: true, loginRequired: false });
    site = await articleServer();
  });
  afterAll(async () => {
    site?.server.close();
    await cleanup?.();
  });

  const get = async (path: string) => app.request(path);
  /** Two sources of their own for the merge and split examples (the demo's stay as they are). */
  const contractSources = async () => {
    if (await store.findSource('Contract Source B')) return;
    for (const name of ['Contract Source A', 'Contract Source B']) {
      const text = `${name} said 4 people were injured in Iran on 2 December 2019.`;
      const report = extract({ text, published: '2019-12-03' });
      for (const c of report.claims) c.source = { name, via: [] };
      await store.ingestReport({ raw: text }, report);
    }
  };
  const contractUser = async () => {
    if (!(await getUser(store.db, 'contract-user')))
      await addUser(store.db, { name: 'contract-user', password: 'contract password', role: 'viewer' }, 'contract test');
  };
  const send = async (method: string, path: string, body: unknown) =>
    app.request(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('answers every documented operation with the documented shape', async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');

    const firstClaim = (await store.listClaims({ crisis: IRAN }, { limit: 1 })).items[0]!;
    const firstSource = (await store.listSources())[0]!;
    const killedClaim = (await store.listClaims({ crisis: IRAN, category: 'killed' }, { limit: 1 })).items[0]!;
    const form = new FormData();
    form.append('files', new File(['Police said 3 people were injured in Almaty on 5 January 2022.'], 'almaty.txt', { type: 'text/plain' }));
    form.append('files', new File([new Uint8Array([0, 1, 2, 3, 0, 255, 0, 7])], 'binary.bin'));
    const q = encodeURIComponent(IRAN);
    // One example request per operation; an operation without one fails the test.
    const examples: Record<string, () => Promise<Response>> = {
      'get /api/info': () => get('/api/info'),
      'get /api/auth/me': () => get('/api/auth/me'),
      'get /api/users': () => get('/api/users'),
      'post /api/users': () => send('POST', '/api/users', { name: 'contract-user-2', password: 'contract password', role: 'viewer' }),
      'get /api/tokens': () => get('/api/tokens'),
      'post /api/tokens': async () => {
        await contractUser();
        return send('POST', '/api/tokens', { user: 'contract-user', label: 'contract test' });
      },
      'delete /api/tokens/{id}': async () => {
        await contractUser();
        const made = (await (await send('POST', '/api/tokens', { user: 'contract-user', label: 'to revoke' })).json()) as { record: { id: number } };
        return app.request(`/api/tokens/${made.record.id}`, { method: 'DELETE' });
      },
      'patch /api/users/{name}': async () => {
        await contractUser();
        return send('PATCH', '/api/users/contract-user', { role: 'analyst' });
      },
      'post /api/auth/login': async () => {
        await contractUser();
        return send('POST', '/api/auth/login', { name: 'contract-user', password: 'contract password' });
      },
      'post /api/auth/logout': async () => app.request('/api/auth/logout', { method: 'POST' }),
      'patch /api/crises/{name}': async () => {
        await store.createCrisis({ name: 'Contract test crisis' });
        return send('PATCH', `/api/crises/${encodeURIComponent('Contract test crisis')}`, { region: 'Somewhere', private: false });
      },
      'get /api/crises': () => get('/api/crises'),
      'post /api/crises': () => send('POST', '/api/crises', { name: 'Contract test crisis', startDate: '2020-01-01', region: 'Nowhere' }),
      'get /api/tally': () => get(`/api/tally?crisis=${q}`),
      // Pinned and unpinned again: the tests below read the rule's headline.
      'post /api/tally/pins': async () => {
        const res = await send('POST', '/api/tally/pins', { crisis: IRAN, category: 'killed', claimId: killedClaim.id, by: 'contract test', note: 'a note' });
        await app.request(`/api/tally/pins?crisis=${q}&category=killed`, { method: 'DELETE' });
        return res;
      },
      'delete /api/tally/pins': async () => app.request(`/api/tally/pins?crisis=${q}&category=killed`, { method: 'DELETE' }),
      'get /api/documents': () => get(`/api/documents?crisis=${q}&q=killed`),
      'get /api/documents/{id}': () => get(`/api/documents/${firstClaim.documentId}`),
      'get /api/claims': () => get(`/api/claims?crisis=${q}&category=killed&sort=estimate&order=desc&limit=5`),
      'get /api/claims/{id}': () => get(`/api/claims/${firstClaim.id}`),
      'get /api/review-queue': () => get(`/api/review-queue?crisis=${q}&limit=3`),
      'post /api/claims/{id}/review': () => send('POST', `/api/claims/${firstClaim.id}/review`, { status: 'accepted', reviewer: 'contract test' }),
      'get /api/sources': () => get('/api/sources'),
      'patch /api/sources/{id}': () => send('PATCH', `/api/sources/${firstSource.id}`, { type: firstSource.type }),
      'get /api/places': () => get(`/api/places?crisis=${q}`),
      'post /api/ingest/text': () =>
        send('POST', '/api/ingest/text', { text: 'Two people were killed in Tehran on Friday, state media said.', published: '2019-11-20', crisis: IRAN }),
      'post /api/ingest/url': () => send('POST', '/api/ingest/url', { url: site.url, crisis: 'Iraq protests 2019' }),
      'post /api/ingest/files': async () => app.request('/api/ingest/files', { method: 'POST', body: form }),
      'get /api/export': () => get(`/api/export?format=geojson&crisis=${q}`),
      'get /api/audit': () => get(`/api/audit?action=review&limit=5`),
      'post /api/sources/merge': async () => {
        await contractSources();
        return send('POST', '/api/sources/merge', { from: 'Contract Source A', into: 'Contract Source B', editor: 'contract test' });
      },
      'post /api/sources/{id}/split': async () => {
        await contractSources();
        const b = (await store.findSource('Contract Source B'))!;
        if (!b.aliases.includes('Contract Source A')) await store.mergeSources('Contract Source A', 'Contract Source B');
        return send('POST', `/api/sources/${b.id}/split`, { alias: 'Contract Source A', editor: 'contract test' });
      },
    };

    const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`));
    expect(operations.sort()).toEqual(Object.keys(examples).sort());
    for (const op of operations) {
      const [method, path] = op.split(' ') as [string, string];
      const route = ROUTES.find((r) => r.method === method && r.path === path)!;
      const res = await examples[op]!();
      const text = await res.text();
      const success = Number(Object.keys(route.responses).find((s) => s.startsWith('2')));
      expect(res.status, `${op}: ${text.slice(0, 300)}`).toBe(success);
      const content = ((route.responses as Record<number, unknown>)[success] as { content: Record<string, { schema: z.ZodType }> }).content;
      const type = res.headers.get('content-type')!.split(';')[0]!;
      expect(Object.keys(content), op).toContain(type);
      const body = type === 'text/csv' ? text : JSON.parse(text);
      const parsed = content[type]!.schema.safeParse(body);
      expect(parsed.success, `${op}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('lists the audit log, fresh after each write, filtered by actor, action, crisis and day', async () => {
    const claim = (await store.listClaims({ crisis: IRAN, category: 'injured' }, { limit: 1 })).items[0]!;
    const before = (await (await get('/api/audit?actor=audit%20api%20test')).json()) as { total: number };
    const review = await send('POST', `/api/claims/${claim.id}/review`, { status: 'rejected', reviewer: 'audit api test', note: 'not a count' });
    expect(review.status).toBe(200);
    const res = await get('/api/audit?actor=audit%20api%20test&limit=1');
    expect(res.status).toBe(200);
    const page = (await res.json()) as {
      total: number;
      items: Array<{
        actor: string;
        action: string;
        targetType: string;
        targetId: string;
        crisis: string | null;
        before: { reviewStatus: string };
        after: { reviewStatus: string };
        note: string;
      }>;
    };
    expect(page.total).toBe(before.total + 1);
    expect(page.items[0]).toMatchObject({
      actor: 'audit api test',
      action: 'review.reject',
      targetType: 'claim',
      targetId: String(claim.id),
      crisis: IRAN,
      note: 'not a count',
      after: { reviewStatus: 'rejected' },
    });
    const today = new Date().toISOString().slice(0, 10);
    const filtered = (await (
      await get(`/api/audit?actor=audit%20api%20test&action=review&crisis=${encodeURIComponent(IRAN)}&since=${today}&until=${today}`)
    ).json()) as { total: number };
    expect(filtered.total).toBe(page.total);
    expect(((await (await get('/api/audit?actor=audit%20api%20test&action=source')).json()) as { total: number }).total).toBe(0);
    expect(((await (await get('/api/audit?actor=audit%20api%20test&until=2000-01-01')).json()) as { total: number }).total).toBe(0);
    const pins = (await (await get('/api/audit?action=unpin')).json()) as { items: Array<{ actor: string }> };
    expect(pins.items.length).toBeGreaterThan(0);
    expect((await get('/api/audit?since=2019-02-31')).status).toBe(400);
    expect((await get('/api/audit?since=2020-01-02&until=2020-01-01')).status).toBe(400);
    await send('POST', `/api/claims/${claim.id}/review`, { status: 'unreviewed', reviewer: 'audit api test' });
  });

  it('serves the review queue behind the headlines first', async () => {
    const tally = (await (await get(`/api/tally?crisis=${encodeURIComponent(IRAN)}&category=detained`)).json()) as {
      categories: Array<{ conservative: { claimId: number } | null }>;
    };
    const headline = tally.categories[0]!.conservative!.claimId;
    const res = await get(`/api/review-queue?crisis=${encodeURIComponent(IRAN)}&category=detained&limit=50`);
    expect(res.status).toBe(200);
    const q = (await res.json()) as { total: number; reviewed: number; items: Array<{ reason: string; claim: { id: number; category: string } }> };
    // The headline's claim comes first, unless an earlier test reviewed it (then it is not queued).
    if ((await store.getClaim(headline))!.reviewStatus === 'unreviewed') expect(q.items[0]).toMatchObject({ reason: 'headline', claim: { id: headline } });
    else expect(q.items.some((i) => i.claim.id === headline || i.reason === 'headline')).toBe(false);
    expect(q.items.every((i) => i.claim.category === 'detained')).toBe(true);
    expect((await get('/api/review-queue?crisis=No%20such%20crisis')).status).toBe(404);
    expect((await get('/api/review-queue')).status).toBe(400);
  });

  it('reads claims, sorts, paginates and filters', async () => {
    const page = (await (await get(`/api/claims?crisis=${encodeURIComponent(IRAN)}&sort=estimate&order=desc&limit=3`)).json()) as {
      items: Array<{ estimate: number }>;
      total: number;
    };
    expect(page.items).toHaveLength(3);
    expect(page.items.map((c) => c.estimate)).toEqual([...page.items.map((c) => c.estimate)].sort((a, b) => b - a));
    const next = (await (await get(`/api/claims?crisis=${encodeURIComponent(IRAN)}&sort=estimate&order=desc&limit=3&offset=3`)).json()) as {
      items: Array<{ estimate: number }>;
    };
    expect(next.items[0]!.estimate).toBeLessThanOrEqual(page.items[2]!.estimate);
    const detained = (await (await get('/api/claims?category=detained&place=Iran')).json()) as {
      items: Array<{ category: string; place: { countryCode: string } | null }>;
    };
    expect(detained.items.length).toBeGreaterThan(0);
    expect(detained.items.every((c) => c.category === 'detained' && c.place?.countryCode === 'IR')).toBe(true);
  });

  it('uses reviewed values in the tally and keeps the history', async () => {
    const before = (await (await get(`/api/tally?crisis=${encodeURIComponent(IRAN)}&category=killed`)).json()) as {
      categories: Array<{ conservative: { estimate: number; claimId: number } }>;
    };
    const { claimId, estimate } = before.categories[0]!.conservative;
    const edit = await send('POST', `/api/claims/${claimId}/review`, {
      status: 'edited',
      reviewer: 'Ana',
      changes: { low: estimate + 7, estimate: estimate + 7 },
      note: 'later report',
    });
    expect(edit.status).toBe(200);
    const edited = (await edit.json()) as {
      claim: { low: number; reviewStatus: string };
      history: Array<{ reviewer: string; action: string; before: { low: number }; after: { low: number } }>;
    };
    expect(edited.claim).toMatchObject({ low: estimate + 7, reviewStatus: 'edited' });
    expect(edited.history.at(-1)).toMatchObject({ reviewer: 'Ana', action: 'edit', before: { low: estimate }, after: { low: estimate + 7 } });
    const after = (await (await get(`/api/tally?crisis=${encodeURIComponent(IRAN)}&category=killed`)).json()) as typeof before;
    const figures = JSON.stringify(after);
    expect(figures).toContain(`"estimate":${estimate + 7}`);

    const reject = await send('POST', `/api/claims/${claimId}/review`, { status: 'rejected', reviewer: 'Ana' });
    expect(reject.status).toBe(200);
    const list = (await (await get(`/api/claims?crisis=${encodeURIComponent(IRAN)}&limit=500`)).json()) as { items: Array<{ id: number }> };
    expect(list.items.some((c) => c.id === claimId)).toBe(false);
    await send('POST', `/api/claims/${claimId}/review`, { status: 'unreviewed', reviewer: 'Ana' });
  });

  it('narrows the tally by date window and source type', async () => {
    const iran = encodeURIComponent(IRAN);
    type T = { categories: Array<{ category: string; sources: Array<{ source: string; type: string }> }> };
    const all = (await (await get(`/api/tally?crisis=${iran}`)).json()) as T;
    expect(all.categories.length).toBeGreaterThan(0);
    const later = (await (await get(`/api/tally?crisis=${iran}&since=2030-01-01`)).json()) as T;
    expect(later.categories).toEqual([]);
    const unknown = (await (await get(`/api/tally?crisis=${iran}&sourceTypes=unknown,official`)).json()) as T;
    expect(unknown.categories.flatMap((c) => c.sources).every((s) => s.type === 'unknown' || s.type === 'official')).toBe(true);
    type Counted = { categories: Array<{ sourceCount: number; sources: unknown[]; conservative: { source: string } | null }> };
    const top = (await (await get(`/api/tally?crisis=${iran}&maxSources=1`)).json()) as Counted & T;
    expect(top.categories.some((c) => c.sourceCount > 1)).toBe(true);
    for (const c of top.categories) {
      expect(c.sources.length).toBeLessThanOrEqual(1);
      // The source of the conservative figure is the one kept.
      if (c.conservative) expect(c.sources.map((x) => (x as { source: string }).source)).toContain(c.conservative.source);
    }
    const res = await get(`/api/tally?crisis=${iran}&sourceTypes=officials`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/unknown source type "officials"/);
  });

  it("sends a place's per-source timelines, for the map's places, one place when asked", async () => {
    type Places = {
      categories: Array<{
        category: string;
        placeCount: number;
        places: Array<{
          placeId: string;
          place: string;
          sources: Array<{ source: string; latest: { estimate: number; scope: string; place: string | null }; figures: unknown[] }>;
        }>;
      }>;
    };
    const names = ((await (await get('/api/crises')).json()) as { items: Array<{ name: string }> }).items.map((c) => c.name);
    let found: { crisis: string; placeId: string; place: string; category: string } | null = null;
    for (const name of names) {
      const t = (await (await get(`/api/tally?crisis=${encodeURIComponent(name)}`)).json()) as Places;
      const c = t.categories.find((x) => x.places.length > 0);
      if (!c) continue;
      expect(c.placeCount).toBeGreaterThanOrEqual(c.places.length);
      for (const p of c.places) for (const s of p.sources) expect(s.latest).toMatchObject({ scope: 'local', place: p.place });
      found = { crisis: name, placeId: c.places[0]!.placeId, place: c.places[0]!.place, category: c.category };
      break;
    }
    expect(found, 'a demo crisis with a local figure').not.toBeNull();
    const { crisis, placeId, place, category } = found!;
    // The map's place of the same id.
    const mapPlaces = (await (await get(`/api/places?crisis=${encodeURIComponent(crisis)}`)).json()) as { items: Array<{ placeId: string; name: string }> };
    expect(mapPlaces.items.find((p) => p.placeId === placeId)?.name).toBe(place);
    const one = (await (
      await get(`/api/tally?crisis=${encodeURIComponent(crisis)}&category=${category}&place=${encodeURIComponent(placeId)}&maxFigures=1`)
    ).json()) as Places;
    expect(one.categories[0]!.places.map((p) => p.placeId)).toEqual([placeId]);
    expect(one.categories[0]!.places[0]!.sources.every((s) => s.figures.length === 1)).toBe(true);
    const none = (await (await get(`/api/tally?crisis=${encodeURIComponent(crisis)}&maxPlaces=0`)).json()) as Places;
    expect(none.categories.every((c) => c.places.length === 0)).toBe(true);
  });

  it('edits a source type and aliases', async () => {
    const sources = (await (await get('/api/sources')).json()) as { items: Array<{ id: number; name: string }> };
    const s = sources.items[0]!;
    const res = await send('PATCH', `/api/sources/${s.id}`, { type: 'independent', aliases: ['Alias One', ' Alias One ', 'Alias Two'] });
    expect(await res.json()).toMatchObject({ id: s.id, type: 'independent', aliases: ['Alias One', 'Alias Two'] });
    const byAlias = (await (await get(`/api/claims?source=${encodeURIComponent('alias two')}`)).json()) as { items: Array<{ source: { name: string } }> };
    expect(byAlias.items.length).toBeGreaterThan(0);
    expect(byAlias.items.every((c) => c.source.name === s.name)).toBe(true);
  });

  it('ingests pasted text once, and refuses private URLs unless allowed', async () => {
    const text = 'Rights groups said at least 31 people were killed in Zahedan on Friday.';
    const first = (await (await send('POST', '/api/ingest/text', { text, published: '2022-10-02' })).json()) as {
      status: string;
      documentId: number;
      claims: number;
    };
    expect(first).toMatchObject({ status: 'ingested' });
    expect(first.claims).toBeGreaterThan(0);
    expect(await (await send('POST', '/api/ingest/text', { text })).json()).toMatchObject({ status: 'unchanged', documentId: first.documentId });

    const guarded = createApp({ store, loginRequired: false });
    const refused = (await (
      await guarded.request('/api/ingest/url', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: site.url }) })
    ).json()) as {
      failed: number;
      results: Array<{ reason: string }>;
    };
    expect(refused.failed).toBe(1);
    expect(refused.results[0]!.reason).toMatch(/private|loopback/i);
  });

  it('answers reads again from the kept answer until something changes, with an ETag', async () => {
    const first = await get('/api/info');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"r\d+"$/);
    const before = ((await first.json()) as { counts: { documents: number } }).counts.documents;
    const again = await get('/api/info');
    expect(again.headers.get('x-tally-cache')).toBe('hit');
    // A large kept answer goes gzipped to a client that accepts it, and decodes to the same JSON.
    const bigUrl = '/api/claims?limit=500';
    const plain = await (await get(bigUrl)).text();
    expect(plain.length).toBeGreaterThan(8 * 1024);
    const zipped = await app.request(bigUrl, { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')).toBe(plain);
    expect((await app.request('/api/info', { headers: { 'if-none-match': etag } })).status).toBe(304);
    // A write (here: a new document) changes the revision: the next read is fresh.
    await send('POST', '/api/ingest/text', { text: 'Police said 3 people were injured in Sulaymaniyah on Sunday.' });
    const after = await get('/api/info');
    expect(after.headers.get('x-tally-cache')).toBeNull();
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(((await after.json()) as { counts: { documents: number } }).counts.documents).toBe(before + 1);
  });

  it('answers errors as JSON that says what to do', async () => {
    const cases: Array<[Promise<Response>, number, RegExp]> = [
      [get('/api/documents/999999'), 404, /does not exist/],
      [get('/api/claims?category=deaths'), 400, /category/],
      [get('/api/claims?since=yesterday'), 400, /since.*date like/],
      [get('/api/tally?crisis=No%20such%20crisis'), 404, /no crisis named/],
      [get('/api/nothing-here'), 404, /openapi\.json/],
      [send('POST', '/api/claims/1/review', { status: 'edited', reviewer: '' }), 400, /reviewer/],
      [send('POST', '/api/claims/1/review', { status: 'edited', reviewer: 'x', changes: { low: 'many' } }), 400, /low/],
      [send('PATCH', '/api/sources/1', {}), 400, /type/],
      [send('POST', '/api/ingest/text', { text: 'x'.repeat(6 * 1024 * 1024) }), 413, /larger than 5 MB/],
      [Promise.resolve(app.request('/api/crises', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name": ' })), 400, /./],
    ];
    for (const [res, status, message] of cases) {
      const r = await res;
      const body = (await r.json()) as { error: string };
      expect(r.status, body.error).toBe(status);
      expect(body.error).toMatch(message);
    }
  });

  it('exports what the filters select', async () => {
    const csv = await (await get(`/api/export?format=csv&crisis=${encodeURIComponent(IRAN)}&category=detained`)).text();
    const lines = csv.trim().split('\n');
    expect(lines[0]).toMatch(
      /^event_date,time_precision,country,admin1,location,latitude,longitude,geo_precision,category,.*,scope,revision,source,source_type,reliability,/,
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.includes(',detained,'))).toBe(true);
  });

  it('exports an HXL hashtag row under the CSV header when asked', async () => {
    const csv = await (await get(`/api/export?format=csv&hxl=1&crisis=${encodeURIComponent(IRAN)}&category=detained`)).text();
    const lines = csv.trim().split('\n');
    expect(lines[1]).toMatch(/^#date\+occurred,#date\+precision,#country\+name,#adm1\+name,#loc\+name,#geo\+lat,#geo\+lon,/);
    expect(lines[1]).toContain('#affected+num');
    expect((await get(`/api/export?format=json&hxl=1&crisis=${encodeURIComponent(IRAN)}`)).status).toBe(400);
  });

  it('refuses an alias that names another source unless the merge is confirmed, and grades sources', async () => {
    await contractSources();
    const [c, d] = ['Contract Source C', 'Contract Source D'];
    for (const name of [c, d]) {
      const text = `${name} said 5 people were injured in Iran on 2 December 2019.`;
      const report = extract({ text, published: '2019-12-03' });
      for (const cl of report.claims) cl.source = { name, via: [] };
      await store.ingestReport({ raw: text }, report);
    }
    const target = (await store.findSource(d))!;
    const refused = await send('PATCH', `/api/sources/${target.id}`, { aliases: [c] });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: string }).error).toMatch(
      /"Contract Source C" \(1 claims\) is another source: making it an alias of "Contract Source D" merges it into it/,
    );
    const merged = await send('PATCH', `/api/sources/${target.id}`, { aliases: [c], merge: true, editor: 'api test', reliability: 'D' });
    expect(await merged.json()).toMatchObject({ name: d, aliases: [c], claimCount: 2, reliability: 'D', reliabilitySet: true, updatedBy: 'api test' });
    expect((await send('PATCH', `/api/sources/${target.id}`, { reliability: 'G' })).status).toBe(400);
    const tally = (await (await get(`/api/tally?crisis=${encodeURIComponent(IRAN)}&category=killed`)).json()) as {
      categories: Array<{ sources: Array<{ reliability: string }> }>;
    };
    expect(tally.categories[0]!.sources.every((s) => 'ABCDEF'.includes(s.reliability))).toBe(true);
  });

  it('never lets document markup become page markup', async () => {
    const hostile =
      '<html><body><article><p>At least 9 people were killed in Mosul, officials said.</p><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"><p onclick="alert(1)">Five were injured.</p></article></body></html>';
    const r = (await (await send('POST', '/api/ingest/text', { text: hostile })).json()) as { documentId: number };
    const doc = (await (await get(`/api/documents/${r.documentId}`)).json()) as { text: string };
    expect(doc.text).toContain('At least 9 people were killed');
    expect(doc.text).not.toMatch(/<script|onerror|onclick/);
    const res = await get('/');
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  });
});
