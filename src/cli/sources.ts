/** `tally sources list|set|merge|split`: who figures are attributed to, as analysts shape them. */
import { Command, Option } from 'commander';
import { RELIABILITIES, SOURCE_KINDS, SOURCE_TYPES, type Reliability, type SourceKind, type SourceType } from '../domain.js';
import type { SourceRecord } from '../store/index.js';
import { cliWriter } from './actor.js';
import { withStore } from './store-options.js';
import { table } from './tally.js';


const describe = (s: SourceRecord) =>
  `${s.name}: ${s.type} ${s.kind}, reliability ${s.reliability}${s.reliabilitySet ? '' : ' (default for its type)'}${s.aliases.length ? `, also known as ${s.aliases.join(', ')}` : ''} (${s.claimCount} claims)\n`;

export function registerSources(program: Command): void {
  const sources = program.command('sources').description('the people, organisations, offices and outlets figures are attributed to');
  sources
    .command('list', { isDefault: true })
    .description('list sources with their type, kind, reliability, aliases and number of claims')
    .action(async (_o: unknown, cmd: Command) => {
      const list = await withStore(cmd, (store) => store.listSources());
      process.stdout.write(
        `${table(
          ['id', 'name', 'type', 'kind', 'rel.', 'claims', 'aliases'],
          list.map((s) => [String(s.id), s.name, s.type, s.kind, s.reliability + (s.reliabilitySet ? '' : '*'), String(s.claimCount), s.aliases.join(', ')]),
        )}\n` + '* reliability by default for the type (official B, independent B, media C, opposition D, unknown F)\n',
      );
    });
  sources
    .command('set')
    .description("set a source's type, kind, reliability (Admiralty A–F) or aliases")
    .argument('<name>', 'the source name (or one of its aliases)')
    .addOption(new Option('--type <type>', 'official, independent, media, opposition or unknown').choices([...SOURCE_TYPES]))
    .addOption(new Option('--kind <kind>', 'what the source is').choices([...SOURCE_KINDS]))
    .addOption(
      new Option('--reliability <grade>', 'A completely reliable … E unreliable, F cannot be judged; "default" for the type\'s').choices([
        ...RELIABILITIES,
        'default',
      ]),
    )
    .option('--alias <names...>', 'other names of this source (replaces the list)')
    .option('--merge', 'confirm that an alias naming another source merges that source into this one')
    .action(
      async (
        name: string,
        o: { type?: SourceType; kind?: SourceKind; reliability?: Reliability | 'default'; alias?: string[]; merge?: boolean },
        cmd: Command,
      ) => {
        const updated = await withStore(cmd, async (store) => {
          const found = await store.findSource(name);
          if (!found) throw new Error(`no source named "${name}" (see "tally sources list")`);
          const reliability = o.reliability === 'default' ? null : o.reliability;
          return store
            .updateSource(found.id, { type: o.type, kind: o.kind, reliability, aliases: o.alias, merge: o.merge, editor: await cliWriter(store) })
            .catch((err: unknown) => {
              // The store's message names the other source; the flag is the CLI's way to confirm.
              if (err instanceof Error && err.name === 'ConflictError')
                throw new Error(err.message.replace('(merge: true, or "tally sources merge")', '(add --merge)'));
              throw err;
            });
        });
        process.stdout.write(describe(updated));
      },
    );
  sources
    .command('merge')
    .description("merge source <a> into source <b>: its claims and names become <b>'s")
    .argument('<a>', 'the source that goes (name or alias)')
    .argument('<b>', 'the source that stays (name or alias)')
    .action(async (a: string, b: string, _o: unknown, cmd: Command) => {
      const merged = await withStore(cmd, async (store) => store.mergeSources(a, b, await cliWriter(store)));
      process.stdout.write(`merged "${a}" into ${describe(merged)}`);
    });
  sources
    .command('split')
    .description('take a name out of a source into a source of its own, with the claims written under that name')
    .argument('<name>', 'the source (name or alias)')
    .requiredOption('--alias <alias>', 'the name to split off')
    .action(async (name: string, o: { alias: string }, cmd: Command) => {
      const r = await withStore(cmd, async (store) => store.splitSource(name, o.alias, await cliWriter(store)));
      process.stdout.write(`split off ${describe(r.split)}left ${describe(r.source)}`);
    });
}
