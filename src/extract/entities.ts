/**
 * Source phrases as entities. A phrase read at an attribution ("Senior Iranian lawmaker
 * Mojtaba Zolnour", "the latest UN estimates", "Kazakhstan's interior ministry") becomes who
 * asserts the figure — a person, an organisation, an office, a group, a document or an outlet —
 * with its role and country when the phrase states them; or nothing, when the phrase is a time,
 * an adverb, a clause fragment, a harm noun or a bare place (never a source).
 */
import type { SourceKind } from '../domain.js';
import { getGazetteer } from '../places/gazetteer.js';
import { IRREGULAR_DEMONYMS } from '../sources/index.js';
import {
  BODY_NAMING_ROLE_NOUNS,
  BODY_NAME_CONNECTORS,
  MONTHS,
  WEEKDAY_NAMES,
  SHARE_LEADS,
  CATEGORY_CUES,
  COUNTED_BODY_NOUNS,
  COLLECTIVE_BODY_NOUNS,
  DOCUMENT_NOUNS,
  RECORD_NOUNS,
  IRREGULAR_PARTICIPLES,
  PASSING_PARTICLES,
  EVENT_HEAD_NOUNS,
  FINITE_VERB_WORDS,
  EVIDENCE_NOUNS,
  GENERIC_ORG_HEADS,
  GROUP_NOUNS,
  PARTICIPLE_PHRASE_PREPOSITIONS,
  HARMED_NOUNS,
  HARM_VERB_FORMS,
  ALWAYS_NOT_SOURCE,
  NEWS_LABELS,
  LONE_MODIFIERS,
  FIRST_PERSON_POSSESSIVES,
  TIME_ZONES,
  NEGATING_DETERMINERS,
  NOT_SOURCE_WORDS,
  NO_ONE_QUANTIFIERS,
  OFFICE_WORDS,
  STATE_BODY_NOUNS,
  OUTLET_WORDS,
  PARTICIPLE_MODIFIERS,
  PLACE_HEAD_NOUNS,
  RECEPTION_PARTICIPLES,
  ROLE_NOUNS,
  SOURCE_PREMODIFIERS,
  TITLES,
  TRAILING_ADVERBS,
  TIME_UNITS,
  RELATIVE_TIME_ENDS,
  WEEKDAYS,
  BODY_DESCRIPTION_HEADS,
  PROTEST_CONTEXT,
  POST_PLACE_MODIFIERS,
  PRESS_DESCRIPTION_WORDS,
  NAME_INNER_PARTICLES,
  STAFF_NOUNS,
  SCOPE_FACILITY_NOUNS,
  SERVICE_FUNCTION_NOUNS,
  AGE_MODIFIER,
  MEMBER_PHRASE_STARTS,
} from './lexicon/index.js';
import { ORG_WORDS, isNumberedName, isTitle, looksLikeOrg, looksLikePerson, particleHyphened, standingFor, tidySourceName, trimClosingStop } from './names.js';
import { personNoun, severalPeople } from './person-nouns.js';
import { tag } from './pos.js';
import { startsCapitalised } from './tokens.js';

export interface SourceEntity {
  name: string;
  kind: SourceKind;
  /** A person's role as written before or after the name. */
  role: string | null;
  /** ISO alpha-2 country code when the phrase names the country ("Kazakhstan's", "Belarusian"). */
  country: string | null;
  /** Parenthesised acronym given with the name ("NCRI"). */
  alias: string | null;
  /** How the author was read out of a document phrase, when it was. */
  rule?: 'contact-clause-author';
}

/** A name that opens on digits run into letters ("9novosti"), not a measure or a time ("10km", "24hours", "5pm"). */
export const DIGITS_IN_NAME = /^\d+(?!(?:hours?|hrs|mins?|minutes?|years?|days?|weeks?|months?|percent|pc)$)\p{Ll}{4,}$/u;

/** A name's word: capitalised, or digits run into letters ("9novosti"). */
const isCap = (w: string) => startsCapitalised(w) || DIGITS_IN_NAME.test(w);
/** Tags of the words a document phrase may hold besides its noun without naming an author ("credible", "the"). */
const AUTHORLESS_TAGS = new Set(['ADJ', 'DET']);
/** A word in lower case without its closing stops ("ministry," -> "ministry"); most words end on a letter and are only lowered. */
const lower = (w: string) => {
  const l = w.toLowerCase();
  const c = l.charCodeAt(l.length - 1);
  return c === 46 || c === 44 || c === 59 || c === 58 ? l.replace(/[.,;:]+$/, '') : l;
};
/** Words of a phrase, possessive marks kept on their word ("Kazakhstan's"). */
const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);

/** The country a name, a possessive or a demonym stands for ("Belarusian" -> BY), if any. */
export function countryOf(word: string): string | null {
  const known = countries.get(word);
  if (known !== undefined) return known;
  const code = lookUpCountry(word);
  if (countries.size > 10_000) countries.clear();
  countries.set(word, code);
  return code;
}
/** Words already looked up (source names repeat within and across reports). */
const countries = new Map<string, string | null>();

function lookUpCountry(word: string): string | null {
  const w = word.replace(/['’]s$/, '').replace(/\./g, '');
  // "U.S.", "U.K.": dotted initials stand for a country; other short words do not.
  if (!isCap(w) || (w.length < 3 && !/^(?:\p{Lu}\.){2,}$/u.test(word))) return null;
  const gaz = getGazetteer();
  const asCountry = (name: string) => gaz.candidates(name).find((e) => e.place.precision === 'country')?.place.countryCode ?? null;
  const direct = asCountry(w);
  if (direct) return direct;
  // Demonyms are the country's name with a suffix: Belarus-ian, Georgia-n, Iraq-i, Sudan-ese, Peru-vian, Chile-an.
  for (const [suffix, add] of DEMONYM_SUFFIXES) {
    if (!w.endsWith(suffix) || w.length - suffix.length < 3) continue;
    const code = asCountry(w.slice(0, w.length - suffix.length) + add);
    if (code) return code;
  }
  // "French", "Norwegian", "Dutch": demonyms no suffix derives, from the source-naming table.
  return IRREGULAR_DEMONYMS[w.toLowerCase()] ?? null;
}
const DEMONYM_SUFFIXES: Array<[string, string]> = [
  ['ian', ''],
  ['ian', 'ia'],
  ['ian', 'y'],
  ['ian', 'e'],
  ['an', ''],
  ['an', 'a'],
  ['n', ''],
  ['i', ''],
  ['ese', ''],
  ['vian', ''],
  ['ean', 'e'],
  ['ish', ''],
  ['ish', 'land'],
  ['h', 'hstan'],
  ['ese', 'a'],
];

/** "Sri Lanka's" / "Kazakhstan's": a country name (one or two words) in the possessive at the front. */
function possessiveCountry(words: string[]): { code: string; length: number } | null {
  for (let n = 1; n <= 3 && n <= words.length - 1; n++) {
    const last = words[n - 1]!;
    if (!/['’]s$/.test(last)) continue;
    const name = [...words.slice(0, n - 1), last.replace(/['’]s$/, '')].join(' ');
    const code = getGazetteer()
      .candidates(name)
      .find((e) => e.place.precision === 'country')?.place.countryCode;
    if (code) return { code, length: n };
  }
  return null;
}

/** A phrase that is only a place ("Mahshahr", "Baghdad", "Khuzestan province"). */
function isBarePlace(name: string): boolean {
  if (!isCap(name) || /^[\p{Lu}.]+$/u.test(name)) return false;
  const words = wordsOf(name);
  if (words.some((w) => ORG_WORDS.has(lower(w)) || OUTLET_WORDS.has(lower(w)))) return false;
  const bare = name.replace(/\s+(?:province|city|region|district|governorate)$/i, '');
  if (bare !== name) return getGazetteer().has(bare);
  // "Taliban", a hamlet's name too, is the group: a bare name is a place when it names a country,
  // a region or a town of some size.
  return getGazetteer()
    .candidates(name)
    .some((e) => e.place.precision !== 'city' || e.population >= NOTABLE_TOWN);
}

/**
 * "Kano, Jigawa and Orvel", "Kessel and Orr": names listed with a place among them,
 * each a place or one capitalised word no body's or outlet's word marks, are places, not a source.
 */
function barePlaceList(name: string): boolean {
  const parts = name.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
  if (parts.length < 2 || !parts.some(isBarePlace)) return false;
  return parts.every((p) => isBarePlace(p) || (/^\p{Lu}[\p{Ll}-]+$/u.test(p) && !ORG_WORDS.has(lower(p)) && !OUTLET_WORDS.has(lower(p))));
}

/** Population from which a town's name read alone as a subject is the town, not a namesake body. */
const NOTABLE_TOWN = 10_000;

/** "the Varno Post", "Dornik Courier": a capitalised press word closing a name makes it an outlet's, not a document ("a post"). */
/** "Centre for Prison Monitoring", "Institute for Conflict Research": a capitalised work noun closing a body's name after its connector. */
function closesBodyName(words: string[]): boolean {
  const connector = words.findIndex((w) => BODY_NAME_CONNECTORS.has(w));
  return isCap(words.at(-1)!) && connector > 0 && words.slice(0, connector).some((w) => ORG_WORDS.has(lower(w)));
}

function closesOnPressWord(words: string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return OUTLET_WORDS.has(lower(last)) && isCap(last);
}

function kindOf(name: string, role: string | null): SourceKind {
  // "doctor at the Central Teaching Hospital", "woman in Shiraz": the noun before the place is the kind.
  // ("acting governor of Velmo": a role of a named place is the role's holder.)
  // ("Doctors at the Rift Valley General Hospital": the capital that opens a sentence aside.)
  const opened = name.replace(/^\p{Lu}(?=\p{Ll}+\s)/u, (c) => c.toLowerCase());
  const placed = /^(\p{Ll}[\p{Ll}\s-]*?)\s+(?:at|in)\s+\S/u.exec(opened)?.[1] ?? /^(\p{Ll}[\p{Ll}\s-]*?)\s+of\s+\p{Lu}/u.exec(name)?.[1];
  if (placed) return kindOf(placed, role);
  // ("the ambassador of the Netherlands": a role's noun before "of the" and a name is its holder;
  // not any noun there: "the emergency ward of the Central Hospital" is the hospital's.)
  // ("the office of the district governor": an office's noun before "of" names the office, not its holder.)
  // (Written in lower case: a capitalised "Ministry of Health" is read as a body's name below.)
  const owned = /^(\p{Ll}+)\s+of\s+(?:the\s+)?[\p{Ll}\s-]+$/u.exec(name)?.[1];
  if (owned && OFFICE_WORDS.has(owned) && !ROLE_NOUNS.has(owned)) return 'office';
  // ("the Chief of Defence Staff", "Minister of Water Affairs": a capitalised role before "of" is its holder, one person.)
  const title = /^(\p{Lu}\p{Ll}+)\s+of\s/u.exec(name)?.[1]?.toLowerCase();
  if (title && ROLE_NOUNS.has(title) && !OFFICE_WORDS.has(title)) return 'person';
  const holder = /^(\p{Ll}[\p{Ll}\s-]*?)\s+of\s+the\s+\p{Lu}/u.exec(name)?.[1];
  if (holder && ROLE_NOUNS.has(holder.split(/\s+/).pop()!)) return 'person';
  // ("Residents of Drast", "Villagers in Orr": people by where they live, the sentence's capital aside.)
  const dwellers = /^(\p{Lu}\p{Ll}+)\s+(?:of|in|from)\s+\p{Lu}/u.exec(name)?.[1];
  const dwelling = dwellers ? personNoun(lower(dwellers)) : null;
  if (dwelling?.kind === 'person' && dwelling.plural) return 'group';
  // ("Sources with knowledge of the sweeps", "Survivors of the blast": people described after them are several.)
  if (!role && peopleDescribedFrom(wordsOf(opened)) < wordsOf(opened).length) return 'group';
  // ("Elders said", "Survivors told …": a plural noun of people, capitalised as a sentence opens, is several people.)
  if (!role && /^\p{Lu}\p{Ll}+$/u.test(name)) {
    const people = personNoun(lower(name));
    if (people?.kind === 'person' && people.plural) return 'group';
  }
  const words = wordsOf(name).map(lower);
  const head = words[words.length - 1] ?? '';
  // "a police official", "the defence minister": one person, named by role.
  if (ROLE_NOUNS.has(head) && !isCap(wordsOf(name).pop() ?? '')) return 'person';
  // "the rights group Freedom Monitor": a description in apposition that names a body says what the name is.
  const described = lower(wordsOf(role ?? '').pop() ?? '');
  if (role && BODY_DESCRIPTION_HEADS.has(described) && isCap(name)) return 'organisation';
  // "HRC Viasna": a name with an acronym in it is a body's, not a person's.
  const capitalHead = isCap(wordsOf(name).pop() ?? '');
  if (capitalHead && words.length > 1 && BODY_NAMING_ROLE_NOUNS.has(head)) return 'organisation';
  if (role || (looksLikePerson(name) && !wordsOf(name).some((w) => /^\p{Lu}{2,}$/u.test(w)))) {
    if (!words.some((w) => ORG_WORDS.has(w) || OUTLET_WORDS.has(w))) {
      // "the online news outlet Myanmar Now": the role says what the name is.
      const roleHead = lower(wordsOf(role ?? '').pop() ?? '');
      // ("independent news site Orvan Today": a press word anywhere in the description.)
      if (OUTLET_WORDS.has(roleHead) || (role && wordsOf(role).some((w) => PRESS_DESCRIPTION_WORDS.has(lower(w))))) return 'outlet';
      if (BODY_DESCRIPTION_HEADS.has(roleHead)) return 'organisation';
      if (roleHead === 'agency') return 'office';
      return 'person';
    }
  }
  if (DOCUMENT_NOUNS.has(head) && !closesOnPressWord(wordsOf(name)) && !closesBodyName(wordsOf(name))) return 'document';
  if (OFFICE_WORDS.has(head) || (words.some((w) => OFFICE_WORDS.has(w)) && !isCap(name))) return 'office';
  // ("the State of Emergency Command Post": a post a command holds is a body of the state, no newspaper.)
  if (head === 'post' && POST_PLACE_MODIFIERS.has(words[words.length - 2] ?? '')) return 'office';
  if (words.some((w) => OUTLET_WORDS.has(w)) && !words.some((w) => ['ministry', 'human', 'rights'].includes(w))) return 'outlet';
  // "activists", "Local journalists", "Medics said" (a capital opening the sentence): people, several.
  if (GROUP_NOUNS.has(head) && (!isCap(wordsOf(name).pop() ?? '') || words.length === 1)) return 'group';
  // ("Global Rights Monitor": a capitalised name with an organisation's word before its head is a body.)
  // (Not a state body's word, which a role's title holds: "Deputy Police Chief".)
  const bodyWordBefore = words.slice(0, -1).some((w) => ORG_WORDS.has(w) && !OFFICE_WORDS.has(w) && !STATE_BODY_NOUNS.has(w));
  if (ROLE_NOUNS.has(head) && !(isCap(wordsOf(name).pop() ?? '') && bodyWordBefore)) return 'person';
  // "the coroner", "the medical examiner", "paramedics": a noun of people, one or several.
  const people = isCap(wordsOf(name).pop() ?? '') || GENERIC_ORG_HEADS.has(head) || ORG_WORDS.has(head) ? null : personNoun(head);
  if (people?.kind === 'person') return people.plural ? 'group' : 'person';
  return 'organisation';
}

/**
 * "Senior Iranian lawmaker Mojtaba Zolnour" -> role "Senior Iranian lawmaker", name "Mojtaba
 * Zolnour": lowercase role words (or titles) ending in a role or outlet noun, then a
 * capitalised name to the end of the phrase.
 */
function splitApposition(words: string[]): { role: string; name: string[] } | null {
  let nameFrom = words.length;
  const connector = (k: number) => ['for', 'of', 'and', 'de', 'del', 'la'].includes(words[k]!) && k > 0 && isCap(words[k - 1]!) && isCap(words[k + 1] ?? '');
  // ("al-Farhan": a particle hyphened to a name word closes a name too.)
  while (
    nameFrom > 0 &&
    (((isCap(words[nameFrom - 1]!) || (particleHyphened(words[nameFrom - 1]!) && nameFrom - 1 > 0)) && !/['’]s$/.test(words[nameFrom - 1]!)) ||
      connector(nameFrom - 1))
  )
    nameFrom--;
  if (nameFrom === 0 || nameFrom === words.length) return null;
  const before = words[nameFrom - 1]!;
  const b = lower(before);
  // The word before the name must be a role or kind noun: "lawmaker", "spokesman", "outlet", "group".
  const roleWord =
    ROLE_NOUNS.has(b) ||
    TITLES.has(b) ||
    // "veteran opposition politician Karel Danek": any noun of one person who may speak.
    (speakingPerson(b) && looksLikePerson(words.slice(nameFrom).join(' '))) ||
    // "protest organisers Velmar Youth Front": people a body is, before its name.
    (GROUP_NOUNS.has(b) && looksLikeOrg(words.slice(nameFrom).join(' '))) ||
    [
      'outlet',
      'group',
      'organisation',
      'organization',
      'agency',
      'newspaper',
      'daily',
      'broadcaster',
      'channel',
      'website',
      'site',
      'portal',
      'station',
      'watchdog',
      'monitor',
      'network',
      'centre',
      'center',
    ].includes(b);
  if (!roleWord || isCap(before)) return null;
  // "spokesperson Lt. Col. Piet Olsen": titles before the name are part of the role.
  let titled = nameFrom;
  while (titled < words.length - 1 && isTitle(words[titled]!)) titled++;
  return { role: words.slice(0, titled).join(' '), name: words.slice(titled) };
}

/** A lower-case noun of a state body or office ("ministry", "police", "army"). */
const STATE_BODY_OR_OFFICE = (w: string) => OFFICE_WORDS.has(w) || STATE_BODY_NOUNS.has(w);

const SOURCE_HEADS = (w: string) => GROUP_NOUNS.has(w) || ROLE_NOUNS.has(w) || GENERIC_ORG_HEADS.has(w) || OFFICE_WORDS.has(w);

/** A lower-case head noun a source may have: a body, an office, an outlet, a document or people ("ministry", "media", "report", "doctors"). */
/** A plural's singular forms as a noun list may hold them ("ministries" -> "ministry", "groups" -> "group"). */
const singularsOf = (w: string): string[] => [w.replace(/ies$/, 'y'), w.replace(/e?s$/, ''), w.replace(/s$/, '')];

export const sourceHeadNoun = (w: string): boolean =>
  SOURCE_HEADS(w) || ORG_WORDS.has(w) || OUTLET_WORDS.has(w) || STATE_BODY_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || personNoun(w) !== null;

/**
 * Words that make a subject read back from a verb a clause, not a name: a harm verb's participle
 * ("the region killed six", "a bomb injuring 12"), an event noun inside ("attack one source"; not
 * "protest organisers"), a pronoun closing it ("the IRA they"), a lone quantifier ("Other"), the
 * harmed ("displaced people") or a day ("Bloody Friday").
 */
function clauseFragment(words: string[]): boolean {
  const low = words.map(lower);
  const describedFrom = peopleDescribedFrom(words);
  if (words.length === 1 && LONE_MODIFIERS.has(low[0]!)) return true;
  // "Our monitors recorded 214": the speaker's own people, named by whoever speaks; "14:00 GMT": a time.
  if (FIRST_PERSON_POSSESSIVES.has(low[0]!) || (words.length === 1 && TIME_ZONES.has(low[0]!))) return true;
  // ("a crowd our reporter estimates at 2,000": a contact clause's subject after the noun it describes.)
  if (low.some((w, i) => i > 0 && FIRST_PERSON_POSSESSIVES.has(w) && !isCap(words[i]!) && !isCap(words[i - 1]!))) return true;
  // "displaced people", "wounded soldiers": the harmed, not who reports; "Bloody Friday": a day.
  if (!isCap(words[0]!) && PARTICIPLE_MODIFIERS.has(low[0]!)) return true;
  if (WEEKDAYS.has(low[low.length - 1]!)) return true;
  if (['they', 'he', 'she', 'it', 'we'].includes(low[low.length - 1]!) && words.length > 1) return true;
  // "the crackdown must end", "the ministry will investigate": a finite verb inside makes a clause.
  // ("Rio Grande do Sul's police": a particle between capitalised words is inside a name.)
  const particle = (i: number) => NAME_INNER_PARTICLES.has(low[i]!) && isCap(words[i - 1]!) && isCap(words[i + 1] ?? '');
  if (words.some((w, i) => i > 0 && !isCap(w) && FINITE_VERB_WORDS.has(low[i]!) && !particle(i))) return true;
  return words.some((w, i) => {
    if (isCap(w)) return false;
    if (/(?:ed|ing)$/.test(low[i]!) && HARM_VERB_FORMS.has(low[i]!)) return true;
    // ("the strike committee", "the protest council": an event noun before a body's noun names the body.)
    // ("Witnesses to the ambush": an event in the phrase that describes people is what they saw.)
    return i < describedFrom && EVENT_HEAD_NOUNS.has(low[i]!) && !SOURCE_HEADS(low[i + 1] ?? '') && !ORG_WORDS.has(low[i + 1] ?? '');
  });
}

/**
 * "Survivors of the blast", "sources with knowledge of the sweeps", "witnesses to the ambush": people
 * (a plural person or group noun, the phrase's head within its first words) described by a
 * prepositional phrase after them. The index where that phrase starts, else the phrase's length:
 * an event named inside it is what the people saw or know, not the phrase's head.
 */
function peopleDescribedFrom(words: string[]): number {
  for (let i = 0; i < Math.min(3, words.length - 2); i++) {
    if (severalPeople(lower(words[i]!)) && PARTICIPLE_PHRASE_PREPOSITIONS.has(lower(words[i + 1]!))) return i + 1;
  }
  return words.length;
}

/**
 * "UNHCR's emergency teams", "CRWN volunteers", "Amnesty's researchers": the staff of a body the
 * report names (an acronym, or a capitalised name owning them) speak for it. The index where the
 * staff's words start, else 0.
 */
function bodyOfStaff(words: string[]): number {
  const head = lower(words.at(-1) ?? '');
  if (words.length < 2 || !STAFF_NOUNS.has(head)) return 0;
  let k = words.length - 1;
  while (k > 1 && !isCap(words[k - 1]!) && !/['’]s$/.test(words[k - 1]!)) k--;
  const owner = words.slice(0, k);
  if (!owner.length || owner.some((w) => !isCap(w))) return 0;
  const last = owner.at(-1)!;
  const possessive = /['’]s$/.test(last);
  const bare = last.replace(/['’]s$/, '');
  if (countryOf(bare) || isTitle(owner[0]!) || (owner.length > 1 && looksLikePerson(owner.join(' ').replace(/['’]s$/, '')))) return 0;
  // (Without a possessive, only an acronym right before the staff: "MSF doctors", not "OSCE election observers".)
  if (!possessive && (sourceHeadNoun(lower(bare)) || !/^\p{Lu}{2,}/u.test(last) || k !== words.length - 1)) return 0;
  return k;
}

/** A singular noun of a person who may speak ("coroner", "pathologist"), not the harmed ("victim"). */
function speakingPerson(word: string): boolean {
  return onePerson(word) && !HARMED_NOUNS.has(word);
}

/** A singular noun of one person, who may speak as a witness ("a woman said", "one protester told AFP") even where figures count such people. */
function onePerson(word: string): boolean {
  const n = personNoun(word);
  return !!n && n.kind === 'person' && !n.plural && !CATEGORY_CUES.has(word) && !GENERIC_ORG_HEADS.has(word) && !ORG_WORDS.has(word);
}

/** "authorities earlier", "the ministry on Monday", "a doctor there": a time or place closing the phrase is the verb's, not the source's. */
function trailingTimeDropped(words: string[]): string[] {
  let n = words.length;
  for (;;) {
    const last = lower(words[n - 1] ?? '');
    // "police a day earlier", "the agency a week ago": a span of time back from the report.
    if (
      n > 3 &&
      RELATIVE_TIME_ENDS.has(last) &&
      TIME_UNITS.has(lower(words[n - 2]!).replace(/s$/, '')) &&
      /^(?:a|an|one|two|three|several|the)$/i.test(words[n - 3]!)
    )
      n -= 3;
    else if (n > 1 && TRAILING_ADVERBS.has(last) && !isCap(words[n - 1]!)) n--;
    else if (n > 2 && WEEKDAYS.has(last) && ['on', 'late'].includes(lower(words[n - 2]!))) n -= 2;
    else break;
  }
  return n === words.length ? words : words.slice(0, n);
}

/** "37 OSCE member states", "the 12 agencies": a count of bodies that speak together, not a figure of people. */
export function countedBodies(phrase: string): boolean {
  const m = /^(?:(?:the|an?)\s+)?(?:(\p{L}+)\s+of\s+)?(?:the\s+)?\d[\d,]*\s+(?:\S+\s+){0,3}(\p{L}+)$/iu.exec(phrase.trim());
  // ("a coalition of 22 rights organisations": a collective of counted bodies.)
  return !!m && COUNTED_BODY_NOUNS.has(m[2]!.toLowerCase()) && (!m[1] || COLLECTIVE_BODY_NOUNS.has(m[1].toLowerCase()));
}

/** Parts of speech of a word that modifies and names nothing (read in lower case). */
const MODIFIER_TAGS = new Set(['ADJ', 'ADV', 'DET']);

/**
 * Phrases already read in the document under way: attribution reads the same speaker phrase for
 * each of its figures. Emptied by `forgetSourceEntities` at each document's start (and when it
 * grows large, for callers outside `extract`), so no document reads another's.
 */
const readEntities = new Map<string, SourceEntity | null>();

/** Starts a new document: the phrases read for the one before are dropped. */
export function forgetSourceEntities(): void {
  readEntities.clear();
}

/** Read a source phrase as an entity, or null when it cannot be one. */
export function sourceEntity(raw: string): SourceEntity | null {
  let entity = readEntities.get(raw);
  if (entity === undefined) {
    if (readEntities.size > 5_000) readEntities.clear();
    // ("al-Shabaab said", "el-Baradei told": an Arabic name's article is written in lower case inside a sentence;
    // the name is read as at a sentence's start and kept as written.)
    const article = ARABIC_ARTICLE.test(raw);
    const read = readSourceEntity(article ? raw[0]!.toUpperCase() + raw.slice(1) : raw);
    readEntities.set(raw, (entity = read && article && read.name[0] === raw[0]!.toUpperCase() ? { ...read, name: raw[0]! + read.name.slice(1) } : read));
  }
  // A copy: callers may change the entity they get.
  return entity && { ...entity };
}

/** An Arabic name's article in lower case before its capitalised part ("al-Shabaab", "el-Baradei"). */
const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;

/**
 * "One of the interior ministry officials", "one of the doctors at the hospital": one member of a
 * group speaks, named as one of them ("interior ministry official", "doctor at the hospital").
 */
function oneMember(name: string): string {
  const m = /^one\s+of\s+(?:the|its|their|our|his|her)\s+(.+)$/iu.exec(name);
  if (!m) return name;
  const words = m[1]!.split(/\s+/);
  // The group's head: the last word before a phrase after it ("doctors at the hospital").
  let head = words.findIndex((w) => MEMBER_PHRASE_STARTS.has(w.toLowerCase()));
  head = (head < 0 ? words.length : head) - 1;
  const noun = head >= 0 ? personNoun(words[head]!.toLowerCase()) : null;
  if (!noun || !noun.plural) return name;
  words[head] = noun.lemma;
  return words.join(' ');
}

function readSourceEntity(raw: string): SourceEntity | null {
  const { name: written, alias, title } = tidySourceName(raw);
  const tidied = oneMember(written);
  // "Nigeria's Daily Trust": the tidied name drops the country, which is still the source's.
  const statedCountry = possessiveCountry(wordsOf(raw.replace(/^\s*(?:the|a|an)\s+/i, '')))?.code ?? null;
  let words = trailingTimeDropped(wordsOf(tidied));
  if (NO_ONE_QUANTIFIERS.has(lower(words[0] ?? ''))) return null;
  // ("a tally by Le Courrier based on ministry figures": the participle opens what the tally rests on.)
  if (words.length > 1 && words.at(-1) === 'based') words = words.slice(0, -1);
  if (!words.length || (words.length === 1 && NEWS_LABELS.has(lower(words[0]!)))) return null;
  // "a lawyer for the families", "relatives of the detained", "the mother of one victim": people
  // named by those they stand for, who are no source themselves.
  const standsFor = standingFor(words.map(lower));
  if (standsFor) return { name: words.join(' '), kind: standsFor, role: null, country: statedCountry, alias };
  // "an AFP tally based on hospital sources", "hospital records seen by AFP": a participle after
  // the document describes it; the document's author is before (a receiver after "seen by" relays it).
  const described = words.findIndex(
    (w, i) =>
      i > 0 &&
      DOCUMENT_NOUNS.has(lower(words[i - 1]!)) &&
      (/^\p{Ll}+(?:ed|en)$/u.test(w) || IRREGULAR_PARTICIPLES.has(w)) &&
      // ("a list drawn up by the ministry": a particle may stand before "by".)
      ((lower(words[i + 1] ?? '') !== 'by' && lower(words[i + 2] ?? '') !== 'by') || RECEPTION_PARTICIPLES.has(lower(w))),
  );
  // "information obtained by the UN Human Rights Office", "documents seen by Reuters": a document
  // that names no author of its own (only its kind and adjectives) is the receiver's.
  const authorless = (before: string[]) => before.every((w) => DOCUMENT_NOUNS.has(lower(w)) || AUTHORLESS_TAGS.has(tag(lower(w))[0]?.pos ?? ''));
  if (described > 0 && !(RECEPTION_PARTICIPLES.has(lower(words[described]!)) && authorless(words.slice(0, described)))) words = words.slice(0, described);
  let country: string | null = statedCountry;

  // "figures from official sources", "data from the ministry": the document's author.
  // "credible information received by the UN Human Rights Office": a participle may come between.
  let from = words.findIndex(
    (w, i) =>
      i > 0 &&
      ['from', 'by', 'of'].includes(w.toLowerCase()) &&
      (DOCUMENT_NOUNS.has(lower(words[i - 1]!)) ||
        (i > 1 && /ed$/.test(words[i - 1]!) && DOCUMENT_NOUNS.has(lower(words[i - 2]!))) ||
        // ("a tally kept by the state home department", "a list drawn up by the ministry": any participle before "by".)
        (w === 'by' && [1, 2].some((n) => i > n && DOCUMENT_NOUNS.has(lower(words[i - n - 1]!)) && words.slice(i - n, i).every((y) => /^\p{Ll}+$/u.test(y))))),
  );
  // ("an AFP tally of hospital reports": an "of" before other documents says what the count rests on; its author stands before it.)
  const basis = from > 0 && lower(words[from]!) === 'of' && DOCUMENT_NOUNS.has(lower(words.at(-1)!)) && !DOCUMENT_NOUNS.has(lower(words[from + 1] ?? ''));
  if (basis) {
    words = words.slice(0, from);
    from = -1;
  }
  // "a review of the situation in Belarus by HRC Viasna": "by" names the author, whatever "of" says the document is about.
  const agent = words.findIndex(
    (w, i) =>
      w === 'by' && i > 1 && isCap(words[i + (/^the$/i.test(words[i + 1] ?? '') ? 2 : 1)] ?? '') && words.slice(0, i).some((x) => DOCUMENT_NOUNS.has(lower(x))),
  );
  let rule: SourceEntity['rule'];
  if (agent > 0) words = words.slice(agent + 1).filter((w, i) => i > 0 || !/^the$/i.test(w));
  else if (from > 0 && from < words.length - 1) {
    words = words.slice(from + 1).filter((w, i) => i > 0 || !/^(?:the|a|an)$/i.test(w));
    // ("figures from the Orsk Relief Office shared by the governor": the name ends before who passed the figures on.)
    const agentAt = (i: number) => (PASSING_PARTICLES.has(lower(words[i + 1] ?? '')) ? i + 2 : i + 1);
    // (The phrase read may stop before the particle: "… Office passed".)
    const passedOn = words.findIndex(
      (w, i) =>
        i > 0 &&
        isCap(words[i - 1]!) &&
        (lower(words[agentAt(i)] ?? '') === 'by' || i === words.length - 1) &&
        (/^\p{Ll}+ed$/u.test(w) || IRREGULAR_PARTICIPLES.has(w)),
    );
    if (passedOn > 0) words = words.slice(0, passedOn);
  } else {
    // "credible information the UN Human Rights Office has received": a relative clause without
    // "that" after the document; its subject, a name, is the author.
    const contact = words.findIndex(
      (w, i) =>
        i > 0 &&
        DOCUMENT_NOUNS.has(lower(words[i - 1]!)) &&
        !isCap(words[i - 1]!) &&
        (/^(?:the)$/i.test(w) ? isCap(words[i + 1] ?? '') : isCap(w) && !NOT_SOURCE_WORDS.has(lower(w))),
    );
    if (contact > 0) {
      words = words.slice(contact).filter((w, i) => i > 0 || !/^the$/i.test(w));
      // ("figures the Health Agency passed to the panel": the name ends where the clause's verb begins.)
      const connects = (i: number) =>
        ['of', 'for', 'and', 'the', 'on'].includes(lower(words[i]!)) &&
        (isCap(words[i + 1] ?? '') || (lower(words[i + 1] ?? '') === 'the' && isCap(words[i + 2] ?? '')));
      const verb = words.findIndex((w, i) => i > 0 && !isCap(w) && !connects(i));
      if (verb > 0) words = words.slice(0, verb);
      rule = 'contact-clause-author';
    }
  }

  // "JWB from police statements and court records": a name, then what it compiled its figures from.
  const compiledFrom = words.findIndex(
    (w, i) =>
      i > 0 &&
      w === 'from' &&
      words.slice(0, i).every((x) => isCap(x)) &&
      words.slice(i + 1).every((x) => !isCap(x)) &&
      words.slice(i + 1).some((x) => DOCUMENT_NOUNS.has(lower(x)) || EVIDENCE_NOUNS.has(lower(x))),
  );
  if (compiledFrom > 0) words = words.slice(0, compiledFrom);
  // "the latest UN estimates" -> "UN": a document named by its author alone.
  const head = lower(words[words.length - 1]!);
  // "a police post", "a border post": a place, not a document.
  // ("the State of Emergency Command Post said": capitalised, the name of a body.)
  if (head === 'post' && POST_PLACE_MODIFIERS.has(lower(words[words.length - 2] ?? '')) && !(isCap(words[words.length - 1]!) && words.length > 2)) return null;
  if ((DOCUMENT_NOUNS.has(head) || EVIDENCE_NOUNS.has(head)) && words.length > 1 && !(closesOnPressWord(words) && isCap(words[0]!)) && !closesBodyName(words)) {
    let k = 0;
    while (k < words.length - 1 && SOURCE_PREMODIFIERS.has(words[k]!.toLowerCase())) k++;
    let rest = words.slice(k, -1);
    // "the network's latest count": the author is the possessive, not the premodifiers after it.
    // ("the authorities' report": a plural's possessive too.)
    const owner = rest.findIndex((w) => /['’]s$|s['’]$/.test(w));
    // "the agency's confirmed figures": lower-case words after the possessive describe the document too.
    if (owner >= 0 && rest.slice(owner + 1).every((w) => SOURCE_PREMODIFIERS.has(w.toLowerCase()) || !isCap(w))) rest = rest.slice(0, owner + 1);
    rest = rest.map((w, i) => (i === rest.length - 1 ? w.replace(/['’]s$|(?<=s)['’]$/, '') : w));
    // ("Army records released in 2004 raised", "police records seen by the court": a state body's kept records are named as the records.)
    const keptRecords = RECORD_NOUNS.has(head) && rest.length >= 1 && rest.length <= 2 && STATE_BODY_OR_OFFICE(lower(rest[rest.length - 1]!));
    if (keptRecords) words = [...rest, words[words.length - 1]!];
    else if (rest.length && rest.some((w) => isCap(w))) words = rest;
    // "a leaked ministry document", "an internal police report", "the authorities' report": a body's noun before the document is its author.
    else if (rest.length && rest.length <= 2 && STATE_BODY_OR_OFFICE(lower(rest[rest.length - 1]!))) words = rest;
  }

  // "latest UN", "new Amnesty": a premodifier before a name is not part of it.
  let pre = 0;
  while (pre < words.length - 1 && !isCap(words[pre]!) && SOURCE_PREMODIFIERS.has(words[pre]!)) pre++;
  if (pre > 0 && isCap(words[pre]!)) words = words.slice(pre);

  const poss = possessiveCountry(words);
  if (poss) {
    country = poss.code;
    // "Sri Lanka's Daily Mirror": the name without its country; "Kazakhstan's interior ministry" keeps it.
    if (words.slice(poss.length).every((w) => isCap(w)) && words.length - poss.length >= 1 && !OFFICE_WORDS.has(lower(words[words.length - 1]!))) {
      words = words.slice(poss.length);
    }
  }

  // A capitalised first word may open a name ("Morning Herald", "WHO"), except a time or a connective.
  const first = lower(words[0]!);
  // ("the Friday prayer leader": a day naming what a person leads is part of their role.)
  const dayRole = words.length >= 3 && WEEKDAY_NAMES.includes(first as (typeof WEEKDAY_NAMES)[number]) && !!personNoun(lower(words[words.length - 1]!));
  if (
    !dayRole &&
    NOT_SOURCE_WORDS.has(first) &&
    (!isCap(words[0]!) || ALWAYS_NOT_SOURCE.has(first) || (words.length === 1 && !/^\p{Lu}{2,}$/u.test(words[0]!)))
  )
    return null;
  // "tracked casualties since December says": a month alone is a time, no one.
  if (words.length === 1 && MONTHS.has(first)) return null;
  // "most of them students": a share of people counted, no speaker.
  if (words.length > 2 && SHARE_LEADS.has(first) && lower(words[1]!) === 'of') return null;
  // Premodifiers alone ("latest", "official") are no source; but in "an official said" the role noun is the head.
  const roleAlone = words.length === 1 && ROLE_NOUNS.has(lower(words[0]!));
  if (!roleAlone && words.every((w) => (NOT_SOURCE_WORDS.has(lower(w)) || SOURCE_PREMODIFIERS.has(lower(w))) && !/^\p{Lu}{2,}$/u.test(w))) return null;
  // ("Charter 97", "Justicia 11J": a number may close a proper name; "a 19-year-old student": an age describes one person.)
  // ("the news site 9novosti": digits run into a word of letters, a brand's name, no count.)
  if (
    words.some((w) => /^\d/.test(w) && !AGE_MODIFIER.test(w) && !DIGITS_IN_NAME.test(w)) &&
    !words.some((w) => /^\p{Lu}{2,}/u.test(w)) &&
    !countedBodies(words.join(' ')) &&
    !isNumberedName(words.join(' '))
  )
    return null;
  const last = lower(words[words.length - 1]!);
  if (NOT_SOURCE_WORDS.has(last) && !isCap(words[words.length - 1]!)) return null;
  // A figure's own words are not a speaker: "injuries recorded", "the dead counted".
  // ("Association of Relatives of the Detained" is a name: capitalised, the cue ends it.)
  // ("Refugees said …", "Former detainees told …": people named by what befell them speak as a group.)
  const harmedPeople = personNoun(last)?.kind === 'person' && !!personNoun(last)?.plural;
  if (CATEGORY_CUES.has(last) && !GROUP_NOUNS.has(last) && !harmedPeople && !(isCap(words[words.length - 1]!) && words.length > 1 && isCap(words[0]!)))
    return null;
  // "Footage showed", "Photos posted online show": pictures with no author named state nothing of their own.
  if (words.some((w) => EVIDENCE_NOUNS.has(lower(w))) && words.every((w, i) => i === 0 || !isCap(w))) return null;
  // "The Harbour Road bombing", "the 2016 market attack": an event, not who reports it.
  // ("The Commission for Missing Persons and Victims of Violence": capitalised, a body's word makes it a name.)
  const bodyName = isCap(words[words.length - 1]!) && words.some((w) => isCap(w) && ORG_WORDS.has(lower(w)));
  if (EVENT_HEAD_NOUNS.has(last) && !bodyName && peopleDescribedFrom(words) === words.length) return null;
  // ("Protests in Colombia: 17 dead", "Clashes over the vote": an event and where or what it is about.)
  if (words.length > 2 && (EVENT_HEAD_NOUNS.has(first) || PROTEST_CONTEXT.has(first)) && ['in', 'over', 'at', 'against', 'across'].includes(lower(words[1]!)))
    return null;
  if (clauseFragment(words)) return null;
  // "No group", "none of the officials": a denied speaker; "least two": a quantity's fragment.
  if (NEGATING_DETERMINERS.has(first) || first === 'least') return null;
  // "Sahib District", "the village of Tarkint": a place, not a body (unless an office or outlet word names a body).
  const placeHead = PLACE_HEAD_NOUNS.has(last) || (words.length > 2 && PLACE_HEAD_NOUNS.has(first) && lower(words[1]!) === 'of');
  if (placeHead && !words.some((w) => ORG_WORDS.has(lower(w)) || OUTLET_WORDS.has(lower(w)) || OFFICE_WORDS.has(lower(w)) || ROLE_NOUNS.has(lower(w))))
    return null;
  // A verb fragment ends on a possessive or an article: "raised its", "published the".
  if (['its', 'their', 'his', 'her', 'the', 'a', 'an', 'to', 'of', 'and'].includes(last)) return null;
  // One lowercase word that is no noun of a source ("credible", "previously"); a noun of a
  // person ("the coroner", "the pathologist") is one.
  if (
    words.length === 1 &&
    !isCap(words[0]!) &&
    !onePerson(last) &&
    !GROUP_NOUNS.has(last) &&
    !OFFICE_WORDS.has(last) &&
    !ROLE_NOUNS.has(last) &&
    !OUTLET_WORDS.has(last) &&
    !ORG_WORDS.has(last)
  )
    return null;

  // "Early estimates suggest", "Tragically, …": an adjective or adverb opening the sentence is
  // capitalised, not a name ("The Independent", with its article, is one).
  // (Known nouns of sources are not looked up: the tagger loads only for a word no list holds.)
  const knownNoun = sourceHeadNoun(last);
  if (
    words.length === 1 &&
    isCap(words[0]!) &&
    !title &&
    !/^\s*the\s/i.test(raw) &&
    !/^\p{Lu}{2,}/u.test(words[0]!) &&
    !knownNoun &&
    MODIFIER_TAGS.has(tag(last)[0]?.pos ?? '')
  )
    return null;

  // "Road blockades reported in seven departments", "Heavy rains caused": a common noun that no
  // source has for its head, capitalised only as the sentence opens, names a thing, not a teller.
  if (
    words.length > 1 &&
    !title &&
    // (A name's own word is no common noun: "Al-Thawra hospital", "China's embassy", "F24 platform".)
    /^\p{Lu}\p{Ll}+$/u.test(words[0]!) &&
    words.slice(1).every((w) => /^\p{Ll}+$/u.test(w) && !NAME_INNER_PARTICLES.has(w)) &&
    !words.some((w) => sourceHeadNoun(lower(w)) || SCOPE_FACILITY_NOUNS.has(lower(w)) || SERVICE_FUNCTION_NOUNS.has(lower(w))) &&
    !singularsOf(last).some(sourceHeadNoun)
  )
    return null;

  // ("a surgeon who would not give her name for fear of dismissal said": the phrase read back from the
  // verb is the clause's cause, "fear of dismissal", "terms of anonymity": lower case, with a head
  // before "of" or "for" that names no source, it is no one.)
  // ("a nurse at one of the clinics": a head before an earlier preposition is the phrase's own.)
  const firstPreposition = words.findIndex((w, i) => i > 0 && ['of', 'for', 'at', 'from', 'in', 'with'].includes(w));
  const governed = firstPreposition > 0 && ['of', 'for'].includes(words[firstPreposition]!) ? firstPreposition : -1;
  if (governed > 0 && words.every((w) => !isCap(w)) && ![lower(words[governed - 1]!), ...singularsOf(lower(words[governed - 1]!))].some(sourceHeadNoun))
    return null;
  let role: string | null = title;
  // "Dr Lena Park of the Central Hospital", "Ali Karim from the health ministry": a person's
  // name, then where they work (a role, not part of the name).
  const of = words.findIndex((w, i) => i > 0 && ['of', 'from', 'at'].includes(w));
  let titled = 0;
  while (titled < of - 1 && isTitle(words[titled]!)) titled++;
  const named = words.slice(titled, of);
  if (
    of > 0 &&
    (named.length >= 2 || title || titled) &&
    of <= 4 &&
    looksLikePerson(named.join(' ')) &&
    !named.some((w) => ROLE_NOUNS.has(lower(w)) || TITLES.has(lower(w))) &&
    words.length > of + 1
  ) {
    role = [title, ...words.slice(0, titled), words.slice(of).join(' ')].filter(Boolean).join(' ');
    words = named;
  }
  const split = splitApposition(words);
  if (split) {
    role = split.role;
    words = split.name;
  }
  // (A person's staff are no body: "Dr Ali's staff".)
  const staff = title ? 0 : bodyOfStaff(words);
  if (staff) {
    role = words.slice(staff).join(' ');
    words = words.slice(0, staff).map((w, i) => (i === staff - 1 ? w.replace(/['’]s$/, '') : w));
  }
  // (A titled one-word name is a person's, whatever people it names: "Dr Danish" is of no country.)
  if (!country) for (const w of [...wordsOf(role ?? ''), ...(title && words.length === 1 ? [] : words)]) if ((country = countryOf(w))) break;

  const name = trimClosingStop(words.join(' '));
  // ("Dr Danish": after a title, a word that names a people or a place is a person's name.)
  if (!name || ((isBarePlace(name) || barePlaceList(name)) && !title)) return null;
  const entity: SourceEntity = { name, kind: staff ? 'organisation' : kindOf(name, role), role, country, alias };
  if (rule) entity.rule = rule;
  return entity;
}
