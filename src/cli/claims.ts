/** `tally claims`, `tally export`, `tally search` and `tally show`: reading the store. */
import { Command, Option } from 'commander';
import { CATEGORIES, type Category } from '../domain.js';
import type { ClaimFilter, StoredClaim } from '../store/index.js';
import { formatFigure, table } from './format.js';
import { withStore } from './store-options.js';
import { countFrom0, day, positiveWhole, requireCrisis } from './validate.js';

interface FilterOptions {
  category?: Category;
  source?: string;
  place?: string;
  crisis?: string;
  since?: string;
  until?: string;
}

function filterOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--category <category>', 'only this category').choices([...CATEGORIES]))
    .option('--source <name>', 'only claims by this source (name or alias)')
    .option('--place <name>', 'only claims about this place, region or country')
    .option('--crisis <name>', 'only claims from this crisis')
    .option('--since <date>', 'only claims as of this date or later (YYYY-MM-DD)', day('--since'))
    .option('--until <date>', 'only claims as of this date or earlier (YYYY-MM-DD)', day('--until'));
}

function toFilter(o: FilterOptions): ClaimFilter {
  return { category: o.category, source: o.source, place: o.place, crisis: o.crisis, since: o.since, until: o.until };
}

export function claimsTable(claims: StoredClaim[]): string {
  const rows = claims.map((c) => [
    String(c.id),
    c.category,
    formatFigure(c) + (c.hedged ? ' (hedged)' : ''),
    c.source?.name ?? '—',
    c.place?.name ?? '—',
    c.asOf ?? '—',
    String(c.documentId),
    c.span.text.length > 60 ? `${c.span.text.slice(0, 57)}...` : c.span.text,
  ]);
  const header = ['id', 'category', 'figure', 'source', 'place', 'as of', 'doc', 'span'];
  return table(header, rows, 48);
}

export function registerClaims(program: Command): void {
  filterOptions(program.command('claims').description('list stored claims, newest first'))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--limit <n>', 'how many', positiveWhole('--limit'), 50)
    .option('--offset <n>', 'skip this many', countFrom0('--offset'), 0)
    .action(async (o: FilterOptions & { format: 'table' | 'json' | 'csv'; limit: number; offset: number }, cmd: Command) => {
      const page = await withStore(cmd, async (store) => {
        await requireCrisis(store, o.crisis);
        return store.listClaims(toFilter(o), { limit: o.limit, offset: o.offset });
      });
      const { claimsCsv } = await import('../store/export.js');
      if (o.format === 'json') process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
      else if (o.format === 'csv') process.stdout.write(claimsCsv(page.items));
      else process.stdout.write(`${claimsTable(page.items)}\n${page.items.length} of ${page.totalIsExact ? '' : 'over '}${page.total} claims\n`);
    });

  filterOptions(program.command('export').description('export claims as CSV (ACLED-like columns), JSON or GeoJSON'))
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json', 'geojson']).makeOptionMandatory())
    .option('--hxl', 'CSV: add the HXL hashtag row under the header (for HDX and other humanitarian tools)')
    .action(async (o: FilterOptions & { format: 'csv' | 'json' | 'geojson'; hxl?: boolean }, cmd: Command) => {
      if (o.hxl && o.format !== 'csv') throw new Error('--hxl goes with --format csv');
      const claims = await withStore(cmd, async (store) => {
        await requireCrisis(store, o.crisis);
        return store.allClaims(toFilter(o));
      });
      const { claimJson, claimsCsv, claimsGeoJson } = await import('../store/export.js');
      if (o.format === 'csv') process.stdout.write(claimsCsv(claims, { hxl: o.hxl }));
      else if (o.format === 'geojson') process.stdout.write(`${JSON.stringify(claimsGeoJson(claims))}\n`);
      else process.stdout.write(`${JSON.stringify(claims.map(claimJson), null, 2)}\n`);
    });

  program
    .command('search')
    .description('full-text search over stored documents')
    .argument('<words>', 'words to look for (quotes for a phrase, -word to exclude)')
    .option('--limit <n>', 'how many', positiveWhole('--limit'), 20)
    .action(async (words: string, o: { limit: number }, cmd: Command) => {
      const r = await withStore(cmd, (store) => store.searchDocuments(words, { limit: o.limit }));
      if (!r.items.length) {
        process.stdout.write(`no documents match "${words}"\n`);
        return;
      }
      for (const d of r.items)
        process.stdout.write(
          `#${d.id}  ${d.published ?? '----------'}  ${d.title ?? d.origin ?? '(untitled)'}  (${d.claimCount} claims)\n    ${d.excerpt?.replace(/\s+/g, ' ')}\n`,
        );
      process.stdout.write(`${r.items.length} of ${r.total} documents\n`);
    });

  program
    .command('show')
    .description("a stored document's clean text with each claim marked")
    .argument('<document-id>', 'the document number (from "tally search" or "tally claims")', positiveWhole('document-id'))
    .action(async (id: number, _o: unknown, cmd: Command) => {
      const doc = await withStore(cmd, (store) => store.getDocument(id));
      if (!doc) throw new Error(`document ${id} does not exist (see "tally search")`);
      const color = process.stdout.isTTY;
      let out = '';
      let at = 0;
      for (const c of doc.claims.filter((x) => x.reviewStatus !== 'rejected')) {
        if (c.span.start < at) continue;
        out += doc.text.slice(at, c.span.start);
        const label = `${c.category} ${formatFigure(c)}${c.source ? ` ${c.source.name}` : ''}`;
        out += color ? `\x1b[7m${c.span.text}\x1b[0m\x1b[2m [${label}]\x1b[0m` : `[[${label}: ${c.span.text}]]`;
        at = c.span.end;
      }
      out += doc.text.slice(at);
      const head = [
        `# ${doc.title ?? '(untitled)'}`,
        `document ${doc.id} · ${doc.published ?? 'date unknown'} · ${doc.url ?? doc.origin ?? ''}`,
        doc.crises.length ? `crises: ${doc.crises.join(', ')}` : '',
      ].filter(Boolean);
      process.stdout.write(`${head.join('\n')}\n\n${out}\n\n${doc.claims.length} claims, ${doc.quotes.length} quotes, ${doc.places.length} place mentions\n`);
    });
}
