/**
 * Source names read as names: "the country's Health Ministry" = "Health Ministry" (determiners
 * and possessive scope dropped), "Dr. Ali Karimi" = "Ali Karimi" (titles), "senior Iranian
 * lawmaker Mojtaba Zolnour" = "Mojtaba Zolnour" (a role in apposition), "NCRI" = "National
 * Council of Resistance of Iran" (an acronym), "Amnesty" = "Amnesty International" and "Trump"
 * = "Donald Trump" (a proper short form whose words stand in the long one), "Zolnouri" =
 * "Zolnour" (a person's name spelled one letter apart). A country named in the name is read
 * apart ("Kazakhstan's interior ministry": the interior ministry, of KZ). Shared by the tally
 * and the evaluation.
 */
import { countriesIn } from './countries.js';
import { guessSourceType } from './type-rules.js';
import { NAME_WORD_FOLDS, OFFICE_NAME_FOLDS, OFFICE_WORDS, ROLE_NOUNS, TITLES } from './words.js';

/**
 * Titles before a capitalised name ("President Ruto", "Justice Amina Odhiambo"); written in any
 * case, but the name after must be capitalised, which a case-insensitive \p{Lu} would not ask:
 * "justice ministry" keeps its "justice".
 */
const anyCase = (t: string) => t.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
const TITLE_RE = new RegExp(
  `^(?:(?:${[...TITLES]
    .sort((a, b) => b.length - a.length)
    .map((t) => anyCase(t).replace(/ /g, '\\s+'))
    .join('|')})\\.?\\s+)+(?=\\p{Lu})`,
  'u',
);
/** A name without the titles before it; "Justice Ministry", "Interior Ministry": a word before an office names it. */
function withoutTitle(name: string): string {
  const m = TITLE_RE.exec(name);
  if (!m) return name;
  const rest = name.slice(m[0].length);
  return OFFICE_RE.test(rest.split(/\s+/)[0] ?? '') ? name : rest;
}
const ROLE_SET = new Set(ROLE_NOUNS);
const OFFICE_RE = new RegExp(`\\b(?:${OFFICE_WORDS.join('|')})\\b`, 'i');
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;
const NAME_PARTICLE = /^(?:al|el|bin|ibn|van|von|de|da|di|du|la|le|der|den)$/i;
/** Bare heads of an office named by whose it is ("the Prosecutor's Office", "the Ombudsman's Office"). */
const OFFICE_OF_HOLDER = new Set(['office', 'bureau', 'secretariat', 'department', 'chambers']);
const FOLD_TO = new Map(NAME_WORD_FOLDS);
const FOLD_RE = new RegExp(`\\b(?:${NAME_WORD_FOLDS.map(([w]) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'g');

/** A name read apart: the person's or body's own words, and the country the name names. */
export interface ParsedName {
  /** Normalised (lower case, no punctuation) name without title, role or country words. */
  base: string;
  /** Country named in the name (ISO code), or null. */
  country: string | null;
  /** Names an office of a state (ministry, police, officials...): its country matters. */
  office: boolean;
  /** Reads as a person's name ("Mojtaba Zolnour", "Trump"): 1–4 capitalised words, no office or group word. */
  person: boolean;
}

/** Names already normalised: a tally compares each name with every source's (cleared when full). */
const normalised = new Map<string, string>();

/** Folds case, quotes, parentheses, a leading article and possessive scope ("the country's"). */
export function normaliseSource(name: string): string {
  let n = normalised.get(name);
  if (n === undefined) {
    if (normalised.size > 20_000) normalised.clear();
    normalised.set(name, (n = normaliseUncached(name)));
  }
  return n;
}

function normaliseUncached(name: string): string {
  return (
    basicFold(withoutTitle(stripApposition(name)))
      .replace(/^(?:country|nation|state|government|regime)'s\s+/, '')
      // "Tehran's governor": scope, dropped; but "the Ombudsman's Office" is named by its holder.
      .replace(/^([\p{L}.-]+)'s\s+(\S+)$/u, (m, owner: string, head: string) => (OFFICE_OF_HOLDER.has(head) ? `${owner} ${head}` : m))
      .replace(/^[\p{L}.-]+'s\s+/u, '')
      // "UNICEF's" alone (its figures, its spokesman) is UNICEF.
      .replace(/^([\p{L}\p{N}.-]+)'s$/u, '$1')
      .replace(/[^\p{L}\p{N} ]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function basicFold(name: string): string {
  return foldOffice(
    name
      .toLowerCase()
      .replace(/[’`]/g, "'")
      // "Otárola" = "Otarola": accents are spelling.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // Dotted initials are one word: "U.N." = "UN".
      .replace(/(?<![\p{L}.])((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, ''))
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^(?:the|a|an)\s+/, '')
      // "an Orr-based researcher" = "a researcher in Orr" = "a researcher based in Orr".
      .replace(/^([\p{L}.]+(?:\s[\p{L}.]+)?)-based\s+(.+)$/u, '$2 in $1')
      .replace(/\sbased in\s/, ' in ')
      // One spelling and one wording of a name: "ministry of internal affairs" -> "ministry of interior".
      .replace(FOLD_RE, (m) => FOLD_TO.get(m.replace(/\s+/g, ' ')) ?? m),
  );
}

/** Fold an office's name in another language or wording to one English form (see OFFICE_NAME_FOLDS). */
function foldOffice(name: string): string {
  let n = name;
  for (const [re, to] of OFFICE_NAME_FOLDS) n = n.replace(re, to);
  return n;
}

/**
 * A person's name out of a role in apposition: "senior Iranian lawmaker Mojtaba Zolnour" and
 * "Mojtaba Zolnour, a senior lawmaker" are "Mojtaba Zolnour". Other names are kept.
 */
export function stripApposition(name: string): string {
  const trimmed = name.trim();
  const comma = trimmed.indexOf(',');
  if (comma > 0) {
    const head = trimmed.slice(0, comma).trim();
    const tail = trimmed.slice(comma + 1).trim();
    if (isProperName(head) && /^(?:a|an|the)?\s*[\p{Ll}]/u.test(tail)) return head;
    if (isProperName(tail) && head.split(/\s+/).some((w) => ROLE_SET.has(w.toLowerCase()))) return tail;
  }
  // A run of capitalised words after a lower-case role noun: "lawmaker Mojtaba Zolnour".
  const words = trimmed.split(/\s+/);
  let i = words.length;
  while (i > 0 && (CAPITALISED.test(words[i - 1]!) || (i < words.length && NAME_PARTICLE.test(words[i - 1]!)))) i--;
  if (
    i > 0 &&
    i < words.length &&
    words.length - i <= 4 &&
    ROLE_SET.has(words[i - 1]!.toLowerCase().replace(/\.$/, '')) &&
    !OFFICE_RE.test(words.slice(i).join(' '))
  ) {
    return words.slice(i).join(' ');
  }
  return trimmed;
}

function isProperName(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  return (
    words.length >= 1 &&
    words.length <= 4 &&
    words.every((w) => CAPITALISED.test(w) || NAME_PARTICLE.test(w)) &&
    CAPITALISED.test(words[0]!) &&
    !OFFICE_RE.test(s)
  );
}

const parsed = new Map<string, ParsedName>();

export function parseSourceName(name: string): ParsedName {
  let p = parsed.get(name);
  if (p) return p;
  const own = withoutTitle(stripApposition(name));
  const folded = basicFold(own)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "kazakhstan's interior ministry", "iraqi interior ministry", "the interior ministry of iraq".
  let words = folded.split(' ').filter(Boolean);
  let country: string | null = null;
  const possessive = words[0]?.match(/^(.+)'s$/);
  const first = possessive ? [possessive[1]!, ...words.slice(1)] : words;
  const found = countriesIn(first.map((w) => w.replace(/'s$/, '')));
  // An opposition council or a rights commission is not an office of a state.
  const office = OFFICE_RE.test(folded) && guessSourceType(own) === 'official';
  if (found.length && (office || possessive || found[0]!.start === 0)) {
    const f = found[0]!;
    country = f.code;
    // Drop the country words (and an "of" before them) when something remains.
    const rest = first.filter((_, i) => i < f.start || i >= f.end).filter((w, i, all) => !(w === 'of' && i === all.length - 1));
    if (rest.length) words = rest;
  } else if (possessive && words.length === 2 && OFFICE_OF_HOLDER.has(words[1]!)) {
    words = [possessive[1]!, words[1]!]; // "the prosecutor's office": the holder names the office.
  } else if (possessive) {
    words = words.slice(1); // "the group's spokesman", "Tehran's governor": scope, not a name.
    if (!words.length) words = [possessive[1]!];
  }
  const base = words.join(' ').replace(/'/g, '').replace(/\s+/g, ' ').trim();
  const ownWords = own.split(/\s+/).filter(Boolean);
  const person =
    !office &&
    ownWords.length >= 1 &&
    ownWords.length <= 4 &&
    isProperName(own) &&
    !/^\p{Lu}{2,}$/u.test(own) &&
    !country &&
    guessSourceType(own) === 'unknown';
  p = { base, country, office, person };
  if (parsed.size > 20_000) parsed.clear();
  parsed.set(name, p);
  return p;
}

/** Closing words an acronym often leaves out ("ACLED" for "… Event Data Project"). */
const ACRONYM_OPTIONAL_HEADS = new Set(['project', 'programme', 'initiative', 'network', 'group', 'monitor']);

// (With the articles and prepositions of names in French, Spanish and Portuguese, which their acronyms
// leave out too: "Observatoire Velmarien des Droits du Peuple" is OVDP.)
const STOP = new Set([
  'of',
  'for',
  'the',
  'and',
  'in',
  'on',
  'de',
  'al',
  'at',
  'des',
  'du',
  'del',
  'la',
  'le',
  'les',
  'da',
  'do',
  'das',
  'dos',
  'los',
  'las',
  'et',
  'y',
]);
const initials = (words: string[]) =>
  words
    .filter((w) => !STOP.has(w))
    .map((w) => w[0])
    .join('');

/** A name's words but stop words, sorted: "ministry of health" and "health ministry" read alike. */
const contentOf = (norm: string) =>
  norm
    .split(' ')
    .filter((w) => w && !STOP.has(w))
    .sort()
    .join(' ');

/** What `sameName` compares of a spelling, worked out once per spelling (a tally compares every pair). */
interface NameForm {
  norm: string;
  words: string[];
  /** First letters of the words but stop words ("ohchr"), and of every word. */
  initials: string;
  firsts: string;
  capitalised: boolean;
  /** The words but stop words, sorted: one name in another word order ("Institute for Human Rights" / "Human Rights Institute"). */
  content: string;
  /** A word written as an acronym ("HRC" in "HRC Viasna"), if one is. */
  acronym: string | null;
}
const forms = new Map<string, NameForm>();
function formOf(name: string): NameForm {
  let f = forms.get(name);
  if (f === undefined) {
    const norm = normaliseSource(name);
    const words = norm.split(' ');
    const content = contentOf(norm);
    const acronym = words.length > 1 ? (words.find((w) => w.length >= 2 && new RegExp(`(?:^|\\s)${w.toUpperCase()}(?:\\s|$)`).test(name)) ?? null) : null;
    f = { norm, words, initials: initials(words), firsts: words.map((w) => w[0]).join(''), capitalised: /\p{Lu}/u.test(name), content, acronym };
    if (forms.size > 20_000) forms.clear();
    forms.set(name, f);
  }
  return f;
}

/**
 * Are two spellings one name (country left aside)? Equal after normalising, an acronym of the
 * other, a capitalised short form whose words all stand in the other, or a person's name
 * spelled one letter apart.
 */
export function sameName(a: string, b: string): boolean {
  const fa = formOf(a);
  const fb = formOf(b);
  if (fa.norm === fb.norm) return true;
  if (!fa.norm || !fb.norm) return false;
  const [short, long] = fa.norm.length <= fb.norm.length ? [fa, fb] : [fb, fa];
  if (short.words.length === 1 && short.norm.length >= 2 && (long.initials === short.norm || long.firsts === short.norm)) return true;
  // "ACLED" = "Armed Conflict Location and Event Data Project": an acronym may leave out a closing generic head.
  if (
    short.words.length === 1 &&
    short.norm.length >= 3 &&
    long.words.length > 3 &&
    ACRONYM_OPTIONAL_HEADS.has(long.words[long.words.length - 1]!) &&
    initials(long.words.slice(0, -1)) === short.norm
  )
    return true;
  if (short.capitalised && short.words.every((w) => long.words.includes(w))) return true;
  // "National Institute for Human Rights" = "National Human Rights Institute": the same words in another order.
  if (fa.content.includes(' ') && fa.content === fb.content) return true;
  // "HRC Viasna" = "Viasna Human Rights Centre": a name beside the acronym of the other's remaining words.
  if (short.acronym && long.words.length > short.words.length) {
    const named = short.words.filter((w) => w !== short.acronym);
    if (named.every((w) => long.words.includes(w)) && initials(long.words.filter((w) => !named.includes(w))) === short.acronym) return true;
  }
  return samePerson(a, b);
}

/**
 * Keys that find the spellings a name may be `sameName` with, without comparing it to every one
 * (a tally resolves thousands of names: comparing each with every source's spellings is
 * quadratic). A spelling is filed under `nameIndexKeys`; a name is looked up by `nameProbeKeys`:
 * the spellings filed under any of `any`, and those filed under every one of `all` (a superset:
 * the one with fewest spellings will do), hold every spelling it is `sameName` with. Each key
 * follows one test of `sameName`:
 * - `n:` the normalised name: equal names, and a one-word short form equal to the other's initials;
 * - `i:` the initials (both kinds): an acronym looked up by its letters;
 * - `w:` every word: a capitalised short form whose words all stand in the spelling;
 * - `c:` the first word of a capitalised spelling: the spelling as a short form of the name;
 * - `p:` a person's folded surname and its one-letter deletions: two surnames one edit apart
 *   share one of them.
 */
export function nameIndexKeys(name: string): string[] {
  const f = formOf(name);
  const keys = [`n:${f.norm}`, `i:${f.initials}`, `i:${f.firsts}`];
  for (const w of f.words) keys.push(`w:${w}`);
  if (f.capitalised) keys.push(`c:${f.words[0]}`);
  for (const k of surnameKeys(name)) keys.push(`p:${k}`);
  return keys;
}

export function nameProbeKeys(name: string): { any: string[]; all: string[] } {
  const f = formOf(name);
  const any = [`n:${f.norm}`, `n:${f.initials}`, `n:${f.firsts}`];
  if (f.words.length === 1) any.push(`i:${f.norm}`);
  for (const w of f.words) any.push(`c:${w}`);
  for (const k of surnameKeys(name)) any.push(`p:${k}`);
  return { any, all: f.capitalised ? f.words.map((w) => `w:${w}`) : [] };
}

/** A person's folded surname and the strings one letter shorter (see samePerson), or none. */
function surnameKeys(name: string): string[] {
  const p = parseSourceName(name);
  if (!p.person) return [];
  const words = p.base.split(' ');
  const s = spelling(words[words.length - 1]!);
  if (s.length < 5) return [];
  const keys = [s];
  for (let i = 0; i < s.length; i++) keys.push(s.slice(0, i) + s.slice(i + 1));
  return keys;
}

/** Are two source names the same source? (Names only: see SourceResolver for countries.) */
export function sameSource(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = a ?? '';
  const y = b ?? '';
  if (!normaliseSource(x) || !normaliseSource(y)) return normaliseSource(x) === normaliseSource(y);
  const pa = parseSourceName(x);
  const pb = parseSourceName(y);
  // Kazakhstan's interior ministry is not Iraq's.
  if (pa.country && pb.country && pa.country !== pb.country && (pa.office || pb.office)) return false;
  // "Belarusian Interior Ministry" = "Belarus Interior Ministry": one body, its country named by
  // demonym or by name (as SourceResolver groups them in the tally).
  if (pa.country && pa.country === pb.country && pa.base && (pa.base === pb.base || contentOf(pa.base) === contentOf(pb.base))) return true;
  // "Kenya's justice ministry" and "the justice ministry" in one crisis: one office, its country named once
  // (as "Kenyan Justice Ministry" already is).
  if ((pa.office || pb.office) && (!pa.country || !pb.country) && pa.base && pa.base === pb.base) return true;
  return sameName(x, y);
}

/** A surname folded for spelling variants: doubled letters once, "ou"/"oo" as "u", "ee" as "i". */
const spellings = new Map<string, string>();
function spelling(w: string): string {
  let s = spellings.get(w);
  if (s === undefined) {
    if (spellings.size > 20_000) spellings.clear();
    spellings.set(
      w,
      (s = w
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/ou|oo/g, 'u')
        .replace(/ee/g, 'i')
        .replace(/(\p{L})\1+/gu, '$1')),
    );
  }
  return s;
}

/**
 * Transliterations of one person's name: "Zolnour" / "Zolnouri" / "Zonnour", "Rouhani" /
 * "Rohani". Conservative: both read as persons' names, the surnames (last words) are at least
 * five letters and one edit apart after folding spelling variants, and given names, when both
 * are written, are the same. "Khamenei" / "Khomeini" (two edits) and "Maryam Rajavi" /
 * "Massoud Rajavi" (two given names) stay apart.
 */
export function samePerson(a: string, b: string): boolean {
  const pa = parseSourceName(a);
  const pb = parseSourceName(b);
  if (!pa.person || !pb.person) return false;
  const wa = pa.base.split(' ');
  const wb = pb.base.split(' ');
  if (Math.abs(wa[wa.length - 1]!.length - wb[wb.length - 1]!.length) > 3) return false;
  const sa = spelling(wa[wa.length - 1]!);
  const sb = spelling(wb[wb.length - 1]!);
  if (Math.min(sa.length, sb.length) < 5) return false;
  if (wa.length > 1 && wb.length > 1 && wa.slice(0, -1).join(' ') !== wb.slice(0, -1).join(' ')) return false;
  return editDistanceAtMostOne(sa, sb);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
