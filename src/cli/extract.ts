/**
 * `tally extract <file|-> [--published YYYY-MM-DD] [--format json|table] [--explain]` for one document,
 * `tally extract --jsonl <file>` for corpus lines ({id, text | html, published?, url?, title?}).
 * Extraction and its word lists load only when the command runs (`tally --help` stays fast).
 */
import { Command, Option } from 'commander';
import { day } from './validate.js';

/** Characters of report lines gathered before a write to standard output. */
const OUT_BATCH = 256 * 1024;

async function extractJsonl(file: string): Promise<void> {
  const [{ readTextFile }, { readJsonl }, { extract }] = await Promise.all([
    import('./text-input.js'),
    import('../ingest/jsonl.js'),
    import('../extract/index.js'),
  ]);
  const text = await readTextFile(file);
  const firstLine = text.split('\n').find((l) => l.trim());
  if (firstLine === undefined) throw new Error(`${file} holds no lines: corpus JSONL has one {"id", "text", "published"} object a line`);
  try {
    JSON.parse(firstLine);
  } catch {
    throw new Error(`${file} is not corpus JSONL (its first line is not JSON); for one document use "tally extract ${file}"`);
  }
  let failed = 0;
  // Report lines are written in batches of about OUT_BATCH characters, not one write a line;
  // a batch is flushed before any message, so messages still come after the lines before them.
  let out: string[] = [];
  let outLength = 0;
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out = [];
    outLength = 0;
  };
  const skipped = (message: string) => {
    failed++;
    flush();
    process.stderr.write(`tally: ${message}; skipped\n`);
  };
  for (const [i, item] of readJsonl(text, file).entries()) {
    if (item.kind === 'failure') {
      skipped(`${item.origin}: ${item.reason}`);
      continue;
    }
    let line: string;
    try {
      line = `${JSON.stringify({ id: item.externalId ?? i + 1, ...extract(item.input) })}\n`;
    } catch (err) {
      skipped(`${item.origin}: ${(err as Error).message}`);
      continue;
    }
    out.push(line);
    outLength += line.length;
    if (outLength >= OUT_BATCH) flush();
  }
  flush();
  if (failed) process.exitCode = 1;
}

async function extractOne(
  file: string,
  opts: { published?: string; url?: string; title?: string; format: 'json' | 'table'; explain?: boolean },
): Promise<void> {
  const [{ readTextFile }, { extract }, { looksLikeHtml }, { explainTable, reportTable }] = await Promise.all([
    import('./text-input.js'),
    import('../extract/index.js'),
    import('../extract/clean.js'),
    import('./format.js'),
  ]);
  const content = await readTextFile(file);
  const report = extract({ [looksLikeHtml(content) ? 'html' : 'text']: content, published: opts.published, url: opts.url, title: opts.title });
  if (opts.explain) process.stdout.write(explainTable(report));
  else process.stdout.write(opts.format === 'table' ? reportTable(report) : `${JSON.stringify(report, null, 2)}\n`);
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract count claims, quotes, places and dates from one report (text or HTML), or from corpus JSONL')
    .argument('[file]', 'a text or HTML file, or - for standard input')
    .option('--published <date>', 'publication date (YYYY-MM-DD), the reference for "on Tuesday"', day('--published'))
    .option('--url <url>', 'the page address, kept with the report')
    .option('--title <title>', 'the headline, when the text does not start with it')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'table']).default('json'))
    .option('--jsonl <file>', 'read corpus lines {id, text | html, published?, url?, title?} and write one {id, ...report} line each')
    .option('--explain', 'print per claim the rules that gave its scope, category and source, and its revision (a table; JSON always carries them as "rules")')
    .action(
      async (
        file: string | undefined,
        opts: { published?: string; url?: string; title?: string; format: 'json' | 'table'; jsonl?: string; explain?: boolean },
      ) => {
        if (opts.jsonl) return extractJsonl(opts.jsonl);
        if (!file) throw new Error('name a file to extract from (or - for standard input), or use --jsonl <file>');
        return extractOne(file, opts);
      },
    );
}
