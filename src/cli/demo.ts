/**
 * `tally demo`: load the demo corpus (demo/*.jsonl: the seed report and the development
 * reports, rewritten in the project's own words) into the store, one crisis per crisis of
 * origin, and print their tallies. Idempotent: run it again and nothing is added.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import { CATEGORIES, type Category, type Report } from '../domain.js';
import type { Store } from '../store/index.js';
import { withStore } from './store-options.js';
import { crisisTally, tallyText } from './tally.js';

const demoDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../demo');

/** The crises of the demo corpus, by the prefix of its item ids. */
export const DEMO_CRISES = [
  { prefix: 'seed-', name: 'Iran protests 2019', startDate: '2019-11-15', region: 'Iran' },
  { prefix: 'dev-iraq2019', name: 'Iraq protests 2019', startDate: '2019-10-01', region: 'Iraq' },
  { prefix: 'dev-kaz2022', name: 'Kazakhstan unrest 2022', startDate: '2022-01-02', region: 'Kazakhstan' },
  { prefix: 'dev-bgd2024', name: 'Bangladesh quota protests 2024', startDate: '2024-07-01', region: 'Bangladesh' },
  { prefix: 'dev2-myanmar2021', name: 'Myanmar coup crackdown 2021', startDate: '2021-02-01', region: 'Myanmar' },
  { prefix: 'dev2-belarus2020', name: 'Belarus post-election protests 2020', startDate: '2020-08-09', region: 'Belarus' },
  { prefix: 'dev2-srilanka2019', name: 'Sri Lanka Easter bombings 2019', startDate: '2019-04-21', region: 'Sri Lanka' },
] as const;

/** The demo corpus files, in load order. */
export const DEMO_FILES = ['seed-rewritten.jsonl', 'dev.jsonl', 'dev-2.jsonl'] as const;

/** Who the audit log says loaded the demo corpus. */
export const DEMO_ACTOR = 'demo';

/**
 * Loads the demo corpus. `extracted` may give the report already extracted from an item's text
 * (the evaluation extracts every corpus item anyway); other items are extracted here.
 */
export async function loadDemo(store: Store, extracted?: (text: string) => Report | undefined): Promise<{ ingested: number; unchanged: number }> {
  const { extract } = await import('../extract/index.js');
  let ingested = 0;
  let unchanged = 0;
  // The audit log names the demo loader as who wrote these.
  for (const c of DEMO_CRISES) await store.createCrisis({ name: c.name, startDate: c.startDate, region: c.region, actor: DEMO_ACTOR });
  for (const file of DEMO_FILES) {
    for (const line of readFileSync(join(demoDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { id: string; text: string; url?: string | null; published?: string | null; title?: string | null };
      const crisis = DEMO_CRISES.find((c) => item.id.startsWith(c.prefix));
      const report =
        extracted?.(item.text) ??
        extract({ text: item.text, url: item.url ?? undefined, published: item.published ?? undefined, title: item.title ?? undefined });
      const r = await store.ingestReport({ raw: item.text, origin: `demo/${file}#${item.id}`, url: item.url ?? null }, report, {
        crisis: crisis?.name,
        actor: DEMO_ACTOR,
      });
      if (r.status === 'ingested') ingested++;
      else unchanged++;
    }
  }
  if (ingested) await store.analyze();
  return { ingested, unchanged };
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('load the demo corpus (seven crises, 2019 to 2024) and print the tallies')
    .addOption(new Option('--category <category>', 'print only this category').choices([...CATEGORIES]).default('killed'))
    .action(async (o: { category: Category }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const { ingested, unchanged } = await loadDemo(store);
        process.stdout.write(
          `demo corpus: ${ingested} documents ingested, ${unchanged} already stored (${store.kind === 'pglite' ? 'embedded database' : 'PostgreSQL'})\n\n`,
        );
        for (const c of DEMO_CRISES) {
          const t = await crisisTally(store, c.name, o.category);
          process.stdout.write(`${tallyText(t)}\n`);
        }
        process.stdout.write(
          'next: "tally claims --crisis \'Iran protests 2019\'", "tally show 1", "tally tally --crisis \'Iraq protests 2019\' --category injured"\n',
        );
      });
    });
}
