/** `tally audit`: who wrote what, when, with the values before and after; printed or exported. */
import { userInfo } from 'node:os';
import { Command, Option } from 'commander';
import { stringify } from 'csv-stringify/sync';
import type { AuditEntry } from '../store/audit.js';
import { withStore } from './store-options.js';
import { table } from './tally.js';
import { countFrom0, day, positiveWhole, requireCrisis } from './validate.js';

/** Writes made from the command line are recorded under the operating-system user. */
export function cliActor(): string {
  try {
    return userInfo().username || 'cli';
  } catch {
    return 'cli';
  }
}

const values = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));

const COLUMNS = ['id', 'at', 'actor', 'action', 'target_type', 'target_id', 'crisis', 'before', 'after', 'note'] as const;

const row = (e: AuditEntry): string[] => [
  String(e.id),
  e.at,
  e.actor,
  e.action,
  e.targetType,
  e.targetId ?? '',
  e.crisis ?? '',
  values(e.before),
  values(e.after),
  e.note ?? '',
];

interface AuditOptions {
  actor?: string;
  action?: string;
  crisis?: string;
  since?: string;
  until?: string;
  limit: number;
  offset: number;
  format: 'table' | 'csv' | 'json';
}

export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description('the audit log: every review, source edit, crisis edit, ingest, pin and export, login and account change, newest first')
    .option('--actor <name>', 'only writes by this person (a reviewer, an editor, an operating-system user, or "web")')
    .option('--action <action>', 'only this action (review.edit, source.merge, ingest, pin, export, login, user.role...) or family (review, source, crisis, user)')
    .option('--crisis <name>', 'only writes concerning this crisis')
    .option('--since <date>', 'from this day on (YYYY-MM-DD)', day('--since'))
    .option('--until <date>', 'up to and including this day (YYYY-MM-DD)', day('--until'))
    .option('--limit <n>', 'how many entries (at most 500)', positiveWhole('--limit'), 50)
    .option('--offset <n>', 'skip this many entries first', countFrom0('--offset'), 0)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .action(async (o: AuditOptions, cmd: Command) => {
      if (o.since && o.until && o.since > o.until) throw new Error(`--since ${o.since} is after --until ${o.until}: swap them`);
      const page = await withStore(cmd, async (store) => {
        await requireCrisis(store, o.crisis);
        const { listAudit } = await import('../store/audit.js');
        return listAudit(
          store.db,
          { actor: o.actor, action: o.action, crisis: o.crisis, since: o.since, until: o.until },
          { limit: o.limit, offset: o.offset },
        );
      });
      if (o.format === 'json') process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
      else if (o.format === 'csv') process.stdout.write(stringify(page.items.map(row), { header: true, columns: [...COLUMNS] }));
      else {
        const short = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);
        process.stdout.write(
          `${table(
            ['at', 'actor', 'action', 'target', 'crisis', 'before', 'after'],
            page.items.map((e) => [
              e.at.slice(0, 19).replace('T', ' '),
              e.actor,
              e.action,
              `${e.targetType} ${e.targetId ?? ''}`.trim(),
              e.crisis ?? '',
              short(values(e.before)),
              short(values(e.after)),
            ]),
          )}${page.items.length} of ${page.total} entr${page.total === 1 ? 'y' : 'ies'}${o.offset ? ` (from ${o.offset + 1})` : ''}\n`,
        );
      }
    });
}
