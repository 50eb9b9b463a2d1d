/**
 * Noun phrases that name who speaks: reading a subject to the left of a reporting verb,
 * an object to the right of "according to", and telling people from organisations.
 */
import {
  LEVEL_OBJECT_VERBS,
  LEVEL_TO_VERBS,
  ASIDE_ADVERBS,
  AFFILIATION_NOUNS,
  CONSTITUENCY_ROLE_WORDS,
  NAMING_WORDS,
  NUMBER_UNITS,
  PREMODIFIER_PARTICIPLES,
  OUTLET_DESCRIPTORS,
  AFFILIATION_PARTICIPLES,
  ABBREVIATED_TITLES,
  PERSON_NAME_PARTICLES,
  OPENING_CONJUNCTIONS,
  PLACE_HEAD_NOUNS,
  SCOPE_NAMED_AREAS,
  DAY_AND_MONTH_NAMES,
  DETERMINERS,
  DOCUMENT_NOUNS,
  PHRASE_CLOSING_TIMES,
  GENERIC_ORG_HEADS,
  GROUP_NOUNS,
  NAME_CONNECTORS_IN_CAPITALS,
  OPENING_TIME_WORDS,
  ADVERBIAL_TIME_NOUNS,
  LONE_OPENING_ADVERBS,
  MONTHS,
  FIGURE_NOUNS,
  ORG_WORDS,
  PRONOUNS,
  RECEPTION_PARTICIPLES,
  REPORTING_VERBS,
  ROLE_CONNECTORS,
  ROLE_PLACE_WORDS,
  ROLE_NOUNS,
  VAGUE_ROLE_NOUNS,
  SOURCE_PREMODIFIERS,
  STOP_LEFT,
  SUBJECT_VERB_ADVERBS,
  TIME_BOUND_PREPOSITIONS,
  TIME_OPENERS,
  TIME_WORDS,
  COMPANY_FORMS,
  SUBJECT_VERB_PHRASES,
  TITLES,
  WEEKDAYS,
  SPEECH_PARTICIPLES,
  VAGUE_SPEAKER_COUNTS,
  CATEGORY_CUES,
  OFFICE_WORDS,
  RECORD_NOUNS,
  STATE_BODY_NOUNS,
  NAME_INNER_PARTICLES,
  SCOPE_ORDINALS,
  SCOPE_CARE_FACILITY_NOUNS,
  TITLE_ARTICLES,
  SCOPE_COMPASS,
  BODY_MEMBER_NOUNS,
  SPEAKING_PARTICIPLES,
  CLAUSE_BREAKS_OF_SUBJECT,
  IRREGULAR_PARTICIPLES,
  PARTICIPLE_FOLLOWERS,
  HEARER_PRONOUNS,
  ADDRESSEE_VERBS,
  FIGURE_STANDING_VERBS,
  UNIT_AFTER,
  SPACED_DASHES,
} from './lexicon/index.js';

export { ORG_WORDS };
import { getGazetteer } from '../places/gazetteer.js';
import { tag } from './pos.js';
import { isSingularPerson, personNoun, severalPeople } from './person-nouns.js';
import { startsCapitalised, type Token } from './tokens.js';

export const isPronoun = (w: string) => PRONOUNS.has(w.toLowerCase());

/** Tokens that can stand inside a subject noun phrase. */
function inPhrase(t: Token): boolean {
  if (/^[\p{L}\d][\p{L}\p{M}\d.'’&-]*$/u.test(t.text)) return true;
  return t.text === '(' || t.text === ')' || t.text === '/' || t.text === "'" || t.text === '’' || t.text === '&';
}

/** The stop of an initial inside a name: "U.N.", "U.S." (a single capital letter before it, another after or before). */
function isInitialStop(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== '.') return false;
  // "Dr. Ali Hassan", "Gen. Tom Reyes": an abbreviated title before a name.
  if (ABBREVIATED_TITLES.has(tokens[k - 1]?.lower ?? '') && startsCapitalised(tokens[k + 1]?.text ?? '')) return true;
  if (!/^\p{Lu}$/u.test(tokens[k - 1]?.text ?? '')) return false;
  return /^\p{Lu}$/u.test(tokens[k + 1]?.text ?? '') || tokens[k - 2]?.text === '.';
}

/** Parts of a day or a week that "that", "this" or "the next" make a time between a subject and its verb. */
const SUBJECT_DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'day', 'week']);

/** How a subject was read when not as the plain phrase before its verb. */
export type SubjectRule = 'apposition-subject' | 'first-conjunct' | 'parenthetical-participle' | 'person-at-place';

export interface NamePhrase {
  text: string;
  start: number;
  end: number;
  /** Token range [from, to). */
  from: number;
  to: number;
  rule?: SubjectRule;
  /** The name stands in apposition to a body's description ("the province's prison agency, Sepra,"): a body's name. */
  body?: boolean;
}

/** Are tokens[k] the figures of an ordinal ("5th", "103rd": the tokenizer splits off the suffix, a word like any other)? */
const inOrdinal = (tokens: Token[], k: number) => /^\d+$/.test(tokens[k]!.text) && /^(?:st|nd|rd|th)$/.test(tokens[k + 1]?.text ?? '');

/** How many words a subject's relative clause of "who" may run before the verb ("who was at the depot that night"). */
const RELATIVE_CLAUSE_REACH = 12;

/** How many words back a role's head noun may stand from the comma before a name ("The head of the National Coast Agency office in Varna, …"). */
const ROLE_REACH = 16;

/** Does tokens[k] close a body's short name in brackets ("(CENTCOM)", or a word capitalised only at its start, "(Basmara)")? */
const closesShortName = (tokens: Token[], k: number) =>
  tokens[k]?.text === ')' && tokens[k - 2]?.text === '(' && /^\p{Lu}[\p{L}-]{1,15}$/u.test(tokens[k - 1]!.text);

/** Does a phrase ending at tokens[last] name a role ("the prime minister", "the governor of Lagos state")? */
function roleEndsAt(tokens: Token[], last: number, floor: number, titled = false): boolean {
  // ("The head of US Central Command (CENTCOM), Gen. Ana Ruiz, said": the body's acronym closes the role.)
  if (closesShortName(tokens, last)) last -= 3;
  for (let k = last; k >= floor && k > last - ROLE_REACH; k--) {
    // ("The head of the Coast Agency (NACA) office in Varna, …": a body's acronym inside the role.)
    if (closesShortName(tokens, k)) k -= 3;
    if (k < floor) return false;
    const t = tokens[k]!;
    // ("the Search and Rescue Agency": a conjunction inside a body's capitalised name.)
    if (t.lower === 'and' && startsCapitalised(tokens[k - 1]?.text ?? '') && startsCapitalised(tokens[k + 1]?.text ?? '')) continue;
    // ("Head of the Varno Doctors Syndicate, Elin Sova, said": capitalised only because it opens the sentence.)
    // (Any one person a noun names holds a role here: "The collector, Mara Veldt, said".)
    if ((/^\p{Ll}/u.test(t.text) || k === 0) && (ROLE_NOUNS.has(t.lower) || TITLES.has(t.lower) || isSingularPerson(t.lower))) return true;
    // ("The Assembly Member, Ama Owusu, said": a role in capitals after its article.)
    // ("The Public Defender, Ana Ruiz, said": any one person a noun names, so capitalised.)
    if ((ROLE_NOUNS.has(t.lower) || isSingularPerson(t.lower)) && capitalisedAfterArticle(tokens, k)) return true;
    // "A spokesman for the ministry, Ali Karim, said": the role may be governed ("of", "for", "at the").
    // ("The director of a public hospital in Hodan district, Dr Ana Sorell, says": an article and a place inside the role;
    // not "A hospital official in Orr, Kessel State, tells us", where a name after the place is its address;
    // a name after a title is a person's: "The police chief in Orr, Colonel Ivo Lasko, said".)
    if (t.lower === 'in' && /^\p{Lu}/u.test(tokens[last]!.text) && !titled) return false;
    // ("A spokesman for the army's 5th Brigade, …": an ordinal in a unit's name.)
    if (
      !(/^[\p{L}'’-]+$/u.test(t.text) || inOrdinal(tokens, k)) ||
      REPORTING_VERBS.has(t.lower) ||
      (STOP_LEFT.has(t.lower) && !ROLE_CONNECTORS.has(t.lower) && !ROLE_PLACE_WORDS.has(t.lower))
    )
      return false;
  }
  return false;
}

/**
 * Does the capitalised word at `k` close a run of capitals opened by an article ("The District
 * Commissioner") or a possessive ("Orvania's Ombudsman", "the country's Health Minister")?
 */
function capitalisedAfterArticle(tokens: Token[], k: number): boolean {
  const possessive = (t: Token | undefined) => !!t && /^\p{L}[\p{L}.-]*['’]s$/u.test(t.text);
  let j = k;
  while (j > 0 && j > k - 4 && /^\p{Lu}/u.test(tokens[j]!.text) && !['The', 'A', 'An'].includes(tokens[j]!.text) && !possessive(tokens[j])) j--;
  return (/^(?:the|a|an)$/i.test(tokens[j]?.text ?? '') || possessive(tokens[j])) && j < k;
}

/** A name's part a particle opens, joined to it by a hyphen: "al-Samei", "el-Amin". */
export function hyphenedParticlePart(word: string): boolean {
  const hyphened = /^(\p{Ll}+)-\p{Lu}/u.exec(word);
  return !!hyphened && PERSON_NAME_PARTICLES.has(hyphened[1]!);
}

/** A person's name: capitalised words (and particles), two to four of them. */
export function isNameRun(tokens: Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n < 2 || n > 4) return false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.text;
    if (/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w)) continue;
    // "Nabil al-Samei", "Ruud van Nistelrooy": a particle, hyphened to the next name word or standing between two.
    if (/^\p{Ll}+-\p{Lu}/u.test(w) ? hyphenedParticlePart(w) : k > from && k < to - 1 && PERSON_NAME_PARTICLES.has(w)) continue;
    return false;
  }
  return !looksLikeOrg(
    tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(' '),
  );
}

/**
 * "lawyer for the families", "relatives of the detained", "the mother of one victim": people named
 * by the victims they stand for (lower-case words: a person noun, "of" or "for", then the
 * victims). The kind they name, or null. The victims are no source themselves.
 */
export function standingFor(words: readonly string[]): 'person' | 'group' | null {
  if (words.length < 3 || !['of', 'for'].includes(words[1]!) || words.some((w, i) => i > 0 && /^\p{Lu}/u.test(w))) return null;
  const speaker = personNoun(words[0]!.toLowerCase());
  // ("families of those abducted at the checkpoint": the victims named by what befell them, then where or when.)
  const befell = words[2] === 'those' && CATEGORY_CUES.has(words[3] ?? '');
  const victims = befell ? words[3]! : words[words.length - 1]!;
  if (!speaker || STATE_BODY_NOUNS.has(victims) || OFFICE_WORDS.has(victims) || ORG_WORDS.has(victims)) return null;
  if (!(personNoun(victims) || CATEGORY_CUES.has(victims))) return null;
  return speaker.plural || speaker.kind === 'group' ? 'group' : 'person';
}

/** The most words a name given after "called" or "named" in an aside may hold ("called Voice of the Campus"). */
const GIVEN_NAME_WORDS = 8;

/**
 * The subject noun phrase that ends right before tokens[verb], skipping the time adverbs
 * and auxiliaries between ("the presidential office announced on Sunday" reads back from
 * "announced"), and an appositive or relative clause set off by commas.
 */
export function subjectBefore(tokens: Token[], verb: number, floor = 0): NamePhrase | null {
  let end = verb; // exclusive
  // ("Orsk Copper Mining Ltd. said": the full stop of a company's legal form closes no sentence.)
  if (tokens[end - 1]?.text === '.' && COMPANY_FORMS.has(tokens[end - 2]?.lower ?? '')) end--;
  // Auxiliaries/adverbs between subject and verb: "is reporting", "has also said".
  // Only a lowercase "now" is an adverb: "Myanmar Now reported" ends on a name.
  while (
    end - 1 >= floor &&
    // ("Her clinic alone had taken in 90": "alone" singles out the subject.)
    ['is', 'am', 'was', 'has', 'have', 'had', 'also', 'alone', 'officially', 'now', 'later', 'earlier', 'further', 'were', 'are', 'been'].includes(
      tokens[end - 1]!.text,
    )
  )
    end--;
  // "Amnesty yesterday said", "The ministry late on Monday said", "Police in a statement said": a
  // time or manner adverbial between subject and verb belongs to the verb.
  // ("had at the time put": a phrase of time between the auxiliary and the verb; its length, or 0.)
  const phraseEndingAt = (k: number) =>
    SUBJECT_VERB_PHRASES.find((p) => k - p.length > floor && p.every((x, i) => tokens[k - p.length + i]?.lower === x))?.length ?? 0;
  for (let k = end; k > floor;) {
    const w = (i: number) => tokens[i]?.lower ?? '';
    // (Lower case only: "Norvel Today reported" ends on a name.)
    if (SUBJECT_VERB_ADVERBS.has(w(k - 1)) && /^\p{Ll}/u.test(tokens[k - 1]!.text)) k--;
    else if (w(k - 1) === 'far' && w(k - 2) === 'so') k -= 2;
    else if (phraseEndingAt(k)) k -= phraseEndingAt(k);
    // "has so far confirmed": the auxiliary before the adverb.
    else if (k < end && ['has', 'have', 'had', 'is', 'are', 'was', 'were'].includes(w(k - 1))) k--;
    else if (WEEKDAYS.has(w(k - 1)) && w(k - 2) === 'on') k -= w(k - 3) === 'late' ? 3 : 2;
    // ("A post shared 40,000 times since Sunday claims": the day its sharing began, no speaker.)
    else if (WEEKDAYS.has(w(k - 1)) && w(k - 2) === 'since') k -= 2;
    else if (['week', 'night', 'month', 'year'].includes(w(k - 1)) && w(k - 2) === 'last') k -= 2;
    // ("The first army statement that evening spoke of 11 dead", "the agency the next day said").
    else if (SUBJECT_DAY_PARTS.has(w(k - 1)) && ['that', 'this'].includes(w(k - 2))) k -= 2;
    else if (SUBJECT_DAY_PARTS.has(w(k - 1)) && ['next', 'following', 'same'].includes(w(k - 2)) && ['the', 'that'].includes(w(k - 3))) k -= 3;
    // "The ministry has for the first time given a figure": an ordinal time between the auxiliary and the verb.
    else if (w(k - 1) === 'time' && w(k - 3) === 'the' && w(k - 4) === 'for' && (SCOPE_ORDINALS.has(w(k - 2)) || w(k - 2) === 'last')) k -= 4;
    else if (w(k - 1) === 'statement' && ['a', 'its', 'their'].includes(w(k - 2)) && w(k - 3) === 'in') k -= 3;
    else {
      // ("The Red Cross, which ran a triage tent, had at the time put": an aside's comma before the adverbial.)
      if (k < end && k > floor && (inPhrase(tokens[k - 1]!) || tokens[k - 1]!.text === ',')) end = k;
      break;
    }
  }
  // "A volunteer medic talking to journalists by the bridge said", "An officer speaking on condition of
  // anonymity said": a participle of speaking with its phrase, unpunctuated, describes the subject before it.
  for (let k = end - 2; k > floor && k >= end - 10; k--) {
    const w = tokens[k]!;
    if (w.text === ',' || CLAUSE_BREAKS_OF_SUBJECT.has(w.lower)) break;
    if (
      SPEAKING_PARTICIPLES.has(w.lower) &&
      ['to', 'on', 'with', 'at', 'from', 'in', 'after'].includes(tokens[k + 1]?.lower ?? '') &&
      /^\p{L}/u.test(tokens[k - 1]!.text)
    ) {
      end = k;
      break;
    }
  }
  // "A baker who was at the depot said", "Two guards who talked to us off the record said": a
  // relative clause of "who", unpunctuated, describes the person named before it. (Not one that names
  // them: "a medic who would be named only as Dr Sein said"; nor one inside an aside.)
  // ("Nurses and volunteers who have visited the camps and the villages believe": a clause in
  // the perfect may join its objects with "and".)
  const unpunctuated = /^\p{Ll}/u.test(tokens[end - 1]?.text ?? '');
  let joined = false;
  for (let k = end - 2; unpunctuated && k > floor && k >= end - RELATIVE_CLAUSE_REACH; k--) {
    const w = tokens[k]!;
    if (w.lower === 'and' && !joined) {
      joined = true;
      continue;
    }
    if (!/^\p{Ll}/u.test(w.text) || (CLAUSE_BREAKS_OF_SUBJECT.has(w.lower) && w.lower !== 'who')) break;
    if (w.lower === 'who' && joined && !['have', 'has', 'had'].includes(tokens[k + 1]?.lower ?? '')) break;
    if (w.lower === 'who' && (startsCapitalised(tokens[k - 1]!.text) || !!personNoun(tokens[k - 1]!.lower) || GROUP_NOUNS.has(tokens[k - 1]!.lower))) {
      end = k;
      break;
    }
  }
  // "…40 had died, it said": "it" right before the verb is its subject (elsewhere "it" ends a phrase).
  if (end - 1 >= floor && tokens[end - 1]!.text === 'it' && end < tokens.length)
    return { text: '', start: tokens[end - 1]!.start, end: tokens[end - 1]!.end, from: end - 1, to: end };
  // "Lena Okafor - a spokeswoman for the project - said", "Police — who had refused figures — said":
  // an aside between spaced dashes, read as one between commas is (its name in apposition aside).
  if (SPACED_DASHES.has(tokens[end - 1]?.text ?? '') && end - 2 >= floor && tokens[end - 1]!.start > tokens[end - 2]!.end) {
    let k = end - 2;
    while (k > floor && k > end - 30 && !(tokens[k]!.text === tokens[end - 1]!.text && tokens[k]!.start > tokens[k - 1]!.end)) k--;
    if (k > floor && k < end - 2 && tokens[k]!.text === tokens[end - 1]!.text) end = k;
  }
  // ", who is in charge of …," / ", a local welfare organization …," / ", citing X,": skip back to the comma before.
  if (tokens[end - 1]?.text === ',') {
    let k = end - 2;
    // (", citing security, humanitarian and local sources,": a comma inside a list of modifiers is no boundary.)
    while (k >= floor && (tokens[k]!.text !== ',' || sharedHeadList(tokens, k, end - 1)) && k > end - 30) k--;
    if (tokens[k]?.text === ',' && k > floor) {
      // ("A guard, who offered just his family name, Idris, said": a clause that gives a name sets the name
      // off with a comma of its own; the name closing it is who speaks.)
      const nameRun = end - 1 - (k + 1);
      const capitalised = tokens.slice(k + 1, end - 1).every((t) => /^\p{Lu}[\p{L}'’-]*$/u.test(t.text));
      if (nameRun >= 1 && nameRun <= 3 && capitalised && /^\p{Ll}/u.test(tokens[k - 1]?.text ?? '')) {
        let open = k - 1;
        while (open > floor && open > k - 12 && tokens[open]!.text !== ',') open--;
        if (tokens[open]?.text === ',' && tokens[open + 1]?.lower === 'who' && tokens.slice(open + 2, k).some((t) => NAMING_WORDS.has(t.lower)))
          return { text: '', start: tokens[k + 1]!.start, end: tokens[end - 2]!.end, from: k + 1, to: end - 1, rule: 'apposition-subject' };
      }
      // "Peru's prime minister, Alberto Otarola, said": a name in apposition to a role is who speaks.
      // "The governor of Lagos state, Babajide Sanwo-Olu, said": the role noun may head a longer phrase.
      // ("The army chief, Gen. Tom Reyes, said": titles, abbreviated or not, before the name are no part of it.)
      let first = k + 1;
      for (let n = 0; n < 3; n++) {
        if (ABBREVIATED_TITLES.has(tokens[first]?.lower ?? '') && tokens[first + 1]?.text === '.') first += 2;
        else if (TITLES.has(tokens[first]?.lower ?? '') && startsCapitalised(tokens[first]!.text) && end - 1 - first > 2) first++;
      }
      // "A commander, who gave his name only as Abu Karim, told AFP", "the commander, known by his nom
      // de guerre Sayf, said": the name closing an aside that gives a name is who speaks.
      const aside = tokens.slice(k + 1, end - 1);
      let givenAt = aside.length;
      // ("known as the Oficina del Pueblo": a particle inside the name.)
      const inName = (t: Token) => (startsCapitalised(t.text) && /^\p{L}/u.test(t.text)) || (NAME_INNER_PARTICLES.has(t.lower) && givenAt < aside.length);
      while (givenAt > 0 && aside.length - givenAt < 4 && inName(aside[givenAt - 1]!)) givenAt--;
      while (givenAt < aside.length && NAME_INNER_PARTICLES.has(aside[givenAt]!.lower)) givenAt++;
      // ("a network of student unions called Voice of the Campus": after "called" or "named", the whole
      // capitalised name to the aside's end, its small words inside it.)
      const naming = aside.findLastIndex((t) => t.lower === 'called' || t.lower === 'named');
      if (
        naming >= 0 &&
        naming + 1 < givenAt &&
        aside.length - naming - 1 <= GIVEN_NAME_WORDS &&
        startsCapitalised(aside[naming + 1]!.text) &&
        startsCapitalised(aside[aside.length - 1]!.text)
      )
        givenAt = naming + 1;
      // ("The Civic Defence League, known by its initials LDC, said": a body already named keeps its name.)
      const alreadyNamed = startsCapitalised(tokens[k - 1]?.text ?? '') && startsCapitalised(tokens[k - 2]?.text ?? '') && ORG_WORDS.has(tokens[k - 1]!.lower);
      if (
        givenAt > 1 &&
        givenAt < aside.length &&
        !alreadyNamed &&
        /^\p{Ll}/u.test(aside[givenAt - 1]!.text) &&
        aside.slice(0, givenAt).some((t) => NAMING_WORDS.has(t.lower))
      )
        return { text: '', start: aside[givenAt]!.start, end: aside[aside.length - 1]!.end, from: k + 1 + givenAt, to: end - 1, rule: 'apposition-subject' };
      // (A title before the name, or a name that reads as a person's and names no place, makes it a person's:
      // "The police chief in Orr, Ivo Lasko, said"; "A hospital official in Orr, Kessel State, said" gives an address.)
      const given = tokens.slice(first, end - 1);
      const givenPlace =
        PLACE_HEAD_NOUNS.has(given.at(-1)?.lower ?? '') ||
        SCOPE_NAMED_AREAS.has(given.at(-1)?.lower ?? '') ||
        getGazetteer().has(given.map((t) => t.text).join(' '));
      const personNamed = first > k + 1 || (!givenPlace && looksLikePerson(given.map((t) => t.text).join(' ')));
      if (isNameRun(tokens, first, end - 1) && roleEndsAt(tokens, k - 1, floor, personNamed)) {
        return { text: '', start: tokens[first]!.start, end: tokens[end - 2]!.end, from: first, to: end - 1, rule: 'apposition-subject' };
      }
      // "The UN refugee agency, UNHCR, said": an organisation's name in apposition to its description.
      // ("…, the Norvan Workers Federation, said": the name may keep its article.)
      // ("…, the daily Vell Courier, said": words describing an outlet between the article and the name.)
      let opened = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
      while (opened > k + 1 && opened < k + 4 && OUTLET_DESCRIPTORS.has(tokens[opened]?.text ?? '')) opened++;
      const nameFrom = opened > k + 1 && startsCapitalised(tokens[opened]?.text ?? '') ? opened : k + 1;
      // ("the Middle Belt Pastoralists' Union": a plural possessive's apostrophe inside the name.)
      // ("the Makran Rights Movement (MRM)": the acronym in brackets closing the name is no part of it.)
      const nameTo = tokens[end - 2]?.text === ')' && tokens[end - 4]?.text === '(' && /^\p{Lu}{2,}$/u.test(tokens[end - 3]?.text ?? '') ? end - 4 : end - 1;
      const named =
        nameTo - nameFrom <= 7 &&
        tokens
          .slice(nameFrom, nameTo)
          // ("the Centro Andino de Memoria": a particle inside a name in another language.)
          .every((t) => startsCapitalised(t.text) || ['of', 'for', 'and'].includes(t.text) || NAME_INNER_PARTICLES.has(t.text) || /^['’]s?$/.test(t.text));
      // ("The UN humanitarian office, OCHA, said": a lower-case organisation word heads the description too.)
      // ("their employer, the daily Vell Courier, said": who someone belongs to, named in apposition.)
      const bodyHead = (j: number) =>
        GENERIC_ORG_HEADS.has(tokens[j]?.lower ?? '') ||
        ((ORG_WORDS.has(tokens[j]?.lower ?? '') || AFFILIATION_NOUNS.has(tokens[j]?.lower ?? '')) && /^\p{Ll}/u.test(tokens[j]?.text ?? ''));
      // ("A coalition of medical associations, the Emergency Medics Alliance, said": the head before an "of" complement.)
      let ofAt = k - 2;
      while (ofAt > floor && ofAt > k - 6 && tokens[ofAt]!.lower !== 'of' && /^\p{Ll}/u.test(tokens[ofAt]!.text)) ofAt--;
      // ("The organisers of the sit-in, the Makran Rights Movement, say": people a body is, described before its name.)
      const groupHead = (j: number) => GROUP_NOUNS.has(tokens[j]?.lower ?? '') && /^\p{Ll}/u.test(tokens[j]?.text ?? '');
      const nameText = () =>
        tokens
          .slice(nameFrom, nameTo)
          .map((t) => t.text)
          .join(' ');
      // ("The network he leads, the Delta Rights Forum, says": a body described by a clause on it with no pronoun of its own.)
      const contactClause = ['he', 'she', 'they', 'we', 'i'].includes(tokens[k - 2]?.lower ?? '') && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[k - 1]?.text ?? '');
      const described =
        bodyHead(k - 1) ||
        (contactClause && (bodyHead(k - 3) || groupHead(k - 3))) ||
        (tokens[ofAt]?.lower === 'of' && ofAt < k - 1 && /^\p{Ll}/u.test(tokens[ofAt - 1]?.text ?? '') && bodyHead(ofAt - 1)) ||
        ((groupHead(k - 1) || (tokens[ofAt]?.lower === 'of' && ofAt < k - 1 && groupHead(ofAt - 1))) && looksLikeOrg(nameText()));
      if (nameTo > nameFrom && named && described) {
        return { text: '', start: tokens[nameFrom]!.start, end: tokens[nameTo - 1]!.end, from: nameFrom, to: nameTo, rule: 'apposition-subject', body: true };
      }
      const inner = tokens[k + 1]?.lower ?? '';
      // "A hospital official in Orr, Kessel State, tells us": a place's address set off after it.
      const address = tokens.slice(k + 1, end - 1);
      if (
        address.length >= 1 &&
        address.length <= 3 &&
        address.every((t) => startsCapitalised(t.text)) &&
        startsCapitalised(tokens[k - 1]?.text ?? '') &&
        ['in', 'at'].includes(tokens[k - 2]?.lower ?? '') &&
        (PLACE_HEAD_NOUNS.has(address[address.length - 1]!.lower) ||
          SCOPE_NAMED_AREAS.has(address[address.length - 1]!.lower) ||
          getGazetteer().has(address.map((t) => t.text).join(' ')))
      )
        end = k;
      // "Zaw Min Tun, speaking for the junta, told …", "Bachchu Mia, head of the police post, told …":
      // an apposition set off by commas after a name ("The ministry, for its part, said": an aside).
      const afterName = startsCapitalised(tokens[k - 1]?.text ?? '') || tokens[k - 1]?.text === ')';
      // ("Omar Bayat, Kessel's civil defence chief, said": a possessive scope opening the role.)
      const innerLower =
        /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') || (/^\p{Lu}\p{L}*['’]s$/u.test(tokens[k + 1]?.text ?? '') && /^\p{Ll}/u.test(tokens[k + 2]?.text ?? ''));
      // "The official, a zone administrator who spoke on condition of anonymity, said": a vague definite
      // role, described by an indefinite one set off after it, is that one (no one named before).
      // ("One contact, a nurse, said": one of them, as vague.)
      if (
        (inner === 'a' || inner === 'an') &&
        k - 2 === floor &&
        ['the', 'another', 'one'].includes(tokens[k - 2]!.lower) &&
        VAGUE_ROLE_NOUNS.has(tokens[k - 1]!.lower)
      ) {
        let j = k + 2;
        while (j < end - 1 && /^\p{Ll}/u.test(tokens[j]!.text) && !['who', 'which', 'that'].includes(tokens[j]!.lower)) j++;
        const head = tokens[j - 1]!.lower;
        const noun = personNoun(head);
        if (j > k + 2 && (ROLE_NOUNS.has(head) || (noun?.kind === 'person' && !noun.plural)))
          return { text: '', start: tokens[k + 2]!.start, end: tokens[j - 1]!.end, from: k + 2, to: j, rule: 'apposition-subject' };
      }
      if (
        [
          'who',
          'which',
          'a',
          'an',
          'the',
          'citing',
          'quoting',
          'according',
          'one',
          'its',
          'whose',
          'in',
          'on',
          'during',
          'after',
          'as',
          'for',
          'known',
        ].includes(inner) ||
        // "The national disaster authority, however, put the toll at 112": a one-word aside.
        (ASIDE_ADVERBS.has(inner) && k + 2 === end - 1) ||
        // "The governor of Velt province, east of the capital, said": where the subject lies, set off.
        (SCOPE_COMPASS.has(inner.replace(/-/g, '')) && tokens[k + 2]?.lower === 'of') ||
        (afterName && innerLower) ||
        // "Ana Ruiz, 34, said": an age set off after a name.
        (afterName && k + 2 === end - 1 && /^\d{1,3}$/.test(inner)) ||
        // ("Doctors in Orr, 90 km to the north, said": a distance set off after where they are.)
        ((/^\d[\d,.]*$/.test(inner) || inner in NUMBER_UNITS) && UNIT_AFTER.has(tokens[k + 2]?.lower ?? ''))
      ) {
        end = k;
        // "Amnesty, which on Thursday had reported two deaths, a civilian and a police officer, said":
        // an apposition closing a relative clause set off after a name; the clause goes too.
        for (let j = k - 1; j > floor && j > k - 30 && tokens[j]!.text !== '.'; j--) {
          if (tokens[j]!.text !== ',') continue;
          if (['which', 'who', 'whose'].includes(tokens[j + 1]?.lower ?? '') && startsCapitalised(tokens[j - 1]?.text ?? '')) end = j;
          break;
        }
        // "Ana Ruiz, 61, the interior minister, said": an age set off before the apposition too.
        if (/^\d{1,3}$/.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',' && startsCapitalised(tokens[k - 3]?.text ?? '')) end = k - 2;
      } else if (/^\p{Ll}+(?:ing|ed)$/u.test(tokens[k + 1]?.text ?? '') || IRREGULAR_PARTICIPLES.has(tokens[k + 1]?.text ?? '')) {
        // "An official, speaking on condition of anonymity, said": a participle's phrase set off
        // by commas describes the subject before it, whatever that subject is.
        const subject = subjectBefore(tokens, k, floor);
        return subject && { ...subject, rule: subject.rule ?? 'parenthetical-participle' };
      }
    }
  }
  let start = end;
  let depth = 0;
  while (start - 1 >= floor) {
    const t = tokens[start - 1]!;
    if (t.text === ')') depth++;
    else if (t.text === '(') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      // "The 48-page report said": a number joined by a hyphen to a noun is one modifier (a measure), not a boundary.
      if (
        t.text === '-' &&
        start < end &&
        t.end === tokens[start]!.start &&
        /^\d+$/.test(tokens[start - 2]?.text ?? '') &&
        tokens[start - 2]!.end === t.start
      ) {
        start -= 2;
        continue;
      }
      if (!inPhrase(t) && !isInitialStop(tokens, start - 1)) break;
      // "'… arrested,' Mira Toval said": a single mark after a comma or a stop closes a quote.
      if ((t.text === "'" || t.text === '’') && /^[,.!?]$/.test(tokens[start - 2]?.text ?? '')) break;
      // "Doctors Without Borders said its teams treated …": a speech verb ends the subject of the verb after it.
      if (start < end && ['said', 'says', 'told'].includes(t.text)) break;
      // ("Ana Ruiz told reporters the observatory had recorded …": the hearer of "told" is no part of the subject after it.)
      if (start < end && ['told', 'tells'].includes(tokens[start - 2]?.lower ?? '') && /^\p{Ll}+$/u.test(t.text) && DETERMINERS.has(tokens[start]!.lower))
        break;
      // "Association for Political Prisoners": a connector between capitalised words is inside a name.
      // "Office for the Coordination of …": "the" after the connector too.
      const nameAfter = (k: number) => startsCapitalised(tokens[k]?.text ?? '') || (tokens[k]?.text === 'the' && startsCapitalised(tokens[k + 1]?.text ?? ''));
      // ("Commission on Human Rights": "on" too, but not "Police on Monday".)
      const inName =
        ((['for', 'of', 'and'].includes(t.text) ||
          NAME_INNER_PARTICLES.has(t.text) ||
          (t.text === 'on' && !DAY_AND_MONTH_NAMES.has(tokens[start]?.lower ?? ''))) &&
          nameAfter(start) &&
          startsCapitalised(tokens[start - 2]?.text ?? '')) ||
        (t.text === 'the' &&
          ['for', 'of'].includes(tokens[start - 2]?.text ?? '') &&
          startsCapitalised(tokens[start]?.text ?? '') &&
          startsCapitalised(tokens[start - 3]?.text ?? ''));
      // "Officials close to the inquiry said", "sources familiar with the talks said": the phrase goes on.
      // ("deputy governor-general for security affairs said": a role's complement too.)
      const roleWord = (w: string) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.split('-')[0]!);
      const governed =
        (t.text === 'to' && tokens[start - 2]?.lower === 'close') ||
        // ("a doctors' committee linked to the protest movement said", "a monitor affiliated with the opposition".)
        (['to', 'with'].includes(t.text) && AFFILIATION_PARTICIPLES.has(tokens[start - 2]?.lower ?? '')) ||
        (t.text === 'with' && tokens[start - 2]?.lower === 'familiar') ||
        // ("People with knowledge of the matter said": what the speakers have describes them.)
        (t.text === 'with' &&
          severalPeople(tokens[start - 2]?.lower ?? '') &&
          /^\p{Ll}+$/u.test(tokens[start]?.text ?? '') &&
          !DETERMINERS.has(tokens[start]!.lower)) ||
        // ("Lawyers with access to the jail said", "officers with ties to the militia": the complement of what they have.)
        (['to', 'of'].includes(t.text) &&
          tokens[start - 3]?.lower === 'with' &&
          /^\p{Ll}+$/u.test(tokens[start - 2]?.text ?? '') &&
          severalPeople(tokens[start - 4]?.lower ?? '')) ||
        // ("Witnesses to the ambush said", "the survivors of the raid told": people opening the subject, described by what they saw.)
        (['to', 'of'].includes(t.text) &&
          (start - 2 === floor || DETERMINERS.has(tokens[start - 3]?.lower ?? '')) &&
          severalPeople(tokens[start - 2]?.lower ?? '')) ||
        // ("A member of parliament for Karsk said": a legislator's seat is part of who he is.)
        (t.text === 'for' && CONSTITUENCY_ROLE_WORDS.has(tokens[start - 2]?.lower ?? '')) ||
        ((t.text === 'for' || t.text === 'of') &&
          roleWord(tokens[start - 2]?.lower ?? '') &&
          /^\p{Ll}/u.test(tokens[start]?.text ?? '') &&
          !DETERMINERS.has(tokens[start]!.lower)) ||
        // ("A lawyer for the families said", "Relatives of the detained said": who they stand for.)
        ((t.text === 'for' || t.text === 'of') &&
          start - 2 >= floor &&
          standingFor([tokens[start - 2]!.text, t.text, ...tokens.slice(start, end).map((w) => w.text)]) !== null);
      if (
        STOP_LEFT.has(t.text) &&
        !inName &&
        !governed &&
        !(t.lower === 'and' && start < end && /^\p{Ll}/u.test(tokens[start]!.text) && start - 2 >= floor && /^\p{L}/u.test(tokens[start - 2]!.text))
      )
        break;
      // "date 2021-05-07 The country's Search Unit …": a capitalised article opens the phrase; what is before it is page chrome.
      if ((t.text === 'The' || t.text === 'A' || t.text === 'An') && start < end) {
        start--;
        break;
      }
      // "Later in the day the defence minister said": a lower-case "the" right after a noun (no
      // connector between) opens a phrase of its own; the noun before ends a time adverbial.
      // ("the figure the government has acknowledged": a count's noun before it opens a contact clause.)
      if (t.text === 'the' && start < end && FIGURE_NOUNS.has(tokens[start - 2]?.text ?? '')) {
        start--;
        break;
      }
      if (
        t.text === 'the' &&
        start < end &&
        /^\p{Ll}+$/u.test(tokens[start - 2]?.text ?? '') &&
        OPENING_TIME_WORDS.has(tokens[start - 2]!.lower) &&
        !DETERMINERS.has(tokens[start - 2]!.lower) &&
        !ROLE_CONNECTORS.has(tokens[start - 2]!.lower) &&
        !['on', 'in'].includes(tokens[start - 2]!.lower)
      ) {
        start--;
        break;
      }
    }
    start--;
    if (end - start > 14) break;
  }
  // "A UN report seen by AFP on Monday says": the agent of a participle that modifies the subject
  // relays it; the subject is the phrase the participle modifies.
  // ("Residents reached by phone said": any participle's phrase after people describes them; after a
  // document, "Figures published by the ministry", its agent is the author.)
  const participle = tokens[start - 2]?.text ?? '';
  const described = /^\p{Ll}{3,}(?:ed|en)$/u.test(participle) && personNoun(tokens[start - 3]?.lower ?? '') !== null;
  if (tokens[start - 1]?.lower === 'by' && (RECEPTION_PARTICIPLES.has(participle) || described) && start - 2 > floor) {
    const modified = subjectBefore(tokens, start - 2, floor);
    if (modified) return modified;
  }
  // "A doctor at the Central Teaching Hospital said", "a woman in Shiraz told …": one person described
  // by where they are; the place tells which person, and is no speaker by itself.
  // "Doctors at the general hospital said": people of a facility of care, named with all of it.
  const staff = peopleAtFacility(tokens, start, floor, end);
  if (staff < start) return { text: '', start: tokens[staff]!.start, end: tokens[end - 1]!.end, from: staff, to: end, rule: 'person-at-place' };
  const placed = personBeforePlace(tokens, start, floor);
  if (placed < start) {
    // (A role of a named place ends at that name: "in Tarsk province" is the place's address.)
    const to = startsCapitalised(tokens[start - 2]!.text) ? start - 1 : end;
    return { text: '', start: tokens[placed]!.start, end: tokens[to - 1]!.end, from: placed, to, rule: 'person-at-place' };
  }
  // ("4.2 In March the ministry said": a section's number may open the sentence before all of these; see itemMarkerLength.)
  const lead = start === 0 ? itemMarkerLength(tokens, 0, end) : 0;
  start += lead;
  // "On Tuesday the network said", "Last week police said": a time adverbial opening the
  // sentence without a comma is no part of the subject.
  const time = timeOpening(tokens, start, end);
  if (time > start) start = time;
  // "In March the interior minister said", "In a speech the minister said", "At the briefing the
  // ministry said": a phrase a preposition opens the sentence with, no comma after it, ends where
  // the subject's own article starts.
  if (start === lead && OPENING_PREPOSITIONS.has(tokens[start]!.text)) {
    for (let k = lead + 2; k < end - 1; k++) {
      if (tokens[k]!.text !== 'the' || DETERMINERS.has(tokens[k - 1]!.lower)) continue;
      start = k;
      break;
    }
  }
  // ("A nurse told us families had reported 14 missing": the one told, a pronoun that is only an object, is no part of the subject after it.)
  if (start < end - 1 && HEARER_PRONOUNS.has(tokens[start]!.lower) && ADDRESSEE_VERBS.has(tokens[start - 1]?.lower ?? '')) start++;
  // "As Velmar Watch reported, …": a reporting frame opening the sentence, "As" capitalised.
  if (start === lead && start < end - 1 && tokens[start]!.text === 'As') start++;
  // "But the network said …", "And police said …": a conjunction opening the sentence links it to the one before.
  if (start === lead && start < end - 1 && OPENING_CONJUNCTIONS.has(tokens[start]!.text)) start++;
  // "3.2 Commissioner Ana Ruiz told", "(b) The ministry said": a section's or an item's number opening the line is no part of the subject.
  start += itemMarkerLength(tokens, start, end);
  // Keep one leading "the": it marks a phrase that may refer back ("the sources said").
  while (start < end - 1 && ((DETERMINERS.has(tokens[start]!.lower) && DETERMINERS.has(tokens[start + 1]!.lower)) || tokens[start]!.text === ')')) start++;
  if (start >= end || (start === end - 1 && DETERMINERS.has(tokens[start]!.lower))) return null;
  // "the Search Unit and 26 other rights groups informed …": the counted conjunct is company; the first one speaks.
  if (tokens[start - 1]?.lower === 'and' && /^\d/.test(tokens[start]!.text) && ['other', 'more'].includes(tokens[start + 1]?.lower ?? '')) {
    const first = subjectBefore(tokens, start - 1, floor);
    if (
      first &&
      /\p{Lu}/u.test(
        tokens
          .slice(first.from, first.to)
          .map((t) => t.text)
          .join(' '),
      )
    )
      return { ...first, rule: 'first-conjunct' };
  }
  return { text: '', start: tokens[start]!.start, end: tokens[end - 1]!.end, from: start, to: end };
}

/** ("SSP Arjun Malhotra", "DCP Lena Varga": a rank's initials, two to four capitals, before a person's name are a title.) */
export const rankBeforeName = (initials: string, name: string): boolean => /^\p{Lu}{2,4}$/u.test(initials) && looksLikePerson(name);

/** How many tokens at `start` number a section ("2.1", "3.4.2") or an item ("(b)", "(iv)") before a capitalised word; else 0. */
function itemMarkerLength(tokens: Token[], start: number, end: number): number {
  const at = (k: number) => tokens[k]?.text ?? '';
  if (/^\d+(?:\.\d+)+\.?$/.test(at(start)) && start + 1 < end && startsCapitalised(at(start + 1))) return 1;
  const apart = start === 0 || tokens[start - 1]!.end < tokens[start]!.start;
  if (
    apart &&
    at(start) === '(' &&
    /^(?:[a-z]|[ivx]+|\d{1,2})$/.test(at(start + 1)) &&
    at(start + 2) === ')' &&
    start + 3 < end &&
    startsCapitalised(at(start + 3))
  )
    return 3;
  return 0;
}

/**
 * Where "a doctor at", "an official in", "one resident of" starts, when the phrase at `start` is
 * the place such a singular person noun is placed by; else `start`.
 */
function personBeforePlace(tokens: Token[], start: number, floor: number): number {
  const prep = tokens[start - 1]?.lower;
  if (prep !== 'at' && prep !== 'in') return start;
  // "The acting governor of Velmo in Tarsk province": a role of one named place, placed further.
  let name = start - 2;
  while (name > floor && startsCapitalised(tokens[name]!.text) && start - 2 - name < 3) name--;
  if (name < start - 2 && tokens[name]?.lower === 'of' && ROLE_NOUNS.has(tokens[name - 1]?.lower ?? '')) {
    for (let k = name - 2; k >= floor && k >= name - 4; k--) {
      if (DETERMINERS.has(tokens[k]!.lower)) return k;
      if (!/^\p{Ll}+(?:-\p{Ll}+)?$/u.test(tokens[k]!.text)) break;
    }
  }
  const noun = tokens[start - 2];
  const n = noun && /^\p{Ll}+$/u.test(noun.text) ? personNoun(noun.lower) : null;
  // ("A diplomatic source in Geneva told …": a singular role noun WordNet files under another sense first.)
  const role = !n && noun !== undefined && ROLE_NOUNS.has(noun.text) && !noun.text.endsWith('s');
  if (!role && (!n || n.kind !== 'person' || n.plural)) return start;
  // The noun's own article, perhaps past one modifier ("a hospital official at", "a senior doctor in").
  for (let k = start - 3; k >= floor && k >= start - 4; k--) {
    if (['a', 'an', 'one'].includes(tokens[k]!.lower)) return k;
    if (!/^\p{Ll}+$/u.test(tokens[k]!.text)) break;
  }
  return start;
}

/**
 * "Doctors at the general hospital said", "Staff at a public hospital in El Alto said": people of a
 * facility of care, named with it (the facility tells which people). Where their noun starts, else `start`.
 */
function peopleAtFacility(tokens: Token[], start: number, floor: number, end: number): number {
  for (let k = start - 1; k > floor && k >= start - 8; k--) {
    const w = tokens[k]!.lower;
    if (w === ',' || w === ';') return start;
    if (w !== 'at' && w !== 'in') continue;
    const noun = tokens[k - 1]!.lower;
    const n = personNoun(noun);
    if (!((n?.kind === 'person' && n.plural) || noun === 'staff') || CATEGORY_CUES.has(noun)) continue;
    // The facility is the phrase's own, before any place that addresses it ("… hospital in El Alto").
    const phrase = tokens.slice(k + 1, end).map((t) => t.lower);
    if (!phrase.some((x) => SCOPE_CARE_FACILITY_NOUNS.has(x))) continue;
    // With a modifier of their own after an article or at the sentence's start ("Medical staff at …").
    const modifier = k - 2 >= floor && /^\p{L}+$/u.test(tokens[k - 2]!.text) && (k - 2 === floor || DETERMINERS.has(tokens[k - 3]?.lower ?? ''));
    return modifier && !DETERMINERS.has(tokens[k - 2]!.lower) ? k - 2 : k - 1;
  }
  return start;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** Prepositions that open a sentence's scene-setting phrase, capitalised as its first word. */
const OPENING_PREPOSITIONS = new Set(['In', 'At', 'On', 'During', 'After', 'Before', 'Since', 'Until', 'Throughout', 'Following']);

/** Where the subject starts after a time adverbial that opens it ("On Tuesday", "Last week", "Earlier this month"), else `start`. */
function timeOpening(tokens: Token[], start: number, end: number): number {
  // "18:00 Rights group Orrin Watch says": a live blog's clock time, the reading back stopped at its colon.
  if (/^\d{2}$/.test(tokens[start]?.text ?? '') && tokens[start - 1]?.text === ':' && /^\d{1,2}$/.test(tokens[start - 2]?.text ?? '') && start + 1 < end)
    return start + 1;
  // "Late on Tuesday the ministry said": the reading back stopped at "on", leaving the day.
  // ("although by 4 May the bureau was reporting": or a date's day and month after "by", "since" or "until".)
  const dateOpens =
    DAY_AND_MONTH_NAMES.has(tokens[start]?.lower ?? '') || (/^\d{1,2}$/.test(tokens[start]?.text ?? '') && MONTHS.has(tokens[start + 1]?.lower ?? ''));
  const dayAfterPreposition = dateOpens && ['on', 'in', 'by', 'since', 'until'].includes(tokens[start - 1]?.lower ?? '');
  if (!TIME_OPENERS.has(tokens[start]?.lower ?? '') && !dayAfterPreposition) return start;
  // ("By Monday evening police said": a preposition of a time's bound opens it.)
  let k = TIME_BOUND_PREPOSITIONS.has(tokens[start]!.lower) ? start + 1 : start;
  while (
    k < end - 1 &&
    (OPENING_TIME_WORDS.has(tokens[k]!.lower) || /^\d{1,4}$/.test(tokens[k]!.text)) &&
    !(tokens[k]!.lower === 'the' && !OPENING_TIME_WORDS.has(tokens[k + 1]!.lower))
  )
    k++;
  // ("Later the police said", "Earlier a spokesman said": a lone adverb of time opening the sentence, an article after it.
  // A capital after it may read as one name with the adverb first, "Earlier Amnesty", which this does not mend.)
  if (
    k === start + 1 &&
    start === 0 &&
    LONE_OPENING_ADVERBS.has(tokens[0]!.lower) &&
    k < end - 1 &&
    (ARTICLES.has(tokens[1]!.lower) || /^\p{Lu}/u.test(tokens[1]!.text))
  )
    return k;
  // Something must remain, and the adverbial must hold a time word beyond its opener.
  if (k === start || k >= end || !tokens.slice(start, k).some((t) => DAY_AND_MONTH_NAMES.has(t.lower) || ADVERBIAL_TIME_NOUNS.has(t.lower))) return start;
  return k;
}

/** The noun phrase right after tokens[from] ("according to X", "said X", "citing X"). */
/**
 * Is the comma at `k` inside a list of modifiers that share one head ("citing security,
 * humanitarian and local sources")? After it, lower-case words with an "and" or "or" among them,
 * two or more after that, up to the next comma or the end.
 */
function sharedHeadList(tokens: Token[], k: number, ceiling: number): boolean {
  if (!/^\p{Ll}+$/u.test(tokens[k - 1]?.text ?? '')) return false;
  let j = k + 1;
  let and = -1;
  while (j < ceiling && j < k + 8 && /^\p{Ll}+(?:-\p{Ll}+)?$/u.test(tokens[j]!.text)) {
    if (and < 0 && (tokens[j]!.lower === 'and' || tokens[j]!.lower === 'or')) and = j;
    j++;
  }
  return and > k + 1 && j - and >= 2 && (j >= ceiling || tokens[j]!.text === ',');
}

export function phraseAfter(tokens: Token[], from: number, ceiling = tokens.length, untilComma = false): NamePhrase | null {
  let start = from;
  if (untilComma) {
    // "citing the network linked to the Iranian opposition …, the NCRI is reporting": the whole phrase.
    let end = start;
    let depth = 0;
    while (end < ceiling && end - start < 24) {
      const t = tokens[end]!;
      if (t.text === '(') depth++;
      if (t.text === ')') depth--;
      if (depth <= 0 && t.text === ',' && sharedHeadList(tokens, end, ceiling)) {
        end++;
        continue;
      }
      if (depth <= 0 && (t.text === ',' || t.text === '.' || t.text === ';' || t.lower === 'that')) break;
      end++;
    }
    while (start < end && DETERMINERS.has(tokens[start]!.lower)) start++;
    return end > start ? { text: '', start: tokens[start]!.start, end: tokens[end - 1]!.end, from: start, to: end } : null;
  }
  while (start < ceiling && DETERMINERS.has(tokens[start]!.lower)) start++;
  let end = start;
  let depth = 0;
  while (end < ceiling) {
    const t = tokens[end]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      if (!inPhrase(t) && !isInitialStop(tokens, end)) break;
      // "International Organization for Migration": a connector inside a capitalised name.
      // ("UN Office for the Coordination of Humanitarian Affairs", "Ministry of the Interior": past "the".)
      const named = tokens[end + 1]?.lower === 'the' && ['for', 'of'].includes(t.lower) ? end + 2 : end + 1;
      const inName =
        ['for', 'of', 'on', 'de', 'in'].includes(t.lower) &&
        startsCapitalised(tokens[end - 1]!.text) &&
        startsCapitalised(tokens[named]?.text ?? '') &&
        !DAY_AND_MONTH_NAMES.has(tokens[named]!.lower);
      // "sources familiar with the matter", "officials close to the inquiry": the phrase goes on.
      const governed = (t.lower === 'with' && tokens[end - 1]?.lower === 'familiar') || (t.lower === 'to' && tokens[end - 1]?.lower === 'close');
      if (
        end > start &&
        !inName &&
        !governed &&
        [
          'that',
          'which',
          'who',
          'on',
          'in',
          'at',
          'late',
          'last',
          'said',
          'says',
          'as',
          'to',
          'after',
          'when',
          'while',
          'for',
          'with',
          'during',
          'was',
          'were',
          'is',
          'are',
          'had',
          'has',
        ].includes(t.lower)
      )
        break;
      // ("the toll given by the city rose to 50": a verb that moves a count ends its agent's phrase.)
      // ("the number of dead given by the army stood at 40": so does one that says where a count stands.)
      const standsAt = FIGURE_STANDING_VERBS.has(t.lower) && tokens[end + 1]?.lower === 'at';
      if (end > start && /^\p{Ll}/u.test(t.text) && (LEVEL_TO_VERBS.has(t.lower) || LEVEL_OBJECT_VERBS.has(t.lower) || standsAt)) break;
      // ("by the news site Vell Today": a capitalised "Today" after a name closes the name, as "Myanmar Now" does.)
      const nameEnd = t.text === 'Today' && startsCapitalised(tokens[end - 1]!.text);
      if (end > start && TIME_WORDS.has(t.lower) && (WEEKDAYS.has(t.lower) || t.lower === 'today' || t.lower === 'yesterday') && !nameEnd) break;
      // ("reported by the agency overnight": a time adverb in lower case after the name closes it.)
      if (end > start && PHRASE_CLOSING_TIMES.has(t.text)) break;
      // "a doctors' committee aligned with the opposition": an affiliation describes the body, named before it.
      if (end > start && AFFILIATION_PARTICIPLES.has(t.lower) && ['with', 'to'].includes(tokens[end + 1]?.lower ?? '')) break;
      // ("figures compiled by the city government from compensation claims": where a body drew its figures from
      // is no part of its name; people "from the ministry" are, and so are "figures from official sources".)
      if (end > start && t.lower === 'from' && !namedByOrigin(tokens[end - 1]!.lower) && fromWhatIsLowerCase(tokens, end + 1)) break;
      // ("data compiled by the coast guard and passed to the ministry": a second participle after "and" goes on about the data.)
      if (end > start && t.lower === 'and' && participleGoesOn(tokens, end + 1)) break;
    }
    end++;
    if (end - start > 14) break;
  }
  if (end <= start) return null;
  return { text: '', start: tokens[start]!.start, end: tokens[end - 1]!.end, from: start, to: end };
}

/** People or documents named by where they come from ("officials from the ministry", "figures from official sources"). */
const namedByOrigin = (w: string): boolean => personNoun(w)?.kind === 'person' || DOCUMENT_NOUNS.has(w);

/** Is what "from" takes at `k` (past a determiner) written in lower case, no name? */
function fromWhatIsLowerCase(tokens: Token[], k: number): boolean {
  const at = DETERMINERS.has(tokens[k]?.lower ?? '') ? k + 1 : k;
  return /^\p{Ll}+$/u.test(tokens[at]?.text ?? '');
}

/** A participle in lower case with a preposition or an object after it ("sent to", "passed on", "published the"). */
function participleGoesOn(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  if (!w || !(/^\p{Ll}+ed$/u.test(w.text) || IRREGULAR_PARTICIPLES.has(w.text))) return false;
  return PARTICIPLE_FOLLOWERS.has(tokens[k + 1]?.lower ?? '');
}

/**
 * Tidy a source phrase as written into a name: drop leading determiners and possessive
 * scopes ("the country's", "Kazakhstan's" before a lowercase head keeps the country),
 * trailing "'s count/report/figures", titles before a person's name, and a parenthesised
 * acronym (returned separately as an alias).
 */
const OWNED_DOCUMENT = new RegExp(
  `['’]s\\s+(?:(?:${[...SOURCE_PREMODIFIERS].join('|')})\\s+)*(?:count|tally|report|reports|figures|figure|data|estimate|estimates|statement|records|numbers|website|account|list)$`,
  'i',
);

const AFFILIATED_BEFORE_NAME = new RegExp(
  `^(?:(?:\\p{Lu}[\\p{L}.]*\\s+)?[\\p{L}.]+-(?:${PREMODIFIER_PARTICIPLES.join('|')})\\s+(?:(?:state-run|state|independent|local|national|private)\\s+)*)+(?=\\p{Lu}[\\p{L}.-]*\\s+\\S)`,
  'u',
);

/**
 * "who gave only his first name, Tamim", "who was identified as Ana Ruiz": the name a relative
 * clause on a speaker gives, closing it; null when it gives none.
 */
export function nameGivenIn(clause: Token[]): string | null {
  let end = clause.length;
  while (end > 0 && /^[.;”"’)]$/.test(clause[end - 1]!.text)) end--;
  let from = end;
  while (from > 0 && end - from < 3 && startsCapitalised(clause[from - 1]!.text) && /^\p{L}/u.test(clause[from - 1]!.text)) from--;
  if (from === end || from === 0) return null;
  const before = clause.slice(0, from);
  if (!before.some((w) => NAMING_WORDS.has(w.lower))) return null;
  if (before.at(-1)!.text !== ',' && !['as', 'named', 'called'].includes(before.at(-1)!.lower)) return null;
  return clause
    .slice(from, end)
    .map((w) => w.text)
    .join(' ');
}

/**
 * A title before a person's name ("Inspector", "Gen.", "Attorney General" word by word), or a hyphened
 * one whose parts are titles or roles ("Prosecutor-General", "Secretary-General", "Director-General").
 */
export function isTitle(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return TITLES.has(w) || (w.includes('-') && w.split('-').every((p) => TITLES.has(p) || ROLE_NOUNS.has(p)));
}

/** A lower-case adjective before a document's noun ("foreign estimates"): the noun is the head, and no one is named without it. */
export const describesDocument = (word: string): boolean => /^\p{Ll}+$/u.test(word) && tag(word)[0]?.pos === 'ADJ';

/** A bracketed name of capitalised words, particles between them, closing a body's name: "(Oficina del Mediador)", "(Conseil des Sages)". */
const OWN_LANGUAGE_NAME =
  /(?<=\p{L}\s*)\s*\((\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|de|del|della|la|las|los|el|des|du|di|da|do|dos|das|der|van|von|y|e|et|i|og|och|und|of|for|and)){1,5})\)$/u;

export function tidySourceName(raw: string): { name: string; alias: string | null; title: string | null } {
  let s = raw.replace(/\s+/g, ' ').trim();
  let alias: string | null = null;
  // ("(Komnas HAM)": a short name of two words, one of them in capitals, too.)
  const acr = /\s*\(([A-Z][A-Za-z/.-]{1,12}|[A-Z][A-Za-z-]{1,12} [A-Z]{2,8}|[A-Z]{2,8} [A-Z][A-Za-z-]{1,12})\)/.exec(s);
  // ("The Mediator's Office (Oficina del Mediador)": a body's name in its own language, bracketed after the name.)
  // (Only a name that closes on a bracket is tried: the pattern's look-behind is costly on every name.)
  const native = acr || !s.endsWith(')') ? null : OWN_LANGUAGE_NAME.exec(s);
  const found = acr ?? native;
  if (found) {
    alias = found[1]!;
    s = (s.slice(0, found.index) + s.slice(found.index + found[0].length)).trim();
  }
  s = s.replace(/^(?:the|a|an)\s+/i, '');
  // ("Your own justice ministry has said …", "its own police": a body named to whom it belongs is that body.)
  s = s.replace(/^(?:your|its|their)\s+own\s+/i, '');
  // ("foreign broadcasters and so-called …": a modifier cut from its quoted noun closes no name.)
  s = s.replace(/(?:\s+(?:and|or))?\s+(?:so-called|self-styled|self-proclaimed)$/i, '');
  // ("Press Service of the Ministry of Public Order": a body's press office speaks as the body.)
  s = s.replace(/^press\s+(?:centre|center|office|service)\s+of\s+(?:the\s+)?(?=\p{Lu})/iu, '');
  // ("the so-called Supreme Restoration Council said": the writer's distance from a name is no part of it.)
  s = s.replace(/^(?:so-called|self-styled|self-proclaimed)\s+(?=\p{Lu})/iu, '');
  // ("SOUNDBITE - Ana Ruiz, mayor of Orsk:": a broadcast script's cue before a recorded voice is no part of its name.)
  s = s.replace(/^(?:clip|soundbite|sound\s+bite|sot|insert|actuality|sync)\s*[-–—:]\s*/i, '');
  // ("The residents I met said", "Doctors we interviewed said": a contact clause with the writer as its subject closes no name of the people.)
  s = s.replace(/^(\p{L}[\p{Ll}\s-]*s)\s+(?:I|we)(?:\s+\p{Ll}+(?:\s+(?:to|with))?)?$/u, '$1');
  // ("That evening officials said", "By the following morning officials gave a toll of 23": a time fronted
  // without its comma is no part of who speaks.)
  // (Its article may be gone already: "next morning officials".)
  const fronted =
    /^(?:(?:by|on|early|late|later)\s+)?(?:(?:the|that|this)\s+(?:(?:next|following|same)\s+)?|(?:next|following|same)\s+)(\p{L}+)\s+(?=\S)/iu.exec(s);
  if (fronted && SUBJECT_DAY_PARTS.has(fronted[1]!.toLowerCase())) s = s.slice(fronted[0].length);
  // "Two police sources", "three witnesses": how many spoke is no part of who they are.
  // ("Several AJM leaders", "many residents": a vague count before any name.)
  const opener = /^(\S+)\s+(?=\S+\s*\S)/u.exec(s);
  const first = opener?.[1]!.toLowerCase() ?? '';
  const countOf = /^\p{Ll}/u.test(s.slice(opener?.[0].length ?? 0)) && (/^\d{1,2}$/.test(first) || first in NUMBER_UNITS);
  if (opener && (VAGUE_SPEAKER_COUNTS.has(first) || countOf) && !/^\S+\s+of\b/i.test(s)) s = s.slice(opener[0].length);
  // "Leaders of the Velmar Farmers Union", "members of the Kessel Bar Association": people who belong
  // to a body named in full speak for it.
  const member = /^(\p{L}+)\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(s);
  if (member && BODY_MEMBER_NOUNS.has(member[1]!.toLowerCase()) && looksLikeOrg(member[2]!)) s = member[2]!;
  // "saying staff had counted": the participle of the clause before is no part of who speaks.
  const lead = /^(\p{Ll}+)\s+(?=\S)/u.exec(s)?.[1];
  if (lead && SPEECH_PARTICIPLES.has(lead)) s = s.slice(lead.length + 1);
  // "lawyers representing the students", "doctors treating the wounded": a participle with its
  // object describes the speakers; they are named by the noun before it.
  s = s.replace(/^(\p{L}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})\s+\p{Ll}+ing\s+(?:the|a|an|his|her|their|its)\b.*$/u, '$1');
  // "witnesses and doctors interviewed by the forum", "residents contacted by this newspaper": a
  // participle's agent describes the people who speak, named by the nouns before it; "a toll
  // released by the ministry": a figure's agent is who gave it.
  s = s.replace(/^(\p{L}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3})\s+\p{Ll}{3,}(?:ed|en)\s+by\s+(?:the\s+)?(\S.*)$/u, (m, head: string, agent: string) => {
    const noun = head.split(' ').at(-1)!.toLowerCase();
    // ("witnesses interviewed by our monitors": a release's own inquiry stays its own.)
    // ("figures compiled by the union and reported by the news site …": the compiler; who reported them relays.)
    // ("figures compiled by the Orvan Red Cross from hospital records": what it was compiled from is no part of who.)
    const compiler = agent.replace(/\s+and\s+\p{Ll}{3,}(?:ed|en)\s+by\s.*$/u, '').replace(/\s+from\s+(?!the\b)\p{Ll}.*$/u, '');
    return FIGURE_NOUNS.has(noun) ? compiler : personNoun(noun) && !/^our\s/i.test(agent) ? head : m;
  });
  // ("lawyers working", cut before "with the detainees": the participle alone, left closing the phrase.)
  // ("Families of the missing": after an article the word is the people it names, no participle.)
  s = s.replace(/^(\p{L}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})(?<!\bthe)\s+(?!during$|including$|according$)\p{Ll}{3,}ing$/u, '$1');
  // "London-based Orvan Observatory", "the opposition-run Civic Rights Office": the name after the premodifier
  // (not "Hamas-run health ministry", which the premodifier alone names).
  s = s.replace(AFFILIATED_BEFORE_NAME, '');
  // "their families", "his lawyers": whose they are, unresolved, is no part of the source's name.
  s = s.replace(/^(?:their|his|her)\s+(?=\p{Ll})/iu, '');
  s = s.replace(/^(?:country|nation|state|region|province|city|government|regime)['’]s\s+/i, '');
  // "Iran's official Islamic Republic News Agency" -> the name itself; "Kazakhstan's interior
  // ministry" keeps its possessive, which is all that names it.
  const named =
    /^(?:\p{Lu}[\p{L}.-]*['’]s\s+)?(?:(?:official|state-run|state|semi-official|independent|local|national|private|government-run|government)\s+)*(\p{Lu}[\p{L}.-]*(?:\s+\S+)+)$/u.exec(
      s,
    );
  if (named && named[1] && named[1] !== s && /\s\p{Lu}/u.test(named[1])) s = named[1];
  // "the network's count", "the network's latest figures": the document's author.
  s = s.replace(OWNED_DOCUMENT, '');
  // "the Relief Network's spokesperson": who speaks for a body gives the body's figures.
  s = s.replace(/^(\p{Lu}.*)['’]s\s+(?:spokesman|spokeswoman|spokesperson|press office|press service)$/u, '$1');
  // ("opposition and foreign estimates": after an adjective the document noun is the head; no one is left without it.)
  // ("police records", "ministry records": a state body's kept records are named as records; the source's reading keeps them.)
  s = s.replace(/(\S+)\s+(count|tally|figures|data|estimate|estimates|records)$/i, (m, before: string, noun: string) =>
    /^\s*\S+\s+\p{Lu}/u.test(m) ||
    describesDocument(before) ||
    (RECORD_NOUNS.has(noun.toLowerCase()) && (OFFICE_WORDS.has(before.toLowerCase()) || STATE_BODY_NOUNS.has(before.toLowerCase())))
      ? m
      : before,
  );
  // Titles: "U.S. President Trump" -> "Trump", "Inspector Bachchu Mia" -> "Bachchu Mia".
  const words = s.split(' ');
  let k = 0;
  // "Lt. Col. Piet Olsen": an abbreviated title keeps its stop.
  while (k < words.length - 1 && isTitle(words[k]!) && startsCapitalised(words[k + 1]!)) k++;
  if (k === 0 && words.length >= 3 && words.length <= 4 && rankBeforeName(words[0]!, words.slice(1).join(' '))) k = 1;
  let title: string | null = null;
  // ("Chief District Officer": a title before words that end on a role is part of the role, no name after it.)
  if (k > 0 && !words.slice(k).some((w) => ORG_WORDS.has(w.toLowerCase())) && !ROLE_NOUNS.has(words.at(-1)!.toLowerCase())) {
    title = words.slice(0, k).join(' ');
    s = words.slice(k).join(' ');
  }
  s = trimClosingStop(s);
  return { name: s, alias, title };
}

/** A name without closing punctuation, but "U.N." keeps the stop of its last initial. */
export function trimClosingStop(name: string): string {
  return (/(?:^|[\s(])(?:\p{Lu}\.){2,}$/u.test(name) ? name : name.replace(/[,.;:]+$/, '')).trim();
}

/** A named source (a proper noun) outranks a generic one ("media", "intelligence officials"). */
/** "Charter 97", "Justicia 11J", "Article 19": capitalised words closed by a number, one proper name. */
export function isNumberedName(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return words.length >= 2 && /^\d{1,4}\p{Lu}?$/u.test(words.at(-1)!) && words.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

export function isNamed(name: string): boolean {
  const words = name.split(/\s+/);
  return words.some((w, i) => (i > 0 && startsCapitalised(w)) || /^[A-Z]{2,}/.test(w)) || (words.length === 1 && startsCapitalised(name));
}

/**
 * Is the head of the phrase a name? "the country's Health Ministry" is; "the network linked to
 * the Iranian opposition …" is not, whatever names its modifiers carry.
 */
export function headIsNamed(phrase: string): boolean {
  const head = phrase
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/^\S+['’]s\s+/, '')
    .split(/\s+(?:linked|close|affiliated|based|of|to|in|from|at|with|for|on|near|that|which|who)\b/)[0]!;
  return isNamed(head) || startsCapitalised(head);
}

/** Does the phrase look like an organisation (vs a person)? */
export function looksLikeOrg(name: string): boolean {
  const words = name.toLowerCase().split(/[\s/]+/);
  return words.some((w) => ORG_WORDS.has(w)) || /^[A-Z]{2,}$/.test(name.replace(/[./-]/g, ''));
}

/** Does the phrase look like a person's name: two to four capitalised words, no organisation words? */
/** "al-Farhan", "bin-Salem": a name particle hyphened to a name word, part of a person's name. */
export const particleHyphened = (w: string): boolean => PERSON_NAME_PARTICLES.has(/^(\p{Ll}+)-\p{Lu}/u.exec(w)?.[1] ?? '');

/**
 * A name written in capitals ("MINISTRY OF INTERIOR OF KALLENDOR", "FARHOD AL-NAZARI") as it is
 * written in a sentence: each word and each part after a hyphen or an apostrophe capitalised, the
 * connectors inside a name in lower case. A name with a lower-case letter is returned as it is.
 */
export function fromCapitals(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) => (i > 0 && NAME_CONNECTORS_IN_CAPITALS.has(w) ? w : w.replace(/(^|['’-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase())))
    .join(' ');
}

export function looksLikePerson(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 1 || words.length > 4) return false;
  // ("Yasser al-Farhan": a particle hyphened to a name word is part of the name, not the first word.)
  const nameWord = (w: string, k: number) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || (k > 0 && particleHyphened(w));
  if (!words.every(nameWord)) return false;
  // ("the HBS Somali service": an acronym beside a name word names a body, not a person.)
  // (Not a regnal number: "Mohammed VI".)
  const acronym = (w: string) => /^\p{Lu}{2,}$/u.test(w) && !/^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})$/.test(w);
  if (words.length > 1 && words.some(acronym) && !words.every((w) => /^\p{Lu}+$/u.test(w))) return false;
  if (looksLikeOrg(name)) return false;
  // ("Le Monde", "El País", "Die Welt": a name opened by an article names a title, no person.)
  if (words.length >= 2 && TITLE_ARTICLES.has(words[0]!)) return false;
  return words.length >= 2 || !/^[A-Z]+$/.test(name);
}
