// Scope words: increments, subgroups markers, incidents, events, clause breaks and subordinators of the scope rules.

import { DRIVING_VERBS } from './missing-displaced.js';
import { RAISING_VERBS } from './totals.js';

/** Words right after a figure that make it an increment ("four more", "three new deaths"); not "other". */
export const SCOPE_INCREMENT_AFTER = new Set(['more', 'new', 'additional', 'further']);

/** Verbs of a change by an amount ("went up by 100", "rose by 12"). */
export const SCOPE_INCREMENT_VERBS = new Set(['up', 'rose', 'risen', 'increased', 'grew', 'jumped', 'climbed', 'swelled']);

/** Nouns of a rise by an amount: "an increase of 12 over Monday's figure", "a rise of 35". */
export const SCOPE_INCREASE_NOUNS = new Set(['increase', 'rise', 'jump', 'surge', 'hike']);

/** Words after "up N" that make it a rise over an earlier count ("up 9 from Saturday", "up 40 on the day before"). */
export const SCOPE_RISE_FROM = new Set(['from', 'on', 'since', 'over', 'compared']);

/** Verbs of a change either way: "by N to M" after them is an amount and a result, not a range. */
export const CHANGE_VERBS = new Set([...SCOPE_INCREMENT_VERBS, 'down', 'fell', 'fallen', 'dropped', 'decreased', 'declined', 'rises', 'increases', 'grows']);

/** Nouns of a running count: a figure in their clause is the count so far. */
export const SCOPE_TOLL_NOUNS = new Set(['toll', 'total', 'tally', 'overall', 'cumulative', 'altogether']);

/** Nouns of one incident: "in the latest attack", "in a single raid" count one incident's victims. */
export const SCOPE_INCIDENT_NOUNS = new Set([
  'incident',
  'attack',
  'raid',
  'blast',
  'bomb',
  'bombs',
  'explosion',
  'bombing',
  'shooting',
  'ambush',
  'stampede',
  'airstrike',
  'strike',
  // "In one case, …", "in one instance": one of the events a report tells.
  'case',
  'instance',
  // "killed in that aftershock": a quake after the one the crisis is.
  'aftershock',
]);

/**
 * Incident nouns that name one incident even after "the" ("The blast left 13 dead", "killed in the
 * ambush"), where "the strike" or "the protest" may name the whole of a crisis.
 */
export const SCOPE_DEFINITE_INCIDENT_NOUNS = new Set(['blast', 'explosion', 'bombing', 'bomb', 'ambush', 'stampede', 'airstrike', 'clash', 'shooting']);

/** Verbs of one operation in the past ("raided three houses, detaining 17", "ambushed a convoy, killing nine"): what it did is one incident's. */
export const SCOPE_OPERATION_VERBS = new Set(['raided', 'stormed', 'ambushed', 'shelled', 'bombed', 'attacked', 'fired', 'opened', 'dispersed', 'cleared']);

/** Words before an incident noun that pick out one incident ("the latest", "a single", "one", "the same"). */
export const SCOPE_INCIDENT_DETERMINERS = new Set(['latest', 'single', 'one', 'same', 'another', 'an', 'a', 'that', 'this']);

/** Tokens that end the clause a figure belongs to, for the scope rules. */
export const SCOPE_CLAUSE_BREAKS = new Set([';', ':', '—', '–', 'which', 'while', 'whereas', 'but', 'after', 'when', 'where', 'though', 'although']);

/** Words that start a subordinate clause after a figure ("rose to 77 as crowds marched in the capital", "amid protests in"). */
export const SCOPE_SUBORDINATORS = new Set(['as', 'amid', 'amidst']);

/** Words after "as" that make it no subordinator ("as many as", "as well as", "as of", "as part of"). */
export const SCOPE_SUBORDINATOR_FIXED = new Set(['many', 'much', 'well', 'of', 'part', 'a', 'an', 'per', 'usual', 'far', 'such', 'to']);

/** "took part", "take to the streets": finite forms of "take" too often mean no result to be one. */
const TAKE_FORMS: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taking']);

/**
 * Verbs of a result after a figure ("three died, bringing the toll to 30", "Today's 17 deaths bring
 * the total to 230"): the toll they name is another figure.
 */
export const SCOPE_RESULT_VERBS = new Set([...[...RAISING_VERBS].filter((w) => !TAKE_FORMS.has(w)), 'taking', 'lifting', 'putting']);

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

/** Words right before a figure that take it out of a larger one: "including 12", "among them 40", "of whom 47", "the dead include 14". */
export const SCOPE_SUBGROUP_LEADS = new Set(['including', 'among', 'whom', 'include', 'includes', 'included']);

/**
 * Verbs of keeping or crossing a count ("the ministry on Sunday put the number of dead at 164",
 * "On Monday, the number of detainees passed 5,000"): a day before them dates the count, which runs
 * on from the start of the crisis, not the figure. ("Today the group documented 6 deaths" is the day's
 * increment: verbs of recording are not here.)
 */
export const SCOPE_COUNT_VERBS = new Set([
  'put',
  'puts',
  'raised',
  'raises',
  'revised',
  'updated',
  'showed',
  'shows',
  'passed',
  'reached',
  'topped',
  'exceeded',
  'surpassed',
  'crossed',
]);

/**
 * Verbs that give the size of their subject ("security personnel killed numbered 30", "the number
 * of children detained has risen to 120"): the subject names what the figure counts.
 */
export const SCOPE_SIZE_VERBS = new Set([
  'numbered',
  'number',
  'numbers',
  'stood',
  'stands',
  'reached',
  'rose',
  'risen',
  'climbed',
  'totalled',
  'totaled',
  'totals',
  'was',
  'were',
  'is',
  'are',
]);

/** Words of a speaker going on with the same report ("IOM added that…", "the ministry also said"): it continues across a paragraph break. */
export const SCOPE_CONTINUATION_WORDS = new Set(['added', 'adds', 'also', 'continued']);

/**
 * Words that open a share of a figure set off after it ("300 have died, most of them in Baghdad",
 * "…, mainly in the south"): a place in that share is the share's, not the figure's.
 */
export const SHARE_LEADS = new Set(['most', 'many', 'half', 'majority', 'mostly', 'mainly', 'largely', 'chiefly', 'primarily', 'predominantly']);

/** Nouns of the rest of a count beside a share ("with others registered in Malindi", "and the rest in Orr"). */
export const REST_OF_COUNT_NOUNS = new Set(['others', 'rest', 'remainder']);

/**
 * Events over in one stroke ("missile strike", "crowd crush", "prison riot", "shipwreck"): a report
 * that leads with one is about that event, whose day's count is the crisis's.
 */
export const SCOPE_SINGLE_EVENT_NOUNS = new Set([
  'attack',
  'attacks',
  'blast',
  'blasts',
  'bomb',
  'bombs',
  'bombing',
  'bombings',
  'explosion',
  'explosions',
  'shooting',
  'shootings',
  'ambush',
  'airstrike',
  'strike',
  'stampede',
  'crush',
  'massacre',
  'riot',
  'blaze',
  'collapse',
  'crash',
  'shipwreck',
  'earthquake',
  'quake',
  'landslide',
  'mudslide',
  'fire',
  'raid',
  'inferno',
  'capsizing',
  'sinking',
  'burst',
]);

/** Verbs whose object "fire" is shooting, not a blaze ("police opened fire on marchers"). */
export const FIRE_OPENING_VERBS = new Set(['open', 'opens', 'opened', 'opening']);

/** Words that tell of a new round of a longer crisis ("as protests resume", "a second week", "again", live pages, "in besieged Velmo"). */
export const SCOPE_NEW_ROUND_CUES = new Set([
  'resume',
  'resumes',
  'resumed',
  'again',
  'renewed',
  'fresh',
  'latest',
  'another',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'continue',
  'continues',
  'continued',
  'continuing',
  'siege',
  'besieged',
  'live',
]);

/** Words that tell of a toll still rising ("toll rises", "climbs", "passes"). */
export const SCOPE_RISING_TOLL_CUES = new Set(['rises', 'rise', 'rose', 'climbs', 'passes']);

/** Verbs by which a share of a toll is placed where it was recorded ("15 of the deaths were registered in Manica"). */
export const SCOPE_RECORDING_VERBS = new Set(['recorded', 'registered', 'reported', 'documented', 'confirmed', 'occurred', 'happened']);

/**
 * Verbs of flight after which a place reached by "to" or "into" is where the displaced went ("fled to Orr",
 * "forced into camps"): fleeing, crossing or heading somewhere, and the verbs that drive people from home.
 */
export const SCOPE_FLIGHT_VERBS = new Set([...DRIVING_VERBS, 'fled', 'flee', 'flees', 'fleeing', 'escaped', 'crossed', 'headed', 'heading']);

/** Prepositions of a destination after a verb of flight. */
export const SCOPE_DESTINATION_PREPOSITIONS = new Set(['to', 'towards', 'toward', 'into']);

/** Nouns of a body's seat a place may name ("our Geneva office", "its Nairobi bureau"): where the body sits, not where a figure stands. */
export const SEAT_NOUNS = new Set(['office', 'bureau', 'headquarters', 'desk']);

/**
 * Tellers whose place is where they sit, not where what they tell happened ("a diplomatic source in
 * Dar es Salaam told …", "community leaders in Osh said …"); a body's seat reads the same.
 */
export const SEATED_TELLERS = new Set(['source', 'sources', 'leaders', 'diplomat', 'diplomats', 'envoy', 'embassy', 'office', 'ministry', 'headquarters']);

/**
 * Words before "in"/"at"/"from" and a place that say where a speaker or statement is, not where a
 * figure stands ("speaking in Geneva", "a group based in Vilnius", "a statement issued in Nairobi",
 * "told reporters in Ankara", "from his base in Istanbul").
 */
export const SPEAKER_PLACE_CUES = new Set([
  'based',
  'headquartered',
  'speaking',
  'exiled',
  'exile',
  'issued',
  'conference',
  'briefing',
  'reporters',
  'journalists',
  'interview',
  'base',
  'headquarters',
]);

/** Words before a part of a day that make it one day's ("this morning", "that evening", "last night"). */
export const SCOPE_DAY_PART_DETERMINERS = new Set(['this', 'that', 'last']);

/** Words that make events a new round of them ("the latest protests", "fresh clashes", "renewed violence"): their count is new. */
export const SCOPE_RENEWAL_WORDS = new Set(['latest', 'fresh', 'renewed', 'new']);

/** Words that name a crisis longer than one event ("the quake and the relief crisis", "a week of the war"). */
export const SCOPE_LONGER_CRISIS_WORDS = new Set([
  'crisis',
  'war',
  'conflict',
  'crackdown',
  'insurgency',
  'uprising',
  'revolution',
  'occupation',
  'invasion',
  'offensive',
  'campaign',
  'week',
  'weeks',
  'month',
  'months',
]);

/** Nouns of the unrest itself: one round of it only after a word of renewal ("renewed violence"). */
export const SCOPE_UNREST_NOUNS = new Set(['violence', 'unrest', 'fighting', 'bloodshed', 'turmoil']);

/** Ordinals that pick out one period of a crisis: "the first week of the crackdown", "its second month" is one phase. */
export const SCOPE_ORDINALS = new Set(['first', 'initial', 'opening', 'second', 'third', 'fourth', 'fifth']);

/** Periods of more than one day: a date that spans them ("the past five weeks") is no one day. */
export const SCOPE_PLURAL_PERIODS = new Set(['days', 'nights', 'weeks', 'months', 'years']);

/** Periods an ordinal and a count make one phase of the crisis: "the first three days", "the first 48 hours". */
export const SCOPE_COUNTED_PHASE_PERIODS = new Set(['days', 'hours', 'nights', 'weeks', 'months']);

/** Periods longer than a day that an ordinal makes one phase of the crisis. */
export const SCOPE_PHASE_PERIODS = new Set(['week', 'weekend', 'month', 'fortnight']);

/**
 * A state that lasts ("remained in detention", "were still being held", "in custody", "behind
 * bars"): a day beside it is the day the count was taken, which runs on from the crisis's start.
 */
export const SCOPE_LASTING_STATE = new Set(['remain', 'remains', 'remained', 'still', 'being']);

/** Where the held are, after "in" or "behind" ("in custody", "behind bars"; not "taken into custody", an act of one day). */
export const SCOPE_HOLDING_PLACES = new Set(['custody', 'detention', 'prison', 'jail', 'bars']);

/**
 * Words that play a figure down ("Only 6 people lost their lives", "barely 40 people were hurt"):
 * a speaker belittling a count gives their own whole count, not a share of another's.
 */
export const SCOPE_MINIMISERS = new Set(['only', 'just', 'barely', 'merely', 'mere']);

/** Words before a verb of reporting that make its report an earlier one ("had first reported 23 dead on Monday"). */
export const SCOPE_EARLIER_REPORT_MARKERS = new Set(['had', 'initially', 'first', 'earlier', 'previously', 'originally']);

/** Words after "more than" that set a figure against an earlier report ("six more than it reported on Friday", "five more than the day before"). */
export const SCOPE_EARLIER_REPORT_WORDS = new Set(['reported', 'recorded', 'announced', 'gave', 'counted', 'earlier', 'before', 'previously', 'yesterday']);

/** Nouns of a count: after "N more than its …" ("five more than its count a day earlier": the figure is the rise since); opening a sentence that refers back to one ("The figure … is up from 30"). */
export const SCOPE_COUNT_NOUNS = new Set(['count', 'figure', 'tally', 'toll', 'total', 'number', 'estimate']);

/** Words before a figure that make it the newest addition to a count ("the latest four deaths"). */
export const SCOPE_LATEST_WORDS = new Set(['latest', 'newest']);

/** Words of leaving the country that make the displaced a part of them, the refugees ("fled abroad"). */
export const SCOPE_ABROAD_WORDS = new Set(['abroad', 'overseas']);

/** Verbs of crossing, before a frontier noun ("have crossed the border"): the displaced who left the country. */
export const SCOPE_CROSSING_VERBS = new Set(['crossed', 'crossing', 'cross', 'crosses']);

/** Nouns of a frontier after a verb of crossing. */
export const SCOPE_FRONTIER_NOUNS = new Set(['border', 'borders', 'frontier']);

/**
 * A body's following: "23 of its supporters", "40 of our workers" (a party's) counts all a party or
 * movement has lost, no subgroup. ("Members" is left out: a force's or a family's members are a part.)
 */
export const SCOPE_FOLLOWER_NOUNS = new Set(['supporters', 'followers', 'sympathisers', 'sympathizers', 'workers', 'activists', 'cadres']);

/** Words that set a clause against the one before ("…, while the government put the number at 4"): a rival count. */
export const SCOPE_RIVAL_OPENERS = new Set(['while', 'whereas', 'but']);

/**
 * Events that befall one place: a report that opens naming the place with one of them ("Rio Grande
 * do Sul floods", "the Kessel landslide", "Axum massacre") is about that place, whose count is the crisis's.
 */
export const SCOPE_ONE_PLACE_EVENTS = new Set([
  'flood',
  'floods',
  'flooding',
  'earthquake',
  'earthquakes',
  'quake',
  'landslide',
  'landslides',
  'mudslide',
  'massacre',
  'blast',
  'explosion',
  'fire',
  'fires',
  'wildfire',
  'wildfires',
  'stampede',
  'collapse',
  'cyclone',
  'siege',
]);

/**
 * One event's nouns, in the singular, whose complement says where it happened ("the collapse of a dam
 * above the town of Harn", "a fire at a market in the city of Orlan"): a place there sites the event.
 */
export const SCOPE_SITED_EVENTS = new Set(
  [...SCOPE_SINGLE_EVENT_NOUNS, ...SCOPE_ONE_PLACE_EVENTS, 'assault'].filter((w) => !/s$/.test(w) && w !== 'strike' && w !== 'siege'),
);

/**
 * Nouns of unrest that lasts ("three days of protests", "the fighting", "weeks of clashes"), besides
 * the gatherings and SCOPE_UNREST_NOUNS: the complement of one may site the crisis.
 */
export const SCOPE_LASTING_UNREST_NOUNS = new Set(['clashes', 'riots', 'rioting', 'crackdown', 'attacks', 'raids', 'strikes', 'hostilities']);

/** Words that open the complement of unrest besides its place: "clashes between two clans", "protests over bread prices". */
export const SCOPE_UNREST_COMPLEMENT_LINKS = new Set(['between', 'against', 'over', 'for']);

/** Words that join an event noun to its site: prepositions of place and "of" ("collapse of a dam above the town of Harn"). */
export const SCOPE_EVENT_PLACE_LINKS = new Set(['in', 'at', 'on', 'near', 'of', 'above', 'below', 'outside', 'inside', 'by', 'off']);

/** Words that introduce the event a figure is the toll of ("the toll from", "victims of", "killed in", "died during", "dead after"). */
export const SCOPE_EVENT_INTRODUCERS = new Set(['from', 'of', 'in', 'during', 'after']);

/** Pronouns a share refers back to its whole by ("three of whom died", "two of them", "six of those"). */
export const SCOPE_SHARE_PRONOUNS = new Set(['whom', 'them', 'those']);

/** Words of a time before the report a count is compared with ("compared with 9,000 a week before", "… on Monday", "… at the start of the month"). */
export const SCOPE_EARLIER_TIMES = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
  'earlier',
  'before',
  'ago',
  'start',
  'beginning',
  'previous',
  'last',
]);

/** Prepositions that put a one-place event at its place ("siege in", "bombing at", "blast near"). */
export const SCOPE_EVENT_SITE_PREPOSITIONS = new Set(['in', 'at', 'near', 'on']);

/** Events a demonstrative points back to as one of several ("in that tremor", "in this attack"): one incident's count. */
export const SCOPE_DEMONSTRATIVE_EVENTS = new Set([
  'tremor',
  'quake',
  'earthquake',
  'aftershock',
  'attack',
  'raid',
  'blast',
  'explosion',
  'strike',
  'bombing',
  'shooting',
  'incident',
  'clash',
  'clashes',
]);

/** First cells of a table's row that name the whole it adds up ("Total", "All provinces", "Nationwide"). */
export const SCOPE_TABLE_TOTALS = new Set(['total', 'totals', 'all', 'overall', 'nationwide', 'national', 'country']);

/** Bodies seated in every town, which "there" after them places in the one the sentence before named ("police there said"). */
export const SCOPE_SEATED_TELLERS = new Set(['police', 'authorities', 'officials', 'staff']);
