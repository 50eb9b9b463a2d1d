/**
 * `npm run eval [-- [--verbose] [--check] files...]`: extraction quality against gold corpora
 * (default: every ../shared/corpus/*.jsonl beside the repository, else demo/*.jsonl).
 * Prints each file's tune and check parts (src/eval/split.ts) and the overall figures:
 * precision, recall and F1, attribution and scope accuracy on matched claims; per category
 * overall; and ends with `eval: P=… R=… F1=… attribution=… scope=…`. Then the tally agreement of
 * the demo (src/eval/tally-agreement.ts: headlines in the analyst's range, per crisis), when
 * the shared corpus has its tallies.json; `--no-tally` leaves it out.
 *
 * `npm run eval -- --breakdown`: counts of each kind of error (attribution, scope, missed and
 * false claims by category) per part, without the sentences.
 *
 * `npm run eval -- --write-known-misses`: regenerate test/extract/known-misses.json, the misses the
 * golden test (test/extract/corpus-golden.test.ts) expects, from today's extraction.
 *
 * `npm run eval -- --recall`: recall per category on ../shared/corpus/recall/wiki-incidents.jsonl
 * (a gold figure found with its category and estimate) and the share of
 * recall/wiki-no-counts.jsonl texts given a killed or injured claim; then the same on the
 * project's own incident sets (test/extract/incidents/*.json, src/eval/incidents.ts), tune and
 * check parts apart.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../domain.js';
import { extract } from '../extract/index.js';
import { readGold, type GoldItem } from './gold.js';
import { incidentFiles, rate, scoreIncidents } from './incidents.js';
import { missesOf, writeKnownMisses } from './known-misses.js';
import { scoreItem, summarise, type ItemScore, type Metrics } from './score.js';
import { partOf, type Part } from './split.js';
import { agreementText, demoTallyAgreement } from './tally-agreement.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared gold corpus: TALLY_CORPUS_DIR, else the nearest `shared/corpus` beside the
 * repository or one of its parent folders (a checkout in a subfolder still finds it).
 */
export function sharedCorpusDir(): string | null {
  const fromEnv = process.env.TALLY_CORPUS_DIR;
  if (fromEnv) return existsSync(fromEnv) ? resolve(fromEnv) : null;
  for (let dir = resolve(root, '..'); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared/corpus');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

const sharedCorpus = sharedCorpusDir() ?? resolve(root, '../shared/corpus');

const jsonlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));

/** Every gold file of the shared corpus (not the recall sets in its subfolder), else demo/*.jsonl. */
export function defaultCorpusFiles(): string[] {
  for (const dir of [sharedCorpus, resolve(root, 'demo')]) {
    if (!existsSync(dir)) continue;
    const files = jsonlFiles(dir);
    if (files.length) return files;
  }
  return [];
}

export interface ScoredItem extends ItemScore {
  file: string;
  part: Part;
  /** The clean text the spans point into. */
  text: string;
}

const extractItem = (item: GoldItem): Report =>
  extract({
    text: item.html ? undefined : item.text,
    html: item.html,
    published: item.published ?? undefined,
    url: item.url ?? undefined,
    title: item.title ?? undefined,
  });

/** Scores every item of `files`; `reports` (when given) keeps each report by the item's text. */
export function evaluateFiles(files: string[], reports?: Map<string, Report>): ScoredItem[] {
  const scores: ScoredItem[] = [];
  for (const file of files) {
    const items = readGold(file);
    for (const item of items) {
      const report = extractItem(item);
      if (reports && !item.html) reports.set(item.text, report);
      scores.push({
        ...scoreItem(item.id, report.document.text, item.claims, report.claims),
        file: basename(file),
        part: partOf(item.id, items.length),
        text: report.document.text,
      });
    }
  }
  return scores;
}

const pct = (x: number) => x.toFixed(2);
const row = (name: string, docs: number | '', m: Metrics) =>
  `${name.padEnd(24)} ${String(docs).padStart(4)} ${String(m.tp).padStart(4)} ${String(m.fp).padStart(4)} ${String(m.fn).padStart(4)}   ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}   ${pct(m.attribution)}        ${pct(m.scope)}`;
const header = `${''.padEnd(24)} docs   tp   fp   fn   prec  rec   f1     attribution  scope\n`;

function printMisses(scores: ScoredItem[]): void {
  for (const s of scores) {
    const wrong = s.matches.filter((m) => !m.sourceCorrect || m.scopeCorrect === false);
    if (!s.falsePositives.length && !s.falseNegatives.length && !wrong.length) continue;
    process.stdout.write(`\n${s.id}\n`);
    for (const p of s.falsePositives) process.stdout.write(`  FP ${p.category} ${p.low}/${p.high} ${p.qualifier} "${p.span.text}"\n`);
    for (const g of s.falseNegatives) process.stdout.write(`  FN ${g.category} ${g.low}/${g.high} ${g.qualifier} "${g.span}"\n`);
    for (const m of s.matches.filter((x) => !x.sourceCorrect))
      process.stdout.write(`  SRC "${m.predicted.span.text}": ${m.predicted.source?.name ?? '(none)'} vs gold ${m.gold.source || '(none)'}\n`);
    for (const m of s.matches.filter((x) => x.scopeCorrect === false))
      process.stdout.write(
        `  SCOPE "${m.predicted.span.text}": ${m.predicted.scope} vs gold ${m.gold.scope}${m.predicted.rules?.scope ? ` (rule ${m.predicted.rules.scope})` : ''}\n`,
      );
  }
  process.stdout.write('\n');
}

/**
 * `--breakdown`: counts of each kind of error per part, without the sentences, so the check
 * part's weak spots show as classes (no source vs wrong source; which scope for which) while
 * its misses stay unread.
 */
function printBreakdown(scores: ScoredItem[]): void {
  for (const part of ['tune', 'check'] as const) {
    const these = scores.filter((s) => s.part === part);
    const count = new Map<string, number>();
    const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
    for (const s of these) {
      for (const m of s.matches) {
        if (!m.sourceCorrect)
          bump(`source: ${m.predicted.source ? (m.gold.source ? 'wrong source' : 'source where gold has none') : 'none where gold has one'}`);
        if (m.scopeCorrect === false) bump(`scope: ${m.predicted.scope} for gold ${m.gold.scope}`);
      }
      for (const p of s.falsePositives) bump(`false claim: ${p.category}`);
      for (const g of s.falseNegatives) bump(`missed claim: ${g.category}`);
    }
    process.stdout.write(`\nerrors (${part}):\n`);
    for (const [k, n] of [...count.entries()].sort((a, b) => a[0].localeCompare(b[0]))) process.stdout.write(`  ${String(n).padStart(3)}  ${k}\n`);
  }
  process.stdout.write('\n');
}

async function corpusMain(files: string[], verbose: boolean, showCheck: boolean, tally: boolean, breakdown = false): Promise<number> {
  const reports = new Map<string, Report>();
  const scores = evaluateFiles(files, tally ? reports : undefined);
  if (verbose) printMisses(scores.filter((s) => s.part === 'tune' || showCheck));
  if (breakdown) printBreakdown(scores);
  process.stdout.write(`corpus: ${files.map((f) => f.replace(`${resolve(root, '..')}/`, '')).join(', ')} (${scores.length} documents)\n\n`);
  process.stdout.write(header);
  for (const file of [...new Set(scores.map((s) => s.file))]) {
    for (const part of ['tune', 'check'] as const) {
      const these = scores.filter((s) => s.file === file && s.part === part);
      if (these.length) process.stdout.write(`${row(`${file} (${part})`, these.length, summarise(these).overall)}\n`);
    }
  }
  for (const part of ['tune', 'check'] as const) {
    const these = scores.filter((s) => s.part === part);
    process.stdout.write(`${row(`all (${part})`, these.length, summarise(these).overall)}\n`);
  }
  const { overall, byCategory } = summarise(scores);
  process.stdout.write(`\n${header}`);
  for (const [c, m] of byCategory) process.stdout.write(`${row(c, '', m)}\n`);
  process.stdout.write(`${row('overall', scores.length, overall)}\n\n`);
  process.stdout.write(
    `eval: P=${pct(overall.precision)} R=${pct(overall.recall)} F1=${pct(overall.f1)} attribution=${pct(overall.attribution)} scope=${pct(overall.scope)}\n`,
  );
  const tallies = join(sharedCorpus, 'tallies.json');
  if (tally && existsSync(tallies)) {
    process.stdout.write(`\ntally agreement of the demo (headline in the analyst's range, ${tallies.replace(`${resolve(root, '..')}/`, '')}):\n`);
    process.stdout.write(`${agreementText(await demoTallyAgreement(tallies, (text) => reports.get(text)))}\n`);
  }
  return 0;
}

/** Recall on incident descriptions: a gold figure counts as found when a claim has its category and estimate. */
function recallMain(verbose: boolean, showCheck: boolean): number {
  const incidents = join(sharedCorpus, 'recall/wiki-incidents.jsonl');
  const noCounts = join(sharedCorpus, 'recall/wiki-no-counts.jsonl');
  if (!existsSync(incidents) || !existsSync(noCounts)) {
    process.stderr.write(`eval: --recall needs ${incidents} and ${noCounts}\n`);
    return 2;
  }
  const items = readGold(incidents);
  const found = new Map<string, { tune: [number, number]; check: [number, number] }>();
  for (const item of items) {
    const part = partOf(item.id, items.length);
    const claims = extractItem(item).claims;
    for (const g of item.claims) {
      const hit = claims.some((c) => c.category === g.category && c.estimate === g.estimate);
      const f = found.get(g.category) ?? { tune: [0, 0], check: [0, 0] };
      f[part][0] += hit ? 1 : 0;
      f[part][1] += 1;
      found.set(g.category, f);
      if (verbose && !hit && (part === 'tune' || showCheck)) process.stdout.write(`  FN ${item.id} ${g.category} ${g.estimate} "${g.span}"\n`);
    }
  }
  const none = readGold(noCounts);
  let falseTexts = 0;
  for (const item of none) {
    const claims = extractItem(item).claims.filter((c) => c.category === 'killed' || c.category === 'injured');
    if (claims.length) {
      falseTexts++;
      if (verbose) process.stdout.write(`  FALSE ${item.id} ${claims.map((c) => `${c.category} ${c.estimate} "${c.span.text}"`).join('; ')}\n`);
    }
  }
  const r = ([hit, all]: [number, number]) => (all ? hit / all : 0);
  process.stdout.write(`recall: ${items.length} incident descriptions, ${none.length} without counts\n\n`);
  process.stdout.write(`${'category'.padEnd(10)} ${'tune'.padStart(14)} ${'check'.padStart(14)} ${'all'.padStart(6)}\n`);
  const summary: string[] = [];
  for (const [c, f] of [...found.entries()].sort()) {
    const all: [number, number] = [f.tune[0] + f.check[0], f.tune[1] + f.check[1]];
    process.stdout.write(
      `${c.padEnd(10)} ${`${pct(r(f.tune))} (${f.tune[1]})`.padStart(14)} ${`${pct(r(f.check))} (${f.check[1]})`.padStart(14)} ${pct(r(all)).padStart(6)}\n`,
    );
    summary.push(`${c}=${pct(r(all))}`);
  }
  process.stdout.write(`\nno-count texts given a killed or injured claim: ${falseTexts} of ${none.length}\n`);
  process.stdout.write(`recall: ${summary.join(' ')} false=${falseTexts}/${none.length}\n`);
  incidentsMain(verbose, showCheck);
  return 0;
}

/** The project's own incident sets: recall per category and false claims, per file and part. */
function incidentsMain(verbose: boolean, showCheck: boolean): void {
  const files = incidentFiles(resolve(root, 'test/extract/incidents'));
  process.stdout.write(`\nincident sets (test/extract/incidents): recall per category; no-count texts given a killed or injured claim\n`);
  for (const file of files) {
    for (const score of scoreIncidents(file, (text) => extract({ text }).claims)) {
      const cells = [...score.recall.entries()].sort().map(([c, r]) => `${c} ${pct(rate(r))} (${r[1]})`);
      process.stdout.write(`${`${basename(file)} ${score.part}`.padEnd(24)} ${cells.join('  ')}  false ${score.falseTexts}/${score.noCount}\n`);
      if (!verbose || (score.part === 'check' && !showCheck)) continue;
      for (const m of score.misses) process.stdout.write(`  FN ${m.index} ${m.missed.join('; ')} "${m.text}"\n`);
      for (const f of score.falses) process.stdout.write(`  FALSE ${f.index} ${f.claims.join('; ')} "${f.text}"\n`);
    }
  }
}

/** The committed known-misses file the golden test compares with. */
export const KNOWN_MISSES_PATH = resolve(root, 'test/extract/known-misses.json');

/** The gold files the golden test covers: the shared corpus (not its recall sets). */
export function goldenCorpusFiles(): string[] {
  const dir = sharedCorpusDir();
  return dir ? jsonlFiles(dir) : [];
}

/** The current misses of every item of the golden corpus, by item id. */
export function currentMisses(files = goldenCorpusFiles()): Map<string, string[]> {
  return new Map(evaluateFiles(files).map((s) => [s.id, missesOf(s, s.text)]));
}

/** `--write-known-misses`: regenerate the golden test's file from today's extraction. */
function writeKnownMissesMain(): number {
  const files = goldenCorpusFiles();
  if (!files.length) {
    process.stderr.write('eval: --write-known-misses needs the shared gold corpus: place it in ../shared/corpus or set TALLY_CORPUS_DIR\n');
    return 2;
  }
  const misses = currentMisses(files);
  writeKnownMisses(KNOWN_MISSES_PATH, misses);
  const total = [...misses.values()].reduce((n, m) => n + m.length, 0);
  process.stdout.write(`eval: wrote ${total} known misses of ${misses.size} items to ${KNOWN_MISSES_PATH}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const showCheck = argv.includes('--check');
  if (argv.includes('--write-known-misses')) return writeKnownMissesMain();
  if (argv.includes('--recall')) return recallMain(verbose, showCheck);
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
  return corpusMain(files, verbose, showCheck, !argv.includes('--no-tally'), argv.includes('--breakdown'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
