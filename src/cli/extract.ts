/**
 * `tally extract <file|-> [--published YYYY-MM-DD] [--format json|table] [--explain]` for one document,
 * `tally extract --jsonl <file>` for corpus lines ({id, text, html?, published, url, title?}).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command, Option } from 'commander';
import type { CountClaim, Report } from '../domain.js';
import { extract } from '../extract/index.js';
import { looksLikeHtml } from '../extract/clean.js';
import { readTextFile } from './text-input.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function formatFigure(c: Pick<CountClaim, "qualifier" | "low" | "high" | "estimate">): string {
  const n = (v: number | null) => (v === null ? '' : v.toLocaleString('en-US'));
  switch (c.qualifier) {
    case 'range':
      return `${n(c.low)}–${n(c.high)}`;
    case 'at_least':
      return `≥${n(c.low)}`;
    case 'more_than':
      return `>${n(c.low)}`;
    case 'up_to':
      return `≤${n(c.high)}`;
    case 'fewer_than':
      return `<${n(c.high)}`;
    case 'about':
      return `~${n(c.estimate)}`;
    case 'vague':
      return `${n(c.estimate)}+ (vague)`;
    default:
      return n(c.estimate);
  }
}

/** A compact human-readable table of a report's claims and quotes. */
export function reportTable(report: Report): string {
  const rows = report.claims.map((c) => [
    c.category,
    formatFigure(c) + (c.hedged ? ' (hedged)' : ''),
    c.source ? c.source.name + (c.source.via.length ? ` (via ${c.source.via.join(', ')})` : '') : '—',
    c.place?.name ?? '—',
    c.asOf ?? '—',
    `"${c.span.text.length > 70 ? `${c.span.text.slice(0, 67)}...` : c.span.text}"`,
  ]);
  const header = ['category', 'figure', 'source', 'place', 'as of', 'span'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const out = [
    report.document.title ? `# ${report.document.title}` : '# (untitled)',
    `published: ${report.document.published ?? 'unknown'}   claims: ${report.claims.length}   quotes: ${report.quotes.length}   places: ${report.places.length}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
  if (report.quotes.length) {
    out.push('', 'quotes:');
    for (const q of report.quotes) out.push(`  ${q.speaker ?? '(unknown speaker)'}${q.role ? `, ${q.role}` : ''}: ${q.span.text.slice(0, 100)}${q.span.text.length > 100 ? '...' : ''}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * `--explain`: per claim, the rules that gave its scope, and its category and source when
 * extraction recorded those, beside the figure and span they explain.
 */
export function explainTable(report: Report): string {
  const cut = (t: string, n: number) => (t.length > n ? `${t.slice(0, n - 3)}...` : t);
  const rows = report.claims.map((c, i) => [
    String(i + 1),
    c.category,
    formatFigure(c),
    c.scope,
    c.rules?.scope ?? '—',
    c.rules?.category ?? '—',
    c.source ? `${cut(c.source.name, 30)}${c.rules?.source ? ` (${c.rules.source})` : ''}` : c.rules?.source ? `— (${c.rules.source})` : '—',
    `"${cut(c.span.text.replace(/\s+/g, ' '), 60)}"`,
  ]);
  const header = ['#', 'category', 'figure', 'scope', 'scope rule', 'category rule', 'source (rule)', 'span'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const out = [
    report.document.title ? `# ${report.document.title}` : '# (untitled)',
    `published: ${report.document.published ?? 'unknown'}   claims: ${report.claims.length}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
  return `${out.join('\n')}\n`;
}

async function extractJsonl(file: string): Promise<void> {
  const lines = createInterface({ input: file === '-' ? process.stdin : createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  let failed = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let item: { id?: unknown; text?: unknown; html?: unknown; published?: unknown; url?: unknown; title?: unknown };
    try {
      item = JSON.parse(line);
    } catch {
      failed++;
      process.stderr.write(`tally: ${file}:${n}: not valid JSON; skipped\n`);
      continue;
    }
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    try {
      const report = extract({ text: str(item.text), html: str(item.html), published: str(item.published), url: str(item.url), title: str(item.title) });
      process.stdout.write(`${JSON.stringify({ id: item.id ?? n, ...report })}\n`);
    } catch (err) {
      failed++;
      process.stderr.write(`tally: ${file}:${n}: ${(err as Error).message}; skipped\n`);
    }
  }
  if (failed) process.exitCode = 1;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract count claims, quotes, places and dates from one report (text or HTML), or from corpus JSONL')
    .argument('[file]', 'a text or HTML file, or - for standard input')
    .option('--published <date>', 'publication date (YYYY-MM-DD), the reference for "on Tuesday"')
    .option('--url <url>', 'the page address, kept with the report')
    .option('--title <title>', 'the headline, when the text does not start with it')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'table']).default('json'))
    .option('--jsonl <file>', 'read corpus lines {id, text, published, url} and write one report per line')
    .option('--explain', 'print per claim the rules that gave its scope, category and source (a table; JSON always carries them as "rules")')
    .action(async (file: string | undefined, opts: { published?: string; url?: string; title?: string; format: 'json' | 'table'; jsonl?: string; explain?: boolean }) => {
      if (opts.jsonl) return extractJsonl(opts.jsonl);
      if (!file) throw new Error('name a file to extract from (or - for standard input), or use --jsonl <file>');
      if (opts.published && !ISO_DAY.test(opts.published)) throw new Error(`--published must be a date like 2019-12-04, not "${opts.published}"`);
      const content = file === '-' ? await readStdin() : await readTextFile(file);
      const html = looksLikeHtml(content);
      const report = extract({ [html ? 'html' : 'text']: content, published: opts.published, url: opts.url, title: opts.title });
      if (opts.explain) process.stdout.write(explainTable(report));
      else process.stdout.write(opts.format === 'table' ? reportTable(report) : `${JSON.stringify(report, null, 2)}\n`);
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
