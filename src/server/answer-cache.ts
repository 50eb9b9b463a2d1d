/**
 * Answers to GET requests, kept while the store's revision holds. Every write bumps the
 * revision (in the database, so writes from other processes count too), and a GET answer depends
 * only on its URL and the stored data: the dashboard's aggregate requests (counts, sources,
 * places, the tally) are computed once per change instead of once per visitor. Answers carry an
 * ETag of the revision, so browsers revalidate with one cheap request, and large kept answers
 * are sent gzipped to clients that accept it (compressed once per answer).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import type { Store } from '../store/index.js';

interface Answer {
  revision: number;
  status: number;
  contentType: string;
  body: string;
  /** The body gzipped, made on the first request that accepts it (large JSON shrinks ~10x). */
  gzipped?: Buffer;
}

/** Smaller answers are not worth compressing. */
const GZIP_FROM = 8 * 1024;

export interface AnswerCacheOptions {
  /** Total size of kept answers. */
  maxBytes?: number;
  /** Answers larger than this are served but not kept. */
  maxAnswerBytes?: number;
  /**
   * What else an answer depends on besides its URL (the private crises its reader may not see):
   * answers are kept, and tagged, per scope.
   */
  scope?: (c: Context) => string;
}

export function answerCache(store: Store, opts: AnswerCacheOptions = {}): MiddlewareHandler {
  const maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
  const maxAnswer = opts.maxAnswerBytes ?? 16 * 1024 * 1024;
  const answers = new Map<string, Answer>();
  let bytes = 0;
  const drop = (key: string) => {
    const a = answers.get(key);
    if (a) bytes -= a.body.length;
    answers.delete(key);
  };

  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const revision = await store.revision();
    const scope = opts.scope?.(c) ?? '';
    const etag = scope ? `W/"r${revision}-${createHash('sha256').update(scope).digest('hex').slice(0, 12)}"` : `W/"r${revision}"`;
    const key = scope ? `${scope} ${c.req.url}` : c.req.url;
    const kept = answers.get(key);
    if (kept && kept.revision === revision) {
      // Most recently used last.
      answers.delete(key);
      answers.set(key, kept);
      if (c.req.header('if-none-match') === etag) return c.body(null, 304, { etag });
      const headers = { 'content-type': kept.contentType, etag, 'x-tally-cache': 'hit', vary: 'accept-encoding' };
      if (kept.body.length >= GZIP_FROM && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
        kept.gzipped ??= gzipSync(kept.body, { level: 6 });
        return c.body(new Uint8Array(kept.gzipped), kept.status as 200, { ...headers, 'content-encoding': 'gzip' });
      }
      return c.body(kept.body, kept.status as 200, headers);
    }
    await next();
    const type = c.res.headers.get('content-type') ?? '';
    if (c.res.status !== 200 || !type.includes('json')) return;
    const body = await c.res.clone().text();
    c.res.headers.set('etag', etag);
    if (body.length > maxAnswer) return;
    drop(key);
    answers.set(key, { revision, status: c.res.status, contentType: type, body });
    bytes += body.length;
    for (const k of answers.keys()) {
      if (bytes <= maxBytes) break;
      drop(k);
    }
  };
}
