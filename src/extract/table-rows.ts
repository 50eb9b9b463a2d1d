/**
 * Rows of a plain-text table: cells between spaced bars, as Markdown writes a table ("| Orlan | 40 |"
 * or "Orlan | 40") and as clean.ts writes an HTML table's row, or cells joined by dotted leaders. Read by segmentation (a row is one
 * sentence), by the claims stage (table-column) and by clean.ts (a header row is no page crumbs).
 */

/** A cell of a row: its text, trimmed, and its offset in the line. */
export interface RowCell {
  text: string;
  offset: number;
}

/** Dots leading from one cell to the next, as a report converted to plain text lays out its tables ("Atyrau Region ....... 611"). */
const LEADER = /\s*\.{3,}\s+/g;

/** A line holds a run of dots that can only be a leader (prose's ellipsis has three). */
const HAS_LEADER = /\S\s*\.{5,}\s+\S/;

/**
 * The cells of a line with at least one spaced bar between cells ("a | b"), outer bars dropped, or
 * of a line whose cells dotted leaders join ("Atyrau Region ........ 611 ...... —"); else null.
 */
export function rowCells(line: string): RowCell[] | null {
  if (!line.includes(' | ')) return HAS_LEADER.test(line) ? leaderCells(line) : null;
  // ("| Orlan | 40 |": Markdown's outer bars open and close the row, no cells of their own.)
  const open = /^\s*\|\s?/.exec(line)?.[0].length ?? 0;
  const close = /\s?\|\s*$/.exec(line.slice(open))?.[0].length ?? 0;
  const body = line.slice(open, line.length - close);
  const cells: RowCell[] = [];
  let from = 0;
  for (;;) {
    const bar = body.indexOf(' | ', from);
    const raw = body.slice(from, bar < 0 ? body.length : bar);
    cells.push({ text: raw.trim(), offset: open + from + (raw.length - raw.trimStart().length) });
    if (bar < 0) break;
    from = bar + 3;
  }
  return cells.length >= 2 ? cells : null;
}

/** The cells of a line whose cells dotted leaders join. */
function leaderCells(line: string): RowCell[] | null {
  const cells: RowCell[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = line.slice(from, to);
    if (raw.trim()) cells.push({ text: raw.trim(), offset: from + (raw.length - raw.trimStart().length) });
  };
  for (const m of line.matchAll(LEADER)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(line.length);
  return cells.length >= 2 ? cells : null;
}

/** Markdown's rule under a header row ("--- | :---:"): a row of dashes, no cells of the table. */
export const isRuleRow = (cells: RowCell[]): boolean => cells.every((c) => /^:?-{3,}:?$/.test(c.text));

/** A row whose cells after the first are figures alone ("Orlan | 40 | 6"). */
export const isFigureRow = (cells: RowCell[]): boolean => cells.slice(1).every((c) => /^\d[\d,. –-]*$/.test(c.text));

/** A header row: names in its cells after the first, no figure among them ("District | Dead | Missing"). */
export const isHeaderRow = (cells: RowCell[]): boolean => !isRuleRow(cells) && cells.slice(1).every((c) => c.text && !/\d/.test(c.text));
