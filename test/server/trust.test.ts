/**
 * The trust boundary, one test per finding of the security probe: URL ingest fetches only
 * http(s), the server answers only for its own host names, writes come only from its own
 * origin (every mutating operation of the OpenAPI document), pasted text is never silently
 * emptied, document URLs are http(s) or nothing, bad query values are 400s, exports stream
 * and large documents open in windows.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backgroundExtractor, inlineExtractor, type Extractor } from '../../src/ingest/extractor.js';
import { readUrl } from '../../src/ingest/index.js';
import { createApp } from '../../src/server/app.js';
import { startServer } from '../../src/server/serve.js';
import { listApiTokens, listUsers } from '../../src/store/accounts.js';
import type { Store } from '../../src/store/index.js';
import { backends } from '../store/backends.js';

type App = ReturnType<typeof createApp>;
const CRISIS = 'Trust boundary crisis';
const REPORT = 'Security forces killed at least 46 protesters in Tehran on Monday, Amnesty International said. Police detained 120 people in Shiraz.';

describe('trust boundary', () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let app: App;

  beforeAll(async () => {
    ({ store, cleanup } = await backends[0]!.open());
    // Inline extraction here (quick to start); the worker has its own test below.
    app = createApp({ store, extractor: inlineExtractor });
    const res = await send('POST', '/api/ingest/text', { text: REPORT, published: '2019-11-18', crisis: CRISIS });
    expect(res.status).toBe(200);
  });
  afterAll(async () => {
    await cleanup?.();
  });

  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
  const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const error = async (res: Response) => ((await res.json()) as { error: string }).error;

  it('fetches only http(s) URLs and never reads a server file for a client', async () => {
    // A folder named like a drive ("c:") next to the server: the old reader took
    // "c:/../../../etc/passwd" for a path and ingested what it found.
    const dir = mkdtempSync(join(tmpdir(), 'tally-trust-'));
    mkdirSync(join(dir, 'c:'));
    writeFileSync(join(dir, 'secret.txt'), 'Police said 9 people were killed in Basra on Monday.');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const before = (await store.counts()).documents;
      for (const url of [
        'c:/../secret.txt',
        'c:/..',
        'C:\\Windows\\win.ini',
        'file:///etc/passwd',
        'x:y',
        'javascript:alert(1)',
        'ftp://127.0.0.1/',
        'gopher://127.0.0.1/_x',
        'data:text/html,<p>killed 5</p>',
      ]) {
        const res = await send('POST', '/api/ingest/url', { url });
        expect(res.status, url).toBe(400);
        expect(await error(res), url).toMatch(/url: give an http:\/\/ or https:\/\/ address/);
      }
      expect((await store.counts()).documents).toBe(before);
      // The reader the server uses refuses them too, without touching the disk.
      const [item] = await readUrl('c:/../secret.txt', {});
      expect(item).toMatchObject({ kind: 'failure', reason: expect.stringMatching(/only http:\/\/ and https:\/\//) });
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers only for its configured host names', async () => {
    for (const host of ['127.0.0.1', 'localhost', '[::1]', '127.0.0.1:8080', 'localhost:8080', '[::1]:8080']) {
      expect((await app.request(`http://${host}/api/info`)).status, host).toBe(200);
    }
    for (const host of ['evil.example', 'attacker.rebind.example:8080', '127.0.0.1.nip.io', '10.0.0.5']) {
      const res = await app.request(`http://${host}/api/info`);
      expect(res.status, host).toBe(421);
      expect(await error(res)).toMatch(/does not answer for the host name .*--public-url/);
    }
    // The page itself (not only the API) is refused, with a plain-text message.
    const page = await app.request('http://evil.example/');
    expect(page.status).toBe(421);
    expect(await page.text()).toMatch(/--public-url/);

    // Host names only here: team servers' logins are auth.test.ts's.
    const team = createApp({ store, host: '0.0.0.0', publicUrl: 'https://tally.example.org/', loginRequired: false });
    expect((await team.request('https://tally.example.org/api/info')).status).toBe(200);
    expect((await team.request('http://127.0.0.1/api/info')).status).toBe(200);
    expect((await team.request('http://evil.example/api/info')).status).toBe(421);
    const named = createApp({ store, host: 'tally.lan', loginRequired: false });
    expect((await named.request('http://tally.lan:8080/api/info')).status).toBe(200);
    expect((await named.request('http://other.lan:8080/api/info')).status).toBe(421);
  });

  it('refuses a cross-origin write on every mutating operation of the OpenAPI document', async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const claim = (await store.listClaims({ crisis: CRISIS }, { limit: 1 })).items[0]!;
    const source = (await store.listSources())[0]!;
    const firstUser = (await listUsers(store.db))[0]?.name ?? 'admin';
    const upload = (n: number) => {
      const form = new FormData();
      form.append('files', new File([`Police said ${n} people were killed in Tehran on Monday.`], `planted-${n}.txt`, { type: 'text/plain' }));
      form.append('crisis', CRISIS);
      return form;
    };
    // One valid request per mutating operation, marked with a number n that any stored trace carries.
    const requests: Record<string, (n: number) => { path: string; body: BodyInit; type?: string }> = {
      'post /api/crises': (n) => ({ path: '/api/crises', body: JSON.stringify({ name: `Planted crisis ${n}` }) }),
      'post /api/claims/{id}/review': (n) => ({ path: `/api/claims/${claim.id}/review`, body: JSON.stringify({ status: 'rejected', reviewer: `csrf ${n}` }) }),
      'patch /api/sources/{id}': () => ({ path: `/api/sources/${source.id}`, body: JSON.stringify({ type: source.type }) }),
      'post /api/sources/merge': () => ({ path: '/api/sources/merge', body: JSON.stringify({ from: source.name, into: source.name }) }),
      'post /api/sources/{id}/split': (n) => ({ path: `/api/sources/${source.id}/split`, body: JSON.stringify({ alias: `alias ${n}` }) }),
      'post /api/tally/pins': (n) => ({
        path: '/api/tally/pins',
        body: JSON.stringify({ crisis: CRISIS, category: claim.category, claimId: claim.id, by: `csrf ${n}` }),
      }),
      'delete /api/tally/pins': () => ({ path: `/api/tally/pins?crisis=${encodeURIComponent(CRISIS)}&category=${claim.category}`, body: '' }),
      'post /api/ingest/text': (n) => ({
        path: '/api/ingest/text',
        body: JSON.stringify({ text: `Police said ${n} people were killed in Tabriz on Monday.`, crisis: CRISIS }),
      }),
      'post /api/ingest/url': () => ({ path: '/api/ingest/url', body: JSON.stringify({ url: 'http://127.0.0.1:9/nothing.html' }) }),
      'post /api/ingest/files': (n) => ({ path: '/api/ingest/files', body: upload(n), type: '' }),
      'patch /api/crises/{name}': (n) => ({ path: `/api/crises/${encodeURIComponent(CRISIS)}`, body: JSON.stringify({ region: `csrf ${n}` }) }),
      'post /api/auth/login': (n) => ({ path: '/api/auth/login', body: JSON.stringify({ name: `csrf-${n}`, password: 'not a password' }) }),
      'post /api/auth/logout': () => ({ path: '/api/auth/logout', body: '' }),
      'post /api/users': (n) => ({ path: '/api/users', body: JSON.stringify({ name: `csrf-${n}`, password: 'planted password', role: 'admin' }) }),
      'patch /api/users/{name}': (n) => ({ path: `/api/users/nobody-${n}`, body: JSON.stringify({ role: 'admin' }) }),
      'post /api/tokens': (n) => ({ path: '/api/tokens', body: JSON.stringify({ user: firstUser, label: `csrf ${n}` }) }),
      'delete /api/tokens/{id}': (n) => ({ path: `/api/tokens/${n}`, body: '' }),
    };
    const mutating = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((m) => !['get', 'head', 'options'].includes(m))
        .map((m) => `${m} ${path}`),
    );
    expect(mutating.sort()).toEqual(Object.keys(requests).sort());

    let n = 7000;
    const refused: number[] = [];
    for (const op of mutating) {
      const method = op.split(' ')[0]!.toUpperCase();
      const attempts: Array<Record<string, string>> = [
        { origin: 'http://evil.example' },
        { origin: 'http://localhost:8095' }, // another app on the same machine: same site, not same origin
        { origin: 'null' },
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site', origin: 'http://localhost' },
      ];
      for (const headers of attempts) {
        // multipart/form-data and text/plain need no preflight: they are what a foreign page sends.
        for (const type of requests[op]!(0).type === '' ? [null] : ['application/json', 'text/plain']) {
          const r = requests[op]!(++n);
          refused.push(n);
          const res = await app.request(`http://localhost${r.path}`, {
            method,
            headers: { ...headers, ...(type ? { 'content-type': type } : {}) },
            body: r.body,
          });
          expect(res.status, `${op} ${JSON.stringify(headers)} ${type}`).toBe(403);
          expect(await error(res)).toMatch(/refused: .*own pages/);
        }
      }
      // The server's own pages, and scripts with no Origin, are not refused for their origin.
      for (const headers of [{ origin: 'http://localhost', 'sec-fetch-site': 'same-origin' }, {}] as Array<Record<string, string>>) {
        const r = requests[op]!(++n);
        const res = await app.request(`http://localhost${r.path}`, {
          method,
          headers: { ...headers, ...(r.type === '' ? {} : { 'content-type': 'application/json' }) },
          body: r.body,
        });
        expect(res.status, `${op} ${JSON.stringify(headers)}: ${await res.clone().text()}`).not.toBe(403);
      }
    }
    // Nothing a refused request carried was stored; what the allowed ones carried was.
    const figures = new Set((await store.listClaims({ crisis: CRISIS }, { limit: 500 })).items.map((c) => c.estimate));
    const crises = new Set((await store.listCrises()).map((c) => c.name));
    const reviewers = new Set((await store.claimHistory(claim.id)).map((h) => h.reviewer));
    const users = new Set((await listUsers(store.db)).map((u) => u.name));
    const tokenLabels = new Set((await listApiTokens(store.db)).map((t) => t.label));
    for (const k of refused) {
      expect(tokenLabels.has(`csrf ${k}`), `token ${k}`).toBe(false);
      expect(users.has(`csrf-${k}`), `user ${k}`).toBe(false);
      expect(figures.has(k), `figure ${k}`).toBe(false);
      expect(crises.has(`Planted crisis ${k}`)).toBe(false);
      expect(reviewers.has(`csrf ${k}`)).toBe(false);
    }
    expect(crises.size).toBeGreaterThan(1);
    expect([...users].filter((u) => u.startsWith('csrf-'))).toHaveLength(2);
    expect([...reviewers].filter((r) => r.startsWith('csrf'))).toHaveLength(2);
    expect([...figures].filter((f) => f > 7000)).toHaveLength(4); // two pasted, two uploaded

    // A team server behind TLS: its public origin writes, its plain-http twin does not.
    // Origins only here: team servers' logins are auth.test.ts's.
    const team = createApp({ store, host: '0.0.0.0', publicUrl: 'https://tally.example.org', loginRequired: false });
    const write = (origin: string) =>
      team.request('http://tally.example.org/api/crises', {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Team crisis' }),
      });
    expect((await write('https://tally.example.org')).status).toBe(200);
    expect((await write('https://evil.example')).status).toBe(403);
  });

  it('keeps a pasted plain-text report with <script> snippets, and refuses one that cleans to nothing', async () => {
    const text = `${REPORT.replace('46', '47')}\n<script>a()</script><script>b()</script>`;
    const res = await send('POST', '/api/ingest/text', { text, crisis: CRISIS });
    const result = (await res.json()) as { status: string; documentId: number; claims: number };
    expect(res.status).toBe(200);
    expect(result.status).toBe('ingested');
    expect(result.claims).toBeGreaterThan(0);
    const doc = await store.getDocument(result.documentId);
    expect(doc!.format).toBe('text');
    expect(doc!.text).toContain('killed at least 47 protesters');

    // A page that declares itself HTML is read as HTML: no markup in the clean text.
    const page = await send('POST', '/api/ingest/text', {
      text: '<!doctype html><title>Protests</title>Security forces killed at least 48 protesters in Tehran on Monday.',
    });
    const paged = (await page.json()) as { documentId: number };
    const pageDoc = await store.getDocument(paged.documentId);
    expect(pageDoc!.format).toBe('html');
    expect(pageDoc!.text).toContain('killed at least 48 protesters');
    expect(pageDoc!.text).not.toMatch(/<title>|<!doctype/i);

    // Markup with no text left is an error the user sees, not "ingested" and empty.
    const before = (await store.counts()).documents;
    const empty = await send('POST', '/api/ingest/text', { text: '<html><body><script>var killed = 5;</script><style>p{}</style></body></html>' });
    expect(empty.status).toBe(400);
    expect(await error(empty)).toMatch(/nothing was ingested: no text left after cleaning/);
    expect((await store.counts()).documents).toBe(before);

    // An upload that cleans to nothing fails with the same reason.
    const form = new FormData();
    form.append('files', new File(['<html><body><script>a()</script></body></html>'], 'empty.html', { type: 'text/html' }));
    const upload = (await (await app.request('/api/ingest/files', { method: 'POST', body: form })).json()) as {
      failed: number;
      results: Array<{ reason: string }>;
    };
    expect(upload.failed).toBe(1);
    expect(upload.results[0]!.reason).toMatch(/no text left after cleaning/);
  });

  it('keeps document URLs http(s) or nothing', async () => {
    const refused = await send('POST', '/api/ingest/text', { text: 'Police said 5 people were injured in Qom on Monday.', url: "javascript:alert('url')" });
    expect(refused.status).toBe(400);
    expect(await error(refused)).toMatch(/url: give an http:\/\/ or https:\/\/ address/);

    // A JSONL record or feed item with a javascript: link: stored without it, never exported.
    const form = new FormData();
    const line = JSON.stringify({ text: 'Police said 6 people were injured in Arak on Monday.', url: 'javascript:alert(1)', published: '2019-11-18' });
    form.append('files', new File([`${line}\n`], 'records.jsonl'));
    form.append('crisis', CRISIS);
    const summary = (await (await app.request('/api/ingest/files', { method: 'POST', body: form })).json()) as { results: Array<{ documentId: number }> };
    const doc = await store.getDocument(summary.results[0]!.documentId);
    expect(doc!.url).toBeNull();
    for (const format of ['csv', 'json', 'geojson']) {
      const body = await (await get(`/api/export?format=${format}&crisis=${encodeURIComponent(CRISIS)}`)).text();
      expect(body, format).not.toMatch(/javascript:/);
    }
  });

  it('answers bad query values with a 400 that names the field, never a database error', async () => {
    const cases: Array<[string, RegExp]> = [
      ['/api/claims?since=2019-13-45', /since: 2019-13-45 is not a day of the calendar/],
      ['/api/claims?until=2019-02-31', /until: 2019-02-31 is not a day of the calendar/],
      ['/api/places?since=2019-02-30', /since: .*not a day/],
      ['/api/export?format=csv&since=9999-99-99', /since: .*not a day/],
      [`/api/tally?crisis=${encodeURIComponent(CRISIS)}&until=2019-04-31`, /until: .*not a day/],
      ['/api/claims?documentId=1e400', /documentId/],
      ['/api/documents/1?offset=-1', /offset/],
      ['/api/documents/1?length=0', /length/],
    ];
    for (const [path, message] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(await error(res), path).toMatch(message);
    }
    const crisis = await send('POST', '/api/crises', { name: 'Bad date', startDate: '2019-02-30' });
    expect(crisis.status).toBe(400);
    expect(await error(crisis)).toMatch(/startDate: 2019-02-30 is not a day/);
    // A real leap day is a day.
    expect((await get('/api/claims?since=2020-02-29')).status).toBe(200);
  });

  it('opens a large document in windows, and exports every selected claim in each format', async () => {
    const claims = await store.listClaims({ crisis: CRISIS }, { limit: 1, sort: 'id', order: 'asc' });
    const whole = (await (await get(`/api/documents/${claims.items[0]!.documentId}`)).json()) as {
      text: string;
      claims: Array<{ span: { start: number; end: number } }>;
      page?: unknown;
    };
    expect(whole.page).toBeUndefined();
    const at = whole.claims[whole.claims.length - 1]!.span;
    const res = await get(`/api/documents/${claims.items[0]!.documentId}?offset=${at.start}&length=${at.end - at.start + 10}`);
    const part = (await res.json()) as {
      text: string;
      claims: Array<{ span: { start: number; end: number; text: string } }>;
      page: { offset: number; length: number; totalLength: number };
    };
    expect(part.page).toEqual({ offset: at.start, length: Math.min(at.end - at.start + 10, whole.text.length - at.start), totalLength: whole.text.length });
    expect(part.text).toBe(whole.text.slice(at.start, at.start + part.page.length));
    expect(part.claims.map((c) => c.span.start)).toContain(at.start);
    for (const c of part.claims) expect(part.text.slice(c.span.start - at.start, c.span.end - at.start)).toBe(c.span.text);

    // Exports hold every claim the filter selects.
    const total = (await store.listClaims({ crisis: CRISIS }, { limit: 500 })).items.length;
    const csv = await get(`/api/export?format=csv&crisis=${encodeURIComponent(CRISIS)}`);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toMatch(/^event_date,time_precision,country/);
    expect(lines).toHaveLength(total + 1);
    const json = (await (await get(`/api/export?format=json&crisis=${encodeURIComponent(CRISIS)}`)).json()) as unknown[];
    expect(json).toHaveLength(total);
    const geo = (await (await get(`/api/export?format=geojson&crisis=${encodeURIComponent(CRISIS)}`)).json()) as { type: string; features: unknown[] };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThan(0);
    expect(await (await get('/api/export?format=json&crisis=No%20such%20crisis')).json()).toEqual([]);
  });

  it('streams an export: the first page of rows is sent before the next page is read', async () => {
    const annex = 'Streamed annex';
    const text = Array.from({ length: 620 }, (_, i) => `Police said ${i + 10} people were injured in Mosul on Monday.`).join('\n\n');
    expect((await send('POST', '/api/ingest/text', { text, published: '2019-11-18', crisis: annex })).status).toBe(200);
    const total = (await store.listClaims({ crisis: annex }, { limit: 1 })).total;
    expect(total).toBeGreaterThan(500); // more than one page of claims

    // A store whose second page of claims waits until the test lets it go.
    let release!: () => void;
    const gate = new Promise<void>((done) => (release = done));
    let pages = 0;
    const gated = new Proxy(store, {
      get(target, prop) {
        if (prop === 'listClaims') {
          return async (...args: Parameters<Store['listClaims']>) => {
            if (pages++ >= 1) await gate;
            return target.listClaims(...args);
          };
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const streaming = createApp({ store: gated, extractor: inlineExtractor });
    const res = await Promise.race([
      streaming.request(`/api/export?format=csv&crisis=${encodeURIComponent(annex)}`),
      new Promise<null>((done) => setTimeout(() => done(null), 10_000)),
    ]);
    expect(res, 'the export answered only after reading every page').not.toBeNull();
    const reader = res!.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    while (received.split('\n').length < 10) received += decoder.decode((await reader.read()).value);
    expect(received).toMatch(/^event_date,time_precision,country/);
    for (let waited = 0; pages < 2 && waited < 5000; waited += 10) await new Promise((done) => setTimeout(done, 10));
    expect(pages).toBe(2); // the second page is still being read
    release();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) received += decoder.decode(chunk.value);
    expect(received.trim().split('\n')).toHaveLength(total + 1);
  });
});

describe('heavy work off the request loop', () => {
  it('answers other requests while a large paste is being extracted', async () => {
    const { store, cleanup } = await backends[0]!.open();
    // The server's own extractor, noting when the paste's extraction ends.
    const worker = backgroundExtractor();
    let extractedAt = Infinity;
    const extractor: Extractor = {
      extract: async (input) => {
        const x = await worker.extract(input);
        if ((input.text ?? input.html ?? '').length > 100_000) extractedAt = performance.now();
        return x;
      },
      warm: () => worker.warm(),
      close: () => worker.close(),
    };
    await worker.warm();
    const server = await startServer({ store, port: 0, extractor });
    try {
      const paragraphs = Array.from(
        { length: 400 },
        (_, i) => `Police said ${i + 3} protesters were killed in Basra on Monday, and medical sources said ${2 * i + 5} were injured in Nasiriyah.`,
      );
      let text = '';
      while (text.length < 300_000) text += `${paragraphs.join('\n\n')}\n\n`;
      const paste = fetch(`${server.url}/api/ingest/text`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
      await new Promise((r) => setTimeout(r, 200));
      const info = await fetch(`${server.url}/api/info`);
      const answeredAt = performance.now();
      expect(info.status).toBe(200);
      const result = (await (await paste).json()) as { status: string; claims: number };
      expect(result.status).toBe('ingested');
      expect(result.claims).toBeGreaterThan(400);
      // The read was answered while the paste was still being extracted, not after it.
      expect(extractedAt).toBeLessThan(Infinity); // extracted by the server's extractor
      expect(answeredAt).toBeLessThan(extractedAt);
    } finally {
      await server.close();
      await cleanup();
    }
  }, 240_000);
});
