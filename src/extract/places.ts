/**
 * Stage 7 — places: place names in the text, resolved against the offline gazetteer.
 *
 * Candidates are runs of capitalised words ("Sistan and Baluchistan Province", "Al Muthanna",
 * "ERBIL"). Two passes: countries and regions first, which tell the document's country; then
 * cities, preferring that country. A run that names an organisation ("Kuwait Moitri Hospital",
 * "High Commission For Human Rights") is not a place. A small foreign town needs the document's
 * country or a locative cue ("in", "the city of", "… port") before it counts: most capitalised
 * words that are also the name of some village somewhere are not places in the story.
 */
import { readFileSync } from 'node:fs';
import {
  CITY_SUFFIX,
  DAY_AND_MONTH_NAMES,
  LEADING_STOP,
  LOCATIVE_BEFORE,
  MONTHS,
  PLACE_AFTER,
  PLACE_NAME_CONNECTORS,
  REGION_SUFFIX,
  RELEASE_DATELINE,
  TITLE_DATELINE,
  WIRE_DATELINE,
  SPEECH_VERBS,
} from './lexicon/index.js';
import type { PlaceMention, ResolvedPlace, Span } from '../domain.js';
import { getGazetteer, type GazetteerEntry } from '../places/gazetteer.js';
import { countryOf } from './entities.js';
import { isMoneyNoun } from './money-nouns.js';
import { ORG_WORDS } from './names.js';
import { personNoun } from './person-nouns.js';
import { isCapitalised, startsCapitalised, tokenize, type Token } from './tokens.js';

const POSSESSIVE = /['’]s$/;
/** Cities this small are only places of the story in its own country or with a locative cue. */
const SMALL_CITY = 200_000;

interface Candidate {
  from: number;
  to: number;
  /** The name without suffix words ("Khuzestan" for "Khuzestan Province"). */
  name: string;
  span: Span;
  regionSuffix: boolean;
  /** The region word that marked it, lower case ("state" of "Plateau State"), or null. */
  regionWord: string | null;
  locative: boolean;
  sentenceInitial: boolean;
  /**
   * A sentence-initial name that reads as a name, not a common word capitalised by its position:
   * "Mandalay saw …" but not "Police said …", "Reading between …", "Victoria said …". False
   * for a name inside its sentence (every rule asks it of sentence-initial names only).
   */
  openerIsName: boolean;
  /** The names joined by "and" in the run, tried when the whole is not a place. */
  parts?: Candidate[];
}

/** One word of capitalised names joined by hyphens ("Türkiye-Syria"). */
const HYPHENED_NAMES = /^\p{Lu}[\p{L}'’]+(?:[-–]\p{Lu}[\p{L}'’]+)+$/u;

function runs(tokens: Token[], text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!startsCapitalised(t.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    // "Iran’s Sistan and Baluchistan": a possessive ends the name it belongs to.
    while (j < tokens.length && !POSSESSIVE.test(tokens[j - 1]!.text)) {
      const n = tokens[j]!;
      // ("… protest in Yerevan\n\nYEREVAN - …": a headline's last word and the dateline under it are two names.)
      if (text.slice(tokens[j - 1]!.end, n.start).includes('\n')) break;
      if (startsCapitalised(n.text)) j++;
      else if (PLACE_NAME_CONNECTORS.has(n.lower) && isCapitalised(tokens[j + 1]) && (n.lower !== '-' || n.start === tokens[j - 1]!.end)) j += 2;
      else if (REGION_SUFFIX.has(n.lower) || (n.lower === 'city' && j === i + 1)) {
        j++;
        break;
      } else break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

/**
 * Candidates of a run, and of its parts when it joins names with "and": "Lebanon and Syria"
 * is two places, "Sistan and Baluchistan Province" one; resolution tries the whole first.
 */
function candidatesIn(text: string, tokens: Token[], sentenceStarts: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  for (const [a, b] of runs(tokens, text)) {
    const whole = candidateOf(text, tokens, a, b, sentenceStarts);
    if (!whole) continue;
    const parts: Candidate[] = [];
    let from = a;
    for (let k = a + 1; k < b - 1; k++) {
      if (tokens[k]!.lower !== 'and') continue;
      const part = candidateOf(text, tokens, from, k, sentenceStarts);
      if (part) parts.push(part);
      from = k + 1;
    }
    // (Only a run of three words or more may join by "of".)
    const of = parts.length || b - a < 3 ? -1 : tokens.slice(a + 1, b - 1).findIndex((t) => t.lower === 'of');
    if (parts.length) {
      const last = candidateOf(text, tokens, from, b, sentenceStarts);
      if (last) parts.push(last);
      whole.parts = parts;
    } else if (of >= 0) {
      // "Shelling of Orsk bus depot kills 12", "Siege of Tarvo": capitals join an event to its
      // place; the name after "of" is tried when the whole names nothing.
      const part = candidateOf(text, tokens, a + 2 + of, b, sentenceStarts);
      if (part) whole.parts = [part];
    } else if (whole.from === whole.to - 1 && HYPHENED_NAMES.test(whole.name)) {
      // "Türkiye-Syria earthquakes", "the Iran-Iraq war": names joined by a hyphen in one word.
      // (Not an article's two letters, "Al-Thawra district", which would read as Alabama's "AL".)
      let at = whole.span.start;
      whole.parts = whole.name
        .split(/[-–]/)
        .map((name) => {
          const span = { start: at, end: at + name.length, text: name };
          at += name.length + 1;
          return { ...whole, name, span, parts: undefined };
        })
        .filter((part) => part.name.length > 2);
    }
    out.push(whole);
  }
  return out;
}

function candidateOf(text: string, tokens: Token[], a: number, b: number, sentenceStarts: Set<number>): Candidate | null {
  {
    // Part of an organisation's name: not a place mention.
    if (b - a > 1) {
      for (let k = a; k < b; k++) if (ORG_WORDS.has(tokens[k]!.lower) && !REGION_SUFFIX.has(tokens[k]!.lower)) return null;
    }
    let from = a;
    while (from < b && LEADING_STOP.has(tokens[from]!.lower)) from++;
    let to = b;
    let regionWord: string | null = null;
    while (to > from + 1 && (REGION_SUFFIX.has(tokens[to - 1]!.lower) || CITY_SUFFIX.has(tokens[to - 1]!.lower))) {
      if (REGION_SUFFIX.has(tokens[to - 1]!.lower)) regionWord ??= tokens[to - 1]!.lower;
      to--;
    }
    if (from >= to) return null;
    const after = tokens[b];
    if (after && PLACE_AFTER.has(after.lower) && REGION_SUFFIX.has(after.lower)) regionWord ??= after.lower;
    const regionSuffix = regionWord !== null;
    const before = tokens[from - 1]?.lower ?? '';
    const before2 = tokens[from - 2]?.lower ?? '';
    const locative =
      LOCATIVE_BEFORE.has(before) ||
      (before === 'of' && CITY_SUFFIX.has(before2)) ||
      regionSuffix ||
      (!!after && PLACE_AFTER.has(after.lower)) ||
      tokens[b - 1] !== tokens[to - 1];
    // "…, Mendoza said": a name alone before a verb of speech is someone speaking (people speak,
    // places do not), wherever in the sentence.
    if (to - from === 1 && b === to && !locative && after && SPEECH_VERBS.has(after.lower)) return null;
    const start = tokens[from]!.start;
    // The possessive is not part of the name: "Iran’s" -> "Iran".
    const trim = (t: Token) => t.end - (POSSESSIVE.test(t.text) ? 2 : 0);
    const end = trim(tokens[b - 1]!);
    const sentenceInitial = sentenceStarts.has(tokens[from]!.start);
    return {
      from,
      to,
      name: text.slice(tokens[from]!.start, trim(tokens[to - 1]!)),
      span: { start, end, text: text.slice(start, end) },
      regionSuffix,
      regionWord,
      locative,
      sentenceInitial,
      // Read only where it is asked: of a name opening its sentence.
      openerIsName: sentenceInitial && openerIsName(tokens, from, to),
    };
  }
}

let commonWords: Set<string> | null = null;
/** English words that are also some place's name (scripts/build-common-place-words.ts). */
function commonPlaceWords(): Set<string> {
  return (commonWords ??= new Set(
    (JSON.parse(readFileSync(new URL('../../assets/lexicon/common-place-words.json', import.meta.url), 'utf8')) as { words: string[] }).words,
  ));
}

/**
 * Whether a capitalised run that opens a sentence is a name by itself: not an English common
 * word (WordNet writes it in lower case: "Police", "Mobile", "Aurora"), a day or month, or a
 * person ("Victoria", a WordNet person), and not the subject of a speech verb ("Ahmed said"):
 * people speak, places do not. A name of several words is a name ("New Delhi"). A dateline
 * ("Colombo (AFP): …", "Lagos, March 3 (Reuters) -", "NAIROBI -") names where the report was filed, not
 * where its figures happened: not a place of the story.
 */
const DASHES = new Set(['-', '–', '—']);

function openerIsName(tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to];
  if (next?.text === '(' || (next?.text === ',' && (DAY_AND_MONTH_NAMES.has(tokens[to + 1]?.lower ?? '') || MONTHS.has(tokens[to + 1]?.lower ?? ''))))
    return false;
  const inCapitals = tokens.slice(from, to).every((t) => t.text === t.text.toUpperCase());
  // "NAIROBI - At least 39 people…": a name in capitals before a dash.
  if (next && DASHES.has(next.text) && inCapitals) return false;
  // "QUITO, Ecuador - …", "GOMA, North Kivu, May 4 (Wire) -": a name in capitals, then its
  // country or region, then a date, an agency or a dash.
  if (inCapitals && next?.text === ',') {
    for (let k = to + 1; k < tokens.length && k <= to + 8; k++) {
      const t = tokens[k]!;
      if (DASHES.has(t.text) || t.text === '(' || MONTHS.has(t.lower) || DAY_AND_MONTH_NAMES.has(t.lower)) return false;
      if (t.text !== ',' && t.text !== '.' && !startsCapitalised(t.text)) break;
    }
  }
  if (to - from > 1) return true;
  const word = tokens[from]!.lower.replace(POSSESSIVE, '');
  if (commonPlaceWords().has(word) || DAY_AND_MONTH_NAMES.has(word) || personNoun(word)) return false;
  return !(next && SPEECH_VERBS.has(next.lower));
}

/** Where a line opens with a release's or a wire story's dateline ("(Washington, DC) –", "QUITO, Jan 16 (Reuters) -"): where it was filed, not a place of the story. */
function releaseDatelines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let at = 0; at < text.length;) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    const m = line.trimStart().startsWith('(') ? RELEASE_DATELINE.exec(line) : (WIRE_DATELINE.exec(line) ?? TITLE_DATELINE.exec(line));
    if (m) out.push([at, at + m[0].length]);
    if (end < 0) break;
    at = end + 1;
  }
  return out;
}

/**
 * The places wire datelines name first ("GUAYAQUIL" of "GUAYAQUIL, Ecuador -"), as written: no
 * place of the story's figures, but a sign of where the story is about when the story names it too.
 */
export function datelineNames(text: string): string[] {
  // (A story filed from two places names both: "GENEVA/MANAGUA".)
  return releaseDatelines(text).flatMap(([a, b]) =>
    text
      .slice(a, b)
      .trim()
      .split(/\s*,/)[0]!
      .replace(/^\(/, '')
      .split('/')
      .map((name) => name.trim()),
  );
}

/** The country most of the document's places are in. */
function dominantCountry(entries: GazetteerEntry[]): string | null {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.place.countryCode, (counts.get(e.place.countryCode) ?? 0) + (e.place.precision === 'city' ? 1 : 2));
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, n] of counts) {
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  return best;
}

export function findPlaces(text: string, sentenceStarts: number[] = [], tokens: Token[] = tokenize(text)): PlaceMention[] {
  if (!text) return [];
  const g = getGazetteer();
  const starts = new Set(sentenceStarts);
  const datelines = releaseDatelines(text);
  // ("fell against the US dollar", "paid in Kenyan shillings": a place before a unit of money names the currency.)
  const currency = (c: Candidate) => isMoneyNoun(/^\s+(\p{Ll}+)/u.exec(text.slice(c.span.end, c.span.end + 24))?.[1] ?? '');
  const candidates = candidatesIn(text, tokens, starts).filter(
    (c) => c.name.length >= 2 && !datelines.some(([a, b]) => c.span.start >= a && c.span.end <= b) && !currency(c),
  );
  // A name recurs in a report ("Iran" ten times): look each up once.
  const lookups = new Map<string, GazetteerEntry[]>();
  // ("Leave It to Us": a country's short name, "US", "UK", names it only in capitals; no country's
  // English name has three letters or fewer.)
  const lookup = (name: string) => {
    let found = lookups.get(name);
    if (!found) {
      found = g.candidates(name);
      if (name.length <= 3 && /\p{Ll}/u.test(name)) found = found.filter((e) => e.place.precision !== 'country');
      lookups.set(name, found);
    }
    return found;
  };
  // "the Federal Capital Territory": a name whose region word is part of the gazetteer's name is that
  // place, not whatever the words before the region word alone name ("Federal Capital", Buenos Aires).
  const entriesOf = (c: Candidate) => {
    const whole = c.regionWord ? lookup(`${c.name} ${c.regionWord}`) : [];
    return whole.length ? whole : lookup(c.name);
  };

  // Pass 1: countries and regions decide the document's country.
  const firstPass: GazetteerEntry[] = [];
  const regionsNamed: Array<{ entry: GazetteerEntry; at: number }> = [];
  const flat = candidates.flatMap((c) => (lookup(c.name).length > 0 || !c.parts ? [c] : c.parts));
  for (const c of flat) {
    const entries = entriesOf(c).filter((e) => e.place.precision !== 'city');
    const best = g.rank(entries, { preferRegion: c.regionSuffix, regionWord: c.regionWord });
    // "Beni territory" names regions in two countries: no vote for either.
    // ("in Santarém": a district of one country whose one word names cities of others votes for none either.)
    const ambiguous =
      best?.place.precision === 'region' &&
      (entries.some((e) => e.place.precision === 'region' && e.place.countryCode !== best.place.countryCode) ||
        (!c.regionSuffix && !c.name.includes(' ') && entriesOf(c).some((e) => e.place.precision === 'city' && e.place.countryCode !== best.place.countryCode)));
    if (best && !ambiguous && (best.place.precision === 'country' || c.regionSuffix || c.locative || c.name.includes(' '))) {
      firstPass.push(best);
      if (best.place.precision === 'region') regionsNamed.push({ entry: best, at: c.span.start });
    }
  }
  for (const c of flat) {
    const big = lookup(c.name).filter((e) => e.place.precision === 'city' && e.population >= 1_000_000);
    if (big.length === 1 && (!c.sentenceInitial || c.openerIsName)) firstPass.push(big[0]!);
  }
  const documentsCountry = dominantCountry(firstPass);

  // Pass 2: resolve every candidate with the country known; a run's parts when the whole fails.
  const out: PlaceMention[] = [];
  for (const [n, whole] of candidates.entries()) {
    const found = resolveCandidate(whole, apposedCountry(n));
    if (found) out.push(found);
    else
      for (const part of whole.parts ?? []) {
        const p = resolveCandidate(part);
        if (p) out.push(p);
      }
  }
  return out;

  /**
   * The country of the place written right after a candidate, as its address goes on: "Beni
   * territory, North Kivu" is in the DR Congo whatever else the report names. Only a following
   * country or a region of one country tells it.
   */
  function apposedCountry(n: number): string | null {
    const c = candidates[n]!;
    const next = candidates[n + 1];
    if (!next || !/^\s*,\s*$/.test(text.slice(c.span.end, next.span.start))) return null;
    const larger = lookup(next.name).filter((e) => e.place.precision !== 'city');
    const countries = new Set(larger.map((e) => e.place.countryCode));
    return countries.size === 1 ? [...countries][0]! : null;
  }

  function resolveCandidate(c: Candidate, hinted: string | null = null): PlaceMention | null {
    const entries = entriesOf(c);
    const country = hinted ?? documentsCountry;
    let entry = g.rank(entries, { countryCode: country, preferRegion: c.regionSuffix, regionWord: c.regionWord });
    if (entry && entry.place.precision === 'city') {
      const domestic = entry.place.countryCode === country;
      const accepted = domestic
        ? !c.sentenceInitial || c.locative || c.openerIsName
        : entry.population >= SMALL_CITY && (c.locative || !c.sentenceInitial || c.openerIsName);
      if (!accepted) entry = null;
    }
    if (entry && entry.place.precision === 'region' && entry.place.countryCode !== country && !c.regionSuffix && !c.name.includes(' ')) entry = null;
    // "Ms Lee said …", "Georgia said …": a region's name opening a sentence passes the same test.
    if (entry && entry.place.precision === 'region' && c.sentenceInitial && !c.locative && !c.openerIsName) entry = null;
    // "draped in Colombian flags": a demonym is no misspelt place (its country is no closer match).
    if (!entry && country && (c.locative || c.regionSuffix) && !(c.to - c.from === 1 && countryOf(c.name))) {
      // A spelling the gazetteer lacks: a close match in the region named nearby, else the country.
      const nearRegion = regionsNamed.find((r) => r.entry.place.countryCode === country && Math.abs(r.at - c.span.start) < 200) ?? null;
      entry = (nearRegion && g.closeMatch(c.name, country, nearRegion.entry.place.id)) || g.closeMatch(c.name, country);
    }
    if (!entry) return null;
    return { name: c.name, place: entry.place, span: c.span };
  }
}

/** The document's country: the one its places mostly lie in, as a place. */
export function documentCountry(mentions: PlaceMention[]): ResolvedPlace | null {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.place.countryCode, (counts.get(m.place.countryCode) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, n] of counts) {
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  return best ? getGazetteer().countryByCode(best) : null;
}
