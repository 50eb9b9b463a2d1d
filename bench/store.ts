/**
 * Storage benchmarks:
 *  - `tally ingest` of real articles (the gold corpora's reports, each copy made distinct) into a
 *    new embedded data directory: a whole process as a user runs it (GNU time: wall, CPU, peak RSS);
 *  - ingest throughput (articles/s, extraction included, and storing alone) into PostgreSQL;
 *  - claims query latency (p50/p95) for filtered, paginated queries at 1M claims on PostgreSQL,
 *    loaded by replicating ingested documents with new content hashes in SQL.
 * PostgreSQL parts need DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test); each run
 * works in its own schema and drops it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { defaultCorpusFiles } from '../src/eval/cli.js';
import { extract } from '../src/extract/index.js';
import { bulkExtractor } from '../src/ingest/extractor.js';
import { ingestItems } from '../src/ingest/pipeline.js';
import type { IngestItem } from '../src/ingest/types.js';
import { Store, type ClaimFilter } from '../src/store/index.js';
import { syntheticArticles, timeCommand } from './extract.js';
import { tallyCommand } from './tally-command.js';
import { replicate, withBenchSchema } from './replicate.js';

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * The ingest pipeline as `tally ingest` runs it (extraction, then batched storing), and
 * storing alone (the same batches of already extracted reports), each into a fresh crisis.
 */
async function ingestThroughput(store: Store, docs: Array<{ text: string; published: string }>) {
  const items = (tag: string): IngestItem[] =>
    docs.map((d, i) => ({
      kind: 'document',
      format: 'text',
      origin: `${tag}${i}`,
      raw: `${tag}${i}\n${d.text}`,
      input: { text: `${tag}${i}\n${d.text}`, published: d.published },
    }));
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

  const extracted = items('b').map((it) => ({
    input: { raw: it.kind === 'document' ? it.raw : '' },
    report: extract(it.kind === 'document' ? it.input : {}),
    crisis: 'bench',
  }));
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

/**
 * `count` corpus lines of real reports: the gold corpora's documents in turn, each copy made a
 * distinct report by starting it at another of its paragraphs and ending it with one incident
 * description of its own from the recall set (real text too; a running number where the set is
 * missing), so that none is stored as a repeat.
 */
export function realArticleLines(count: number): { lines: string[]; chars: number } {
  const files = defaultCorpusFiles();
  const read = (file: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; text: string; published?: string | null; url?: string | null });
  const articles = files.flatMap(read);
  if (!articles.length) throw new Error('bench: no corpus articles found (../shared/corpus or demo/)');
  const incidentsFile = files.length ? join(dirname(files[0]!), 'recall', 'wiki-incidents.jsonl') : '';
  const incidents = existsSync(incidentsFile) ? read(incidentsFile).map((d) => d.text) : [];
  const lines: string[] = [];
  let chars = 0;
  for (let i = 0; i < count; i++) {
    const a = articles[i % articles.length]!;
    const paragraphs = a.text.split(/\n+/).filter((p) => p.trim());
    const k = Math.floor(i / articles.length) % paragraphs.length;
    const text = [...paragraphs.slice(k), ...paragraphs.slice(0, k), incidents[i % (incidents.length || 1)] ?? `(copy ${i})`].join('\n\n');
    chars += text.length;
    lines.push(JSON.stringify({ id: `${a.id}#${i}`, text, published: a.published ?? null, url: a.url ?? null }));
  }
  return { lines, chars };
}

/** `tally ingest` of `count` real articles from one JSONL file into a new embedded data directory. */
function benchIngestCli(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'tally-bench-store-'));
  try {
    const file = join(dir, 'articles.jsonl');
    const { lines, chars } = realArticleLines(count);
    writeFileSync(file, `${lines.join('\n')}\n`);
    // `npm run bench` runs in the package root.
    const bin = resolve('bin/tally.js');
    const r = timeCommand([...tallyCommand(bin), '--data-dir', join(dir, 'data'), 'ingest', file, '--crisis', 'Bench', '--quiet'], false);
    if (r.status !== 0) throw new Error(`bench: tally ingest exited ${r.status}`);
    return { ...r, count, avgChars: chars / count };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<string> {
  const lines: string[] = [];
  const cli = benchIngestCli(1000);
  lines.push(
    `tally ingest of ${cli.count} real articles (${Math.round(cli.avgChars)} characters avg) into a new embedded data directory, one process: ` +
      `${(cli.count / cli.seconds).toFixed(0)} articles/s (${cli.seconds.toFixed(1)} s wall, ${cli.cpuSeconds.toFixed(1)} s CPU), peak RSS ${cli.peakRssMb.toFixed(0)} MB (targets: >= 100 articles/s, < 500 MB)`,
  );
  const docs = syntheticArticles(1000);

  const url = process.env.DATABASE_URL;
  if (!url) {
    lines.push('PostgreSQL: skipped (set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test)');
    return lines.join('\n');
  }
  await withBenchSchema(url, async (store) => {
    const r = await ingestThroughput(store, docs);
    lines.push(
      `ingest into PostgreSQL: ${r.articlesPerSecond.toFixed(0)} articles/s through the ingest pipeline, ${r.storePerSecond.toFixed(0)} articles/s storing alone`,
    );
    const t = performance.now();
    const total = (await replicate(store, { claims: 1_000_000 })).claims;
    lines.push(`loaded ${total.toLocaleString('en-US')} claims in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    const q = await queryLatency(store, 400);
    lines.push(
      `claims query (filtered, 50 a page, with total) at ${total.toLocaleString('en-US')} claims: p50 ${q.p50.toFixed(1)} ms, p95 ${q.p95.toFixed(1)} ms`,
    );
  });
  return lines.join('\n');
}
