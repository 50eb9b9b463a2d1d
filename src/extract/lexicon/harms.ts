// Harm words by category: harm verbs and their forms, category cues and nouns, assault, projectiles, wounds.
import type { Category } from '../../domain.js';
import { DETENTION_PLACES } from './detention.js';

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
  // Deaths by a cause the verb names: "five of them electrocuted", "were strangled".
  ['electrocute', 'killed'],
  ['suffocate', 'killed'],
  ['asphyxiate', 'killed'],
  ['strangle', 'killed'],
  ['injure', 'injured'],
  ['wound', 'injured'],
  ['maim', 'injured'],
  ['mutilate', 'injured'],
  ['arrest', 'detained'],
  ['detain', 'detained'],
  ['jail', 'detained'],
  ['imprison', 'detained'],
  ['apprehend', 'detained'],
  ['incarcerate', 'detained'],
  ['seize', 'detained'],
  // Taken prisoner in fighting: "captured five fighters", "four were captured".
  ['capture', 'detained'],
  // Escaped prisoners taken back: "31 inmates had been recaptured", "re-arrested".
  ['recapture', 'detained'],
  ['rearrest', 'detained'],
  ['re-arrest', 'detained'],
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

/** Harm participles that can describe a person before the noun ("two injured protesters died"). */
export const PARTICIPLE_MODIFIERS: ReadonlySet<string> = new Set([
  'injured',
  'wounded',
  'mutilated',
  'maimed',
  'detained',
  'arrested',
  'jailed',
  'imprisoned',
  'displaced',
  'abducted',
  'kidnapped',
]);

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
      // (the noun: "the total of deceased rose to 23")
      'deceased',
      'bodies',
      'corpses',
      'toll',
      'tolls',
      'victims',
      'martyrs',
      'heroes',
      'lives',
      'succumbed',
      'succumb',
      'succumbs',
      'shot',
      'gunned',
      // only before "down": see CUE_COMPANY
      'cut',
      'gunning',
    ] as const
  ).map((w) => [w, 'killed'] as [string, Category]),
  // injured
  ...(['injured', 'injuring', 'injuries', 'injury', 'wounded', 'wounding', 'hurt', 'maimed', 'hospitalised', 'hospitalized', 'burns'] as const).map(
    (w) => [w, 'injured'] as [string, Category],
  ),
  // detained
  ...(
    [
      // only after "behind": see CUE_COMPANY
      'bars',
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
      // "were taken hostage", "took 29 tourists hostage": held by their captors.
      'hostage',
      // only before custody: "remanded in custody" (not "remanded on bail"), see CUE_COMPANY
      'remanded',
    ] as const
  ).map((w) => [w, 'detained'] as [string, Category]),
  // missing
  // ('trapped': under rubble, in a mine — not yet found.)
  // ('vanished': people gone without trace, as "disappeared".)
  ...(['missing', 'disappeared', 'vanished', 'disappearances', 'disappearance', 'unaccounted', 'whereabouts', 'trapped'] as const).map(
    (w) => [w, 'missing'] as [string, Category],
  ),
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
      // (A timeline's or headline's present: "Hundreds of supporters gather outside the police station".)
      'gather',
      // ("with thousands gathering every night outside the gates": its participle.)
      'gathering',
      'assembled',
      'flocked',
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
      // (A headline's present: "Thousands join general strike".)
      'join',
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
      // only before a public place or a seat of power ("surrounded the parliament"): see claims.ts
      'surrounded',
      'encircled',
      'stormed',
      'besieged',
      'came',
      'downed',
      // only in "stopped work" (a strike's count): see CUE_COMPANY
      'stopped',
      'thronged',
      'poured',
      'pour',
      'pouring',
      'flooded',
      'streamed',
      'streaming',
      'converged',
      'turned',
      'turn',
      'turning',
      'taken',
      'taking',
      'attending',
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
  ...[
    'death',
    'deaths',
    'killing',
    'killings',
    'murder',
    'murders',
    'assassination',
    'assassinations',
    'slaying',
    'slayings',
    'massacre',
    'beheading',
    'lynching',
    'shooting',
    'bodies',
    'corpses',
  ].map((w) => [w, 'killed'] as [string, Category]),
  ...['arrest', 'arrests', 'detention', 'detentions', 'jailing', 'imprisonment', 'abduction', 'abductions', 'kidnapping', 'kidnappings'].map(
    (w) => [w, 'detained'] as [string, Category],
  ),
  ...['injury', 'injuries', 'wounding'].map((w) => [w, 'injured'] as [string, Category]),
  ...['disappearance', 'disappearances', 'whereabouts'].map((w) => [w, 'missing'] as [string, Category]),
  ['execution', 'executed'],
  ['executions', 'executed'],
  ['hanging', 'executed'],
]);

/** Verbs of a harm intended, not done, before "to" and the harm verb ("planning to kill four officials"). */
export const INTENTION_VERBS = new Set([
  'plan',
  'plans',
  'planned',
  'planning',
  'plot',
  'plotted',
  'plotting',
  'attempt',
  'attempted',
  'attempting',
  'tried',
  'trying',
  'threaten',
  'threatened',
  'threatening',
  'threatens',
  'conspired',
  'conspiring',
  'intended',
  'intending',
  'vowed',
  'vowing',
]);

/** Plural nouns of events: a figure before one counts events, not people ("two massacres", "three shootings"). */
export const EVENT_COUNT_NOUNS = new Set([
  'massacres',
  'shootings',
  'attacks',
  'bombings',
  'blasts',
  'explosions',
  'raids',
  'ambushes',
  'airstrikes',
  'incidents',
]);

/** Nouns of loss whose "of" phrase counts the dead when it counts people: "the loss of five soldiers" (not "a loss of 600 million pesos"). */
export const LOSS_NOUNS = new Set(['loss', 'losses']);

/** Nouns "toll" modifies as a road's charge ("the toll gate", "toll booths"): no count of the dead. */
const TOLL_ROAD_NOUNS = [
  'gate',
  'gates',
  'booth',
  'booths',
  'plaza',
  'plazas',
  'road',
  'roads',
  'bridge',
  'station',
  'stations',
  'lane',
  'lanes',
  'collector',
  'collectors',
  'house',
  'way',
];

/** Words a cue needs beside it; every field given must hold ("any of" the words listed). */
export interface CueCompany {
  readonly prev?: readonly string[];
  readonly next?: readonly string[];
  readonly next2?: readonly string[];
  readonly next3?: readonly string[];
  /** Words that may not come right after it ("the death toll", not "the toll gate"). */
  readonly notNext?: readonly string[];
  /** Words that may not come second after it ("came out", not "came out of hospital"). */
  readonly notNext2?: readonly string[];
  /** Words that may not come right before it ("police captured", not "cameras captured"). */
  readonly notPrev?: readonly string[];
}

/** What holds people not yet found: "trapped in the rubble", "trapped inside the wreck", "in collapsed buildings". */
const TRAPPING_WRECKS = ['rubble', 'debris', 'wreckage', 'wreck', 'mine', 'mines', 'mud', 'hull', 'collapsed', 'sunken', 'capsized', 'overturned'];

/** What records a scene rather than takes a prisoner: "cameras captured the crowd", "captured on video". */
const RECORDING_NOUNS = [
  'camera',
  'cameras',
  'cctv',
  'footage',
  'video',
  'videos',
  'photo',
  'photos',
  'photograph',
  'photographs',
  'image',
  'images',
  'film',
  'lens',
  'photographer',
  'photographers',
];

/**
 * Cue words that only count in a particular company, any one of the listed: "held" is detention
 * in "held behind bars" or "being held", not in "held a rally"; "took" only in "took to the
 * streets"; "shot" only in "shot dead"/"shot and killed" (the verb after "and" is checked where
 * the cue is read); "lives" only when claimed, lost or taken. A cue not listed always counts.
 */
export const CUE_COMPANY: ReadonlyMap<string, readonly CueCompany[]> = new Map<string, readonly CueCompany[]>([
  [
    'held',
    [
      { prev: ['were', 'was', 'being', 'been', 'are', 'is', 'remain', 'still', 'currently', 'arbitrarily', 'unlawfully', 'illegally'] },
      // ("of those held": the people a custody holds; not "those held responsible".)
      { prev: ['those'], notNext: ['responsible', 'accountable', 'liable'] },
      { next: ['behind', 'in'] },
    ],
  ],
  // "remanded in custody", "remanded into detention"; not "remanded on bail".
  ['remanded', [{ next: ['in', 'into'], next2: ['custody', 'detention', 'prison', 'jail'] }]],
  // "came out onto the streets", "came out to protest"; not "came out of hospital".
  ['came', [{ next: ['out'], notNext2: ['of'] }]],
  ['downed', [{ next: ['tools'] }]],
  // "48,000 dockers had stopped work"; not "stopped at a checkpoint".
  ['stopped', [{ next: ['work', 'working'] }]],
  ['took', [{ next: ['to'], next2: ['streets'] }, { next: ['to'], next2: ['the'], next3: ['streets'] }, { next: ['part'] }]],
  // "flooded the streets", "flooded into the square"; not "pulled from flooded homes".
  ['flooded', [{ next: ['the', 'into', 'onto', 'streets'] }]],
  // "have taken part", "have taken to the streets" (not "were taken to the police station").
  ['taken', [{ next: ['part'] }, { next: ['to'], next2: ['streets'] }, { next: ['to'], next2: ['the'], next3: ['streets'] }]],
  // "87,400 people taking part nationwide"; not "taking shelter".
  ['taking', [{ next: ['part'] }]],
  ...['turned', 'turn', 'turning'].map((w): [string, CueCompany[]] => [w, [{ next: ['out'] }]]),
  // ("are now streaming towards the National Stadium": a crowd on its way to a place.)
  ...['poured', 'pour', 'pouring', 'streamed', 'streaming'].map((w): [string, CueCompany[]] => [
    w,
    [{ next: ['into', 'onto', 'in', 'through', 'out', 'towards', 'toward'] }],
  ]),
  ['shot', [{ next: ['and'] }, { next: ['dead'] }, { prev: ['fatally'] }]],
  ['lives', [{ prev: ['claimed', 'lost', 'taken', 'cost', 'their', 'claiming', 'costing'] }]],
  // "were cut down with machetes", "cut down 12 villagers"; not "cut the power".
  ['cut', [{ next: ['down'] }]],
  ['gunning', [{ next: ['down'] }]],
  // "rounded up", "locked up", "picked up" (by police).
  ...['rounded', 'locked', 'picked'].map((w): [string, CueCompany[]] => [w, [{ next: ['up'] }]]),
  // "hauled off to police stations", "bundled into police vans".
  ['hauled', [{ next: ['off', 'away'] }]],
  ['bundled', [{ next: ['into', 'away', 'off'] }]],
  ['custody', [{ prev: ['into', 'in', 'police'] }]],
  // "remain behind bars"; not "bars and restaurants".
  ['bars', [{ prev: ['behind'] }]],
  // "the toll rose to 40"; not a road's charge, "at the toll gate", "the toll road" (TOLL_ROAD_NOUNS).
  ['toll', [{ notNext: TOLL_ROAD_NOUNS }]],
  ['tolls', [{ notNext: TOLL_ROAD_NOUNS }]],
  // "death toll", "death count", "put to death"; not "the death of a man" (one named person).
  ['death', [{ next: ['toll', 'count', 'tally'] }, { prev: ['to', 'total'] }]],
  // "whose whereabouts are unknown", "their whereabouts remain unclear".
  ['whereabouts', [{ next: ['unknown', 'unclear'] }, { next2: ['unknown', 'unclear'] }]],
  // Burns suffered or treated ("40 prisoners suffered burns", "treated for burns"); not "the fire burns".
  ['burns', [{ prev: ['suffered', 'sustained', 'severe', 'serious', 'minor', 'with', 'for', 'third-degree', 'second-degree'] }]],
  // Not yet found: "feared trapped", "remain trapped", "trapped under the rubble", "trapped in the
  // mine", "trapped below ground", "trapped inside the wreck", "nine trapped miners"; not "trapped inside
  // the campus" nor "remain trapped in the city" (besieged, where they are is known).
  [
    'trapped',
    [
      { prev: ['feared', 'believed', 'still'] },
      // (Not "remain trapped inside the city": besieged.)
      { prev: ['remain', 'remains', 'remained'], notNext: ['in', 'inside', 'within'] },
      { next: ['miners'] },
      { next: ['under', 'beneath', 'underneath', 'underground', 'below'] },
      { next: ['in', 'inside'], next2: TRAPPING_WRECKS },
      { next: ['in', 'inside'], next2: ['the'], next3: TRAPPING_WRECKS },
    ],
  ],
  // A headline's "Thousands join strike", not an infinitive's "urged 300 volunteers to join the effort".
  ['join', [{ notPrev: ['to'] }]],
  // "the arrest of 40", "placed under arrest", "under house arrest".
  ['arrest', [{ next: ['of'] }, { prev: ['under', 'house'] }]],
  // Taken prisoner, not filmed: "troops captured five fighters"; not "cameras captured hundreds
  // of marchers" nor "were captured on video".
  ...['capture', 'captures', 'captured', 'capturing'].map((w): [string, CueCompany[]] => [w, [{ notPrev: RECORDING_NOUNS, notNext2: RECORDING_NOUNS }]]),
]);

/** Participles of death that describe a person as dead ("6 fallen heroes", "two slain journalists"). */
export const DEATH_MODIFIERS = new Set(['fallen', 'slain', 'murdered', 'martyred', 'killed', 'deceased']);

/** Verbs of killing by fire or burial that take "alive": "were burned alive", "buried alive". */
export const ALIVE_DEATH_VERBS = new Set(['burned', 'burnt', 'buried', 'burn', 'burning', 'bury', 'burying']);

/** Verbs that tell of one death as news, before "the death of" ("a monitor reported the death of a soldier"; not "mourned the death of"). */
export const DEATH_TELLING_VERBS = new Set(['reported', 'reports', 'confirmed', 'confirms', 'announced', 'announces', 'recorded', 'records', 'documented']);

/** Verbs that take "the lives of" a figure: "claimed the lives of 56 people". */
export const LIVES_TAKING_VERBS = new Set(['claimed', 'claiming', 'claims', 'cost', 'costing', 'costs', 'took', 'taken', 'taking', 'takes', 'ended', 'lost']);

/** Category nouns right after a figure ("255 deaths", "12,000 detainees", "4,000 injured"). */
export const CATEGORY_NOUNS: ReadonlyMap<string, Category> = new Map<string, Category>([
  ['deaths', 'killed'],
  ['dead', 'killed'],
  ['fatalities', 'killed'],
  ['killed', 'killed'],
  ['bodies', 'killed'],
  ['corpses', 'killed'],
  // (A count of one: "found one more body", "one fatality".)
  ['body', 'killed'],
  ['corpse', 'killed'],
  ['fatality', 'killed'],
  ['martyrs', 'killed'],
  ['killings', 'killed'],
  ['lives', 'killed'],
  ['death', 'killed'],
  ['injuries', 'injured'],
  ['injured', 'injured'],
  ['wounded', 'injured'],
  ['wounds', 'injured'],
  // "30 mutilated survivors", "12 maimed villagers".
  ['mutilated', 'injured'],
  ['maimed', 'injured'],
  ['arrests', 'detained'],
  ['detainees', 'detained'],
  ['detentions', 'detained'],
  ['arrested', 'detained'],
  ['detained', 'detained'],
  // "the 25 abducted students", "12 kidnapped": held by their captors.
  ['abducted', 'detained'],
  ['kidnapped', 'detained'],
  // Security logs' abbreviations: "5 KIA, 3 WIA" (killed, wounded in action), "2 MIA".
  ['kia', 'killed'],
  ['wia', 'injured'],
  ['mia', 'missing'],
  // "took 11 hostages", "are holding 30 captives": people held by their captors.
  ['hostages', 'detained'],
  ['abductees', 'detained'],
  ['captives', 'detained'],
  ['missing', 'missing'],
  ['disappeared', 'missing'],
  ['disappearances', 'missing'],
  ['displaced', 'displaced'],
  ['refugees', 'displaced'],
  ['executions', 'executed'],
  ['executed', 'executed'],
]);

/** Singular harm nouns of CATEGORY_NOUNS, which may modify a noun after them ("one death sentence", "one body part"). */
export const SINGULAR_HARM_NOUNS = new Set(['death', 'body', 'corpse', 'fatality']);

/** Participles of assault whose passive counts the injured: "25 officers were beaten by protesters". */
export const ASSAULT_PARTICIPLES = new Set(['beaten', 'assaulted', 'battered', 'stabbed', 'clubbed', 'bludgeoned', 'trampled']);

/** Active verbs of assault whose object is people hurt: "a youth stabbed two shoppers", "police beat dozens of protesters". */
export const ASSAULT_VERBS = new Set(['stabbed', 'stabbing', 'beating', 'assaulted', 'assaulting', 'battered', 'clubbed', 'clubbing']);

/** Words after a participle that leave it no object of its own, so a reduced passive ("61 people assaulted and 112 arrested", "assaulted by police"). */
export const REDUCED_PASSIVE_FOLLOWERS = new Set(['.', ',', ';', 'and', 'or', 'by', 'in', 'at', 'on', 'during', 'since', 'while', 'after', 'before', 'when']);

/** Verbs of being hit: "60 people were hit by rubber bullets" (with a projectile after "by"). */
export const HIT_VERBS = new Set(['hit', 'struck']);

/** What hits a person and injures: bullets, pellets, canisters, stones. */
export const PROJECTILE_NOUNS = new Set([
  'ammunition',
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
  // "a human chain of 15,000 people", "formed a human chain"
  'chain',
  'chains',
  'strike',
  'strikes',
  'walkout',
  'walkouts',
  'processions',
  'gatherings',
]);

/** Verbs that count who gathered only with a public place as their object ("filled the streets", "blocked the main road"). */
export const PLACE_TAKING_VERBS = new Set(['filled', 'packed', 'occupied', 'blocked', 'lined']);

/**
 * Verbs of a crowd closing on a place, counted only with a public place or a seat of power as
 * their object ("surrounded the parliament", "stormed the palace"; not "surrounded the village").
 */
export const SURROUNDING_VERBS = new Set(['surrounded', 'encircled', 'stormed', 'besieged']);

/** Buildings of the state a crowd surrounds or storms ("the federal parliament", "the presidential palace"). */
export const SEATS_OF_POWER = new Set([
  'parliament',
  'palace',
  'legislature',
  'congress',
  'assembly',
  'ministry',
  'headquarters',
  'embassy',
  'courthouse',
  'capitol',
]);

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
  'railway',
  'railways',
]);

/** Places where being is taking part ("were on the streets", "in the square"); not roads, which people travel. */
export const PRESENCE_PLACES = new Set(['streets', 'street', 'square', 'squares', 'plaza', 'avenue', 'strike']);

/** Verbs that take a gathering as their object: its subject took part ("300 teachers staged a sit-in", "held a vigil", "formed a human chain"). */
export const GATHERING_VERBS = new Set(['staged', 'stage', 'stages', 'staging', 'held', 'hold', 'holds', 'holding', 'formed', 'form', 'forms', 'forming']);

/** What may open a gathering that a verb takes as its object: "held a vigil", "staged their third march". */
export const GATHERING_OPENERS = new Set(['a', 'an', 'the', 'this', 'their', 'its', 'another', 'several', 'two', 'three', 'rival', 'mass']);

/** Function words that end in "s" like a plural noun: "six this morning" counts no things called "this". */
export const FUNCTION_WORDS_IN_S = new Set(['this', 'thus', 'whereas', 'perhaps', 'always', 'towards', 'afterwards', 'besides', 'sometimes', 'nevertheless']);

/** Verbs that convey people somewhere: "sent to pre-trial detention", "taken away by police". */
export const CONVEYING_VERBS = new Set(['sent', 'taken', 'transferred', 'moved', 'brought', 'dragged', 'led', 'driven', 'carted', 'returned']);

/** Participles that set a crowd's size in an apposition: "the crowd, estimated at 10,000,". */
export const MEASURE_VERBS = new Set(['estimated', 'put', 'numbering', 'counted', 'reckoned']);

/** Verbs of suffering a harm named after them: "a woman sustained injuries", "suffered serious wounds". */
export const SUFFERING_VERBS = new Set(['sustained', 'suffered', 'sustaining', 'suffering']);

/** Verbs of finding the dead: "the body of a man was found", "was discovered dead". */
export const DISCOVERY_VERBS = new Set(['found', 'discovered', 'recovered', 'retrieved', 'dumped', 'exhumed', 'unearthed']);

/** Armed men who are no crowd, beside SOUGHT_OFFENDERS: "200 rebels occupied the road" counts no participants. */
export const ARMED_GROUP_NOUNS = new Set(['rebels', 'fighters', 'insurgents', 'guerrillas', 'jihadists', 'combatants', 'raiders', 'bandits', 'mercenaries']);

/**
 * Who kills outside any court: an execution they carry out is a killing ("fighters executed nine
 * men", "were summarily executed by soldiers"), where a state's execution after a sentence
 * ("Iran executed five men") stays an execution.
 */
export const EXTRAJUDICIAL_EXECUTIONERS = new Set([
  ...ARMED_GROUP_NOUNS,
  'militants',
  'militiamen',
  'militia',
  'militias',
  'gunmen',
  'soldiers',
  'troops',
  'paramilitaries',
  'attackers',
  'assailants',
  'kidnappers',
  'captors',
  'abductors',
  'terrorists',
]);

/** Armed men who take or kill people outside any court: the executioners and the takers of hostages ("hijackers", "pirates"). */
export const ARMED_TAKERS = new Set([...EXTRAJUDICIAL_EXECUTIONERS, 'hijackers', 'hostage-takers', 'pirates']);

/** Words of a judicial execution: a report with any of them may tell of a state's executions ("were hanged", "sentenced", "the judiciary"). */
export const JUDICIAL_EXECUTION_WORDS = new Set([
  'hanged',
  'hanging',
  'gallows',
  'penalty',
  'judiciary',
  'verdict',
  'sentenced',
  'convicted',
  ...DETENTION_PLACES,
]);

/** Bare nouns of the harmed ("the wounded were carried to a clinic"): other people than a figure's. */
export const BARE_VICTIM_NOUNS = new Set(['victims', 'wounded', 'injured', 'dead']);

/** Personal pronouns that take up people named before ("…, where he died", "where they were pronounced dead"). */
export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they']);

/** Verbs that declare a death ("was pronounced dead", "declared dead"). */
export const DEATH_DECLARING_VERBS = new Set(['pronounced', 'declared']);

/** Where people taken by police or soldiers are rescued to, not held ("taken by soldiers to safety"). */
export const SAFETY_NOUNS = new Set(['safety', 'shelter', 'shelters']);

/** A state as the doer of an execution ("the authorities executed five men"): a judicial execution. */
export const STATE_EXECUTIONERS = new Set(['authorities', 'government', 'state', 'regime', 'judiciary']);

/** Adverbs that put an execution outside any court: "summarily executed". */
export const EXTRAJUDICIAL_ADVERBS = new Set(['summarily', 'extrajudicially']);

/**
 * Words that open a share's cause or circumstance ("four of them from gunshot wounds", "two of
 * them in the fires"): the harm named after them is how the share came to its head's harm.
 */
export const CAUSE_WORDS = new Set(['from', 'by', 'due', 'after', 'following', 'through', 'of', 'in', 'at', 'with']);

/** Verbs of losing people: a force or a family that lost its people lost them to death ("the army said it lost six men"). */
export const LOSING_VERBS = new Set(['lost', 'lose', 'loses', 'losing']);
/** People a force or a family loses to death: its men, fighters, troops, sons (not members, seats or jobs). */
export const LOST_PEOPLE_NOUNS = new Set([
  ...ARMED_GROUP_NOUNS,
  // ("lost one fighter": their singulars too.)
  ...[...ARMED_GROUP_NOUNS].map((w) => w.replace(/s$/, '')),
  'man',
  'soldier',
  'officer',
  'policeman',
  'son',
  'daughter',
  'child',
  'relative',
  'men',
  'soldiers',
  'troops',
  'officers',
  'policemen',
  'personnel',
  'sons',
  'daughters',
  'children',
  'relatives',
  // ("who lost two friends when the footbridge gave way": kin and companions lost are dead too; not "brothers", which a
  // force says of its own, "we lost six brothers", restating a count told before.)
  ...['friend', 'neighbour', 'neighbor', 'cousin', 'colleague', 'classmate', 'nephew', 'niece', 'grandchild'].flatMap((w) => [w, `${w}s`]),
  'grandchildren',
]);

/** Groups of kin whose members a family loses to death ("lost three members of his family"). */
export const KIN_GROUP_NOUNS = new Set(['family', 'families', 'household', 'clan']);

/** Verbs of burying: the people they take as object are dead ("we buried 34 people yesterday"). */
export const BURIAL_VERBS = new Set(['buried', 'bury', 'buries', 'burying']);
/** Auxiliaries of the passive, before which a verb's figure is no object of it ("were buried 3 metres deep"). */
export const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

/** Nouns of a death sentence, after "death": "300 death sentences had been carried out" counts executions. */
export const DEATH_SENTENCE_NOUNS = new Set(['sentences', 'sentence']);

/** Rites for the dead: the people they are held for are dead ("funerals for six young men"). */
export const FUNERAL_NOUNS = new Set(['funeral', 'funerals', 'burial', 'burials']);
/** Records of a death, after "death" ("death certificates for 41 people"): those they are issued for are dead. */
export const DEATH_RECORD_NOUNS = new Set(['certificates', 'certificate']);

/** Words of the rest or the whole of a count before its figure: "the whereabouts of the other 13", "the remaining 40", "the murder of all 298". */
export const REST_DETERMINERS = new Set(['other', 'remaining', 'all']);

/** Prepositions before other people a figure's verb serves: "help to people detained", "care for those injured". */
export const OTHERS_HARM_PREPOSITIONS = new Set(['to', 'for', 'with']);

/** Words that hedge or confirm the state a figure is listed as: "listed 17 fishermen as presumed dead", "as confirmed missing". */
export const LISTED_STATE_HEDGES = new Set(['presumed', 'probably', 'possibly', 'likely', 'confirmed', 'officially', 'provisionally']);

/** What a record puts people down as ("registered seven people as missing", "listed 40 as dead"): the category it counts them in. */
export const LISTED_AS: ReadonlyMap<string, 'killed' | 'injured' | 'missing' | 'displaced' | 'detained'> = new Map([
  ['missing', 'missing'],
  ['disappeared', 'missing'],
  ['dead', 'killed'],
  ['deceased', 'killed'],
  ['killed', 'killed'],
  ['injured', 'injured'],
  ['wounded', 'injured'],
  ['displaced', 'displaced'],
  ['detained', 'detained'],
]);
/** Words after "buried" that make it a trapping, not a burial ("buried under the rubble", "buried alive"). */
export const BURIED_ALIVE_AFTER = new Set(['under', 'beneath', 'underneath', 'alive', 'in', 'when', 'after']);

/**
 * Intransitive verbs of dying: the predicate after a relative clause ("who could not flee died"),
 * of "a third" ("A third died in hospital") and of a definite person ("The guard died").
 */
export const DYING_VERBS = new Set(['died', 'perished', 'succumbed']);

/** Verbs of surviving: denied ("did not survive", "failed to survive") they tell a death. */
export const SURVIVAL_VERBS = new Set(['survive', 'survived']);
/** Verbs of failing before "to survive". */
export const SURVIVAL_FAILING = new Set(['failed', 'fail', 'fails']);

/** Verbs before "martyrdom" that tell a death ("four soldiers embraced martyrdom", "attained martyrdom"). */
export const MARTYRDOM_VERBS = new Set(['embraced', 'embrace', 'embraces', 'attained', 'attain', 'attains', 'achieved', 'achieve']);

/** Adverbs of time between "who" and a death verb (", who later died"). */
export const ADVERBS_BEFORE_DEATH = new Set(['later', 'subsequently', 'eventually', 'then', 'reportedly', 'also']);

/** An attacker's own reflexive before the victims of a harm verb ("killing himself and a policeman"). */
export const REFLEXIVES = new Set(['himself', 'herself', 'themselves']);

/** Nouns of a dead person's body, found or recovered ("His body was discovered", "the remains of a shepherd"). */
export const BODY_NOUNS = new Set(['body', 'corpse', 'remains']);

/** Adverbs that only focus a figure ("lost only three fighters", "just two"). */
export const FOCUS_ADVERBS = new Set(['only', 'just']);

/** Prepositions of lying under something ("still buried under the rubble", "beneath fallen walls"). */
export const UNDER_WORDS = new Set(['under', 'beneath', 'underneath']);

/** Words of the harmed that a count may take as its own noun ("among the 37 dead", "among 60 killed"): the harm is the word's. */
export const HARMED_HEADS = new Set(['dead', 'killed', 'wounded', 'injured', 'hurt', 'detainees', 'detained', 'arrested', 'missing', 'displaced']);
