/**
 * Known misses: for every gold corpus item, what extraction gets wrong today, field by field.
 * The golden test (test/extract/corpus-golden.test.ts) compares the current misses with the
 * committed file, so a change that fixes five claims and breaks four fails, and so does a fix
 * until the file is regenerated (`npm run eval -- --write-known-misses`).
 *
 * A miss is one line: `missed <category> <estimate> "<span>"`, `spurious <category> <estimate>
 * "<span>"` or `wrong <field> <category> <estimate> "<span>"`, the span cut short. The file
 * holds ids, categories, numbers, field names and short spans only (never a source's name or
 * other values), sorted so that a regeneration's diff shows what moved.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CountClaim } from '../domain.js';
import type { GoldClaim } from './gold.js';
import { sourceMatches } from './score.js';
import type { ItemScore } from './score.js';

/** The fields compared on a claim found at its span. */
export const COMPARED_FIELDS = ['category', 'bounds', 'qualifier', 'source', 'scope', 'as_of'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

const SPAN_CHARS = 60;
const short = (span: string) => {
  const flat = span.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > SPAN_CHARS ? `${flat.slice(0, SPAN_CHARS - 1)}…` : flat);
};

/** The fields in which a claim found at a gold claim's span differs from it. */
export function wrongFields(gold: GoldClaim, p: CountClaim): ComparedField[] {
  const out: ComparedField[] = [];
  if (gold.category !== p.category) out.push('category');
  if (gold.low !== p.low || gold.high !== p.high || gold.estimate !== p.estimate) out.push('bounds');
  if (gold.qualifier !== p.qualifier) out.push('qualifier');
  if (!sourceMatches(gold.source, p.source)) out.push('source');
  if (gold.scope && gold.scope !== p.scope) out.push('scope');
  if (gold.as_of !== p.asOf) out.push('as_of');
  return out;
}

/**
 * The misses of one scored item. Claims matched by the scorer (same category and bounds, spans
 * overlapping) are compared field by field; a leftover prediction whose span overlaps a
 * leftover gold claim's is the same claim with a wrong category or bounds; the rest are
 * missed (gold) or spurious (predicted).
 */
export function missesOf(score: ItemScore, text: string): string[] {
  const out: string[] = [];
  const wrong = (g: GoldClaim, p: CountClaim) => {
    for (const f of wrongFields(g, p)) out.push(`wrong ${f} ${g.category} ${g.estimate} ${short(g.span)}`);
  };
  for (const m of score.matches) wrong(m.gold, m.predicted);
  const spurious = [...score.falsePositives];
  for (const g of score.falseNegatives) {
    const at: Array<[number, number]> = [];
    for (let i = text.indexOf(g.span); g.span && i >= 0; i = text.indexOf(g.span, i + 1)) at.push([i, i + g.span.length]);
    const k = spurious.findIndex((p) => at.some(([s, e]) => s < p.span.end && p.span.start < e));
    if (k < 0) {
      out.push(`missed ${g.category} ${g.estimate} ${short(g.span)}`);
      continue;
    }
    wrong(g, spurious[k]!);
    spurious.splice(k, 1);
  }
  for (const p of spurious) out.push(`spurious ${p.category} ${p.estimate} ${short(p.span.text)}`);
  return out.sort();
}

export interface KnownMissesFile {
  /** How to regenerate the file. */
  about: string;
  /** Item id → its misses; items without misses are left out. */
  items: Record<string, string[]>;
}

export const KNOWN_MISSES_ABOUT =
  'Misses of extraction on the gold corpus, per item; checked by test/extract/corpus-golden.test.ts. Regenerate with: npm run eval -- --write-known-misses';

export function writeKnownMisses(path: string, misses: Map<string, string[]>): void {
  const items: Record<string, string[]> = {};
  for (const id of [...misses.keys()].sort()) if (misses.get(id)!.length) items[id] = misses.get(id)!;
  const file: KnownMissesFile = { about: KNOWN_MISSES_ABOUT, items };
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
}

export function readKnownMisses(path: string): KnownMissesFile {
  return JSON.parse(readFileSync(path, 'utf8')) as KnownMissesFile;
}

/** What differs between the known and the current misses of one item (as multisets). */
export function compareMisses(known: readonly string[], now: readonly string[]): { regressions: string[]; fixed: string[] } {
  const left = [...known];
  const regressions: string[] = [];
  for (const m of now) {
    const k = left.indexOf(m);
    if (k < 0) regressions.push(m);
    else left.splice(k, 1);
  }
  return { regressions, fixed: left };
}
