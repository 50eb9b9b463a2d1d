/**
 * Extraction throughput on one core: >= 2,000 synthetic ~700-word articles assembled from the
 * gold corpus paragraphs (with figures and dates varied so no two documents are equal), then
 * articles/s, words/s and peak RSS with the gazetteer loaded.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../src/extract/index.js';
import { defaultCorpusFiles } from '../src/eval/cli.js';

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

export async function benchExtract(count = 2000): Promise<ExtractBenchResult> {
  const docs = syntheticArticles(count);
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
  // Warm up: load the models and the gazetteer outside the timed loop.
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

export function formatExtractBench(r: ExtractBenchResult): string {
  return [
    `extraction: ${r.documents} articles (${Math.round(r.words / r.documents)} words avg) in ${r.seconds.toFixed(2)} s on one core`,
    `  ${r.articlesPerSecond.toFixed(0)} articles/s, ${(r.wordsPerSecond / 1000).toFixed(0)}k words/s, ${r.claims} claims, peak RSS ${r.peakRssMb.toFixed(0)} MB`,
  ].join('\n');
}

/** Entry point for bench/index.ts. */
export async function run(): Promise<string> {
  return formatExtractBench(await benchExtract(2000));
}
