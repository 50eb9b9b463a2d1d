/**
 * Scope: what a figure counts (ANNOTATION.md, "Scope"): the crisis `total`, a `local` total
 * confined to one place, a `part` (a subgroup or phase of the victims) or a `new` figure (an
 * increment, one day, one incident).
 *
 * The rules below are read top to bottom; the first that holds decides, and its name is
 * recorded on the claim (`rules.scope`, shown by `tally extract --explain`). A rule reads the
 * claim's sentence around its figure and, where it must, the other figures of the document;
 * the words it looks for are data in the lexicon.
 */
import type { Category, DateMention, PlaceMention, ResolvedPlace, Scope } from '../domain.js';
import {
  POSSESSIVES,
  CARE_PLACES,
  CATEGORY_CUES,
  TIMELINE_ENTRY,
  LIVE_ENTRY_CLOCK,
  CLOCK_TIME_WORDS,
  CATEGORY_NOUNS,
  HARM_VERB_FORMS,
  HEALTH_FACILITY_HEADS,
  INCREMENT_BEFORE,
  SCOPE_INCREASE_NOUNS,
  SCOPE_DEFINITE_INCIDENT_NOUNS,
  SCOPE_RISE_FROM,
  MONTHS,
  PLACE_HEAD_NOUNS,
  SCOPE_FOLLOWER_NOUNS,
  REVISION_EARLIER,
  SCOPE_ABROAD_WORDS,
  SCOPE_AREA_DETERMINERS,
  SCOPE_AREA_NOUNS,
  SCOPE_AREA_PLACES,
  SCOPE_TOWN_AREA_NOUNS,
  SCOPE_REGION_AREA_NOUNS,
  SCOPE_FACILITY_PEOPLE,
  SCOPE_BODY_NOUNS,
  SCOPE_CLAUSE_BREAKS,
  SCOPE_COMPASS,
  SCOPE_CONTINUATION_WORDS,
  SCOPE_COUNT_NOUNS,
  SCOPE_EARLIER_REPORT_MARKERS,
  SCOPE_EARLIER_REPORT_WORDS,
  SCOPE_COUNT_VERBS,
  SCOPE_CROSSING_VERBS,
  SCOPE_DATE_ANCHORS,
  SCOPE_DAY_BEFORE_WORDS,
  SCOPE_DAY_NOUNS,
  SCOPE_DAY_PARTS,
  SCOPE_SHORT_STRETCH_MARKS,
  SCOPE_EVENT_RELATIVES,
  SCOPE_DAY_PART_DETERMINERS,
  SCOPE_DAY_SPAN_JOINERS,
  SCOPE_EVENT_NOUNS,
  SCOPE_EVERYONE,
  SCOPE_WHOLE_TOLL_MODIFIERS,
  CARE_STATE_PREPOSITIONS,
  CARE_LEVELS,
  SCOPE_COMPARED_PERIODS,
  SCOPE_PERIOD_BEFORE_WORDS,
  SCOPE_FACILITY_NOUNS,
  INDOOR_PREPOSITIONS,
  INDOOR_SITE_NOUNS,
  SCOPE_FACILITY_STAFF,
  SCOPE_FACILITY_SUBJECTS,
  SCOPE_FACILITY_VERBS,
  SCOPE_FRONTIER_NOUNS,
  SCOPE_HARM_SETTINGS,
  SCOPE_HOLDING_PLACES,
  SCOPE_INCIDENT_DETERMINERS,
  SCOPE_INCIDENT_NOUNS,
  SCOPE_INCREMENT_AFTER,
  SCOPE_INCREMENT_VERBS,
  SCOPE_INJURY_KINDS,
  SCOPE_INTAKE_VERBS,
  SCOPE_TAKING_VERBS,
  SCOPE_ARRIVAL_VERBS,
  SCOPE_ARRIVAL_PLACES,
  SCOPE_MORE_PLACES,
  SCOPE_EVENTS_HELD,
  SCOPE_LASTING_STATE,
  SCOPE_LATEST_WORDS,
  SCOPE_LOCATIVES,
  SCOPE_MINIMISERS,
  SCOPE_NAMED_AREAS,
  SCOPE_NATIONWIDE,
  SCOPE_WIDE_CONFLICTS,
  SCOPE_CONFLICT_CHARGES,
  SCOPE_OTHER_PLACE_NOUNS,
  SCOPE_MANY_WORDS,
  SCOPE_ONE_DAY,
  SCOPE_TODAY,
  SCOPE_ONE_DAY_BEFORE,
  SCOPE_OPERATION_VERBS,
  SCOPE_ORDINALS,
  SCOPE_OTHER_WORDS,
  SCOPE_OUTCOME_WORDS,
  SCOPE_PERIOD_PREPOSITIONS,
  SCOPE_PERIOD_STARTS,
  SCOPE_PERIOD_START_VERBS,
  SCOPE_PHASE_DETERMINERS,
  SCOPE_PHASE_NOUNS,
  SCOPE_PHASE_PERIODS,
  SCOPE_COUNTED_PHASE_PERIODS,
  SCOPE_RIVAL_OPENERS,
  SCOPE_PHASE_VERBS,
  SCOPE_PLURAL_PERIODS,
  SCOPE_LASTING_UNREST_NOUNS,
  FIGURE_GIVING_PARTICIPLES,
  FIGURE_ISSUING_PARTICIPLES,
  SCOPE_UNREST_COMPLEMENT_LINKS,
  SCOPE_POPULATION_NOUNS,
  SCOPE_PRESENT_STATE,
  SCOPE_PRESENT_AUXILIARIES,
  AUXILIARIES,
  SCOPE_QUANTITY_QUALIFIERS,
  SCOPE_RATE_DETERMINERS,
  SCOPE_CLAUSE_SUBJECT_DETERMINERS,
  SCOPE_OWN_CLAUSE_OPENERS,
  SCOPE_COORDINATED_CLAUSE,
  SCOPE_THING_CLAUSE_OPENERS,
  SCOPE_RATE_PERIODS,
  SCOPE_RECENT_PERIODS,
  SCOPE_RECENT_STARTS,
  SCOPE_RELATIVE_DAY,
  SCOPE_RENEWAL_WORDS,
  SCOPE_REPORTING_VERBS,
  SCOPE_RESULT_VERBS,
  SCOPE_SECURITY_NOUNS,
  KIN_NOUNS,
  SCOPE_SHORT_PERIODS,
  SCOPE_SITE_DETERMINERS,
  SCOPE_SITE_NOUNS,
  SCOPE_VENUE_NOUNS,
  SCOPE_SIZE_VERBS,
  SCOPE_SMALL_COUNTS,
  SCOPE_STATEMENT_NOUNS,
  SCOPE_SUBGROUP_LEADS,
  SCOPE_SUBGROUP_MODIFIERS,
  SCOPE_HELD_NOUNS,
  EXTRAJUDICIAL_EXECUTIONERS,
  SCOPE_ARMED_SIDE_WORDS,
  SCOPE_SUBGROUP_NOUNS,
  SCOPE_SEATED_TELLERS,
  SCOPE_NATIONAL_NOUNS,
  FIGURE_PHRASE_ENDS,
  SCOPE_SUBGROUP_REFERENTS,
  SCOPE_WOUNDED_WHOLES,
  SCOPE_SUBORDINATORS,
  SCOPE_SENTENCE_NOUNS,
  SCOPE_SWEEP_PREPOSITIONS,
  SCOPE_SUBORDINATOR_FIXED,
  SCOPE_TOLL_NOUNS,
  SCOPE_UNREST_NOUNS,
  SCOPE_LONGER_CRISIS_WORDS,
  SCOPE_NEW_ROUND_CUES,
  SCOPE_RISING_TOLL_CUES,
  SCOPE_WHOLE_COUNTRY,
  SPEAKER_PLACE_CUES,
  SPEECH_VERBS,
  TREATMENT_OBJECT_VERBS,
  WEEKDAYS,
  SCOPE_TABLE_TOTALS,
  QUALIFIER_PHRASES_BY_LAST,
  PRONOUNS,
  SCOPE_ASIDE_OPENERS,
  SCOPE_STATEMENT_SITES,
  WITNESSING_VERBS,
  SCOPE_ONE_PLACE_EVENTS,
  SCOPE_EVENT_SITE_PREPOSITIONS,
  SCOPE_CARE_FACILITY_NOUNS,
  SCOPE_TRANSFER_VERBS,
  SCOPE_DEMONSTRATIVE_EVENTS,
  GATHERING_NOUNS,
  SCOPE_SINGLE_EVENT_NOUNS,
  SCOPE_SITED_EVENTS,
  SCOPE_SHARE_PRONOUNS,
  SCOPE_EARLIER_TIMES,
  SCOPE_EVENT_PLACE_LINKS,
  SCOPE_EVENT_INTRODUCERS,
  FIRE_OPENING_VERBS,
  NUMBER_UNITS,
  SCOPE_FLIGHT_VERBS,
  SCOPE_RECORDING_VERBS,
  SCOPE_DESTINATION_PREPOSITIONS,
} from './lexicon/index.js';
import { countryOf } from './entities.js';
import { unfinished } from './segment.js';
import { personNoun } from './person-nouns.js';
import { wordValue } from './quantities.js';
import type { Token } from './tokens.js';

/** A figure of the document, as the scope rules see it. */
export interface ScopeFigure {
  category: Category;
  estimate: number;
  who: string;
  cumulative: boolean;
  /** The figure inside the claim's span. */
  figure: { start: number; end: number };
  /** Index of its sentence. */
  sentence: number;
  /** The rule that gave its category (claims.ts), when known. */
  rule?: string;
  /** Its lower bound (null: only a bound above, "as high as 200"), when known. */
  low?: number | null;
  /** Whether it is hedged ("may have", "feared"), when known. */
  hedged?: boolean;
}

/** What the scope rules read of a whole document, built once per document. */
export interface ScopeDocument {
  sentences: ReadonlyArray<{ text: string; start: number; end: number; paragraph?: number }>;
  /** The words of each sentence (tokenize), with offsets into the clean text. */
  tokens: ReadonlyArray<readonly Token[]>;
  figures: readonly ScopeFigure[];
  dates: readonly DateMention[];
  /** Do figures `a` and `b` come from the same speaker (or one of them from none named)? Same when not given. */
  sameTeller?: (a: number, b: number) => boolean;
  /** Is figure `i` told by someone the report names (not the outlet's own voice)? None are when not given. */
  attributed?: (i: number) => boolean;
  /** Is figure `i` told by a facility or its staff (a hospital, a morgue, a prison)? None are when not given. */
  facilityTeller?: (i: number) => boolean;
  /** The id of the one place below the country the report's events are confined to (confinedPlace), if any. */
  confinedPlace?: string | null;
  /** The id of the place below the country the report's first sentence names its crisis by (crisisNamedPlace), if any. */
  crisisPlace?: string | null;
  /** Does the report say its crisis reaches beyond one place (reachesBeyond)? Not when not given. */
  reachesBeyond?: boolean;
}

/** The claim whose scope is asked for: one of the document's figures, and its place. */
export interface ScopeClaim {
  index: number;
  place: ResolvedPlace | null;
  /** The claim's sentence names its place (not the document's country by default). */
  placeStated: boolean;
  /** Where the sentence names it, when it does. */
  placeSpan?: { start: number; end: number };
  /**
   * The sentence puts the figure in a place the gazetteer does not know ("killed in Behbahan"; see
   * unknown-places.ts): a place below the country, `placeSpan` its name.
   */
  placeUnknown?: boolean;
  /** That unknown place is the one the report's first sentence names its crisis by (crisisNamedUnknownPlace). */
  placeNamesCrisis?: boolean;
  /** The sentence places the figure in a country, one of several the report's first sentence names its crisis by. */
  countryOfSeveral?: boolean;
}

/** A scope decision and the rule that made it. */
export interface ScopeDecision {
  scope: Scope;
  rule: string;
}

/** A document's figures and dates by sentence, built once per document: the rules read one sentence's. */
interface SentenceIndex {
  figures: Map<number, ScopeFigure[]>;
  dates: Map<number, DateMention[]>;
}

const indexes = new WeakMap<ScopeDocument, SentenceIndex>();

function indexOf(doc: ScopeDocument): SentenceIndex {
  let index = indexes.get(doc);
  if (index) return index;
  index = { figures: new Map(), dates: new Map() };
  for (const f of doc.figures) {
    const list = index.figures.get(f.sentence) ?? [];
    list.push(f);
    index.figures.set(f.sentence, list);
  }
  // Dates and sentences are both in text order: one sweep.
  let i = 0;
  for (const d of [...doc.dates].sort((a, b) => a.span.start - b.span.start)) {
    while (i < doc.sentences.length && doc.sentences[i]!.end <= d.span.start) i++;
    if (i >= doc.sentences.length) break;
    const list = index.dates.get(i) ?? [];
    list.push(d);
    index.dates.set(i, list);
  }
  indexes.set(doc, index);
  return index;
}

/** One claim in its context: the words around its figure, read lazily by the rules. */
class View {
  readonly claim: ScopeFigure;
  readonly words: readonly Token[];
  /** Index of the first and one past the last token of the figure. */
  readonly first: number;
  readonly last: number;

  constructor(
    readonly doc: ScopeDocument,
    readonly target: ScopeClaim,
  ) {
    this.claim = doc.figures[target.index]!;
    this.words = doc.tokens[this.claim.sentence] ?? [];
    const { start, end } = this.claim.figure;
    let first = this.words.findIndex((t) => t.end > start);
    if (first < 0) first = this.words.length;
    let last = first;
    while (last < this.words.length && this.words[last]!.start < end) last++;
    this.first = first;
    this.last = last;
  }

  /** The lower-cased word `k` tokens before the figure (1 = just before). */
  before(k: number): string {
    return this.words[this.first - k]?.lower ?? '';
  }

  /** The lower-cased word `k` tokens after the figure (0 = just after). */
  after(k: number): string {
    return this.words[this.last + k]?.lower ?? '';
  }

  /** Lower-cased words from token `from` to `to` (exclusive) of the sentence. */
  range(from: number, to: number): string[] {
    return this.words.slice(Math.max(0, from), Math.max(0, to)).map((t) => t.lower);
  }

  /** The clause the figure stands in: up to the nearest clause break (";", "which", "while"...) or other figure on each side. */
  clause(): { from: number; to: number } {
    // Most rules read the clause: work it out once per claim.
    if (this.clauseSpan) return this.clauseSpan;
    const others = this.others();
    const stop = (t: Token) => SCOPE_CLAUSE_BREAKS.has(t.lower) || others.some((f) => t.start >= f.figure.start && t.end <= f.figure.end);
    let from = this.first;
    while (from > 0 && !stop(this.words[from - 1]!)) from--;
    let to = this.last;
    while (to < this.words.length && !stop(this.words[to]!)) to++;
    this.clauseSpan = { from, to };
    return this.clauseSpan;
  }

  private clauseSpan: { from: number; to: number } | null = null;
  private phraseSpan: { from: number; to: number } | null = null;

  /** The clause cut at its commas: the stretch a place word must stand in to bound the figure. */
  phrase(): { from: number; to: number } {
    if (this.phraseSpan) return this.phraseSpan;
    let { from, to } = this.clause();
    for (let k = this.first - 1; k >= from; k--) if (this.words[k]!.text === ',' || this.words[k]!.text === '(') from = k + 1;
    for (let k = this.last; k < to; k++) {
      if (this.words[k]!.text === ',' || this.words[k]!.text === '(') {
        // "Thousands of drivers, many in green jackets, gathered outside the headquarters": an aside
        // on who they are, closed by a comma before the verb, is stepped over.
        const close = this.asideClose(k);
        if (close > k) {
          k = close;
          continue;
        }
        to = k;
        break;
      }
    }
    this.phraseSpan = { from, to };
    return this.phraseSpan;
  }

  /** The comma closing an aside on the figure's people that opens at comma `k` ("…, many of them students, …"), else -1. */
  private asideClose(k: number): number {
    if (this.words[k]!.text !== ',' || !SCOPE_ASIDE_OPENERS.has(this.words[k + 1]?.lower ?? '')) return -1;
    for (let j = k + 2; j < this.words.length && j < k + 12; j++) {
      const t = this.words[j]!;
      if (t.text === ',')
        return /^\p{Ll}+$/u.test(this.words[j + 1]?.text ?? '') && !['and', 'or', 'but', 'while', 'including'].includes(this.words[j + 1]!.lower) ? j : -1;
      if (!/^[\p{L}\d'’-]+$/u.test(t.text)) return -1;
    }
    return -1;
  }

  /** The noun phrase after the figure: up to the first word that is not a modifier or noun. */
  nounPhrase(): string[] {
    const out: string[] = [];
    for (let k = 0; k < 4; k++) {
      const w = this.after(k);
      // ("a death toll of 12 and blamed foreign agents": a conjunction ends it.)
      // ("31 killed as police disperse …": a clause of its own after it ends it too.)
      if (!/^[\p{L}-]+$/u.test(w) || SCOPE_REPORTING_VERBS.has(w) || w === 'and' || w === 'or' || w === 'but' || FIGURE_PHRASE_ENDS.has(w)) break;
      out.push(w);
      // The head noun ends the phrase: "12 protesters and police officers" counts protesters and police, not police.
      // ("the 45 deaths police had confirmed": a harm's plural noun heads it too.)
      if (SCOPE_SUBGROUP_NOUNS.has(w) || SCOPE_SECURITY_NOUNS.has(w) || personNoun(w) !== null || (/s$/.test(w) && CATEGORY_NOUNS.has(w))) break;
    }
    return out;
  }

  /** The other figures of the claim's sentence. */
  others(): ScopeFigure[] {
    return (this.otherFigures ??= (indexOf(this.doc).figures.get(this.claim.sentence) ?? []).filter((f) => f !== this.claim));
  }

  private otherFigures: ScopeFigure[] | null = null;
}

interface ScopeRule {
  name: string;
  scope: Scope;
  holds: (v: View) => boolean;
}

const isSubgroupWho = (words: readonly string[]) =>
  words.some((w) => SCOPE_SUBGROUP_NOUNS.has(w) || SCOPE_SECURITY_NOUNS.has(w)) ||
  // ("Portugal said 14 of its nationals drowned": a country's own people among the dead of a crowd of many.)
  (words.some((w) => w === 'its' || w === 'their') && words.some((w) => SCOPE_NATIONAL_NOUNS.has(w)));

/** "7,000 men, women and children": kinds of people coordinated after the figure's noun make up everyone, no subgroup. */
function everyoneListed(v: View): boolean {
  const noun = v.nounPhrase().length;
  let listed = 0;
  for (let k = noun; k < noun + 6; k += 2) {
    if (![',', 'and'].includes(v.after(k)) || personNoun(v.after(k + 1))?.kind !== 'person') break;
    listed++;
    if (v.after(k) === 'and') break;
  }
  return listed >= 2;
}
/** The words naming what the figure counts: its claim's victims, the noun after it, and for "men (2,767)" the noun before its brackets. */
const whoWords = (v: View) => {
  const words = [...v.claim.who.toLowerCase().split(/\s+/), ...v.nounPhrase()];
  if (v.before(1) === '(' && v.after(0) === ')') words.push(v.before(2));
  return words;
};

/**
 * "Security personnel killed numbered 30", "The number of children detained has risen to 120": a
 * figure with no noun of its own, sized by a verb whose subject names a kind of victim (the kind,
 * then a harm participle). Not "Police killed 30", where the kind is the agent.
 */
function subjectSubgroup(v: View): boolean {
  if (v.nounPhrase().some((w) => personNoun(w) !== null || SCOPE_EVERYONE.has(w))) return false;
  const { from } = v.clause();
  const lead = v.range(from, v.first);
  const verb = lead.findLastIndex((w) => SCOPE_SIZE_VERBS.has(w));
  if (verb < 0 || lead.slice(verb + 1).some((w) => /^\p{L}+$/u.test(w) && !['at', 'to', 'has', 'have', 'had', 'been'].includes(w))) return false;
  return lead.slice(0, verb).some((w, i) => (isSubgroupWho([w]) || subgroupNoun(w)) && HARM_VERB_FORMS.has(lead[i + 1] ?? ''));
}

/** A plural person noun that is not the crisis-wide population ("journalists", "monks"; not "people", "protesters"). */
function subgroupNoun(w: string): boolean {
  if (SCOPE_POPULATION_NOUNS.has(w) || SCOPE_EVERYONE.has(w)) return false;
  const noun = personNoun(w);
  return !!noun && noun.kind === 'person' && noun.plural;
}

/**
 * "five of the dead in Orr were children": a share the sentence goes on to name by the kind of its
 * people ("were children", "are all women") is a subgroup, wherever it was counted.
 */
function kindPredicate(v: View): boolean {
  for (let k = 1; k < 8; k++) {
    const w = v.after(k);
    if (!w || w === ',' || w === '.' || w === ';') return false;
    if (w !== 'were' && w !== 'are') continue;
    const next = ['all', 'mostly', 'also'].includes(v.after(k + 1)) ? k + 2 : k + 1;
    return subgroupNoun(v.after(next));
  }
  return false;
}

/**
 * "nine of the injured were rushed to Orlan General Hospital", "seven of them are being treated at the
 * Velmar Central Clinic": a share taken to one facility, named, is that facility's count (not "eight of them
 * remain in hospital", a state of theirs, nor "treated at hospitals in two towns").
 */
function shareAtFacility(v: View): boolean {
  if (v.after(0) !== 'of' || !SCOPE_SUBGROUP_REFERENTS.has(v.after(1)) || !subgroupMarker(v) || subgroupVictims(v) || oneDay(v) || kindPredicate(v))
    return false;
  for (let k = 2; k < 12; k++) {
    const w = v.after(k);
    if (!w || w === ',' || w === '.' || w === ';') return false;
    if (!SCOPE_TRANSFER_VERBS.has(w) || !['to', 'at'].includes(v.after(k + 1))) continue;
    // The facility: a capitalised name ending on its noun, after an optional article.
    let j = v.after(k + 2) === 'the' ? k + 3 : k + 2;
    const named = (n: number) => /^\p{Lu}/u.test(v.words[v.last + n]?.text ?? '');
    if (!named(j)) return false;
    while (j < k + 8 && named(j + 1) && !SCOPE_CARE_FACILITY_NOUNS.has(v.after(j))) j++;
    return SCOPE_CARE_FACILITY_NOUNS.has(v.after(j));
  }
  return false;
}

/** The rules of a table's rows, one per scope its first cell may give. */
const TABLE_ROW_RULES: ReadonlyArray<readonly [string, Scope]> = [
  ['table-row', 'local'],
  ['table-row-day', 'new'],
  ['table-row-kind', 'part'],
  ['table-row-total', 'total'],
];

/** What a table's row counts, by its first cell: the total, a day, a kind of victim, else a place. */
function tableRowScope(v: View): Scope {
  const label = v.words.slice(
    0,
    v.words.findIndex((t) => t.text === '|'),
  );
  const words = label.map((t) => t.lower);
  if (words.some((w) => SCOPE_TABLE_TOTALS.has(w))) return 'total';
  if (label.some((t) => MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) || /^\d/.test(label[0]?.text ?? '')) return 'new';
  if (words.length && subgroupNoun(words[words.length - 1]!)) return 'part';
  return 'local';
}

/** How far into a report its lead's figures stand (a headline, a dateline, the lead). */
const LEAD_FIGURE_SENTENCES = 3;

/**
 * "Mine collapse: 31 miners trapped …", "At least 22 inmates were killed in a prison riot": the
 * plural person noun the report's first figure counts names the crisis's own victims, and no
 * subgroup of them, all through the report. Null when that figure counts no such noun.
 */
function leadPopulation(doc: ScopeDocument): { noun: string; index: number } | null {
  let known = leadPopulations.get(doc);
  if (known !== undefined) return known;
  known = null;
  const index = doc.figures.findIndex((f) => f.who.trim());
  const first = doc.figures[index];
  // (Only a figure that is its harm's largest in the report: "23 children killed" heading a report of 140 dead is a part of them.)
  const largest = (f: ScopeFigure) => doc.figures.every((g) => g.category !== f.category || g.estimate <= f.estimate);
  if (first && first.sentence <= LEAD_FIGURE_SENTENCES && first.category !== 'participants' && first.category !== 'places' && largest(first)) {
    const words = first.who.toLowerCase().split(/\s+/).filter(Boolean);
    const head = words.at(-1) ?? '';
    // (Not kin, counted by whose kin they are: "relatives of slain protesters".)
    const kind = (subgroupNoun(head) || SCOPE_SUBGROUP_NOUNS.has(head)) && !SCOPE_SECURITY_NOUNS.has(head) && !KIN_NOUNS.has(head);
    if (kind && !words.some((w) => SCOPE_SUBGROUP_MODIFIERS.has(w) || SCOPE_SECURITY_NOUNS.has(w))) known = { noun: head, index };
  }
  leadPopulations.set(doc, known);
  return known;
}
const leadPopulations = new WeakMap<ScopeDocument, { noun: string; index: number } | null>();

/**
 * A later figure counts the people the report's lead counts (leadPopulation), with no modifier
 * that picks some of them out. (The lead's own figure is read as any other: "300 women have been
 * detained" alone may be a part of the detained.)
 */
function countsLeadPopulation(v: View): boolean {
  const population = leadPopulation(v.doc);
  if (!population || v.target.index <= population.index) return false;
  const words = v.claim.who.toLowerCase().split(/\s+/).filter(Boolean);
  return words.at(-1) === population.noun && !words.some((w) => SCOPE_SUBGROUP_MODIFIERS.has(w));
}

/**
 * Does the figure's victim noun pick out a subgroup of the crisis's victims? A nationality other
 * than the report's ("Chinese citizens" in Sri Lanka) or a subgroup modifier ("foreign",
 * "political") does; the crisis-wide population ("people", "civilians", "protesters", the report's
 * own nationals) does not; any other plural person noun ("journalists", "monks", "farmers") does.
 */
function subgroupVictims(v: View): boolean {
  const words = v.claim.who.split(/\s+/).filter(Boolean);
  const head = words.at(-1)?.toLowerCase() ?? '';
  // "23 of its supporters had been killed": the speaker's own following is the whole it counts.
  // ("At least 40 of our workers": the possessive may stand after the figure, outside its victims.)
  const own = (w: string) => ['its', 'their', 'our'].includes(w);
  if ((own(words[0]?.toLowerCase() ?? '') || (v.after(0) === 'of' && own(v.after(1)))) && SCOPE_FOLLOWER_NOUNS.has(head)) return false;
  const country = v.target.place?.countryCode ?? null;
  for (const w of words) {
    if (!/^\p{Lu}/u.test(w)) continue;
    // "Iraqis", "Afghan workers": a people is the crisis's own when it is the report's country's.
    // ("12,000 Velmarians had sought asylum next door": refugees are the displacement's whole, wherever they went.)
    const code = countryOf(w) ?? countryOf(w.replace(/s$/, ''));
    if (code) return v.claim.category !== 'displaced' && country !== null && code !== country;
  }
  if (words.some((w) => SCOPE_SUBGROUP_MODIFIERS.has(w.toLowerCase()))) return true;
  // ("at least 45 detainees had needed hospital treatment": the held who were hurt or died are some of the hurt or dead.)
  // (The claim names them "people" by its harm; the noun after the figure says whom.)
  if ((SCOPE_HELD_NOUNS.has(head) || SCOPE_HELD_NOUNS.has(v.after(0))) && (v.claim.category === 'injured' || v.claim.category === 'killed')) return true;
  return subgroupNoun(head);
}

/**
 * "four remain hospitalised", "13 were seriously injured", "82 have been sentenced", "two of the
 * arrested are still being treated": a further state of victims already counted. Not one harm of
 * a list ("tortured, ill-treated or seriously injured"), which counts everyone the list does.
 */
function laterState(v: View): boolean {
  // ("at least 120 of the roughly 5,000 people wounded remained in critical condition": the whole a share is
  // drawn from is in no further state; the share is.)
  const q = qualifierBefore(v);
  if (v.before(q + 1) === 'the' && v.before(q + 2) === 'of' && (/^\d[\d,.]*$/.test(v.before(q + 3)) || wordValue(v.before(q + 3)) !== null)) return false;
  // The state follows the figure; one before it is another figure's ("70 wounded, 3 of them critically, and 12 arrested").
  const words = v.range(v.first, v.clause().to);
  // (A sentence is the figure's only in its own clause: not "…were detained in May, and courts later gave most of them sentences".)
  const outcome = (w: string, i: number) => SCOPE_OUTCOME_WORDS.has(w) && !(SCOPE_SENTENCE_NOUNS.has(w) && words.slice(0, i).includes(','));
  if (words.some((w, i) => outcome(w, i) && !['or', 'and', ','].includes(words[i - 1] ?? ''))) return true;
  // "Two protesters arrested on Monday are still being treated in hospital": those of the held or
  // the displaced in care are those of them who were also hurt.
  if (v.claim.category === 'killed' || v.claim.category === 'injured') return false;
  if (words.some((w, i) => i > 0 && (TREATMENT_OBJECT_VERBS.has(w) || (CARE_PLACES.has(w) && words[i - 1] === 'in')))) return true;
  // "Thousands were arrested. … fewer than 300 people detained during the unrest remained in
  // custody": those still held, after a larger count of the arrested, are a share of them.
  return v.claim.category === 'detained' && stillHeld(words) && largerBefore(v);
}

/** "remained in custody", "are still held", "remain behind bars". */
const stillHeld = (words: string[]) =>
  words.some(
    (w, i) =>
      (w === 'still' && [1, 2].some((k) => CATEGORY_CUES.get(words[i + k] ?? '') === 'detained')) ||
      // ("remain in pre-trial detention", "still in police custody": a word may describe the place.)
      (SCOPE_LASTING_STATE.has(w) && w !== 'being' && [2, 3].some((k) => SCOPE_HOLDING_PLACES.has(words[i + k] ?? ''))),
  );

/** An earlier figure of the claim's harm in the report, larger than the claim's. */
function largerBefore(v: View): boolean {
  for (let k = v.target.index - 1; k >= 0; k--) {
    const f = v.doc.figures[k]!;
    if (f.category === v.claim.category && f.estimate > v.claim.estimate) return true;
  }
  return false;
}

/**
 * "Protests spread to at least 16 cities on Tuesday", "Roadblocks were reported in 17 provinces on
 * Thursday": how far the unrest reached on a day is its reach (ANNOTATION.md: places are total
 * unless clearly an increment), unless the places are more of them ("in four other cities") or
 * each the site of an event held that day.
 */
function placesSpread(v: View): boolean {
  const near = v.range(v.first - 3, v.last + 2);
  if (near.some((w) => SCOPE_MORE_PLACES.has(w))) return false;
  // ("demonstrations were held in 48 towns on Sunday": that day's events, each held there; "in 17
  // towns overnight, up from 11 the night before": a day's count set against another day's.)
  const words = v.range(0, v.words.length);
  const compared = words.some((w, i) => (w === 'up' || w === 'down') && words[i + 1] === 'from');
  const { from, to } = v.clause();
  return !compared && !v.range(from, to).some((w) => SCOPE_EVENTS_HELD.has(w));
}

/** A cue of one day in the words: a resolved date or a word of one day or night, at token `at` up to `end`. */
interface DayCue {
  at: number;
  end: number;
  single: boolean;
}

/** The cues of one day in tokens `from` to `to` of the figure's sentence ("on Monday", "overnight", "the bloodiest day"). */
function dayCues(v: View, from: number, to: number): DayCue[] {
  const cues: DayCue[] = [];
  for (const d of indexOf(v.doc).dates.get(v.claim.sentence) ?? []) {
    if (d.kind === 'crisis_day' || d.date !== d.end) continue;
    // "over the past five weeks": a period dated by its start, not one day.
    if (d.span.text.split(/\s+/).some((w) => SCOPE_PLURAL_PERIODS.has(w.toLowerCase()))) continue;
    // "2021-05-07 The country's…": a date in figures with no preposition is a dateline, not when the figure happened.
    if (/^[\d./-]+$/.test(d.span.text) && !/^(?:on|of)$/.test(v.words[v.words.findIndex((t) => t.start >= d.span.start) - 1]?.lower ?? '')) continue;
    const k = v.words.findIndex((t) => t.start >= d.span.start);
    let end = k;
    while (end < v.words.length && v.words[end]!.start < d.span.end) end++;
    // "on Nov. 4 and 5", "from 3 to 5 May": days, not one.
    const joined =
      (SCOPE_DAY_SPAN_JOINERS.has(v.words[end]?.lower ?? '') && /^\d/.test(v.words[end + 1]?.text ?? '')) ||
      (SCOPE_DAY_SPAN_JOINERS.has(v.words[k - 1]?.lower ?? '') && /^\d{1,2}$/.test(v.words[k - 2]?.text ?? ''));
    if (k >= from && k < to && v.words[k]!.end <= d.span.end + 1 && !joined) cues.push({ at: k, end, single: !/\s/.test(d.span.text) });
  }
  for (let i = from; i < to; i++) {
    const w = v.words[i]!.lower;
    const prev = v.words[i - 1]?.lower ?? '';
    // "overnight", "On Monday alone", "every day", "in a single day", "the bloodiest day since the coup",
    // "the worst night", "all day long".
    // "alone" only after a day ("On Monday alone"); "in Baghdad alone" singles out a place.
    const afterDay = w === 'alone' && i > from && cues.some((c) => c.end === i);
    // "this morning", "that evening": a part of one day.
    const dayPart = SCOPE_DAY_PARTS.has(w) && SCOPE_DAY_PART_DETERMINERS.has(prev);
    if (SCOPE_ONE_DAY.has(w) || afterDay || dayPart) cues.push({ at: i, end: i + 1, single: false });
    // "up from 11 the night before", "the day earlier": one day before the report's (not "the day before the vote", a day counted from an event).
    else if (SCOPE_DAY_NOUNS.has(w) && prev === 'the' && SCOPE_DAY_BEFORE_WORDS.has(v.words[i + 1]?.lower ?? '') && !/^\p{L}/u.test(v.words[i + 2]?.text ?? ''))
      cues.push({ at: i - 1, end: i + 1, single: false });
    // The cue of "the first day" starts at its determiner, so that "from the first day" reads as a count's start.
    else if (SCOPE_DAY_NOUNS.has(w) && (SCOPE_ONE_DAY_BEFORE.has(prev) || /est$/.test(prev)))
      cues.push({ at: v.words[i - 2]?.lower === 'the' && i - 2 >= from ? i - 2 : i - 1 >= from ? i - 1 : i, end: i + 1, single: false });
    // A weekday counts even when the report's date is unknown and the day stays unresolved.
    else if (WEEKDAYS.has(w.replace(/['’]s$/, ''))) cues.push({ at: i, end: i + 1, single: true });
    // "On the 9th, police detained 40", "the second night, the 9th,": a day of the month by its ordinal alone.
    // (The tokens split the ordinal: "9" "th".)
    else if (
      prev === 'the' &&
      ordinalDay(w, v.words[i + 1]?.lower ?? '') &&
      ['on', ','].includes(v.words[i - 2]?.lower ?? '') &&
      !/^\p{L}/u.test(v.words[i + 2]?.text ?? 'x')
    )
      cues.push({ at: i - 1, end: i + 2, single: true });
  }
  return [...cues, ...calendarDays(v, from, to, cues)];
}

/** "9" "th", "1" "st": an ordinal that can be a day of the month. */
const ordinalDay = (number: string, suffix: string): boolean =>
  /^\d{1,2}$/.test(number) && Number(number) >= 1 && Number(number) <= 31 && ['st', 'nd', 'rd', 'th'].includes(suffix);

/**
 * "on 2 May", "on May 2": a day of a month the dates stage did not find (a report with no date of
 * its own leaves it unresolved), when no cue already covers it; not "from 3 to 5 May", not "May 4
 * and 5". A date the dates stage found is read there only (a range of days is no one day).
 */
function calendarDays(v: View, from: number, to: number, found: readonly DayCue[]): DayCue[] {
  const out: DayCue[] = [];
  const mentions = indexOf(v.doc).dates.get(v.claim.sentence) ?? [];
  const day = (t: Token | undefined) => !!t && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31;
  for (let i = from; i < to; i++) {
    const t = v.words[i]!;
    if (!MONTHS.has(t.lower) || !/^\p{Lu}/u.test(t.text)) continue;
    const at = day(v.words[i - 1]) && i - 1 >= from ? i - 1 : i;
    const end = at === i && day(v.words[i + 1]) ? i + 2 : i + 1;
    if (at === end - 1) continue;
    if (found.some((c) => c.at < end && c.end > at)) continue;
    if (mentions.some((d) => d.span.start < v.words[end - 1]!.end && d.span.end > v.words[at]!.start)) continue;
    const joinedBefore = SCOPE_DAY_SPAN_JOINERS.has(v.words[at - 1]?.lower ?? '') && day(v.words[at - 2]);
    const joinedAfter = SCOPE_DAY_SPAN_JOINERS.has(v.words[end]?.lower ?? '') && day(v.words[end + 1]);
    if (!joinedBefore && !joinedAfter) out.push({ at, end, single: false });
  }
  return out;
}

/** Does the day cue date the figure, not a statement about it or the start or end of a running count? */
function datesFigure(v: View, { at: k, end, single }: DayCue): boolean {
  if (k >= v.first && k < v.last) return false;
  // "CARACAS, July 31 -", "VELMO, Kestria, May 4 (Kessel Wire) -": a dateline's day opens the
  // sentence after a place in capitals (and its country).
  if (
    k <= 6 &&
    v.words[k - 1]?.text === ',' &&
    /^\p{Lu}{3,}$/u.test(v.words[0]?.text ?? '') &&
    v.words.slice(0, k).every((t) => t.text === ',' || /^\p{Lu}/u.test(t.text))
  )
    return false;
  // ("(Harn, March 18, 2024) – …": a release's dateline in brackets, a place and its day.)
  if (
    k <= 6 &&
    v.words[0]?.text === '(' &&
    v.words[k - 1]?.text === ',' &&
    v.words.slice(1, k).every((t) => t.text === ',' || /^\p{Lu}/u.test(t.text)) &&
    v.words.slice(end, end + 3).some((t) => t.text === ')')
  )
    return false;
  // "between 1 September and 31 December", "on June 3 and in the days after": a stretch, no day.
  if (v.range(k - 8, k).includes('between')) return false;
  // ("the toll as of six o'clock this evening is 34 dead": the moment a running count holds for.)
  if (v.range(k - 5, k).some((w, i, words) => w === 'as' && words[i + 1] === 'of')) return false;
  if (
    v.after(0) !== '' &&
    v
      .range(end, end + 6)
      .join(' ')
      .match(/^and (?:in )?the (?:days|weeks|nights) (?:after|since|that followed|following)/)
  )
    return false;
  // "Barely 40 people were hurt, and most of them went home the same day": a day after ", and" is the
  // next clause's.
  if (k >= v.last && v.range(v.last, k).some((w, i, words) => w === ',' && words[i + 1] === 'and')) return false;
  // ("had dropped to about 30 from 55 on Sunday evening": a day after the figure a count changed from is that figure's.)
  if (k >= v.last && v.range(v.last, k).some((w, i, words) => w === 'from' && (/^\d/.test(words[i + 1] ?? '') || (words[i + 1] ?? '') in NUMBER_UNITS)))
    return false;
  // "A watchdog yesterday blamed police for the deaths of 20": a day between a subject and its
  // verb dates that verb; when the verb is no harm, the figure is in what it said or did.
  if (k < v.first && statementVerb(v.words[end])) return false;
  // "On Sunday, the ministry raised the number of dead to 164": a verb of keeping or crossing a count
  // right before the figure (in its clause, no "and" between) makes the day the count's.
  // ("Police put the number of dead at 149 early on Sunday": a day after a count kept by such a verb, at its value, is the count's too.)
  {
    const kept = v.range(Math.max(k < v.first ? end : 0, v.first - 7), v.first);
    const at = kept.findIndex((w) => SCOPE_COUNT_VERBS.has(w));
    if (at >= 0 && (k < v.first || kept[kept.length - 1] === 'at') && !kept.slice(at).some((w) => w === 'and' || SCOPE_CLAUSE_BREAKS.has(w))) return false;
  }
  // The words before a day after the figure are the figure's own from the figure on ("up from 11 the night before": "from" is the figure's).
  const lead = v.range(k >= v.last ? Math.max(k - 3, v.last) : k - 3, k);
  // "Easter Sunday", "Bloody Friday": a name, not the day of this figure.
  if (single && /^\p{Lu}/u.test(v.words[k - 1]?.text ?? '') && k - 1 > 0) return false;
  // "said on Monday", "police said Wednesday", "On Thursday, IOM added that 100...": the day of the statement.
  if (lead.some((w) => SCOPE_REPORTING_VERBS.has(w))) return false;
  // "Officials had first reported 23 dead on Monday evening": the figure is the object of an
  // earlier report (a pluperfect, or "initially"), whose day a day after it gives.
  const q = qualifierBefore(v);
  if (k >= v.last && SCOPE_REPORTING_VERBS.has(v.before(q + 1)) && v.range(v.first - q - 4, v.first - q - 1).some((w) => SCOPE_EARLIER_REPORT_MARKERS.has(w)))
    return false;
  // "an update on Friday put…", "Monday's figures show…": the day of a statement or a count, not of the figure.
  if (lead.some((w) => SCOPE_STATEMENT_NOUNS.has(w)) || SCOPE_STATEMENT_NOUNS.has(v.words[end]?.lower ?? '')) return false;
  // ("The count released by the army on Friday is 31 wounded", "the ministry's figure, given by its spokesman on Monday, is …":
  // the day a statement's noun was given out, before the figure.)
  if (k < v.first && issuedStatementBefore(v, k)) return false;
  // "a day after protesters stormed the parliament": a day counted from another event.
  if (SCOPE_RELATIVE_DAY.has(v.words[end - 1]?.lower ?? '') && end - 1 > k) return false;
  if (SCOPE_RELATIVE_DAY.has(v.words[end]?.lower ?? '') && ['a', 'one', 'the'].includes(v.words[k - 1]?.lower ?? '')) return false;
  // "Today, more than 10,000 people remain behind bars": today's state is the count so far.
  // (Not "now says … were shot dead today": a "now" of the statement before its verb of saying.)
  if (v.words[k]!.lower === 'today' && v.range(reportedFrom(v), v.clause().to).some((w) => SCOPE_PRESENT_STATE.has(w))) return false;
  // "On Wednesday, 5,000 people were still being held": the day a lasting state was counted.
  const clause = v.range(v.clause().from, v.clause().to);
  if (clause.some((w, i) => SCOPE_LASTING_STATE.has(w) || (SCOPE_HOLDING_PLACES.has(w) && ['in', 'behind'].includes(clause[i - 1] ?? '')))) return false;
  // (Not a parenthetical "On Sunday night alone, it said, 410 people were detained": the day is still the figure's.)
  const between = k < v.first ? v.range(k, v.first) : v.range(v.last, k);
  if (between.some((w, i) => SCOPE_REPORTING_VERBS.has(w) && !parentheticalSaying(between, i))) return false;
  // "said in a statement on Thursday that 58…": a day in the clause of the verb of saying, before the "that" of what was said.
  if (k < v.first && v.range(end, v.first).includes('that') && v.range(k - 8, k).some((w) => SCOPE_REPORTING_VERBS.has(w) || SPEECH_VERBS.has(w))) return false;
  // "by 2 May", "since January 2", "since the protests started on November 28", "which broke out on
  // October 1": the end or start of a running count.
  const starts = (w: string) => SCOPE_PERIOD_STARTS.has(w) || SCOPE_PERIOD_START_VERBS.has(w);
  // "at Sunday's rally", "from Monday's clashes": a day owning an event a locative places the figure at is no anchor's object.
  const owns = /['’]s$/.test(v.words[end - 1]?.lower ?? '');
  // "as of Monday" anchors a count; "the early hours of Saturday" is a part of the day.
  const anchor = (w: string, i: number) =>
    SCOPE_DATE_ANCHORS.has(w) && !(owns && SCOPE_LOCATIVES.has(w)) && (w !== 'of' || lead[lead.length - 2 + i - 1] === 'as');
  // ("that broke out in Iran on 15 November": a start verb a place away from its day.)
  const back = v.range(k >= v.last ? Math.max(k - 6, v.last) : k - 6, k);
  const started = back.slice(back.findLastIndex((w) => w === ',' || SCOPE_CLAUSE_BREAKS.has(w)) + 1).some(starts);
  return !(lead.slice(-2).some(anchor) || clockedAnchor(v, k, lead) || lead.some(starts) || started);
}

/** A clock word or a time's digits ("hrs", "pm", "1200", "18:00"). */
const clockWord = (w: string) => CLOCK_TIME_WORDS.has(w) || /^\d[\d:.]*$/.test(w);

/** "as at 1800 hrs today", "as of 6 pm Monday": a date anchor with a clock time between it and the day at `k`. */
function clockedAnchor(v: View, k: number, lead: readonly string[]): boolean {
  if (!clockWord(lead[lead.length - 1] ?? '')) return false;
  const untimed = v.range(k >= v.last ? Math.max(k - 6, v.last) : k - 6, k).filter((w) => !clockWord(w));
  return [1, 2].some((n) => SCOPE_DATE_ANCHORS.has(untimed.at(-n) ?? '') && (untimed.at(-n) !== 'of' || untimed.at(-n - 1) === 'as'));
}

/** Is the verb of saying at `i` of `words` a short aside set off by commas (", it said,", ", police said,")? */
function parentheticalSaying(words: readonly string[], i: number): boolean {
  const open = words.lastIndexOf(',', i);
  return words[i + 1] === ',' && open >= 0 && i - open <= 3;
}

/** Where what was said starts in the figure's clause: after the last verb of saying before the figure. */
function reportedFrom(v: View): number {
  const { from } = v.clause();
  for (let i = v.first - 1; i >= from; i--) if (SCOPE_REPORTING_VERBS.has(v.words[i]!.lower)) return i + 1;
  return from;
}

/** A verb or a harm word: a figure followed by one before the next figure has a predicate of its own. */
const predicateWord = (w: string) => CATEGORY_CUES.has(w) || /^(?:\p{Ll}+(?:ed|ing)|is|are|was|were|has|have|had)$/u.test(w);

/**
 * "2 in Lemba and 1 in Varno lost their lives on 2 May": figures of one harm listed before the
 * predicate they share stand in its clause. Where the figure's clause ends, or, when the figure
 * has no predicate before the next figure of its harm, the end of the last such figure's clause.
 */
function listEnd(v: View): number {
  let { to } = v.clause();
  let start = v.last;
  const others = v.others();
  const inFigure = (t: Token) => others.find((f) => t.start >= f.figure.start && t.end <= f.figure.end);
  while (to < v.words.length) {
    const next = inFigure(v.words[to]!);
    // "23 civilians, including seven members of one family, were killed on Saturday": a share set in
    // the figure's phrase shares its predicate.
    if (!next || next.category !== v.claim.category || v.range(start, to).some((w) => predicateWord(w) && !SCOPE_SUBGROUP_LEADS.has(w))) break;
    let k = to;
    while (k < v.words.length && v.words[k]!.start < next.figure.end) k++;
    start = k;
    while (k < v.words.length && !SCOPE_CLAUSE_BREAKS.has(v.words[k]!.lower) && !inFigure(v.words[k]!)) k++;
    to = k;
  }
  return to;
}

/** A date in the figure's clause that names one day the figure happened on (not when it was said, not a period's start). */
function oneDay(v: View): boolean {
  let known = oneDays.get(v);
  if (known === undefined) oneDays.set(v, (known = readsOneDay(v)));
  return known;
}

/** oneDay's answer for each view (several rules ask it of one figure). */
const oneDays = new WeakMap<View, boolean>();

function readsOneDay(v: View): boolean {
  // "At least 12 civilians were killed and 30 wounded when shells struck the market on Thursday": the pair's day.
  const pair = pairedAfter(v);
  if (pair && oneDay(pair)) return true;
  const { from } = v.clause();
  const to = listEnd(v);
  if (dayCues(v, from, to).some((c) => datesFigure(v, c) && !thingClauseBetween(v, c.at))) return true;
  // "The worst day came on April 2, when troops killed 60": a clause of "when" after a day is that day's;
  // so is a clause on what happened in it ("the raid on July 8, in which 14 were killed").
  const opener = v.words[from - 1]?.lower === 'when' ? from - 1 : eventRelative(v, from) ? from - 2 : -1;
  if (opener >= 0 && dayCues(v, Math.max(0, opener - 8), opener).some((c) => datesFigure(v, c))) return true;
  // "Seven people were killed when militiamen attacked the town on Tuesday": a clause of "when" after the figure dates it;
  // so does one of "after" on an event ("two people died after protests in Varno last Thursday"), not
  // "after" a day itself ("arrested on and after 3 May": since then).
  // (Not a count in the present or the perfect, "40 people have died and 60 are missing after the storm struck": the toll so far.)
  const after = v.words[to]?.lower === 'after' && !v.range(v.clause().from, to).some((w) => SCOPE_PRESENT_AUXILIARIES.has(w));
  if (v.words[to]?.lower === 'when' || after) {
    let end = to + 1;
    while (end < v.words.length && !SCOPE_CLAUSE_BREAKS.has(v.words[end]!.lower) && v.words[end]!.text !== ',') end++;
    if (dayCues(v, to + 1, end).some((c) => (!after || c.at > to + 1) && datesFigure(v, c))) return true;
  }
  return false;
}

/**
 * "25 of them on Monday alone", "Seven of them were killed last Sunday", "three of them had died
 * overnight": a day right after a share, with nothing between but the harm's own verb, is the
 * share's own (not the whole's: "39 of those held overnight had been charged").
 */
function shareOwnDay(v: View): boolean {
  const end = Math.min(v.words.length, v.last + SHARE_DAY_REACH);
  return dayCues(v, v.last, end).some((c) => v.range(v.last, c.at).every((w) => SHARE_DAY_FILLERS.has(w) || CATEGORY_CUES.has(w)) && datesFigure(v, c));
}
/** How far after a share's number its own day may stand ("Seven of them were killed last Sunday"). */
const SHARE_DAY_REACH = 8;
/** Words between a share and its day: the share's "of them", auxiliaries and prepositions of time. */
const SHARE_DAY_FILLERS = new Set([
  'of',
  'them',
  'whom',
  'those',
  'were',
  'was',
  'had',
  'have',
  'has',
  'been',
  'on',
  'in',
  'during',
  'over',
  'the',
  'past',
  'last',
  'this',
]);

/** "…, in which", "…, during which": a relative clause on the event just named opens at `from`. */
const eventRelative = (v: View, from: number) => v.words[from - 1]?.lower === 'which' && SCOPE_EVENT_RELATIVES.has(v.words[from - 2]?.lower ?? '');

/**
 * "in only three days last week", "over the past 48 hours": a count over a few days or hours up to
 * the report, or stressed as short, is an increment (not "for three days", not "three days of
 * protests", not "over three days", which may be the crisis).
 */
function shortPeriod(v: View): boolean {
  const { from, to } = v.clause();
  for (let i = from; i < to; i++) {
    if (i >= v.first && i < v.last) continue;
    const w = v.words[i]!.lower;
    if (!SCOPE_SHORT_PERIODS.has(w) || v.words[i + 1]?.lower === 'of') continue;
    const n = v.words[i - 1]?.lower ?? '';
    const count = /^\d+$/.test(n) ? Number(n) : (SCOPE_SMALL_COUNTS.get(n) ?? 0);
    if (!count || count > (w.startsWith('hour') ? 72 : 7)) continue;
    const lead = v.range(i - 5, i - 1);
    // Only a stretch that ends at the report ("the past 48 hours", "three days last week") or one
    // stressed as short ("in just two days"): "over three days", "in the first 48 hours after landfall",
    // "released within 48 hours" may be the crisis's whole span.
    const recent = SCOPE_SHORT_STRETCH_MARKS.has(v.words[i - 2]?.lower ?? '') || ['last', 'this'].includes(v.words[i + 1]?.lower ?? '');
    if (recent && lead.some((x) => SCOPE_PERIOD_PREPOSITIONS.has(x))) return true;
  }
  return false;
}

/** "In the past month, the association recorded 31 deaths", "over the last fortnight": the latest stretch of the crisis, in the figure's clause. */
function recentStretch(v: View): boolean {
  const { from, to } = v.clause();
  for (let i = from + 1; i < to; i++) {
    if (i >= v.first && i < v.last) continue;
    const w = v.words[i]!.lower;
    // ("in the past week alone", "last week alone": a week stressed as short is no whole crisis.)
    const alone = SCOPE_RATE_PERIODS.has(w) && v.words[i + 1]?.lower === 'alone';
    if ((!SCOPE_RECENT_PERIODS.has(w) && !alone) || v.words[i + 1]?.lower === 'of') continue;
    const latest = ['past', 'last', 'previous'].includes(v.words[i - 1]!.lower);
    if (alone && latest && (v.words[i - 1]!.lower === 'last' || v.words[i - 2]?.lower === 'the')) return true;
    if (i >= from + 3 && latest && v.words[i - 2]!.lower === 'the' && SCOPE_PERIOD_PREPOSITIONS.has(v.words[i - 3]!.lower)) return true;
  }
  return false;
}

/**
 * "The official figure of 300 deaths is far below what our nurses treat every day", "40 were killed on Tuesday, and the
 * shelling goes on every day": a clause of its own between the figure and the word at `i` tells of another time.
 */
function clauseBetween(v: View, i: number): boolean {
  if (i <= v.last) return false;
  for (let k = v.last; k < i; k++) {
    const w = v.words[k]!.lower;
    if (
      SCOPE_OWN_CLAUSE_OPENERS.has(w) ||
      (w === ',' && SCOPE_COORDINATED_CLAUSE.has(v.words[k + 1]?.lower ?? '') && SCOPE_CLAUSE_SUBJECT_DETERMINERS.has(v.words[k + 2]?.lower ?? ''))
    )
      return true;
  }
  return false;
}

/** A clause of its own between a figure and its day, by a pronoun of things: "… is far below what our nurses treat every day" (a "which" or "when" clause may tell of the figure's own day). */
function thingClauseBetween(v: View, i: number): boolean {
  if (i <= v.last) return false;
  return v.words.slice(v.last, i).some((w) => SCOPE_THING_CLAUSE_OPENERS.has(w.lower));
}

/** "each day", "every week", "per hour", "900 a day.": a rate in the figure's clause. */
function rate(v: View): boolean {
  const { from, to } = v.clause();
  for (let i = from + 1; i < to; i++) {
    if (i >= v.first && i < v.last) continue;
    if (!SCOPE_RATE_PERIODS.has(v.words[i]!.lower)) continue;
    const prev = v.words[i - 1]!.lower;
    if (clauseBetween(v, i)) continue;
    if (SCOPE_RATE_DETERMINERS.has(prev)) return true;
    // "900 a day": only where the phrase ends, not "a day after the vote".
    if (prev === 'a' && !/^\p{L}/u.test(v.words[i + 1]?.text ?? '')) return true;
  }
  return false;
}

/** The claim's own sentence places it below the country (in a place the gazetteer knows or one it does not). */
const belowCountry = (v: View) => (v.target.placeStated && !!v.target.place && v.target.place.precision !== 'country') || !!v.target.placeUnknown;

/** Does the claim's own place name where the event it is the toll of happened (eventSited)? */
function placeSitesEvent(v: View): boolean {
  const at = v.target.placeSpan;
  if (!at) return false;
  const k = v.words.findIndex((t) => t.start >= at.start);
  return (
    k > 0 &&
    (eventSited(v, k) ||
      unrestSited(v, k) ||
      headlineNamesUnrest(
        v,
        v.words.findLastIndex((t) => t.end <= at.end),
      ))
  );
}

/** The figures of the same category before the claim's, in its sentence and the `back` sentences before it. */
function earlierOfCategory(v: View, back: number): ScopeFigure[] {
  const out: ScopeFigure[] = [];
  for (let k = v.target.index - 1; k >= 0; k--) {
    const f = v.doc.figures[k]!;
    if (f.sentence < v.claim.sentence - back) break;
    if (f.category === v.claim.category && f.figure.start < v.claim.figure.start) out.push(f);
  }
  return out;
}

/** "three other people", "14 others", "the other 12": a figure of the rest, beside a figure of its kind (or a place, for places) just named. */
function othersBeside(v: View): boolean {
  const other = SCOPE_OTHER_WORDS.has(v.after(0)) || (v.before(1) === 'other' && v.before(2) === 'the');
  if (!other) return false;
  // "Rallies took place in Varno and 14 other towns": the places beside a named one.
  if (v.claim.category === 'places') return ['and', 'in', ','].includes(v.before(1)) || v.before(1) === 'other';
  // "318 civilians killed …, and 1,140 others wounded": others than the figure of another harm just
  // before it in the sentence are everyone else that harm befell, not the rest of a figure of its own.
  const nearest = v
    .others()
    .filter((f) => f.figure.end <= v.claim.figure.start)
    .at(-1);
  if (nearest && nearest.category !== v.claim.category) return false;
  return earlierOfCategory(v, 1).length > 0;
}

/**
 * A figure of the crisis's own side ("41 civilians", "17 protesters", not "people") beside a figure
 * of the same harm in its sentence that counts the security side or another subgroup; the dead and
 * the wounded are one list of casualties ("377 demonstrators were wounded and 72 security officers
 * lost their lives": the wounded are the demonstrators' side's).
 */
function sideSplit(v: View): boolean {
  if (v.claim.category === 'participants' || v.claim.category === 'places') return false;
  const own = whoWords(v).filter(Boolean);
  if (!own.length || own.some((w) => SCOPE_EVERYONE.has(w)) || isSubgroupWho(own)) return false;
  if (!own.some((w) => SCOPE_POPULATION_NOUNS.has(w))) return false;
  for (const f of v.others()) {
    if (f.category !== v.claim.category && !(CASUALTIES.has(f.category) && CASUALTIES.has(v.claim.category))) continue;
    const k = v.doc.figures.indexOf(f);
    const partner = new View(v.doc, { index: k, place: null, placeStated: false });
    // ("681 suspects had been arrested, among them seven foreign nationals": a subgroup of this
    // figure, set after it, is no other side.)
    if (f.figure.start > v.claim.figure.end && subgroupMarker(partner)) continue;
    if (isSubgroupWho(whoWords(partner))) return true;
  }
  return false;
}

/** The harms to the body: a side's dead and wounded are told as one list of casualties. */
const CASUALTIES: ReadonlySet<Category> = new Set<Category>(['killed', 'injured']);

/** How many words of a qualifier ("nearly", "at least") stand right before the figure, when its span leaves them out. */
function qualifierBefore(v: View): number {
  const phrase = QUALIFIER_PHRASES_BY_LAST.get(v.before(1))?.find((p) => p.words.every((w, i) => v.before(p.words.length - i) === w));
  return phrase?.words.length ?? 0;
}

/**
 * "5 members of the security forces had been killed and 185 injured", "killing 9 passengers and
 * wounding 4": the index of the figure of the other harm that this one, with "and" and no noun of
 * its own, pairs with; it counts the same people at the same time and place. Else null.
 */
function pairedBefore(v: View): number | null {
  if (!CASUALTIES.has(v.claim.category)) return null;
  // ("… were killed and nearly 300 injured": a qualifier before the second figure.)
  const q = qualifierBefore(v);
  // ("… killed 3 civilians and wounded 5 others": a finite harm verb's object, after "and", pairs too.)
  const finite = harmVerbPast(v.before(q + 1));
  const b = harmParticiple(v.before(q + 1)) || finite ? q + 2 : q + 1;
  if (v.before(b) !== 'and') return null;
  // "30 wounded": the harm after the figure is no noun of its own.
  const w = v.after(0);
  if (!finite && !CATEGORY_CUES.has(w) && (personNoun(w) !== null || SCOPE_EVERYONE.has(w) || isSubgroupWho([w]))) return null;
  const previous = v
    .others()
    .filter((f) => f.figure.end <= v.claim.figure.start)
    .at(-1);
  if (!previous || !CASUALTIES.has(previous.category) || previous.category === v.claim.category) return null;
  // Nothing but the first figure's own words between: no clause break.
  const k = v.doc.figures.indexOf(previous);
  const at = v.words.findIndex((t) => t.start >= previous.figure.end);
  if (at < 0 || v.range(at, v.first - b).some((x) => SCOPE_CLAUSE_BREAKS.has(x) || x === ',')) return null;
  return k;
}

/** The rules that take a share out of a larger figure ("five of them in Lilongwe", "including 12 children"). */
const SHARE_RULES = new Set(['placed-share', 'subgroup', 'accounted-for']);

/**
 * "five of them in Lilongwe and three in Blantyre", "12 of them children, 3 women": the index of the
 * figure of the same harm just before this one in its sentence, when only that figure's own words
 * and "and" or a comma stand between (no clause break, no verb of its own). Else null.
 */
function listedAfterShare(v: View): number | null {
  const q = qualifierBefore(v);
  if (v.before(q + 1) !== 'and' && v.before(q + 1) !== ',') return null;
  const previous = v
    .others()
    .filter((f) => f.figure.end <= v.claim.figure.start)
    .at(-1);
  if (!previous || previous.category !== v.claim.category) return null;
  const at = v.words.findIndex((t) => t.start >= previous.figure.end);
  if (at < 0) return null;
  const between = v.range(at, v.first - q - 1);
  if (between.length > LISTED_SHARE_REACH || between.some((x) => SCOPE_CLAUSE_BREAKS.has(x) || x === ',' || CATEGORY_CUES.has(x))) return null;
  return v.doc.figures.indexOf(previous);
}
/** How many words a listed share's own phrase may take ("of them in the port city of Blantyre"). */
const LISTED_SHARE_REACH = 8;

/** "killing", "wounding": a harm participle, telling what one act did. */
const harmParticiple = (w: string) => w.endsWith('ing') && CATEGORY_CUES.has(w);
/** "wounded", "injured": a harm verb's past form, as the second of two coordinated verbs. */
const harmVerbPast = (w: string) => w.endsWith('ed') && CATEGORY_CUES.has(w);

/** The view of the next figure of the sentence when it pairs with this one ("12 civilians were killed and 30 wounded when…"). */
function pairedAfter(v: View): View | null {
  const next = v.others().find((f) => f.figure.start >= v.claim.figure.end);
  if (!next) return null;
  const view = new View(v.doc, { index: v.doc.figures.indexOf(next), place: null, placeStated: false });
  return pairedBefore(view) === v.target.index ? view : null;
}

/** The figure paired after this one counts from a recent start ("12 killed and 60 injured since dawn"). */
function sinceRecentPair(v: View): boolean {
  const pair = pairedAfter(v);
  return !!pair && sinceRecent(pair);
}

/** How much smaller than a total a share must be: "nearly 8,000" and "some 7,939" are one figure twice. */
const SHARE_RATIO = 0.9;

/** "the government's earlier figure, when officials said 40": a figure named as an earlier count, not a share. */
function revisedFigure(v: View): boolean {
  return v.range(0, v.words.length).some((w) => REVISION_EARLIER.has(w));
}

/**
 * The nearest earlier figure of the same harm from the same speaker is larger: one speaker gives
 * one running count of a harm at a time, so a smaller figure of theirs with no cue of its own is a
 * share of it (not a figure named as an earlier count, not the same figure rounded).
 */
function shareOfTotal(v: View): boolean {
  if (v.claim.category === 'participants' || v.claim.category === 'places') return false;
  if (revisedFigure(v) || datedEntry(v) || numberPut(v) || earlierCount(v)) return false;
  for (let k = v.target.index - 1; k >= 0; k--) {
    const f = v.doc.figures[k]!;
    if (f.category !== v.claim.category || !(v.doc.sameTeller?.(k, v.target.index) ?? true)) continue;
    // ("08:05 - … 60 people are held. ¶ 19:50 - … Police say 40 are held": a live page's entries each
    // give the count as of their own time; an older entry's is no share of a newer one's.)
    if (clockedEntry(v.doc, f.sentence) && clockedEntry(v.doc, v.claim.sentence) && paragraphOf(v.doc, f.sentence) !== paragraphOf(v.doc, v.claim.sentence))
      return false;
    // "A report said about 1,500 were killed. … Amnesty said at least 304 had been killed": a named
    // speaker's count after an unattributed one is that speaker's own whole count.
    if (v.doc.attributed?.(v.target.index) && !v.doc.attributed(k)) return false;
    // ("Watchdog says toll may be as high as 300 … At least 140 people have been killed": a
    // bound above, or a hedged guess, is no whole the count is a share of.)
    if (f.low === null || f.hedged) return false;
    return f.estimate * SHARE_RATIO > v.claim.estimate;
  }
  return false;
}

/**
 * "police had given a figure of 37", "which had confirmed 19 deaths", "The new figure is up from at least
 * 208 deaths": a count given before the current one is an earlier value of the whole, no share of it
 * (after a figure of its own sentence, "44 … up from 31", earlier-value reads it).
 */
function earlierCount(v: View): boolean {
  const lead = v.range(v.first - 4, v.first);
  const ownBefore = v.others().some((f) => f.figure.end <= v.claim.figure.start && f.category === v.claim.category);
  if (!ownBefore && lead.some((w, i) => w === 'from' && ['up', 'down'].includes(lead[i - 1] ?? ''))) return true;
  const words = v.range(v.clause().from, v.first);
  return words.some(
    (w, i) =>
      w === 'had' &&
      [1, 2].some(
        (d) =>
          SCOPE_REPORTING_VERBS.has(words[i + d] ?? '') ||
          SCOPE_COUNT_VERBS.has(words[i + d] ?? '') ||
          words[i + d] === 'given' ||
          words[i + d] === 'confirmed',
      ),
  );
}

const paragraphOf = (doc: ScopeDocument, sentence: number) => doc.sentences[sentence]?.paragraph ?? sentence;
/** Does the sentence's paragraph open on a clock time, as a live page's entry does ("19:50 - …", "14:05 GMT: …")? */
function clockedEntry(doc: ScopeDocument, sentence: number): boolean {
  let first = sentence;
  while (first > 0 && paragraphOf(doc, first - 1) === paragraphOf(doc, sentence)) first--;
  return LIVE_ENTRY_CLOCK.test(doc.sentences[first]?.text ?? '');
}

/** "- November 19: at least 106 dead": a line a date labels gives the count as of that date, no share of another. */
function datedEntry(v: View): boolean {
  const colon = v.words.findIndex((w) => w.text === ':');
  if (colon < 1 || colon >= v.first) return false;
  const label = { start: v.words[0]!.start, end: v.words[colon - 1]!.end };
  return (indexOf(v.doc).dates.get(v.claim.sentence) ?? []).some((d) => d.span.end === label.end && d.span.start - label.start <= 2);
}

/**
 * "puts the number of dead at 820 and the number of injured at 672", "the number of detainees stood at
 * 300": a count a speaker puts for a whole harm ("the number of …"), never a share of another.
 */
function numberPut(v: View): boolean {
  if (!['at', 'to'].includes(v.before(qualifierBefore(v) + 1))) return false;
  const lead = v.range(Math.max(v.clause().from, v.first - 8), v.first);
  const at = lead.lastIndexOf('number');
  return at >= 0 && lead[at + 1] === 'of' && !lead.slice(at).some((w) => w === ',' || SCOPE_CLAUSE_BREAKS.has(w));
}

/**
 * "Only 6 people lost their lives", "barely 40 people were hurt": a speaker playing a count of
 * everyone down states their own whole count, however small beside another's.
 */
function playedDown(v: View): boolean {
  if (!SCOPE_MINIMISERS.has(v.before(1))) return false;
  return !isSubgroupWho(whoWords(v)) && !subgroupVictims(v);
}

/** A statement's noun ("figure", "report") given out by a participle in the words before the day at `k` ("the count released by the army on …"). */
function issuedStatementBefore(v: View, k: number): boolean {
  for (let g = k - 1; g >= 0 && g >= k - 8; g--) {
    const w = v.words[g]!.lower;
    if (FIGURE_GIVING_PARTICIPLES.has(w) || FIGURE_ISSUING_PARTICIPLES.has(w)) return v.range(g - 3, g).some((x) => SCOPE_STATEMENT_NOUNS.has(x));
  }
  return false;
}

/** A past-tense verb that is no harm ("blamed", "informed"): the day before it dates a statement or an act about the figure. */
function statementVerb(t: Token | undefined): boolean {
  return !!t && /^\p{Ll}+ed$/u.test(t.text) && !HARM_VERB_FORMS.has(t.lower) && !CATEGORY_CUES.has(t.lower);
}

/** Does the stretch before the comma at token `comma` open its sentence or clause with "of" ("Of those killed,")? */
function openingOf(v: View, comma: number): boolean {
  let k = comma - 1;
  while (k >= 0 && k > comma - 6 && !SCOPE_CLAUSE_BREAKS.has(v.words[k]!.lower) && v.words[k]!.text !== ',') k--;
  const start = k < 0 || SCOPE_CLAUSE_BREAKS.has(v.words[k]!.lower) || v.words[k]!.text === ',' ? k + 1 : -1;
  if (start >= 0 && start < comma - 1 && v.words[start]!.lower === 'of') return true;
  // "The group said that of the 57, at least 18…": the of-phrase opens the clause of what was said.
  const that = v.range(comma - 5, comma).lastIndexOf('that');
  return that >= 0 && v.range(comma - 5, comma)[that + 1] === 'of';
}

/** The word after a share's figure that would be its own noun ("including 12 children"; "five of them police officers"). */
function shareNoun(v: View): boolean {
  const words = v.nounPhrase();
  const own = words[0] === 'of' && SCOPE_SUBGROUP_REFERENTS.has(words[1] ?? '') ? words.slice(2) : words;
  return own.some((w) => !CATEGORY_CUES.has(w) && (personNoun(w) !== null || SCOPE_EVERYONE.has(w) || isSubgroupWho([w])));
}

/**
 * "2,300 arrested, 540 of them since Friday morning": a share with no noun of its own that a later
 * start bounds is what came after it. (A share of one day, "including nine on Monday", stays a
 * part, as ANNOTATION.md's examples of shares are.)
 */
function shareSince(v: View): boolean {
  if (!subgroupMarker(v) || shareNoun(v)) return false;
  const words = v.range(v.last, v.phrase().to);
  return words.some(
    (w, i) =>
      w === 'since' &&
      (WEEKDAYS.has(words[i + 1] ?? '') ||
        SCOPE_RECENT_STARTS.has(words[i + 1] ?? '') ||
        (['last', 'this'].includes(words[i + 1] ?? '') && SCOPE_DAY_PARTS.has(words[i + 2] ?? ''))),
  );
}

/**
 * "2,410 detained, 1,600 of them in Solana", "the toll included 103 people who died in the
 * country's largest city": a share set apart by a place only, named or not (a town the gazetteer
 * does not know is still a place after "of them in"; "Nine of them died in Basra" is a subgroup
 * that happens to be placed).
 */
function placedShare(v: View): boolean {
  if (!subgroupMarker(v) || isSubgroupWho(whoWords(v)) || subgroupVictims(v) || oneDay(v)) return false;
  if (v.after(0) === 'of') {
    // ("15 of the 40 deaths were registered in Manica", "12 of the missing are from Orr": a whole named by its
    // harm, its count before it, and a verb of recording or coming from before the place.)
    const named = ['the', 'those'].includes(v.after(1));
    if (!SCOPE_SUBGROUP_REFERENTS.has(v.after(1)) && !named) return false;
    let k = 2;
    if (named) {
      while (k < 4 && (/^\d/.test(v.after(k)) || v.after(k) in NUMBER_UNITS)) k++;
      if (!CATEGORY_CUES.has(v.after(k))) return false;
      k++;
    }
    // ("210 of them were killed in Velt", "… had died at the port": the harm's verb may stand before the place.)
    while (k < 8 && (AUXILIARIES.has(v.after(k)) || CATEGORY_CUES.has(v.after(k)) || (named && SCOPE_RECORDING_VERBS.has(v.after(k))))) k++;
    if (!['in', 'at', ...(named ? ['from'] : [])].includes(v.after(k))) return false;
    const name = v.words[v.last + k + 1];
    return !!name && /^\p{Lu}/u.test(name.text) && !MONTHS.has(name.lower) && !WEEKDAYS.has(name.lower);
  }
  // An area where it happened, not a site ("of whom 410 were still in hospital" is a state of theirs)
  // nor where the share comes from ("60 people from one village").
  const { to } = v.phrase();
  const from = placePhraseStart(v);
  const words = v.range(from, to);
  return namedAreaPhrase(v) || words.some((_, i) => oneArea(v, from, words, i) && words.slice(Math.max(0, i - 4), i).some((w) => w === 'in' || w === 'at'));
}

/** Does the noun of the figure's people name their nationality ("41 Kenyans", "12 Ghanaian fans")? */
function nationalityOfVictims(v: View): boolean {
  const noun = v.nounPhrase().length;
  return v.words.slice(v.last, v.last + noun).some((t) => /^\p{Lu}/u.test(t.text) && countryOf(t.text.replace(/s$/, '')) !== null);
}

/** Words that take a figure out of a larger one: "including 12", "five of them", "of whom 47", "were among the dead". */
function subgroupMarker(v: View): boolean {
  // "in 11 of the country's 16 provinces": the places reached, all of them; a part of the map, not of the places.
  if (v.claim.category === 'places' && v.after(0) === 'of') return false;
  const lead = v.range(v.first - 5, v.first);
  // "including at least 12", "among them some 40": a qualifier may stand between the marker and the figure.
  let q = 1;
  while (q < 4 && SCOPE_QUANTITY_QUALIFIERS.has(v.before(q))) q++;
  // ("Eleven students were among at least 48 people killed": after a copula, the figure is the whole.)
  if (v.before(q) === 'among' && ['were', 'was', 'are', 'is'].includes(v.before(q + 1))) return false;
  // ("14 guards among 37 dead", a headline's with no verb: after another figure's few words, the figure is the whole too.)
  if (v.before(q) === 'among') {
    const among = v.words[v.first - q]!.start;
    const between = (f: ScopeFigure) => v.words.filter((t) => t.start >= f.figure.end && t.end <= among);
    if (v.others().some((f) => f.figure.end <= among && among - f.figure.end <= 30 && !between(f).some((t) => /^[,;.:]$/.test(t.text)))) return false;
  }
  if (SCOPE_SUBGROUP_LEADS.has(v.before(q)) || (v.before(q) === 'them' && v.before(q + 1) === 'among')) return true;
  // "Twelve children were among the 300 people killed", "out of the 900 detained": the figure is the whole.
  if (v.before(q) === 'the' && ['among', 'of'].includes(v.before(q + 1))) return false;
  // "60 deaths out of a total of 85": the figure before "out of" is the share.
  const next = v.range(v.last, v.last + 4);
  const out = next.indexOf('out');
  if (out >= 0 && next[out + 1] === 'of' && !next.slice(0, out).includes(',')) return true;
  // "Among those arrests were 11 people", "Among the dead counted in the official tally were 149".
  const { from } = v.clause();
  if (v.range(from, v.first)[0] === 'among' || (lead.includes('among') && (lead.includes('them') || lead.includes('were')))) return true;
  // "Of that number, 92", "Of those killed, 111": an of-phrase that opens the sentence or clause
  // (not "Since the start of the crisis, 2,400", "In the province of Orlen, 250").
  if (v.before(q) === ',' && openingOf(v, v.first - q)) return true;
  // "More than 240 were detained, with 77 seized": a share of the figure before it.
  if (
    v.before(1) === 'with' &&
    /(?:ing|ed)$/.test(v.after(0)) &&
    v.others().some((f) => f.figure.end <= v.claim.figure.start && f.category === v.claim.category)
  )
    return true;
  if (v.after(0) === 'of' && SCOPE_SUBGROUP_REFERENTS.has(v.after(1))) return true;
  // "five of the 20 deaths".
  if (v.after(0) === 'of' && v.after(1) === 'the' && /^\d/.test(v.after(2))) return true;
  // "35 foreigners were among the dead"; "14 men and six women were among the dead": a count
  // coordinated after the figure's own is stepped over.
  const after = v.last + coordinatedCount(v);
  const tail = v.range(after, after + 6);
  const among = tail.indexOf('among');
  return among >= 0 && among <= 4 && !tail.slice(0, among).includes(',') && ['the', 'those', 'them'].includes(tail[among + 1] ?? '');
}

/** Tokens from the figure's end to the end of a figure of the same harm coordinated after it by "and" ("14 men and six women"), else 0. */
function coordinatedCount(v: View): number {
  const and = v.range(v.last, v.last + 4).indexOf('and');
  if (and < 0) return 0;
  const next = v.words[v.last + and + 1];
  const other = next && v.others().find((f) => f.category === v.claim.category && f.figure.start === next.start);
  if (!other) return 0;
  let k = v.last + and + 1;
  while (k < v.words.length && v.words[k]!.start < other.figure.end) k++;
  return k - v.last;
}

/** A bracketed figure after a capitalised name, in a sentence that lists by place ("by district", "by province"). */
function listedByPlace(v: View): boolean {
  const closed = v.words[v.last - 1]?.text === ')' || v.after(0) === ')';
  if (v.before(1) !== '(' || !closed || !/^\p{Lu}/u.test(v.words[v.first - 2]?.text ?? '')) return false;
  const words = v.range(0, v.words.length);
  return words.some((w, i) => w === 'by' && (SCOPE_AREA_PLACES.has(words[i + 1] ?? '') || SCOPE_OTHER_PLACE_NOUNS.has(words[i + 1] ?? '')));
}

function woundedWhoDied(v: View): boolean {
  // "of the wounded", "of those injured", "of the injured students" (a pronoun's whole, "two of
  // them", is read as a share: writers keep a facility's patients who died as its count).
  // ("two more of the wounded": an increment before the partitive.)
  const of = v.after(0) === 'more' ? 1 : 0;
  return (
    v.claim.category === 'killed' &&
    v.after(of) === 'of' &&
    ['the', 'those'].includes(v.after(of + 1)) &&
    (SCOPE_WOUNDED_WHOLES.has(v.after(of + 2)) || SCOPE_WOUNDED_WHOLES.has(v.after(of + 3)))
  );
}

/** How many words a verb of flight's object may hold before its destination ("fled their homes to a camp"). */
const FLIGHT_OBJECT_WORDS = 3;

/**
 * "900 families have fled to the town of Orr", "had fled towards the city", "forced 900 people into
 * camps": where the displaced went; it confines no count of them to that place.
 */
function displacedDestination(v: View): boolean {
  if (v.claim.category !== 'displaced') return false;
  const { to } = v.clause();
  for (let k = v.last; k < to; k++) {
    const w = v.words[k]!.lower;
    if (w === 'in' || w === 'at') return false;
    if (!SCOPE_FLIGHT_VERBS.has(w)) continue;
    for (let j = k + 1; j < to && j <= k + 1 + FLIGHT_OBJECT_WORDS; j++) {
      const x = v.words[j]!.lower;
      if (x === 'in' || x === 'at' || x === ',') return false;
      // (Not an infinitive's "to": "forced 900 people to flee".)
      if (SCOPE_DESTINATION_PREPOSITIONS.has(x)) return !(x === 'to' && SCOPE_FLIGHT_VERBS.has(v.words[j + 1]?.lower ?? ''));
    }
    return false;
  }
  return false;
}

/** A word of one facility or area in the figure's phrase ("the port city", "here", "the morgue", "the south of"). */
function localArea(v: View): boolean {
  if (v.claim.category === 'places') return false;
  const phrase = v.phrase();
  const from = placePhraseStart(v);
  // "The toll climbed to 77 as crowds marched in the capital": a running count is not bounded by
  // where the events of a subordinate clause happened.
  const to = originClauseStart(v, runningToll(v) ? subordinateStart(v, phrase.to) : phrase.to);
  const clause = v.range(from, to);
  if (appositiveArea(v, to) || facilitySubject(v) || openingArea(v) || whereArea(v)) return true;
  // "Between 40 and 100 people were killed there": the place the sentence before named.
  if (clause.some((w, i) => w === 'there' && i > 0 && CATEGORY_CUES.has(clause[i - 1]!))) return true;
  if (tellersThere(v)) return true;
  return clause.some(
    (w, i) =>
      (SCOPE_AREA_NOUNS.has(w) || (SCOPE_SITE_NOUNS.has(w) && sited(v, from + i)) || oneArea(v, from, clause, i)) &&
      !eventSited(v, from + i) &&
      !unrestSited(v, from + i) &&
      !headlineNamesUnrest(v, from + i),
  );
}

/**
 * "In Kamsar … Residents there said up to eight had been shot dead", "Doctors there have
 * counted 40 bodies": people told of as being there, the place the sentence before named, tell of it.
 */
function tellersThere(v: View): boolean {
  for (let i = 1; i < v.first; i++) {
    if (v.words[i]!.lower !== 'there') continue;
    const who = v.words[i - 1]!.lower;
    if (personNoun(who) !== null || SCOPE_SEATED_TELLERS.has(who)) return true;
  }
  return false;
}

/**
 * "the toll from Sunday's collapse of a dam above the town of Harn", "were killed in a fire at a
 * market in the city of Orlan": a place in the complement of one event's noun, which the figure is
 * the toll of, says where that event happened, not which part of it the figure counts.
 */
function eventSited(v: View, k: number): boolean {
  // ("the toll in the Harn prison riot": a site that names the event the noun after it is.)
  const next = v.words[k + 1];
  if (next && SCOPE_SITED_EVENTS.has(next.lower) && (k + 1 < v.first || k + 1 >= v.last) && eventOfFigure(v, k + 1)) return true;
  let modifiers = 0;
  for (let j = k - 1; j >= 0 && j >= k - 14; j--) {
    if (j < v.last && j >= v.first) return false;
    const t = v.words[j]!;
    // (Its complement opens on a preposition: "after a landslide buries the hamlet" is a clause of its own.)
    if (SCOPE_SITED_EVENTS.has(t.lower)) return SCOPE_EVENT_PLACE_LINKS.has(v.words[j + 1]?.lower ?? '') && eventOfFigure(v, j);
    if (SCOPE_EVENT_PLACE_LINKS.has(t.lower) || SCOPE_SITE_DETERMINERS.has(t.lower) || /^\p{Lu}/u.test(t.text) || /['’]s$/.test(t.lower)) continue;
    if (!/^\p{Ll}+$/u.test(t.text) || ++modifiers > 5) return false;
  }
  return false;
}

/**
 * "… 5,000 have left the town in the past week" in a report confined to one town: the area the report
 * is about, named by its noun alone ("the city", "the region"), is the crisis's place, no part of it.
 * (Not a site in it: "the concert hall, where 80 died", "in a single town".)
 */
function confinedAreaNamed(v: View): boolean {
  if (!v.doc.confinedPlace || v.target.placeStated || v.target.placeUnknown) return false;
  const from = placePhraseStart(v);
  const clause = v.range(from, v.phrase().to);
  const site = (w: string) => SCOPE_SITE_NOUNS.has(w) || SCOPE_VENUE_NOUNS.has(w) || SCOPE_FACILITY_NOUNS.has(w);
  if (clause.some(site) || clause.some((w) => SCOPE_AREA_DETERMINERS.has(w) && w !== 'the' && w !== 'this')) return false;
  // (Its noun names a place of the confined place's kind, "the province" is no town's; a report that
  // names other places in passing leaves its unplaced figures the country's, and its place is then
  // most often a town.)
  const place = v.target.place;
  const precision = place?.id === v.doc.confinedPlace ? place.precision : 'city';
  const nouns = precision === 'city' ? SCOPE_TOWN_AREA_NOUNS : precision === 'region' ? SCOPE_REGION_AREA_NOUNS : null;
  return !!nouns && clause.some((w, i) => nouns.has(w) && ['the', 'this'].includes(clause[i - 1] ?? ''));
}

/**
 * Is the event noun at token `j` introduced as what the figure counts ("the toll from …", "killed in
 * …", "died during …"), or the subject the sentence opens on ("A blast at the depot kills 12")?
 */
function eventOfFigure(v: View, j: number): boolean {
  let modifiers = 0;
  for (let i = j - 1; i >= 0; i--) {
    const t = v.words[i]!;
    if (SCOPE_EVENT_INTRODUCERS.has(t.lower)) return true;
    // ("UPDATE 2-Blast at …", "Velmaria: Fire at …": a kicker before the headline's subject.)
    if (/^[-–—:]$/.test(t.text)) break;
    if (SCOPE_SITE_DETERMINERS.has(t.lower) || /^\p{Lu}/u.test(t.text) || /['’]s$/.test(t.lower)) continue;
    if (!/^\p{Ll}+$/u.test(t.text) || ++modifiers > 2) return false;
  }
  return j < v.first;
}

/**
 * "The toll of a week of riots in the river town of Orr stood at 26", "40 killed in six
 * weeks of clashes in Kessel province": in a lead, a place in the complement of the unrest that a
 * running toll, or a count over days, is the toll of names where the crisis is, not one place of it
 * (in a report that never says its crisis reaches beyond one place). `k` is the place's word.
 */
function unrestSited(v: View, k: number): boolean {
  if (v.claim.sentence > LEAD_FIGURE_SENTENCES || v.doc.reachesBeyond || v.claim.category === 'places') return false;
  let modifiers = 0;
  for (let j = k - 1; j >= 0 && j >= k - 14; j--) {
    if (j < v.last && j >= v.first) return false;
    const t = v.words[j]!;
    if (lastingUnrest(t.lower)) {
      // (Its complement: "clashes between two clans in …", "protests over bread prices in …".)
      const next = v.words[j + 1]?.lower ?? '';
      if (!SCOPE_EVENT_PLACE_LINKS.has(next) && !SCOPE_UNREST_COMPLEMENT_LINKS.has(next) && j + 1 !== k) return false;
      // ("five nights of student protests and riots": a period of more than a day opens the unrest's phrase.)
      const overDays = v.range(Math.max(0, j - 8), j).some((w, i, ws) => SCOPE_PLURAL_PERIODS.has(w) && ws[i + 1] === 'of');
      return overDays || (runningToll(v) && eventOfFigure(v, j));
    }
    if (SCOPE_EVENT_PLACE_LINKS.has(t.lower) || SCOPE_SITE_DETERMINERS.has(t.lower) || /^\p{Lu}/u.test(t.text) || /['’]s$/.test(t.lower) || t.lower === 'and')
      continue;
    if (!/^[\p{Ll}-]+$/u.test(t.text) || ++modifiers > 5) return false;
  }
  return false;
}
const lastingUnrest = (w: string) => GATHERING_NOUNS.has(w) || SCOPE_UNREST_NOUNS.has(w) || SCOPE_LASTING_UNREST_NOUNS.has(w);

/**
 * "In the capital, Dorsk, the organisation confirmed 29 deaths", "There, 167 people have been
 * killed": a place phrase (or "There," pointing back to one) that opens the sentence, set off by a
 * comma, bounds the figures after it.
 */
function openingArea(v: View): boolean {
  if (v.words[0]?.lower === 'there' && v.words[1]?.text === ',') return v.first > 1;
  if (!['in', 'at'].includes(v.words[0]?.lower ?? '')) return false;
  const comma = v.words.findIndex((t) => t.text === ',');
  if (comma < 0 || comma > 8 || comma >= v.first) return false;
  const words = v.range(0, comma);
  // "At a news conference in the capital, the spokesman said…": where a statement was made.
  if (words.some((w) => SPEAKER_PLACE_CUES.has(w) || SCOPE_STATEMENT_NOUNS.has(w))) return false;
  // ("In Tarro district, the governor said …": an area noun after its name, which the gazetteer may not know.)
  const named = (i: number) => i > 1 && SCOPE_AREA_PLACES.has(words[i]!) && /^\p{Lu}/u.test(v.words[i - 1]!.text) && !countryOf(v.words[i - 1]!.text);
  return words.some((_, i) => oneArea(v, 0, words, i) || named(i));
}

/**
 * "… in the northern city of Ostrel, where it said 310 people were being held", "the capital,
 * where the group says 441 have been held": a figure in a "where" clause of one area below the
 * country counts that area (not "in western Kessia, where": a country's part is no one place).
 */
function whereArea(v: View): boolean {
  let k = v.first - 1;
  while (k > 0 && v.words[k]!.lower !== 'where') {
    if (SCOPE_CLAUSE_BREAKS.has(v.words[k]!.lower) || /^[;:.]$/.test(v.words[k]!.text)) return false;
    k--;
  }
  if (k <= 1 || v.words[k - 1]!.text !== ',') return false;
  const end = k - 1;
  const words = v.range(0, end);
  const last = end - 1;
  // "the capital", "the port city", "a town": an area noun the article makes one.
  if (oneArea(v, 0, words, last)) return true;
  // "the city of Ostrel", "the district of Temba": an area noun of a name.
  let j = last;
  while (j > 0 && /^\p{Lu}/u.test(v.words[j]!.text)) j--;
  if (j < last && words[j] === 'of' && SCOPE_AREA_PLACES.has(words[j - 1] ?? '')) return true;
  // "the Orvan theatre, where", "a crowded market, where": one site, named or picked out by an article.
  if (SCOPE_SITE_NOUNS.has(words[last] ?? '') || SCOPE_VENUE_NOUNS.has(words[last] ?? '')) {
    for (let i = last - 1; i >= Math.max(0, last - 4); i--) if (['the', 'a', 'an'].includes(words[i]!) || /^\p{Lu}/u.test(v.words[i]!.text)) return true;
  }
  // "Kabal, where": a place the gazetteer knows below the country, ending right there.
  const at = v.target.placeSpan;
  return !!at && at.end === v.words[last]!.end && belowCountry(v);
}

/**
 * Is word `i` of `words` (the sentence's from token `from`) one area: "the port city", "one town",
 * "Chile's capital" (a settlement picked out by a determiner or an owner's name), "the south of"?
 */
function oneArea(v: View, from: number, words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (SCOPE_COMPASS.has(w)) return words[i - 1] === 'the' && words[i + 1] === 'of';
  // "killed across the province", "treated in hospitals throughout the city": the whole area the
  // report is about, not one place inside it (a place the sentence names still bounds the figure).
  if (words[i - 1] === 'the' && SCOPE_SWEEP_PREPOSITIONS.has(words[i - 2] ?? '')) return false;
  return (
    SCOPE_AREA_PLACES.has(w) &&
    words.slice(Math.max(0, i - 3), i).some((x, j) => SCOPE_AREA_DETERMINERS.has(x) || possessiveName(v.words[from + Math.max(0, i - 3) + j]))
  );
}

/** Where a subordinate clause after the figure starts ("as crowds marched", "amid protests"), else `to`. */
function subordinateStart(v: View, to: number): number {
  for (let k = v.last; k < to; k++) {
    const w = v.words[k]!.lower;
    if (SCOPE_SUBORDINATORS.has(w) && !SCOPE_SUBORDINATOR_FIXED.has(v.words[k + 1]?.lower ?? '')) return k;
  }
  return to;
}

/**
 * Is the claim's place its own, not named after another figure of its sentence and before it
 * ("40 were killed on Sunday in Lagos, and 1,000 have died since the unrest began": Lagos is the 40's)?
 */
function ownPlace(v: View): boolean {
  const at = v.target.placeSpan;
  if (!at || at.start > v.claim.figure.start) return true;
  // ("Gunmen killed 9 in a village, bringing the number killed in Dokka to 57": a verb of result
  // between the other figure and the place opens the toll's own phrase.)
  const resultBetween = (from: number) => v.words.some((t) => t.start >= from && t.end <= at.start && SCOPE_RESULT_VERBS.has(t.lower));
  return !v.others().some((f) => f.figure.end <= at.start && !resultBetween(f.figure.end));
}

/**
 * "52 dead since the strikes started in Sfax": the place a crisis began in, named in the period the
 * figure runs over (a "since" clause of originClauseStart's), is where it started, not where the figure is.
 */
function placeOfOrigin(v: View): boolean {
  const at = v.target.placeSpan;
  if (!at || at.start < v.claim.figure.end) return false;
  const k = v.words.findIndex((t) => t.start >= at.start);
  const clauseEnd = v.clause().to;
  return originClauseStart(v, clauseEnd) < k && k < clauseEnd;
}

/**
 * "40 have been killed since troops began clearing the camps in the northern city of Orr": a
 * "since" clause after the figure whose verb starts the crisis tells when the count began, and the
 * places it names are where the crisis began, not where the count was made. Its "since" (or `to`).
 */
function originClauseStart(v: View, to: number): number {
  for (let k = v.last; k < to; k++) {
    if (v.words[k]!.lower !== 'since') continue;
    for (let j = k + 1; j < to; j++) {
      const w = v.words[j]!;
      if (w.text === ',' || w.text === ';' || SCOPE_CLAUSE_BREAKS.has(w.lower)) break;
      // (A verb, not a noun: "since the beginning of May" is a date.)
      const verb = (SCOPE_PERIOD_STARTS.has(w.lower) && w.lower !== 'since') || SCOPE_PERIOD_START_VERBS.has(w.lower);
      if (verb && v.words[j + 1]?.lower !== 'of') return k;
    }
    return to;
  }
  return to;
}

/** "Basra accounted for 111 of the dead": the claim's place opens the figure's clause as its subject. */
/**
 * "nine of the dead were shot in Orr", "12 of the injured were treated in
 * Lemba": a share of a named whole ("the dead", "those detained") that the rest of its
 * clause sets apart by place alone, as "Basra accounted for 111 of the dead" does. Not a share of
 * "them" (a list's own subgroup), nor one set apart by who they were or by a day.
 */
function placedPartitive(v: View): boolean {
  if (!['the', 'those'].includes(v.after(1)) || subgroupVictims(v) || oneDay(v)) return false;
  const at = v.target.placeSpan;
  if (!at || at.start < v.claim.figure.end) return false;
  // In the figure's own phrase, after a locative: not a place in an aside ("including a doctor from Lemba").
  const { to } = v.phrase();
  const k = v.words.findIndex((t) => t.start >= at.start);
  // ("202 of the deaths in the Valencia region": an article may open the place's phrase.)
  const j = v.words[k - 1]?.lower === 'the' ? k - 1 : k;
  return k > v.last && k < to && (SCOPE_LOCATIVES.has(v.words[j - 1]?.lower ?? '') || areaOfBefore(v, j));
}

/** "in the city of Brava", "at the eastern town of Orr": a locative and an area noun of the name at `k`. */
function areaOfBefore(v: View, k: number): boolean {
  if (v.words[k - 1]?.lower !== 'of' || !SCOPE_AREA_PLACES.has(v.words[k - 2]?.lower ?? '')) return false;
  // (One modifier may stand between the article and the area noun: "the western province of".)
  const det = v.words[k - 3]?.lower === 'the' ? k - 3 : v.words[k - 4]?.lower === 'the' && /^\p{Ll}/u.test(v.words[k - 3]!.text) ? k - 4 : -1;
  return det > 0 && SCOPE_LOCATIVES.has(v.words[det - 1]?.lower ?? '');
}

/**
 * "the western province of Kermanshah … accounted for about 30 of the deaths", "Maputo city and
 * Maputo province, which together account for 27": a share the sentence's place accounts for.
 */
function placeAccountsFor(v: View): boolean {
  const verb = accountingVerbAt(v);
  const at = v.target.placeSpan;
  return verb >= 0 && !!at && at.end <= v.words[verb]!.start && !subgroupVictims(v) && !oneDay(v);
}

function accountedFor(v: View): boolean {
  return v.claim.category !== 'places' && v.claim.category !== 'participants' && accountingVerbAt(v) >= 0;
}

/** The index of "accounted" in "accounted for (about) 30 …" right before the figure, else -1. */
function accountingVerbAt(v: View): number {
  let q = 1;
  while (q < 4 && SCOPE_QUANTITY_QUALIFIERS.has(v.before(q))) q++;
  return v.before(q) === 'for' && /^account(?:s|ed|ing)?$/.test(v.before(q + 1)) ? v.first - q - 1 : -1;
}

/** "the city of Jalal-Abad, where the ministry said 30 of the dead had been recorded": a share told in a relative clause of its place. */
function placeRelative(v: View): boolean {
  const at = v.target.placeSpan;
  const { from } = v.clause();
  return (
    !!at && v.words[from - 1]?.lower === 'where' && v.words[from - 2]?.text === ',' && v.words[from - 3]?.end === at.end && !subgroupVictims(v) && !oneDay(v)
  );
}

/**
 * "17 of the victims died in the capital", "eight of the dead were taken to the main hospital": a
 * share of the victims placed, in its own phrase, in an area or a facility no name gives.
 */
function areaPartitive(v: View): boolean {
  if (!['the', 'those'].includes(v.after(1)) || subgroupVictims(v) || oneDay(v)) return false;
  const { to } = v.phrase();
  for (let k = v.last; k < to; k++) {
    const locative = v.words[k]!.lower;
    // ("were in hospital": bare, a state; "in the capital", "to the main hospital": a place.)
    if (!SCOPE_LOCATIVES.has(locative) || !SCOPE_SITE_DETERMINERS.has(v.words[k + 1]?.lower ?? '')) continue;
    for (let j = k + 2; j < to && j <= k + 4; j++) {
      const w = v.words[j]!.lower;
      // (Places of care take the victims in; "sentenced to jail terms" tells what befell them, not where they are.)
      if ((SCOPE_AREA_PLACES.has(w) && ['in', 'at'].includes(locative)) || SCOPE_CARE_FACILITY_NOUNS.has(w)) return true;
      if (!/^[\p{L}'’-]+$/u.test(v.words[j]!.text)) break;
    }
  }
  return false;
}

function placeSubject(v: View): boolean {
  const at = v.target.placeSpan;
  if (!at || at.end > v.claim.figure.start) return false;
  const { from } = v.clause();
  const k = v.words.findIndex((t) => t.start >= at.start);
  // Only a determiner may open the clause before the place ("The province of Orlen accounted for…").
  return k >= from && v.range(from, k).every((w) => w === 'the' || w === ',') && !SCOPE_LOCATIVES.has(v.words[k - 1]?.lower ?? '');
}

/** "The toll rose to 50 as crowds marched in Tehran": no name in the figure's clause before its subordinate clause. */
function placeOnlySubordinate(v: View): boolean {
  const { from, to } = v.clause();
  const sub = subordinateStart(v, to);
  if (sub === to) return false;
  return !v.words.slice(from, sub).some((t, i) => from + i > 0 && (from + i < v.first || from + i >= v.last) && /^\p{Lu}/u.test(t.text));
}

/** "killed in Dravnik, a provincial town": a name after a locative, set off by an appositive of one settlement. */
function appositiveArea(v: View, to: number): boolean {
  if (v.words[to]?.text !== ',') return false;
  let k = to - 1;
  while (k > v.last && k > to - 4 && /^\p{Lu}/u.test(v.words[k]!.text)) k--;
  if (k === to - 1 || k < v.last || !SCOPE_LOCATIVES.has(v.words[k]!.lower)) return false;
  const next = v.range(to + 1, to + 5);
  return ['a', 'an', 'the'].includes(next[0] ?? '') && next.slice(1).some((w) => SCOPE_AREA_PLACES.has(w));
}

/**
 * Where the stretch that may place the figure starts: its phrase, or a place phrase set before it
 * ("In a single town in Darfur, 10,000 people…", "In the capital, at least 30 people"; qualifiers
 * may stand between the comma and the figure).
 */
function placePhraseStart(v: View): number {
  const k = frontedPhraseStart(v);
  return v.range(k, v.phrase().from).some((w) => w === 'in' || w === 'at') ? k : v.phrase().from;
}

/** Where a phrase set off by a comma right before the figure starts ("Nationwide, at least 90"), else the figure's phrase start. */
function frontedPhraseStart(v: View): number {
  const phrase = v.phrase();
  const { from: clauseFrom } = v.clause();
  let q = 1;
  while (q < 4 && SCOPE_QUANTITY_QUALIFIERS.has(v.before(q))) q++;
  if (phrase.from !== v.first - q + 1 || v.before(q) !== ',') return phrase.from;
  let k = v.first - q - 1;
  while (k > clauseFrom && v.words[k - 1]!.text !== ',') k--;
  return k;
}

/** "in Kordo province", "at Tamsa camp": an area named by the name before it, placed by a preposition in the figure's phrase. */
function namedAreaPhrase(v: View): boolean {
  const to = v.phrase().to;
  for (let k = placePhraseStart(v); k < to; k++) {
    const w = v.words[k]!.lower;
    if ((SCOPE_AREA_PLACES.has(w) || SCOPE_NAMED_AREAS.has(w)) && namedArea(v, k)) return true;
  }
  return false;
}

/** Is the area noun at token `k` led by a name that a locative places ("in Kordo province", "at Tamsa camp")? */
function namedArea(v: View, k: number): boolean {
  let j = k - 1;
  while (j > 0 && j > k - 4 && /^\p{Lu}/u.test(v.words[j]!.text)) j--;
  return j < k - 1 && j >= 0 && SCOPE_LOCATIVES.has(v.words[j]!.lower) && !(j > v.first - 1 && j < v.last);
}

/** "The city's morgue has received 45 bodies", "Hospitals in the capital treated 230": a facility whose own count the figure is. */
function facilitySubject(v: View): boolean {
  const { from } = v.clause();
  for (let k = Math.max(from, v.first - 8); k < v.first; k++) {
    const w = v.words[k]!.lower;
    if (!SCOPE_FACILITY_NOUNS.has(w) && !SCOPE_FACILITY_NOUNS.has(w.replace(/s$/, ''))) continue;
    // The facility heads the subject: a verb of taking in or counting follows it, or a locative phrase and then one.
    let j = k + 1;
    if (SCOPE_LOCATIVES.has(v.words[j]?.lower ?? '')) while (j < v.first && !SCOPE_FACILITY_VERBS.has(v.words[j]!.lower)) j++;
    if (['has', 'have', 'had'].includes(v.words[j]?.lower ?? '')) j++;
    if (SCOPE_FACILITY_VERBS.has(v.words[j]?.lower ?? '')) return true;
  }
  return false;
}

/** A facility noun, singular or plural ("hospital", "morgues", "the facility"). */
const facilityWord = (w: string) => {
  // ("Inside the hospital's casualty wing": the facility owning a part of it.)
  const noun = unowned(w);
  return [noun, noun.replace(/s$/, '')].some((x) => SCOPE_FACILITY_NOUNS.has(x) || SCOPE_FACILITY_SUBJECTS.has(x) || CARE_PLACES.has(x));
};
/** A word without its possessive ending ("hospital's" is "hospital"). */
const unowned = (w: string) => w.replace(/['’]s$/u, '');
/** A facility noun in the plural ("hospitals", "the morgues' staff"): many facilities. */
const facilitiesWord = (w: string) => unowned(w).endsWith('s') && facilityWord(w);

/**
 * "the facility had treated 140 people", "his staff had treated 40 people", "We have received 17
 * bodies", "had received the bodies of 9 people": what one facility took in. The figure is the
 * object of a verb of intake whose subject is a facility, or its staff in a sentence (or the one
 * before it) that names a facility; or it counts bodies taken in, which only a facility does.
 */
function facilityIntake(v: View): boolean {
  if (arrivedDead(v)) return true;
  let q = 1;
  while (q < 4 && SCOPE_QUANTITY_QUALIFIERS.has(v.before(q))) q++;
  // "received the bodies of 9 people".
  const ofBodies = v.before(q) === 'of' && SCOPE_BODY_NOUNS.has(v.before(q + 1)) && v.before(q + 2) === 'the';
  let verbAt = v.first - q - (ofBodies ? 3 : 0);
  // ("Our morgue has taken in 44 bodies": a verb of taking with its particle.)
  if (v.words[verbAt]?.lower === 'in' && SCOPE_TAKING_VERBS.has(v.words[verbAt - 1]?.lower ?? '')) verbAt--;
  else if (!SCOPE_INTAKE_VERBS.has(v.words[verbAt]?.lower ?? '')) return false;
  if (ofBodies || v.nounPhrase().some((w) => SCOPE_BODY_NOUNS.has(w))) return true;
  return intakeSubject(v, verbAt);
}

/**
 * The figure is the object of a verb of intake: before it ("treated 93 injured people", "operated
 * on 92 patients") or after it in the passive ("52 people … had been admitted", "were brought in").
 */
function takenIn(v: View): boolean {
  const { from, to } = v.clause();
  let k = v.first - 1;
  while (k > from && (SCOPE_QUANTITY_QUALIFIERS.has(v.words[k]!.lower) || v.words[k]!.lower === 'on')) k--;
  const verb = v.words[k]?.lower ?? '';
  if (SCOPE_INTAKE_VERBS.has(verb) || (verb === 'operated' && v.words[k + 1]?.lower === 'on')) return true;
  const after = v.range(v.last, to);
  return after.some((w, i) => {
    const passive = ['been', 'were', 'was', 'are', 'is'].includes(after[i - 1] ?? '');
    return passive && (SCOPE_INTAKE_VERBS.has(w) || (SCOPE_ARRIVAL_VERBS.has(w) && SCOPE_ARRIVAL_PLACES.has(after[i + 1] ?? '')));
  });
}

/**
 * The figure's teller is a facility or its staff, or its sentence (or the one before) names one
 * facility. Not "treated in hospitals across the city": what many facilities took in is no one's.
 */
function facilityContext(v: View): boolean {
  const { from, to } = v.clause();
  // (Up to the comma after the figure: "treated 40 people, and agents came to the wards" names no facilities of the figure.)
  const comma = v.range(v.last, to).indexOf(',');
  if (v.range(from, comma < 0 ? to : v.last + comma).some(facilitiesWord)) return false;
  if (v.doc.facilityTeller?.(v.target.index)) return true;
  // ("were admitted to hospital", "are in hospital", "remain in intensive care": care, not a facility.)
  const careState = (words: readonly Token[], k: number) =>
    CARE_STATE_PREPOSITIONS.has(words[k - 1]?.lower ?? '') ||
    (CARE_STATE_PREPOSITIONS.has(words[k - 2]?.lower ?? '') && CARE_LEVELS.has(words[k - 1]?.lower ?? ''));
  // ("the health centre by the market", "nurses at a rural health post": a care facility named by its compound.)
  const health = (words: readonly Token[], k: number) => HEALTH_FACILITY_HEADS.has(words[k]!.lower) && words[k - 1]?.lower === 'health';
  const named = (words: readonly Token[]) =>
    words.some((t, k) => (health(words, k) || (!facilitiesWord(t.lower) && facilityWord(t.lower))) && !careState(words, k));
  return named(v.words);
}

/**
 * The subject before a verb of witnessing is someone who saw: a pronoun or a person noun ("we saw",
 * "a reporter saw"). Not "Sunday saw 12 deaths", "the protests saw", whose subject lived through them,
 * nor "have seen 300 patients this month", a count over time.
 */
const witness = (w: string) => (PRONOUNS.has(w) && w !== 'it') || w === 'who' || personNoun(w)?.kind === 'person';

/** Someone who saw stands a few words before the verb at `verb`, a place phrase between ("Our correspondent outside parliament saw"). */
function witnessBefore(words: readonly Token[], verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - 4); k--) {
    const w = words[k]!.lower;
    if (witness(w)) return true;
    if (w === ',' || SCOPE_REPORTING_VERBS.has(w)) return false;
  }
  return false;
}

/** The figure is the object of a verb of witnessing in the past ("saw", "watched"), a few words before it in its clause. */
function sighted(v: View): boolean {
  const { from } = v.clause();
  for (let k = v.first - 1; k >= Math.max(from, v.first - 6); k--) {
    const w = v.words[k]!.lower;
    if (WITNESSING_VERBS.has(w)) return /(?:saw|seen|ed)$/.test(w) && witnessBefore(v.words, k);
    if (w === ',' || SCOPE_REPORTING_VERBS.has(w)) return false;
  }
  return false;
}

/** How many words after the figure a sighting's building is read ("bodies lined up on the chapel floor"). */
const SIGHTING_SITE_REACH = 10;

/** Is the building a sighting's figure was seen in named after it, in its clause ("in a gymnasium", "on the chapel floor")? */
function seenIndoors(v: View): boolean {
  const to = Math.min(v.clause().to, v.last + SIGHTING_SITE_REACH);
  const words = v.range(v.last, to);
  const at = words.findIndex((w) => INDOOR_PREPOSITIONS.has(w));
  if (at < 0) return false;
  for (const w of words.slice(at + 1)) {
    if (w === ',' || w === 'near') return false;
    if (INDOOR_SITE_NOUNS.has(w)) return true;
  }
  return false;
}

/** "Four people were brought in dead", "seven others had arrived dead", "three patients were dead on arrival": those a facility took in dead. */
function arrivedDead(v: View): boolean {
  const words = v.range(v.last, v.clause().to);
  if (words.some((w, i) => w === 'dead' && words[i + 1] === 'on' && words[i + 2] === 'arrival')) return true;
  const arrived = words.some((w, i) => {
    if (!SCOPE_ARRIVAL_VERBS.has(w)) return false;
    let next = i + 1;
    // ("brought here dead", "brought to us already dead": where the speaker works.)
    if (SCOPE_ARRIVAL_PLACES.has(words[next] ?? '')) next++;
    else if (words[next] === 'to' && words[next + 1] === 'us') next += 2;
    if (words[next] === 'already') next++;
    return words[next] === 'dead' || (words[next] === 'on' && words[next + 1] === 'arrival');
  });
  if (arrived) return true;
  // "Sixteen people were already dead when they were brought in": dead by the time a verb of arriving took them in.
  const after = v.range(v.last, v.last + 12);
  const dead = after.slice(0, 4).indexOf('dead');
  if (dead < 0 || after[dead + 1] !== 'when') return false;
  return after.slice(dead + 2, dead + 7).some((w) => SCOPE_ARRIVAL_VERBS.has(w));
}

/** Is the subject of the verb of intake at token `verb` a facility or its staff (see facilityIntake)? */
function intakeSubject(v: View, verb: number): boolean {
  // The subject: the word before the verb's auxiliaries ("the facility had treated", "we have received").
  let k = verb - 1;
  while (k >= 0 && ['has', 'have', 'had', 'also', 'already', 'so', 'far', 'alone', 'is', 'was', 'been'].includes(v.words[k]!.lower)) k--;
  // ("The Saint Anne clinic in Orsk received 12 of the wounded": the place the subject stands in is no part of it.)
  let j = k;
  while (j > 0 && j > k - 3 && /^\p{Lu}/u.test(v.words[j]!.text)) j--;
  if (j < k && ['in', 'at'].includes(v.words[j]?.lower ?? '') && facilityWord(v.words[j - 1]?.lower ?? '')) k = j - 1;
  const subject = v.words[k]?.lower ?? '';
  // "had received 72 bodies … and had treated more than 1,000": the verb shares the subject of the one before.
  if (subject === 'and') {
    for (let j = k - 1; j >= 0; j--) if (SCOPE_INTAKE_VERBS.has(v.words[j]!.lower)) return intakeSubject(v, j);
    return false;
  }
  if (facilityWord(subject)) return true;
  // "the city's emergency hospital said it had treated 210": "it" names a facility of its own sentence only.
  if (subject === 'it') return v.words.slice(0, k).some((t) => facilityWord(t.lower));
  if (!SCOPE_FACILITY_STAFF.has(subject)) return false;
  const named = (words: readonly Token[]) => words.some((t) => facilityWord(t.lower));
  const previous = v.doc.tokens[v.claim.sentence - 1];
  return named(v.words.slice(0, v.first)) || (!!previous && named(previous));
}

/** "in Orr alone", "in the capital alone": a place, named or one area, singled out by "alone" in the figure's clause or fronted before it. */
function placeAlone(v: View): boolean {
  // (A fronted phrase's start is -1 when the sentence opens on the figure's clause: ", 1,000 killed".)
  const from = Math.max(0, Math.min(v.clause().from, frontedPhraseStart(v), v.words[0]?.lower === 'in' ? 0 : Infinity));
  const to = v.clause().to;
  for (let k = from; k < to; k++) {
    if (v.words[k]!.lower !== 'alone' || v.words[k - 1]?.lower === 'day') continue;
    // ("in March alone": a month, no place.)
    if (MONTHS.has(v.words[k - 1]!.lower) || WEEKDAYS.has(v.words[k - 1]!.lower)) continue;
    // ("in Kessel province alone", "the prisons of Kessel province alone": an area noun after the name.)
    const named = SCOPE_AREA_PLACES.has(v.words[k - 1]!.lower) && /^\p{Lu}/u.test(v.words[k - 2]?.text ?? '') ? k - 2 : k - 1;
    let j = named;
    while (j > from && /^\p{Lu}/u.test(v.words[j]!.text)) j--;
    if (j < named && (v.words[j]?.lower === 'in' || (v.words[j]?.lower === 'of' && named < k - 1))) return true;
    const start = Math.max(0, j - 3);
    const words = v.range(start, k);
    if (words.includes('in') && words.some((_, i) => oneArea(v, start, words, i))) return true;
  }
  return false;
}

/** "the first month of the year", "of 2024": a stretch of the calendar, a report's period, not a phase of the crisis. */
function calendarPeriod(words: readonly string[], i: number): boolean {
  if (words[i + 1] !== 'of') return false;
  const next = words[i + 2] === 'the' || words[i + 2] === 'this' ? words[i + 3] : words[i + 2];
  return next === 'year' || /^\d{4}$/.test(next ?? '');
}

/** A count in words or digits ("three", "48"). */
const isCount = (w: string) => /^\d+$/.test(w) || wordValue(w) !== null;

/** "… on sedition charges alone": "alone" after the figure in its phrase, closing neither a day ("that day alone") nor a place. */
function singledOut(v: View): boolean {
  const { to } = v.phrase();
  for (let k = v.last + 1; k < to; k++) {
    if (v.words[k]!.lower !== 'alone') continue;
    const w = v.words[k - 1]!.lower;
    // ("the prisons of Kessel province alone", "Varno's suburbs of Orr and Tel alone": a place's.)
    // ("in March alone": a month of the crisis is singled out, not a place.)
    const placed = v.words.slice(Math.max(v.last, k - 4), k).some((t) => (/^\p{Lu}/u.test(t.text) && !MONTHS.has(t.lower)) || SCOPE_AREA_PLACES.has(t.lower));
    return !placed && w !== 'day' && w !== 'night' && !WEEKDAYS.has(w);
  }
  return false;
}

/** "Chile's", "Minsk's": a name owning the noun after it. */
const possessiveName = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text) && /'s$/.test(t.lower);

/**
 * Is the site noun at token `k` the object of a locative ("at the hospital", "on Rustaveli
 * Avenue", "beneath the Arsenal Street footbridge")? Only names, determiners and one modifier may
 * stand between; a site noun led by a verb is a modifier of another noun ("needed hospital care").
 */
function sited(v: View, k: number): boolean {
  // "told journalists at their headquarters that 300 people had been arrested", "told parliament":
  // a seat of power before the figure is where a statement was made.
  if (k < v.first && SCOPE_STATEMENT_SITES.has(v.words[k]!.lower) && v.range(0, v.first).some((w) => SCOPE_REPORTING_VERBS.has(w))) return false;
  // ("have been treated in hospital", "taken to hospital": a hospital with no determiner is care, not a site.)
  if (CARE_PLACES.has(v.words[k]!.lower) && !v.words[k]!.lower.endsWith('s') && SCOPE_LOCATIVES.has(v.words[k - 1]?.lower ?? '')) return false;
  let modifiers = 0;
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const t = v.words[j]!;
    if (SCOPE_LOCATIVES.has(t.lower)) return true;
    if (SCOPE_SITE_DETERMINERS.has(t.lower) || /^\p{Lu}/u.test(t.text) || /'s$/.test(t.lower)) continue;
    if (!/^\p{Ll}+$/u.test(t.text) || ++modifiers > 1) return false;
  }
  return false;
}

/**
 * "In the latest incident, five people were shot dead", "killed in an attack on a checkpoint":
 * one incident, picked out by a determiner, in the figure's clause (not "the attacks", not "the attack"
 * that may be the crisis itself).
 */
function oneIncident(v: View): boolean {
  let known = oneIncidents.get(v);
  if (known === undefined) oneIncidents.set(v, (known = readsOneIncident(v)));
  return known;
}

/** oneIncident's answer for each view (several rules ask it of one figure). */
const oneIncidents = new WeakMap<View, boolean>();

function readsOneIncident(v: View): boolean {
  const { from, to } = v.clause();
  for (let i = from; i < to; i++) {
    if (i >= v.first && i < v.last) continue;
    // "in fresh clashes", "during the latest protests", "in renewed violence": a new round of events.
    const w = v.words[i]!.lower;
    // ("in the latest tremor", "in a fresh aftershock": an event of one stroke in a series is one too.)
    const events =
      [w, w.replace(/e?s$/, '')].some((x) => SCOPE_INCIDENT_NOUNS.has(x) || SCOPE_EVENT_NOUNS.has(x) || SCOPE_DEMONSTRATIVE_EVENTS.has(x)) ||
      SCOPE_UNREST_NOUNS.has(w);
    if (events && SCOPE_RENEWAL_WORDS.has(v.words[i - 1]?.lower ?? '')) return true;
    // ("one person was killed and 130 injured in that tremor": an event a demonstrative points back to is one of several.)
    if (SCOPE_DEMONSTRATIVE_EVENTS.has(w) && ['that', 'this'].includes(v.words[i - 1]?.lower ?? '') && v.words[i - 2]?.lower !== 'since') return true;
    if (!SCOPE_INCIDENT_NOUNS.has(v.words[i]!.lower) && !SCOPE_EVENT_NOUNS.has(v.words[i]!.lower)) continue;
    // "the blast at the Church of the Redeemer alone killed 93": one incident singled out of several.
    if (i < v.first && v.range(i + 1, v.first).includes('alone')) return true;
    const lead = v.range(i - 2, i);
    if (lead.some((w) => SCOPE_INCIDENT_DETERMINERS.has(w)) && !lead.includes('of')) return true;
    // ("arrested 520 people since the shooting": a count from an incident on is a running one.)
    // (Not "the blast" under a headline that names one event: that event is the report's crisis.)
    if (lead.at(-1) === 'the' && SCOPE_DEFINITE_INCIDENT_NOUNS.has(v.words[i]!.lower) && lead[0] !== 'since' && !singleEventHeadline(v.doc)) return true;
  }
  return operationResult(v) || (operationWhen(v, to) && !singleEventHeadline(v.doc));
}

/**
 * "four were hurt when riot officers cleared the square": a figure whose clause a "when" of
 * one operation told in the past closes counts that operation (not "since troops stormed the town").
 */
function operationWhen(v: View, to: number): boolean {
  if (v.words[to]?.lower !== 'when' || to < v.last || to > v.last + 4 || v.range(v.last, to).some((w) => !/^\p{L}+$/u.test(w))) return false;
  for (let k = to + 1; k < v.words.length && k <= to + 5; k++) {
    const w = v.words[k]!.lower;
    // ("broke up a crowd", not "broke out".)
    const operation = SCOPE_OPERATION_VERBS.has(w) || (w === 'broke' && v.words[k + 1]?.lower === 'up');
    if (operation) return !['has', 'have', 'had'].includes(v.words[k - 1]?.lower ?? '');
    if (SCOPE_CLAUSE_BREAKS.has(w) || /^[,.;:]$/.test(w)) return false;
  }
  return false;
}

/**
 * "Police had raided three houses, detaining 17 suspects", "Gunmen ambushed a convoy, killing
 * nine": what one operation, told in the past, did to the figure, by a harm participle right
 * before it (not "have raided homes, detaining hundreds", a count up to now).
 */
function operationResult(v: View): boolean {
  let q = 1;
  while (q < 4 && SCOPE_QUANTITY_QUALIFIERS.has(v.before(q))) q++;
  const participle = v.before(q);
  if (!participle.endsWith('ing') || !CATEGORY_CUES.has(participle)) return false;
  const { from } = v.clause();
  for (let k = from; k < v.first - q; k++) {
    if (SCOPE_OPERATION_VERBS.has(v.words[k]!.lower) && !['has', 'have', 'having'].includes(v.words[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** "since yesterday", "since last night": a count that starts no earlier than the day before is an increment. */
function sinceRecent(v: View): boolean {
  const { from, to } = v.clause();
  for (let i = from; i < to - 1; i++) {
    if (v.words[i]!.lower !== 'since') continue;
    const next = v.words[i + 1]!.lower;
    if (SCOPE_RECENT_STARTS.has(next) || ((next === 'last' || next === 'this') && SCOPE_DAY_PARTS.has(v.words[i + 2]?.lower ?? ''))) return true;
  }
  return false;
}

/**
 * "nationwide", "across the country", "throughout the nation" in the figure's phrase, or set
 * before it ("Nationwide, at least 90 people"): the whole country's count.
 */
function nationwide(v: View): boolean {
  const { to } = v.phrase();
  const words = v.range(frontedPhraseStart(v), to);
  return words.some(
    (w, i) =>
      SCOPE_NATIONWIDE.has(w) ||
      (SCOPE_WHOLE_COUNTRY.has(w) && words[i - 1] === 'the' && ['across', 'throughout', 'over'].includes(words[i - 2] ?? '')) ||
      // ("the true national toll is above 25", told by a town’s branch of a union.)
      (SCOPE_WHOLE_TOLL_MODIFIERS.has(w) &&
        (SCOPE_TOLL_NOUNS.has(words[i + 1] ?? '') || (words[i + 1] === 'death' && SCOPE_TOLL_NOUNS.has(words[i + 2] ?? '')))),
  );
}

/** "the death toll climbed to 201", "a total of 68 deaths", "since the unrest started": a count so far. */
function runningToll(v: View): boolean {
  const { from, to } = v.clause();
  // ("seven people have been killed so far today": a count running over one day is that day's.)
  if (v.claim.cumulative) return !v.range(from, to).some((w) => SCOPE_TODAY.has(w));
  // "three on Tuesday, bringing the toll to 30": the toll after a verb of result is the other figure's.
  let end = to;
  for (let k = v.last; k < to; k++) if (SCOPE_RESULT_VERBS.has(v.words[k]!.lower)) end = Math.min(end, k);
  if (v.range(from, end).some((w) => SCOPE_TOLL_NOUNS.has(w))) return true;
  // "149 people have lost their lives since February 1": a count from the start of a period, in the
  // figure's own phrase ("since yesterday" is read before; "the bloodiest day since the coup" is one day).
  const phrase = v.phrase();
  const words = v.range(phrase.from, phrase.to);
  return words.some((w, i) => w === 'since' && words[i - 1] !== 'day' && !/est$/.test(words[i - 2] ?? ''));
}

/**
 * "Rescuers say 31 were killed when a bus overturned on a mountain road on Friday night, up from 20 a day earlier": a count the
 * next figure of its harm, in its sentence, says it rose or fell from is a count that runs, not one day's.
 */
function changedSince(v: View): boolean {
  const next = v
    .others()
    .filter((f) => f.figure.start >= v.claim.figure.end && f.category === v.claim.category)
    .sort((a, b) => a.figure.start - b.figure.start)[0];
  if (!next) return false;
  const was = new View(v.doc, { index: v.doc.figures.indexOf(next), place: null, placeStated: false });
  // (Not one period's count set against the period before: "held 300 on Friday night, up from 180 the night before".)
  const periodBefore =
    was.after(0) === 'the' &&
    ((SCOPE_COMPARED_PERIODS.has(was.after(1)) && was.after(2) === 'before') ||
      (SCOPE_PERIOD_BEFORE_WORDS.has(was.after(1)) && SCOPE_COMPARED_PERIODS.has(was.after(2))));
  return changedFrom(was) && !periodBefore;
}

/** "…, up from 31 deaths reported on Monday", "had dropped to about 30 from 55": the figure a count changed from. */
function changedFrom(v: View): boolean {
  const q = qualifierBefore(v);
  // ("about 12,000 people were sheltering in schools, compared with 9,000 a week before": the count
  // set against a time before.)
  if (['with', 'to'].includes(v.before(q + 1)) && v.before(q + 2) === 'compared') return [0, 1, 2, 3, 4].some((k) => SCOPE_EARLIER_TIMES.has(v.after(k)));
  if (v.before(q + 1) !== 'from') return false;
  const lead = v.before(q + 2);
  return lead === 'up' || lead === 'down' || /^\d/.test(lead) || lead in NUMBER_UNITS;
}

/** "the city's death toll", "the province's toll": a toll noun in the figure's clause owned by an area noun. */
function areaOwnedToll(v: View): boolean {
  const { from, to } = v.clause();
  const words = v.range(from, to);
  return words.some((w, i) => {
    if (!SCOPE_TOLL_NOUNS.has(w)) return false;
    const owner = words[i - 1] === 'death' ? words[i - 2] : words[i - 1];
    return !!owner && /['’]s$/.test(owner) && SCOPE_AREA_PLACES.has(owner.replace(/['’]s$/, ''));
  });
}

/**
 * "Six people later died, raising the toll to 52", "Police detained 40 more, bringing the total to
 * 900": a figure followed in its clause by a verb of result and a toll (or "to" and a larger
 * figure of its harm) is what was added to it.
 */
function addsToToll(v: View): boolean {
  // "With the four deaths reported on Thursday, the toll has climbed to 53": what an opening "with"
  // phrase counts is what the toll after it took in.
  if (v.words[0]?.lower === 'with') {
    const comma = v.words.findIndex((t) => t.text === ',');
    if (comma > v.last && v.range(comma + 1, comma + 4).some((w) => SCOPE_TOLL_NOUNS.has(w))) return true;
  }
  const { to } = v.clause();
  for (let k = v.last; k < to; k++) {
    if (!SCOPE_RESULT_VERBS.has(v.words[k]!.lower)) continue;
    // Only the rest of the figure's own clause stands between: no figure of the same harm.
    if (v.others().some((f) => f.category === v.claim.category && f.figure.start > v.claim.figure.end && f.figure.end <= v.words[k]!.start)) return false;
    const rest = v.range(k + 1, k + 6);
    // ("Thirty-one are now known to have died, …, raising its toll from 19": a rise from the earlier toll makes the figure the toll itself.)
    const fromEarlier = rest.includes('from') && !v.range(k + 1, k + 10).includes('to');
    if (rest.some((w) => SCOPE_TOLL_NOUNS.has(w))) return !fromEarlier;
    return v.others().some((f) => f.category === v.claim.category && f.figure.start > v.words[k]!.start && f.estimate > v.claim.estimate);
  }
  return false;
}

/** An earlier figure of the report counts the same harm of the same kind of victim ("113 police officers … 21 police officers"). */
function countedBefore(v: View): boolean {
  const head = (who: string) => who.toLowerCase().split(/\s+/).filter(Boolean).at(-1) ?? '';
  const own = head(v.claim.who);
  if (!own) return false;
  return v.doc.figures.slice(0, v.target.index).some((f) => f.category === v.claim.category && head(f.who) === own && f.estimate > v.claim.estimate);
}

/** "four more people", "three new deaths", "another 27", "went up by over a hundred". */
function incrementMarker(v: View): boolean {
  return (
    // "five more than its count a day earlier": the rise over an earlier count.
    // ("six more than it reported on Friday": or against what was reported before.)
    (v.after(0) === 'more' &&
      v.after(1) === 'than' &&
      v.range(v.last + 2, v.last + 7).some((w) => SCOPE_COUNT_NOUNS.has(w) || SCOPE_EARLIER_REPORT_WORDS.has(w))) ||
    (SCOPE_INCREMENT_AFTER.has(v.after(0)) &&
      v.after(1) !== 'of' &&
      v.after(1) !== 'than' &&
      // "killing 200 people and injuring hundreds more": more than the other figure, not an increment.
      !v.others().some((f) => f.figure.end <= v.claim.figure.start && f.category !== v.claim.category)) ||
    INCREMENT_BEFORE.has(v.before(1)) ||
    INCREMENT_BEFORE.has(v.before(2)) ||
    // "the latest four deaths": the newest addition to a count.
    SCOPE_LATEST_WORDS.has(v.before(1)) ||
    risenBy(v) ||
    riseOver(v)
  );
}

/** "an increase of 12 over Monday's figure", "a rise of 35", "up 9 from Saturday": the amount a count rose by. */
function riseOver(v: View): boolean {
  if (v.before(1) === 'of' && SCOPE_INCREASE_NOUNS.has(v.before(2)) && ['a', 'an'].includes(v.before(3))) return true;
  return v.before(1) === 'up' && SCOPE_RISE_FROM.has(v.after(0));
}

/** "30 people in Mosul and another 45 in Basra": the figure placed apart from an earlier one of its harm in the sentence. */
function anotherPlace(v: View): boolean {
  if (!belowCountry(v) || !(v.after(0) === 'in' || v.after(1) === 'in')) return false;
  // (Its place named before it is the same place again: "… in Mosul and another 45 in Mosul".)
  const name = v.target.place?.name.split(/\s+/)[0]?.toLowerCase();
  if (name && v.range(0, v.first).includes(name)) return false;
  return v.others().some((f) => f.figure.end <= v.claim.figure.start && f.category === v.claim.category);
}

/**
 * "A storm killed 25 … Another 12 are still unaccounted for": "another" before the report's
 * first figure of its harm counts another harm beside the one told, not more of its own.
 */
function anotherHarm(v: View): boolean {
  if (!INCREMENT_BEFORE.has(v.before(1)) && !INCREMENT_BEFORE.has(v.before(2))) return false;
  const earlier = v.doc.figures.slice(0, v.target.index);
  // (With no figure at all before it, "Another 27 bodies were found" adds to what the report told in words.)
  return earlier.length > 0 && !earlier.some((f) => f.category === v.claim.category);
}

/** "one more", "another 12", "three further": members added to a set ("rose by 12" adds to a count, not to a set). */
const addsMembers = (v: View) => incrementMarker(v) && !risenBy(v);

/** "rose by 12", "went up by over a hundred": the amount of a rise, qualifier words allowed between "by" and the figure. */
function risenBy(v: View): boolean {
  for (let k = 1; k <= 3; k++) {
    const w = v.before(k);
    if (w === 'by') return SCOPE_INCREMENT_VERBS.has(v.before(k + 1)) || SCOPE_INCREMENT_VERBS.has(v.before(k + 2));
    if (!/^\p{L}+$/u.test(w)) return false;
  }
  return false;
}

/**
 * "five of the victims died of gunshot wounds, while one more died of internal bleeding":
 * "more" and "another" after a subgroup add members to the breakdown, not to the toll. The
 * figures before it of the same harm, in its sentence or the one before, are read back to the
 * nearest that is not itself such an addition.
 */
function continuesPartition(v: View): boolean {
  const figures = v.doc.figures;
  for (let k = v.target.index - 1; k >= 0; k--) {
    const f = figures[k]!;
    if (f.sentence < v.claim.sentence - 1) return false;
    if (f.category !== v.claim.category) continue;
    const earlier = new View(v.doc, { index: k, place: null, placeStated: false });
    if (subgroupMarker(earlier)) return true;
    if (!incrementMarker(earlier)) return false;
  }
  return false;
}

/**
 * The figure's own noun (after "more", "new", "further") is the generic "people", "persons", "individuals",
 * or the harm's own count noun ("two more bodies", "three further arrests"): everyone the harm befell.
 */
const countsEveryone = (v: View): boolean => [0, 1].some((k) => SCOPE_EVERYONE.has(v.after(k)) || CATEGORY_NOUNS.get(v.after(k)) === v.claim.category);

const SCOPE_RULES: readonly ScopeRule[] = [
  // "Orlan | 40 | 6" under "District | Dead | Missing": a table's row counts what its first cell
  // names, a place's count (local), a day's (new) or a kind of victim's (part); a "Total" row is the total.
  ...TABLE_ROW_RULES.map(([name, scope]) => ({ name, scope, holds: (v: View) => v.claim.rule === 'table-column' && tableRowScope(v) === scope })),
  {
    // "five of the victims died of gunshot wounds, while one more died of internal bleeding".
    name: 'partition-continues',
    scope: 'part',
    // "Three more people died on Tuesday" names everyone again: a new count, not the breakdown's.
    holds: (v) => addsMembers(v) && !countsEveryone(v) && continuesPartition(v),
  },
  {
    // "four more people", "three new deaths", "another 27", "went up by over a hundred".
    name: 'increment',
    scope: 'new',
    // (Not "arrested 30 in Mosul and another 45 in Basra": another place's, not more of the same;
    // nor "25 died … Another 12 are missing": another harm's.)
    holds: (v) => incrementMarker(v) && !anotherPlace(v) && !anotherHarm(v),
  },
  {
    // "Six people later died of their wounds, raising the toll to 52": what a result clause adds to a toll.
    name: 'adds-to-toll',
    scope: 'new',
    holds: addsToToll,
  },
  {
    // "an average of 900 flee each day", "some 3,000 arrive every week": a rate is one period's count.
    name: 'rate',
    scope: 'new',
    holds: (v) => v.claim.category !== 'places' && rate(v),
  },
  {
    // "the facility had treated 140 people", "We have received 17 bodies", "his staff had treated
    // 17 of the wounded", "had received six bodies on Tuesday": one facility's count, even of a
    // share of the wounded or of one day (not of a subgroup: "the hospital treated 12 children" is a part).
    name: 'facility-intake',
    scope: 'local',
    holds: (v) =>
      v.claim.category !== 'participants' &&
      v.claim.category !== 'places' &&
      facilityIntake(v) &&
      !nationwide(v) &&
      // ("Three patients were dead on arrival": a facility's patients are its intake, no subgroup.)
      ((arrivedDead(v) && whoWords(v).some((w) => SCOPE_FACILITY_PEOPLE.has(w))) || (!isSubgroupWho(whoWords(v)) && !subgroupVictims(v))),
  },
  {
    // "in only three days last week", "over the past 48 hours": a count over a few days or hours.
    name: 'short-period',
    scope: 'new',
    holds: (v) => v.claim.category !== 'places' && shortPeriod(v) && !v.range(v.clause().from, v.clause().to).some((w) => SCOPE_TOLL_NOUNS.has(w)),
  },
  {
    // "In the past month, the association recorded 31 deaths": the latest stretch's count (after a
    // facility's intake, which a week or a month of it does not make new).
    name: 'recent-stretch',
    scope: 'new',
    // A count up to now over the past week ("50 people have been killed over the past week of protests") may be the whole crisis's.
    holds: (v) =>
      v.claim.category !== 'places' && recentStretch(v) && !v.range(v.clause().from, v.clause().to).some((w) => SCOPE_TOLL_NOUNS.has(w)) && !presentPerfect(v),
  },
  {
    // "In Orr alone, it counted 420 people with gunshot wounds", "in the capital alone": a place
    // singled out of the count, even of a kind of harm (not one day's: "in Dastor alone on Thursday").
    name: 'place-alone',
    scope: 'local',
    // (A subgroup singled out there is a part: "some 30 student volunteers … in Kessel province alone".)
    holds: (v) => v.claim.category !== 'places' && placeAlone(v) && !oneDay(v) && !isSubgroupWho(whoWords(v)) && !subgroupVictims(v),
  },
  {
    // "540 of them since Friday morning": a share that a recent start bounds.
    name: 'share-since',
    scope: 'new',
    holds: shareSince,
  },
  {
    // "Six of the wounded died overnight", "one of the injured students died": the hurt who then
    // died are deaths the toll did not hold yet, not a part of it.
    name: 'wounded-who-died',
    scope: 'new',
    holds: woundedWhoDied,
  },
  {
    // "Of those killed, 111 died in Baghdad": a total broken down by place.
    name: 'breakdown-by-place',
    scope: 'local',
    holds: (v) => {
      // ("112 people had been arrested in Kisumu County, of whom 37 were charged", "41 remained in Bishkek
      // hospitals, including 12 in intensive care": a share of a count its place came with is a part of that count.)
      // (Not a place that is the share's own subject: "Basra accounted for 111 of the dead" counts no whole beside it.)
      if (kindPredicate(v)) return false;
      const whole = v.others().some((f) => f.category === v.claim.category && f.figure.end <= v.claim.figure.start);
      if (whole && v.target.placeSpan && v.target.placeSpan.end <= v.claim.figure.start && subgroupMarker(v)) return false;
      // ("17 of the victims died in the capital", "eight of the dead were brought to the trauma centre's hospital".)
      if (!belowCountry(v)) return v.after(0) === 'of' && subgroupMarker(v) && areaPartitive(v);
      const lead = v.range(0, v.first);
      // ("Of those detained, 19 remain held, including four minors in Solola": a subgroup that is also placed is a part.)
      if (lead[0] === 'of' && lead.includes(',')) return !isSubgroupWho(whoWords(v));
      // "30 people, among them nine people in Maysan, eight in Baghdad": by place, not by kind.
      if (subgroupMarker(v) && v.after(0) !== 'of' && !isSubgroupWho(whoWords(v)) && !subgroupVictims(v)) return true;
      // "Basra accounted for 111 of the dead": a share whose subject is its place ("Nine of them died
      // in Basra" is a subgroup that happens to be placed).
      return v.after(0) === 'of' && subgroupMarker(v) && (placeSubject(v) || placedPartitive(v) || placeAccountsFor(v) || placeRelative(v));
    },
  },
  {
    // "Displaced people by district: Tarvo (8,300), Lemba (2,100)": a figure in brackets after a
    // name, in a list by place, is that place's count, whether the gazetteer knows the place or not.
    name: 'listed-by-place',
    scope: 'local',
    holds: listedByPlace,
  },
  {
    // "the highest toll was in Kisumu, … followed by Nairobi with 10 and Mombasa with four": a figure a
    // place below the country comes "with" is that place's count.
    name: 'place-with',
    scope: 'local',
    holds: (v) => {
      const at = v.target.placeSpan;
      const qualified = qualifierBefore(v);
      return belowCountry(v) && !!at && v.before(qualified + 1) === 'with' && v.words[v.first - qualified - 2]?.end === at.end;
    },
  },
  {
    // "Drug-related charges accounted for 398 executions", "the Baluch minority accounted for 163":
    // what a subject other than a place accounts for is a share of the whole, by kind.
    name: 'accounted-for',
    scope: 'part',
    holds: accountedFor,
  },
  {
    // "1,600 of them in Solana", "included 103 people who died in the country's largest city": by a place the gazetteer may not know.
    name: 'placed-share',
    scope: 'local',
    holds: (v) => v.claim.category !== 'places' && placedShare(v) && !kindPredicate(v),
  },
  {
    // "at least 60 have died since the protests began, at least 25 of them on Monday alone", "Seven of
    // them were killed last Friday": a share of the toll that one day took is that day's count.
    // ("including 12 children killed on Monday" stays a subgroup: the kind of victim singles it out.)
    name: 'share-day',
    scope: 'new',
    holds: (v) => v.claim.category !== 'participants' && v.claim.category !== 'places' && subgroupMarker(v) && !isSubgroupWho(whoWords(v)) && shareOwnDay(v),
  },
  {
    // "nine of the injured were rushed to Orlan General Hospital": the share one named facility took in is its count.
    name: 'share-at-facility',
    scope: 'local',
    holds: (v) => v.claim.category === 'injured' && shareAtFacility(v),
  },
  {
    // "including 12 children", "five of them", "of whom 47", "35 foreigners were among the dead", "with 77 seized".
    name: 'subgroup',
    scope: 'part',
    holds: subgroupMarker,
  },
  {
    // "three other people died of their wounds", "14 others", "Tbilisi and several other cities":
    // the rest beside a figure or place just named (not "100 injured, 300 others missing").
    name: 'others',
    scope: 'part',
    // The rest of one day is that day's; the rest in another place is that place's ("20 in Lemba and 15 others in Varno").
    holds: (v) => othersBeside(v) && !oneDay(v) && !(v.claim.category !== 'places' && belowCountry(v)),
  },
  {
    // "a security officer was slain", "Mohammad Emon, a 17-year-old boy, died", "wounded his son",
    // "and another injured":
    // one victim is one incident.
    name: 'single-victim',
    scope: 'new',
    holds: (v) => v.claim.estimate === 1 && (['a', 'an', 'another'].includes(v.words[v.first]?.lower ?? '') || POSSESSIVES.has(v.words[v.first]?.lower ?? '')),
  },
  {
    // "41 people with gunshot wounds had been admitted", "its eye department has treated 570
    // patients with pellet injuries": the wounded one facility took in are its count, whatever their
    // wounds (a kind of injury makes a subgroup only of everyone hurt: subgroup-harm), and the
    // bodies brought to it ("six bodies were brought in"), on one day too (ANNOTATION.md counts a
    // hospital's own intake as local).
    name: 'facility-harm',
    scope: 'local',
    holds: (v) =>
      (v.claim.category === 'injured' || (v.claim.category === 'killed' && v.nounPhrase().some((w) => SCOPE_BODY_NOUNS.has(w)))) &&
      takenIn(v) &&
      facilityContext(v) &&
      !nationwide(v) &&
      !isSubgroupWho(whoWords(v)),
  },
  {
    // "five deaths in custody", "84 people suffered firearm injuries", "100,000 fled into Ethiopia":
    // the victims of one kind of harm, or the displaced who went one way.
    name: 'subgroup-harm',
    scope: 'part',
    holds: (v) => {
      const next = v.range(v.last, v.last + 6);
      const stop = next.findIndex((w) => w === ',' || w === ';' || w === '.');
      const near = stop < 0 ? next : next.slice(0, stop);
      if (v.claim.category === 'killed' && near.some((w, i) => w === 'in' && SCOPE_HARM_SETTINGS.has(near[i + 1] ?? ''))) return true;
      // "84 people suffered firearm injuries", "the number of eye injuries rose to 352".
      let from = v.first;
      while (from > 0 && !SCOPE_CLAUSE_BREAKS.has(v.words[from - 1]!.lower)) from--;
      const kindOfInjury = (words: string[]) => words.some((w, i) => SCOPE_INJURY_KINDS.has(w) && /^(?:injur|wound)/.test(words[i + 1] ?? ''));
      if (v.claim.category === 'injured' && (kindOfInjury(near) || kindOfInjury(v.range(from, v.first)))) return true;
      // "over 100,000 people have fled into Ethiopia", "the number who have crossed into Chad passed
      // 500,000": the displaced who went to one place, named after the figure or in its subject.
      if (v.claim.category !== 'displaced') return false;
      // "186,000 people have crossed the border", "fled abroad": the displaced who left the country.
      const clause = v.range(from, v.clause().to);
      // ("either within Sudan or abroad" counts both.)
      const abroad = (w: string, i: number) => SCOPE_ABROAD_WORDS.has(w) && clause[i - 1] !== 'or' && clause[i - 1] !== 'and';
      if (clause.some((w, i) => abroad(w, i) || (SCOPE_CROSSING_VERBS.has(w) && clause.slice(i + 1, i + 4).some((x) => SCOPE_FRONTIER_NOUNS.has(x)))))
        return true;
      const into = (k: number) => v.words[k]?.lower === 'into' && /^\p{Lu}/u.test(v.words[k + 1]?.text ?? '');
      for (let k = v.last; k < Math.min(v.words.length, v.last + 6); k++) if (into(k)) return true;
      for (let k = from; k < v.first; k++) if (into(k)) return true;
      return false;
    },
  },
  {
    // "four remain hospitalised", "13 were seriously injured": victims in a further state.
    name: 'later-state',
    scope: 'part',
    // (Not executions: "300 death sentences were carried out" counts the executed, no state of the held.)
    holds: (v) => v.claim.category !== 'executed' && laterState(v),
  },
  {
    // "113 police officers have been injured since the protests began. On Sunday, 21 police officers
    // were hurt": one day's count of a kind of victim the report already counts is that count's increment.
    name: 'subgroup-day',
    scope: 'new',
    holds: (v) => v.claim.category !== 'participants' && v.claim.category !== 'places' && isSubgroupWho(whoWords(v)) && oneDay(v) && countedBefore(v),
  },
  {
    // "nine security personnel had been killed", "at least 37 journalists", "four children":
    // a count of one kind of victim, not of everyone.
    name: 'subgroup-noun',
    scope: 'part',
    holds: (v) =>
      v.claim.category !== 'participants' &&
      v.claim.category !== 'places' &&
      (isSubgroupWho(whoWords(v)) || subjectSubgroup(v)) &&
      !everyoneListed(v) &&
      !countsLeadPopulation(v),
  },
  {
    // "at least 37 monks", "Chinese citizens", "political prisoners": a victim noun that is not the
    // crisis-wide population, read by kind from WordNet's person nouns. A day's or one incident's
    // count of them is that day's or incident's ("nine farmers were killed on Monday", "in one case,
    // several members of the party were beaten").
    name: 'subgroup-person',
    scope: 'part',
    holds: (v) =>
      v.claim.category !== 'participants' &&
      v.claim.category !== 'places' &&
      subgroupVictims(v) &&
      !oneDay(v) &&
      !oneIncident(v) &&
      !everyoneListed(v) &&
      !countsLeadPopulation(v) &&
      largerWhole(v),
  },
  {
    // "In that initial wave, 149 people lost their lives": one phase of the crisis.
    name: 'phase',
    scope: 'part',
    holds: (v) => {
      const { to } = v.clause();
      const words = v.range(0, to);
      return words.some(
        (w, i) =>
          SCOPE_PHASE_VERBS.has(w) ||
          (SCOPE_PHASE_NOUNS.has(w) && SCOPE_PHASE_DETERMINERS.has(words[i - 1] ?? '')) ||
          // "During the first week of the crackdown, 210 people were arrested" (not "since the first week", a count's start).
          // (Not "the first month of the year": the calendar's.)
          (SCOPE_PHASE_PERIODS.has(w) &&
            !calendarPeriod(words, i) &&
            SCOPE_ORDINALS.has(words[i - 1] ?? '') &&
            !words.slice(Math.max(0, i - 4), i).some((x) => SCOPE_PERIOD_STARTS.has(x) || x === 'from')) ||
          // "During the first three days of the protests", "in the first 48 hours of the crackdown",
          // when the report counts more of the harm (else those days are all the crisis so far).
          (SCOPE_COUNTED_PHASE_PERIODS.has(w) &&
            words[i - 2] === 'first' &&
            isCount(words[i - 1] ?? '') &&
            !calendarPeriod(words, i) &&
            v.doc.figures.some((f) => f.category === v.claim.category && f.estimate > v.claim.estimate) &&
            !words.slice(Math.max(0, i - 5), i).some((x) => SCOPE_PERIOD_STARTS.has(x) || x === 'from')) ||
          // "In March alone, 47 civilians were killed": one month of a longer crisis.
          (MONTHS.has(w) && words[i + 1] === 'alone' && ['in', 'during'].includes(words[i - 1] ?? '')),
      );
    },
  },
  {
    // "at least 40 people are held on sedition charges alone": the figure singled out by what it
    // counts, not by place or day (those are place-alone and one-day), is a part of the whole.
    name: 'singled-out',
    scope: 'part',
    holds: (v) => v.claim.category !== 'places' && singledOut(v) && !oneDay(v),
  },
  {
    // "41 civilians and one police officer have died", "17 protesters had died and 72 security
    // officers had been killed": a harm split by side counts neither side's figure as the whole.
    name: 'side-split',
    scope: 'part',
    holds: sideSplit,
  },
  {
    // "A nurse said she had seen about 70 bodies in a gymnasium", "saw 11 bodies at the mortuary":
    // what a witness saw inside one building is that building's count.
    name: 'sighting-indoors',
    scope: 'local',
    holds: (v) => v.claim.category !== 'participants' && v.claim.category !== 'places' && sighted(v) && seenIndoors(v),
  },
  {
    // "We saw at least five people shot dead on the avenue", "he saw the bodies of three people":
    // what one witness saw is one incident.
    name: 'sighting',
    scope: 'new',
    holds: (v) => v.claim.category !== 'participants' && v.claim.category !== 'places' && sighted(v),
  },
  {
    // "\"We counted 40 bodies on Sunday night,\" said Dr Hamid Roshan, director of Tamsar General
    // Hospital": what a facility or its staff count is that facility's (not one day's intake).
    name: 'facility-teller',
    scope: 'local',
    holds: (v) =>
      v.claim.category !== 'participants' &&
      v.claim.category !== 'places' &&
      !!v.doc.facilityTeller?.(v.target.index) &&
      !nationwide(v) &&
      !oneDay(v) &&
      !runningToll(v) &&
      !isSubgroupWho(whoWords(v)),
  },
  {
    // "and 200 across the country", "arrested 300 people nationwide": not one place's count
    // (unless it is one day's: "killed 20 nationwide on Monday").
    name: 'nationwide',
    scope: 'total',
    holds: (v) => nationwide(v) && !oneDay(v),
  },
  {
    // "Bus plunges off bridge … At least 23 people were killed when a bus fell off a bridge near
    // Tamale": the first figure of its harm in a report's lead counts the report's crisis, though the
    // lead places it in one town.
    name: 'lead-place',
    scope: 'total',
    holds: leadPlace,
  },
  {
    // "at least 40 killed in the port city", "buried 21 bodies", "brought here dead",
    // "in the south of the country": one facility or area, named or not.
    name: 'local-area',
    scope: 'local',
    // One day's count in one town is that day's ("2 in Lemba town lost their lives on 2 May"), a running count there the town's.
    holds: (v) =>
      localArea(v) &&
      !displacedDestination(v) &&
      !(v.claim.category !== 'participants' && (oneDay(v) || oneIncident(v)) && !runningToll(v)) &&
      !confinedAreaNamed(v),
  },
  {
    // "12 people have been arrested since yesterday", "since last night": the increment of a day.
    name: 'since-recent',
    scope: 'new',
    // ("12 people killed and at least 60 injured since dawn": the pair's start.)
    holds: (v) => v.claim.category !== 'places' && (sinceRecent(v) || sinceRecentPair(v)),
  },
  {
    // "Another protester died in Makassar, bringing the city's death toll to three": a toll an area
    // noun owns is that place's running total.
    name: 'area-owned-toll',
    scope: 'local',
    holds: (v) => v.claim.category !== 'places' && belowCountry(v) && areaOwnedToll(v),
  },
  {
    // "Protests spread across Iraq. … the death toll in Basra rose to 19": a running total confined to a
    // place below the country, in a report that says its crisis reaches beyond that place. (Else the place's
    // toll is the crisis's: "The death toll from the mine collapse in Kitwe rose to 12".)
    name: 'local-toll',
    scope: 'local',
    holds: (v) =>
      v.claim.category !== 'places' &&
      !!v.doc.reachesBeyond &&
      belowCountry(v) &&
      runningToll(v) &&
      ownPlace(v) &&
      !placeOnlySubordinate(v) &&
      !placeOfOrigin(v) &&
      // ("MZUZU woke to grieving families as the toll rose to 18 nationwide": a toll the sentence says is the country's.)
      !nationwide(v),
  },
  {
    // "the death toll climbed to 201", "a total of 68 deaths", "since the unrest started".
    name: 'running-toll',
    scope: 'total',
    // (Not a crowd's nor places' count of one night: "17 towns overnight, up from 11 the night before".)
    holds: (v) => runningToll(v) || (v.claim.category !== 'places' && v.claim.category !== 'participants' && changedSince(v)),
  },
  {
    // "Missile strike on Velmo station kills 40 … killed at least 40 people on Friday": the day or
    // the incident a report leads with is its crisis, unless the lead makes it one episode of a longer one.
    name: 'lead-event',
    scope: 'total',
    holds: (v) => v.claim.category !== 'participants' && v.claim.category !== 'places' && inLead(v) && (oneDay(v) || oneIncident(v)),
  },
  {
    // "Depot blast: a nurse's long night" … "the governor said 22 people died when it went off on Friday": a
    // headline that names one event, with no figure of its own, makes the report's first count of
    // each harm that event's, which is its crisis.
    name: 'headline-event',
    scope: 'total',
    holds: (v) =>
      EVENT_HARMS.has(v.claim.category) &&
      headlineEvent(v.doc) &&
      !v.doc.figures.some((f, k) => k < v.target.index && f.category === v.claim.category) &&
      (oneDay(v) || oneIncident(v)),
  },
  {
    // "two people were killed on Monday", "On Monday alone, 11 people were killed", "in raids overnight".
    name: 'one-day',
    scope: 'new',
    // Turnouts are the crisis's figures unless stated otherwise (ANNOTATION.md); places where protests
    // were held on one day ("in 48 towns on Sunday") are that day's.
    holds: (v) => v.claim.category !== 'participants' && oneDay(v) && !(v.claim.category === 'places' && placesSpread(v)),
  },
  {
    // "In the latest incident, five people were shot dead", "killed in an attack on a checkpoint".
    name: 'one-incident',
    scope: 'new',
    holds: (v) => v.claim.category !== 'participants' && v.claim.category !== 'places' && oneIncident(v),
  },
  {
    // "Türkiye-Syria earthquakes: … In Türkiye, the disaster agency reported 8,000 deaths": one country of a crisis
    // the report names by several is one place of it.
    name: 'one-country',
    scope: 'local',
    holds: (v) => v.claim.category !== 'places' && !!v.target.countryOfSeveral && !nationalityOfVictims(v),
  },
  {
    // "Egypt stadium crush toll reaches 300 … 41 Kenyans had died", "12 Ghanaian fans": in a
    // crisis of several countries, victims named by their nationality are a subgroup of the victims.
    name: 'nationality',
    scope: 'part',
    holds: (v) => v.claim.category !== 'places' && !!v.target.countryOfSeveral && nationalityOfVictims(v),
  },
  {
    // "eight people in Baghdad", "nine people in Maysan province": a place below the country.
    name: 'local-place',
    scope: 'local',
    // A count of places is not confined to one of them. A named area counts even when the gazetteer does not know it.
    holds: (v) =>
      v.claim.category !== 'places' && (belowCountry(v) || namedAreaPhrase(v)) && !placeSitesEvent(v) && !displacedDestination(v) && !placeOfOrigin(v),
  },
  {
    // "Only 6 people lost their lives in these events", "barely 40 people were hurt": a speaker's own
    // whole count, played down, is no share of another's larger figure.
    name: 'played-down',
    scope: 'total',
    holds: playedDown,
  },
  {
    // "26 people have been killed. … security forces killed five people": with no cue of its own, a
    // smaller figure of the same harm right after the crisis's total is a share of it.
    name: 'share-of-total',
    scope: 'part',
    holds: shareOfTotal,
  },
  {
    // "Four civilians were also killed" after a count of guards: victims of another kind, "also"
    // beside their verb, are a part beside the part named before (not "two more people were also killed").
    name: 'also-another-kind',
    scope: 'part',
    holds: (v) => {
      const who = v.claim.who.toLowerCase();
      if (SCOPE_EVERYONE.has(who) || who === 'others' || !personNoun(who.split(/\s+/).pop() ?? '')) return false;
      const { from, to } = v.clause();
      if (!v.range(from, to).includes('also')) return false;
      return v.doc.figures.some(
        (f) =>
          f !== v.claim &&
          f.figure.end <= v.claim.figure.start &&
          f.category === v.claim.category &&
          f.who.toLowerCase() !== who &&
          !SCOPE_EVERYONE.has(f.who.toLowerCase()),
      );
    },
  },
  { name: 'total', scope: 'total', holds: () => true },
];

/**
 * The sentences a report leads with: its first, and when that stands alone as a headline, the first
 * sentence after it that holds a figure; none when the headline or that sentence tells of a longer
 * crisis (a new round of one, SCOPE_NEW_ROUND_CUES; a toll still rising is still its event's: "Quarry blast toll
 * climbs … at least nine were killed when the charge went off on Friday" counts the blast, whose day the lead names).
 */
function leadSentences(doc: ScopeDocument): ReadonlySet<number> {
  let lead = leads.get(doc);
  if (lead) return lead;
  // (A text of one sentence leads with nothing: it is all there is.)
  const found = new Set<number>(doc.sentences.length > 1 ? [0] : []);
  if (standaloneHeadline(doc)) {
    const first = doc.figures.find((f) => f.sentence > 0 && (doc.sentences[f.sentence]!.paragraph ?? 0) <= LEAD_PARAGRAPHS);
    if (first) found.add(first.sentence);
  }
  const continuing = [...found].some((k) => {
    const words = doc.tokens[k] ?? [];
    // ("at Sunday's protests": one day's gathering of a movement.)
    const weekdayOwning = (w: string) => WEEKDAYS.has(/^(\p{L}+)['’]s$/u.exec(w)?.[1] ?? '');
    return words.some((t, i) => SCOPE_NEW_ROUND_CUES.has(t.lower) || (weekdayOwning(t.lower) && GATHERING_NOUNS.has(words[i + 1]?.lower ?? '')));
  });
  // ("70 protesters were detained in Minsk overnight. … around 220 people in total": a larger figure of the same harm right after makes the lead's a share.)
  const totalled = (g: ScopeFigure) => (doc.tokens[g.sentence] ?? []).some((t) => SCOPE_TOLL_NOUNS.has(t.lower));
  const outgrown = doc.figures.some(
    (f) =>
      found.has(f.sentence) &&
      doc.figures.some((g) => !found.has(g.sentence) && g.sentence === f.sentence + 1 && g.category === f.category && g.estimate > f.estimate && totalled(g)),
  );
  const oneEvent = [...found].some((k) => (doc.tokens[k] ?? []).some((_, i, words) => eventNoun(words, i)));
  lead = continuing || outgrown || !oneEvent ? new Set<number>() : found;
  leads.set(doc, lead);
  return lead;
}
const leads = new WeakMap<ScopeDocument, ReadonlySet<number>>();
/** How far down a report its lead may start (a headline, a dateline or a page's furniture before it). */
const LEAD_PARAGRAPHS = 5;

const inLead = (v: View) => leadSentences(v.doc).has(v.claim.sentence);

/** Does the report's first sentence stand alone as a headline (its own line, unfinished: no full stop closes it)? */
function standaloneHeadline(doc: ScopeDocument): boolean {
  const [top, next] = doc.sentences;
  return !!top && !!next && top.paragraph !== undefined && top.paragraph !== next.paragraph && unfinished(top.text);
}

/** Is the word at `i` an event over in one stroke? ("Police opened fire on marchers": the verb's object, no fire.) */
const eventNoun = (words: readonly Token[], i: number): boolean =>
  SCOPE_SINGLE_EVENT_NOUNS.has(words[i]!.lower) && !(words[i]!.lower === 'fire' && FIRE_OPENING_VERBS.has(words[i - 1]?.lower ?? ''));

/**
 * Does the report stand under a headline of its own line that names one event ("Blaze guts market
 * hall"), not a longer crisis nor a round-up ("the quake and the relief crisis", "in brief: a shelling,
 * arrests, unrest"), nor a new round ("another blast")? Its event is then the report's crisis.
 */
function singleEventHeadline(doc: ScopeDocument): boolean {
  let known = singleEventHeadlines.get(doc);
  if (known !== undefined) return known;
  const words = doc.tokens[0] ?? [];
  known =
    standaloneHeadline(doc) &&
    words.some((_, i) => eventNoun(words, i)) &&
    !words.some(
      (t) => SCOPE_LONGER_CRISIS_WORDS.has(t.lower) || GATHERING_NOUNS.has(t.lower) || SCOPE_UNREST_NOUNS.has(t.lower) || SCOPE_NEW_ROUND_CUES.has(t.lower),
    );
  singleEventHeadlines.set(doc, known);
  return known;
}
const singleEventHeadlines = new WeakMap<ScopeDocument, boolean>();

/** Such a headline that counts nothing and tells of no rising toll ("toll rises"; a new round it excludes already). */
const headlineEvent = (doc: ScopeDocument): boolean =>
  singleEventHeadline(doc) && !doc.figures.some((f) => f.sentence === 0) && !(doc.tokens[0] ?? []).some((t) => SCOPE_RISING_TOLL_CUES.has(t.lower));
/** What one event does to people (not the arrests that follow it, nor a crowd). */
const EVENT_HARMS = new Set<Category>(['killed', 'injured', 'missing', 'displaced']);

/**
 * Is the figure the first of its harm, in a lead sentence, placed below the country (a town, a
 * site), in a report that never says its crisis reaches beyond one place? Then the place is where
 * the crisis happened, not a part of it. Not when the lead tells of protests, rallies or marches:
 * a movement spreads, and a lead that places one of its days tells of that day.
 */
function leadPlace(v: View): boolean {
  // (A text of one sentence leads with nothing: it is all there is. A running toll is the crisis's by its
  // own rule; a report confined to one place tells its figures apart from those of places named in passing,
  // and its own place's lead figure is the crisis's as well.)
  const { category, sentence } = v.claim;
  if (
    category === 'places' ||
    v.doc.sentences.length < 2 ||
    sentence > LEAD_FIGURE_SENTENCES ||
    v.doc.reachesBeyond ||
    (v.doc.confinedPlace && v.target.place?.id !== v.doc.confinedPlace)
  )
    return false;
  if (v.doc.figures.some((f, k) => k < v.target.index && f.category === category)) return false;
  if (!(belowCountry(v) || namedAreaPhrase(v)) || runningToll(v)) return false;
  // (The headline and the sentences up to the figure's.)
  return !v.doc.tokens.slice(0, Math.max(1, sentence) + 1).some((words) => words.some((t) => GATHERING_NOUNS.has(t.lower)));
}

/**
 * "Monitor: 40 killed in Mombasa protests", "toll rises to 61 in Orvan unrest": a headline's place
 * right before a noun of unrest names the crisis the report is about, not one place of it (`k` the
 * place's last word).
 */
function headlineNamesUnrest(v: View, k: number): boolean {
  if (v.claim.sentence !== 0 || !standaloneHeadline(v.doc)) return false;
  const next = v.words[k + 1]?.lower ?? '';
  return GATHERING_NOUNS.has(next) || SCOPE_UNREST_NOUNS.has(next) || SCOPE_LONGER_CRISIS_WORDS.has(next);
}

/**
 * "19 quarry workers were buried" in a report that counts no more of that harm: the workers are all its
 * victims, no subgroup of them (ANNOTATION.md: a part counts a subgroup of the victims). A subgroup
 * by its kind alone needs a larger count of the same harm somewhere in the report.
 */
function largerWhole(v: View): boolean {
  const words = [...v.claim.who.toLowerCase().split(/\s+/), v.after(0), v.after(1), v.after(2), v.after(3)];
  // (A side in arms, the held, or a kind a modifier marks is a part by what it is: "nine members of
  // the militia", "60 members of the security forces", "detainees treated in hospital".)
  const byWhat = words.some(
    (w) =>
      SCOPE_SECURITY_NOUNS.has(w) ||
      EXTRAJUDICIAL_EXECUTIONERS.has(w) ||
      SCOPE_HELD_NOUNS.has(w) ||
      SCOPE_SUBGROUP_MODIFIERS.has(w) ||
      SCOPE_ARMED_SIDE_WORDS.has(w),
  );
  // ("30 volunteers were hurt in Kessel province alone": the place's share of a larger whole.)
  return (
    byWhat ||
    /\p{Lu}/u.test(v.claim.who) ||
    v.range(v.first, v.clause().to).includes('alone') ||
    v.doc.figures.some((f) => f !== v.claim && f.category === v.claim.category && f.estimate > v.claim.estimate)
  );
}

/** The decisions made so far for each document's figures: a later figure may read an earlier one's. */
const decisions = new WeakMap<ScopeDocument, Map<number, ScopeDecision>>();

/** The scope of the document's figure `target.index`, and the name of the rule that gave it. */
export function scopeOf(doc: ScopeDocument, target: ScopeClaim): ScopeDecision {
  let memo = decisions.get(doc);
  if (!memo) decisions.set(doc, (memo = new Map()));
  const view = new View(doc, target);
  let decision: ScopeDecision = { scope: 'total', rule: 'total' };
  for (const rule of SCOPE_RULES) {
    if (rule.holds(view)) {
      decision = { scope: rule.scope, rule: rule.name };
      break;
    }
  }
  // "At least 31 inmates were killed in Guayaquil" in a report of a riot there alone: the place's count is the crisis's.
  if (
    (CONFINABLE_RULES.has(decision.rule) &&
      ((target.placeStated && !!doc.confinedPlace && target.place?.id === doc.confinedPlace) || target.placeNamesCrisis)) ||
    crisisArea(view, decision.rule)
  )
    decision = { scope: 'total', rule: 'confined-place' };
  // "5 members of the security forces had been killed and 185 injured", "killing 9 passengers and
  // wounding 4": the second of a pair of harms, with no cue of its own, counts what the first does.
  if (decision.rule === 'total' || decision.rule === 'share-of-total' || PLACE_RULES.has(decision.rule)) {
    const k = pairedBefore(view);
    const first = k === null ? undefined : memo.get(k);
    // A day told before the pair is the first figure's only ("On Monday 20 were killed and 300 injured" may
    // be a day and the toll so far), unless both tell what one act did ("…, killing 9 and wounding 4").
    // ("…, killing at least 20 and wounding more than 450": past the qualifiers.)
    const participleBefore = (w: View) => harmParticiple(w.before(qualifierBefore(w) + 1));
    const acts = k !== null && participleBefore(view) && participleBefore(new View(doc, { index: k, place: null, placeStated: false }));
    // (A place of the pair's is the first figure's too: "A bomb near Mosul killed five and wounded eight".)
    const placed = PLACE_RULES.has(decision.rule);
    // ("the hospital had received 27 bodies and 48 injured people": one facility's intake of both.)
    const intake = !!first && (first.rule === 'facility-intake' || first.rule === 'facility-harm');
    if (
      first &&
      (intake || (placed ? first.rule === 'one-incident' : first.scope === 'part' || first.rule === 'one-incident' || (acts && first.scope !== 'total')))
    )
      decision = { scope: first.scope, rule: 'paired-harm' };
  }
  // "Six people were killed and 14 wounded in an attack on a bus": the incident the pair's second
  // figure is told of is the first's too.
  if (decision.rule === 'total') {
    const second = pairedAfter(view);
    if (second && oneIncident(second)) decision = { scope: 'new', rule: 'paired-harm' };
  }
  // "eight people had been killed since Sunday, five of them in Lilongwe and three in Blantyre": the
  // next share of a list counts what the share before it does.
  if (decision.rule === 'total' || decision.rule === 'running-toll' || decision.rule === 'share-of-total' || PLACE_RULES.has(decision.rule)) {
    const k = listedAfterShare(view);
    const share = k === null ? undefined : memo.get(k);
    if (share && SHARE_RULES.has(share.rule)) decision = { scope: share.scope, rule: 'listed-share' };
  }
  // "63 have now been killed, up from 51 on Friday": an earlier value of a count is what that count
  // was, not one day's or a share (earlier-value).
  // (A crowd's or places' count of one night is that night's: "17 towns overnight, up from 11 the night before".)
  const running = view.claim.category !== 'places' && view.claim.category !== 'participants';
  if (
    running &&
    (view.claim.rule === 'earlier-figure' || changedFrom(view)) &&
    (decision.rule === 'one-day' || decision.rule === 'share-of-total' || decision.scope === 'part')
  ) {
    // ("The figure, given at a news conference, is up from 30 on Monday": the count the sentence before stated,
    // when the figure's own sentence opens by referring to it.)
    const refersBack = ['the', 'that', 'this'].includes(view.words[0]?.lower ?? '') && SCOPE_COUNT_NOUNS.has(view.words[1]?.lower ?? '');
    const counted =
      view
        .others()
        .filter((f) => f.figure.end <= view.claim.figure.start && f.category === view.claim.category)
        .at(-1) ?? (refersBack ? doc.figures.filter((f) => f.sentence === view.claim.sentence - 1 && f.category === view.claim.category).at(-1) : undefined);
    const was = counted ? memo.get(doc.figures.indexOf(counted)) : undefined;
    if (was) decision = { scope: was.scope, rule: 'earlier-value' };
  }
  // "The opposition said 22 were killed in Monday's crackdown, while the government put the number
  // at 4": a rival count set against another's in its sentence counts what that one does (rival-count).
  if (decision.rule === 'total') {
    const rival = rivalBefore(doc, target, view);
    if (rival) decision = { scope: rival.scope, rule: 'rival-count' };
  }
  // "A hospital in Orlan took in 12 wounded, three of whom later died": the deaths among a place's count of
  // wounded are that place's count of the dead, not a subgroup of the crisis's victims (share-of-local).
  if (decision.rule === 'subgroup' && view.after(0) === 'of' && SCOPE_SHARE_PRONOUNS.has(view.after(1))) {
    const whole = doc.figures[target.index - 1];
    const was = whole ? memo.get(target.index - 1) : undefined;
    if (whole && was?.scope === 'local' && whole.category === 'injured' && view.claim.category === 'killed' && whole.sentence >= view.claim.sentence - 1)
      decision = { scope: 'local', rule: 'share-of-local' };
  }
  // "Harn: 40 dead … / Orlan Vale: 12 dead": a line of a list by place whose place the gazetteer does
  // not know counts that place as the lines before it do (listed-place).
  if ((decision.rule === 'share-of-total' || decision.rule === 'total') && placeLabelled(doc, view.claim.sentence)) {
    for (let k = target.index - 1; k >= 0; k--) {
      const f = doc.figures[k]!;
      if (f.sentence < view.claim.sentence - LIST_REACH || !placeLabelled(doc, f.sentence)) break;
      if (f.sentence === view.claim.sentence) continue;
      const was = memo.get(k);
      if (was?.scope === 'local' && (PLACE_RULES.has(was.rule) || was.rule === 'listed-place')) {
        decision = { scope: 'local', rule: 'listed-place' };
        break;
      }
    }
    // ("Figures by county" over "Orvel: 18 dead, 5 injured": a list its heading breaks down by place.)
    if (decision.rule !== 'listed-place' && listByPlace(doc, view.claim.sentence)) decision = { scope: 'local', rule: 'listed-place' };
  }
  // Read last: only a figure that no rule of its own sentence scoped.
  const restated = decision.rule === 'total' || decision.rule === 'running-toll' ? restatedScope(doc, target, view) : null;
  if (restated) decision = { scope: restated, rule: 'restates-earlier' };
  if (decision.rule === 'total' && sameDayReport(doc, target, view)) decision = { scope: 'new', rule: 'same-day-report' };
  // ("September 25 - Protests spread. Two men are shot dead in Orsk.": a timeline's entry tells its day's
  // harm wherever it befell, so a place the harm is placed in does not make it the place's count.)
  if ((decision.rule === 'total' || TIMELINE_PLACE_RULES.has(decision.rule)) && timelineDay(doc, view)) decision = { scope: 'new', rule: 'timeline-day' };
  if (PLACE_RULES.has(decision.rule) && dayByPlace(doc, target, view)) decision = { scope: 'new', rule: 'day-by-place' };
  // "20 of the wounded were still in hospital in Orsk", "two members of the security forces … had
  // died in Varno province": a place's share that is also a subgroup, by kind or by a later state, is
  // a part (ANNOTATION.md: "eight children in Baghdad" is part).
  if (
    (PLACE_RULES.has(decision.rule) || decision.rule === 'placed-share') &&
    view.claim.category !== 'places' &&
    view.claim.category !== 'participants' &&
    (isSubgroupWho(whoWords(view)) || (view.claim.category !== 'executed' && laterState(view)))
  )
    decision = { scope: 'part', rule: 'subgroup-in-place' };
  memo.set(target.index, decision);
  return decision;
}

/**
 * The decision of the figure of the same harm a contrasting clause's figure answers: the one
 * before it in the sentence, from another teller, when the figure's clause opens on "while",
 * "whereas" or "but" and names a count ("put the number at"), scoped by a day, an incident or a place.
 */
function rivalBefore(doc: ScopeDocument, target: ScopeClaim, v: View): ScopeDecision | null {
  const { from } = v.clause();
  const opener = v.words[from - 1]?.lower === ',' ? v.words[from]?.lower : v.words[from]?.lower;
  if (!SCOPE_RIVAL_OPENERS.has(opener ?? '') && !SCOPE_RIVAL_OPENERS.has(v.words[from - 1]?.lower ?? '')) return null;
  if (!v.range(from, v.first).some((w) => SCOPE_COUNT_NOUNS.has(w) || w === 'toll')) return null;
  const memo = decisions.get(doc);
  for (let k = target.index - 1; k >= 0; k--) {
    const f = doc.figures[k]!;
    if (f.sentence !== v.claim.sentence) return null;
    if (f.category !== v.claim.category) continue;
    if (doc.sameTeller?.(k, target.index) ?? true) return null;
    const d = memo?.get(k);
    return d && (DAY_RULES.has(d.rule) || PLACE_RULES.has(d.rule)) ? d : null;
  }
  return null;
}

/** How close a figure must be to an earlier one to be the same count told again, more exactly ("over 2,300" and "2,312"). */
const RESTATE_RATIO = 0.98;
/** How many sentences back an earlier figure may be told again. */
const RESTATE_SENTENCES = 8;

/**
 * "Over 2,300 people have been hurt in the renewed protests. … The number of people hurt has
 * risen to 2,312": a running count of the same harm from the same speaker, within rounding of an
 * earlier figure (the nearest of that speaker's) scoped as one place's or one part's, is that figure told again (not a figure of
 * one day: the toll after a day's count is the crisis's). Small figures are too often equal by chance.
 */
function restatedScope(doc: ScopeDocument, target: ScopeClaim, v: View): Scope | null {
  if (v.claim.estimate < 100) return null;
  const memo = decisions.get(doc);
  for (let k = target.index - 1; k >= 0; k--) {
    const f = doc.figures[k]!;
    // The nearest earlier figure of the harm from the speaker, a few sentences back at most (a long annex holds thousands).
    if (f.sentence < v.claim.sentence - RESTATE_SENTENCES) return null;
    if (f.category !== v.claim.category || f.sentence === v.claim.sentence || !(doc.sameTeller?.(k, target.index) ?? true)) continue;
    const [low, high] = f.estimate < v.claim.estimate ? [f.estimate, v.claim.estimate] : [v.claim.estimate, f.estimate];
    if (low < high * RESTATE_RATIO) return null;
    const scope = memo?.get(k)?.scope;
    return scope === 'part' || scope === 'local' ? scope : null;
  }
  return null;
}

/**
 * "Twenty-nine people were hurt during Monday's protests. More than 240 people were detained.":
 * a figure with no scope cue of its own, in the sentence right after one day's figure in the same
 * paragraph, continues that day's report.
 */
function sameDayReport(doc: ScopeDocument, target: ScopeClaim, v: View): boolean {
  if (v.claim.category === 'places' || v.claim.category === 'participants') return false;
  const previous = previousSentenceFigure(doc, target, v);
  return previous?.rule === 'one-day' && !startsAfresh(v, previous.figure);
}

/**
 * "Two people were killed on Monday. Rights groups say 300 people have died": a figure of the same
 * harm in the present perfect counts up to now, so it does not continue the report of one day or
 * place before it (told in the past tense). ("…100 were injured, while 300 others have been
 * reported missing" goes on with another harm.)
 */
/** The figure's clause counts up to now: "have been killed", "has died". */
function presentPerfect(v: View): boolean {
  const { from, to } = v.clause();
  const words = v.range(from, to);
  return words.some((w, i) => (w === 'have' || w === 'has') && (words[i + 1] === 'been' || HARM_VERB_FORMS.has(words[i + 1] ?? '') || words[i + 1] === 'died'));
}

function startsAfresh(v: View, previous: ScopeFigure): boolean {
  // "The ministry said 700 were held on Sunday night. Vesna said it had confirmed 5,200 detainees":
  // another named speaker's figure is their own report, not the rest of the day's told before it.
  if (!(v.doc.sameTeller?.(v.doc.figures.indexOf(previous), v.target.index) ?? true)) return true;
  // ("… 30 injured between 2 and 9 May", "since 1 May": a figure that states its own stretch of days is not the day's before it.)
  if (ownStretch(v)) return true;
  if (previous.category !== v.claim.category) return false;
  return presentPerfect(v);
}

/** Does the figure's clause date it by a stretch of days: a date right after "between", "from" or "since", or closing such a stretch? */
function ownStretch(v: View): boolean {
  const { from, to } = v.clause();
  for (const d of indexOf(v.doc).dates.get(v.claim.sentence) ?? []) {
    const k = v.words.findIndex((t) => t.start >= d.span.start);
    const opens = (i: number) => ['between', 'from', 'since'].includes(v.words[i]?.lower ?? '');
    // ("between 1 and 8 May": the stretch's first day may be a bare number.)
    if (k > from && k < to && (opens(k - 1) || (['and', 'to', 'until'].includes(v.words[k - 1]!.lower) && opens(k - 3)))) return true;
  }
  return false;
}

/**
 * The nearest figure in the sentence before the claim's, and the scope rule that decided it, when
 * that sentence is in the same paragraph (or the claim's sentence goes on with the same report:
 * "IOM added that…"); else null. Figures are asked for in text order (extract), so the earlier one
 * is decided.
 */
function previousSentenceFigure(doc: ScopeDocument, target: ScopeClaim, v: View): { rule: string; figure: ScopeFigure } | null {
  const sentence = v.claim.sentence;
  const paragraph = doc.sentences[sentence]?.paragraph;
  const continues = v.range(0, v.first).some((w) => SCOPE_CONTINUATION_WORDS.has(w));
  for (let k = target.index - 1; k >= 0; k--) {
    const f = doc.figures[k]!;
    if (f.sentence === sentence) continue;
    if (f.sentence < sentence - 1 || (!continues && doc.sentences[f.sentence]?.paragraph !== paragraph)) return null;
    const rule = decisions.get(doc)?.get(k)?.rule;
    return rule ? { rule, figure: f } : null;
  }
  return null;
}

/**
 * "May 9 - Troops open fire. Eleven people are killed.": in a timeline (two or more paragraphs
 * opening on a date), a harm an entry tells with no scope cue of its own is that day's.
 */
function timelineDay(doc: ScopeDocument, v: View): boolean {
  if (v.claim.category === 'participants' || v.claim.category === 'places') return false;
  // ("… says 40 people have been killed", "hurt during the strike": a count so far, whatever the entry's day.)
  if (presentPerfect(v) || runningToll(v) || v.range(v.clause().from, v.clause().to).some((w) => SCOPE_PERIOD_STARTS.has(w) || w === 'during')) return false;
  return timelineEntries(doc)?.has(doc.sentences[v.claim.sentence]?.paragraph ?? -1) ?? false;
}

/** The paragraphs of a document that open on a date, read once per document; null when fewer than two do (no timeline). */
const timelines = new WeakMap<ScopeDocument, Set<number> | null>();
function timelineEntries(doc: ScopeDocument): Set<number> | null {
  let entries = timelines.get(doc);
  if (entries === undefined) {
    const seen = new Set<number>();
    const found = new Set<number>();
    for (const s of doc.sentences) {
      if (s.paragraph === undefined || seen.has(s.paragraph)) continue;
      seen.add(s.paragraph);
      if (TIMELINE_ENTRY.test(s.text.trimStart())) found.add(s.paragraph);
    }
    timelines.set(doc, (entries = found.size >= 2 ? found : null));
  }
  return entries;
}

/** The rules that read a figure as one day's or one incident's. */
const DAY_RULES = new Set(['one-day', 'one-incident', 'same-day-report']);

/**
 * "Police shot dead at least six people on Wednesday. … four people were killed in Kisumu and two
 * in Nairobi": the figures of one harm in a sentence that add up to no more than the day's figure
 * told just before (the sentence before, or the one before that) break that day's count down by
 * place, a count of one day too (a count there since the crisis began is the place's).
 */
function dayByPlace(doc: ScopeDocument, target: ScopeClaim, v: View): boolean {
  if (v.claim.category === 'places' || v.claim.category === 'participants' || presentPerfect(v) || runningToll(v)) return false;
  // The place follows the figure ("four … in Kisumu"): one named before it may be the speaker ("Tehran has acknowledged five deaths").
  if (target.placeSpan && target.placeSpan.start < v.claim.figure.end) return false;
  const sentence = v.claim.sentence;
  const memo = decisions.get(doc);
  // The sentence's figures of the harm (figures come in text order: its neighbours in the list).
  let sum = 0;
  for (let k = target.index; k >= 0 && doc.figures[k]!.sentence === sentence; k--)
    if (doc.figures[k]!.category === v.claim.category) sum += doc.figures[k]!.estimate;
  for (let k = target.index + 1; k < doc.figures.length && doc.figures[k]!.sentence === sentence; k++)
    if (doc.figures[k]!.category === v.claim.category) sum += doc.figures[k]!.estimate;
  for (let k = target.index - 1; k >= 0; k--) {
    const f = doc.figures[k]!;
    // ("Four died in the old town that night: three outside the town hall and another by the bridge": the
    // day's figure before a colon of the same sentence, which the list after it breaks down.)
    if (f.sentence === sentence) {
      const colon = v.words.some((t) => t.text === ':' && t.start >= f.figure.end && t.end <= v.claim.figure.start);
      if (!colon || f.category !== v.claim.category) continue;
      return DAY_RULES.has(memo?.get(k)?.rule ?? '') && sum - f.estimate <= f.estimate;
    }
    if (f.sentence < sentence - 2) return false;
    if (f.category !== v.claim.category) continue;
    return DAY_RULES.has(memo?.get(k)?.rule ?? '') && sum <= f.estimate;
  }
  return false;
}

/** The rules that confine a figure to a place named in its own sentence. */
const PLACE_RULES = new Set(['local-area', 'local-place', 'local-toll', 'area-owned-toll', 'breakdown-by-place']);
/** The place rules a timeline's day overrules: a place named, not a place's running count or breakdown. */
const TIMELINE_PLACE_RULES = new Set(['local-area', 'local-place']);

/** How many lines back a list's earlier lines are read (listed-place). */
const LIST_REACH = 8;

/** Is sentence `k` a list line a capitalised label opens, then a colon ("– Orlan Vale: 12 dead", "Harn: 4 killed")? */
function placeLabelled(doc: ScopeDocument, k: number): boolean {
  const words = doc.tokens[k] ?? [];
  let i = 0;
  while (i < words.length && /^[-–—•*]$/.test(words[i]!.text)) i++;
  const colon = words.findIndex((t) => t.text === ':');
  if (colon <= i || colon > i + 5) return false;
  return words.slice(i, colon).every((t) => /^\p{Lu}/u.test(t.text) || /^[/()'’-]$/.test(t.text));
}

/** The most words a list's heading holds ("Figures by county (dead / displaced)"). */
const LIST_HEADING_WORDS = 16;

/**
 * Does the line before the run of place-labelled lines that holds sentence `k` head them as a
 * breakdown by place ("Figures by county", "CASUALTIES PER PROVINCE")? Then each line's label
 * is a place, known to the gazetteer or not.
 */
function listByPlace(doc: ScopeDocument, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && j > k - LIST_REACH && placeLabelled(doc, j)) j--;
  const words = j >= 0 ? doc.tokens[j]! : [];
  if (!words.length || words.length > LIST_HEADING_WORDS) return false;
  return words.some(
    (t, i) => (t.lower === 'by' || t.lower === 'per') && PLACE_HEAD_NOUNS.has((words[i + 1]?.lower ?? '').replace(/ies$/, 'y').replace(/s$/, '')),
  );
}

/** How often a report names the one place its events are confined to: a short wire naming its city twice in a headline and a lead tells no more than where one day happened. */
const CONFINED_PLACE_MENTIONS = 3;

/** The sentences a report opens on: its headline, a dateline or standfirst, and its lead. */
export const OPENING_SENTENCES = 3;

/** The place rules that a report confined to the claim's place overrules (a breakdown by place still splits it). */
const CONFINABLE_RULES = new Set(['local-place', 'local-toll', 'area-owned-toll']);

/**
 * "Death toll in Mombasa market bombing rises to 23 … killed in the bombing at a crowded market in
 * the city of Mombasa": an area of the place whose event the report is named by is that event's
 * whole ground (a facility's own count there stays the facility's: "bodies brought to hospitals in the city").
 */
function crisisArea(v: View, rule: string): boolean {
  const { target, doc } = v;
  // (Or the place the report is confined to: "Fighting for the city … More than 900 bodies have been recovered in Poltava".)
  const crisis = doc.crisisPlace ?? doc.confinedPlace;
  if (rule !== 'local-area' || !((target.placeStated && !!crisis && target.place?.id === crisis) || target.placeNamesCrisis)) return false;
  return !v.range(placePhraseStart(v), v.phrase().to).some(facilityWord);
}

/**
 * The one place below the country a report's events are confined to ("a riot in Guayaquil's
 * prison", "protests in Yerevan"): the place of its first placed figure, named again and again, when
 * nothing in the report reaches beyond it ("nationwide", "across the country", "other cities", a
 * count of places), and whether other places of the country are named beside it. Null otherwise.
 */
export function confinedPlace(
  doc: ScopeDocument,
  places: ReadonlyArray<{ place: ResolvedPlace | null; stated: boolean }>,
  named: readonly ResolvedPlace[],
  country: ResolvedPlace | null,
  /** The ids of the places the report's opening sentences name. */
  openingPlaces: ReadonlySet<string>,
): { id: string; othersNamed: boolean } | null {
  if (!doc.figures.length || doc.figures.some((f) => f.category === 'places')) return null;
  // (The first figure the report places: a headline's "Six dead in riot" often names none.)
  const lead = places.find((p) => p.stated && !!p.place) ?? places[0];
  if (!lead?.stated || !lead.place || lead.place.precision === 'country') return null;
  const leadPlace = lead.place;
  // (Past an unplaced first figure, the place must be one the report opens on: a figure placed in
  // passing further down names one town of a wider crisis as often as the crisis's own.)
  if (lead !== places[0] && !openingPlaces.has(leadPlace.id)) return null;
  const { id, countryCode } = leadPlace;
  // ("Fighting continued across Sudan. In N'Djamena, 60,000 refugees had arrived": a place abroad is not the crisis's.)
  if (country && country.countryCode !== countryCode) return null;
  // A report about one place names it again and again ("Police in Basra said 40 people had been killed" alone tells no more).
  if (named.filter((p) => p.id === id).length < CONFINED_PLACE_MENTIONS) return null;
  // ("In West Darfur, 700 were killed in El Geneina": a report that names another place of the country
  // may be about more than one, so a figure that names no place is not this one's; the province a city
  // lies in is no other place: "El Fasher, capital of North Darfur".)
  // (For the scope of the figures told of its place, other places named in passing leave the report
  // confined: "… thousands have fled the city, most of them heading for Kharkiv"; figures told of them are theirs.)
  const within = (p: ResolvedPlace) => p.precision === 'region' && leadPlace.precision === 'city' && p.name === leadPlace.admin1;
  const other = (p: ResolvedPlace | null) => !!p && p.precision !== 'country' && p.countryCode === countryCode && p.id !== id && !within(p);
  if (reachesBeyond(doc, countryCode)) return null;
  return { id, othersNamed: named.some(other) || places.some((p) => p.stated && other(p.place)) };
}

/**
 * "… bringing the number killed in Dokka district to 57. … That takes the toll in Orvel to 31": running
 * tolls the report gives for two places below the country, neither inside the other, say its crisis
 * reaches beyond each of them (as "nationwide" does). `targets` are the figures with the places their sentences state.
 */
export function tollsInSeveralPlaces(doc: ScopeDocument, targets: readonly ScopeClaim[]): boolean {
  const places: ResolvedPlace[] = [];
  for (const target of targets) {
    const p = target.place;
    if (!p || !target.placeStated || !target.placeSpan || p.precision === 'country' || places.some((q) => q.id === p.id)) continue;
    const v = new View(doc, target);
    if (v.claim.category === 'places' || v.claim.category === 'participants' || !runningToll(v) || !ownPlace(v)) continue;
    places.push(p);
  }
  const inside = (a: ResolvedPlace, b: ResolvedPlace) => b.precision === 'region' && a.precision !== 'region' && a.admin1 === b.name;
  return places.some((a, i) => places.slice(i + 1).some((b) => !inside(a, b) && !inside(b, a)));
}

/**
 * Does the report say its crisis reaches beyond one place: "nationwide", "across the country",
 * "other cities", "Protests spread across Iraq" (`countryCode` the report's country), or a war?
 */
export function reachesBeyond(doc: Pick<ScopeDocument, 'tokens'>, countryCode: string | null): boolean {
  for (const tokens of doc.tokens) {
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!.lower;
      if (SCOPE_NATIONWIDE.has(w)) return true;
      // ("… as war erupted between the RSF and Sudan's army": a war spans the country's regions.)
      if (SCOPE_WIDE_CONFLICTS.has(w) && !SCOPE_CONFLICT_CHARGES.has(tokens[i + 1]?.lower ?? '')) return true;
      if (SCOPE_WHOLE_COUNTRY.has(w) && tokens[i - 1]?.lower === 'the' && ['across', 'throughout', 'over'].includes(tokens[i - 2]?.lower ?? '')) return true;
      if (w === 'other' && SCOPE_OTHER_PLACE_NOUNS.has(tokens[i + 1]?.lower ?? '')) return true;
      // ("in several cities", "in dozens of towns".)
      const of = tokens[i + 1]?.lower === 'of' ? 1 : 0;
      if (SCOPE_MANY_WORDS.has(w) && SCOPE_OTHER_PLACE_NOUNS.has(tokens[i + 1 + of]?.lower ?? '')) return true;
      if (countryCode && ['across', 'throughout'].includes(w) && countryOf(tokens[i + 1]?.text ?? '') === countryCode) return true;
    }
  }
  return false;
}

/**
 * The place the report's first sentence names its crisis by ("Rio Grande do Sul floods: death toll
 * reaches 147", "the Kessel landslide", "as hotel siege in Beledweyne ends"): a place below the
 * country right before an event that befalls one place, or right after one and its "in". Its id, else null. ("Protests in Tehran" names no such event: protests spread.)
 */
export function crisisNamedPlace(first: { text: string; start: number } | undefined, places: readonly PlaceMention[]): string | null {
  if (!first) return null;
  const words = first.text.split(/[^\p{L}]+/u).map((w) => w.toLowerCase());
  for (const p of places) {
    if (p.span.start < first.start || p.span.end > first.start + first.text.length || p.place.precision === 'country') continue;
    const before = first.text
      .slice(0, p.span.start - first.start)
      .split(/[^\p{L}]+/u)
      .filter(Boolean).length;
    const size = p.name.split(/[^\p{L}]+/u).filter(Boolean).length;
    if (eventNamedAfter(words.slice(before + size)) || eventNamedBefore(words.slice(0, before))) return p.place.id;
  }
  return null;
}

/** Do the words right after a place name an event that befalls one place ("… floods", "… twin car bombings")? */
const eventNamedAfter = (words: readonly string[]) => words.slice(0, 3).some((w) => SCOPE_ONE_PLACE_EVENTS.has(w) || SCOPE_SINGLE_EVENT_NOUNS.has(w));

/** Do the words right before a place, up to its "in", name such an event ("hotel siege in …", "the market bombing at …")? */
function eventNamedBefore(words: readonly string[]): boolean {
  const k = words.length - 1;
  if (!SCOPE_EVENT_SITE_PREPOSITIONS.has(words[k] ?? '')) return false;
  return words.slice(Math.max(0, k - 2), k).some((w) => SCOPE_ONE_PLACE_EVENTS.has(w) || SCOPE_SINGLE_EVENT_NOUNS.has(w));
}

/**
 * The name, unknown to the gazetteer, that the report's first sentence names its crisis by ("at least
 * 60 killed in Velloua massacre"): one of `unknown` (its places there) right before such an event; else null.
 */
export function crisisNamedUnknownPlace(text: string, unknown: ReadonlyArray<{ start: number; end: number }>): string | null {
  for (const u of unknown) {
    const after = text
      .slice(u.end, u.end + 60)
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .map((w) => w.toLowerCase());
    const before = text
      .slice(Math.max(0, u.start - 40), u.start)
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .map((w) => w.toLowerCase());
    if (eventNamedAfter(after) || eventNamedBefore(before)) return text.slice(u.start, u.end);
  }
  return null;
}

/** The rule that decides when no other holds: the figure counts the crisis as a whole. */
export const DEFAULT_SCOPE_RULE = 'total';

/** The names of the scope rules, in the order they are tried. */
export const SCOPE_RULE_NAMES: readonly string[] = [
  ...SCOPE_RULES.slice(0, -1).map((r) => r.name),
  'paired-harm',
  'listed-share',
  'earlier-value',
  'restates-earlier',
  'same-day-report',
  'timeline-day',
  'rival-count',
  'day-by-place',
  'subgroup-in-place',
  'total',
];
