/**
 * Words the claim rules read: what signals each category, who can be a victim, which
 * verbs are neutral (reporting a figure) and which give a figure a different meaning.
 * Kept in one place so a new phrasing is one entry, with the rule that reads it unchanged.
 */
import type { Category } from '../domain.js';

/** Calendar words, lower-cased: the days of the week, the months and the months' short forms. */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;

/**
 * Harm verbs by lemma, with their irregular forms: every inflection ("kill", "kills", "killed",
 * "killing") links its object ("killed six assailants", "kills two") or its passive subject
 * ("were beheaded") to the category.
 */
const HARM_VERB_LEMMAS: ReadonlyArray<readonly [string, Category, ...string[]]> = [
  ['kill', 'killed'],
  ['murder', 'killed'],
  ['behead', 'killed'],
  ['massacre', 'killed'],
  ['slay', 'killed', 'slew', 'slain', 'slays', 'slaying'],
  ['assassinate', 'killed'],
  ['lynch', 'killed'],
  ['slaughter', 'killed'],
  ['decapitate', 'killed'],
  ['martyr', 'killed'],
  ['drown', 'killed'],
  ['injure', 'injured'],
  ['wound', 'injured'],
  ['maim', 'injured'],
  ['arrest', 'detained'],
  ['detain', 'detained'],
  ['jail', 'detained'],
  ['imprison', 'detained'],
  ['apprehend', 'detained'],
  ['incarcerate', 'detained'],
  ['seize', 'detained'],
  // "abduction" already counts the detained (HARM_NOUNS_OF): its verb does too.
  // Military reports' words for killing: "nine militants were neutralised".
  ['neutralise', 'killed'],
  ['neutralize', 'killed'],
  ['abduct', 'detained'],
  ['kidnap', 'detained', 'kidnapped', 'kidnapping'],
  ['execute', 'executed'],
  ['hang', 'executed'],
];

function inflect(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, third, `${stem}ed`, `${stem}ing`];
}

/**
 * Harm verbs whose base and -s forms are also common nouns ("a jail", "wounds", "the murder"):
 * those two forms tie a figure only as a verb's object ("jails 12"), never as a nearby cue.
 */
const NOUN_TOO = new Set(['murder', 'massacre', 'jail', 'arrest', 'slaughter', 'martyr', 'hang', 'kill']);

/** Every form of a harm verb, with its category ("injures" -> injured). */
export const HARM_VERB_FORMS: ReadonlyMap<string, Category> = new Map(
  HARM_VERB_LEMMAS.flatMap(([lemma, category, ...irregular]) => [...inflect(lemma), ...irregular].map((f) => [f, category] as [string, Category])),
);

/**
 * Cue words that name the harmed without saying the harm: "victims" alone reads as deaths, but
 * after a count of the injured ("Most victims are men (2,767)") they are the injured.
 */
export const HARM_NEUTRAL_CUES: ReadonlySet<string> = new Set(['victims']);

/** Adverbs that may follow the "and" of two coordinated subjects ("12 civilians and also two police were killed"). */
export const COORDINATION_ADVERBS: ReadonlySet<string> = new Set(['also', 'even']);

/** Prepositions that take a toll's figure as their object ("stood at 215", "rose to 30"): such a figure is no clause's subject. */
export const FIGURE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'to']);

/** Prepositions that place a speaking group ("officials in the capital said"): the speakers stand before them. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from']);

/** Harm participles that can describe a person before the noun ("two injured protesters died"). */
export const PARTICIPLE_MODIFIERS: ReadonlySet<string> = new Set(['injured', 'wounded', 'detained', 'arrested', 'jailed', 'imprisoned', 'displaced']);

/** Single words that tie a nearby figure to a category (lower case). */
export const CATEGORY_CUES: ReadonlyMap<string, Category> = new Map<string, Category>([
  // every form of a harm verb (HARM_VERB_FORMS) but the noun-like ones, then the words below
  ...[...HARM_VERB_FORMS].filter(([form]) => !NOUN_TOO.has(form) && !NOUN_TOO.has(form.replace(/e?s$/, ''))),
  // killed
  ...(
    [
      'killed',
      'killing',
      'killings',
      'kills',
      'dead',
      'died',
      'die',
      'dies',
      'dying',
      'death',
      'deaths',
      'fatalities',
      'fatality',
      'perished',
      'slain',
      'murdered',
      'martyred',
      'massacred',
      'bodies',
      'corpses',
      'toll',
      'tolls',
      'victims',
      'martyrs',
      'heroes',
      'lives',
      'succumbed',
      'shot',
      'gunned',
    ] as const
  ).map((w) => [w, 'killed'] as [string, Category]),
  // injured
  ...(['injured', 'injuring', 'injuries', 'injury', 'wounded', 'wounding', 'hurt', 'maimed', 'hospitalised', 'hospitalized'] as const).map(
    (w) => [w, 'injured'] as [string, Category],
  ),
  // detained
  ...(
    [
      'arrested',
      'arrest',
      'arrests',
      'arresting',
      'detained',
      'detaining',
      'detention',
      'detentions',
      'detainees',
      'detainee',
      'jailed',
      'imprisoned',
      'incarcerated',
      'apprehended',
      'custody',
      'rounded',
      'locked',
      'picked',
      'hauled',
      'bundled',
      'held',
    ] as const
  ).map((w) => [w, 'detained'] as [string, Category]),
  // missing
  ...(['missing', 'disappeared', 'disappearances', 'disappearance', 'unaccounted', 'whereabouts'] as const).map((w) => [w, 'missing'] as [string, Category]),
  // displaced
  ...(['displaced', 'refugees', 'evacuated', 'homeless', 'fled', 'flee', 'flees', 'fleeing', 'uprooted'] as const).map(
    (w) => [w, 'displaced'] as [string, Category],
  ),
  // executed
  ...(['executed', 'executions', 'execution', 'hanged'] as const).map((w) => [w, 'executed'] as [string, Category]),
  // participants
  ...(
    [
      'rallied',
      'marched',
      'gathered',
      'protested',
      'demonstrated',
      'rally',
      'rallies',
      'crowd',
      'crowds',
      'turnout',
      'marchers',
      'took',
      'joined',
      'attended',
      'massed',
      'participated',
      'participating',
      'chanted',
      // only before a public place ("filled the streets", "blocked the main road"): see claims.ts
      'filled',
      'packed',
      'occupied',
      'blocked',
      'lined',
      'came',
      'downed',
      'thronged',
      'poured',
      'pour',
      'pouring',
      'flooded',
      'streamed',
      'converged',
      'turned',
      'turn',
      'turning',
      'taken',
      'mobilized',
      'mobilised',
      'marching',
      // a headline's present tense: "Thousands march in the capital", "Hundreds protest the verdict"
      'march',
      'marches',
      'protest',
      'demonstrate',
      'rallying',
      'protesting',
      'demonstrating',
    ] as const
  ).map((w) => [w, 'participants'] as [string, Category]),
]);

/**
 * Nouns of harm that take their victims in an "of" phrase: "the deaths of 12", "the killing of
 * a journalist", "the arrest of 40 students".
 */
export const HARM_NOUNS_OF: ReadonlyMap<string, Category> = new Map<string, Category>([
  ...['death', 'deaths', 'killing', 'killings', 'murder', 'murders', 'assassination', 'massacre', 'beheading', 'lynching', 'shooting', 'bodies', 'corpses'].map(
    (w) => [w, 'killed'] as [string, Category],
  ),
  ...['arrest', 'arrests', 'detention', 'detentions', 'jailing', 'imprisonment', 'abduction', 'abductions', 'kidnapping', 'kidnappings'].map(
    (w) => [w, 'detained'] as [string, Category],
  ),
  ...['injury', 'injuries', 'wounding'].map((w) => [w, 'injured'] as [string, Category]),
  ...['disappearance', 'disappearances', 'whereabouts'].map((w) => [w, 'missing'] as [string, Category]),
  ['execution', 'executed'],
  ['executions', 'executed'],
  ['hanging', 'executed'],
]);

/**
 * Cue words that only count in a particular company: "held" is detention in "held behind bars"
 * or "being held", not in "held a rally"; "took" only in "took to the streets"; "shot" only in
 * "shot dead"/"shot and killed"; "lives" only when claimed, lost or taken.
 */
export function cueApplies(word: string, prev: string | undefined, next: string | undefined, next2: string | undefined): boolean {
  switch (word) {
    case 'held':
      return ['were', 'was', 'being', 'been', 'are', 'is', 'remain', 'still'].includes(prev ?? '') || next === 'behind' || next === 'in';
    case 'came':
      // "came out onto the streets", "came out to protest"; not "came out of hospital".
      return next === 'out' && next2 !== 'of';
    case 'downed':
      return next === 'tools';
    case 'took':
      return (next === 'to' && (next2 === 'the' || next2 === 'streets')) || next === 'part';
    case 'taken':
      return next === 'part';
    case 'turned':
    case 'turn':
    case 'turning':
      return next === 'out';
    case 'poured':
    case 'pour':
    case 'pouring':
    case 'streamed':
      return ['into', 'onto', 'in', 'through', 'out'].includes(next ?? '');
    case 'shot':
      // "shot and killed" is a death; "shot and wounded" is the wounding verb's.
      if (next === 'and') return HARM_VERB_FORMS.get(next2 ?? '') !== 'injured';
      return next === 'dead' || prev === 'fatally';
    case 'lives':
      return ['claimed', 'lost', 'taken', 'cost', 'their', 'claiming', 'costing'].includes(prev ?? '');
    case 'rounded':
    case 'locked':
    case 'picked':
      // "rounded up", "locked up", "picked up" (by police).
      return next === 'up';
    case 'hauled':
      // "hauled off to police stations", "hauled away".
      return next === 'off' || next === 'away';
    case 'bundled':
      // "bundled into police vans", "bundled away".
      return next === 'into' || next === 'away' || next === 'off';
    case 'custody':
      return ['into', 'in', 'police'].includes(prev ?? '');
    case 'joined':
    case 'attended':
      return true;
    case 'fled':
      return true;
    case 'death':
      // "death toll", "death count", "put to death"; not "the death of a man" (one named person).
      return next === 'toll' || next === 'count' || next === 'tally' || prev === 'to' || prev === 'total';
    case 'whereabouts':
      // "whose whereabouts are unknown", "their whereabouts remain unclear".
      return [next, next2].some((w) => w === 'unknown' || w === 'unclear');
    case 'arrest':
      // "the arrest of 40", "placed under arrest", "under house arrest".
      return next === 'of' || prev === 'under' || prev === 'house';
    default:
      return true;
  }
}

/** Words that mark a figure as earlier than the report ("had earlier said", "the previous toll"): dates.ts, earlier-than-report. */
export const EARLIER_CUES = new Set(['earlier', 'previously', 'previous', 'initially', 'initial', 'originally', 'formerly']);
/** Words that end the clause of an "earlier": "earlier 40, but now 44". */
export const EARLIER_CLAUSE_STOPS = new Set([
  ';',
  'but',
  'however',
  'now',
  'whereas',
  'while',
  'although',
  'though',
  'since',
  'latest',
  'new',
  'revised',
  'updated',
  'current',
]);

/** Words before a four-digit number that make it a year, even before a noun of people ("in 1988 students", "the 2019 protesters"). */
/**
 * Verbs that give a count a level, before "at" or "to" ("the toll stands at 1850", "rose to 1950")
 * or as their object ("reached 1850"): a four-digit figure there is a count, not a year.
 */
export const LEVEL_AT_VERBS = new Set(['stands', 'stand', 'stood', 'standing', 'put', 'puts', 'placed', 'estimated']);
export const LEVEL_TO_VERBS = new Set([
  'rose',
  'risen',
  'rises',
  'rising',
  'climbed',
  'climbs',
  'increased',
  'increases',
  'jumped',
  'grew',
  'grown',
  'swelled',
  'soared',
]);
export const LEVEL_OBJECT_VERBS = new Set(['reached', 'reaches', 'surpassed', 'surpasses', 'exceeded', 'exceeds', 'topped', 'tops']);
/** Words that may follow such a level ("rose to 1950 on Monday"); a noun after it makes a year ("rose to 2019 levels"). */
export const LEVEL_FOLLOWERS = new Set([
  'on',
  'by',
  'in',
  'as',
  'after',
  'since',
  'and',
  'from',
  'with',
  'according',
  'across',
  'at',
  'amid',
  'while',
  'so',
  'this',
  'last',
  'yesterday',
  'today',
  'overnight',
  'nationwide',
]);
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

/** Words that make a following or surrounding figure a running total. */
export const CUMULATIVE_CUES = new Set([
  'toll',
  'total',
  'tally',
  'totalled',
  'totaled',
  'overall',
  'so',
  'far',
  'cumulative',
  'climbed',
  'risen',
  'rose',
  'rises',
  'reached',
  'reaches',
  'surpassed',
  'surpasses',
  'exceeded',
  'brings',
  'bringing',
  'brought',
  'increased',
  'count',
  'since',
]);
/** Verbs of "bringing the total to 16": the figure after them is the total, one before them what raised it. */
export const RAISING_VERBS = new Set([
  'bringing',
  'brings',
  'brought',
  'raising',
  'raises',
  'raised',
  'taking',
  'takes',
  'took',
  'pushing',
  'pushes',
  'pushed',
]);
/** Nouns a raising verb leads to ("brought the toll to", not "brought to hospital"). */
export const TOTAL_NOUNS = new Set(['toll', 'total', 'tally', 'number', 'count', 'figure']);
/** Words after a figure that make it an increment, not a total ("four more people", "three new deaths"). */
export const INCREMENT_AFTER = new Set(['more', 'new', 'additional', 'further', 'other']);
/** Words before a figure that make it an increment ("another 5", "an additional 12"). */
export const INCREMENT_BEFORE = new Set(['another', 'additional', 'further']);

/**
 * Whether a noun denotes people comes from WordNet (src/extract/person-nouns.ts); these are the
 * corrections to that table, by written form or lemma: `null` says "not people" (a rare person
 * sense of a common word), a kind adds a word WordNet lacks or files elsewhere.
 */
export const PERSON_NOUN_OVERRIDES: ReadonlyMap<string, 'person' | 'group' | null> = new Map<string, 'person' | 'group' | null>([
  // Pronoun-like heads a figure may count: "five others", "12 more", "those".
  ...(['others', 'more', 'those', 'them', 'whom'] as const).map((w) => [w, 'person'] as [string, 'person']),
  // Plurals of group nouns that count members: "20 families", "150 security forces".
  ...(['families', 'forces'] as const).map((w) => [w, 'group'] as [string, 'group']),
  // Lemmas WordNet files under another sense first ("person" is a top-level noun, "agent" a cause).
  ...(['person', 'protestor', 'agent'] as const).map((w) => [w, 'person'] as [string, 'person']),
]);

/** Irregular noun plurals WordNet's detachment rules do not reach (its noun.exc, the part we need). */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['children', 'child'],
  ['people', 'person'],
  ['persons', 'person'],
  ['passers-by', 'passer-by'],
  ['passersby', 'passerby'],
  ['bystanders', 'bystander'],
  ['teeth', 'tooth'],
  ['lookers-on', 'looker-on'],
  ['onlookers', 'onlooker'],
  ['alumni', 'alumnus'],
  ['mujahideen', 'mujahid'],
  ['mujahedin', 'mujahid'],
  ['fedayeen', 'fedayee'],
  ['kin', 'kinsman'],
]);

/**
 * People who take part: a large figure of these, with no harm in its clause, counts participants
 * ("thousands of protesters attacked the airport", "tens of thousands of marchers").
 */
export const PARTICIPANT_NOUNS = new Set(['protesters', 'protestors', 'demonstrators', 'marchers', 'rallygoers', 'participants', 'strikers']);
/** The smallest figure that counts a crowd rather than named individuals. */
export const PARTICIPANT_MIN = 100;

/**
 * Verbs that link a figure to a state rather than an act: "have gone missing", "remain in
 * detention", "were left wounded". The category is the state's word after them; without one,
 * the figure has a predicate of its own ("300 remain free").
 */
export const LINKING_VERBS = new Set([
  'gone',
  'went',
  'go',
  'goes',
  'remain',
  'remained',
  'remains',
  'remaining',
  'left',
  'lay',
  'lie',
  'lies',
  'stayed',
  'stay',
  'stays',
  'became',
  'become',
  'becomes',
  'still',
  'being',
  'kept',
]);

/** Verbs whose object is a crowd they bring out: "mobilised thousands", "drew tens of thousands". */
export const CROWD_OBJECT_VERBS = new Set(['mobilized', 'mobilised', 'mobilizing', 'mobilising', 'drew', 'draws', 'attracted', 'attracting']);

/**
 * Nouns that measure a crowd: a figure they are set at or run into is how many took part
 * ("put the turnout at 550,000", "the crowd numbered 20,000"). "number"/"estimate" measure a
 * crowd only of participants ("the number of protesters ran into tens of thousands").
 */
export const CROWD_MEASURE_NOUNS = new Set(['turnout', 'attendance', 'crowd', 'crowds']);
/**
 * Gatherings whose "of" phrase counts who took part: "a rally of 10,000 supporters", "a march of
 * some 5,000 people", "a vigil of 300 mourners".
 */
export const GATHERING_NOUNS = new Set([
  'rally',
  'rallies',
  'march',
  'marches',
  'demonstration',
  'demonstrations',
  'protest',
  'protests',
  'vigil',
  'vigils',
  'procession',
  'gathering',
  'sit-in',
  'sit-ins',
  // "a human chain of 15,000 people"
  'chain',
  'strike',
  'walkout',
]);
/** Verbs that count who gathered only with a public place as their object ("filled the streets", "blocked the main road"). */
export const PLACE_TAKING_VERBS = new Set(['filled', 'packed', 'occupied', 'blocked', 'lined']);
/** Public places a crowd fills, blocks or is on: "on the streets", "packed the main square". */
export const STREET_NOUNS = new Set([
  'streets',
  'street',
  'square',
  'squares',
  'roads',
  'road',
  'avenue',
  'avenues',
  'boulevard',
  'highway',
  'highways',
  'motorway',
  'bridge',
  'bridges',
  'plaza',
  'intersection',
  'intersections',
]);
/** Places where being is taking part ("were on the streets", "in the square"); not roads, which people travel. */
export const PRESENCE_PLACES = new Set(['streets', 'street', 'square', 'squares', 'plaza', 'avenue']);
/** Verbs that take a gathering as their object: its subject took part ("300 teachers staged a sit-in", "held a vigil"). */
export const GATHERING_VERBS = new Set(['staged', 'stage', 'stages', 'staging', 'held', 'hold', 'holds', 'holding']);
/** What may open a gathering that a verb takes as its object: "held a vigil", "staged their third march". */
export const GATHERING_OPENERS = new Set(['a', 'an', 'the', 'this', 'their', 'its', 'another', 'several', 'two', 'three', 'rival', 'mass']);
/** Function words that end in "s" like a plural noun: "six this morning" counts no things called "this". */
export const FUNCTION_WORDS_IN_S = new Set(['this', 'thus', 'whereas', 'perhaps', 'always', 'towards', 'afterwards', 'besides', 'sometimes', 'nevertheless']);
/** Verbs that convey people somewhere: "sent to pre-trial detention", "taken away by police". */
export const CONVEYING_VERBS = new Set(['sent', 'taken', 'transferred', 'moved', 'brought', 'dragged', 'led', 'driven', 'carted', 'returned']);
/** Participles that set a crowd's size in an apposition: "the crowd, estimated at 10,000,". */
export const MEASURE_VERBS = new Set(['estimated', 'put', 'numbering', 'counted', 'reckoned']);
export const COUNT_NOUNS = new Set(['number', 'numbers', 'estimate', 'estimates', 'count', 'tally', 'size']);
/** Words that take the measure's value: "at 550,000", "ran into tens of thousands", "numbered 3,000", "of 20,000". */
export const MEASURE_LINKS = new Set(['at', 'into', 'numbered', 'numbering', 'numbers', 'of', 'from', 'reached', 'topped', 'exceeded', 'surpassed', 'passed']);

/** Prepositions that open a participle's phrase after a subject ("students draped in flags", "men armed with sticks"). */
export const REDUCED_RELATIVE_PREPOSITIONS = new Set(['in', 'with', 'by', 'from', 'on', 'at', 'near', 'inside', 'outside']);

/** Words that refer back to a group counted before ("Of those, 12…", "Among them…", "They included…"). */
export const ANAPHORS = new Set(['them', 'those', 'these', 'whom', 'they']);

/**
 * A court's verbs: their object is a defendant, not a victim ("sentenced 12 men to death",
 * "charged 40 people"), and "sentenced to death" is a judgement, not a death (claims.ts:
 * judicial-outcome).
 */
export const COURT_VERBS = new Set([
  'sentenced',
  'sentence',
  'sentences',
  'sentencing',
  'condemned',
  'condemn',
  'condemns',
  'condemning',
  'convicted',
  'convicts',
  'convicting',
  'charged',
  'charges',
  'charging',
  'indicted',
  'acquitted',
  'fined',
  'tried',
]);

/** Places of detention: being in or behind one is being detained ("are still in jail", "behind bars"). */
export const DETENTION_PLACES = new Set(['jail', 'jails', 'prison', 'prisons', 'bars', 'cells', 'detention']);

/** Words before "from X to Y" that make it a spread of estimates, not a change ("ranged from 74 to 90"). */
export const RANGE_WORDS = new Set(['ranged', 'ranging', 'range', 'ranges', 'varied', 'varying', 'vary', 'varies', 'anywhere', 'somewhere']);

/** Participles of death that describe a person as dead ("6 fallen heroes", "two slain journalists"). */
export const DEATH_MODIFIERS = new Set(['fallen', 'slain', 'murdered', 'martyred', 'killed', 'deceased']);

/**
 * Care for the injured: "375 are still being treated in hospital", "12 were hospitalised",
 * "four required surgery", "six underwent operations".
 */
export const TREATMENT_VERBS = new Set([
  'treated',
  'admitted',
  'receiving',
  'received',
  'taken',
  'rushed',
  'required',
  'requiring',
  'underwent',
  'undergoing',
  'undergone',
  'sent',
  // "13 victims needed surgery", "two needing stitches".
  'needed',
  'needing',
  'need',
  'needs',
]);
/** Words after a treatment verb that make it care for the injured. */
export const TREATMENT_PLACES = new Set([
  'hospital',
  'hospitals',
  'clinic',
  'clinics',
  'injuries',
  'wounds',
  'treatment',
  'icu',
  'care',
  'surgery',
  'surgeries',
  'operations',
  'stitches',
  'hospitalisation',
  'hospitalization',
]);
/** Places of care: being in one is being injured ("six remain in hospital", "are in intensive care"). */
export const CARE_PLACES = new Set(['hospital', 'hospitals', 'icu', 'care', 'clinic']);
/** Verbs whose object is a patient: "medics treated 200 people", "the clinic is treating 40". */
export const TREATMENT_OBJECT_VERBS = new Set(['treated', 'treating', 'treats', 'treat']);
/** Gravity of a patient's condition: "15 were in critical condition" counts the injured. */
export const CONDITION_GRAVITY = new Set(['critical', 'serious', 'grave', 'stable', 'life-threatening', 'severe']);
/** Verbs of killing by fire or burial that take "alive": "were burned alive", "buried alive". */
export const ALIVE_DEATH_VERBS = new Set(['burned', 'burnt', 'buried', 'burn', 'burning', 'bury', 'burying']);
/** Verbs whose object ends up in a state named after them: "were made homeless", "rendered homeless". */
export const STATE_VERBS = new Set(['made', 'rendered', 'render', 'renders', 'make', 'makes']);
/** Homes a figure is driven from: "forced 20,000 people from their homes" counts the displaced. */
export const HOME_NOUNS = new Set(['home', 'homes', 'houses', 'villages', 'towns', 'land', 'lands', 'neighbourhoods', 'neighborhoods']);
/** Verbs that take "the lives of" a figure: "claimed the lives of 56 people". */
export const LIVES_TAKING_VERBS = new Set(['claimed', 'claiming', 'claims', 'cost', 'costing', 'costs', 'took', 'taken', 'taking', 'takes', 'ended', 'lost']);
/** Nouns of a body of people: "by a group of 50 people" is the agent, its members counted. */
export const COLLECTIVE_NOUNS = new Set(['group', 'groups', 'gang', 'mob', 'crowd', 'band', 'squad', 'unit', 'contingent', 'team']);
/** Words that open a verb's object ("killed a guard", "arrested the journalist", "beat them"). */
export const OBJECT_OPENERS = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'our',
  'him',
  'them',
  'us',
  'me',
  'one',
  'another',
  'several',
  'dozens',
  'scores',
  'hundreds',
  'thousands',
]);
/** Weekday and month names: "12 killed Monday" has no object. */
export const DAY_AND_MONTH_NAMES: ReadonlySet<string> = new Set<string>([...WEEKDAY_NAMES, ...MONTH_NAMES]);
/** Prepositions of a reason or an inquiry: "arrested over the killing of a man", "a probe into the death of a student". */
export const REASON_PREPOSITIONS = new Set(['over', 'for', 'into']);
/** Nouns of a part taken in an act: "his role in the killing of a farmer". */
export const INVOLVEMENT_NOUNS = new Set(['role', 'part', 'involvement', 'complicity', 'participation']);
/** Prisoners, detained when held for their politics ("political prisoners", "prisoners of conscience"). */
export const PRISONER_NOUNS = new Set(['prisoners', 'prisoner']);
export const POLITICAL_MODIFIERS = new Set(['political', 'politically']);
/** Possessives before a home noun ("from their homes"). */
export const POSSESSIVES = new Set(['their', 'his', 'her', 'its', 'our']);

/** Nouns that make a figure a count of places. */
export const PLACE_NOUNS = new Set([
  'cities',
  'towns',
  'provinces',
  'villages',
  'districts',
  'localities',
  'counties',
  'regions',
  'governorates',
  'municipalities',
  'states',
  'neighbourhoods',
  'neighborhoods',
  'campuses',
  'universities',
  'locations',
  'city',
  'town',
  'province',
]);

/** Words that make a sentence about protests spreading (needed for a count of places). */
export const PROTEST_CONTEXT = new Set([
  'protest',
  'protests',
  'protested',
  'uprising',
  'demonstrations',
  'demonstration',
  'unrest',
  'rallies',
  'spread',
  'reached',
  'strikes',
  'riots',
  'clashes',
  'across',
  'nationwide',
  'erupted',
  'revolt',
]);

/** Category nouns right after a figure ("255 deaths", "12,000 detainees", "4,000 injured"). */
export const CATEGORY_NOUNS: ReadonlyMap<string, Category> = new Map<string, Category>([
  ['deaths', 'killed'],
  ['dead', 'killed'],
  ['fatalities', 'killed'],
  ['killed', 'killed'],
  ['bodies', 'killed'],
  ['corpses', 'killed'],
  ['martyrs', 'killed'],
  ['killings', 'killed'],
  ['lives', 'killed'],
  ['death', 'killed'],
  ['injuries', 'injured'],
  ['injured', 'injured'],
  ['wounded', 'injured'],
  ['wounds', 'injured'],
  ['arrests', 'detained'],
  ['detainees', 'detained'],
  ['detentions', 'detained'],
  ['arrested', 'detained'],
  ['detained', 'detained'],
  ['missing', 'missing'],
  ['disappeared', 'missing'],
  ['disappearances', 'missing'],
  ['displaced', 'displaced'],
  ['refugees', 'displaced'],
  ['executions', 'executed'],
  ['executed', 'executed'],
]);

/** Verbs that report a figure without changing what it counts: look further for the category. */
export const NEUTRAL_VERBS = new Set([
  'sustained',
  'suffered',
  'received',
  'reported',
  'registered',
  'recorded',
  'confirmed',
  'counted',
  'documented',
  'found',
  'brought',
  'said',
  'believed',
  'feared',
  'thought',
  'estimated',
  'listed',
  'taken',
  'verified',
  'identified',
  'included',
  'including',
  'among',
  'reportedly',
  'also',
  'now',
  'still',
  'already',
  'since',
  'so',
  'far',
  'allegedly',
  'presumed',
  'known',
  'to',
  'have',
  'been',
  'be',
  'being',
  'were',
  'was',
  'are',
  'is',
  'had',
  'has',
  'may',
  'might',
  'could',
  'would',
  'will',
  'later',
  'subsequently',
  'reported',
  'apparently',
  'officially',
  'initially',
  'here',
  'there',
  'all',
  'both',
  'each',
  'in',
  'at',
  'by',
  'on',
  'during',
  'the',
  'a',
  'an',
  'more',
  'new',
  'other',
  'further',
  'additional',
  'another',
  'of',
  'them',
  'whom',
  'which',
  'who',
  'that',
  'those',
  '—',
  '–',
  '-',
  '(',
  ')',
]);

/** Auxiliaries before a main verb. */
export const AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'being', 'will', 'would', 'got', 'get']);

/** Words that hedge a claim in the speaker's own words. */
export const HEDGE_CUES = new Set([
  'perhaps',
  'possibly',
  'probably',
  'maybe',
  'may',
  'might',
  'could',
  'believed',
  'feared',
  'thought',
  'presumed',
  'likely',
  'allegedly',
  'potentially',
  'suspected',
]);

/** Tokens that end the clause a figure belongs to, looking right. */
export const CLAUSE_BREAKS = new Set([
  ';',
  '.',
  '?',
  '!',
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'however',
  'after',
  'as',
  'when',
  'because',
  'following',
]);

// Scope (src/extract/scope.ts): what a figure counts.

/** Words right after a figure that make it an increment ("four more", "three new deaths"); not "other". */
export const SCOPE_INCREMENT_AFTER = new Set(['more', 'new', 'additional', 'further']);
/** Verbs of a change by an amount ("went up by 100", "rose by 12"). */
export const SCOPE_INCREMENT_VERBS = new Set(['up', 'rose', 'risen', 'increased', 'grew', 'jumped', 'climbed', 'swelled']);
/**
 * Verbs of speech: a count that is their subject counts speakers, not victims ("three officials
 * said", "One source said the injuries…"). Not "reported" or "found", which also take victims
 * ("five people reported missing", "two people found dead").
 */
export const SPEECH_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tell',
  'tells',
  'added',
  'adds',
  'stated',
  'wrote',
  'tweeted',
  'explained',
  'insisted',
  'warned',
  'noted',
  'testified',
  'recalled',
  'described',
  'spoke',
  'asked',
  'claimed',
  'alleged',
  'estimated',
]);
/** Verbs of a change either way: "by N to M" after them is an amount and a result, not a range. */
export const CHANGE_VERBS = new Set([...SCOPE_INCREMENT_VERBS, 'down', 'fell', 'fallen', 'dropped', 'decreased', 'declined', 'rises', 'increases', 'grows']);
/** "five of them", "12 of the dead", "nine of these people": what a subgroup is taken from. */
export const SCOPE_SUBGROUP_REFERENTS = new Set(['them', 'whom', 'these', 'those', 'the', 'which']);
/** Nouns of one kind of victim: a count of them is a part of the toll ("including 12 children", "37 journalists"). */
export const SCOPE_SUBGROUP_NOUNS = new Set([
  'children',
  'child',
  'minors',
  'teenagers',
  'teens',
  'adolescents',
  'boys',
  'girls',
  'infants',
  'babies',
  'women',
  'men',
  'journalists',
  'reporters',
  'photographers',
  'foreigners',
  'nationals',
  'tourists',
  'observers',
  'medics',
  'doctors',
  'nurses',
  'professionals',
  'lawyers',
  'teachers',
  'students',
  'pupils',
  'bystanders',
  'elderly',
]);
export const SCOPE_SUBGROUP_MODIFIERS = new Set(['foreign', 'political', 'female', 'male', 'underage', 'elderly', 'pregnant', 'disabled', 'young', 'minor']);
/**
 * Words of a further state of victims already counted ("four remain hospitalised", "13 were
 * seriously injured", "82 have been sentenced"): a count in that state is a part.
 */
export const SCOPE_OUTCOME_WORDS = new Set([
  'seriously',
  'critically',
  'severely',
  'gravely',
  'critical',
  'serious',
  'severe',
  'hospitalised',
  'hospitalized',
  'surgery',
  'intensive',
  'sentenced',
  'convicted',
  'charged',
  'indicted',
  'prosecuted',
]);
/** Qualifiers that may stand between a subgroup marker and its figure ("including at least 12", "among them some 40"). */
export const SCOPE_QUANTITY_QUALIFIERS = new Set([
  'at',
  'least',
  'more',
  'than',
  'over',
  'about',
  'around',
  'some',
  'nearly',
  'almost',
  'up',
  'to',
  'roughly',
  'approximately',
  'close',
  'as',
  'many',
  'an',
  'estimated',
]);
/** "deaths in custody": where a death happened, making its count a part of the toll. */
export const SCOPE_HARM_SETTINGS = new Set(['custody', 'detention', 'prison', 'jail', 'prisons', 'jails']);
/** Kinds of injury ("firearm injuries", "eye injuries"): a count of one kind is a part of the injured. */
export const SCOPE_INJURY_KINDS = new Set(['firearm', 'gunshot', 'bullet', 'pellet', 'eye', 'head', 'burn', 'stab', 'shrapnel']);
/** Nouns that count everyone, of every side ("people", "persons"). */
export const SCOPE_EVERYONE = new Set(['people', 'persons', 'individuals']);
/**
 * Nouns of the crisis-wide population a figure counts when it names no subgroup: everyone
 * ("people"), the side that suffers ("civilians", "protesters"), or the harm's own word for its
 * victims ("detainees", "refugees", "casualties"). Any other person noun ("journalists", "monks",
 * "farmers") picks out a subgroup (scope.ts reads WordNet's person nouns for those).
 */
export const SCOPE_POPULATION_NOUNS = new Set([
  ...SCOPE_EVERYONE,
  'person',
  'others',
  'civilians',
  'citizens',
  'residents',
  'inhabitants',
  'locals',
  'population',
  'protesters',
  'protestors',
  'protester',
  'demonstrators',
  'marchers',
  'participants',
  'rioters',
  'victims',
  'casualties',
  'fatalities',
  'dead',
  'wounded',
  'injured',
  'bodies',
  'martyrs',
  'detainees',
  'prisoners',
  'arrestees',
  'suspects',
  'refugees',
  'migrants',
  'evacuees',
  'displaced',
  'missing',
]);
/** Modifiers that pick a subgroup out of any population ("foreign nationals", "political prisoners", "female students"). */
/** Nouns of the security side: their casualties are a part, beside the protesters' or civilians'. */
export const SCOPE_SECURITY_NOUNS = new Set([
  'police',
  'policemen',
  'policeman',
  'officers',
  'officer',
  'soldiers',
  'soldier',
  'troops',
  'personnel',
  'security',
  'guards',
  'agents',
  'servicemen',
  'gendarmes',
  'militiamen',
]);
/** Nouns of a running count: a figure in their clause is the count so far. */
export const SCOPE_TOLL_NOUNS = new Set(['toll', 'total', 'tally', 'overall', 'cumulative', 'altogether']);
/** Verbs that report a statement: a date after them dates the statement, not the figure. */
export const SCOPE_REPORTING_VERBS = new Set([
  'said',
  'says',
  'told',
  'reported',
  'reports',
  'announced',
  'stated',
  'added',
  'confirmed',
  'according',
  'published',
  'released',
]);
/** Words before a date that make it the end or start of a running count ("by 2 May", "since Friday", "as of"). */
export const SCOPE_DATE_ANCHORS = new Set(['by', 'since', 'of', 'at', 'until', 'till', 'through', 'from', 'between', 'before']);
/** Words that tie a figure to one day or night ("overnight", "over the weekend"). */
export const SCOPE_ONE_DAY = new Set(['overnight', 'weekend', 'today', 'tonight', 'yesterday']);
/** Words after "since" that start a count no earlier than the day before ("since yesterday", "since last night"): an increment. */
export const SCOPE_RECENT_STARTS = new Set(['yesterday', 'midnight', 'dawn', 'overnight']);
/** Parts of a day after "last" or "this" that start a recent count ("since last night", "since this morning"). */
export const SCOPE_DAY_PARTS = new Set(['night', 'morning', 'afternoon', 'evening']);
/** Words that spread a figure over the whole country ("nationwide", "across the country"): the crisis's figure. */
export const SCOPE_NATIONWIDE = new Set(['nationwide', 'countrywide', 'country-wide', 'nationally']);
/** Nouns of the whole country after "across the", "throughout the", "all over the". */
export const SCOPE_WHOLE_COUNTRY = new Set(['country', 'nation']);
/** Nouns of one incident: "in the latest attack", "in a single raid" count one incident's victims. */
export const SCOPE_INCIDENT_NOUNS = new Set([
  'incident',
  'attack',
  'raid',
  'blast',
  'explosion',
  'bombing',
  'shooting',
  'ambush',
  'stampede',
  'airstrike',
  'strike',
]);
/** Words before an incident noun that pick out one incident ("the latest", "a single", "one", "the same"). */
export const SCOPE_INCIDENT_DETERMINERS = new Set(['latest', 'single', 'one', 'same', 'another', 'an', 'a', 'that', 'this']);
/** Days of the week: "on Monday" ties a figure to one day even when the report's date is unknown. */
export const SCOPE_WEEKDAYS = new Set<string>(WEEKDAY_NAMES);
/** Words that tie a count to one facility with no preposition ("brought here dead", "buried 21 bodies"). */
export const SCOPE_AREA_NOUNS = new Set(['here', 'buried']);
/**
 * Nouns of one facility or named site a count stands at: local when placed by a preposition
 * (SCOPE_LOCATIVES) over names and determiners only ("at the morgue", "on Rustaveli Avenue",
 * "beneath the Arsenal Street footbridge").
 */
export const SCOPE_SITE_NOUNS = new Set([
  'hospital',
  'morgue',
  'mortuary',
  'cemetery',
  'graveyard',
  'street',
  'avenue',
  'boulevard',
  'road',
  'square',
  'park',
  'bridge',
  'footbridge',
  'airport',
  'stadium',
  'campus',
  'plaza',
]);
/**
 * Prepositions, and verbs of taking or filling a site, that place a figure at one ("at the
 * hospital", "beneath the footbridge", "attacked the airport"); a site noun led by other words
 * is a modifier ("needed hospital care").
 */
export const SCOPE_LOCATIVES = new Set([
  'in',
  'at',
  'on',
  'to',
  'into',
  'from',
  'near',
  'outside',
  'inside',
  'beneath',
  'under',
  'along',
  'around',
  'across',
  'toward',
  'towards',
  'through',
  'attacked',
  'stormed',
  'filled',
  'occupied',
]);
/** Nouns of one settlement or area, local when singular and determined ("the port city", "one town", "the country's capital"). */
export const SCOPE_AREA_PLACES = new Set(['city', 'town', 'village', 'capital', 'district', 'neighbourhood', 'neighborhood', 'camp', 'region', 'province']);
/** Words before an area noun that make it one area ("the port city", "a single town", "Chile's capital"). */
export const SCOPE_AREA_DETERMINERS = new Set(['the', 'this', 'that', 'one', 'a', 'single', "country's"]);
/** Determiners and pronouns that may stand between a locative and its site ("at both the airport", "in its main hospital"). */
export const SCOPE_SITE_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'both', 'its', 'their', 'his', 'her', 'one', 'single']);
/** Words that start a period: a date after them starts a running count ("since the protests started on November 28"). */
export const SCOPE_PERIOD_STARTS = new Set(['since', 'started', 'began', 'begun', 'erupted', 'beginning', 'starting']);
/** Verbs of a new phase of a crisis ("the demonstrations that restarted on Friday"). */
export const SCOPE_PHASE_VERBS = new Set(['restarted', 'resumed']);
/** Nouns of one phase, after a determiner that picks one out ("in that initial wave", "the second phase"). */
export const SCOPE_PHASE_NOUNS = new Set(['wave', 'phase']);
export const SCOPE_PHASE_DETERMINERS = new Set(['that', 'this', 'first', 'initial', 'second', 'third', 'latest', 'earlier', 'previous']);
/** Tokens that end the clause a figure belongs to, for the scope rules. */
export const SCOPE_CLAUSE_BREAKS = new Set([';', ':', '—', '–', 'which', 'while', 'whereas', 'but', 'after', 'when', 'where', 'though', 'although']);
/** "in the south of the country": a part of the country. */
export const SCOPE_COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'centre', 'center']);

/*
 * Attribution: what can be a source, and what kind of entity it is. Read by entities.ts.
 */

/** Heads that make a source phrase a document: its author, when named, is the source ("the ministry's figures"). */
export const DOCUMENT_NOUNS = new Set([
  'report',
  'reports',
  'figure',
  'figures',
  'data',
  'statistics',
  'numbers',
  'estimate',
  'estimates',
  'statement',
  'statements',
  'count',
  'counts',
  'tally',
  'tallies',
  'records',
  'record',
  'review',
  'document',
  'documents',
  'findings',
  'information',
  'list',
  'bulletin',
  'update',
  'updates',
  'accounts',
  'account',
  'assessment',
  'survey',
  'study',
  'analysis',
  'tweet',
  'post',
  'release',
]);

/** Press words: they name an outlet, and make a capitalised phrase an organisation rather than a person. */
const PRESS_WORDS = [
  'times',
  'news',
  'press',
  'post',
  'tv',
  'television',
  'radio',
  'journal',
  'herald',
  'guardian',
  'tribune',
  'daily',
  'agence',
  'reuters',
  'afp',
  'bbc',
  'cnn',
  'ap',
  'dw',
  'irna',
  'media',
  'channel',
  'outlet',
  'newspaper',
  'magazine',
  'website',
  'wire',
];

/** Words that make a capitalised phrase an organisation rather than a person. */
export const ORG_WORDS = new Set([
  'watch',
  'international',
  'amnesty',
  'organization',
  'organisation',
  'council',
  'commission',
  'committee',
  'network',
  'centre',
  'center',
  'institute',
  'foundation',
  'federation',
  'union',
  'coalition',
  'observatory',
  'society',
  'association',
  'movement',
  'front',
  'party',
  'ministry',
  'agency',
  'office',
  'department',
  'government',
  'police',
  'army',
  'forces',
  'service',
  'services',
  'star',
  'hospital',
  'university',
  'court',
  'parliament',
  'majlis',
  'assembly',
  'bureau',
  'authority',
  'authorities',
  'group',
  'nations',
  'un',
  'unicef',
  'red',
  'crescent',
  'cross',
  'mission',
  'inquiry',
  'secretariat',
  'headquarters',
  'directorate',
  'board',
  'company',
  'monitor',
  'institution',
  'administration',
  'cabinet',
  'presidency',
  'prosecutor',
  'prosecutors',
  'officials',
  'sources',
  'spokesman',
  'spokesperson',
  'spokeswoman',
  'doctors',
  'medics',
  'activists',
  'witnesses',
  'residents',
  'hospitals',
  'morgue',
  'morgues',
  'rights',
  'alliance',
  'league',
  'collective',
  'initiative',
  'project',
  'trust',
  'fund',
  ...PRESS_WORDS,
]);

/** Words that make a source an outlet (press, broadcaster, news agency). */
export const OUTLET_WORDS = new Set([
  ...PRESS_WORDS,
  'mirror',
  'broadcaster',
  'gazette',
  'telegraph',
  'chronicle',
  'express',
  'observer',
  'xinhua',
  'tass',
  'anadolu',
  'paper',
]);

/** Heads that make a source an office of a state (a ministry, the police, an ombudsman). */
export const OFFICE_WORDS = new Set([
  'ministry',
  'office',
  'department',
  'police',
  'government',
  'authorities',
  'authority',
  'presidency',
  'prosecutor',
  'prosecutors',
  'ombudsman',
  'ombudsperson',
  'inquiry',
  'army',
  'military',
  'forces',
  'junta',
  'cabinet',
  'administration',
  'parliament',
  'court',
  'directorate',
  'secretariat',
  'governorate',
  'municipality',
  'council',
  'commission',
  'bureau',
  'service',
  'services',
  'carabineros',
  'gendarmerie',
  'judiciary',
  'regime',
  'state',
]);

/** Bodies of a state that a report names without their state ("police said", "the government said"): they are the report's country's. */
export const STATE_BODY_NOUNS = new Set(['police', 'government', 'authorities', 'army', 'military', 'ministry', 'prosecutors', 'prosecutor', 'junta']);

/** Plural heads of an unnamed group of people as a source ("activists", "rights groups", "witnesses"). */
export const GROUP_NOUNS = new Set([
  'activists',
  'witnesses',
  'residents',
  'officials',
  'sources',
  'doctors',
  'medics',
  'groups',
  'organisations',
  'organizations',
  'monitors',
  'organisers',
  'organizers',
  'protesters',
  'relatives',
  'families',
  'lawyers',
  'journalists',
  'rescuers',
  'volunteers',
  'observers',
  'researchers',
  'opposition',
  'campaigners',
  'locals',
  'hospitals',
  'morgues',
  'nurses',
  'experts',
  'diplomats',
  'agencies',
  'states',
  'members',
  'leaders',
  'workers',
  'staff',
  'people',
  'militants',
  'rebels',
  'insurgents',
  'fighters',
  'soldiers',
  'troops',
  'villagers',
  'elders',
  'survivors',
  'eyewitnesses',
  'paramedics',
  'investigators',
  'analysts',
  'reporters',
  'correspondents',
  'clerics',
  'physicians',
  'surgeons',
  'students',
  'teachers',
  'militia',
  'militias',
]);

/** Heads of a generic organisation that refer back to the last organisation named ("the group said", "the U.N. agency"). */
export const GENERIC_ORG_HEADS = new Set([
  'organization',
  'organisation',
  'group',
  'piece',
  'newspaper',
  'paper',
  'outlet',
  'channel',
  'broadcaster',
  'agency',
  'monitor',
  'watchdog',
  'ngo',
  'charity',
  'body',
  'institute',
  'network',
]);

/** Nouns for a person's role ("senior lawmaker", "police spokesman"): a name after one is a person. */
export const ROLE_NOUNS = new Set([
  'lawmaker',
  'legislator',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'minister',
  'official',
  'officer',
  'commander',
  'chief',
  'head',
  'director',
  'president',
  'leader',
  'activist',
  'lawyer',
  'doctor',
  'researcher',
  'governor',
  'mayor',
  'member',
  'mp',
  'senator',
  'deputy',
  'inspector',
  'secretary',
  'coordinator',
  'analyst',
  'journalist',
  'reporter',
  'correspondent',
  'editor',
  'cleric',
  'general',
  'colonel',
  'prosecutor',
  'judge',
  'ambassador',
  'envoy',
  'representative',
  'chairman',
  'chairwoman',
  'chair',
  'founder',
  'witness',
  'resident',
  'surgeon',
  'physician',
  'nurse',
  'medic',
  'dean',
  'professor',
  'expert',
  'adviser',
  'advisor',
  'rapporteur',
  'commissioner',
  'superintendent',
  'ombudsman',
  'ombudsperson',
  'premier',
  'king',
  'emir',
  'monitor',
  'source',
]);

/**
 * Words a source phrase may not consist of or start with: times, adverbs and connectives
 * ("Monday", "so far", "previously", "whereas") are never who asserts a figure.
 */
export const NOT_SOURCE_WORDS = new Set<string>([
  ...WEEKDAY_NAMES,
  'today',
  'yesterday',
  'tonight',
  'tomorrow',
  'earlier',
  'later',
  'late',
  'previously',
  'also',
  'officially',
  'again',
  'separately',
  'recently',
  'now',
  'then',
  'so',
  'far',
  'yet',
  'not',
  'still',
  'already',
  'meanwhile',
  'however',
  'whereas',
  'while',
  'although',
  'though',
  'because',
  'since',
  'as',
  'among',
  'amid',
  'of',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'for',
  'to',
  'into',
  'after',
  'before',
  'during',
  'under',
  'over',
  'and',
  'but',
  'or',
  'if',
  'when',
  'where',
  'which',
  'who',
  'that',
  'than',
  'there',
  'here',
  'night',
  'morning',
  'evening',
  'afternoon',
  'week',
  'weekend',
  'month',
  'year',
  'day',
  'last',
  'this',
  'next',
  'first',
  'initially',
  'reportedly',
  'allegedly',
  'apparently',
  'further',
  'says',
  'said',
  'say',
  'what',
  'how',
  'it',
  'credible',
  'unconfirmed',
  'latest',
  'new',
]);

/**
 * Heads that name an event, never who reports it: "the Market Square bombing: 12 killed",
 * "the harbour attack" as a subject. A source phrase ending in one is no source.
 */
export const EVENT_HEAD_NOUNS = new Set([
  ...SCOPE_INCIDENT_NOUNS,
  'attacks',
  'raids',
  'blasts',
  'explosions',
  'bombings',
  'shootings',
  'ambushes',
  'airstrikes',
  'strikes',
  'massacre',
  'massacres',
  'killings',
  'stabbing',
  'stabbings',
  'hijacking',
  'siege',
  'crash',
  'collapse',
  'fire',
  'riot',
  'riots',
  'clashes',
  'uprising',
  'insurgency',
  'offensive',
  'assault',
  'assassination',
  'kidnapping',
  'abduction',
  'abductions',
  'war',
  'earthquake',
  'flood',
  'floods',
  'derailment',
  'violence',
  'unrest',
  'protest',
  'protests',
]);

/** Verbs by which a body puts out figures ("issued its latest figures", "updated the toll"), read only with a document object. */
export const RELEASE_VERBS = new Set([
  'gave',
  'gives',
  'issued',
  'issues',
  'updated',
  'updates',
  'provided',
  'provides',
  'shared',
  'shares',
  'released',
  'releases',
  'published',
  'publishes',
]);

/** Determiners that deny there is a speaker: "no group claimed responsibility", "none has confirmed". */
export const NEGATING_DETERMINERS = new Set(['no', 'none', 'nobody', 'neither', 'nor']);

/** Objects of "claimed" that make it an act owned, not a figure stated: "claimed responsibility for the blast". */
export const CLAIMED_ACT_OBJECTS = new Set(['responsibility', 'credit', 'involvement', 'authorship']);

/** Place nouns that make a phrase a place, not a body: "Sahib District", "the village of Tarkint". */
export const PLACE_HEAD_NOUNS = new Set([...SCOPE_AREA_PLACES, 'area', 'county', 'prefecture', 'municipality', 'township']);

/**
 * Words that open a capitalised run only because they open the sentence, never a name: articles,
 * adverbs, and the prepositions and subordinators a clause starts with ("After the Health
 * Ministry revised …" names the Health Ministry; "According to the UN" names the UN).
 */
export const MENTION_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'then',
  'but',
  'and',
  'so',
  'meanwhile',
  'later',
  'earlier',
  'now',
  'also',
  'yet',
  'still',
  'today',
  'yesterday',
  'after',
  'before',
  'since',
  'when',
  'whenever',
  'while',
  'as',
  'although',
  'though',
  'because',
  'if',
  'unless',
  'until',
  'once',
  'despite',
  'following',
  'amid',
  'during',
  'according',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'for',
  'under',
  'without',
  'against',
  'among',
  'unlike',
  'like',
  'whereas',
  'where',
  'however',
]);

/** Adjectives before a document or source that do not name it ("the latest UN estimates"). */
/** Determiners that quantify a plural ("Other clinics", "some residents"): the phrase is several speakers, a group. */
export const GROUP_DETERMINERS = new Set(['other', 'some', 'several', 'many', 'various', 'numerous', 'most', 'all', 'both']);

export const SOURCE_PREMODIFIERS = new Set([
  'latest',
  'new',
  'recent',
  'earlier',
  'previous',
  'last',
  'initial',
  'preliminary',
  'official',
  'unofficial',
  'updated',
  'final',
  'first',
  'weekly',
  'daily',
  'monthly',
  'annual',
  'conservative',
  'credible',
  'unconfirmed',
  'most',
]);

/**
 * Reporting verbs that are also plural nouns ("the ministry reports" / "credible reports"):
 * read as a verb only after a name or pronoun, or before "that", a colon, a comma or a figure.
 */
export const VERB_OR_PLURAL_NOUN = new Set([
  'reports',
  'states',
  'claims',
  'estimates',
  'counts',
  'notes',
  'finds',
  'shows',
  'puts',
  'records',
  'updates',
  'writes',
]);

// Revisions (src/extract/revision.ts): a figure that corrects its source's earlier one.

/**
 * Verbs that revise a figure, by the direction they give: lowering ones ("lowered the toll to"),
 * and corrections that state none ("corrected the figure to"; a "down"/"up" or a "from M" beside
 * them gives it). Verbs of an ordinary rise ("raised", "rose") are no revision: a later, higher
 * total is a running toll going on.
 */
export const REVISION_VERBS_DOWN = new Set([
  'lower',
  'lowers',
  'lowered',
  'lowering',
  'reduce',
  'reduces',
  'reduced',
  'reducing',
  'downgrade',
  'downgrades',
  'downgraded',
  'downgrading',
  'cut',
  'cuts',
  'cutting',
  'decrease',
  'decreases',
  'decreased',
  'decreasing',
]);
export const REVISION_VERBS_NEUTRAL = new Set([
  'revise',
  'revises',
  'revised',
  'revising',
  'correct',
  'corrects',
  'corrected',
  'correcting',
  'adjust',
  'adjusts',
  'adjusted',
  'adjusting',
  'amend',
  'amends',
  'amended',
  'amending',
]);
/** Participles that mark the noun they modify as revised ("the revised death toll of 40"). */
export const REVISION_PARTICIPLES = new Set(['revised', 'corrected', 'adjusted', 'amended', 'downgraded', 'lowered', 'reduced']);
/** Particles that give a revision its direction ("revised down to", "adjusted upwards to"). */
export const REVISION_DOWN_PARTICLES = new Set(['down', 'downward', 'downwards']);
export const REVISION_UP_PARTICLES = new Set(['up', 'upward', 'upwards']);
/** Nouns of a count a revision verb takes as object or a participle modifies ("the death toll", "its casualty figures"). */
export const REVISION_COUNT_NOUNS = new Set([
  'toll',
  'tolls',
  'figure',
  'figures',
  'count',
  'counts',
  'tally',
  'number',
  'numbers',
  'total',
  'estimate',
  'estimates',
  'death',
  'casualty',
  'casualties',
  'fatality',
  'fatalities',
  'injury',
  'arrest',
  'detention',
  'official',
]);
/** Words that link a modified count noun to its figure ("toll of 40", "figure now stands at 40", "toll: 40"). */
export const REVISION_FIGURE_LINKS = new Set(['of', 'at', 'to', ':', 'is', 'was', 'now', 'stands', 'stood', 'put', 'puts']);
/** Words a figure may carry after "to" ("lowered to at least 40", "revised to about 90"). */
export const REVISION_FIGURE_QUALIFIERS = new Set([
  'at',
  'least',
  'about',
  'around',
  'some',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'just',
  'over',
  'more',
  'than',
  'under',
]);
/** Words between a revision verb and its "to" that end the look-back: another clause. */
export const REVISION_CLAUSE_STOPS = new Set([
  ',',
  ';',
  ':',
  '.',
  'and',
  'but',
  'while',
  'whereas',
  'which',
  'who',
  'after',
  'before',
  'when',
  'as',
  'because',
]);
/** Words before a revision verb that leave it unrealised: negated, future, possible. */
export const REVISION_UNREALISED = new Set([
  'not',
  "n't",
  'never',
  'will',
  'would',
  'may',
  'might',
  'could',
  'should',
  'expected',
  'likely',
  'to',
  'plans',
  'planned',
]);
/** Words that compare a figure as lower than another ("below the earlier toll", "fewer than previously reported"). */
export const REVISION_BELOW = new Set(['below', 'under']);
export const REVISION_COMPARATIVES = new Set(['lower', 'fewer', 'less']);
/** Words that make the compared figure the earlier one ("the previous count", "first reported"). */
export const REVISION_EARLIER = new Set([
  'earlier',
  'previous',
  'previously',
  'initial',
  'initially',
  'original',
  'originally',
  'prior',
  'preliminary',
  'first',
]);

/**
 * Verbs of a speaker moving its own running figure ("the ministry raised the death toll to 44",
 * "has since lifted the number of dead to 44"): with a toll or figure as object, the subject
 * states the figure (attribution).
 */
export const TOLL_UPDATE_VERBS = new Set([
  'raised',
  'raises',
  'raise',
  'lifted',
  'lifts',
  'increased',
  'increases',
  'revised',
  'revises',
  'lowered',
  'lowers',
  'adjusted',
  'adjusts',
]);

/**
 * Verbs by which a body or person holds a count without a verb of saying ("the network believes
 * 44 were killed", "has tracked 44 deaths", "cites reports putting the toll at 44", "the clinic
 * treated 44 wounded"): their subject, when it reads as a source, asserts the figure (attribution).
 */
export const KNOWING_VERBS = new Set([
  'believes',
  'believe',
  'fears',
  'fear',
  'feared',
  'tracked',
  'tracks',
  'compiled',
  'compiles',
  'collected',
  'collects',
  'cites',
  'cite',
  'received',
  'receives',
  'treated',
  'treats',
  'keeps',
  'kept',
]);

/** Nouns of what a source holds ("has information that …", "had reports of …"): "has" then one of these is knowing. */
export const HELD_KNOWLEDGE_NOUNS = new Set(['information', 'data', 'reports', 'evidence', 'figures', 'records', 'details', 'knowledge', 'confirmation']);

/** Infinitives of verbs of counting after "able to" ("was able to verify 44 deaths"). */
export const ABLE_TO_VERBS = new Set(['verify', 'confirm', 'count', 'document', 'record', 'identify', 'establish', 'register']);

// Scope, sentence structure (src/extract/scope.ts).

/** Words that start a subordinate clause after a figure ("rose to 77 as crowds marched in the capital", "amid protests in"). */
export const SCOPE_SUBORDINATORS = new Set(['as', 'amid', 'amidst']);
/** Words after "as" that make it no subordinator ("as many as", "as well as", "as of", "as part of"). */
export const SCOPE_SUBORDINATOR_FIXED = new Set(['many', 'much', 'well', 'of', 'part', 'a', 'an', 'per', 'usual', 'far', 'such', 'to']);
/** Nouns of one day or night, made one by a word before them ("every day", "a single night", "the worst day"). */
export const SCOPE_DAY_NOUNS = new Set(['day', 'night']);
/** Words before a day noun that make it one day (besides superlatives in -est: "the bloodiest day"). */
export const SCOPE_ONE_DAY_BEFORE = new Set(['every', 'each', 'per', 'single', 'one', 'all', 'worst', 'same']);
/** Nouns of a short period: "in only three days", "over the past 48 hours" make a count an increment. */
export const SCOPE_SHORT_PERIODS = new Set(['days', 'hours', 'nights', 'day', 'hour', 'night']);
/** Small counts in words, for periods ("two days", "a couple of days" is left out). */
export const SCOPE_SMALL_COUNTS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['few', 3],
]);
/** Prepositions that make a few days or hours the period of a count ("in three days", "over the past 24 hours", "within 48 hours"). */
export const SCOPE_PERIOD_PREPOSITIONS = new Set(['in', 'within', 'over', 'during', 'past', 'last']);
/** Nouns of a period a rate is given per ("each day", "every week"). */
export const SCOPE_RATE_PERIODS = new Set(['day', 'night', 'week', 'hour', 'month']);
/** Words before a period noun that make a rate ("each day", "every week", "per hour"). */
export const SCOPE_RATE_DETERMINERS = new Set(['each', 'every', 'per']);
/** Words right after a figure that make it the rest beside another ("three other people", "14 others"). */
export const SCOPE_OTHER_WORDS = new Set(['other', 'others']);
/** Verbs of a crisis starting, besides SCOPE_PERIOD_STARTS: a day after them starts a running count ("sparked on Sunday", "which broke out on October 1"). */
export const SCOPE_PERIOD_START_VERBS = new Set(['sparked', 'triggered', 'broke', 'flared', 'ignited', 'launched', 'kicked', 'commenced', 'opened']);
/** Words that join a date to another day ("on Nov. 4 and 5", "from 3 to 5 May"): a span of days, not one. */
export const SCOPE_DAY_SPAN_JOINERS = new Set(['and', 'to', '-', '–', 'through', 'or']);
/** Participles of a result after a figure ("three died, bringing the toll to 30"): the toll they name is another figure. */
export const SCOPE_RESULT_VERBS = new Set(['bringing', 'raising', 'taking', 'pushing', 'lifting', 'putting']);
/** Nouns of a statement or a count: a day next to them ("an update on Friday", "Monday's figures") is theirs, not the figure's. */
export const SCOPE_STATEMENT_NOUNS = new Set([
  'figures',
  'figure',
  'report',
  'update',
  'statement',
  'data',
  'count',
  'tally',
  'briefing',
  'bulletin',
  'release',
  'estimate',
  'conference',
]);
/** Words after "a day" that count it from another event ("a day after the vote"). */
export const SCOPE_RELATIVE_DAY = new Set(['after', 'before', 'later', 'earlier']);
/** Verbs and adverbs of a present state ("remain", "are held", "still"): with "today" the count so far. */
export const SCOPE_PRESENT_STATE = new Set(['remain', 'remains', 'are', 'is', 'still', 'now']);
/** Nouns of one event of a crisis, besides SCOPE_INCIDENT_NOUNS: one of them ("in a clash with police", "at a rally") is one incident. */
export const SCOPE_EVENT_NOUNS = new Set([
  'clash',
  'skirmish',
  'confrontation',
  'firefight',
  'rally',
  'demonstration',
  'march',
  'protest',
  'gathering',
  'vigil',
  'funeral',
  'operation',
  'sweep',
]);
/** Nouns of an area that a name before them makes one ("Kordo state", "Lemba county"); alone they may be no place ("the state"). */
export const SCOPE_NAMED_AREAS = new Set([
  'state',
  'county',
  'governorate',
  'prefecture',
  'municipality',
  'township',
  'oblast',
  'department',
  'suburb',
  'valley',
]);
/** Facilities that count their own dead, wounded or held ("the morgue has received 45 bodies", "hospitals treated 230"). */
export const SCOPE_FACILITY_NOUNS = new Set(['hospital', 'morgue', 'mortuary', 'clinic', 'cemetery', 'prison', 'jail']);
/** Verbs of a facility taking in or counting people ("received", "treated", "admitted"). */
export const SCOPE_FACILITY_VERBS = new Set([
  'received',
  'receives',
  'treated',
  'treats',
  'admitted',
  'admits',
  'recorded',
  'registered',
  'counted',
  'buried',
  'holds',
  'held',
  'houses',
]);

/**
 * Verbs of not knowing where someone is: "relatives of six men do not know where they are"
 * counts the missing (with a negation before and "where" after).
 */
export const KNOW_VERBS = new Set(['know', 'knows', 'knew', 'known', 'knowing']);
export const NEGATIONS = new Set(['not', "n't", 'no', 'never']);
/** Verbs of a missing person found again: "of those, 92 have turned up", "40 were located". */
export const FOUND_VERBS = new Set(['found', 'located', 'traced', 'reappeared', 'resurfaced', 'returned', 'freed', 'released']);
/** Verbs of suffering a harm named after them: "a woman sustained injuries", "suffered serious wounds". */
export const SUFFERING_VERBS = new Set(['sustained', 'suffered', 'sustaining', 'suffering']);
/** Verbs of finding the dead: "the body of a man was found", "was discovered dead". */
export const DISCOVERY_VERBS = new Set(['found', 'discovered', 'recovered', 'retrieved', 'dumped', 'exhumed', 'unearthed']);
/** Particles that make a found verb of "turn"/"show": "turned up", "showed up". */
export const FOUND_PARTICLE_VERBS = new Set(['turned', 'showed', 'shown', 'turn', 'show']);
/** Nouns of a count an opening "of that number" refers back to. */
export const BACK_REFERENCE_NOUNS = new Set(['number', 'total', 'figure', 'group', 'toll', 'tally', 'count']);
/** Those searched for who are no victims: "police are searching for 12 suspects". */
export const SOUGHT_OFFENDERS = new Set([
  'suspects',
  'attackers',
  'gunmen',
  'assailants',
  'fugitives',
  'perpetrators',
  'escapees',
  'bombers',
  'militants',
  'robbers',
  'culprits',
]);
/** Armed men who are no crowd, beside SOUGHT_OFFENDERS: "200 rebels occupied the road" counts no participants. */
export const ARMED_GROUP_NOUNS = new Set(['rebels', 'fighters', 'insurgents', 'guerrillas', 'jihadists', 'combatants', 'raiders', 'bandits', 'mercenaries']);
/** Verbs whose "for" object is sought: "rescuers searched for 40 villagers". */
export const SEARCH_VERBS = new Set(['searching', 'search', 'searched', 'searches', 'looking', 'hunting']);

/**
 * Verbs of crossing a border: "2,000 people crossed into Chad", "registered crossing from Sudan
 * into South Sudan", "fled across the border" count the displaced (with a country or a border after).
 */
export const CROSSING_VERBS = new Set(['crossed', 'crossing', 'cross', 'crosses']);
export const BORDER_NOUNS = new Set(['border', 'borders', 'frontier']);
/** Nouns of a list whose entries are people: "the list of political prisoners contains 450 names". */
export const LIST_NOUNS = new Set(['list', 'lists', 'register', 'roll', 'registry', 'database']);
export const ENTRY_NOUNS = new Set(['names', 'entries']);

/** Kin a figure after "of" counts the children of: "a mother of three", "the father of two". */
export const KIN_OF_NOUNS = new Set(['mother', 'father', 'parent', 'parents', 'grandmother', 'grandfather', 'mum', 'mom', 'dad']);
/** Words before a count of wounds on one body: "died of two gunshot wounds", "treated for three stab wounds". */
export const WOUND_COUNT_OPENERS = new Set(['of', 'from', 'with', 'for', 'suffered', 'sustained', 'received', 'had']);

/**
 * A custodial sentence: "sentenced 300 people to administrative arrest", "were handed jail terms",
 * "received prison sentences" put the figure in detention (a death sentence does not).
 */
export const CUSTODY_WORDS = new Set(['jail', 'prison', 'custodial', 'arrest', 'detention', 'imprisonment', 'incarceration']);
export const SENTENCE_NOUNS = new Set(['terms', 'term', 'sentences', 'sentence']);
/** Verbs of a court's outcome for people already held: "82 of them have been sentenced". */
export const HELD_OUTCOME = /^(?:sentenc|convict|charg|tried|prosecut|indict|jail)/;

/** Participles of assault whose passive counts the injured: "25 officers were beaten by protesters". */
export const ASSAULT_PARTICIPLES = new Set(['beaten', 'assaulted', 'battered', 'stabbed', 'clubbed', 'bludgeoned', 'trampled']);
/** Verbs of being hit: "60 people were hit by rubber bullets" (with a projectile after "by"). */
export const HIT_VERBS = new Set(['hit', 'struck']);
/** What hits a person and injures: bullets, pellets, canisters, stones. */
export const PROJECTILE_NOUNS = new Set([
  'bullet',
  'bullets',
  'pellet',
  'pellets',
  'rounds',
  'round',
  'canister',
  'canisters',
  'shrapnel',
  'buckshot',
  'grenade',
  'grenades',
  'stones',
  'rocks',
  'batons',
  'gunfire',
  'shotgun',
  'projectiles',
  'projectile',
  'cartridges',
]);
/** Body parts lost to an injury: "45 protesters lost an eye". */
export const LOST_BODY_PARTS = new Set(['eye', 'eyes', 'sight', 'vision', 'limb', 'limbs', 'leg', 'legs', 'arm', 'arms', 'hand', 'hands']);
/** Verbs of seeking care: "400 people sought treatment", "12 needed medical attention". */
export const CARE_SEEKING_VERBS = new Set(['sought', 'seeking', 'seek', 'needed', 'needing', 'required', 'received', 'receiving', 'got']);

/** Singular units of people that one figure counts as one unit: "14 members of one family". */
export const UNIT_GROUP_NOUNS = new Set(['family', 'household', 'clan', 'tribe', 'group', 'crowd', 'gang', 'team', 'unit', 'couple', 'village', 'community']);

/** Verbs of setting the detained free: "released 300 detainees" counts releases, not detentions. */
export const FREEING_VERBS = new Set([
  'released',
  'releases',
  'releasing',
  'release',
  'freed',
  'frees',
  'freeing',
  'free',
  'pardoned',
  'amnestied',
  'discharged',
]);

/** Nouns of one member of a body: "a member of the security forces" is one person of that body. */
export const MEMBER_NOUNS = new Set(['member', 'officer', 'employee', 'soldier', 'supporter', 'activist', 'leader']);

/** Words before the head of what "citing" cites ("citing the ministry", "citing unnamed officials"). */
export const CITED_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'local', 'unnamed', 'anonymous', 'several', 'two', 'three']);
/** Prepositions that end the head of what "citing" cites ("citing errors in hospital records": "errors"). */
export const CITED_PREPOSITIONS = new Set(['in', 'of', 'at', 'from', 'on', 'for', 'with', 'by', 'about']);
