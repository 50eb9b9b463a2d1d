/**
 * The tally at scale: one crisis of 100,000 claims (extracted synthetic articles replicated in
 * SQL as distinct reports) reconciled on PostgreSQL (DATABASE_URL), all categories and one:
 * after a review changed a claim (what an analyst waits for), unchanged, and from nothing (a
 * process that has not read the crisis yet). Reports the median and worst of several runs after
 * a warm-up.
 */
import { extract } from '../src/extract/index.js';
import { Store } from '../src/store/index.js';
import { tallyForCrisis } from '../src/tally/index.js';
import { syntheticArticles } from './extract.js';
import { replicate, withBenchSchema } from './replicate.js';

const CLAIMS = 100_000;
const CRISIS = 'Tally bench';

/**
 * Times `fn` (after `before`, untimed) `runs` times after a warm-up: wall time, and this
 * process's CPU time (on a machine shared with other work, the wall time includes waiting for a
 * core; the CPU time does not, nor the database server's).
 */
async function time(fn: () => Promise<unknown>, runs: number, before?: () => Promise<unknown>): Promise<{ median: number; max: number; cpu: number }> {
  await before?.();
  await fn();
  const t: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await fn();
    t.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  t.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: t[t.length >> 1]!, max: t[t.length - 1]!, cpu: cpu[cpu.length >> 1]! };
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
    const figures = all.categories.reduce(
      (n, c) => n + c.sources.reduce((m, s) => m + s.figures.length, 0) + c.events.reduce((m, e) => m + e.figures.length, 0),
      0,
    );
    lines.push(
      `tally of one crisis with ${claims.toLocaleString('en-US')} claims in ${documents.toLocaleString('en-US')} documents on PostgreSQL (${figures.toLocaleString('en-US')} figures reconciled):`,
    );
    // After a change: a review edits a claim (each time another one, back and forth), and the
    // tally reads the changed claims and reconciles the categories they are in.
    const { items } = await store.listClaims({ crisis: CRISIS, category: 'killed' }, { limit: 50 });
    let edits = 0;
    const review = async () => {
      const claim = items[edits++ % items.length]!;
      // Any edit re-reads the document's claims and reconciles the sources they touch; bounds stay valid.
      await store.reviewClaim(claim.id, { status: 'edited', reviewer: 'bench', changes: { who: `people (${edits})` } });
    };
    const changedAll = await time(() => tallyForCrisis(store, CRISIS), 9, review);
    const changedKilled = await time(() => tallyForCrisis(store, CRISIS, 'killed'), 9, review);
    // After an ingest: a new report in the crisis (new claims, maybe new sources and copies).
    const more = syntheticArticles(40);
    let added = 0;
    const ingest = async () => {
      const doc = more[added % more.length]!;
      await store.ingestReport({ raw: `new ${added++}\n${doc.text}` }, extract(doc), { crisis: CRISIS });
    };
    const ingested = await time(() => tallyForCrisis(store, CRISIS), 9, ingest);
    // Unchanged since the last computation, the kept result is reused.
    const warm = await time(() => tallyForCrisis(store, CRISIS, { maxSources: 100, maxEvents: 200 }), 20);
    // From nothing: another connection to the same database, as a new process would have.
    const schema = (await store.db.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]!.s;
    const fresh = await time(async () => {
      const other = await Store.open({ databaseUrl: url, schema });
      try {
        await tallyForCrisis(other, CRISIS);
      } finally {
        await other.close();
      }
    }, 3);
    const cpu = (t: { cpu: number }) => `, CPU median ${t.cpu.toFixed(0)} ms`;
    lines.push(`  after a review, all categories: median ${changedAll.median.toFixed(0)} ms, worst ${changedAll.max.toFixed(0)} ms${cpu(changedAll)}`);
    lines.push(`  after a review, killed only:    median ${changedKilled.median.toFixed(0)} ms, worst ${changedKilled.max.toFixed(0)} ms${cpu(changedKilled)}`);
    lines.push(`  after an ingest, all categories: median ${ingested.median.toFixed(0)} ms, worst ${ingested.max.toFixed(0)} ms${cpu(ingested)}`);
    lines.push(`  unchanged (result reused):      median ${warm.median.toFixed(1)} ms, worst ${warm.max.toFixed(1)} ms`);
    lines.push(`  from nothing (a new process, all claims read): median ${fresh.median.toFixed(0)} ms, worst ${fresh.max.toFixed(0)} ms`);
  });
  return lines.join('\n');
}
