/** `tally crisis create|list|show` and `tally tally --crisis NAME`. */
import { Command, Option } from 'commander';
import { CATEGORIES, type Category } from '../domain.js';
import type { Store } from '../store/index.js';
import type { CrisisTally, TallyFigure } from '../tally/index.js';
import { formatFigure, table } from './format.js';
import { cliWriter } from './actor.js';
import { withStore } from './store-options.js';
import { day, requireCrisis } from './validate.js';

const fig = (f: TallyFigure) => formatFigure(f) + (f.hedged ? ' (hedged)' : '');

export function tallyText(t: CrisisTally): string {
  const out: string[] = [`# ${t.crisis.name}${t.crisis.startDate ? ` (since ${t.crisis.startDate})` : ''} — ${t.documents} documents`];
  if (!t.categories.length) out.push('', 'no claims yet: ingest reports with --crisis to fill this crisis');
  for (const c of t.categories) {
    const h = c.conservative;
    out.push(
      '',
      `## ${c.category}: headline ${h ? `${h.estimate.toLocaleString('en-US')} (${h.source}): ${h.reason}` : '— (no source states a running total)'}`,
    );
    if (h?.disagreement) out.push(`to check: ${h.disagreement}`);
    if (c.range)
      out.push(
        `current totals: ${c.range.min.toLocaleString('en-US')}–${c.range.max.toLocaleString('en-US')} (${c.sourceCount} source${c.sourceCount === 1 ? '' : 's'} in all)`,
      );
    if (c.sources.length) {
      out.push(
        '',
        table(
          ['source', 'type', 'latest total', 'as of', 'headline', 'reports', 'first', 'last', 'flags'],
          c.sources.map((s) => [
            s.source + (s.latest.via.length ? ` (via ${s.latest.via.join(', ')})` : ''),
            s.type,
            fig(s.latest),
            s.latest.asOf ?? '—',
            s.headline.status,
            String(s.reports),
            s.firstReport ?? '—',
            s.lastReport ?? '—',
            [...new Set(s.flags.map((f) => f.kind))].join(', '),
          ]),
        ),
      );
    }
    const timeline = c.sources.filter((s) => s.figures.length > 1);
    if (timeline.length) {
      out.push('', 'timeline:');
      for (const s of timeline) out.push(`  ${s.source}: ${s.figures.map((f) => `${f.asOf ?? '?'} ${fig(f)}`).join(' → ')}`);
    }
    if (c.events.length) {
      out.push('', 'events (place, day):');
      for (const e of c.events.slice(0, 20))
        out.push(`  ${e.day ?? '?'}  ${e.place ?? '(no place)'}: ${e.figures.map((f) => `${f.estimate.toLocaleString('en-US')} (${f.source})`).join('; ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

async function tallyCsv(t: CrisisTally): Promise<string> {
  const { stringify } = await import('csv-stringify/sync');
  const rows = t.categories.flatMap((c) =>
    c.sources.flatMap((s) =>
      s.figures.map((f) => ({
        crisis: t.crisis.name,
        category: c.category,
        source: s.source,
        source_type: s.type,
        as_of: f.asOf,
        low: f.low,
        high: f.high,
        estimate: f.estimate,
        qualifier: f.qualifier,
        hedged: f.hedged,
        latest: f === s.latest,
        via: f.via.join('; '),
        named_as: f.namedAs,
        document_id: f.documentId,
        document_url: f.documentUrl,
        claim_id: f.claimId,
        span: f.span.text,
      })),
    ),
  );
  return stringify(rows, { header: true, cast: { boolean: (b) => (b ? 'true' : 'false') } });
}

/** The tally of a named crisis (an unknown name is an error, as everywhere). */
export async function crisisTally(store: Store, name: string, category?: Category): Promise<CrisisTally> {
  await requireCrisis(store, name);
  const { tallyForCrisis } = await import('../tally/index.js');
  return tallyForCrisis(store, name, category);
}

export function registerTally(program: Command): void {
  const crisis = program.command('crisis').description('named collections of documents about one crisis');
  crisis
    .command('create')
    .description('create a crisis (or update its start date and region)')
    .argument('<name>', 'the crisis name, e.g. "Iran protests 2019"')
    .option('--start <date>', 'the day the crisis began (YYYY-MM-DD): "day N" counts from it', day('--start'))
    .option('--region <region>', 'the country or region')
    .action(async (name: string, o: { start?: string; region?: string }, cmd: Command) => {
      const c = await withStore(cmd, async (store) => store.createCrisis({ name, startDate: o.start, region: o.region, actor: await cliWriter(store) }));
      process.stdout.write(`crisis "${c.name}"${c.startDate ? `, since ${c.startDate}` : ''}${c.region ? `, ${c.region}` : ''}\n`);
    });
  crisis
    .command('list')
    .description('list crises with their document counts')
    .action(async (_o: unknown, cmd: Command) => {
      const list = await withStore(cmd, (store) => store.listCrises());
      if (!list.length) process.stdout.write('no crises yet: "tally crisis create <name>" or "tally ingest --crisis <name> ..."\n');
      else
        process.stdout.write(
          `${table(
            ['name', 'start', 'region', 'documents'],
            list.map((c) => [c.name, c.startDate ?? '—', c.region ?? '—', String(c.documents)]),
          )}\n`,
        );
    });
  crisis
    .command('show')
    .description('a crisis and its tally')
    .argument('<name>', 'the crisis name')
    .action(async (name: string, _o: unknown, cmd: Command) => {
      const t = await withStore(cmd, (store) => crisisTally(store, name));
      process.stdout.write(tallyText(t));
    });

  program
    .command('tally')
    .description('per-source figures, timelines and the conservative figure for a crisis')
    .requiredOption('--crisis <name>', 'the crisis')
    .addOption(new Option('--category <category>', 'only this category').choices([...CATEGORIES]))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (o: { crisis: string; category?: Category; format: 'table' | 'json' | 'csv' }, cmd: Command) => {
      const t = await withStore(cmd, (store) => crisisTally(store, o.crisis, o.category));
      if (o.format === 'json') process.stdout.write(`${JSON.stringify(t, null, 2)}\n`);
      else if (o.format === 'csv') process.stdout.write(await tallyCsv(t));
      else process.stdout.write(tallyText(t));
    });
}
