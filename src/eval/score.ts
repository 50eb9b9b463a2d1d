/**
 * Scoring extraction against gold claims.
 *
 * A predicted claim matches a gold claim when category, low, high and estimate are equal
 * and the spans overlap. Gold spans are strings: any occurrence of the string in the clean
 * text counts (a sentence repeated in a report is the same statement). Attribution is
 * scored on matched claims: the source names are equal after normalising case, a leading
 * "the", possessive scope ("the country's"), punctuation, and common aliases (an acronym
 * for its long name, a short form contained in the long one: "Amnesty" = "Amnesty
 * International", "Trump" = "Donald Trump"), or the source's other name in the report (the acronym
 * it gave beside the name: "ICDC" for the "Coastal Institute for Civil Rights (ICDC)"), or, for a teller named
 * by a role and where they work ("a doctor at the district hospital"), the role alone ("a doctor").
 */
import type { Category, CountClaim, Source } from '../domain.js';
import { sameSource } from '../sources/index.js';
import type { GoldClaim } from './gold.js';

export { normaliseSource, sameSource } from '../sources/index.js';

export interface ClaimMatch {
  gold: GoldClaim;
  predicted: CountClaim;
  sourceCorrect: boolean;
  /** Null when the gold claim carries no scope (the recall sets). */
  scopeCorrect: boolean | null;
}

export interface ItemScore {
  id: string;
  matches: ClaimMatch[];
  falsePositives: CountClaim[];
  falseNegatives: GoldClaim[];
}

function occurrences(text: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!needle) return out;
  let i = text.indexOf(needle);
  while (i >= 0) {
    out.push([i, i + needle.length]);
    i = text.indexOf(needle, i + 1);
  }
  return out;
}

/**
 * A teller named by a role and where they work ("a doctor at the district hospital", "a police officer in
 * Harn"): the role alone, else null. Within one report the role and the role with its workplace are one
 * teller; writers of gold name it either way.
 */
function roleOfPlaced(name: string): string | null {
  // ("Doctors at the clinic told …": a common noun capitalised only as its sentence's first word.)
  const trimmed = name.trim().replace(/^\p{Lu}(?=\p{Ll}+\s+\p{Ll})/u, (c) => c.toLowerCase());
  const m = /^(?:(?:a|an|one|the)\s+)?(\p{Ll}[\p{Ll}\s-]*?)\s+(?:at|in)\s+\S.*$/iu.exec(trimmed);
  return m && /^\p{Ll}/u.test(m[1]!) ? m[1]! : null;
}

/** Does the predicted source name the gold one, by its name, by the other name the report gives it (its acronym), or by its role where one names it with its workplace? */
export function sourceMatches(gold: string, predicted: Source | null | undefined): boolean {
  const name = predicted?.name ?? '';
  if (sameSource(gold, name) || (!!predicted?.alias && sameSource(gold, predicted.alias))) return true;
  const [goldRole, predictedRole] = [roleOfPlaced(gold), roleOfPlaced(name)];
  return (!!goldRole && !predictedRole && sameSource(goldRole, name)) || (!!predictedRole && !goldRole && sameSource(gold, predictedRole));
}

export function scoreItem(id: string, text: string, gold: GoldClaim[], predicted: CountClaim[]): ItemScore {
  const used = new Set<number>();
  const matches: ClaimMatch[] = [];
  const falsePositives: CountClaim[] = [];
  const goldSpans = gold.map((g) => occurrences(text, g.span));
  for (const p of predicted) {
    const k = gold.findIndex(
      (g, i) =>
        !used.has(i) &&
        g.category === p.category &&
        g.low === p.low &&
        g.high === p.high &&
        g.estimate === p.estimate &&
        goldSpans[i]!.some(([s, e]) => s < p.span.end && p.span.start < e),
    );
    if (k < 0) {
      falsePositives.push(p);
      continue;
    }
    used.add(k);
    const g = gold[k]!;
    matches.push({ gold: g, predicted: p, sourceCorrect: sourceMatches(g.source, p.source), scopeCorrect: g.scope ? g.scope === p.scope : null });
  }
  return { id, matches, falsePositives, falseNegatives: gold.filter((_, i) => !used.has(i)) };
}

export interface Metrics {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  attribution: number;
  /** Share of matched claims with a gold scope whose scope is right. */
  scope: number;
}

function metrics(tp: number, fp: number, fn: number, attributed: number, scoped: number, scopeRight: number): Metrics {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1, attribution: tp ? attributed / tp : 0, scope: scoped ? scopeRight / scoped : 0 };
}

export function summarise(scores: ItemScore[]): { overall: Metrics; byCategory: Map<Category, Metrics> } {
  const cats = new Map<Category, { tp: number; fp: number; fn: number; attr: number; scoped: number; scopeRight: number }>();
  const bump = (c: Category) => {
    if (!cats.has(c)) cats.set(c, { tp: 0, fp: 0, fn: 0, attr: 0, scoped: 0, scopeRight: 0 });
    return cats.get(c)!;
  };
  for (const s of scores) {
    for (const m of s.matches) {
      const c = bump(m.gold.category);
      c.tp++;
      if (m.sourceCorrect) c.attr++;
      if (m.scopeCorrect !== null) c.scoped++;
      if (m.scopeCorrect) c.scopeRight++;
    }
    for (const p of s.falsePositives) bump(p.category).fp++;
    for (const g of s.falseNegatives) bump(g.category).fn++;
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let attr = 0;
  let scoped = 0;
  let scopeRight = 0;
  const byCategory = new Map<Category, Metrics>();
  for (const [c, v] of [...cats.entries()].sort()) {
    byCategory.set(c, metrics(v.tp, v.fp, v.fn, v.attr, v.scoped, v.scopeRight));
    tp += v.tp;
    fp += v.fp;
    fn += v.fn;
    attr += v.attr;
    scoped += v.scoped;
    scopeRight += v.scopeRight;
  }
  return { overall: metrics(tp, fp, fn, attr, scoped, scopeRight), byCategory };
}
