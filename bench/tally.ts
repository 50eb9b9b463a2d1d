/**
 * The tally at scale: one crisis of 100,000 claims (extracted synthetic articles replicated in
 * SQL as distinct reports) reconciled on PostgreSQL (DATABASE_URL), all categories and one.
 * Reports the median and worst of several runs after a warm-up.
 */
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/index.js';
import { tallyForCrisis } from '../src/tally/index.js';
import { syntheticArticles } from './extract.js';
import { replicate, withBenchSchema } from './replicate.js';

const CLAIMS = 100_000;
const CRISIS = 'Tally bench';

async function time(fn: () => Promise<unknown>, runs: number): Promise<{ median: number; max: number }> {
  await fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { median: t[t.length >> 1]!, max: t[t.length - 1]! };
}

export async function run(): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (!url) return 'tally: skipped (set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test)';
  const lines: string[] = [];
  await withBenchSchema(url, async (store) => {
    await store.createCrisis({ name: CRISIS, startDate: '2022-01-01', region: null });
    const docs = syntheticArticles(300);
    for (let i = 0; i < docs.length; i++) await store.ingestReport({ raw: `${i}\n${docs[i]!.text}` }, extract(docs[i]!), { crisis: CRISIS });
    const { documents, claims } = await replicate(store, { claims: CLAIMS });
    const all = await tallyForCrisis(store, CRISIS);
    const figures = all.categories.reduce((n, c) => n + c.sources.reduce((m, s) => m + s.figures.length, 0) + c.events.reduce((m, e) => m + e.figures.length, 0), 0);
    lines.push(`tally of one crisis with ${claims.toLocaleString('en-US')} claims in ${documents.toLocaleString('en-US')} documents on PostgreSQL (${figures.toLocaleString('en-US')} figures reconciled):`);
    // Cold: after a change (the crisis revision bumped), the tally is reconciled from the claims.
    const change = () => store.db.query('UPDATE crises SET revision = revision + 1');
    const coldAll = await time(async () => (await change(), tallyForCrisis(store, CRISIS)), 5);
    const coldKilled = await time(async () => (await change(), tallyForCrisis(store, CRISIS, 'killed')), 5);
    // Warm: unchanged since the last computation (any process), the stored result is reused.
    const warm = await time(() => tallyForCrisis(store, CRISIS, { maxSources: 100, maxEvents: 200 }), 20);
    lines.push(`  after a change, all categories: median ${coldAll.median.toFixed(0)} ms, worst ${coldAll.max.toFixed(0)} ms`);
    lines.push(`  after a change, killed only:    median ${coldKilled.median.toFixed(0)} ms, worst ${coldKilled.max.toFixed(0)} ms`);
    lines.push(`  unchanged (revision check, result reused): median ${warm.median.toFixed(1)} ms, worst ${warm.max.toFixed(1)} ms`);
  });
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await run());
