/**
 * API latency under load: the requests the dashboard makes (info, crises, the tally, sources,
 * a claims page, places), from 50 concurrent clients on loopback (autocannon), against the
 * server over the embedded store (or PostgreSQL when BENCH_API_DATABASE_URL is set) holding
 * 10,000 documents: a few hundred extracted synthetic articles, replicated in SQL with new
 * content hashes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { extract } from '../src/extract/index.js';
import { startServer } from '../src/server/serve.js';
import { Store } from '../src/store/index.js';
import { DASHBOARD_TALLY } from '../src/web/api.js';
import { syntheticArticles } from './extract.js';
import { replicate } from './replicate.js';

const DOCUMENTS = 10_000;
const CRISIS = 'API bench';
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function load(url: string, paths: string[], seconds: number) {
  const times: number[] = [];
  let errors = 0;
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    // As a browser asks: compressed answers welcome.
    requests: paths.map((path) => ({ method: 'GET' as const, path, headers: { 'accept-encoding': 'gzip' } })),
    setupClient: (client) => {
      client.on('response', (status: number, _bytes: number, ms: number) => {
        if (status !== 200) errors++;
        times.push(ms);
      });
    },
  });
  times.sort((a, b) => a - b);
  return { requests: times.length, rps: result.requests.average, p50: pct(times, 50), p95: pct(times, 95), errors: errors + result.errors + result.non2xx };
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tally-bench-api-'));
  const store = await Store.open(
    process.env.BENCH_API_DATABASE_URL ? { databaseUrl: process.env.BENCH_API_DATABASE_URL, schema: `tally_bench_api_${process.pid}` } : { dataDir: dir },
  );
  const lines: string[] = [];
  try {
    await store.createCrisis({ name: CRISIS, startDate: '2024-01-01', region: 'Bangladesh' });
    const docs = syntheticArticles(250);
    for (let i = 0; i < docs.length; i++) await store.ingestReport({ raw: `${i}\n${docs[i]!.text}` }, extract(docs[i]!), { crisis: CRISIS });
    const { documents } = await replicate(store, { documents: DOCUMENTS, spreadDays: 300 });
    const { claims } = await store.counts();
    const server = await startServer({ store, port: 0 });
    try {
      const c = encodeURIComponent(CRISIS);
      const dashboard = [
        '/api/info',
        '/api/crises',
        `/api/tally?crisis=${c}&maxSources=${DASHBOARD_TALLY.maxSources}&maxFigures=${DASHBOARD_TALLY.maxFigures}&maxEvents=${DASHBOARD_TALLY.maxEvents}&maxPlaces=${DASHBOARD_TALLY.maxPlaces}`,
        '/api/sources',
        `/api/claims?crisis=${c}&limit=50`,
        `/api/places?crisis=${c}`,
      ];
      lines.push(
        `API over ${store.kind === 'pglite' ? 'the embedded store' : 'PostgreSQL'} with ${documents.toLocaleString('en-US')} documents and ${claims.toLocaleString('en-US')} claims, 50 concurrent clients on loopback:`,
      );
      // First answers of a server that has read nothing yet, one request at a time; then the
      // same after a review (answers kept so far are stale).
      const answers = async () => {
        const out: string[] = [];
        for (const path of dashboard) {
          const t = performance.now();
          const res = await fetch(server.url + path);
          const size = (await res.arrayBuffer()).byteLength;
          out.push(`${path.split('?')[0]} ${(performance.now() - t).toFixed(0)} ms (${(size / 1024).toFixed(0)} KB)`);
        }
        return out.join(', ');
      };
      lines.push(`  first answers: ${await answers()}`);
      const { items } = await store.listClaims({ crisis: CRISIS, category: 'killed' }, { limit: 1 });
      await store.reviewClaim(items[0]!.id, { status: 'accepted', reviewer: 'bench' });
      lines.push(`  answers after a review: ${await answers()}`);
      const mixed = await load(server.url, dashboard, 10);
      lines.push(`  dashboard mix: ${mixed.rps.toFixed(0)} requests/s, p50 ${mixed.p50.toFixed(0)} ms, p95 ${mixed.p95.toFixed(0)} ms, ${mixed.errors} errors`);
      for (const path of dashboard) {
        const r = await load(server.url, [path], 3);
        lines.push(
          `  ${path.split('&')[0]!.padEnd(44)} ${r.rps.toFixed(0).padStart(6)} requests/s, p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms${r.errors ? `, ${r.errors} errors` : ''}`,
        );
      }
    } finally {
      await server.close();
    }
  } finally {
    if (process.env.BENCH_API_DATABASE_URL) await store.db.exec(`DROP SCHEMA IF EXISTS tally_bench_api_${process.pid} CASCADE`).catch(() => undefined);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines.join('\n');
}
