/**
 * Extraction throughput as a user gets it: `tally extract --jsonl` over 2,000 real articles on
 * one pinned core, start-up included. Also the synthetic articles (corpus paragraphs with
 * figures and dates varied) that the store and API benchmarks ingest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extract } from '../src/extract/index.js';
import { defaultCorpusFiles } from '../src/eval/cli.js';
import { tallyCommand } from './tally-command.js';

export interface ExtractBenchResult {
  documents: number;
  words: number;
  seconds: number;
  articlesPerSecond: number;
  wordsPerSecond: number;
  claims: number;
  peakRssMb: number;
}

/** Deterministic pseudo-random numbers, so every run measures the same documents. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticArticles(count: number, targetWords = 700): Array<{ text: string; published: string }> {
  const paragraphs: string[] = [];
  for (const file of defaultCorpusFiles()) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { text: string };
      paragraphs.push(...item.text.split(/\n+/).filter((p) => p.split(/\s+/).length >= 12));
    }
  }
  if (!paragraphs.length) throw new Error('bench: no corpus paragraphs found (../shared/corpus or demo/)');
  const rand = rng(42);
  const docs: Array<{ text: string; published: string }> = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let words = 0;
    while (words < targetWords) {
      const p = paragraphs[Math.floor(rand() * paragraphs.length)]!.replace(/\d[\d,]*/g, (m) => {
        const n = Number(m.replace(/,/g, ''));
        return Number.isFinite(n) && n > 31 && n < 1800 ? String(Math.max(2, Math.round(n * (0.5 + rand())))) : m;
      });
      parts.push(p);
      words += p.split(/\s+/).length;
    }
    const day = 1 + Math.floor(rand() * 28);
    docs.push({ text: parts.join('\n\n'), published: `2024-0${1 + Math.floor(rand() * 9)}-${String(day).padStart(2, '0')}` });
  }
  return docs;
}

/** Corpus articles of at least `minWords` words (the gold corpora beside the repository, else demo/). */
export function realArticles(minWords = 300): Array<{ id: string; text: string; published: string | null; url: string | null }> {
  const out: Array<{ id: string; text: string; published: string | null; url: string | null }> = [];
  for (const file of defaultCorpusFiles()) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { id: string; text: string; published?: string | null; url?: string | null };
      if (item.text.split(/\s+/).length >= minWords) out.push({ id: item.id, text: item.text, published: item.published ?? null, url: item.url ?? null });
    }
  }
  if (!out.length) throw new Error('bench: no corpus articles of 300+ words found (../shared/corpus or demo/)');
  return out;
}

/** One process measured from outside: wall and CPU seconds and peak RSS (GNU time), optionally on one pinned core. */
export function timeCommand(
  argv: string[],
  pin: boolean,
  opts: { cwd?: string } = {},
): { seconds: number; cpuSeconds: number; peakRssMb: number; pinned: boolean; status: number } {
  const pinned = pin && existsSync('/usr/bin/taskset');
  const cmd = [...(pinned ? ['/usr/bin/taskset', '-c', '0'] : []), ...argv];
  if (!existsSync('/usr/bin/time')) {
    const t0 = performance.now();
    const r = spawnSync(cmd[0]!, cmd.slice(1), { stdio: ['ignore', 'ignore', 'inherit'], cwd: opts.cwd });
    return { seconds: (performance.now() - t0) / 1000, cpuSeconds: NaN, peakRssMb: NaN, pinned, status: r.status ?? 1 };
  }
  const dir = mkdtempSync(join(tmpdir(), 'tally-bench-'));
  const report = join(dir, 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-o', report, '-f', '%e %U %S %M', ...cmd], { stdio: ['ignore', 'ignore', 'inherit'], cwd: opts.cwd });
  const [seconds, user, sys, kb] = readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  rmSync(dir, { recursive: true, force: true });
  return { seconds: seconds!, cpuSeconds: user! + sys!, peakRssMb: kb! / 1024, pinned, status: r.status ?? 1 };
}

/**
 * What a user runs: `tally extract --jsonl` over `count` real articles of 300+ words (the corpus
 * articles, cycled: the gold corpora hold a few dozen that long), the process pinned to one core,
 * start-up included.
 */
export function benchExtractCli(count = 2000): ExtractBenchResult & { pinned: boolean } {
  const articles = realArticles();
  const dir = mkdtempSync(join(tmpdir(), 'tally-bench-'));
  const file = join(dir, 'articles.jsonl');
  let words = 0;
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = articles[i % articles.length]!;
    words += a.text.split(/\s+/).length;
    lines.push(JSON.stringify({ ...a, id: `${a.id}#${i}` }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  // `npm run bench` runs in the package root.
  const bin = resolve('bin/tally.js');
  if (!existsSync(bin)) throw new Error(`bench: ${bin} is missing: run npm run bench from the repository root`);
  const r = timeCommand([...tallyCommand(bin), 'extract', '--jsonl', file], true);
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`bench: tally extract --jsonl exited ${r.status}`);
  return {
    documents: count,
    words,
    seconds: r.seconds,
    articlesPerSecond: count / r.seconds,
    wordsPerSecond: words / r.seconds,
    claims: 0,
    peakRssMb: r.peakRssMb,
    pinned: r.pinned,
  };
}

/** Extraction alone, in this process, models and gazetteer loaded first (for the API and store benchmarks' inputs). */
export async function benchExtract(count = 2000): Promise<ExtractBenchResult> {
  const docs = syntheticArticles(count);
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
  for (const d of docs.slice(0, 20)) extract(d);
  let claims = 0;
  const t0 = performance.now();
  for (const d of docs) claims += extract(d).claims.length;
  const seconds = (performance.now() - t0) / 1000;
  return {
    documents: docs.length,
    words,
    seconds,
    articlesPerSecond: docs.length / seconds,
    wordsPerSecond: words / seconds,
    claims,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/** Entry point for bench/index.ts. */
export async function run(): Promise<string> {
  const r = benchExtractCli(2000);
  return [
    `extraction through the CLI: tally extract --jsonl, ${r.documents} real articles (${Math.round(r.words / r.documents)} words avg), ${r.pinned ? 'pinned to one core' : 'NOT pinned (no taskset)'}, start-up included`,
    `  ${r.seconds.toFixed(2)} s wall: ${r.articlesPerSecond.toFixed(0)} articles/s, ${(r.wordsPerSecond / 1000).toFixed(0)}k words/s, peak RSS ${r.peakRssMb.toFixed(0)} MB`,
  ].join('\n');
}
