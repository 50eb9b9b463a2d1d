/**
 * The HTTP server: the JSON API (routes.ts, documented at /api/openapi.json), the web UI
 * (dist/web, built by Vite) and the offline basemap (assets/basemap). Thin by design: each
 * handler validates, calls the store, the ingest pipeline or the tally, and shapes the answer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { looksLikeHtml } from '../extract/clean.js';
import { itemsFromBytes, readUrl, type IngestItem } from '../ingest/index.js';
import { backgroundExtractor, type Extractor } from '../ingest/extractor.js';
import { EMPTY_AFTER_CLEANING, ingestItems } from '../ingest/pipeline.js';
import { pinHeadline, unpinHeadline } from '../store/headline-pins.js';
import { listAudit } from '../store/audit.js';
import { ConflictError, InvalidInputError, NotFoundError, type ClaimFilter, type Store } from '../store/index.js';
import { reviewOrder, tallyForCrisis } from '../tally/index.js';
import { answerCache } from './answer-cache.js';
import { documentPage } from './document-page.js';
import { exportStream } from './export-stream.js';
import * as r from './routes.js';
import { hostCheck, sameOriginWrites } from './trust.js';
import { accessChangeRefused, actorFor, auditExport, authenticate, authOf, registerAccountApi, visibilityOf } from './auth.js';
import { crisisHidden, documentHidden, setCrisisAccess, withAccess } from '../store/visibility.js';

export interface AppOptions {
  store: Store;
  /** Raster tile URL template for the map; the offline basemap is used without it. */
  tileUrl?: string | null;
  tileAttribution?: string | null;
  /** Let URL ingest reach loopback and private addresses. */
  allowPrivate?: boolean;
  /** Folder of the built web UI (default: dist/web). */
  webDir?: string;
  /** The address listened on: with the loopback names, the host names the server answers for. */
  host?: string;
  /** The address people open for a team server (its host is served, its origin may write). */
  publicUrl?: string | null;
  /** Where ingest extracts documents (default: a worker thread shared by the process, off the request loop). */
  extractor?: Extractor;
  /** Whether API requests need a login (default: see loginRequired in auth.ts). */
  loginRequired?: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const version = (JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const KB = 1024;
const MB = 1024 * KB;

/** Request body limits: pasted text and uploads can be large, everything else is small. */
export const LIMITS = { json: 256 * KB, text: 5 * MB, upload: 25 * MB } as const;

/** One extraction worker for the apps of a process that were given none (it never keeps the process alive). */
let shared: Extractor | null = null;
const sharedExtractor = (): Extractor => (shared ??= backgroundExtractor());

const tooLarge = (limit: number) => (c: Context) =>
  c.json(
    {
      error: `the request is larger than ${limit >= MB ? `${limit / MB} MB` : `${limit / KB} KB`}; send less at once (or ingest large files with the "tally ingest" command)`,
    },
    413,
  );

export function createApp(opts: AppOptions): OpenAPIHono {
  const { store } = opts;
  // Extraction is CPU work in JavaScript: on the server's own thread, one large paste would hold every other request.
  const extractor = opts.extractor ?? sharedExtractor();
  const app = new OpenAPIHono({
    // Validation failures become one readable sentence per problem.
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`);
        return c.json({ error: `invalid request: ${issues.join('; ')}` }, 400);
      }
    },
  });

  const tileOrigin = opts.tileUrl ? safeOrigin(opts.tileUrl) : null;
  app.use(
    '*',
    secureHeaders({
      // Document text is hostile: no inline script may ever run, whatever reaches the page.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', ...(tileOrigin ? [tileOrigin] : [])],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  );

  // Before anything reads the request: a foreign host name, or a write from another origin.
  app.use('*', hostCheck(opts));
  app.use('*', sameOriginWrites(opts));
  // Who asks, and may they: before any body is read or any kept answer is served.
  app.use('/api/*', authenticate(app, store, opts));

  app.use('/api/ingest/files', bodyLimit({ maxSize: LIMITS.upload, onError: tooLarge(LIMITS.upload) }));
  app.use('/api/ingest/text', bodyLimit({ maxSize: LIMITS.text, onError: tooLarge(LIMITS.text) }));
  app.use('/api/*', async (c, next) => {
    if (c.req.path.startsWith('/api/ingest/files') || c.req.path.startsWith('/api/ingest/text')) return next();
    return bodyLimit({ maxSize: LIMITS.json, onError: tooLarge(LIMITS.json) })(c, next);
  });

  // Reads are answered from the kept answer while nothing changed (exports are downloads: always fresh).
  // Kept per visibility: a reader who may not see a private crisis never gets an answer made for one who may.
  const cache = answerCache(store, { scope: (c) => visibilityOf(c).hiddenCrisisIds.join(',') });
  app.use('/api/*', (c, next) => (c.req.path === '/api/export' || c.req.path.startsWith('/api/auth/') ? next() : cache(c, next)));

  app.onError((err, c) => {
    if (err instanceof NotFoundError) return c.json({ error: err.message }, 404);
    if (err instanceof InvalidInputError) return c.json({ error: err.message }, 400);
    if (err instanceof ConflictError) return c.json({ error: err.message }, 409);
    if (err instanceof HTTPException && err.status < 500) {
      const hint = /JSON/i.test(err.message) ? ': send a JSON object with content-type application/json' : '';
      return c.json({ error: `${err.message}${hint}` }, err.status);
    }
    console.error(err);
    return c.json({ error: `internal error: ${err.message}` }, 500);
  });

  app.openapi(r.infoRoute, async (c) => {
    const counts = await store.counts(visibilityOf(c).hiddenCrisisIds);
    return c.json({ name: 'tally', version, store: store.kind, counts, tileUrl: opts.tileUrl ?? null, tileAttribution: opts.tileAttribution ?? null }, 200);
  });

  // Private crises (store/visibility.ts): what the reader may not see answers as if it did not exist.
  const hidden = (c: Context) => visibilityOf(c).hiddenCrisisIds;
  const checkCrisis = (c: Context, name: string | undefined) => {
    if (name && crisisHidden(visibilityOf(c), name)) throw new NotFoundError(`no crisis called "${name}" (see GET /api/crises)`);
  };
  const checkDocument = async (c: Context, id: number, what: string) => {
    if (await documentHidden(store.db, visibilityOf(c), id)) throw new NotFoundError(`${what} does not exist`);
  };

  app.openapi(r.listCrisesRoute, async (c) => {
    const visible = (await store.listCrises()).filter((k) => !crisisHidden(visibilityOf(c), k.name));
    return c.json({ items: await withAccess(store.db, visible) }, 200);
  });
  app.openapi(r.createCrisisRoute, async (c) => {
    const { private: isPrivate, members, ...input } = c.req.valid('json');
    checkCrisis(c, input.name);
    if (isPrivate !== undefined || members !== undefined) {
      const known = await store.getCrisis(input.name);
      const current = known ? (await withAccess(store.db, [known]))[0]! : { private: false, members: [] };
      const refused = accessChangeRefused(authOf(c), input.name, current, { private: isPrivate, members });
      if (refused) return c.json({ error: refused }, 403);
    }
    const crisis = await store.createCrisis({ ...input, actor: actorFor(c) });
    if (isPrivate !== undefined || members !== undefined) await setCrisisAccess(store.db, crisis.name, { private: isPrivate, members }, actorFor(c));
    return c.json((await withAccess(store.db, [crisis]))[0]!, 200);
  });

  app.openapi(r.tallyRoute, async (c) => {
    const q = c.req.valid('query');
    checkCrisis(c, q.crisis);
    const tally = await tallyForCrisis(store, q.crisis, {
      category: q.category,
      since: q.since,
      until: q.until,
      sourceTypes: q.sourceTypes,
      maxSources: q.maxSources,
      maxEvents: q.maxEvents,
      maxFigures: q.maxFigures,
      place: q.place,
      maxPlaces: q.maxPlaces,
    });
    return c.json({ ...tally, crisis: (await withAccess(store.db, [tally.crisis]))[0]! }, 200);
  });

  app.openapi(r.pinHeadlineRoute, async (c) => {
    const pin = c.req.valid('json');
    checkCrisis(c, pin.crisis);
    return c.json(await pinHeadline(store, { ...pin, by: actorFor(c, pin.by) }), 200);
  });
  app.openapi(r.unpinHeadlineRoute, async (c) => {
    const q = c.req.valid('query');
    checkCrisis(c, q.crisis);
    return c.json({ removed: await unpinHeadline(store, q.crisis, q.category, actorFor(c, q.by) || undefined) }, 200);
  });

  app.openapi(r.auditRoute, async (c) => {
    const { limit, offset, ...filter } = c.req.valid('query');
    if (filter.since && filter.until && filter.since > filter.until)
      return c.json({ error: `since ${filter.since} is after until ${filter.until}: swap them` }, 400);
    return c.json(await listAudit(store.db, { ...filter, hiddenCrises: visibilityOf(c).hiddenCrisisNames }, { limit, offset }), 200);
  });

  app.openapi(r.listDocumentsRoute, async (c) => {
    const q = c.req.valid('query');
    checkCrisis(c, q.crisis);
    const page = { limit: q.limit ?? 50, offset: q.offset ?? 0 };
    const filter = { crisis: q.crisis, hiddenCrisisIds: hidden(c) };
    const result = q.q?.trim() ? await store.searchDocuments(q.q, page, filter) : await store.listDocuments(page, filter);
    return c.json(result, 200);
  });

  app.openapi(r.getDocumentRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { offset, length } = c.req.valid('query');
    await checkDocument(c, id, `document ${id}`);
    const doc = await store.getDocument(id);
    if (!doc) throw new NotFoundError(`document ${id} does not exist`);
    if (offset === undefined && length === undefined) return c.json(doc, 200);
    return c.json(documentPage(doc, offset ?? 0, length ?? doc.text.length), 200);
  });

  app.openapi(r.listClaimsRoute, async (c) => {
    const { sort, order, limit, offset, ...filter } = c.req.valid('query');
    checkCrisis(c, filter.crisis);
    return c.json(await store.listClaims({ ...filter, hiddenCrisisIds: hidden(c) }, { sort, order, limit: limit ?? 50, offset: offset ?? 0 }), 200);
  });

  app.openapi(r.reviewQueueRoute, async (c) => {
    const q = c.req.valid('query');
    checkCrisis(c, q.crisis);
    // The tally is kept in memory per crisis: asking it which claims the headlines rest on is cheap.
    const order = reviewOrder(await tallyForCrisis(store, q.crisis, { category: q.category }));
    return c.json(await store.reviewQueue(q.crisis, order, { category: q.category, offset: q.offset, limit: q.limit }), 200);
  });

  app.openapi(r.getClaimRoute, async (c) => {
    const { id } = c.req.valid('param');
    const claim = await store.getClaim(id);
    if (!claim) throw new NotFoundError(`claim ${id} does not exist`);
    await checkDocument(c, claim.documentId, `claim ${id}`);
    return c.json({ claim, history: await store.claimHistory(id) }, 200);
  });

  app.openapi(r.reviewClaimRoute, async (c) => {
    const { id } = c.req.valid('param');
    const review = c.req.valid('json');
    const current = await store.getClaim(id);
    if (current) await checkDocument(c, current.documentId, `claim ${id}`);
    const claim = await store.reviewClaim(id, { ...review, reviewer: actorFor(c, review.reviewer) });
    return c.json({ claim, history: await store.claimHistory(id) }, 200);
  });

  app.openapi(r.listSourcesRoute, async (c) => c.json({ items: await store.listSources(hidden(c)) }, 200));
  app.openapi(r.updateSourceRoute, async (c) => {
    const patch = c.req.valid('json');
    return c.json(await store.updateSource(c.req.valid('param').id, { ...patch, editor: actorFor(c, patch.editor) || undefined }), 200);
  });
  app.openapi(r.mergeSourcesRoute, async (c) => {
    const b = c.req.valid('json');
    return c.json(await store.mergeSources(b.from, b.into, actorFor(c, b.editor) || undefined), 200);
  });
  app.openapi(r.splitSourceRoute, async (c) => {
    const b = c.req.valid('json');
    const source = await store.getSourceById(c.req.valid('param').id);
    return c.json(await store.splitSource(source.name, b.alias, actorFor(c, b.editor) || undefined), 200);
  });

  app.openapi(r.listPlacesRoute, async (c) => {
    const filter = c.req.valid('query');
    checkCrisis(c, filter.crisis);
    return c.json({ items: await store.listPlaces({ ...filter, hiddenCrisisIds: hidden(c) }) }, 200);
  });

  app.openapi(r.ingestTextRoute, async (c) => {
    const b = c.req.valid('json');
    checkCrisis(c, b.crisis);
    const html = looksLikeHtml(b.text);
    const item: IngestItem = {
      kind: 'document',
      origin: b.url ?? 'pasted text',
      format: html ? 'html' : 'text',
      input: { ...(html ? { html: b.text } : { text: b.text }), title: b.title, url: b.url, published: b.published },
      raw: b.text,
    };
    const summary = await ingestItems(store, [item], { crisis: b.crisis || undefined, extractor, actor: actorFor(c) || undefined });
    const result = summary.results[0]!;
    // The pasted report would be lost: say so, rather than "ingested" with nothing in it.
    if (result.reason === EMPTY_AFTER_CLEANING) return c.json({ error: `nothing was ingested: ${EMPTY_AFTER_CLEANING}` }, 400);
    return c.json(result, 200);
  });

  app.openapi(r.ingestUrlRoute, async (c) => {
    const b = c.req.valid('json');
    checkCrisis(c, b.crisis);
    // Only ever fetched: a client's string never reaches the file and folder reader.
    return c.json(
      await ingestItems(store, await readUrl(b.url, { allowPrivate: opts.allowPrivate }), {
        crisis: b.crisis || undefined,
        extractor,
        actor: actorFor(c) || undefined,
      }),
      200,
    );
  });

  app.openapi(r.ingestFilesRoute, async (c) => {
    const form = c.req.valid('form');
    checkCrisis(c, form.crisis);
    const files = ([] as File[]).concat(form.files);
    if (!files.length) throw new InvalidInputError('no files in the upload: send them as "files" parts of multipart/form-data');
    async function* items(): AsyncGenerator<IngestItem> {
      for (const f of files) yield* await itemsFromBytes(f.name || 'upload', new Uint8Array(await f.arrayBuffer()));
    }
    return c.json(await ingestItems(store, items(), { crisis: form.crisis || undefined, extractor, actor: actorFor(c) || undefined }), 200);
  });

  app.openapi(r.exportRoute, async (c) => {
    const { format, hxl, ...filter } = c.req.valid('query');
    if (hxl === '1' && format !== 'csv') throw new InvalidInputError('hxl=1 goes with format=csv');
    checkCrisis(c, filter.crisis);
    await auditExport(c, store, { format, filter });
    const name = `tally-claims-${new Date().toISOString().slice(0, 10)}`;
    const type = { csv: 'text/csv; charset=utf-8', geojson: 'application/geo+json', json: 'application/json' }[format];
    // Rows are sent as they are read (see export-stream.ts): a 200,000-claim export does not hold the server.
    return c.body(exportStream(store, { ...filter, hiddenCrisisIds: hidden(c) } as ClaimFilter, format, { hxl: hxl === '1' }), 200, {
      'content-type': type,
      'content-disposition': `attachment; filename="${name}.${format}"`,
    });
  });

  registerAccountApi(app, store, opts);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Tally API',
      version,
      description:
        'Sourced, reviewable tallies of casualty and detention figures from crisis reports. Errors are JSON objects `{ "error": "..." }` with a message saying what to change.',
    },
  });

  app.all('/api/*', (c) => c.json({ error: `no API route ${c.req.method} ${c.req.path} (see /api/openapi.json)` }, 404));

  // The offline basemap (Natural Earth countries and admin-1 regions, TopoJSON).
  app.use('/basemap/*', serveStatic({ root: resolve(repoRoot, 'assets'), rewriteRequestPath: (p) => p }));

  const webDir = opts.webDir ?? resolve(repoRoot, 'dist/web');
  if (existsSync(resolve(webDir, 'index.html'))) {
    app.use('/*', serveStatic({ root: webDir }));
    // Client-side routes (#/...) all start from index.html.
    app.get('*', serveStatic({ path: resolve(webDir, 'index.html') }));
  } else {
    app.get('*', (c) => c.text(`The web UI is not built (${webDir} is missing): run "npm run build", then restart. The API is at /api/openapi.json.`, 503));
  }
  return app;
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url.replace(/\{[a-z]\}/g, 'a')).origin;
  } catch {
    return null;
  }
}
