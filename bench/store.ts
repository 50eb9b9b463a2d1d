/**
 * Storage benchmarks:
 *  - ingest throughput (articles/s, extraction included, and storing alone) into PGlite and PostgreSQL;
 *  - claims query latency (p50/p95) for filtered, paginated queries at 1M claims on PostgreSQL,
 *    loaded by replicating ingested documents with new content hashes in SQL.
 * PostgreSQL parts need DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test); each run
 * works in its own schema and drops it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../src/extract/index.js';
import { bulkExtractor } from '../src/ingest/extractor.js';
import { ingestItems } from '../src/ingest/pipeline.js';
import type { IngestItem } from '../src/ingest/types.js';
import { Store, type ClaimFilter } from '../src/store/index.js';
import { syntheticArticles } from './extract.js';
import { replicate, withBenchSchema } from './replicate.js';

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * The ingest pipeline as `tally ingest` runs it (extraction, then batched storing), and
 * storing alone (the same batches of already extracted reports), each into a fresh crisis.
 */
async function ingestThroughput(store: Store, docs: Array<{ text: string; published: string }>) {
  const items = (tag: string): IngestItem[] =>
    docs.map((d, i) => ({ kind: 'document', format: 'text', origin: `${tag}${i}`, raw: `${tag}${i}\n${d.text}`, input: { text: `${tag}${i}\n${d.text}`, published: d.published } }));
  // Load the models (here and in the extraction worker) outside the timing, as in a long ingest.
  extract(docs[0]!);
  const extractor = bulkExtractor();
  const tw = performance.now();
  await extractor.warm();
  const workerStart = performance.now() - tw;
  const t0 = performance.now();
  const summary = await ingestItems(store, items('a'), { crisis: 'bench', extractor }).finally(() => extractor.close());
  const pipeline = performance.now() - t0;
  if (summary.ingested !== docs.length) throw new Error(`bench: ${summary.failed} documents failed: ${summary.results.find((r) => r.reason)?.reason}`);

  const extracted = items('b').map((it) => ({ input: { raw: it.kind === 'document' ? it.raw : '' }, report: extract(it.kind === 'document' ? it.input : {}), crisis: 'bench' }));
  const t1 = performance.now();
  for (let i = 0; i < extracted.length; i += 16) await store.ingestReports(extracted.slice(i, i + 16));
  const storing = performance.now() - t1;
  await store.analyze();
  return { articlesPerSecond: docs.length / (pipeline / 1000), storePerSecond: docs.length / (storing / 1000), workerStart };
}


async function queryLatency(store: Store, runs: number) {
  const sources = (await store.listSources()).slice(0, 8).map((s) => s.name);
  const filters: ClaimFilter[] = [
    { category: 'killed' },
    { category: 'detained', place: 'Iraq' },
    { source: sources[0] },
    { source: sources[3], category: 'injured' },
    { crisis: 'bench', category: 'killed', since: '2023-01-01' },
    { since: '2022-01-01', until: '2022-12-31' },
    { place: 'Bangladesh' },
    {},
  ];
  for (const f of filters) await store.listClaims(f, { limit: 50 }); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const f = filters[i % filters.length]!;
    const offset = (i * 37) % 10 === 0 ? 1000 : (i % 5) * 50;
    const t = performance.now();
    await store.listClaims(f, { limit: 50, offset });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p95: pct(times, 95) };
}

export async function run(): Promise<string> {
  const lines: string[] = [];
  const docs = syntheticArticles(1000);
  const dir = mkdtempSync(join(tmpdir(), 'tally-bench-'));
  try {
    const store = await Store.open({ dataDir: dir });
    try {
      const r = await ingestThroughput(store, docs);
      lines.push(`ingest into PGlite (${docs.length} articles): ${r.articlesPerSecond.toFixed(0)} articles/s through the ingest pipeline (extraction included, on a worker thread that took ${(r.workerStart / 1000).toFixed(1)} s to start), ${r.storePerSecond.toFixed(0)} articles/s storing alone`);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const url = process.env.DATABASE_URL;
  if (!url) {
    lines.push('PostgreSQL: skipped (set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test)');
    return lines.join('\n');
  }
  await withBenchSchema(url, async (store) => {
    const r = await ingestThroughput(store, docs);
    lines.push(`ingest into PostgreSQL: ${r.articlesPerSecond.toFixed(0)} articles/s through the ingest pipeline, ${r.storePerSecond.toFixed(0)} articles/s storing alone`);
    const t = performance.now();
    const total = (await replicate(store, { claims: 1_000_000 })).claims;
    lines.push(`loaded ${total.toLocaleString('en-US')} claims in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    const q = await queryLatency(store, 400);
    lines.push(`claims query (filtered, 50 a page, with total) at ${total.toLocaleString('en-US')} claims: p50 ${q.p50.toFixed(1)} ms, p95 ${q.p95.toFixed(1)} ms`);
  });
  return lines.join('\n');
}

