/**
 * A source's final form as an entity (source-entity refiners): the name one row of the tally's
 * source table stands for, its relays as entities, and its kind. Runs after attribution and
 * canonical naming, on the source alone and the report's text:
 * - `possessive-name`: "Acme's" read as the name (its figures, its spokesman) is "Acme";
 * - `description-dropped`: a lower-case description before a body's name ("rights group Ain o
 *   Salish Kendra") is dropped;
 * - `name-tail-dropped`: a reflexive ("the government itself"), a document's noun ("police
 *   tally"), an acronym in brackets or a participle after a role ("a local official briefed")
 *   closing the name is dropped;
 * - `title-to-role`: a capitalised title before a person's name ("Undersecretary Ana Ruiz")
 *   and a lower-case role noun before a body's name ("organiser Tenants Union") are role;
 * - `relay-fragment-dropped`: a relay that is no entity ("Acme's confirmed", a verb fragment,
 *   or the source itself) is dropped;
 * - `kind-from-text`: the kind says what the name is: a coordinated or quantified phrase of
 *   nouns ("officials and local media", "other clinics") or a plural noun of people
 *   ("Organisers") is a group; an acronym is an organisation; an apposition after the name says
 *   what it is ("X, a local charity that …", "Y, a spokesperson for …"); a lone capitalised
 *   name is a person, unless the report refers to it as "it" ("Brightwater said … It added …").
 */
import type { Source, SourceKind } from '../domain.js';
import { DIGITS_IN_NAME, sourceEntity } from './entities.js';
import { AFFILIATION_PARTICIPLES, GENERIC_ORG_HEADS, GROUP_DETERMINERS, GROUP_NOUNS, OUTLET_WORDS, ROLE_NOUNS, SPEECH_VERBS } from './lexicon/index.js';
import { ORG_WORDS, describesDocument, isTitle, looksLikePerson } from './names.js';
import { personNoun } from './person-nouns.js';
import { startsCapitalised } from './tokens.js';

export type SourceEntityRule = 'possessive-name' | 'name-tail-dropped' | 'description-dropped' | 'title-to-role' | 'relay-fragment-dropped' | 'kind-from-text';

/** "the government itself", "police tally", "Commission on Human Rights (Komnas HAM)": tails that name nothing more. */
const NAME_TAIL = /\s+(?:\([^()]*\)|itself|themselves|himself|herself|tally|count|figures|data|estimates?|statistics)$/u;

const isCap = (w: string) => startsCapitalised(w) || DIGITS_IN_NAME.test(w);
const lower = (w: string) => w.toLowerCase().replace(/[.,;:]+$/, '');
const POSSESSIVE = /^(.*[\p{L}\p{N}.])['’]s$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}.&-]+$/u;

/** What tidying makes of a source: its name, role, kind and relays, and the rules that changed them. */
interface Tidied {
  name: string;
  role: string | null;
  kind: SourceKind | undefined;
  via: string[];
  rules: SourceEntityRule[];
}

/**
 * Sources already tidied in the report under way: attribution tidies the same source for each
 * of its figures, and each tidying searches the whole report. Keyed by what tidying reads of a
 * source; emptied when the report's text changes, so no report reads another's.
 */
const tidiedIn = { text: '', sources: new Map<string, Tidied>() };

/** Tidies `source` as an entity; `text` is the report's clean text (pronouns that refer back to a lone name). */
export function tidySourceEntity(source: Source, text: string): { source: Source; rules: SourceEntityRule[] } {
  if (text !== tidiedIn.text) {
    tidiedIn.text = text;
    tidiedIn.sources.clear();
  }
  // Kind, role (none, or its length and text), relays, then name: each part ends where the next can start.
  const given = source.role;
  const key = `${source.kind === undefined ? '~' : source.kind}${given == null ? '-' : `${given.length}:${given}`}${source.via.length ? JSON.stringify(source.via) : '[]'}${source.name}`;
  let tidied = tidiedIn.sources.get(key);
  if (!tidied) tidiedIn.sources.set(key, (tidied = tidy(source, text)));
  const { name, role, kind, via, rules } = tidied;
  if (!rules.length && kind === source.kind) return { source, rules: [] };
  const out: Source = { ...source, name, via: [...via] };
  if (kind) out.kind = kind;
  if (role !== (source.role ?? null)) out.role = role;
  return { source: out, rules: [...rules] };
}

function tidy(source: Source, text: string): Tidied {
  const rules: SourceEntityRule[] = [];
  let { name } = source;
  let role = source.role ?? null;
  let kind: SourceKind | undefined = source.kind;

  // "the government itself", "police tally", "… (Komnas HAM)": a reflexive, a document's noun in
  // lower case or an acronym in brackets closing the name is no part of it.
  for (
    let tail = NAME_TAIL.exec(name);
    tail && tail.index > 0 && !describesDocument(name.slice(0, tail.index).split(/\s+/).pop()!);
    tail = NAME_TAIL.exec(name)
  ) {
    name = name.slice(0, tail.index);
    if (!rules.includes('name-tail-dropped')) rules.push('name-tail-dropped');
  }
  // "a local official briefed on the incident": a participle after the role describes, it names no one.
  const briefed = /^(.*\b(\p{Ll}+))\s+\p{Ll}+ed$/u.exec(name);
  // ("families of those abducted": after "those" the participle names the people, as a noun would.)
  if (briefed && briefed[2] !== 'those' && (ROLE_NOUNS.has(briefed[2]!) || personNoun(briefed[2]!)) && !ROLE_NOUNS.has(name.split(/\s+/).pop()!)) {
    name = briefed[1]!;
    if (!rules.includes('name-tail-dropped')) rules.push('name-tail-dropped');
  }
  // ("a firefighter involved in the dig", "a nurse employed at the clinic": a participle and its phrase after a
  // person's noun describe the person; the noun names them. Not "based in", which says where a teller sits, nor
  // "affiliated with the opposition", which says whose they are.)
  const involved = /^(.*\b(\p{Ll}+))\s+(\p{Ll}+ed)\s+(?:in|with|on|at|by)\s+\p{Ll}.*$/u.exec(name);
  // ("Families of those detained at the border post": after "those" the participle names the people.)
  const describing = !!involved && involved[2] !== 'those' && involved[3] !== 'based' && !AFFILIATION_PARTICIPLES.has(involved[3]!);
  if (involved && describing && (ROLE_NOUNS.has(involved[2]!) || personNoun(involved[2]!)?.kind === 'person')) {
    name = involved[1]!;
    if (!rules.includes('name-tail-dropped')) rules.push('name-tail-dropped');
  }
  // "rights group Ain o Salish Kendra", "monitoring group Civic Watch": a lower-case description of a
  // body before its name says what it is; the name is what follows.
  const described = /^((?:[\p{Ll}-]+\s+){0,3})([\p{Ll}]+)\s+(\p{Lu}.*)$/u.exec(name);
  if (described && GENERIC_ORG_HEADS.has(described[2]!) && !OUTLET_WORDS.has(described[2]!)) {
    name = described[3]!;
    rules.push('description-dropped');
  }
  // "UNICEF's" (its figures) names UNICEF.
  const poss = name.match(POSSESSIVE);
  if (poss && !/\s/.test(name.replace(/^(?:the|The)\s+/, '')) && poss[1]!.length > 1) {
    name = poss[1]!.replace(/^(?:the|The)\s+/, '');
    rules.push('possessive-name');
  }

  let words = name.split(/\s+/).filter(Boolean);
  // "Undersecretary Ana Ruiz", "Norvel Health Minister Dr. Ana Sorell": the capitalised title,
  // up to its last title word, is her role; the name after it is hers.
  const first = lower(words[0] ?? '').replace(/\.$/, '');
  const titled = (w: string) => isCap(w) && (isTitle(w) || ROLE_NOUNS.has(lower(w)));
  let title = -1;
  for (let k = 0; k < words.length - 2 && words.slice(0, k + 1).every(isCap); k++) if (titled(words[k]!)) title = k;
  // ("Chief District Officer": words that end on a role are a role, no name after a title.)
  if (title >= 0 && !ROLE_NOUNS.has(lower(words.at(-1)!)) && looksLikePerson(words.slice(title + 1).join(' '))) {
    role = [role, ...words.slice(0, title + 1)].filter(Boolean).join(' ');
    name = words.slice(title + 1).join(' ');
    words = words.slice(title + 1);
    kind = 'person';
    rules.push('title-to-role');
  } else if (
    // "organiser Tenants Union": a lower-case role noun before a body's capitalised name.
    words.length >= 3 &&
    !isCap(words[0]!) &&
    (ROLE_NOUNS.has(first) || (personNoun(first)?.kind === 'person' && personNoun(first)?.plural === false)) &&
    // ("head of Amnesty" is the head's role, no body's name after a role noun.)
    isCap(words[1]!) &&
    words.slice(1).every((w) => isCap(w) || ['of', 'for', 'and', 'the'].includes(w)) &&
    words.slice(1).some((w) => ORG_WORDS.has(lower(w)))
  ) {
    role = [role, words[0]!].filter(Boolean).join(' ');
    name = words.slice(1).join(' ');
    words = words.slice(1);
    kind = 'organisation';
    rules.push('title-to-role');
  }

  // Relays are entities too: not a verb fragment, not the source again.
  const via = source.via.filter((v) => relayIsEntity(v, name));
  if (via.length !== source.via.length) rules.push('relay-fragment-dropped');

  const read = kindFromText(name, words, kind, role, text);
  if (read !== kind) {
    if (kind !== undefined) rules.push('kind-from-text');
    kind = read;
  }

  return { name, role, kind, via, rules };
}

function relayIsEntity(relay: string, name: string): boolean {
  if (relay === name) return false;
  const words = relay.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  // "Acme's confirmed", "the agency said": the name then a verb, not a relay.
  if (words.length > 1 && /['’]s$/.test(words[0]!) && !isCap(last) && (SPEECH_VERBS.has(lower(last)) || /ed$/.test(lower(last)))) return false;
  if (!isCap(last) && SPEECH_VERBS.has(lower(last))) return false;
  const possessed = relay.match(POSSESSIVE);
  if (possessed && possessed[1] === name) return false;
  return true;
}

function kindFromText(name: string, words: string[], kind: SourceKind | undefined, role: string | null, text: string): SourceKind | undefined {
  if (!words.length) return kind;
  const lowered = words.map(lower);
  const head = lowered[lowered.length - 1]!;
  const lastCap = isCap(words[words.length - 1]!);
  // "officials and local media", "police and hospital officials": several speakers, one group.
  // (A body's name keeps its capitals past the first word: "Location and Event Data project".)
  // ("opposition and foreign estimates": documents, whoever made them.)
  if (lowered.indexOf('and') > 0 && !lastCap && words.slice(1).every((w) => !isCap(w))) return kind === 'document' ? kind : 'group';
  // "Other clinics", "some residents": a quantified plural is several, not one body.
  if (words.length >= 2 && GROUP_DETERMINERS.has(lowered[0]!) && !lastCap && /s$/.test(head)) return 'group';
  // "NGOs", "CSOs": an acronym's plural is several bodies, a group.
  if (words.length === 1 && /^\p{Lu}{2,}s$/u.test(words[0]!)) return 'group';
  // "Organisers", "Medics": a capital opening the sentence on a plural noun of people.
  if (words.length === 1 && !ACRONYM.test(words[0]!) && (GROUP_NOUNS.has(head) || (personNoun(head)?.kind === 'person' && personNoun(head)?.plural === true)))
    return 'group';
  // "sources familiar with the matter": a plural noun of people, then what qualifies it.
  if (words.length > 1 && !isCap(words[0]!) && GROUP_NOUNS.has(lowered[0]!) && words.every((w) => !isCap(w))) return 'group';
  // "HRC Viasna", "UNISAF": an acronym names a body.
  if ((kind === 'person' || kind === undefined) && !role && words.some((w) => ACRONYM.test(w) && w.replace(/[.&-]/g, '').length >= 2)) return 'organisation';
  if (kind === undefined) {
    const entity = sourceEntity(name);
    kind = entity?.kind ?? (looksLikePerson(name) ? 'person' : 'organisation');
  }
  // "Velda Aid, a local charity that …", "Hallvard, a spokesman": an apposition says what the name is.
  if ((kind === 'person' || kind === 'organisation') && !role && words.every((w) => isCap(w) || ['of', 'for', 'and', 'de', 'al'].includes(w))) {
    const said = appositionHead(name, text);
    if (
      said &&
      (ROLE_NOUNS.has(said) || (personNoun(said)?.kind === 'person' && personNoun(said)?.plural === false)) &&
      words.length <= 4 &&
      !words.some((w) => ORG_WORDS.has(lower(w)))
    )
      return 'person';
    if (said && (GENERIC_ORG_HEADS.has(said) || ORG_WORDS.has(said)) && !ROLE_NOUNS.has(said) && !OUTLET_WORDS.has(said)) return 'organisation';
  }
  // A lone capitalised name: the report's pronoun for it says whether it is a person or a body.
  if (words.length === 1 && isCap(name) && !ACRONYM.test(name) && (kind === 'person' || kind === 'organisation') && !ORG_WORDS.has(head)) {
    const pronoun = pronounAfter(name, text);
    if (pronoun === 'person') return 'person';
    if (pronoun === 'it' && !role) return 'organisation';
  }
  return kind;
}

/** The head noun of an apposition after the name's first mention: "X, a local charity that …" -> "charity". */
function appositionHead(name: string, text: string): string | null {
  const at = text.indexOf(`${name}, `);
  if (at < 0) return null;
  const m = /^,\s+(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,3}?)([\p{Ll}-]+)(?=\s+(?:that|which|who|of|for|in|at|based|linked)\b|\s*[,.;])/u.exec(
    text.slice(at + name.length, at + name.length + 120),
  );
  return m ? m[2]! : null;
}

/** Reach after a lone name in which a subject pronoun of a speech verb refers back to it. */
const PRONOUN_REACH = 240;

/** "Kellerman said … He added …": the first subject pronoun of a speech verb after the name's first mention. */
function pronounAfter(name: string, text: string): 'person' | 'it' | null {
  const re = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
  const m = re.exec(text);
  if (!m) return null;
  const after = text.slice(m.index + name.length, m.index + name.length + PRONOUN_REACH);
  const speech = /\b(he|she|it)\s+(?:also\s+|later\s+)?(\p{Ll}+)/giu;
  for (let p = speech.exec(after); p; p = speech.exec(after)) {
    if (!SPEECH_VERBS.has(p[2]!.toLowerCase())) continue;
    return p[1]!.toLowerCase() === 'it' ? 'it' : 'person';
  }
  return null;
}
