/**
 * Stage 3 — quantities: every number expression in a sentence with its bounds, qualifier
 * and hedge, following ANNOTATION.md's value conventions:
 *   "at least 208" -> 208..null at_least      "over 12,000" -> 12000..null more_than
 *   "nearly 6,000" -> null..6000 up_to         "about 7,000" -> 7000..7000 about
 *   "between 180 and 450" -> 180..450 range    "dozens" -> 12..null vague (ACLED)
 * Numbers that cannot count people (money, percentages, years, dates, times, ages, durations,
 * measurements, ordinals, identifiers like "day 20") are dropped here, so later stages only
 * see candidate counts.
 */
import type { Qualifier, Span } from '../domain.js';
import { endsBefore, isDigits, matchesAt, startsCapitalised, type Token, tokenize } from './tokens.js';
import {
  AGE_BOUND_PREPOSITIONS,
  AUXILIARIES,
  CLAUSE_OPENERS,
  DYING_VERBS,
  AGE_LIST_JOINERS,
  CAPACITY_NOUNS,
  CAPACITY_VERBS,
  CAPACITY_PARTICIPLES,
  CATEGORY_CUES,
  CATEGORY_NOUNS,
  CHANGE_VERBS,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  ISO_CURRENCY_CODES,
  FEW_WORDS,
  HEDGE_WORDS,
  IDENTIFIER_BEFORE,
  PHONE_WORDS,
  NUMBERED_SITE_BEFORE,
  TIME_IDENTIFIERS,
  TIME_NOUN_MODIFIERS,
  LEVEL_AT_VERBS,
  LEVEL_FOLLOWERS,
  LEVEL_OBJECT_VERBS,
  LEVEL_TO_VERBS,
  MONTHS,
  NEGATIONS,
  NUMBER_FRACTIONS,
  NUMBER_SCALES,
  NUMBER_STARTS,
  NUMBER_TENS,
  NUMBER_UNITS,
  SINGULAR_HARM_NOUNS,
  TOLL_HARM_NOUNS,
  SOME_PARTITIVE_HEADS,
  BODY_MEMBER_PLURALS,
  PERCENT_AFTER,
  QUALIFIER_PHRASES_BY_LAST,
  HIGHER_GUESS_OPENERS,
  RANGE_WORDS,
  UNIT_AFTER,
  UP_TO_RISE_VERBS,
  COUNT_COMPOUND_TAILS,
  VAGUE_PLURALS,
  YEAR_BEFORE,
  AGE_SUPERLATIVES,
  SCOPE_DAY_PARTS,
  POPULATION_NOUNS,
  SETTLEMENT_NOUNS,
  POPULATION_QUALIFIERS,
  TALLY_NOUNS,
  NOT_COUNT_MODIFIERS,
  SPACED_DASHES,
} from './lexicon/index.js';
import { countsPeople, isSingularPerson, personNoun } from './person-nouns.js';
import { isAnimalNoun } from './animal-nouns.js';
import { isMoneyNoun } from './money-nouns.js';

export interface Quantity {
  /** Qualifier, hedge and number expression together ("perhaps thousands and thousands"). */
  span: Span;
  /** The number expression alone ("thousands and thousands", "1,000"). */
  number: Span;
  low: number | null;
  high: number | null;
  estimate: number;
  qualifier: Qualifier;
  hedged: boolean;
  /** A vague quantity word ("dozens") rather than a figure. */
  vague: boolean;
  /** Index of the first and one-past-last token of the number expression in the sentence tokens. */
  tokenStart: number;
  tokenEnd: number;
}

/** Counts beyond this are not figures about people (and guard against 10,000-digit strings). */
const MAX_COUNT = 10_000_000_000;

function digitValue(text: string): number | null {
  const plain = text.replace(/,/g, '');
  if (plain.length > 15) return null;
  // "1.000" in European style is ambiguous; treat dot groups of exactly three digits as thousands.
  if (/^\d{1,3}(\.\d{3})+$/.test(text) && !text.includes(',')) return Number(text.replace(/\./g, ''));
  const v = Number(plain);
  return Number.isFinite(v) ? v : null;
}

/** A token that is a number by itself ("3", "three"). */
/** Owners of an age a decade gives ("in her 20s", "in their early thirties"). */
const AGE_OWNERS = new Set(['his', 'her', 'their']);

const isNumber = (t: Token | undefined) => !!t && (isDigits(t) || wordValue(t.lower) !== null);

/** The value of a number written as a word ("three", "forty-two"), or null. */
export function wordValue(lower: string): number | null {
  if (lower in NUMBER_UNITS) return NUMBER_UNITS[lower]!;
  if (lower in NUMBER_TENS) return NUMBER_TENS[lower]!;
  const parts = lower.split('-');
  if (parts.length === 2 && parts[0]! in NUMBER_TENS && parts[1]! in NUMBER_UNITS && NUMBER_UNITS[parts[1]!]! < 10)
    return NUMBER_TENS[parts[0]!]! + NUMBER_UNITS[parts[1]!]!;
  return null;
}

interface NumberMatch {
  value: number;
  end: number; // token index one past the expression
  vague: boolean;
  /** "a dozen", "two dozen": counted in dozens, an approximation by convention. */
  dozen?: boolean;
}

const isWordAt = (tokens: Token[], i: number, text: string) => tokens[i]?.text === text && tokens[i]!.start === tokens[i - 1]?.end;

/** "and a half million" at tokens[at]: a fraction a whole number takes before a scale of a thousand or more, and where it ends. */
function scaledFraction(tokens: Token[], at: number): { fraction: number; scale: number; end: number } | null {
  if (tokens[at]?.lower !== 'and' || !['a', 'one'].includes(tokens[at + 1]?.lower ?? '')) return null;
  const fraction = NUMBER_FRACTIONS[tokens[at + 2]?.lower ?? ''];
  const scale = NUMBER_SCALES[tokens[at + 3]?.lower ?? ''];
  return fraction !== undefined && scale !== undefined && scale >= 1000 ? { fraction, scale, end: at + 4 } : null;
}

/** Parse a number expression starting at tokens[i], or null. */
/** "death", "fatality": a singular noun of one death that a toll counts. */
const oneMoreDeath = (w: string) => SINGULAR_HARM_NOUNS.has(w) && TOLL_HARM_NOUNS.has(w);

function parseNumber(tokens: Token[], i: number): NumberMatch | null {
  const t = tokens[i];
  if (!t) return null;
  const c = t.text.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && !NUMBER_STARTS.has(t.lower) && !(t.lower.includes('-') && NUMBER_STARTS.has(t.lower.split('-')[0]!))) return null;

  // Digits, optionally scaled: "1.5 million", "12,000", "3 lakh".
  if (isDigits(t)) {
    const v = digitValue(t.text);
    if (v === null) return null;
    let value = v;
    let end = i + 1;
    const next = tokens[end];
    // "33K", "1.2M": a scale letter written against the digits.
    if (next && (next.lower === 'k' || (next.lower === 'm' && v < 1000 && /\./.test(t.text))) && next.start === t.end && !isWordAt(tokens, end + 1, '.')) {
      return { value: v * (next.lower === 'k' ? 1000 : 1_000_000), end: end + 1, vague: false };
    }
    // ("1 and a half million": the fraction before the scale.)
    const part = scaledFraction(tokens, end);
    if (part) return { value: (v + part.fraction) * part.scale, end: part.end, vague: false };
    if (next && next.lower in NUMBER_SCALES && !(next.lower === 'hundred' && v >= 100)) {
      value *= NUMBER_SCALES[next.lower]!;
      end++;
    } else if (next?.lower === 'dozen') {
      return { value: v * 12, end: end + 1, vague: false, dozen: true };
    }
    return { value, end, vague: false };
  }

  // "half a million", "a quarter of a million", "a quarter million", "half a dozen": a fraction
  // of a scale word (not "half the protesters", "a quarter of the dead").
  if (t.lower === 'a' && tokens[i + 1]?.lower === 'quarter') return parseNumber(tokens, i + 1);
  const fraction = NUMBER_FRACTIONS[t.lower];
  if (fraction !== undefined) {
    let at = tokens[i + 1]?.lower === 'of' ? i + 2 : i + 1;
    if (tokens[at]?.lower === 'a') at++;
    else if (at > i + 1) return null;
    const scale = tokens[at]?.lower ?? '';
    if (scale === 'dozen') return { value: fraction * 12, end: at + 1, vague: false, dozen: true };
    return scale in NUMBER_SCALES && NUMBER_SCALES[scale]! >= 1000 ? { value: fraction * NUMBER_SCALES[scale]!, end: at + 1, vague: false } : null;
  }

  // "both attackers": two people; not "both police and protesters", a coordination.
  // ("…set them on fire; both died", "Both were taken to hospital": the two just named, as a clause's subject.)
  if (t.lower === 'both') {
    const coordination = [1, 2, 3, 4].some((d) => tokens[i + d]?.lower === 'and');
    const subject =
      (i === 0 || CLAUSE_OPENERS.has(tokens[i - 1]!.text)) && (AUXILIARIES.has(tokens[i + 1]?.lower ?? '') || DYING_VERBS.has(tokens[i + 1]?.lower ?? ''));
    return (countsPeople(tokens[i + 1]?.lower ?? '') && !coordination) || subject ? { value: 2, end: i + 1, vague: false } : null;
  }

  // ("Another death was confirmed at the clinic": one more death; not "another body was pulled from the river", a find that raises a toll told apart.)
  if (t.lower === 'another' && oneMoreDeath(tokens[i + 1]?.lower ?? '')) return { value: 1, end: i + 1, vague: false };

  // "a dozen", "a hundred", "a thousand" ("a few" and "a handful of" are read below).
  if ((t.lower === 'a' || t.lower === 'an') && !FEW_WORDS.some((words) => matchesAt(tokens, i, words))) {
    const next = tokens[i + 1];
    if (next?.lower === 'dozen') return { value: 12, end: i + 2, vague: false, dozen: true };
    // "a single fatality", "a single death": one of a harm noun (not "not a single death").
    // ("did not record a single death": a negation a few words before.)
    const denied = [1, 2, 3, 4].some((d) => NEGATIONS.has(tokens[i - d]?.lower ?? '') || tokens[i - d]?.lower === 'without');
    if (next?.lower === 'single' && !denied && SINGULAR_HARM_NOUNS.has(tokens[i + 2]?.lower ?? '')) return { value: 1, end: i + 2, vague: false };
    // ("Medics reported a further death": one more death.)
    if (next?.lower === 'further' && oneMoreDeath(tokens[i + 2]?.lower ?? '')) return { value: 1, end: i + 2, vague: false };
    if (next && (next.lower === 'hundred' || next.lower === 'thousand' || next.lower === 'million')) {
      const rest = parseNumber(tokens, i + 1);
      if (rest) return rest;
      return { value: NUMBER_SCALES[next.lower]!, end: i + 2, vague: false };
    }
    return null;
  }

  // Vague plurals: "dozens", "hundreds of thousands", "tens of thousands", "thousands and thousands".
  if (t.lower in VAGUE_PLURALS) {
    let value = VAGUE_PLURALS[t.lower]!;
    let end = i + 1;
    const of = tokens[end];
    const scale = tokens[end + 1];
    if (of?.lower === 'of' && scale && scale.lower in VAGUE_PLURALS && VAGUE_PLURALS[scale.lower]! >= 1000) {
      value *= VAGUE_PLURALS[scale.lower]!;
      end += 2;
    } else if (of?.lower === 'and' && scale?.lower === t.lower) {
      end += 2; // "thousands and thousands": emphasis, same conservative value
    }
    if (t.lower === 'tens' && value === 10 && tokens[i + 1]?.lower !== 'of') return null;
    return { value, end, vague: true };
  }

  // "some of them", "some of whom": a part of a group a figure just counted, a few. ("Some of the
  // dead were students", "some of those held": a definite group's part, picked out to tell more of
  // it, counts no one writers annotate.) A bare "some" ("some protesters") counts nothing.
  if (t.lower === 'some' && tokens[i + 1]?.lower === 'of' && SOME_PARTITIVE_HEADS.has(tokens[i + 2]?.lower ?? '')) return { value: 3, end: i + 1, vague: true };
  // "some members of the security forces": a few of a body's members, counted as "several members of" is.
  if (t.lower === 'some' && BODY_MEMBER_PLURALS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'of') return { value: 3, end: i + 1, vague: true };

  // "several", "a few", "a handful of" (+ optional scale: "several hundred", "a few thousand").
  for (const words of FEW_WORDS) {
    if (!matchesAt(tokens, i, words)) continue;
    let end = i + words.length;
    let value = 3;
    const next = tokens[end];
    if (next && (next.lower === 'hundred' || next.lower === 'thousand' || next.lower === 'million')) {
      value *= NUMBER_SCALES[next.lower]!;
      end++;
    } else if (next?.lower === 'dozen') {
      value = 36;
      end++;
    }
    return { value, end, vague: true };
  }

  // Number words: "eighty", "twenty-five", "one hundred and fifty", "two thousand", "two dozen".
  const first = wordValue(t.lower);
  if (first === null) return null;
  let total = 0;
  let current = first;
  let end = i + 1;
  for (;;) {
    const n = tokens[end];
    if (!n) break;
    // "two and a half million": the fraction the number takes before its scale.
    const part = current > 0 ? scaledFraction(tokens, end) : null;
    if (part) return { value: total + (current + part.fraction) * part.scale, end: part.end, vague: false };
    if (n.lower in NUMBER_SCALES) {
      const scale = NUMBER_SCALES[n.lower]!;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      end++;
      continue;
    }
    if (n.lower === 'dozen') return { value: (total + current) * 12, end: end + 1, vague: false, dozen: true };
    if (n.lower === 'and' && tokens[end + 1] && wordValue(tokens[end + 1]!.lower) !== null && current % 100 === 0 && current > 0) {
      end++;
      continue;
    }
    const w = wordValue(n.lower);
    if (w !== null && current % 100 === 0 && (current > 0 || total > 0)) {
      current += w;
      end++;
      continue;
    }
    break;
  }
  return { value: total + current, end, vague: false };
}

/** A number read at tokens[i..end), with its neighbours, as the non-count rules see it. */
interface NumberAt {
  tokens: Token[];
  i: number;
  end: number;
  value: number;
  /** The larger end of a range the caller has checked ("300-400 people"). */
  rangeEnd: boolean;
  first: Token;
  prev?: Token;
  prev2?: Token;
  next?: Token;
  next2?: Token;
}

/** A unit of money after a figure: the lexicon's abbreviations ("usd", "bn") or WordNet's monetary units ("francs", "naira"). */
const money = (word: string) => CURRENCY_AFTER.has(word) || isMoneyNoun(word);

/**
 * Why a number is not a count of people or places, one named rule each, tried in order: `true`
 * rejects it, `false` keeps it as a count (no later rule is asked), `undefined` has no say.
 */
const NON_COUNT_RULES: ReadonlyArray<{ name: string; verdict: (n: NumberAt) => boolean | undefined }> = [
  // ("Rs. 5,000": an abbreviated currency keeps its stop.)
  {
    name: 'money before',
    verdict: ({ prev, prev2 }) => (prev && (CURRENCY_BEFORE.has(prev.lower) || (prev.text === '.' && prev2 && CURRENCY_BEFORE.has(prev2.lower)))) || undefined,
  },
  // ("KES 300,000", not a headline in capitals: "ALL 40 MINERS RESCUED".)
  {
    name: 'currency code before',
    verdict: ({ prev, next }) => (!!prev && ISO_CURRENCY_CODES.has(prev.text) && !/^\p{Lu}{2,}$/u.test(next?.text ?? '')) || undefined,
  },
  { name: 'percent or money after', verdict: ({ next }) => (next && (PERCENT_AFTER.has(next.lower) || money(next.lower))) || undefined },
  // "600 million Chilean pesos", "50,000 Nigerian naira", "25,000 CFA francs": a currency after its country's adjective.
  {
    name: 'money after a nationality',
    verdict: ({ next, next2 }) => (next && startsCapitalised(next.text) && next2 && money(next2.lower)) || undefined,
  },
  {
    name: 'millions of money',
    verdict: ({ next, next2 }) => (next && (next.lower === 'million' || next.lower === 'billion') && next2 && money(next2.lower)) || undefined,
  },
  // "killed since March[1]", "were arrested.[3] Two …", "hurt[12][13]": a reference to a note, in
  // square brackets with nothing but its number, counts no one.
  {
    name: 'note reference',
    verdict: ({ prev, next, value }) => (prev?.text === '[' && next?.text === ']' && Number.isInteger(value) && value < 1000) || undefined,
  },
  // "(055) 560-9127", "+63 917 555 0101", "hotline 0800 123 456": a telephone number's groups of digits.
  { name: 'telephone number', verdict: ({ tokens, i, first }) => (isDigits(first) && telephoneAt(tokens, i)) || undefined },
  { name: 'unit after', verdict: ({ next }) => (next && UNIT_AFTER.has(next.lower)) || undefined },
  // "six and a half years in prison", "two and a half hours": a measure with a fraction (not "two and a half million people").
  {
    name: 'unit after a fraction',
    verdict: ({ tokens, end, next, next2 }) =>
      (next?.lower === 'and' &&
        (next2?.lower === 'a' || next2?.lower === 'one') &&
        (tokens[end + 2]?.lower ?? '') in NUMBER_FRACTIONS &&
        UNIT_AFTER.has(tokens[end + 3]?.lower ?? '')) ||
      undefined,
  },
  // "11 sheep died", "700,000 head of livestock", "dozens of goats", "thousands of head of cattle": a count of animals (WordNet's), not of people.
  {
    name: 'animals after',
    verdict: ({ tokens, end, next, next2 }) =>
      (next &&
        (isAnimalNoun(next.lower) ||
          (next.lower === 'head' && next2?.lower === 'of' && isAnimalNoun(tokens[end + 2]?.lower ?? '')) ||
          (next.lower === 'of' && !!next2 && isAnimalNoun(next2.lower)) ||
          (next.lower === 'of' && next2?.lower === 'head' && tokens[end + 2]?.lower === 'of' && isAnimalNoun(tokens[end + 3]?.lower ?? '')))) ||
      undefined,
  },
  // "one tap for every 900 residents", "a nurse per 5,000 people": a ratio's base, no count.
  { name: 'ratio base', verdict: ({ prev }) => (prev && (prev.lower === 'every' || prev.lower === 'per')) || undefined },
  // "between two and three years in prison", "10 to 15 days": the first figure of a range of a unit.
  {
    name: 'unit after a range',
    verdict: ({ tokens, end, next }) =>
      (next && ['and', 'to', 'or', '-', '–'].includes(next.lower) && UNIT_AFTER.has(tokens[end + 2]?.lower ?? '') && isNumber(tokens[end + 1])) || undefined,
  },
  // "17-year-old"
  {
    name: 'hyphenated unit',
    verdict: ({ next, next2 }) => (next?.text === '-' && next2 && (UNIT_AFTER.has(next2.lower) || next2.lower.startsWith('year'))) || undefined,
  },
  // "a 32-page report", "its 45-bed field hospital", "a 12-member panel": a number hyphened to a
  // noun in one word modifies another noun; it counts no one ("a 5,000-strong crowd" does).
  {
    name: 'hyphened modifier',
    verdict: ({ first, next, next2 }) =>
      (next?.text === '-' &&
        next.start === first.end &&
        !!next2 &&
        next2.start === next.end &&
        /^\p{Ll}+$/u.test(next2.text) &&
        !COUNT_COMPOUND_TAILS.has(next2.lower)) ||
      undefined,
  },
  // 10:54
  {
    name: 'clock time',
    // (Only written close: "dead at 49: 41 at Al Noor" is a total and its breakdown.)
    verdict: ({ first, next, next2, prev, prev2 }) =>
      (next?.text === ':' && isDigits(next2) && next2!.start === next.end) || (prev?.text === ':' && isDigits(prev2) && first.start === prev.end) || undefined,
  },
  // "10 a.m.", "5 p.m."
  {
    name: 'hour of the day',
    verdict: ({ tokens, end, next, next2 }) =>
      ((next?.lower === 'a' || next?.lower === 'p') && next2?.text === '.' && tokens[end + 2]?.lower === 'm') || undefined,
  },
  // "at around two in the morning", "at 3 o'clock": an hour in words.
  {
    name: 'hour in words',
    verdict: ({ tokens, i, end, value, next, next2 }) =>
      (value <= 12 &&
        (next?.lower === "o'clock" ||
          (tokens.slice(Math.max(0, i - 3), i).some((t) => t.lower === 'at') &&
            next?.lower === 'in' &&
            next2?.lower === 'the' &&
            SCOPE_DAY_PARTS.has(tokens[end + 2]?.lower ?? '')))) ||
      undefined,
  },
  // "a 5-million-peso reward": an amount hyphened into a modifier.
  {
    name: 'hyphened amount',
    verdict: ({ first, next, next2 }) =>
      (next?.text === '-' && next.start === first.end && /^(?:million|billion|thousand)-\p{L}/u.test(next2?.lower ?? '')) || undefined,
  },
  // "10.54" split oddly
  { name: 'decimal', verdict: ({ first, next, next2 }) => (next?.text === '.' && isDigits(next2) && first.end === next.start) || undefined },
  // ("day 20 of the protests"; not "the next day six people were killed": a time, then its count.)
  {
    name: 'identifier',
    verdict: ({ prev, prev2 }) =>
      (prev && IDENTIFIER_BEFORE.has(prev.lower) && !(TIME_IDENTIFIERS.has(prev.lower) && TIME_NOUN_MODIFIERS.has(prev2?.lower ?? ''))) || undefined,
  },
  // "outside pumping station 9.": a site's number, the phrase closing after it.
  {
    name: 'numbered site',
    verdict: ({ prev, next }) => (prev && NUMBERED_SITE_BEFORE.has(prev.lower) && !/^[\p{L}\d]/u.test(next?.text ?? '')) || undefined,
  },
  // "Situation Report No. 2": a number after an abbreviated "No." numbers a thing.
  { name: 'abbreviated number sign', verdict: ({ prev, prev2 }) => (prev?.text === '.' && prev2?.text === 'No') || undefined },
  // "a magnitude 6.1 earthquake": no count of people is a fraction ("1.2 million" is read whole).
  { name: 'fraction of one', verdict: ({ value }) => !Number.isInteger(value) || undefined },
  // "Kurdistan24", "G20": digits glued to a word are part of a name.
  { name: 'glued to a word', verdict: ({ prev, first }) => (prev && prev.end === first.start && /\p{L}$/u.test(prev.text)) || undefined },
  // "the news site 24vesti", "24sata": digits a word of three letters or more follows, unspaced, open a name
  // (not "5km", "3m", "20th", "1990s": a unit, an amount or an ordinal; nor "300people", a lost space).
  {
    name: 'opens a name',
    verdict: ({ next, first }) =>
      (next && next.start === first.end && /^\p{L}{3,}$/u.test(next.text) && !personNoun(next.lower) && !countsPeople(next.lower)) || undefined,
  },
  // "between 16 and 19 November": the first day of a span of days.
  {
    name: 'day before a day span',
    verdict: ({ tokens, end, next, next2, value }) =>
      (value <= 31 && next && ['and', 'to', '-', '–'].includes(next.lower) && isDigits(next2) && MONTHS.has(tokens[end + 2]?.lower.replace(/\.$/, '') ?? '')) ||
      undefined,
  },
  // "aged between 17 and 45", "ages from 9 to 60", "between the ages of 18 and 30".
  {
    name: 'age range',
    // ("under the age of 18 and 4 women": a figure of people after the one age is a count of its own.)
    verdict: ({ tokens, i, prev, prev2, next }) =>
      ageRangeAt(tokens, i - 1) ||
      (prev &&
        ['and', 'to', '-', '–'].includes(prev.lower) &&
        prev2 &&
        isNumber(prev2) &&
        ageRangeAt(tokens, i - 3) &&
        !(next && (countsPeople(next.lower) || personNoun(next.lower)?.kind === 'person'))) ||
      undefined,
  },
  // "a woman in her 20s", "men in their early thirties": a decade of age after its owner.
  {
    name: 'decade of age',
    verdict: ({ first, next, prev, prev2 }) =>
      ((/ties$/.test(first.lower) || (/^\d0$/.test(first.text) && next?.text === 's' && next.start === first.end)) &&
        !!prev &&
        (AGE_OWNERS.has(prev.lower) || (['early', 'mid', 'late'].includes(prev.lower) && AGE_OWNERS.has(prev2?.lower ?? '')))) ||
      undefined,
  },
  // "boys of 15 or 16", "a man of 40": an age after "of" on a noun of one kind of person (not "relatives of 40 detainees").
  {
    name: 'age of a person',
    verdict: ({ tokens, value, next, end, i }) => {
      // ("boys of 15 or 16": either age of a pair; the word after the pair says whether they are ages.)
      const pair = (w: Token | undefined) => ['or', 'and', 'to', '-', '–'].includes(w?.lower ?? '');
      const k = pair(tokens[i - 1]) && /^\d+$/.test(tokens[i - 2]?.text ?? '') ? i - 2 : i;
      const after = pair(next) && /^\d+$/.test(tokens[end + 1]?.text ?? '') ? tokens[end + 2] : next;
      const owner = tokens[k - 2]?.lower ?? '';
      // (A relative pronoun after the age is no noun of people: "who" is no WHO.)
      const counted =
        !!after &&
        !['who', 'whom', 'that', 'which'].includes(after.lower) &&
        (countsPeople(after.lower) || personNoun(after.lower) !== null || ['of', 'people', 'others'].includes(after.lower));
      return (value < 120 && tokens[k - 1]?.lower === 'of' && personNoun(owner)?.kind === 'person' && !CATEGORY_CUES.has(owner) && !counted) || undefined;
    },
  },
  // "two girls aged 12 and 14", "aged 9, 11 and 15": the later ages of a list after "aged".
  { name: 'age list', verdict: ({ tokens, i }) => agedListAt(tokens, i) || undefined },
  // "the average age of those arrested is 17", "the youngest of whom was 12": the value of an age a copula states.
  { name: 'age stated', verdict: ({ tokens, i, value }) => (value < 120 && ageStated(tokens, i)) || undefined },
  // "boys as young as 10", "some as old as 80": an age at the edge of a group.
  {
    name: 'age edge',
    verdict: ({ prev, prev2, tokens, i, value }) =>
      (value < 120 && prev?.lower === 'as' && ['young', 'old'].includes(prev2?.lower ?? '') && tokens[i - 3]?.lower === 'as') || undefined,
  },
  // "boys under 18", "children below five": an age bound after people (a plain number, an age's size).
  {
    name: 'age bound',
    verdict: ({ prev, prev2, value, end, i }) =>
      (end === i + 1 &&
        value < 120 &&
        prev &&
        AGE_BOUND_PREPOSITIONS.has(prev.lower) &&
        prev2 &&
        countsPeople(prev2.lower) &&
        personNoun(prev2.lower)?.kind === 'person') ||
      undefined,
  },
  // "at least 44 were under 18", "most were below 16": an age bound after a copula (an age's size, not a toll's).
  {
    name: 'age bound after a copula',
    verdict: ({ prev, prev2, value, end, i, next }) =>
      (end === i + 1 &&
        value <= 21 &&
        !!prev &&
        AGE_BOUND_PREPOSITIONS.has(prev.lower) &&
        ['were', 'was', 'are', 'is', 'aged'].includes(prev2?.lower ?? '') &&
        !(next && countsPeople(next.lower))) ||
      undefined,
  },
  // "a reception centre built for 80", "a capacity of 2,000", "room for 500 people": what a place holds.
  {
    name: 'capacity',
    verdict: ({ prev, prev2 }) =>
      (prev &&
        prev2 &&
        ((prev.lower === 'for' && (CAPACITY_PARTICIPLES.has(prev2.lower) || CAPACITY_NOUNS.has(prev2.lower))) ||
          (prev.lower === 'of' && prev2.lower === 'capacity') ||
          // ("an arena built to hold 30,000", "a hall that can seat 500": what it could hold, not who was there.)
          (CAPACITY_VERBS.has(prev.lower) && ['to', 'can', 'could'].includes(prev2.lower)))) ||
      undefined,
  },
  // COVID-19, F-16
  {
    name: 'model number',
    verdict: ({ prev, prev2 }) => (prev && prev.text === '-' && prev2 && /^[A-Za-z]+$/.test(prev2.text) && prev2.end === prev.start) || undefined,
  },
  { name: 'numbered', verdict: ({ prev }) => (prev && (prev.text === '#' || prev.text === '№')) || undefined },
  // Dates: "October 1", "Oct. 1".
  {
    name: 'day after a month',
    verdict: ({ prev, prev2 }) => (prev && MONTHS.has(prev.lower.replace(/\.$/, ''))) || (prev?.text === '.' && prev2 && MONTHS.has(prev2.lower)) || undefined,
  },
  // A day number before a month ("1 October"); not a word figure before a verb ("Thousands march",
  // "Dozens may have died"), nor a digit before the modal "may" ("12 may have died").
  {
    name: 'day before a month',
    verdict: ({ first, next }) => (next && MONTHS.has(next.lower) && isDigits(first) && (next.lower !== 'may' || next.text === 'May')) || undefined,
  },
  // "22nd"
  { name: 'ordinal', verdict: ({ tokens, end, next }) => (next && /^(st|nd|rd|th)$/.test(next.lower) && next.start === tokens[end - 1]!.end) || undefined },
  { name: 'year', verdict: (n) => yearVerdict(n) },
  // 12/04
  { name: 'slashed date', verdict: ({ next, next2 }) => (next?.text === '/' && isDigits(next2)) || undefined },
  // Joined digit groups: "2023-01-10", "10-01" inside a date or code; not counts with thousands
  // separators, which no date or code has ("10,000-15,000 people"), nor the larger end of a
  // range the caller has checked ("300-400 people").
  {
    name: 'joined digit groups',
    verdict: ({ rangeEnd, prev, prev2, first }) =>
      (!rangeEnd &&
        prev &&
        (prev.text === '-' || prev.text === '/') &&
        isDigits(prev2) &&
        prev2!.end === prev.start &&
        prev.end === first.start &&
        !(/,\d{3}$/.test(prev2!.text) && /,\d{3}$/.test(first.text))) ||
      undefined,
  },
  {
    name: 'digit group before a dash',
    verdict: ({ tokens, end, first, next, next2 }) =>
      (next && next.text === '-' && isDigits(next2) && first.end === next.start && next.end === next2!.start && tokens[end + 2]?.text === '-') || undefined,
  },
  // "between October 1 and 6", "July 18-19": day numbers continuing a date.
  // Not a figure after a comma that words of its own follow: "On 14 May, 3 police officers were
  // killed", "On May 14, 2 died" (a day continues with a connector or stops: "October 1, 2 and 3").
  {
    name: 'days continuing a date',
    verdict: ({ tokens, i, value, first, prev, next }) =>
      (value <= 31 && isDigits(first) && precededByDate(tokens, i) && !(prev?.text === ',' && next && /^\p{L}/u.test(next.text) && !continuesDate(next))) ||
      undefined,
  },
  // "three competing death tolls", "two rival tallies": a number of counts, no one counted.
  { name: 'counts of counts', verdict: ({ tokens, end }) => countsCounts(tokens, end) || undefined },
  { name: 'after a slash', verdict: ({ prev, prev2 }) => (prev?.text === '/' && isDigits(prev2)) || undefined },
  // "a town with a population of just 25,000", "a country with about 900,000 citizens", "a city of 2
  // million": how many live in a place, no one harmed.
  { name: 'population', verdict: ({ tokens, i }) => populationAt(tokens, i) || undefined },
  // "UPDATE 2-Velmar revises toll to 212": a wire story's update number opening its headline.
  { name: 'wire update number', verdict: ({ i, prev }) => (i === 1 && /^update$/i.test(prev?.text ?? '')) || undefined },
  // 2019-12-04
  { name: 'dashed date', verdict: ({ first, next, next2 }) => (next?.text === '-' && isDigits(next2) && /^\d{4}$/.test(first.text)) || undefined },
  // Ages set off by commas after a name or a person: "Zakir Hossain, 29, was shot", "the driver, 45, died".
  {
    name: 'age in commas',
    verdict: ({ tokens, i, end, value, prev, prev2, next }) =>
      (prev?.text === ',' &&
        end === i + 1 &&
        value < 120 &&
        !!prev2 &&
        // ("…, and his cousin Emil, 29 - were crushed": an aside's closing dash after the age, too.)
        (((next?.text === ',' || (SPACED_DASHES.has(next?.text ?? '') && next!.start > tokens[i]!.end)) &&
          (startsCapitalised(prev2.text) || isSingularPerson(prev2.lower))) ||
          // ("the death of a young man, Taro Fenn, 22.": closing the sentence after a person's name in apposition.)
          (!!next && ['.', ')'].includes(next.text) && startsCapitalised(prev2.text) && namedPersonBefore(tokens, i - 1)))) ||
      undefined,
  },
  // Fractions and ordinals: "one-tenth", "one in five".
  { name: 'fraction', verdict: ({ first }) => /-(?:tenth|third|quarter|half|fifth)s?$/.test(first.lower) || undefined },
  { name: 'too large', verdict: ({ value }) => value > MAX_COUNT || undefined },
];

/** How many tokens back a telephone number's groups of digits and marks are read. */
const PHONE_REACH = 8;

/**
 * Is the bare number at `i` part of a telephone number: a group with a leading zero ("055", "0800"),
 * or among groups of digits and marks ("(", ")", "-", "+") that a "+" or a word of calling opens?
 */
function telephoneAt(tokens: Token[], i: number): boolean {
  if (/^0\d/.test(tokens[i]!.text)) return true;
  for (let k = i - 1; k >= 0 && k >= i - PHONE_REACH; k--) {
    const w = tokens[k]!;
    if (w.text === '+' || /^0\d/.test(w.text)) return true;
    if (isDigits(w) || ['(', ')', '-', '–'].includes(w.text)) continue;
    return k < i - 1 && PHONE_WORDS.has(w.lower);
  }
  return false;
}

/** Does a plural noun of counts follow the number ending before `end`, only lower-case modifiers between ("three competing death tolls")? */
function countsCounts(tokens: Token[], end: number): boolean {
  for (let k = end; k < tokens.length && k < end + 4; k++) {
    const w = tokens[k]!;
    if (TALLY_NOUNS.has(w.lower)) return true;
    if (!/^\p{Ll}+$/u.test(w.text) || NOT_COUNT_MODIFIERS.has(w.lower)) return false;
  }
  return false;
}

/** Is the number at `i` how many live in a place: after "population of" or a place noun's "of"/"with", past qualifiers? */
function populationAt(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k <= 3 && POPULATION_QUALIFIERS.has(tokens[k]!.lower)) k--;
  const prep = tokens[k]?.lower ?? '';
  const noun = tokens[k - 1]?.lower ?? '';
  if (prep === 'of' && POPULATION_NOUNS.has(noun)) return true;
  return (prep === 'of' || prep === 'with') && SETTLEMENT_NOUNS.has(noun) && ['a', 'an'].includes(tokens[k - 2]?.lower ?? '');
}

/** "a young man, Taro Fenn," before `comma`: a name set off after a singular person noun. */
function namedPersonBefore(tokens: Token[], comma: number): boolean {
  let k = comma - 1;
  while (k > 0 && k > comma - 5 && startsCapitalised(tokens[k]!.text)) k--;
  return k < comma - 1 && tokens[k]?.text === ',' && isSingularPerson(tokens[k - 1]?.lower ?? '');
}

/** Is the number at token `i` a later member of a list of ages after "aged" ("aged 12 and 14")? */
function agedListAt(tokens: Token[], i: number): boolean {
  // ("two boys, aged 16 and 17, and one woman": a number on a noun of people after the ages counts them.)
  const next = tokens[i + 1]?.lower ?? '';
  if (countsPeople(next) || personNoun(next)?.kind === 'person') return false;
  // ("two girls aged 12 and 15, and 43 injured": a harm right after counts its own people.)
  if (CATEGORY_CUES.has(next)) return false;
  let joined = false;
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const w = tokens[k]!.lower;
    if (AGE_LIST_JOINERS.has(w)) joined = true;
    else if (w === 'aged' || w === 'ages') return joined;
    else if (!isDigits(tokens[k])) return false;
  }
  return false;
}

/** "the average age of those arrested is 17", "their median age was 19": a copula right before, the subject's head "age". */
function ageStated(tokens: Token[], i: number): boolean {
  if (!['is', 'was'].includes(tokens[i - 1]?.lower ?? '')) return false;
  for (let k = i - 2; k >= 0 && k >= i - 10; k--) {
    const w = tokens[k]!.lower;
    // ("the youngest of whom was 12", "the eldest was 70": the age of one of the people before.)
    if (w === 'age' || AGE_SUPERLATIVES.has(w)) return true;
    // ("The eldest of those killed, he said, was 80": past an aside of speech set off by commas.)
    if (w === ',') continue;
    if (!/^\p{L}+$/u.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** "aged between", "ages from", "the ages of": the number after tokens[k] is an age. */
const ageRangeAt = (tokens: Token[], k: number) =>
  ['between', 'from', 'of'].includes(tokens[k]?.lower ?? '') && ['aged', 'ages', 'age'].includes(tokens[k - 1]?.lower ?? '');

/**
 * A four-digit number that may be a year: a year, unless a level a count stands at or rises to,
 * or alone in brackets after a noun of people or harm. Other numbers: no say.
 */
function yearVerdict({ tokens, i, value, first, prev, prev2, next, next2 }: NumberAt): boolean | undefined {
  if (!(isDigits(first) && /^\d{4}$/.test(first.text) && value >= 1800 && value <= 2100)) return undefined;
  // A bare four-digit year ("2019 protesters" is rare; "1,000" has a comma), unless alone in
  // brackets after a noun of people or harm: "protesters (1850)", "deaths (1850)" count them.
  // "(1850) people", "1850 people have been killed" count them too (people, not a body: "the
  // union (1988)" is a year), unless a word of time
  // stands before the year ("in 1988 students rose up", "the 2019 protesters").
  const people = (t: Token | undefined) => !!t && countsPeople(t.lower) && personNoun(t.lower)?.kind !== 'group';
  // The noun before a bracket may be any harm word ("killed (1850)"); after a figure, a noun ("1850 deaths").
  const countedAfter = (t: Token | undefined) => people(t) || (!!t && CATEGORY_NOUNS.has(t.lower));
  const bracketed = prev?.text === '(' && next?.text === ')';
  // A level a count stands at or rises to ("the toll stands at (1850)", "rose to 1950", "reached 1850").
  const [w1, w2] = bracketed ? [prev2, tokens[i - 3]] : [prev, prev2];
  const level =
    (w1?.lower === 'at' && !!w2 && LEVEL_AT_VERBS.has(w2.lower)) ||
    (w1?.lower === 'to' && !!w2 && LEVEL_TO_VERBS.has(w2.lower)) ||
    (!!w1 && LEVEL_OBJECT_VERBS.has(w1.lower));
  const after = bracketed ? next2 : next;
  if (level && (!after || !/^\p{L}/u.test(after.text) || LEVEL_FOLLOWERS.has(after.lower) || countedAfter(after))) return false;
  if (bracketed) return !(people(prev2) || (!!prev2 && CATEGORY_CUES.has(prev2.lower)) || countedAfter(next2));
  return !(countedAfter(next) && !(prev && YEAR_BEFORE.has(prev.lower)));
}

/** Why a number at tokens[i..end) cannot be a count of people or places: the first rule with a say decides. */
function isNonCount(tokens: Token[], i: number, end: number, value: number, rangeEnd = false): boolean {
  const n: NumberAt = {
    tokens,
    i,
    end,
    value,
    rangeEnd,
    first: tokens[i]!,
    prev: tokens[i - 1],
    prev2: tokens[i - 2],
    next: tokens[end],
    next2: tokens[end + 1],
  };
  for (const rule of NON_COUNT_RULES) {
    const verdict = rule.verdict(n);
    if (verdict !== undefined) return verdict;
  }
  return false;
}

/**
 * "Death toll from Iraq unrest up to 30": "up to" continues a toll or a verb of rising and
 * means "rose to"; "a toll of up to 115" is an upper bound.
 */
function risesBefore(tokens: Token[], upIndex: number): boolean {
  const prev = tokens[upIndex - 1]?.lower ?? '';
  if (prev === 'of' || prev === 'be' || prev === 'could' || prev === 'may') return false;
  if (UP_TO_RISE_VERBS.has(prev)) return true;
  for (let k = upIndex - 1; k >= 0 && k >= upIndex - 12; k--) {
    const w = tokens[k]!.lower;
    if (w === 'toll' || w === 'tally') return true;
    if (w === ',' || w === ';') return false;
  }
  return false;
}

/** True when a month name stands just before, with only day numbers and connectors between. */
function precededByDate(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    // ("Aug. 4 and 5": the abbreviation's full stop may stand as a token of its own.)
    const w = tokens[k]!.lower === '.' ? '.' : tokens[k]!.lower.replace(/\.$/, '');
    if (MONTHS.has(w)) return k < i - 1;
    // A year closes the date: "On 3 March 2024, 5 people were hurt" (the style of event databases).
    if (/^\d{4}$/.test(w)) return false;
    if (!(isDigits(tokens[k]) || DATE_CONNECTORS.includes(w))) return false;
  }
  return false;
}

/** Words that join the days of one date: "August 14 and 16", "July 18-19", "October 1, 2 or 3". */
const DATE_CONNECTORS = ['and', 'to', '-', '–', ',', '.', 'or', 'through'];

/** Does the word after a day number carry the date on (a connector or a month), rather than start a clause? */
const continuesDate = (t: Token) => DATE_CONNECTORS.includes(t.lower) || MONTHS.has(t.lower.replace(/\.$/, ''));

/** Find the qualifier phrase that ends right before token i (skipping one hedge word). */
function qualifierBefore(tokens: Token[], i: number): { qualifier: Qualifier; start: number } | null {
  const ending = QUALIFIER_PHRASES_BY_LAST.get(tokens[i - 1]?.lower ?? '');
  if (!ending) return null;
  for (const phrase of ending) {
    if (endsBefore(tokens, i, phrase.words)) return { qualifier: phrase.qualifier, start: i - phrase.words.length };
  }
  return null;
}

function hedgeBefore(tokens: Token[], i: number): number | null {
  const t = tokens[i - 1];
  return t && HEDGE_WORDS.has(t.lower) ? i - 1 : null;
}

const span = (text: string, base: number, start: number, end: number): Span => ({
  start,
  end,
  text: text.slice(start - base, end - base),
});

/** "rose by 40", "went up by over a hundred": the amount of a change, with only qualifier words between "by" and the number. */
function changeBy(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    const w = tokens[k]!.lower;
    if (w === 'by') return CHANGE_VERBS.has(tokens[k - 1]?.lower ?? '') || CHANGE_VERBS.has(tokens[k - 2]?.lower ?? '');
    if (!/^\p{L}+$/u.test(w)) return false;
  }
  return false;
}

/**
 * Find the quantities of one sentence. `text` is the sentence, `offset` its start in the
 * clean text; spans are returned in clean-text offsets.
 */
export function findQuantities(text: string, offset = 0, tokens: Token[] = tokenize(text, offset)): Quantity[] {
  const found: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "four police and as many rebels": "as many" repeats the figure just given (not "as many as 40").
    const prior = found[found.length - 1];
    if (
      prior &&
      tokens[i]!.lower === 'as' &&
      tokens[i + 1]?.lower === 'many' &&
      ['and', 'with', 'while'].includes(tokens[i - 1]?.lower ?? '') &&
      /^\p{L}/u.test(tokens[i + 2]?.text ?? '') &&
      !['as', 'times', 'again'].includes(tokens[i + 2]!.lower)
    ) {
      const figure = span(text, offset, tokens[i]!.start, tokens[i + 1]!.end);
      found.push({ ...prior, span: figure, number: figure, hedged: false, tokenStart: i, tokenEnd: i + 2 });
      i += 2;
      continue;
    }
    const num = parseNumber(tokens, i);
    if (!num || num.end <= i) {
      i++;
      continue;
    }
    let { value, end } = num;
    const { vague } = num;
    // "these four", "the thousands of people held": a figure referred back to, not a new claim.
    const det = tokens[i - 1]?.lower;
    // ...but "numbering in the thousands", "ran into the hundreds" measure an amount.
    const measured = vague && det === 'the' && ['in', 'into'].includes(tokens[i - 2]?.lower ?? '');
    if (det === 'these' || det === 'those' || (vague && det === 'the' && !measured)) {
      i = end;
      continue;
    }
    if (isNonCount(tokens, i, end, value)) {
      i = end;
      continue;
    }

    let low: number | null = value;
    let high: number | null = value;
    let qualifier: Qualifier = vague ? 'vague' : num.dozen ? 'about' : 'exact';

    // Ranges: "between 180 and 450", "180 to 450", "180-450", "two or three".
    const sep = tokens[end];
    let rangeEnd: NumberMatch | null = null;
    // ("between about 40 and 60": a rounding word inside the range leaves it a range.)
    const rounded = tokens[i - 1]?.lower !== 'between' && [i - 2, i - 3].some((k) => tokens[k]?.lower === 'between') ? qualifierBefore(tokens, i) : null;
    const betweenAt =
      tokens[i - 1]?.lower === 'between' ? i - 1 : rounded?.qualifier === 'about' && tokens[rounded.start - 1]?.lower === 'between' ? rounded.start - 1 : -1;
    const betweenBefore = betweenAt >= 0;
    if (!vague && sep && (sep.lower === 'and' ? betweenBefore : ['to', '-', '–', '—', 'or'].includes(sep.lower))) {
      // "rose from 20 to 35", "went up by over a hundred to 352": a change and its result, two figures.
      // "tolls ranged from 74 to 90", "anywhere from 200 to 300": a spread of estimates is one range.
      const spread = tokens[i - 1]?.lower === 'from' && RANGE_WORDS.has(tokens[i - 2]?.lower ?? '');
      const fromBefore = (tokens[i - 1]?.lower === 'from' && !spread) || changeBy(tokens, i);
      const other = parseNumber(tokens, end + 1);
      if (other && !other.vague && other.value > value && !fromBefore && !isNonCount(tokens, end + 1, other.end, other.value, true)) {
        // "1.5 to 2 million": the scale of the second number applies to the first.
        if (other.value >= 1000 && value < 1000 && other.value % 1_000_000 === 0 && value < other.value / 1_000_000 + 1) value *= 1_000_000;
        rangeEnd = other;
      }
    }
    if (rangeEnd) {
      low = value;
      high = rangeEnd.value;
      qualifier = 'range';
      end = rangeEnd.end;
    }
    // "anywhere from several thousand to tens of thousands", "between hundreds and thousands": a
    // spread of vague amounts is one vague figure at its conservative floor.
    if (
      vague &&
      sep &&
      (sep.lower === 'and' ? betweenBefore : sep.lower === 'to' && tokens[i - 1]?.lower === 'from' && RANGE_WORDS.has(tokens[i - 2]?.lower ?? ''))
    ) {
      const other = parseNumber(tokens, end + 1);
      if (other?.vague && other.value > value) end = other.end;
    }

    // "Hundreds, if not thousands, of people", "Scores, possibly hundreds, of …": a higher guess set
    // off after a vague amount; the figure stays at the conservative floor, its noun after the aside.
    if (vague && tokens[end]?.text === ',' && HIGHER_GUESS_OPENERS.has(tokens[end + 1]?.lower ?? '')) {
      const at = tokens[end + 1]!.lower === 'if' ? (tokens[end + 2]?.lower === 'not' ? end + 3 : -1) : end + 2;
      const other = at > 0 ? parseNumber(tokens, at) : null;
      if (other?.vague && other.value > value && tokens[other.end]?.text === ',' && tokens[other.end + 1]?.lower === 'of') end = other.end + 1;
    }

    // The qualifier before the number (and a hedge before or after it).
    let spanStartTok = betweenBefore && rangeEnd ? betweenAt : i;
    let hedged = false;
    const h1 = hedgeBefore(tokens, spanStartTok);
    if (h1 !== null) {
      hedged = true;
      spanStartTok = h1;
    }
    if (!rangeEnd) {
      // "at least another 12": the qualifier reaches over "another".
      const q0 = qualifierBefore(tokens, spanStartTok) ?? (tokens[spanStartTok - 1]?.lower === 'another' ? qualifierBefore(tokens, spanStartTok - 1) : null);
      // ("no more than about 4,000", "up to roughly 500", "at least some 300": a bound before an approximation is the figure's bound.)
      const bound = q0?.qualifier === 'about' ? qualifierBefore(tokens, q0.start) : null;
      const q = bound && bound.qualifier !== 'about' && bound.qualifier !== 'exact' ? bound : q0;
      // "toll up to 30" is "rose to 30", not an upper bound; "a toll of up to 115" is one.
      const tollVerb = q && q.qualifier === 'up_to' && tokens[q.start]?.lower === 'up' && risesBefore(tokens, q.start);
      if (q && !tollVerb && !(vague && q.qualifier === 'about' && tokens[q.start]?.lower === 'some')) {
        spanStartTok = q.start;
        if (vague) {
          // "over a dozen", "more than dozens": a vague floor raised to a bound.
          if (q.qualifier === 'more_than' || q.qualifier === 'at_least') qualifier = q.qualifier;
        } else {
          qualifier = q.qualifier;
        }
        const h2 = hedgeBefore(tokens, spanStartTok);
        if (h2 !== null) {
          hedged = true;
          spanStartTok = h2;
        }
      }
    }
    if (!vague && !rangeEnd && qualifier === 'exact' && num.dozen) qualifier = 'about';

    // Suffixes: "900+", "1,000-plus", "or more", "or so", "the 1,000 mark".
    let spanEndTok = end;
    const after = tokens[end];
    if (after?.text === '+' && after.start === tokens[end - 1]!.end) {
      qualifier = 'more_than';
      spanEndTok = end + 1;
    } else if (after?.lower === '-' && tokens[end + 1]?.lower === 'plus') {
      qualifier = 'more_than';
      spanEndTok = end + 2;
    } else if (after?.lower === 'plus' && !vague) {
      qualifier = 'more_than';
      spanEndTok = end + 1;
    } else if (after?.lower === 'or' && tokens[end + 1]?.lower === 'more') {
      qualifier = 'at_least';
      spanEndTok = end + 2;
    } else if (after?.lower === 'or' && tokens[end + 1]?.lower === 'so') {
      qualifier = 'about';
      spanEndTok = end + 2;
    } else if (after && ['mark', 'milestone', 'threshold', 'barrier'].includes(after.lower)) {
      spanEndTok = end + 1;
    }

    // Bounds by qualifier.
    switch (qualifier) {
      case 'at_least':
      case 'more_than':
        high = null;
        break;
      case 'up_to':
      case 'fewer_than':
        low = null;
        break;
      case 'vague':
        high = null;
        break;
      default:
        break;
    }
    if (vague && (qualifier === 'more_than' || qualifier === 'at_least')) high = null;
    const estimate = (low ?? high)!;

    const startTok = tokens[spanStartTok]!;
    const endTok = tokens[spanEndTok - 1]!;
    found.push({
      span: span(text, offset, startTok.start, endTok.end),
      number: span(text, offset, tokens[i]!.start, tokens[end - 1]!.end),
      low,
      high,
      estimate,
      qualifier,
      hedged,
      vague,
      tokenStart: i,
      tokenEnd: end,
    });
    i = spanEndTok;
  }
  return found;
}
