/**
 * `npm run eval [-- [--verbose] files...]`: extraction quality against gold corpora
 * (default: every ../shared/corpus/*.jsonl beside the repository, else demo/*.jsonl).
 * Prints precision, recall and F1 per category and overall, attribution accuracy on matched
 * claims, and ends with `eval: P=… R=… F1=… attribution=…`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../extract/index.js';
import { readGold } from './gold.js';
import { scoreItem, summarise, type ItemScore, type Metrics } from './score.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function defaultCorpusFiles(): string[] {
  for (const dir of [resolve(root, '../shared/corpus'), resolve(root, 'demo')]) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
    if (files.length) return files;
  }
  return [];
}

export function evaluateFiles(files: string[]): ItemScore[] {
  const scores: ItemScore[] = [];
  for (const file of files) {
    for (const item of readGold(file)) {
      const report = extract({ text: item.html ? undefined : item.text, html: item.html, published: item.published ?? undefined, url: item.url ?? undefined, title: item.title ?? undefined });
      scores.push(scoreItem(item.id, report.document.text, item.claims, report.claims));
    }
  }
  return scores;
}

const pct = (x: number) => x.toFixed(2);
const row = (name: string, m: Metrics) =>
  `${name.padEnd(14)} ${String(m.tp).padStart(4)} ${String(m.fp).padStart(4)} ${String(m.fn).padStart(4)}   ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}   ${pct(m.attribution)}`;

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const args = argv.filter((a) => !a.startsWith('-'));
  const files = args.length ? args.map((f) => resolve(f)) : defaultCorpusFiles();
  if (!files.length) {
    process.stderr.write('eval: no corpus found: pass JSONL files, or place the gold corpus in ../shared/corpus or demo/\n');
    return 2;
  }
  for (const f of files) {
    if (!existsSync(f)) {
      process.stderr.write(`eval: ${f}: no such file\n`);
      return 2;
    }
  }
  const scores = evaluateFiles(files);
  if (verbose) {
    for (const s of scores) {
      if (!s.falsePositives.length && !s.falseNegatives.length && s.matches.every((m) => m.sourceCorrect)) continue;
      process.stdout.write(`\n${s.id}\n`);
      for (const p of s.falsePositives) process.stdout.write(`  FP ${p.category} ${p.low}/${p.high} ${p.qualifier} "${p.span.text}"\n`);
      for (const g of s.falseNegatives) process.stdout.write(`  FN ${g.category} ${g.low}/${g.high} ${g.qualifier} "${g.span}"\n`);
      for (const m of s.matches.filter((x) => !x.sourceCorrect)) process.stdout.write(`  SRC "${m.predicted.span.text}": ${m.predicted.source?.name ?? '(none)'} vs gold ${m.gold.source || '(none)'}\n`);
    }
    process.stdout.write('\n');
  }
  const { overall, byCategory } = summarise(scores);
  process.stdout.write(`corpus: ${files.map((f) => f.replace(`${resolve(root, '..')}/`, '')).join(', ')} (${scores.length} documents)\n\n`);
  process.stdout.write(`${'category'.padEnd(14)}   tp   fp   fn   prec  rec   f1     attribution\n`);
  for (const [c, m] of byCategory) process.stdout.write(`${row(c, m)}\n`);
  process.stdout.write(`${row('overall', overall)}\n\n`);
  process.stdout.write(`eval: P=${pct(overall.precision)} R=${pct(overall.recall)} F1=${pct(overall.f1)} attribution=${pct(overall.attribution)}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
