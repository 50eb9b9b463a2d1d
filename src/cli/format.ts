/** Plain-text renderings of figures and reports shared by the commands. */
import type { CountClaim, Report } from '../domain.js';

export function formatFigure(c: Pick<CountClaim, 'qualifier' | 'low' | 'high' | 'estimate'>): string {
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

/** Columns padded to their widest cell (capped at `maxWidth`, longer cells cut with an ellipsis). */
export function table(header: string[], rows: string[][], maxWidth = 50): string {
  const widths = header.map((h, i) => Math.min(maxWidth, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** A compact human-readable table of a report's claims and quotes. */
export function reportTable(report: Report): string {
  const rows = report.claims.map((c) => [
    c.category,
    formatFigure(c) + (c.hedged ? ' (hedged)' : ''),
    c.source ? c.source.name + (c.source.alias ? ` [${c.source.alias}]` : '') + (c.source.via.length ? ` (via ${c.source.via.join(', ')})` : '') : '—',
    c.place?.name ?? '—',
    c.asOf ?? '—',
    `"${c.span.text.length > 70 ? `${c.span.text.slice(0, 67)}...` : c.span.text}"`,
  ]);
  const header = ['category', 'figure', 'source', 'place', 'as of', 'span'];
  const summary = `claims: ${report.claims.length}   quotes: ${report.quotes.length}   places: ${report.places.length}`;
  return reportSheet(report, summary, header, rows);
}

/** A report's title and publication line over a table padded to its widest cells. */
function reportSheet(report: Report, summary: string, header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [
    report.document.title ? `# ${report.document.title}` : '# (untitled)',
    `published: ${report.document.published ?? 'unknown'}   ${summary}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
  return `${out.join('\n')}\n`;
}

/**
 * `--explain`: per claim, the rules that gave its scope, and its category and source when
 * extraction recorded those, and whether it revises an earlier figure (by which rule), beside
 * the figure and span they explain.
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
    c.revision ? `${c.revision}${c.rules?.revision ? ` (${c.rules.revision})` : ''}` : '—',
    `"${cut(c.span.text.replace(/\s+/g, ' '), 60)}"`,
  ]);
  const header = ['#', 'category', 'figure', 'scope', 'scope rule', 'category rule', 'source (rule)', 'revision (rule)', 'span'];
  return reportSheet(report, `claims: ${report.claims.length}`, header, rows);
}
