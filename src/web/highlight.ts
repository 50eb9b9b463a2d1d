/**
 * Cuts a document's clean text into runs at every span boundary, so the reader can mark each
 * run with the items (claims, quotes, places, dates) that cover it. Pure: tested on its own.
 */

export type ItemKind = 'claim' | 'quote' | 'place' | 'date';

export interface MarkedItem {
  /** "claim:12", "quote:0": unique within a document. */
  key: string;
  kind: ItemKind;
  start: number;
  end: number;
}

export interface Run {
  start: number;
  end: number;
  /** Items covering the run, shortest first (the most specific item is the one a click picks). */
  items: MarkedItem[];
}

export function runs(textLength: number, items: MarkedItem[]): Run[] {
  const valid = items.filter((i) => i.start >= 0 && i.end <= textLength && i.start < i.end);
  const cuts = new Set<number>([0, textLength]);
  for (const i of valid) {
    cuts.add(i.start);
    cuts.add(i.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const out: Run[] = [];
  let open: MarkedItem[] = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const start = points[p]!;
    const end = points[p + 1]!;
    while (next < byStart.length && byStart[next]!.start <= start) open.push(byStart[next++]!);
    open = open.filter((i) => i.end > start);
    const covering = open.filter((i) => i.start <= start && i.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    out.push({ start, end, items: covering });
  }
  return out;
}

const KIND_ORDER: ItemKind[] = ['claim', 'quote', 'place', 'date'];

/** The item a click on a run selects: a claim before a quote before a place before a date. */
export function primaryItem(run: Run): MarkedItem | undefined {
  for (const kind of KIND_ORDER) {
    const item = run.items.find((i) => i.kind === kind);
    if (item) return item;
  }
  return undefined;
}
