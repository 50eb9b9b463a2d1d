/**
 * Who is mentioned as a possible speaker, and where: people ("Hossein Ashtari, commander of …",
 * "U.S. President Trump") and organisations ("the National Council of Resistance of Iran (NCRI)").
 * Attribution and quotes resolve "he said", "the organization said" and "the sources said"
 * against these mentions, nearest before first.
 */
import { getGazetteer } from '../places/gazetteer.js';
import { countryOf, sourceEntity } from './entities.js';
import {
  AMBIGUOUS_BODY_HEADS,
  GENDERED_PERSON_WORDS,
  PRONOUN_GENDER,
  ANAPHORIC_HEADS,
  VAGUE_SPEAKER_COUNTS,
  BODY_REFERENCE_HEADS,
  PARTY_NAME_HEADS,
  COMPANY_HEADS,
  COMPANY_FORMS,
  DAY_AND_MONTH_NAMES,
  PROFESSION_FIELDS,
  GENERIC_ORG_HEADS,
  INTERCHANGEABLE_BODY_HEADS,
  GROUP_NOUNS,
  OUTLET_WORDS,
  MENTION_OPENERS,
  NON_DISTINGUISHING_MODIFIERS,
  JOINT_COUNTS,
  OFFICE_WORDS,
  NAME_PLACE_PREPOSITIONS,
  NATURAL_FEATURE_NOUNS,
  PLACE_HEAD_NOUNS,
  ROLE_NOUNS,
  ROLE_COMPLEMENT_PREPOSITIONS,
  ROLE_COMPLEMENT_STOPS,
  ROLE_COMPLEMENT_WORDS,
  SPEAKER_NAME_CONNECTORS,
  STATE_BODY_NOUNS,
  STREET_NOUNS,
  LEGAL_TEXT_HEADS,
  WEEKDAYS,
  TITLES,
  TIME_ZONES,
  APPOSITION_HEAD_ENDS,
  GOVERNMENT_LEVELS,
  NUMBER_TENS,
  NUMBER_UNITS,
  DEPARTMENT_HEADS,
  DEPARTMENT_DOMAIN_SYNONYMS,
  NAME_INNER_PARTICLES,
  SCOPE_FACILITY_NOUNS,
} from './lexicon/index.js';
import { hyphenedParticlePart, isTitle, looksLikeOrg, looksLikePerson, rankBeforeName, tidySourceName } from './names.js';
import { personNoun } from './person-nouns.js';
import { startsCapitalised, type Token } from './tokens.js';

export interface SpeakerMention {
  name: string;
  kind: 'person' | 'org';
  /** Parenthesised acronym given with the name ("NCRI"). */
  alias: string | null;
  role: string | null;
  start: number;
  end: number;
  /** A person's sex where the report says it (a title, a role noun, a pronoun of theirs), for "he" and "she" to agree with. */
  gender?: Gender | null;
}

export type Gender = 'female' | 'male';

/**
 * What a person's mention says of their sex: a title or role noun beside the name ("Ms Ana Ruiz",
 * "spokeswoman Ana Ruiz"), else the first pronoun after the name in its sentence before anyone
 * else is named ("Jan Kos, a porter, who said he had …"), else the head of the role stated
 * with it ("Ana Ruiz, the mother of a student").
 */
function mentionGender(m: SpeakerMention, tokens: Token[], persons: SpeakerMention[]): Gender | null {
  const first = tokens.findIndex((t) => t.start >= m.start);
  const titled = [tokens[first - 1], tokens[first - 2], tokens[first]].map((t) => GENDERED_PERSON_WORDS.get(t?.lower ?? '')).find((g) => g);
  if (titled) return titled;
  for (let k = first; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start < m.end) continue;
    if (persons.some((o) => o !== m && o.start === t.start)) break;
    const g = PRONOUN_GENDER.get(t.lower);
    if (g) return g;
  }
  // (The role's own noun phrase, not a clause read as one: "had lost her house" says nothing of her.)
  const head = /^(?:(?:a|an|the)\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?:\s+(?:of|at|in|for|from|with)\b.*)?$/iu.exec(m.role ?? '')?.[1];
  const words = head?.toLowerCase().split(/\s+/) ?? [];
  return words.some((w) => PRONOUN_GENDER.has(w)) ? null : (GENDERED_PERSON_WORDS.get(words.at(-1) ?? '') ?? null);
}

/**
 * "the Velmar Platform, a coalition of civil society organisations": a name set off by an
 * apposition headed by a body's noun is a body's, whatever its own words look like.
 */
function describedAsBody(tokens: Token[], to: number): boolean {
  const article = tokens[to + 1]?.lower ?? '';
  if (tokens[to]?.text !== ',' || !['a', 'an', 'the'].includes(article)) return false;
  for (let k = to + 2; k < to + 6 && k < tokens.length; k++) {
    const w = tokens[k]!;
    if (APPOSITION_HEAD_ENDS.has(w.lower)) return false;
    // ("a London-based rights group", "the Italian charity": where a body is based or from is a modifier.)
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w.text) && !/^\p{Lu}[\p{L}.]*-based$/u.test(w.text) && !(article === 'the' && k === to + 2 && countryOf(w.text) !== null))
      return false;
    if ((GENERIC_ORG_HEADS.has(w.lower) || BODY_REFERENCE_HEADS.has(w.lower)) && !ROLE_NOUNS.has(w.lower))
      // (After "the", only a head a clause or a complement follows: ", the group said" after a name is who speaks there.)
      return article !== 'the' || APPOSITION_HEAD_ENDS.has(tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/** Capitalised sequences (with "of"/"for" inside) in a sentence, as candidate names. */
function capitalisedRuns(tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    // ("Several AJM lawmakers …": a quantity word opening the sentence is no part of a name.)
    if (!startsCapitalised(tokens[i]!.text) || !/^\p{L}/u.test(tokens[i]!.text) || (i === 0 && VAGUE_SPEAKER_COUNTS.has(tokens[i]!.lower))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t) break;
      // ("Salma Yusuf al-Hakimi": a particle joined to the name's last part by a hyphen.)
      if (/^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(t.text) || (t.text === '.' && /^[A-Z]$/.test(tokens[j - 1]!.text)) || hyphenedParticlePart(t.text)) {
        j++;
        continue;
      }
      // ("Commission on Human Rights": "on" too, but not "Police on Monday".)
      const on = t.lower === 'on' && !DAY_AND_MONTH_NAMES.has(tokens[j + 1]?.lower ?? '');
      if ((SPEAKER_NAME_CONNECTORS.has(t.lower) || on) && tokens[j + 1] && startsCapitalised(tokens[j + 1]!.text)) {
        j++;
        continue;
      }
      // ("Office of the UN High Commissioner", "Ministry of the Interior", "Office for the Coordination of …".)
      if ((t.lower === 'of' || t.lower === 'for') && tokens[j + 1]?.lower === 'the' && tokens[j + 2] && startsCapitalised(tokens[j + 2]!.text)) {
        j += 2;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** Punctuation that ends a role in apposition. */
const ROLE_STOPS = new Set([',', '.', ';', ':', '"', '“', '”', '(']);

/** The appositive role after a person's first mention: "Hossein Ashtari, commander of the … police is". */
function roleAfter(tokens: Token[], text: string, offset: number, from: number): string | null {
  if (tokens[from]?.text !== ',') return null;
  let k = from + 1;
  const start = tokens[k];
  if (!start || (!/^\p{Ll}/u.test(start.text) && !TITLES.has(start.lower))) return null;
  while (k < tokens.length && k < from + 16) {
    const t = tokens[k]!;
    // (A label's colon or a quote's mark ends the role: "Levon Ara, lawyer with the Bureau: “…".)
    if (ROLE_STOPS.has(t.text) || ['is', 'was', 'has', 'had', 'said', 'says', 'told', 'who', 'will'].includes(t.lower)) break;
    k++;
  }
  if (k === from + 1) return null;
  const role = text.slice(start.start - offset, tokens[k - 1]!.end - offset).replace(/^(?:an?|the)\s+/i, '');
  return role.length > 2 ? role : null;
}

/**
 * The description a body's name stands in apposition to, set off before it: "The UN humanitarian
 * office, OCHA, said" -> "UN humanitarian office", for "the office" to find it by.
 */
function bodyDescribedBefore(tokens: Token[], text: string, offset: number, name: number): string | null {
  // ("The national relief agency, the Vell Relief Authority, said": the name may keep its article.)
  // ("figures quoted by the relief charity Hands Together": or right before the name, with no comma.)
  const comma = tokens[name - 1]?.text === ',' || (tokens[name - 1]?.lower === 'the' && tokens[name - 2]?.text === ',');
  const first = !comma ? name + 1 : tokens[name - 1]?.lower === 'the' ? name - 1 : name;
  const head = tokens[first - 2];
  if ((comma && tokens[first - 1]?.text !== ',') || !head || !/^\p{Ll}/u.test(head.text)) return null;
  if (!GENERIC_ORG_HEADS.has(head.lower) && !BODY_REFERENCE_HEADS.has(head.lower) && !OFFICE_WORDS.has(head.lower)) return null;
  let k = first - 2;
  while (
    k - 1 >= 0 &&
    k > first - 7 &&
    /^[\p{L}'’-]+$/u.test(tokens[k - 1]!.text) &&
    !['the', 'a', 'an', 'and', 'said', 'says', 'told', 'by'].includes(tokens[k - 1]!.lower)
  )
    k--;
  return text.slice(tokens[k]!.start - offset, head.end - offset);
}

/**
 * The role a person's name stands in apposition to: "Velmaria's interior minister, Oskar Brandt,
 * met …" -> "Velmaria's interior minister" (a role noun right before the comma, lower-case or closing a
 * capitalised title).
 */
function roleBefore(tokens: Token[], text: string, offset: number, first: number, end: number): string | null {
  // "police chief Ivo Mertz": lower-case words ending on a role noun right before the name.
  const right = tokens[first - 1];
  if (right && /^\p{Ll}/u.test(right.text) && ROLE_NOUNS.has(right.lower)) {
    let k = first - 1;
    while (
      k - 1 >= 0 &&
      k > first - 4 &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k - 1]!.text) &&
      !MENTION_OPENERS.has(tokens[k - 1]!.lower) &&
      !['the', 'a', 'an', 'and', 'said', 'says', 'told', 'by', 'to', 'of', 'for', 'with'].includes(tokens[k - 1]!.lower)
    )
      k--;
    return text.slice(tokens[k]!.start - offset, right.end - offset);
  }
  if (tokens[first - 1]?.text !== ',' || ![',', 'said', 'says', 'told'].includes(tokens[end]?.lower ?? '')) return null;
  // ("the police spokesman for the northern region, Abdul Musa, said": a role may close on what it is for or of.)
  const roleEnd = first - 2;
  const head = roleWithComplement(tokens, roleEnd);
  const last = tokens[head];
  // ("The Nakuru County Police Commander, Peter Otieno, said": a capitalised title of several words too.)
  const titled = !!last && /^\p{Lu}\p{Ll}/u.test(last.text) && /^\p{Lu}/u.test(tokens[head - 1]?.text ?? '');
  if (!last || !(/^\p{Ll}/u.test(last.text) || titled) || !ROLE_NOUNS.has(last.lower)) return null;
  let k = head;
  while (
    k - 1 >= 0 &&
    k > first - 8 &&
    /^[\p{L}'’-]+$/u.test(tokens[k - 1]!.text) &&
    !['the', 'a', 'an', 'and', 'said', 'says', 'told'].includes(tokens[k - 1]!.lower)
  )
    k--;
  return text.slice(tokens[k]!.start - offset, tokens[roleEnd]!.end - offset);
}

/**
 * The role noun a role in apposition ends on (`end` its last word): that word, or the role noun
 * before a complement of a few words that says what the role is for or of ("spokesman for the
 * northern region", "head of the district hospital").
 */
function roleWithComplement(tokens: readonly Token[], end: number): number {
  if (ROLE_NOUNS.has(tokens[end]?.lower ?? '')) return end;
  for (let j = end - 1; j >= Math.max(0, end - ROLE_COMPLEMENT_WORDS); j--) {
    const t = tokens[j]!;
    if (!/^[\p{L}\d'’-]+$/u.test(t.text) || ROLE_COMPLEMENT_STOPS.has(t.lower)) return end;
    if (ROLE_COMPLEMENT_PREPOSITIONS.has(t.lower)) return ROLE_NOUNS.has(tokens[j - 1]?.lower ?? '') && /^\p{Ll}/u.test(tokens[j - 1]!.text) ? j - 1 : end;
  }
  return end;
}

/**
 * "Sri Lanka", "Sri Lankan", "Easter Sunday": capitalised pairs that look like a person's name
 * but name a place, a people or a day, so "he said" never refers to them.
 */
function namesPlaceOrDay(name: string): boolean {
  if (name.split(/\s+/).some((w) => WEEKDAYS.has(w.toLowerCase()))) return true;
  return countryOf(name) !== null || getGazetteer().has(name);
}

/** Is the capitalised run `a`..`to` governed by a place preposition ("in Greater Jakarta") or followed by a place's head noun ("the New Baneshwor area")? */
function placedName(tokens: readonly Token[], a: number, to: number): boolean {
  if (PLACE_HEAD_NOUNS.has(tokens[to]?.lower ?? '')) return true;
  // "spoke in the capital, Osk Tavel, on Monday": a name in apposition to a place's noun is that place.
  // ("the mayor of the town, Ana Lopez": not where the place's noun is a person's complement.)
  if (tokens[a - 1]?.text === ',' && PLACE_HEAD_NOUNS.has(tokens[a - 2]?.lower ?? '') && tokens[a - 3]?.lower === 'the' && tokens[a - 4]?.lower !== 'of')
    return true;
  const before = tokens[a - 1]?.lower === 'the' ? a - 2 : a - 1;
  return NAME_PLACE_PREPOSITIONS.has(tokens[before]?.lower ?? '');
}

/** "09:40 WIB", "4 pm EAT": capitals right after a clock time are its time zone, whichever zone (TIME_ZONES lists the common ones). */
function afterClockTime(tokens: Token[], at: number): boolean {
  const prev = tokens[at - 1]?.lower ?? '';
  if (prev === 'am' || prev === 'pm') return /^\d{1,2}$/.test(tokens[at - 2]?.text ?? '');
  return /^\d{2}$/.test(prev) && [':', '.'].includes(tokens[at - 2]?.text ?? '') && /^\d{1,2}$/.test(tokens[at - 3]?.text ?? '');
}

/** Characters between a name and the acronym given for it: "(CRN)" or ", known by its initials CRN". */
const ALIAS_REACH = 40;

/**
 * Where the place in capitals that opens a dateline ends ("OSLO (Vell Wire) -", "ORR, Kessel, June 2
 * (Reuters) —"), else 0: capitals at the sentence's start, then an agency in brackets or
 * capitalised words and figures up to one, or a dash. ("UNHCR, the UN refugee agency, said": a
 * lower-case word after the comma makes it no dateline.)
 */
function datelinePlaceEnd(tokens: readonly Token[]): number {
  let end = 0;
  while (end < tokens.length && end < 4 && /^\p{Lu}{2,}$/u.test(tokens[end]!.text)) end++;
  if (end === 0) return 0;
  for (let k = end; k < tokens.length && k < end + 8; k++) {
    const w = tokens[k]!.text;
    // ("OSLO - At least 40 …": a dash straight after, a capitalised sentence after it.)
    // ("HARN RIGHTS OBSERVATORY (OHR) - BULLETIN": a body's name in capitals with its acronym is no place.)
    if (w === '(' && acronymOf(tokens.slice(0, end), tokens[k + 1]?.text ?? '')) return 0;
    if (w === '(' || SPACED_DASH.test(w)) return k > end || w === '(' || /^\p{Lu}\p{Ll}/u.test(tokens[k + 1]?.text ?? '') ? end : 0;
    if (w !== ',' && !/^\p{Lu}/u.test(w) && !/^\d{1,2}$/.test(w)) return 0;
  }
  return 0;
}
const SPACED_DASH = /^[-–—]$/;

/** Are the letters of `acronym` the initials of `words`, in any order ("ODH" for "Human Rights Observatory", its initials in its own language's word order)? */
export function acronymOf(words: readonly Token[], acronym: string): boolean {
  if (!/^\p{Lu}{2,8}$/u.test(acronym) || words.length < 2) return false;
  const sorted = (s: string) => [...s].sort().join('');
  // (A connector's letter may be in it or not: "Monitor of Detentions", MD or MOD.)
  const initials = (ws: readonly Token[]) => sorted(ws.map((t) => t.text[0]!).join(''));
  const content = words.filter((t) => !SPEAKER_NAME_CONNECTORS.has(t.lower) && !['of', 'for', 'the'].includes(t.lower));
  return initials(words) === sorted(acronym) || initials(content) === sorted(acronym);
}

export function collectMentions(sentenceText: string, offset: number, tokens: Token[]): SpeakerMention[] {
  const out: SpeakerMention[] = [];
  const dateline = datelinePlaceEnd(tokens);
  const runs = capitalisedRuns(tokens);
  for (const [first, b] of runs) {
    // "OSLO (Vell Wire) -", "ORR, Kessel, June 2 (Reuters) —": a dateline's place, in capitals, is where the report was filed.
    if (first < dateline) continue;
    // "The OHCHR", "A Reuters reporter", "After the Health Ministry revised …", "According to
    // the UN": an article, an adverb, a preposition or a subordinator opening the run (capitalised
    // only because it opens the sentence) is not part of the name (rule mention-opener).
    let a = first;
    while (b - a > 1 && MENTION_OPENERS.has(tokens[a]!.lower)) a++;
    // "(CRN)" after a name is that name's alias, not another organisation.
    if (tokens[a - 1]?.text === '(' && [tokens[a]!.text, `${tokens[a]!.text} ${tokens[a + 1]?.text ?? ''}`].includes(out[out.length - 1]?.alias ?? ''))
      continue;
    let from = a;
    const titleWords: string[] = [];
    // Titles and abbreviations before the name: "U.S. President Trump", "Inspector Bachchu Mia".
    // ("Chief District Officer": a run that ends on a role is a role, its title no part of a name.)
    const role = ROLE_NOUNS.has(tokens[b - 1]!.lower);
    while (!role && from < b - 1 && (isTitle(tokens[from]!.text) || /^[A-Z]$/.test(tokens[from]!.text) || tokens[from]!.text === '.')) {
      titleWords.push(tokens[from]!.text);
      from++;
    }
    // (A rank's initials before a person's name: rankBeforeName.)
    const rest = () => sentenceText.slice(tokens[from + 1]!.start - offset, tokens[b - 1]!.end - offset);
    if (!role && from === a && b - from >= 3 && b - from <= 4 && rankBeforeName(tokens[from]!.text, rest())) {
      titleWords.push(tokens[from]!.text);
      from++;
    }
    // "State Minister of Defence Ruwan Wijewardene": a title may run over several words; the
    // name is what follows its last title word.
    for (let k = b - 2; k >= from && !role; k--) {
      if (!isTitle(tokens[k]!.text) || b - k - 1 > 4) continue;
      for (let w = from; w <= k; w++) titleWords.push(tokens[w]!.text);
      from = k + 1;
      break;
    }
    // ("the Association of Defence Advocates": a plural noun of people after a title word is the close of a body's name, no person's.)
    if (titleWords.length && from === b - 1 && personNoun(tokens[from]!.lower)?.plural) {
      titleWords.length = 0;
      from = a;
    }
    // "Minister of Internal Affairs Petra Lom": a title governing a capitalised complement; the
    // last two words are the name.
    if (titleWords.length && ['of', 'for'].includes(tokens[from]?.lower ?? '') && b - from >= 4) {
      for (let w = from; w < b - 2; w++) titleWords.push(tokens[w]!.text);
      from = b - 2;
    }
    // "Judge Petra Voss of the Orsk regional court": after a title, a person's name ends before the
    // "of" that says where they serve; the capitalised place after it is no part of the name.
    const serves = titleWords.length ? tokens.slice(from, b).findIndex((t, k) => k >= 2 && t.lower === 'of') : -1;
    const to =
      serves > 0 &&
      looksLikePerson(
        tokens
          .slice(from, from + serves)
          .map((t) => t.text)
          .join(' '),
      )
        ? from + serves
        : b;
    // A parenthesised acronym right after: "(NCRI)".
    let alias: string | null = null;
    if (tokens[to]?.text === '(' && tokens[to + 2]?.text === ')' && /^[A-Z][A-Za-z/-]{1,12}$/.test(tokens[to + 1]!.text)) {
      alias = tokens[to + 1]!.text;
    }
    // ("the National Commission on Human Rights (Komnas HAM)": a short name of two words, one in capitals.)
    const short = `${tokens[to + 1]?.text ?? ''} ${tokens[to + 2]?.text ?? ''}`;
    if (
      !alias &&
      tokens[to]?.text === '(' &&
      tokens[to + 3]?.text === ')' &&
      /^(?:[A-Z][A-Za-z-]{1,12} [A-Z]{2,8}|[A-Z]{2,8} [A-Z][A-Za-z-]{1,12})$/.test(short)
    )
      alias = short;
    // ("The Flood Response Office, the FRO, said": an acronym in apposition, set off by commas.)
    if (
      !alias &&
      tokens[to]?.text === ',' &&
      tokens[to + 1]?.lower === 'the' &&
      /^[A-Z]{2,8}$/.test(tokens[to + 2]?.text ?? '') &&
      [',', '.'].includes(tokens[to + 3]?.text ?? '')
    )
      alias = tokens[to + 2]!.text;
    // "The Civic Defence League, known by its Spanish initials LDC, said": an acronym given in an aside.
    if (!alias && tokens[to]?.text === ',' && tokens[to + 1]?.lower === 'known') {
      for (let k = to + 2; k < tokens.length && k < to + 8 && tokens[k]!.text !== ','; k++) {
        if (/^[A-Z]{2,}$/.test(tokens[k]!.text) && [',', '.', ')'].includes(tokens[k + 1]?.text ?? '.')) alias = tokens[k]!.text;
      }
    }
    // "the Union of Journalists in Lorvia (UJL)": the acronym after a place that closes a body's name
    // ("… in Lorvia") is the body's; the place is no body of its own. ("the League for Fair Harvests in
    // East Africa (LFHEA)": a region the acronym spells with the body's words is part of its name.)
    const body = out[out.length - 1];
    if (alias && body?.kind === 'org' && !body.alias && tokens[a - 1]?.lower === 'in' && tokens[a - 2]?.end === body.end) {
      const spelled = acronymOf(
        tokens.slice(0, to).filter((t) => t.start >= body.start && t.lower !== 'in'),
        alias,
      );
      const country = !!countryOf(sentenceText.slice(tokens[a]!.start - offset, tokens[to - 1]!.end - offset));
      if (spelled || country) {
        body.alias = alias;
        if (!country) {
          body.name = `${body.name}${sentenceText.slice(body.end - offset, tokens[to - 1]!.end - offset)}`;
          body.end = tokens[to - 1]!.end;
        }
        continue;
      }
    }
    const raw = sentenceText.slice(tokens[a]!.start - offset, tokens[to - 1]!.end - offset);
    // "Aung San Suu Kyi's party": the name without its possessive.
    const name = sentenceText.slice(tokens[from]!.start - offset, tokens[to - 1]!.end - offset).replace(/['’]s$/, '');
    const nameWords = name.toLowerCase().split(/\s+/);
    const [firstWord, lastWord] = [nameWords[0]!, nameWords.at(-1)!];
    // "Spokesman Ruwan Gunasekera": a title, even an organisation's ("spokesman"), opens a person's name.
    // ("The Velmar Interior Ministry's spokeswoman": the body's name without its possessive.)
    // ("the relief group Free Burma Rangers": a body's noun right before the name says it is a body's too.)
    const headed =
      (GENERIC_ORG_HEADS.has(tokens[a - 1]?.lower ?? '') || BODY_REFERENCE_HEADS.has(tokens[a - 1]?.lower ?? '')) && /^\p{Ll}/u.test(tokens[a - 1]!.text);
    // ("the opposition Green Workers party": a body's head right after the name says the name is a body's.)
    // (Not what describes the body: "the Italian charity", "the New York-based group", "the South African union".)
    const bodyHeadAfter =
      name.includes(' ') &&
      !/-based$/u.test(name) &&
      countryOf(name) === null &&
      /^\p{Ll}/u.test(tokens[to]?.text ?? '') &&
      // ("the Ana Belen Ruiz hospital": a facility named after a person is a body, no one "she" may be.)
      (BODY_REFERENCE_HEADS.has(tokens[to]!.lower) || GENERIC_ORG_HEADS.has(tokens[to]!.lower) || SCOPE_FACILITY_NOUNS.has(tokens[to]!.lower)) &&
      !ROLE_NOUNS.has(tokens[to]!.lower) &&
      !AMBIGUOUS_BODY_HEADS.has(tokens[to]!.lower);
    // ("Rights group says 47 dead": a lone word capitalised only by opening the sentence, before a
    // body's head in lower case, describes the body; it names none.)
    const opensDescription =
      a === 0 &&
      to === 1 &&
      /^\p{Ll}/u.test(tokens[1]?.text ?? '') &&
      // (Or a group's: "Rights monitors have long maintained …".)
      (GENERIC_ORG_HEADS.has(tokens[1]!.lower) || BODY_REFERENCE_HEADS.has(tokens[1]!.lower) || GROUP_NOUNS.has(tokens[1]!.lower));
    if (opensDescription) continue;
    const described = !titleWords.length && (describedAsBody(tokens, to) || headed || bodyHeadAfter);
    // ("told The Accra Observer": a name closing on a newspaper's word is an outlet, no person "he" may be.)
    const outlet = !titleWords.length && OUTLET_WORDS.has(tokens[to - 1]!.lower);
    if (described || outlet || looksLikeOrg(titleWords.length && looksLikePerson(name) ? name : raw.replace(/['’]s$/, ''))) {
      const tidy = tidySourceName(raw);
      // (The apposition that says what the body is, for "the coalition" to find it by.)
      const role = described
        ? (roleAfter(tokens, sentenceText, offset, to) ?? (headed ? bodyDescribedBefore(tokens, sentenceText, offset, a) : null))
        : bodyDescribedBefore(tokens, sentenceText, offset, a);
      out.push({ name: tidy.name.replace(/['’]s$/, ''), kind: 'org', alias, role, start: tokens[a]!.start, end: tokens[to - 1]!.end });
    } else if (
      looksLikePerson(name) &&
      (name.includes(' ') || titleWords.length > 0) &&
      // ("the rights group Odhikar Salish Kendra (OSK)": an acronym in capitals after the name is a body's.)
      !(alias && !titleWords.length && /^\p{Lu}{2,}$/u.test(alias)) &&
      // "Syria's Mediterranean coast": a possessive inside the run makes it a thing of the possessor's, no person's name.
      !/['’]s\s/u.test(name) &&
      (titleWords.length > 0 || !namesPlaceOrDay(name)) &&
      // "Imam Sahib District": a title word opening a place's name does not make it a person's;
      // nor does a feature of the land closing or opening it ("the Vell River", "Mount Orsk").
      !PLACE_HEAD_NOUNS.has(lastWord) &&
      !NATURAL_FEATURE_NOUNS.has(lastWord) &&
      !NATURAL_FEATURE_NOUNS.has(firstWord) &&
      // "the Kettle Street clinic": a street's or a square's name is no person's.
      !STREET_NOUNS.has(lastWord) &&
      // ("charged under Article 338 of the Criminal Code": a law's title is no person's name.)
      !LEGAL_TEXT_HEADS.has(lastWord) &&
      // "reported in Greater Jakarta", "in the New Baneshwor area": a name a place preposition
      // governs, or one before a place's head noun, is a place the gazetteer does not know.
      (titleWords.length > 0 || !placedName(tokens, a, to))
    ) {
      // ("Dr Farid Samadi, a surgeon who …": the role in apposition says more than the title.)
      // ("police spokesperson Inspector Ana Ruiz": a role before the title is hers too, and says more than a rank.)
      const before = roleBefore(tokens, sentenceText, offset, a, to);
      const role = titleWords.length
        ? (roleAfter(tokens, sentenceText, offset, to) ??
          (before && tokens[a - 1]?.text !== ',' ? `${before} ` : '') + sentenceText.slice(tokens[a]!.start - offset, tokens[from - 1]!.end - offset))
        : (before ?? roleAfter(tokens, sentenceText, offset, to));
      out.push({ name, kind: 'person', alias, role, start: tokens[from]!.start, end: tokens[to - 1]!.end });
    } else if (alias) {
      out.push({ name, kind: 'org', alias, role: null, start: tokens[a]!.start, end: tokens[to - 1]!.end });
    }
  }
  // "the Tarvin district administration", "the Orsk regional council": a place the gazetteer knows,
  // then a body's head after at most two lower-case modifiers, names that place's body
  // (rule place-scoped-body), which "the district administration" refers back to later.
  for (const [first, b] of runs) {
    // ("The Orsk regional council met": the article opening the sentence.)
    const a = tokens[first]!.lower === 'the' && b - first > 1 ? first + 1 : first;
    if (tokens[a - 1]?.lower !== 'the' || out.some((m) => m.start <= tokens[a]!.start && tokens[b - 1]!.end <= m.end)) continue;
    let k = b;
    while (k < b + 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]?.text ?? '') && !PLACE_SCOPED_HEADS.has(tokens[k]!.lower)) k++;
    if (!PLACE_SCOPED_HEADS.has(tokens[k]?.lower ?? '') || !/^\p{Ll}/u.test(tokens[k]!.text)) continue;
    const place = sentenceText.slice(tokens[a]!.start - offset, tokens[b - 1]!.end - offset);
    if (!getGazetteer().has(place) && countryOf(place) === null) continue;
    out.push({
      name: sentenceText.slice(tokens[a]!.start - offset, tokens[k]!.end - offset),
      kind: 'org',
      alias: null,
      role: null,
      start: tokens[a]!.start,
      end: tokens[k]!.end,
    });
  }
  // "The UN relief office (OCHA)", "Velmar's national police service (NPS)": a body described in
  // lower case after a name, with its acronym in brackets, is that body, known by the acronym too.
  for (const [at, t] of tokens.entries()) {
    if (t.text !== '(' || tokens[at + 2]?.text !== ')' || !/^\p{Lu}{2,}$/u.test(tokens[at + 1]?.text ?? '')) continue;
    const head = tokens[at - 1];
    if (!head || !/^\p{Ll}/u.test(head.text) || !DESCRIBED_BODY_HEADS.has(head.lower)) continue;
    let k = at - 2;
    while (k >= at - 5 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]?.text ?? '') && !PHRASE_FUNCTION_WORDS.has(tokens[k]!.lower)) k--;
    const run = runs.find(([, b]) => b === k + 1);
    if (!run || k === at - 2) continue;
    let first = run[0];
    while (first < k && MENTION_OPENERS.has(tokens[first]!.lower)) first++;
    if (first > k || out.some((m) => m.start <= tokens[first]!.start && head.end <= m.end)) continue;
    out.push({
      name: sentenceText.slice(tokens[first]!.start - offset, head.end - offset),
      kind: 'org',
      alias: tokens[at + 1]!.text,
      role: null,
      start: tokens[first]!.start,
      end: head.end,
    });
    // (The acronym in brackets is the body's other name, no body of its own.)
    const bracketed = out.findIndex((m) => m.start === tokens[at + 1]!.start && m.name === tokens[at + 1]!.text);
    if (bracketed >= 0) out.splice(bracketed, 1);
  }
  // A bare acronym is an organisation ("The OHCHR released data").
  for (const [at, t] of tokens.entries()) {
    // …unless it is the acronym just given for a name: "the Coastal Relief Network (CRN)".
    // (Most tokens are ruled out by their length or their first letter before the expression.)
    const c = t.text.charCodeAt(0);
    if (
      t.text.length >= 3 &&
      c >= 65 &&
      c <= 90 &&
      /^[A-Z]{3,}$/.test(t.text) &&
      !out.some(
        (m) => (m.start <= t.start && t.end <= m.end) || (!!m.alias?.split(' ').includes(t.text) && m.end < t.start && t.start - m.end <= ALIAS_REACH),
      ) &&
      // "DAKAR, Senegal (AP) —": a dateline's place in capitals is no organisation (known or not); "15:30 GMT" a time.
      !(dateline > 0 && t.start <= tokens[dateline - 1]!.start) &&
      !namesPlaceOrDay(`${t.text[0]}${t.text.slice(1).toLowerCase()}`) &&
      !TIME_ZONES.has(t.lower)
    ) {
      out.push({
        name: t.text,
        kind: 'org',
        alias: null,
        role: bodyDescribedBefore(tokens, sentenceText, offset, at),
        start: t.start,
        end: t.end,
      });
    }
  }
  // (A zone's capitals after a clock time, "09:40 WIB", and a place's name in capitals, a page's
  // section label "NEPAL", name no body, however the runs above read them.)
  const noBody = (m: SpeakerMention) => {
    if (!/^\p{Lu}{2,}$/u.test(m.name)) return false;
    if (sentenceText.trim() === m.name && namesPlaceOrDay(`${m.name[0]}${m.name.slice(1).toLowerCase()}`)) return true;
    const at = tokens.findIndex((t) => t.start === m.start);
    return at > 0 && tokens[at]!.end === m.end && m.name.length <= 5 && afterClockTime(tokens, at);
  };
  const found = out.filter((m) => !noBody(m)).sort((x, y) => x.start - y.start);
  const persons = found.filter((m) => m.kind === 'person');
  for (const m of persons) m.gender = mentionGender(m, tokens, persons);
  return found;
}

/** Heads of a body described in lower case before its acronym in brackets ("the UN children's agency (UNICEF)"). */
const DESCRIBED_BODY_HEADS = new Set([...OFFICE_WORDS, ...GENERIC_ORG_HEADS, ...BODY_REFERENCE_HEADS, ...STATE_BODY_NOUNS]);

/** A body's head a place may scope ("district administration", "provincial council"): an office or a body referred to by its head. */
const PLACE_SCOPED_HEADS = new Set([...OFFICE_WORDS, ...BODY_REFERENCE_HEADS].filter((w) => !STATE_BODY_NOUNS.has(w)));

/** How far before a cited source the body citing it may be named (characters: one sentence). */
const CITER_REACH = 300;

/** "Eleven", "Twenty-one": a count opening a sentence, capitalised as a name is, names no one. */
const numberWord = (w: string) =>
  w
    .toLowerCase()
    .split('-')
    .every((part) => part in NUMBER_UNITS || part in NUMBER_TENS);

/** Words that make a phrase before a body's head more than its description: prepositions and articles. */
const PHRASE_FUNCTION_WORDS: ReadonlySet<string> = new Set(['by', 'at', 'of', 'the', 'for', 'in', 'on', 'to', 'from', 'with', 'a', 'an', 'and']);

/**
 * Resolve a pronoun or a definite description to the nearest compatible earlier mention:
 * "he"/"she" and "the spokesman"/"the minister" to the last person (one whose role has that
 * word first); "the inquiry", "the sources" to the last source with that head; "the group",
 * "the London-based rights group" to the last organisation; "it"/"they" to the last source
 * that is not a person.
 */
export function resolveAnaphor(
  phrase: string,
  before: number,
  mentions: SpeakerMention[],
  sources: Array<{ name: string; start: number; entity?: { kind: string; role?: string | null } | null; role?: string }>,
): string | null {
  // "the London-based group", "the New York-based watchdog": where a body is based describes it, names nothing new.
  phrase = phrase.replace(BASED_IN_PLACE, '');
  const definite = /^(?:the|this|that)\s+/i.test(phrase);
  const p = phrase.toLowerCase().replace(/^(?:the|this|that)\s+/, '');
  const lastPerson = (pick: (m: SpeakerMention) => boolean = () => true) => {
    for (let i = mentions.length - 1; i >= 0; i--)
      if (mentions[i]!.start < before && mentions[i]!.kind === 'person' && pick(mentions[i]!)) return fullName(mentions, mentions[i]!.name, before);
    return null;
  };
  if (p === 'he' || p === 'she') {
    // ("Ana Ruiz, who said she …, … Jan Kos … She added": a person the report names as a man is no "she".)
    const agrees = (name: string) => {
      const g = genderNamed(mentions, fullName(mentions, name, before));
      return !g || g === (p === 'he' ? 'male' : 'female');
    };
    // "Trevanto told reporters … He added …": a person who spoke after the last person named in
    // full (a lone surname is no mention) is the nearer antecedent.
    let lastMention = -1;
    for (const m of mentions) if (m.start < before && m.kind === 'person' && m.start > lastMention && agrees(m.name)) lastMention = m.start;
    let spoke: { name: string; start: number } | null = null;
    // ("Hale said. He said …": a lone surname that spoke, no place or day, is a person too.)
    const person = (s: { name: string; entity?: { kind: string } | null }) =>
      !numberWord(s.name) &&
      (s.entity?.kind === 'person' ||
        (!s.entity && looksLikePerson(s.name) && !/\s/.test(s.name) && !countryOf(s.name) && !WEEKDAYS.has(s.name.toLowerCase())));
    // ("disputed the ombudsman's count. … she said": a document's author did not speak.)
    const spokeAloud = (s: { role?: string }) => s.role === undefined || s.role === 'speaker';
    for (const s of sources)
      if (s.start < before && s.start > lastMention && (!spoke || s.start > spoke.start) && person(s) && spokeAloud(s) && agrees(s.name)) spoke = s;
    return spoke ? fullName(mentions, spoke.name, before) : lastPerson((m) => agrees(m.name));
  }
  if (p === 'it' || p === 'they') {
    // "the human rights ombudsman said it had confirmed 58 deaths": an office held by one person is an "it".
    const office = (name: string) => OFFICE_WORDS.has(name.toLowerCase().split(/\s+/).pop() ?? '');
    // ("Villagers said …. The agency said …, it said": people, several, are a "they", never an "it".)
    const several = (s: (typeof sources)[number]) =>
      p === 'it' && s.entity?.kind === 'group' && /^\p{L}*s$/u.test(s.name.split(/\s+/).pop() ?? '') && !/\p{Lu}/u.test(s.name.slice(1));
    const body = (s: (typeof sources)[number]) => s.start < before && !!s.entity && (s.entity.kind !== 'person' || office(s.name)) && !several(s);
    let best: (typeof sources)[number] | null = null;
    for (const s of sources) if (body(s) && (!best || s.start > best.start)) best = s;
    // ("The Velmar Red Crescent told OCHA that its teams …": the one told is no antecedent beside its teller.)
    if (best?.role === 'relay') {
      const teller = sources.findLast((s) => body(s) && s.role !== 'relay' && s.start < best!.start && best!.start - s.start <= CITER_REACH);
      if (teller) best = teller;
    }
    // ("Al-Harakat has said it carried out the attack. … It claimed": with no body before, a lone
    // name read as a person's, which no mention names as one, is what "it" refers to.)
    if (!best && p === 'it')
      for (const s of sources)
        if (
          s.start < before &&
          s.entity?.kind === 'person' &&
          !/\s/.test(s.name) &&
          !mentions.some((m) => m.kind === 'person' && m.name.split(/\s+/).includes(s.name)) &&
          (!best || s.start > best.start)
        )
          best = s;
    // "OCHA's update put the toll at 11,300, citing the Red Crescent. It also said …": the body that
    // cited another, not the one it cited, is what "it" goes on from.
    if (best?.role === 'citing') {
      const citer = sources.findLast((s) => body(s) && s.start < best!.start && best!.start - s.start <= CITER_REACH && s.role !== 'citing');
      if (citer) best = citer;
    }
    return best?.name ?? null;
  }
  const words = p.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  // "Human Rights Watch and Amnesty International said … The two groups said": a counted plural of
  // bodies is the joint source named before.
  if (words.length === 2 && JOINT_COUNTS.has(words[0]!) && /s$/.test(head)) {
    let joint: { name: string; start: number } | null = null;
    for (const s of sources) if (s.start < before && / and /.test(s.name) && s.entity?.kind !== 'person' && (!joint || s.start > joint.start)) joint = s;
    if (joint) return joint.name;
  }
  // "Ruritania's defence minister", "the country's interior minister": a role whose words an
  // earlier person's role holds ("State Minister of Defence Ana Ruiz") is that person.
  const byRole = roleHolder(phrase, before, mentions);
  if (byRole) return byRole;
  // "the Office", "the Commission" after "the UN Office of the High Commissioner …": a body's head
  // word alone, capitalised as in the name, refers back to the nearest body named with it.
  const bare = phrase.replace(/^(?:the|this|that)\s+/i, '');
  if (definite && /^\p{Lu}\p{Ll}+$/u.test(bare) && (BODY_REFERENCE_HEADS.has(p) || OFFICE_WORDS.has(p))) {
    // (Not the description's own run: "On 4 July the Office".)
    const names = (name: string) => {
      const words = name.split(/\s+/);
      return words.includes(bare) && words.at(-2)?.toLowerCase() !== 'the';
    };
    // A source that spoke before, by its name or the acronym given for it ("OHCHR has recorded …"),
    // else the body named last.
    const aliases = new Set(mentions.filter((m) => m.alias && m.start < before && names(m.name)).map((m) => m.alias));
    let spoke: { name: string; start: number } | null = null;
    for (const s of sources)
      if (s.start < before && s.entity?.kind !== 'person' && (names(s.name) || aliases.has(s.name)) && (!spoke || s.start > spoke.start)) spoke = s;
    if (spoke) return spoke.name;
    let named: SpeakerMention | null = null;
    for (const m of mentions)
      if (m.start < before && m.kind === 'org' && names(m.name) && (!named || m.start > named.start || (m.start === named.start && m.end > named.end)))
        named = m;
    if (named) return named.name;
  }
  // A capitalised word beyond the determiner names something new ("the Health Ministry").
  if (/\s\p{Lu}/u.test(phrase.replace(/^(?:the|this|that)\s+/i, ' ')) || startsCapitalised(phrase.replace(/^(?:the|this|that)\s+/i, ''))) return null;
  if (definite && ROLE_NOUNS.has(head) && words.length <= 2 && !p.includes("'s ")) {
    // Someone who spoke before is a likelier antecedent than anyone merely named.
    // ("The provincial governor said" after a researcher spoke: a person whose stated role is another is not the one meant.)
    const roleOf = (name: string) => mentions.find((m) => m.kind === 'person' && m.name === name && m.role)?.role;
    // (A title before the name, "Inspector", is a rank that leaves the role open.)
    // (A teller named by a description alone, "a village chief", holds the role its words say.)
    const fits = (name: string, entityRole?: string | null) => {
      const role = roleOf(name) ?? entityRole ?? (/\p{Lu}/u.test(name) ? null : name);
      if (!role || /^\p{Lu}\S*$/u.test(role)) return true;
      const words = role.toLowerCase().split(/\s+/);
      const last = words[words.length - 1]!;
      // ("resident Gemechu Tolera" is no official: a noun of a person that is no office's role.)
      return words.includes(head) || (!ROLE_NOUNS.has(last) && personNoun(last)?.kind !== 'person');
    };
    // ("The interior minister": a modified role is a person whose own role says so, not anyone named.)
    const modified = words.length > 1;
    const stated = (s: { name: string; entity?: { role?: string | null } | null }) =>
      !!roleOf(s.name)?.toLowerCase().includes(head) || !!s.entity?.role?.toLowerCase().split(/\s+/).includes(head);
    let spoke: { name: string; start: number } | null = null;
    // ("The spokesman added …" after a spokesman and then a relative spoke: the one whose role says so first.)
    for (const s of sources) if (s.start < before && s.entity?.kind === 'person' && stated(s) && (!spoke || s.start > spoke.start)) spoke = s;
    if (!spoke && !modified)
      for (const s of sources)
        if (s.start < before && s.entity?.kind === 'person' && fits(s.name, s.entity.role) && (!spoke || s.start > spoke.start)) spoke = s;
    const person = spoke?.name ?? lastPerson((m) => !!m.role && m.role.toLowerCase().includes(head)) ?? (modified ? null : lastPerson((m) => !m.role));
    // "the Geneva-based monitor": a noun of a person or a body ("monitor") may still name the body.
    if (person || !GENERIC_ORG_HEADS.has(head)) return person;
  }
  const body = definite ? bodyReferredTo(words, before, mentions, sources) : null;
  if (body) return body;
  // "the professionals' association" after "the Sudanese Professionals Association": a body named
  // before with the same head and every modifier.
  const named = definite ? sameHeadNamed(words, before, mentions) : null;
  if (named) return named;
  // "the party" after "the Awami Justice Movement" or "the Alliance for Renewal": the nearest named
  // political body; "the company" after "Kessel Copper Mining Ltd.": the nearest named company.
  if (definite && (head === 'party' || COMPANY_HEADS.has(head))) {
    const heads = head === 'party' ? PARTY_NAME_HEADS : COMPANY_FORMS;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.start < before && m.kind === 'org' && heads.has(nameHead(m.name))) return m.name;
    }
  }
  // "the experts" after "UN human rights experts said": a definite plural of people refers back too.
  // "the federation" after "the Garment Workers' Federation of Norland": a collective body's head too.
  // "the prison service", "the service" after "Ecuador's national prison service said": a body
  // described before with that head.
  const describedBefore =
    definite &&
    sources.some(
      (s) =>
        s.start < before && s.entity && s.entity.kind !== 'person' && !/\p{Lu}/u.test(s.name.slice(1)) && s.name.toLowerCase().split(/\s+/).at(-1) === head,
    );
  if (
    !ANAPHORIC_HEADS.has(head) &&
    !GENERIC_ORG_HEADS.has(head) &&
    !(definite && words.length === 1 && (GROUP_NOUNS.has(head) || BODY_REFERENCE_HEADS.has(head))) &&
    !describedBefore
  )
    return null;
  // The same head named earlier: "the sources" -> "security and medical sources", "the inquiry" -> "official inquiry".
  // ("the interior ministry" is not the "ministry" a health ministry's figures were given by: a
  // modifier the description states must stand in the earlier name.)
  // ("the mayor's office" is not the relief office named last: a role's possessive names whose office it is.)
  const roleOwner = (w: string) => /['’]s$/.test(w) && ROLE_NOUNS.has(w.slice(0, -2));
  const modifiers = words
    .slice(0, -1)
    .filter((w) => (roleOwner(w) || !/['’]s$|^an?$/.test(w)) && !NON_DISTINGUISHING_MODIFIERS.has(w))
    .map((w) => w.replace('’', "'"));
  // ("local authorities" after "state authorities": another level of government, another body.)
  const level = words.slice(0, -1).find((w) => GOVERNMENT_LEVELS.has(w));
  const headAtOtherLevel = (own: string[]) => {
    const at = own.lastIndexOf(head);
    return !!level && at > 0 && GOVERNMENT_LEVELS.has(own[at - 1]!) && own[at - 1] !== level;
  };
  // ("the forum" after "forum spokesperson Ana Dreml said": a person whose role holds the body's word is not the body.)
  const bodyPerson = (s: (typeof sources)[number]) => s.entity?.kind === 'person' && !ROLE_NOUNS.has(head) && personNoun(head)?.kind !== 'person';
  let best: { name: string; start: number } | null = null;
  // ("The Department of Relief Affairs (DORA) … according to the Department of Weather Services … According to
  // DORA, … the department said": a source named by the acronym given for a name is that name where it spoke.)
  const given = new Map<string, string>();
  for (const m of mentions) if (m.kind === 'org' && m.alias && m.start < before && !given.has(m.alias)) given.set(m.alias, m.name);
  const nameOf = (source: string) => given.get(source) ?? source;
  for (const s of sources) {
    const name = nameOf(s.name);
    const own = name.toLowerCase().replace(/’/g, "'").split(/\s+/);
    if (
      s.start < before &&
      name.toLowerCase() !== p &&
      own.includes(head) &&
      modifiers.every((m) => own.includes(m)) &&
      !headAtOtherLevel(own) &&
      !bodyPerson(s) &&
      (!best || s.start > best.start)
    )
      best = name === s.name ? s : { name, start: s.start };
  }
  // "Rights group says 57 killed … the Velmar Rights Network said … The group added": an unnamed
  // description with that head gives way to a body named after it (the description it restates).
  // ("Doctors' union says 61 killed … the Syndicate of Doctors said … The union said": a collective body's head too.)
  if (best && !/\p{Lu}/u.test(best.name.slice(1)) && (GENERIC_ORG_HEADS.has(head) || BODY_REFERENCE_HEADS.has(head))) {
    // (One that spoke before one merely named: "the prison agency, Sepra, said … at the Tarvo Detention Centre".)
    const after = (x: { name: string; start: number }) => x.start > best!.start && x.start < before && /\p{Lu}/u.test(x.name);
    const spoke = sources.filter((x) => x.entity?.kind === 'organisation' && after(x));
    const named = spoke.length ? spoke : mentions.filter((m) => m.kind === 'org' && after(m));
    if (named.length) return named.reduce((a, b) => (b.start > a.start ? b : a)).name;
  }
  if (best) return best.name;
  // (Plain words before the head, no preposition, article or possessive: "figures checked by the monitor" describes no body.)
  const plainModifiers = words.slice(0, -1).every((w) => /^\p{Ll}+$/u.test(w) && !PHRASE_FUNCTION_WORDS.has(w) && !/ed$/.test(w));
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const own = m.name.toLowerCase().split(/\s+/);
    // ("the municipal social welfare office" is not the "Integrated Provincial Health Office": a body
    // of another level of government.)
    const otherLevel = modifiers.some((w) => GOVERNMENT_LEVELS.has(w) && !own.includes(w)) && own.some((w) => GOVERNMENT_LEVELS.has(w));
    // ("the interior ministry" is not the "Ministry of Health" named before either: the domain a
    // department's description states stands in the name.)
    const otherDomain =
      DEPARTMENT_HEADS.has(head) &&
      words.length <= 3 &&
      !modifiers.every((w) => own.includes(w) || (DEPARTMENT_DOMAIN_SYNONYMS.get(w) ?? []).some((x) => own.includes(x)));
    // ("the regional water board office" is not the "Federal Emergency Response Office" either: a
    // description's own words of what the body does stand in its name.)
    const otherWork = plainModifiers && modifiers.length >= 2 && !modifiers.some((w) => own.includes(w));
    // ("the president's office" is not the "National Emergency Office" either: whose office a role's possessive
    // says must stand in the name; "the federal government" is no "Government Girls School": the head heads the name.)
    const otherOwner = modifiers.some((w) => roleOwner(w) && !own.includes(w.slice(0, -2)) && !own.includes(w));
    // (A name in another language's order opens on its head: "Hospital Regional de Huaycollo".)
    const headed = own.some(
      (w, i) => w === head && (i === own.length - 1 || HEAD_CLOSING_PREPOSITIONS.has(own[i + 1]!) || (i === 0 && own.some((x) => NAME_INNER_PARTICLES.has(x)))),
    );
    if (m.start < before && m.kind === 'org' && own.includes(head) && headed && !otherLevel && !otherDomain && !otherWork && !otherOwner) return m.name;
  }
  // "the coalition" after "the Velmar Platform, a coalition of civil society groups": the body an apposition described so.
  // ("the office" after "The UN aid office, OCHA, said": the description may come first.)
  if (definite && words.length === 1 && (BODY_REFERENCE_HEADS.has(head) || GENERIC_ORG_HEADS.has(head) || OFFICE_WORDS.has(head))) {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.start >= before || m.kind !== 'org' || !m.role?.toLowerCase().split(/\s+/).includes(head)) continue;
      // ("…held by the Karen National Union, an ethnic armed group, … according to the relief group Free
      // Burma Rangers. The group said …": a body that spoke since is the likelier one meant.)
      const spokeSince = sources.some((x) => x.start > m.end && x.start < before && !!x.entity && x.entity.kind !== 'person' && /\p{Lu}/u.test(x.name));
      if (!spokeSince) return m.name;
      break;
    }
  }
  // ("The association also says …" after "Ginna Dogon Solidarité said": a collective body's bare head
  // refers back as a generic one does, whatever the body's name.)
  const bareBody = definite && words.length === 1 && BODY_REFERENCE_HEADS.has(head);
  if ((GENERIC_ORG_HEADS.has(head) && (definite || words.length === 1)) || bareBody) {
    // "Human Rights Watch said … Police fired tear gas … the group said": a state body ("Police",
    // "the Interior Ministry") is no "group" or "organisation"; the nearest other body is.
    const stateBody = (name: string) => {
      const last = name.toLowerCase().split(/\s+/).pop() ?? '';
      return STATE_BODY_NOUNS.has(last) || OFFICE_WORDS.has(last);
    };
    // ("Witnesses said …" opening a sentence: a plural of people, capitalised, is no body either.)
    const people = (name: string) => GROUP_NOUNS.has(name.toLowerCase());
    // ("…, told AFP that the organisation had confirmed …": a news outlet is no organisation of this kind.)
    const outlet = (name: string) => !OUTLET_WORDS.has(head) && sourceEntity(name)?.kind === 'outlet';
    // ("… compiled by the daily Kessel Times. … the paper said": an outlet's noun is the outlet named before.)
    if (OUTLET_WORDS.has(head)) {
      let press: { name: string; start: number } | null = null;
      for (const s of sources) if (s.start < before && s.entity?.kind === 'outlet' && (!press || s.start > press.start)) press = s;
      if (press) return press.name;
    }
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      // ("the state disaster agency" after "the Mangu Youth Forum": a body of a level of government is one whose name says so.)
      const level = words.slice(0, -1).some((w) => GOVERNMENT_LEVELS.has(w) && !m.name.toLowerCase().split(/\s+/).includes(w));
      // ("16:20 GMT": a mention no source could be is no antecedent.)
      if (
        m.start < before &&
        m.kind === 'org' &&
        !stateBody(m.name) &&
        !people(m.name) &&
        !outlet(m.name) &&
        !level &&
        !describedOtherwise(m, head) &&
        sourceEntity(m.name)
      )
        return m.name;
    }
  }
  return null;
}

/**
 * Is the body the report described by another kind of body's noun than `head` ("the relief charity
 * Hands Together" for "the agency")? Writers call one civil body a group, an organisation or a charity in
 * turn, and one state body an authority or an agency, but not a group an agency.
 */
function describedOtherwise(m: SpeakerMention, head: string): boolean {
  const described = m.role?.toLowerCase().split(/\s+/).at(-1) ?? '';
  if (!described || described === head) return false;
  const kindOfBody = (w: string) => GENERIC_ORG_HEADS.has(w) || BODY_REFERENCE_HEADS.has(w) || OFFICE_WORDS.has(w);
  return kindOfBody(described) && INTERCHANGEABLE_BODY_HEADS.has(described) !== INTERCHANGEABLE_BODY_HEADS.has(head);
}

/**
 * "the doctors' union" after "the Velmar Medical Association", "the rights body" after "the Orsk
 * Human Rights Commission": a definite description headed by a collective body's noun refers to the
 * nearest earlier named body whose head is one too, when each modifier is a word of its name or a
 * profession its name's words serve. A head the earlier names hold is left to the same-head rule.
 */
function bodyReferredTo(
  words: string[],
  before: number,
  mentions: SpeakerMention[],
  sources: Array<{ name: string; start: number; entity?: { kind: string } | null; role?: string }>,
): string | null {
  const head = words[words.length - 1]!;
  if (!BODY_REFERENCE_HEADS.has(head) || words.length > 3 || words.length < 2) return null;
  const modifiers = words.slice(0, -1).map((w) => w.replace(/['’]s?$/, ''));
  const candidates = [
    ...sources.filter((s) => s.start < before && s.entity && s.entity.kind !== 'person' && s.entity.kind !== 'document'),
    ...mentions.filter((m) => m.start < before && m.kind === 'org'),
  ].filter((c) => /\p{Lu}/u.test(c.name));
  let best: { name: string; start: number } | null = null;
  for (const c of candidates) {
    const own = c.name.toLowerCase().split(/\s+/);
    if (own.includes(head)) return null;
    if (!BODY_REFERENCE_HEADS.has(own[own.length - 1]!)) continue;
    const fits = modifiers.every((m) => own.includes(m) || (PROFESSION_FIELDS.get(m) ?? []).some((f) => own.includes(f)));
    if (fits && (!best || c.start > best.start)) best = c;
  }
  return best?.name ?? null;
}

function sameHeadNamed(words: string[], before: number, mentions: SpeakerMention[]): string | null {
  const head = words[words.length - 1]!;
  // ("the district administration" after "the Tarvin district administration": an office's head too.)
  if (!PLACE_SCOPED_HEADS.has(head) || words.length < 2 || words.length > 3) return null;
  const modifiers = words.slice(0, -1).map((w) => w.replace(/['’]s?$/, ''));
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start >= before || m.kind !== 'org' || !/\p{Lu}/u.test(m.name)) continue;
    const own = m.name.toLowerCase().split(/\s+/);
    if (own[own.length - 1] === head && modifiers.every((x) => own.includes(x))) return m.name;
  }
  return null;
}

/**
 * The word a body's name is headed by: its last word ("Awami Justice Movement", "Kessel Mining
 * Ltd."), or the one before an "of" or "for" that names what it is of ("Alliance for Renewal").
 */
function nameHead(name: string): string {
  const words = name.toLowerCase().replace(/\.$/, '').split(/\s+/);
  const k = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  return (k > 0 ? words[k - 1] : words.at(-1)) ?? '';
}

/** Words after a body's head noun in its name ("Commission on Human Rights", "Office for …"). */
const HEAD_CLOSING_PREPOSITIONS = new Set(['of', 'for', 'on', 'in', 'against', 'to']);

/** A place-based modifier inside a description: "London-based ", "New York-based ", "U.S.-based ". */
const BASED_IN_PLACE = /(?<=^(?:the|this|that)\s+)(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*-based\s+/iu;

/** Spelling variants of role words, folded so "defense minister" finds "Minister of Defence". */
const foldRoleWord = (w: string) =>
  w
    .replace(/^defense$/, 'defence')
    .replace(/^internal$/, 'interior')
    .replace(/^home$/, 'interior');

/**
 * A role description ("the defence minister", "Ruritania's deputy health minister") names the
 * nearest earlier person whose role, read at their first mention, holds every one of its words:
 * a country in the possessive or as a demonym is the scope, not a role word.
 */
function roleHolder(phrase: string, before: number, mentions: SpeakerMention[]): string | null {
  let words = phrase.replace(/^(?:the|this|that)\s+/i, '').split(/\s+/);
  // "Ruritania's", "Sri Lanka's", "the country's", "Ruritanian": scope, dropped.
  const possessive = words.findIndex((w) => /['’]s$/.test(w));
  if (
    possessive >= 0 &&
    possessive < words.length - 1 &&
    words.slice(0, possessive + 1).every((w) => startsCapitalised(w) || /^(?:country|nation|state|government)['’]s$/i.test(w))
  )
    words = words.slice(possessive + 1);
  else if (words.length > 1 && countryOf(words[0]!)) words = words.slice(1);
  const role = words.map((w) => w.toLowerCase());
  const head = role[role.length - 1] ?? '';
  // Only a lower-case description of a role with a qualifier ("defence minister"), not a bare "minister".
  if (role.length < 2 || role.length > 4 || !ROLE_NOUNS.has(head) || words.some((w) => startsCapitalised(w))) return null;
  const wanted = role.map(foldRoleWord);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start >= before || m.kind !== 'person' || !m.role) continue;
    const has = new Set(
      m.role
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .map(foldRoleWord),
    );
    if (wanted.every((w) => has.has(w))) return fullName(mentions, m.name);
  }
  return null;
}

/**
 * The fullest form of a person's name ("Trump" after "Donald Trump"): for a surname alone, the person
 * of that surname named last before `before` ("Brima Kamara … Kamara said", not a Mariama Kamara
 * named later), else the longest of that surname named anywhere.
 */
/** The sex the report gives the person of that full name, at any of their mentions. */
function genderNamed(mentions: SpeakerMention[], name: string): Gender | null {
  for (const m of mentions) if (m.kind === 'person' && m.gender && (m.name === name || name.endsWith(` ${m.name}`))) return m.gender;
  return null;
}

function fullName(mentions: SpeakerMention[], name: string, before = Infinity): string {
  // ("Ana Ruiz" may be written in full as "Maria Ana Ruiz"; not as another person of her surname.)
  if (name.includes(' '))
    return mentions.reduce((best, o) => (o.kind === 'person' && o.name.endsWith(` ${name}`) && o.name.length > best.length ? o.name : best), name);
  let nearest: SpeakerMention | null = null;
  let longest = name;
  for (const o of mentions) {
    if (o.kind !== 'person' || o.name.split(' ').pop() !== name) continue;
    if (o.name.length > longest.length) longest = o.name;
    if (o.start < before && o.name.includes(' ') && (!nearest || o.start > nearest.start)) nearest = o;
  }
  return nearest?.name ?? longest;
}
