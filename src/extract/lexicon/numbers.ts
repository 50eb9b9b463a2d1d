// Words around numbers: years versus counts, ranges of estimates.
import type { Qualifier } from '../../domain.js';
import { SCOPE_QUANTITY_QUALIFIERS } from './victims.js';

/** Words before a four-digit number that make it a year, even before a noun of people ("in 1988 students", "the 2019 protesters"). */
export const YEAR_BEFORE = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'during',
  'before',
  'after',
  'from',
  'to',
  'through',
  'throughout',
  'of',
  'the',
  'this',
  'that',
  'early',
  'late',
  'mid',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'year',
  'around',
  'circa',
  'c',
  'between',
  'and',
  "'s",
  's',
  '’s',
  'its',
  'their',
  'his',
  'her',
  'for',
  'on',
  'at',
]);

/** Words before "from X to Y" that make it a spread of estimates, not a change ("ranged from 74 to 90"). */
export const RANGE_WORDS = new Set(['ranged', 'ranging', 'range', 'ranges', 'varied', 'varying', 'vary', 'varies', 'anywhere', 'somewhere']);

/** Number words below twenty, and their values. */
export const NUMBER_UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** Number words of the tens, and their values. */
export const NUMBER_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Words that multiply the number before them ("three hundred", "2.5 million"). */
export const NUMBER_SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  billion: 1_000_000_000,
  // South Asian reports count in lakhs and crores.
  lakh: 100_000,
  lakhs: 100_000,
  crore: 10_000_000,
  crores: 10_000_000,
};

/** ACLED-style conservative values for vague quantity words. */
export const VAGUE_PLURALS: Record<string, number> = {
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1000,
  millions: 1_000_000,
  tens: 10,
};

/** Fractions of a scale word: "half a million", "a quarter of a million" ("a quarter" alone counts nothing). */
export const NUMBER_FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25 };
/** Words that mean "a few" (3 by ACLED convention) when they quantify a noun. */
// "some" is left out: it is far more often a determiner ("some of the protesters") or the
// "about" qualifier ("some 7,939") than a count.
export const FEW_WORDS: ReadonlyArray<readonly string[]> = [['a', 'few'], ['several'], ['a', 'handful', 'of'], ['handful', 'of']];

/** Currency marks and codes before a figure: the figure is money, not a count. */
export const CURRENCY_BEFORE = new Set(['$', '€', '£', '¥', '₹', '৳', 'us$', 'usd', 'eur', 'rs', 'tk', 'inr', 'bdt', 'kzt', 'iqd', 'irr', 'ksh']);

/** ISO 4217 codes, as the runtime's Intl knows them ("KES 300,000", "NGN 50,000"): written in capitals before a figure, money. */
export const ISO_CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/**
 * Money after a figure that WordNet's monetary units (money-nouns.ts) do not hold: the pound
 * (whose usual sense there is a weight), the toman, and abbreviations.
 */
export const CURRENCY_AFTER = new Set(['pounds', 'pound', 'tomans', 'toman', 'usd', 'eur', 'gbp', 'bn', 'm']);

/**
 * Units of money in WordNet (money-nouns.ts) whose names are also everyday words or past tenses:
 * a figure before them may still count people ("12 sent to hospital", "killed 12 at a checkpoint").
 */
export const MONEY_NOUN_EXCLUSIONS = new Set(['at', 'won', 'real', 'sent', 'sen', 'mil', 'bob', 'anna', 'mongo', 'ore', 'kip', 'tala', 'pul', 'lev', 'leu']);

/**
 * Nouns of animals in WordNet (animal-nouns.ts) that news uses of people: a figure before them
 * still counts people ("12 females and 8 males were among the dead", "35 human rights defenders").
 */
export const ANIMAL_NOUN_EXCLUSIONS = new Set(['human', 'female', 'male', 'creature', 'young']);

/** Ordinals that, after "a", name one more of people counted before ("two were killed and a third injured"). */
export const LATER_ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/** Words after a figure that make it a share, not a count. */
export const PERCENT_AFTER = new Set(['%', 'percent', 'per', 'pc', 'percentage', 'percentage-points']);

/**
 * Verbs before "up to" that make it "rose to" ("toll goes up to 30"), "up" their particle where the
 * verb moves a count ("had been revised up to 27", "pushed up to 40"): no upper bound.
 */
export const UP_TO_RISE_VERBS = new Set([
  'rises',
  'rose',
  'risen',
  'climbs',
  'climbed',
  'jumps',
  'jumped',
  'goes',
  'went',
  'gone',
  'is',
  'was',
  'revised',
  'pushed',
  'shot',
  'moved',
]);

/** Words hyphened to a number that keep it a count of people: "a 5,000-strong crowd", "some 40-odd protesters". */
export const COUNT_COMPOUND_TAILS = new Set(['strong', 'odd', 'plus', 'some']);

/** Units of time and measure: "3 days", "40 years", "5 km", "10 a.m.". */
export const UNIT_AFTER = new Set([
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'century',
  'centuries',
  'km',
  'kilometres',
  'kilometers',
  'kilometre',
  'kilometer',
  'miles',
  'mile',
  'metres',
  'meters',
  'metre',
  'meter',
  'kg',
  'kilograms',
  'tonnes',
  'tons',
  'litres',
  'liters',
  'am',
  'pm',
  'a.m',
  'p.m',
  'gmt',
  'utc',
  'hrs',
  'st',
  'nd',
  'rd',
  'th',
  'year-old',
  'years-old',
  'mm',
  'cm',
  'acres',
  'hectares',
  'degrees',
  'sq',
]);

/**
 * Words before "day" or "week" that make it a time ("the next day six people were killed", "last
 * week 40 were arrested"), so the number after it counts, where "day 20" numbers a day.
 */
export const TIME_NOUN_MODIFIERS = new Set([
  'the',
  'that',
  'this',
  'next',
  'same',
  'following',
  'previous',
  'each',
  'every',
  'last',
  'final',
  'past',
  'preceding',
  'whole',
  'entire',
  'a',
  'one',
]);

/** Identifiers that are also nouns of time, which TIME_NOUN_MODIFIERS make a time. */
export const TIME_IDENTIFIERS = new Set(['day', 'week']);

/** Words a telephone number follows, a few groups of digits after them ("call (055) 560-9127", "hotline 0800 123 456"). */
export const PHONE_WORDS = new Set(['call', 'calling', 'phone', 'telephone', 'tel', 'hotline', 'helpline', 'dial', 'fax', 'whatsapp', 'mobile']);

/** Words that make the following number an identifier or a position, not a count. */
export const IDENTIFIER_BEFORE = new Set([
  'day',
  'week',
  'no',
  'number',
  'page',
  'article',
  'section',
  'chapter',
  'resolution',
  'phase',
  'round',
  'item',
  'paragraph',
  'covid',
  'room',
  'flight',
  'route',
  'highway',
  'road',
  'gate',
  'unit',
  'block',
  'level',
  'grade',
  'class',
  'line',
  'platform',
  'version',
  'act',
  'law',
  'decree',
  'case',
  'ward',
  'district',
  'sector',
  'zone',
  'aged',
  'age',
  'ages',
  'tier',
  'channel',
  // A document's numbered parts: "in point 7", "see annex 2", "table 3", "episode 40".
  'point',
  'clause',
  'annex',
  'appendix',
  'table',
  'footnote',
  'episode',
  'recommendation',
  'exhibit',
]);

/** Sites numbered by a figure that closes the phrase: "outside pumping station 9.", "checkpoint 4," (not "at the station 40 people were held"). */
export const NUMBERED_SITE_BEFORE = new Set(['station', 'checkpoint', 'bed', 'terminal', 'precinct']);

/** Words that can start a number expression; every other word is rejected at once. */
export const NUMBER_STARTS = new Set([
  ...Object.keys(NUMBER_UNITS),
  ...Object.keys(NUMBER_TENS),
  ...Object.keys(VAGUE_PLURALS),
  ...Object.keys(NUMBER_FRACTIONS),
  'a',
  'an',
  'several',
  'handful',
  'some',
  'both',
  // ("Another death was confirmed at the clinic": one more death, read in quantities.ts.)
  'another',
]);

/**
 * What "some of" must take to be a count: "some of the injured", "some of them" (not "some of the time").
 * Not SCOPE_SUBGROUP_REFERENTS, which also takes "which" ("five of which"), nor ANAPHORS.
 */
export const PARTITIVE_HEADS = new Set(['the', 'them', 'those', 'these', 'whom']);

/**
 * What "some of" must take to count a few: a pronoun of a group a figure just counted ("some of them
 * seriously", "some of whom"). "Some of the dead were students" picks out a part of a definite group to
 * tell more of it; it counts no one.
 */
export const SOME_PARTITIVE_HEADS = new Set(['them', 'whom']);

/** Nouns of the members of a body or group ("some members of the security forces", "some officers of the guard"): after "some", a few of them. */
export const BODY_MEMBER_PLURALS = new Set(['members', 'officers', 'personnel', 'employees', 'staff', 'relatives', 'residents']);

/** Verbs of a count passing a mark ("the toll passed 1,000"): the figure is a floor. */
export const PASSING_VERBS = ['exceed', 'surpass', 'pass', 'cross', 'top'].flatMap((v) => {
  const stem = v === 'top' ? 'topp' : v;
  // The bare form after a modal ("could exceed 200") only where it is no other word ("top 10", "pass 5").
  const bare = v === 'exceed' || v === 'surpass' ? [v] : [];
  return [`${stem}ed`, `${v}${/s$/.test(v) ? 'es' : 's'}`, `${stem}ing`, ...bare];
});

/** Modals before which a verb of reaching a figure makes it a ceiling ("could reach 20"). */
const REACHING_MODALS = ['could', 'may', 'might', 'would'];

/** Words before the bare form of a verb of passing that make it one ("could pass 30", "expected to top 100"). */
const PASSING_BARE_AFTER = ['could', 'may', 'might', 'will', 'would', 'to'];

export interface QualifierPhrase {
  words: readonly string[];
  qualifier: Qualifier;
}
// Longest phrases first so "no more than" wins over "more than".
/** Words before a figure that qualify it ("at least", "more than", "about"), longest first. */
export const QUALIFIER_PHRASES: QualifierPhrase[] = (
  [
    [['no', 'fewer', 'than'], 'at_least'],
    [['no', 'less', 'than'], 'at_least'],
    [['not', 'less', 'than'], 'at_least'],
    [['not', 'fewer', 'than'], 'at_least'],
    [['a', 'minimum', 'of'], 'at_least'],
    [['at', 'least'], 'at_least'],
    [['no', 'more', 'than'], 'up_to'],
    [['not', 'more', 'than'], 'up_to'],
    [['as', 'many', 'as'], 'up_to'],
    [['as', 'much', 'as'], 'up_to'],
    // "the toll may be as high as 200".
    [['as', 'high', 'as'], 'up_to'],
    [['a', 'maximum', 'of'], 'up_to'],
    [['at', 'most'], 'up_to'],
    [['up', 'to'], 'up_to'],
    [['nearly'], 'up_to'],
    [['almost'], 'up_to'],
    // "deaths are approaching 200", "the toll is nearing 70", "edging towards 200": not there yet.
    [['approaching'], 'up_to'],
    [['nearing'], 'up_to'],
    [['edging', 'towards'], 'up_to'],
    [['edging', 'toward'], 'up_to'],
    [['just', 'under'], 'fewer_than'],
    [['in', 'excess', 'of'], 'more_than'],
    [['upwards', 'of'], 'more_than'],
    [['well', 'over'], 'more_than'],
    [['more', 'than'], 'more_than'],
    // "may be higher than six": a comparative bound.
    [['higher', 'than'], 'more_than'],
    [['greater', 'than'], 'more_than'],
    [['over'], 'more_than'],
    [['above'], 'more_than'],
    [['past'], 'more_than'],
    [['fewer', 'than'], 'fewer_than'],
    [['less', 'than'], 'fewer_than'],
    [['under'], 'fewer_than'],
    [['below'], 'fewer_than'],
    [['closer', 'to'], 'about'],
    [['nearer', 'to'], 'about'],
    [['close', 'to'], 'about'],
    [['an', 'estimated'], 'about'],
    [['estimated'], 'about'],
    [['approximately'], 'about'],
    [['roughly'], 'about'],
    [['around'], 'about'],
    [['about'], 'about'],
    [['some'], 'about'],
    [['circa'], 'about'],
    [['approx'], 'about'],
    [['about', 'a'], 'about'],
    // "passed 1,000", "passed the 1,000 mark": every form of a verb of passing a mark, with or without "the".
    ...PASSING_VERBS.flatMap((verb): Array<[string[], Qualifier]> => [
      [[verb], 'more_than'],
      [[verb, 'the'], 'more_than'],
    ]),
    // ("could pass 30", "expected to top 100": a bare verb of passing after a modal or "to".)
    ...PASSING_BARE_AFTER.flatMap((before) =>
      ['pass', 'cross', 'top'].flatMap((verb): Array<[string[], Qualifier]> => [
        [[before, verb], 'more_than'],
        [[before, verb, 'the'], 'more_than'],
      ]),
    ),
    // ("feared the final toll could reach 20", "may rise to 300": a toll that might come to a figure is at most it.)
    ...REACHING_MODALS.flatMap((modal) =>
      [['reach'], ['rise', 'to'], ['climb', 'to'], ['hit']].map((verb): [string[], Qualifier] => [[modal, ...verb], 'up_to']),
    ),
  ] as Array<[string[], Qualifier]>
)
  .map(([words, qualifier]) => ({ words, qualifier }))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * QUALIFIER_PHRASES by their last word, each list in that order (longest first): only the
 * phrases ending on the word before a figure can end there, so the rules read those few, not all.
 */
export const QUALIFIER_PHRASES_BY_LAST: ReadonlyMap<string, readonly QualifierPhrase[]> = QUALIFIER_PHRASES.reduce((byLast, phrase) => {
  const last = phrase.words[phrase.words.length - 1]!;
  const same = byLast.get(last);
  if (same) same.push(phrase);
  else byLast.set(last, [phrase]);
  return byLast;
}, new Map<string, QualifierPhrase[]>());

/** Nouns of two people: "killing an elderly couple" (not "a couple of days"). */
export const PAIR_NOUNS = new Set(['couple']);

/** Superlatives of age whose copula states an age ("the youngest of whom was 12"), not a count. */
export const AGE_SUPERLATIVES = new Set(['youngest', 'oldest', 'eldest']);

/** Words of a list of ages after "aged": "two girls aged 12 and 14", "aged 9, 11 and 15". */
export const AGE_LIST_JOINERS = new Set([',', 'and', 'or', 'to', '-', '–']);

/** Prepositions of an age bound after people: "boys under 18", "children below five", "people over 60". */
export const AGE_BOUND_PREPOSITIONS = new Set(['under', 'below', 'over', 'above']);

/** Participles of what a place was made to hold: "a centre built for 80", "a camp designed for 5,000". */
export const CAPACITY_PARTICIPLES = new Set(['built', 'designed', 'intended', 'meant', 'planned', 'made']);
/** Nouns of what a place holds: "a capacity of 2,000", "room for 500". */
export const CAPACITY_NOUNS = new Set(['capacity', 'room', 'space', 'beds']);
/** Verbs of what a place can hold, after "to" or "can": "built to hold 30,000", "can seat 500". */
export const CAPACITY_VERBS = new Set(['hold', 'accommodate', 'seat', 'house']);

/** Words opening a higher guess set off after a vague amount ("hundreds, if not thousands, of", "scores, possibly hundreds, of"). */
export const HIGHER_GUESS_OPENERS = new Set(['if', 'possibly', 'perhaps', 'maybe', 'probably']);

/** Plural nouns of counts themselves: a number before one, past its modifiers, counts counts ("three competing death tolls"). */
export const TALLY_NOUNS = new Set(['tolls', 'tallies', 'estimates']);
/** Words between a number and such a noun that end the number's modifiers (a verb, a preposition, a noun of people). */
export const NOT_COUNT_MODIFIERS = new Set(['of', 'the', 'to', 'at', 'and', 'in', 'were', 'are', 'have', 'had', 'people']);

/** Nouns whose "of" gives how many live somewhere ("a population of 25,000"). */
export const POPULATION_NOUNS = new Set(['population', 'populations']);

/** Places a count of inhabitants is given for ("a town of 25,000", "a country with about 900,000 citizens"). */
export const SETTLEMENT_NOUNS = new Set(['town', 'city', 'country', 'village', 'nation', 'island', 'state', 'district', 'province', 'region', 'municipality']);

/** Words between "population of" or "a town with" and its number ("just", "about", "more than"): a figure's qualifiers, and words that play it down. */
export const POPULATION_QUALIFIERS = new Set([...SCOPE_QUANTITY_QUALIFIERS, 'just', 'only', 'under', 'barely', 'less', 'fewer']);

/** Words after "or" that close a figure's bound ("2,500 or more", "40 or so"). */
export const OPEN_BOUND_WORDS = new Set(['more', 'so']);
