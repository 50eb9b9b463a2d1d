/**
 * Whether a noun denotes people: WordNet 3.1's person nouns (noun.person) and people-group
 * nouns (noun.group below "people", "social group", "gathering", "military unit"), compacted
 * into assets/lexicon/person-nouns.json by scripts/build-person-nouns.ts and loaded once per
 * process. A written form is reduced to its lemma by WordNet's own noun morphology (its
 * detachment rules: "-ies" -> "-y", "-men" -> "-man", "-ches" -> "-ch", "-s" -> ""), with the
 * irregular plurals from the lexicon; the lexicon's overrides correct the table.
 */
import { readFileSync } from 'node:fs';
import { GROUP_NOUNS, IRREGULAR_PLURALS, PERSON_NOUN_OVERRIDES } from './lexicon/index.js';

export type PersonNounKind = 'person' | 'group';

export interface PersonNoun {
  kind: PersonNounKind;
  lemma: string;
  /** The written form is a plural ("hostages", "men") rather than the lemma itself. */
  plural: boolean;
}

interface Table {
  person: Set<string>;
  group: Set<string>;
}

let table: Table | null = null;

function load(): Table {
  const raw = JSON.parse(readFileSync(new URL('../../assets/lexicon/person-nouns.json', import.meta.url), 'utf8')) as {
    person: string[];
    group: string[];
  };
  return { person: new Set(raw.person), group: new Set(raw.group) };
}

/** WordNet's noun detachment rules (morph.c), in its order. */
export const DETACH: ReadonlyArray<readonly [string, string]> = [
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  // Compounds of the irregular plural: "grandchildren", "schoolchildren".
  ['children', 'child'],
  ['ies', 'y'],
  ['oes', 'o'],
  ['s', ''],
];

/** Does `table` hold the lower-case word form, or the lemma WordNet's detachment rules reduce it to ("francs", "goats")? */
export function holdsNounForm(table: ReadonlySet<string>, word: string): boolean {
  if (table.has(word)) return true;
  for (const [suffix, replacement] of DETACH) {
    if (word.endsWith(suffix) && word.length > suffix.length + 1 && table.has(word.slice(0, word.length - suffix.length) + replacement)) return true;
  }
  return false;
}

function kindOf(t: Table, lemma: string): PersonNounKind | null {
  const override = PERSON_NOUN_OVERRIDES.get(lemma);
  if (override !== undefined) return override;
  if (t.person.has(lemma)) return 'person';
  if (t.group.has(lemma)) return 'group';
  return null;
}

const cache = new Map<string, PersonNoun | null>();

/** The person or group noun a lower-case word form is, or null ("hostages" -> person "hostage"). */
export function personNoun(word: string): PersonNoun | null {
  const known = cache.get(word);
  if (known !== undefined) return known;
  const t = (table ??= load());
  let found: PersonNoun | null = null;
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular) {
    const kind = kindOf(t, irregular);
    if (kind) found = { kind, lemma: irregular, plural: true };
  }
  if (!found) {
    const kind = kindOf(t, word);
    // A person form WordNet also lists as a lemma ("aides") is still the plural of its singular ("aide").
    const singular = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : '';
    const singularKind = singular ? kindOf(t, singular) : null;
    // Persons only: "troops" (soldiers) is no plural of the group noun "troop".
    if (kind === 'person' && singularKind === 'person') found = { kind, lemma: singular, plural: true };
    else if (kind) found = { kind, lemma: word, plural: false };
  }
  if (!found) {
    for (const [suffix, replacement] of DETACH) {
      if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
      const lemma = word.slice(0, word.length - suffix.length) + replacement;
      const kind = kindOf(t, lemma);
      if (kind) {
        found = { kind, lemma, plural: true };
        break;
      }
    }
  }
  // "hostage-takers", "ex-soldiers": a hyphenated compound whose last part is a person noun is a person
  // (not a group: "pro-government" modifies the noun after it).
  const hyphen = word.lastIndexOf('-');
  if (!found && hyphen > 0 && word.length - hyphen > 3 && /^\p{Ll}+$/u.test(word.slice(hyphen + 1))) {
    const last = personNoun(word.slice(hyphen + 1));
    if (last?.kind === 'person') found = last;
  }
  // "concertgoers", "churchgoers": those who go somewhere are people.
  if (!found && /^\p{Ll}{3,}goers?$/u.test(word)) found = { kind: 'person', lemma: word.replace(/s$/, ''), plural: word.endsWith('s') };
  // Bounded: the vocabulary of a process's documents is finite but can be large.
  if (cache.size > 50_000) cache.clear();
  cache.set(word, found);
  return found;
}

/**
 * A count of people when a figure is followed by this word: a plural person noun ("hostages"),
 * or a group noun used as a plural of its members ("police", "troops", "personnel", "crew").
 * A plural group noun ("three companies") counts groups, not people.
 */
export function countsPeople(word: string): boolean {
  const override = PERSON_NOUN_OVERRIDES.get(word);
  if (override !== undefined) return override !== null;
  const n = personNoun(word);
  if (!n) return false;
  return n.kind === 'person' ? n.plural : !n.plural;
}

/** Several people who may speak as one: a plural noun of people ("lawyers", "survivors") or a noun of a group ("activists", "sources"). */
export const severalPeople = (word: string): boolean => !!personNoun(word)?.plural || GROUP_NOUNS.has(word);

/** One person when preceded by "a"/"an"/"one": a singular person noun ("a government employee"). */
export function isSingularPerson(word: string): boolean {
  const n = personNoun(word);
  return !!n && n.kind === 'person' && !n.plural;
}
