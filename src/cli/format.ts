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
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
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
    for (const q of report.quotes)
      out.push(`  ${q.speaker ?? '(unknown speaker)'}${q.role ? `, ${q.role}` : ''}: ${q.span.text.slice(0, 100)}${q.span.text.length > 100 ? '...' : ''}`);
  }
  return `${out.join('\n')}\n`;
}
