/** `tally ingest <path|url>... [--crisis NAME] [--allow-private] [--max-size MB]` */
import { Command } from 'commander';
import type { IngestResult } from '../ingest/pipeline.js';
import { cliWriter } from './actor.js';
import { withStore } from './store-options.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read files, folders (text, HTML, Markdown, PDF, JSONL, RSS/Atom) and http(s) URLs; extract and store them')
    .argument('<targets...>', 'files, folders or URLs')
    .option('--crisis <name>', 'add the documents to this crisis (created if missing)')
    .option('--allow-private', 'allow URLs on loopback, private and link-local addresses', false)
    .option('--max-size <MB>', 'largest file or download accepted, in MB', '20')
    .option('--quiet', 'print only the summary', false)
    .option('--verbose', 'print a line per document as it is stored', false)
    .action(async (targets: string[], opts: { crisis?: string; allowPrivate: boolean; maxSize: string; quiet: boolean; verbose: boolean }, cmd: Command) => {
      const mb = Number(opts.maxSize);
      if (!(mb > 0)) throw new Error(`--max-size must be a number of megabytes, not "${opts.maxSize}"`);
      const [{ default: cliProgress }, { ingest }, { bulkExtractor }] = await Promise.all([
        import('cli-progress'),
        import('../ingest/pipeline.js'),
        import('../ingest/extractor.js'),
      ]);
      const tty = process.stderr.isTTY && !opts.quiet && !opts.verbose;
      const bar = tty
        ? new cliProgress.SingleBar(
            { format: 'ingest {bar} {value} documents | {origin}', hideCursor: true, clearOnComplete: true, stream: process.stderr },
            cliProgress.Presets.shades_classic,
          )
        : null;
      bar?.start(0, 0, { origin: '' });
      let n = 0;
      const onResult = (r: IngestResult) => {
        n++;
        if (opts.verbose)
          process.stdout.write(
            `${r.status} ${r.origin}${r.documentId ? ` (document ${r.documentId}, ${r.claims} claims)` : ''}${r.reason ? `: ${r.reason}` : ''}\n`,
          );
        if (bar) {
          bar.setTotal(n);
          bar.update(n, { origin: r.origin.length > 50 ? `…${r.origin.slice(-49)}` : r.origin });
        }
      };
      // Extraction on a second core while the store writes (from the second document on).
      const extractor = bulkExtractor();
      const summary = await withStore(cmd, async (store) =>
        ingest(store, targets, { crisis: opts.crisis, actor: await cliWriter(store), allowPrivate: opts.allowPrivate, maxBytes: mb * 1024 * 1024, onResult, extractor }),
      ).finally(() => extractor.close());
      bar?.stop();
      const failed = summary.results.filter((r) => r.status === 'failed');
      const warned = summary.results.filter((r) => r.warning);
      const lines = [
        `ingested ${summary.ingested} document${summary.ingested === 1 ? '' : 's'} (${summary.claims} claims), unchanged ${summary.unchanged}, failed ${summary.failed}`,
        ...failed.map((r) => `  failed: ${r.origin}: ${r.reason}`),
        ...warned.map((r) => `  note: ${r.origin}: ${r.warning}`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      if (summary.failed > 0) process.exitCode = 1;
    });
}
