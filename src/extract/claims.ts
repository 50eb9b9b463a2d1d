/**
 * Stage 4 — claims: tie each quantity of a sentence to a category and a victim group.
 *
 * The category comes from the nearest cue, tried in the order a reader resolves it:
 *   1. the noun the figure counts: "255 deaths", "12,000 detainees", "111 of the dead";
 *   2. the predicate to its right, within its clause: "433 were killed", "dozens injured";
 *   3. a cue to its left in the same sentence: "the death toll rose to 201", "killing perhaps
 *      thousands", "including eight people in Baghdad" (a list inherits its head's category).
 * A figure that counts things ("400 cars") or has a predicate of its own that is not harm
 * ("154 have been released", "900 inmates escaped") is not a claim.
 */
import type { Category, Qualifier, Span } from '../domain.js';
import { getGazetteer } from '../places/gazetteer.js';
import { tag } from './pos.js';
import {
  ACCUSATION_PARTICIPLES,
  ADVERBS_BEFORE_DEATH,
  ARMED_TAKERS,
  BARE_VICTIM_NOUNS,
  DEATH_DECLARING_VERBS,
  PERSONAL_PRONOUNS,
  SAFETY_NOUNS,
  ALIVE_DEATH_VERBS,
  ANAPHORS,
  ARMED_GROUP_NOUNS,
  ARRIVAL_NOUNS,
  ARRIVAL_VERBS,
  FLIGHT_WORDS,
  ASSAULT_PARTICIPLES,
  REDUCED_PASSIVE_FOLLOWERS,
  ASSAULT_VERBS,
  ATTENDED_VERBS,
  AUXILIARIES,
  LATER_ADVERBS,
  BACK_REFERENCE_NOUNS,
  BODY_NOUNS,
  BORDER_NOUNS,
  BULLETS,
  BURIAL_VERBS,
  BURIED_ALIVE_AFTER,
  CAMP_ENTRY_VERBS,
  CAMP_NOUNS,
  CARE_GIVEN_NOUNS,
  CARE_PLACES,
  CARE_STATES_ON,
  CARE_STATES_REMAINING,
  REMAINING_VERBS,
  DISCHARGE_VERBS,
  RELOCATION_PARTICIPLES,
  CARE_SEEKING_VERBS,
  CATEGORY_CUES,
  CATEGORY_NOUNS,
  CAUSE_WORDS,
  CELEBRATION_VERBS,
  CHANGE_VERBS,
  CHARGED_KILLING_WORDS,
  CHARGE_WORDS,
  CLAUSE_BREAKS,
  COLLECTIVE_NOUNS,
  COMPLEMENT_VERBS,
  COMPOUND_BREAKING_PREPOSITIONS,
  CONDITION_GRAVITY,
  CONTACT_SUBJECTS,
  ABBREVIATED_TITLES,
  CONTACT_CLAUSE_PASTS,
  CONVEYING_VERBS,
  COORDINATING_CONJUNCTIONS,
  COORDINATION_ADVERBS,
  COPULA_ADVERBS,
  COUNT_NOUNS,
  COUNT_REVISING_VERBS,
  COURT_NOUNS,
  COURT_VERBS,
  CROSSING_VERBS,
  CROWD_GROWTH_VERBS,
  CROWD_PRESENCE_WORDS,
  CROWD_SITE_NOUNS,
  CROWD_SITE_PREPOSITIONS,
  INCLUDING_COUNT_NOUNS,
  INCLUDING_VERBS,
  PATIENT_PART_VERBS,
  FINDING_VERBS,
  UNABLE_WORDS,
  CROWD_MEASURE_NOUNS,
  CROWD_OBJECT_VERBS,
  CUE_COMPANY,
  VERB_MARKING_ADVERBS,
  WEEKDAYS,
  NEGATING_DETERMINERS,
  SCOPE_DAY_PARTS,
  CUMULATIVE_CUES,
  CUSTODY_NOUNS,
  CUSTODY_WORDS,
  DAY_AND_MONTH_NAMES,
  DEATH_MODIFIERS,
  DEATH_SENTENCE_NOUNS,
  DEATH_TELLING_VERBS,
  DETENTION_PLACES,
  DEGREE_ADVERBS,
  LIFE_FIGHTING_VERBS,
  THROUGH_PASSING_VERBS,
  DETERMINERS,
  DISCOVERY_VERBS,
  DRIVING_VERBS,
  FORCED_LEAVING_VERBS,
  HOME_LOSING_VERBS,
  HOME_ORDERING_VERBS,
  LISTED_STATE_HEDGES,
  OTHERS_HARM_PREPOSITIONS,
  UNFOUND_BURIAL_WORDS,
  COVERING_WRECK_NOUNS,
  LYING_VERBS,
  FLEEING_INFINITIVES,
  LEFT_AREA_NOUNS,
  DURATION_UNITS,
  DWELLING_VERBS,
  CLAUSE_SUBJECT_OPENERS,
  HEARING_VERBS,
  SPEAKING_WITH_VERBS,
  CAMP_CENTRE_MODIFIERS,
  NIGHT_NOUNS,
  CAMP_CENTRE_NOUNS,
  DYING_VERBS,
  ENTRY_NOUNS,
  EVENT_COUNT_NOUNS,
  EXTRAJUDICIAL_ADVERBS,
  EXTRAJUDICIAL_EXECUTIONERS,
  FIGURE_CLOSING_ASIDES,
  FIGURE_GIVING_PARTICIPLES,
  FIGURE_NOUNS,
  FIGURE_OF_NOUNS,
  FIGURE_PREPOSITIONS,
  FOUND_PARTICLE_VERBS,
  FOUND_VERBS,
  FREEING_VERBS,
  FUNCTION_WORDS_IN_S,
  GATHERING_NOUNS,
  GATHERING_OPENERS,
  GATHERING_VERBS,
  GIVEN_COUNT_NOUNS,
  HARM_NEUTRAL_CUES,
  HARM_NOUNS_OF,
  HARM_VERB_FORMS,
  HAVING_VERBS,
  HEDGE_CUES,
  HELD_OUTCOME,
  HIT_VERBS,
  HOME_LEAVING_VERBS,
  HOME_NOUNS,
  INCREMENT_AFTER,
  INCREMENT_BEFORE,
  INJURY_CARE_VERBS,
  INJURY_NOUNS,
  INJURY_TAKING,
  INTAKE_PATIENT_NOUNS,
  INTAKE_VERBS,
  INTENTION_VERBS,
  JUDICIAL_EXECUTION_WORDS,
  INVOLVEMENT_NOUNS,
  KIN_NOUNS,
  KIN_OF_NOUNS,
  KNOW_VERBS,
  LATER_ORDINALS,
  MARTYRDOM_VERBS,
  LEFT_DWELLING_NOUNS,
  LEVEL_AT_VERBS,
  LINKING_VERBS,
  SHARE_LEADS,
  LISTED_AS,
  LIST_NOUNS,
  DOCUMENT_NOUNS,
  LIVES_TAKING_VERBS,
  LOCATING_PREPOSITIONS,
  KIN_GROUP_NOUNS,
  LOSING_VERBS,
  LOSS_NOUNS,
  FOCUS_ADVERBS,
  UNDER_WORDS,
  LOST_BODY_PARTS,
  LOST_PEOPLE_NOUNS,
  MAIN_STATE_VERBS,
  SHARE_ASIDE_OPENERS,
  ASIDE_RESUMING_MODALS,
  SENTENCE_STOPS,
  MEASURE_LINKS,
  MEASURE_VERBS,
  MEMBER_NOUNS,
  MONTH_PREPOSITIONS,
  NEGATIONS,
  NEIGHBOUR_WORDS,
  NEUTRAL_VERBS,
  NUMBER_UNITS,
  OPEN_BOUND_WORDS,
  OBJECT_OPENERS,
  OCCURRENCE_VERBS,
  PAIR_NOUNS,
  PARTICIPANT_MIN,
  PARTICIPANT_NOUNS,
  PARTICIPLE_MODIFIERS,
  PARTITIVE_HEADS,
  PASSIVE_AUXILIARIES,
  PERSON_PHRASE_PREPOSITIONS,
  PARTICIPLE_PHRASE_PREPOSITIONS,
  PHRASAL_PARTICLES,
  PLACE_NAME_PARTICLES,
  PLACE_NOUNS,
  PLACE_TAKING_VERBS,
  PLAIN_DRESS,
  POLICE_HOLDING_NOUNS,
  POLITICAL_MODIFIERS,
  POSSESSIVES,
  PRESENCE_PLACES,
  PRISONER_NOUNS,
  PROJECTILE_NOUNS,
  PROTEST_CONTEXT,
  PUBLIC_PLACE_PREPOSITIONS,
  PLACE_PREPOSITIONS,
  PUTTING_VERBS,
  FIGURE_SETTING_PREPOSITIONS,
  QUESTIONING_NOUNS,
  HELD_TO_ACCOUNT,
  QUOTE_MARKS,
  RAISING_VERBS,
  REASON_WORDS,
  RECORDED_AS_VERBS,
  REDUCED_RELATIVE_PREPOSITIONS,
  PASSIVE_RELATIVE_PREPOSITIONS,
  REFLEXIVES,
  REFUGE_NOUNS,
  REFUGE_VERBS,
  RELATIVE_PRONOUNS,
  RELIEF_CAMP_NOUNS,
  REPORTING_VERBS,
  REVISION_DOWN_PARTICLES,
  REVISION_UP_PARTICLES,
  REST_DETERMINERS,
  AFFILIATION_PARTICIPLES,
  FUNERAL_NOUNS,
  DEATH_RECORD_NOUNS,
  RIVAL_COUNTING_VERBS,
  RIVAL_FIGURE_MODIFIERS,
  RIVAL_SPEECH_VERBS,
  ROLE_MODIFIERS,
  ROLE_PERSON_NOUNS,
  SCOPE_OTHER_WORDS,
  SCOPE_SECURITY_NOUNS,
  SCOPE_SUBGROUP_LEADS,
  SEARCH_VERBS,
  SEATS_OF_POWER,
  SEIZING_VERBS,
  SENTENCE_NOUNS,
  SEQUENCE_ADVERBS,
  SHARE_PLACING_WORDS,
  SHELTERING_VERBS,
  SHELTER_SITE_WORDS,
  SIGHT_VERBS,
  SINGULAR_HARM_NOUNS,
  SOUGHT_OFFENDERS,
  SPEECH_VERBS,
  STANDING_FOR_WORDS,
  STATE_VERBS,
  STREET_NOUNS,
  STRIKING_VERBS,
  STRUCK_SETTLEMENTS,
  SUFFERING_VERBS,
  SUPERLATIVE_WORDS,
  STATE_EXECUTIONERS,
  SURROUNDING_VERBS,
  SURVIVAL_FAILING,
  SURVIVAL_VERBS,
  TAKING_IN_VERBS,
  TERM_UNITS,
  TAKEOVER_OBJECTS,
  THING_TAKING_VERBS,
  TOTAL_NOUNS,
  TREATMENT_OBJECT_VERBS,
  TREATMENT_PLACES,
  TREATMENT_VERBS,
  UNFOUND_PERFECT,
  UNIT_GROUP_NOUNS,
  UNKNOWN_TAKERS,
  UNKNOWN_WORDS,
  VERB_GROUP_ADVERBS,
  VERB_GROUP_FILLERS,
  VICTIM_NOUN_CUES,
  WITNESSING_VERBS,
  WOUND_COUNT_OPENERS,
  WOUND_NOUNS,
  HARMED_HEADS,
  SPACED_DASHES,
} from './lexicon/index.js';
import { countryOf } from './entities.js';
import { countsPeople, isSingularPerson, personNoun } from './person-nouns.js';
import { looksLikePerson } from './names.js';
import { findQuantities, type Quantity } from './quantities.js';
import type { Sentence } from './segment.js';
import { isHeaderRow, isRuleRow, rowCells, type RowCell } from './table-rows.js';
import { endsBefore, matchesAt, startsCapitalised, tokenize, type Token } from './tokens.js';

/** How far before a figure the figure noun that stands for it may be ("the true number may be as high as 300"). */
const FIGURE_NOUN_REACH = 6;

/** Is a figure noun ("figure", "number", "count") the subject a few words before the figure at `at`, with no other figure between? */
function figureNounBefore(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - FIGURE_NOUN_REACH); k--) {
    const w = tokens[k]!;
    if (/^\d/.test(w.text) || w.text === ',' || w.text === ';') return false;
    if (FIGURE_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/** A claim before attribution, dates and places are known. */
export interface DraftClaim {
  category: Category;
  low: number | null;
  high: number | null;
  estimate: number;
  qualifier: Qualifier;
  hedged: boolean;
  who: string;
  cumulative: boolean;
  span: Span;
  /** The figure itself, for placing attribution and dates relative to it. */
  figure: Span;
  /** Index of the sentence in the segmentation. */
  sentence: number;
  /** The rule that gave the category (`tally extract --explain`). */
  rule: CategoryRule;
}

/**
 * How a figure got its category: its own harm noun ("12 deaths", "12 detainees"), the object of a harm verb
 * ("killed 12", "killing six"), an of-phrase of a harm noun ("the deaths of 12"), a predicate
 * after it ("12 were killed", "six died"), a predicate after a participle's phrase that describes
 * the figure ("thousands of students draped in flags marched"), a cue before it (a neutral "victims" takes the harm
 * its paragraph spoke of last), the whole it is a part of ("five of the 20 deaths"), the claim before it that
 * it refers back to ("Of those, 12 were children"), the predicate of the whole it is part of ("3 of the 5
 * suspects were arrested"), the head of its list, the claim a subgroup is part of ("killed 40,
 * including 12 children, in a raid on the protest camp"), a member added
 * to a claim ("along with seven"), a crowd ("thousands marched"), the value of a crowd's measure
 * ("put the turnout at 550,000"), places affected ("189 cities"),
 * or one person ("a policeman was shot").
 */
export type CategoryRule =
  | 'harm-noun'
  | 'parenthesised-count'
  | 'harm-verb-object'
  | 'object-fate'
  | 'harm-noun-of'
  | 'predicate-after'
  | 'predicate-after-modifier'
  | 'cue-before'
  | 'count-value'
  | 'victims-of-before'
  | 'list-continues'
  | 'figure-refers-back'
  | 'subgroup-of-head'
  | 'share-of-head'
  | 'share-of-dead-wounds'
  | 'harmed-who-died'
  | 'part-of-counted'
  | 'part-of-previous'
  | 'part-of-named-whole'
  | 'rival-figure'
  | 'arrivals'
  | 'found-of-missing'
  | 'sought'
  | 'partitive-subject'
  | 'added-member'
  | 'crowd'
  | 'crowd-object'
  | 'crowd-measure'
  | 'bare-measure'
  | 'table-column'
  | 'answered-question'
  | 'death-sentences-carried-out'
  | 'list-entries'
  | 'list-predicate'
  | 'dash-breakdown'
  | 'custodial-sentence'
  | 'part-of-detained'
  | 'places-affected'
  | 'one-person'
  | 'person-list'
  | 'name-list'
  | 'elided-noun'
  | 'counted-subject'
  | 'lost-people'
  | 'listed-as'
  | 'earlier-figure'
  | 'taken-by-unknown'
  | 'held-then-unaccounted'
  | 'killed-outside-court'
  | 'put-to-death'
  | 'crowd-present'
  | 'count-includes'
  | 'unfound'
  | 'moved-with-wounds'
  | 'died-in-care'
  | 'then-died'
  | 'kin-report-missing'
  | 'list-item';

/**
 * Is the execution that gives the figure at tokens[start, end) carried out summarily or by armed
 * men (EXTRAJUDICIAL_EXECUTIONERS as its subject in the clause, or after "by")?
 */
function executedOutsideCourt(tokens: Token[], start: number, end: number): boolean {
  for (let k = Math.max(0, start - 4); k < tokens.length && k < end + 3; k++) {
    const w = tokens[k]!.lower;
    // (Hanging is a court's way of executing, whoever is near.)
    if (HARM_VERB_FORMS.get(w) !== 'executed' || w.startsWith('hang')) continue;
    if (EXTRAJUDICIAL_ADVERBS.has(tokens[k - 1]?.lower ?? '')) return true;
    // The subject of an active verb only, and not the people the figure counts ("12 soldiers were
    // executed for desertion" names the executed).
    const active = !AUXILIARIES.has(tokens[k - 1]?.lower ?? '');
    for (let j = k - 1; active && j >= 0 && j >= k - 8; j--) {
      const b = tokens[j]!.lower;
      if (CLAUSE_BREAKS.has(b) || b === ';' || b === ',') break;
      if (j >= start && j < end) continue;
      if (EXTRAJUDICIAL_EXECUTIONERS.has(b)) return true;
    }
    for (let j = k + 1; j < tokens.length && j < k + 8; j++) {
      const b = tokens[j]!.lower;
      if (CLAUSE_BREAKS.has(b) || b === ';' || b === '.') break;
      if (b === 'by') return [1, 2, 3, 4].some((d) => EXTRAJUDICIAL_EXECUTIONERS.has(tokens[j + d]?.lower ?? ''));
    }
  }
  return false;
}

/** Does "with" and a wound ("with injuries", "with gunshot wounds") follow right at `at`? */
function withWounds(tokens: Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'with') return false;
  return [1, 2, 3].some((d) => WOUND_NOUNS.has(tokens[at + d]?.lower ?? '') && tokens.slice(at + 1, at + d).every(isWord));
}

/** Words that open a relative clause on the figure's people ("who had stopped …"). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'that', 'which']);

/** How many words a relative clause on the figure's people may run before the auxiliary that resumes the clause. */
const RELATIVE_CLAUSE_REACH = 14;

/** How far (in tokens) a predicate may stand from its figure. */
const RIGHT_WINDOW = 9;
/** Words more a subject's "of" phrase may take before its predicate. */
const OF_PHRASE_WINDOW = 4;
/** How far (in tokens) a left cue may stand from the figure it categorises. */
const LEFT_WINDOW = 32;

interface NounPhrase {
  /** Token index one past the phrase. */
  end: number;
  /** Head noun as written, with a modifier ("security officers"), or null. */
  who: string | null;
  kind: 'person' | 'place' | 'category' | 'thing' | 'none';
  category?: Category;
}

/** Adjectives that end in "s" like a plural noun: "serious", "numerous", "various". */
const ADJECTIVE_IN_S = /ous$/;

const isWord = (t: Token | undefined) => !!t && /^[\p{L}]/u.test(t.text);

/** Read the noun phrase a figure counts: "people", "security officers", "of the dead", "cars". */
/** A place the displaced shelter in at token `k`: a camp or a building ("schools", "churches"), or a centre named for them ("evacuation centres"). */
const campNounAt = (tokens: Token[], k: number): boolean =>
  CAMP_NOUNS.has(tokens[k]?.lower ?? '') || (CAMP_CENTRE_NOUNS.has(tokens[k]?.lower ?? '') && CAMP_CENTRE_MODIFIERS.has(tokens[k - 1]?.lower ?? ''));

/** "the country's", "Kenya's", "the nation's" at token `k`: the possessive of the whole country. */
function countryPossessive(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text ?? '';
  if (tokens[k]?.lower === 'the') return /^(?:country|nation)['’]s$/i.test(tokens[k + 1]?.text ?? '');
  return /^\p{Lu}\p{L}+['’]s$/u.test(w) && countryOf(w.replace(/['’]s$/, '')) !== null;
}

function nounPhrase(tokens: Token[], from: number, one = false): NounPhrase {
  let i = from;
  // "the 1,000 mark": the figure names a threshold, the noun is elsewhere.
  if (['mark', 'milestone', 'threshold', 'barrier'].includes(tokens[i]?.lower ?? '')) return { end: i + 1, who: null, kind: 'none' };
  // "at least 143 six days later": a count of time after the figure is when, not what it counts.
  if (isWord(tokens[i]) && DURATION_UNITS.has(tokens[i + 1]?.lower ?? '') && isNumberWord(tokens[i]!.text)) return { end: i, who: null, kind: 'none' };
  // ("208 names of the dead", "60 names of people killed": names stand for the people they name.)
  if (tokens[i]?.lower === 'names' && tokens[i + 1]?.lower === 'of') {
    const named = nounPhrase(tokens, i + 1, one);
    if (named.kind === 'category' || named.kind === 'person') return named;
  }
  // ("three more of the injured": an increment before a partitive is read as the partitive.)
  if (tokens[i]?.lower === 'more' && tokens[i + 1]?.lower === 'of' && PARTITIVE_HEADS.has(tokens[i + 2]?.lower ?? '')) i++;
  // "111 of the dead", "dozens of people", "hundreds of thousands of protesters".
  if (tokens[i]?.lower === 'of') {
    i++;
    // "four of his aides", "three of their children".
    if (['the', 'them', 'whom', 'those'].includes(tokens[i]?.lower ?? '') || (POSSESSIVES.has(tokens[i]?.lower ?? '') && tokens[i]?.lower !== 'its')) i++;
    // ("injuring eight of them with sticks": the pronoun ends the phrase; what follows is no noun of it.)
    if (['them', 'whom'].includes(tokens[i - 1]?.lower ?? '') && PERSON_PHRASE_PREPOSITIONS.has(tokens[i]?.lower ?? ''))
      return { end: i, who: null, kind: 'none' };
  }
  const modifiers: string[] = [];
  for (let k = 0; k < 6 && i < tokens.length; k++, i++) {
    const t = tokens[i]!;
    if (!isWord(t)) break;
    const w = t.lower;
    // ("Some of them saw their neighbours killed": a verb of witnessing ends the phrase.)
    if (WITNESSING_VERBS.has(w)) break;
    // "four more people", "three new deaths": the increment does not describe the victims
    // (alone, as in "five more were killed", "more" stands for people).
    if (INCREMENT_AFTER.has(w) && !modifiers.length && isWord(tokens[i + 1]) && !AUXILIARIES.has(tokens[i + 1]!.lower)) continue;
    if (w === 'more' && !modifiers.length) return { end: i + 1, who: 'people', kind: 'person' };
    // "one facility alone treating more than 200": past other words, "more" opens a figure of its own.
    if (w === 'more') break;
    // "nine opposition figures", "five senior party figures": "figures" after a word of role are
    // people (their predicate still decides any claim); bare "figures" are numbers.
    if (ROLE_MODIFIERS.has(w) && ROLE_PERSON_NOUNS.has(tokens[i + 1]?.lower ?? ''))
      return { end: i + 2, who: `${t.text} ${tokens[i + 1]!.text}`, kind: 'person' };
    const cat = CATEGORY_NOUNS.get(w);
    // ("one death sentence", "one body part": a singular harm noun before a noun modifies it.)
    const modifiesNext =
      SINGULAR_HARM_NOUNS.has(w) && /^\p{Ll}+$/u.test(tokens[i + 1]?.text ?? '') && tag(`${t.text} ${tokens[i + 1]!.text}`)[1]?.pos === 'NOUN';
    if (cat && !modifiesNext) return { end: i + 1, who: modifiers.length ? modifiers.join(' ') : 'people', kind: 'category', category: cat };
    // "900 political prisoners", "40 prisoners of conscience": people held for their politics
    // (plain "prisoners" may be convicts, and "released 200 prisoners" counts no detention).
    if (
      PRISONER_NOUNS.has(w) &&
      (POLITICAL_MODIFIERS.has(tokens[i - 1]?.lower ?? '') || (tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'conscience'))
    )
      return { end: tokens[i + 1]?.lower === 'of' ? i + 3 : i + 1, who: t.text, kind: 'category', category: 'detained' };
    // "600 war-wounded refugees", "40 bullet-injured protesters": a compound harm participle before
    // the people counted is what they suffered, over what the noun says of them.
    const compound = /^\p{L}+-(\p{L}+)$/u.exec(w)?.[1];
    if (
      compound &&
      PARTICIPLE_MODIFIERS.has(compound) &&
      CATEGORY_CUES.get(compound) === 'injured' &&
      (countsPeople(tokens[i + 1]?.lower ?? '') || CATEGORY_NOUNS.has(tokens[i + 1]?.lower ?? ''))
    )
      return { end: i + 2, who: tokens[i + 1]!.text, kind: 'category', category: 'injured' };
    // "6 fallen heroes", "two slain journalists": a participle of death before a person counts the dead.
    if (DEATH_MODIFIERS.has(w) && countsPeople(tokens[i + 1]?.lower ?? ''))
      return { end: i + 2, who: tokens[i + 1]!.text, kind: 'category', category: 'killed' };
    // "Thousands rally against the law": a gathering's word right after the figure is its verb, not a group it counts.
    if (CATEGORY_CUES.get(w) === 'participants' && personNoun(w)?.kind === 'group' && !modifiers.length) break;
    if (countsPeople(w)) {
      // "six police officers": a noun of people before the plural head it modifies.
      const head = tokens[i + 1];
      if (head && isWord(head) && personNoun(head.lower)?.plural && countsPeople(head.lower) && !personNoun(w)?.plural)
        return { end: i + 2, who: `${t.text} ${head.text}`, kind: 'person' };
      // "two university campuses", "two police stations": a body's noun before the plural of a
      // thing modifies it; the figure counts the things.
      // (Not a compound a noun of people still heads: "28 human rights defenders".)
      if (head && !personNoun(w)?.plural && pluralThing(head) && personHeadAhead(tokens, i + 2) !== i + 2) return { end: i + 2, who: head.text, kind: 'thing' };
      const who = [...modifiers.slice(-1), t.text].join(' ');
      return { end: i + 1, who, kind: 'person' };
    }
    // "one guard", "1 soldier": a singular person head ends the phrase unless a person noun follows.
    const following = tokens[i + 1]?.lower ?? '';
    // ("one civilian death": a person's noun before a harm's noun modifies it.)
    if (one && isSingularPerson(w) && !countsPeople(following) && !isSingularPerson(following) && !SINGULAR_HARM_NOUNS.has(following)) {
      return { end: i + 1, who: [...modifiers.slice(-1), t.text].join(' '), kind: 'person' };
    }
    if (PLACE_NOUNS.has(w)) return { end: i + 1, who: t.text, kind: 'place' };
    // "1,500 cases of enforced disappearance", "40 incidents of arrest", "32 cases of enforced or involuntary disappearances".
    if ((w === 'cases' || w === 'incidents' || w === 'counts') && tokens[i + 1]?.lower === 'of') {
      for (let k = i + 2; k < i + 6 && k < tokens.length; k++) {
        const cat = CATEGORY_CUES.get(tokens[k]!.lower);
        // "500 cases of detainees being beaten" counts what was done to people, not the people.
        if (cat && countsPeople(tokens[k]!.lower)) return { end: k + 1, who: t.text, kind: 'thing' };
        if (cat && cat !== 'participants') return { end: k + 1, who: 'people', kind: 'category', category: cat };
      }
    }
    // Nationality plurals: "Iraqis", "Palestinians", "Kazakhs".
    if (/^\p{Lu}\p{Ll}+(?:is|ans|ians|ese|ks|s)$/u.test(t.text) && k === 0 && !/ss$/.test(t.text)) {
      return { end: i + 1, who: t.text, kind: 'person' };
    }
    // "Iranian-backed militiamen", "Four Iraqi policemen", "three Afghan border police personnel":
    // a compound participle or a proper adjective is a modifier when a person head follows.
    // "12 Turkish backed SNA fighters": a participle, too, before a proper modifier and the head.
    const participleBeforeName = /ed$/.test(w) && !CATEGORY_CUES.has(w) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
    const modifierOfPerson = (/^\p{Lu}/u.test(t.text) || /-\p{L}+(?:ed|ing)$/u.test(w) || participleBeforeName) && personHeadAhead(tokens, i + 1) !== -1;
    // "six neighbouring states", "three remaining cars": a participle before a plural noun.
    const next = tokens[i + 1];
    // "three armed men", "two unidentified women": also before an irregular plural of a person noun.
    const participleAdjective =
      /(?:ing|ed)$/.test(w) &&
      !CATEGORY_CUES.has(w) &&
      // "two required stitches" is a verb and its object.
      !TREATMENT_VERBS.has(w) &&
      !AUXILIARIES.has(w) &&
      !!next &&
      ((/^\p{Ll}+s$/u.test(next.text) && !ADJECTIVE_IN_S.test(next.lower)) ||
        countsPeople(next.lower) ||
        (one && isSingularPerson(next.lower)) ||
        // ("two alleged drug traders": a noun between the participle and the people it describes.)
        (/^\p{Ll}{3,}ed$/u.test(t.text) && /^\p{Ll}+$/u.test(next.text) && personHeadAhead(tokens, i + 2) === i + 2)) &&
      !CATEGORY_CUES.has(next.lower) &&
      !AUXILIARIES.has(next.lower);
    // "one reported death", "two confirmed fatalities": a participle qualifying the harm noun is
    // no verb of the figure's own, and says nothing of who the victims are.
    if (/ed$/.test(w) && !CATEGORY_CUES.has(w) && !AUXILIARIES.has(w) && CATEGORY_NOUNS.has(next?.lower ?? '')) continue;
    if (modifierOfPerson || participleAdjective) {
      modifiers.push(t.text);
      continue;
    }
    // "two huge rallies", "three crowds": a plural gathering noun counts gatherings, not people.
    const group = personNoun(w);
    if (group?.kind === 'group' && group.plural && CATEGORY_CUES.get(w) === 'participants') return { end: i + 1, who: t.text, kind: 'thing' };
    // "carried out two massacres", "three shootings": a plural noun of events counts events, not people.
    if (EVENT_COUNT_NOUNS.has(w)) return { end: i + 1, who: t.text, kind: 'thing' };
    // "two detention centres", "three arrest warrants": custody's noun modifying a plural thing counts things.
    const thingAfter = tokens[i + 1]?.lower ?? '';
    if (
      CATEGORY_CUES.get(w) === 'detained' &&
      !/s$/.test(w) &&
      pluralCommonNoun(thingAfter) &&
      !CATEGORY_CUES.has(thingAfter) &&
      !personNoun(thingAfter) &&
      !AUXILIARIES.has(thingAfter)
    )
      return { end: i + 2, who: tokens[i + 1]!.text, kind: 'thing' };
    if (AUXILIARIES.has(w) || NEUTRAL_VERBS.has(w) || CATEGORY_CUES.has(w) || CLAUSE_BREAKS.has(w) || /(?:ed|ing)$/.test(w)) break;
    // Coordinated modifiers: "22 public and private sector buildings".
    // Not a harm verb of a clause of its own ("killed two saleswoman and injured nine").
    if ((w === 'and' || w === 'or') && modifiers.length > 0 && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '') && !HARM_VERB_FORMS.has(tokens[i + 1]!.lower))
      continue;
    if (w === 'and' || w === 'or' || w === 'in' || w === 'from' || w === 'at' || w === 'on' || w === 'during') break;
    if (/^\p{Lu}/u.test(t.text)) {
      // "two Christchurch mosques", "three Kabul hospitals": a place's name right after the figure,
      // before the plural of a thing, modifies it (not an acronym: "nine PTI figures" may be people).
      let j = i + 1;
      while (j < i + 4 && /^\p{Lu}\p{Ll}/u.test(tokens[j]?.text ?? '')) j++;
      const thing = tokens[j];
      // (Places are counted as places: "eight of Lebanon's governorates".)
      const named = k === 0 && /^\p{Lu}\p{Ll}/u.test(t.text) && !/['’]s$/.test(t.text);
      if (named && thing && pluralThing(thing) && !PLACE_NOUNS.has(thing.lower) && personHeadAhead(tokens, j + 1) !== j + 1)
        return { end: j + 1, who: thing.text, kind: 'thing' };
      // "in some 25 Velmish towns", "40 Harn districts": a proper adjective or a name before a noun of places counts the places.
      // (Not a possessive: "20 of Velm's districts" is a share of one place's.)
      const possessive = tokens.slice(i, j).some((n) => /['’]s$/.test(n.text));
      if (named && thing && PLACE_NOUNS.has(thing.lower) && !possessive) return { end: j + 1, who: thing.text, kind: 'place' };
      break;
    }
    // A plural common noun we do not know as people: cars, buildings, banks, shops.
    // Not a function word ("this morning") nor a possessive ("the bus's passengers").
    // ("28 rights defenders", "two sports reporters": a plural noun before a noun of people modifies it.)
    if (pluralCommonNoun(w) && personHeadAhead(tokens, i + 1) !== i + 1) return { end: i + 1, who: t.text, kind: 'thing' };
    modifiers.push(t.text);
  }
  return { end: from, who: null, kind: 'none' };
}

/** A word that reads as a plural common noun ("cars", "campuses"): not an adjective in "-ous", a function word, nor a possessive. */
const pluralCommonNoun = (w: string) => /[^s'’]s$/.test(w) && w.length > 3 && !ADJECTIVE_IN_S.test(w) && !FUNCTION_WORDS_IN_S.has(w);

/** A plural common noun not of people, harm or a verb's tense: "campuses", "stations", "vehicles". */
function pluralThing(t: Token): boolean {
  const w = t.lower;
  return /^\p{Ll}+$/u.test(t.text) && pluralCommonNoun(w) && !personNoun(w) && !CATEGORY_NOUNS.has(w) && !CATEGORY_CUES.has(w) && !AUXILIARIES.has(w);
}

/**
 * The index of a person noun that heads the phrase starting at `from` ("Iraqi policemen" ->
 * "policemen"), looking over at most four modifier words, or -1.
 */
function personHeadAhead(tokens: Token[], from: number): number {
  for (let j = from; j < from + 4 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!isWord(t)) return -1;
    if (countsPeople(t.lower) || CATEGORY_NOUNS.has(t.lower)) return j;
    if (AUXILIARIES.has(t.lower) || CATEGORY_CUES.has(t.lower) || CLAUSE_BREAKS.has(t.lower) || t.lower === 'and' || t.lower === 'or') return -1;
  }
  return -1;
}

/** The people a participle before them describes, the word at `from` or past a noun of their kind ("opposition activists"): their index, else -1. */
function peopleAhead(tokens: Token[], from: number): number {
  if (countsPeople(tokens[from]?.lower ?? '')) return from;
  const head = personHeadAhead(tokens, from);
  return head > from && head <= from + 2 && countsPeople(tokens[head]!.lower) ? head : -1;
}

interface Cue {
  category: Category;
  index: number;
  /** Set when the cue was reached past a reduced relative ("students draped in flags marched"). */
  rule?: CategoryRule;
}

/**
 * Every word cueAt can find a cue at: the verbs of its phrase cues and the cue words. Any other
 * word is no cue (a quick first test: cueAt is asked of nearly every token).
 */
let cueHeads: ReadonlySet<string> | null = null;
function cueHeadWords(): ReadonlySet<string> {
  return (cueHeads ??= new Set([
    ...CROSSING_VERBS,
    ...ARRIVAL_VERBS,
    ...PLACE_TAKING_VERBS,
    ...SURROUNDING_VERBS,
    ...FOUND_PARTICLE_VERBS,
    ...CELEBRATION_VERBS,
    ...CONVEYING_VERBS,
    ...GATHERING_VERBS,
    ...CATEGORY_CUES.keys(),
    ...BURIAL_VERBS,
    ...UNDER_WORDS,
    ...SURVIVAL_VERBS,
    ...MARTYRDOM_VERBS,
    ...SEIZING_VERBS,
    'held',
    'went',
    'go',
    'goes',
    'going',
    'walk',
    'walked',
    'walks',
    'remain',
    'remains',
    'remained',
    'stay',
    'stayed',
  ]));
}

function modifiesNoun(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const figure = tokens[i - 1]?.lower ?? '';
  if (!next || !/^\p{Ll}+$/u.test(next.text) || !(/^\d/.test(figure) || Object.hasOwn(NUMBER_UNITS, figure))) return false;
  if (!DETERMINERS.has(tokens[i - 2]?.lower ?? '')) return false;
  return tag(next.text)[0]?.pos === 'NOUN';
}

/** A passive verb of attack or flood after a count of places ("had been attacked", "are submerged"). */
function struckAfter(tokens: Token[], k: number): boolean {
  // ("22 villages in the area had been attacked": where they lie, a few words, comes first.)
  if (LOCATING_PREPOSITIONS.has(tokens[k]?.lower ?? '')) {
    let j = k + 1;
    while (j < tokens.length && j < k + 5 && /^[\p{L}'’-]+$/u.test(tokens[j]!.text) && !VERB_GROUP_FILLERS.has(tokens[j]!.lower)) j++;
    if (VERB_GROUP_FILLERS.has(tokens[j]?.lower ?? '')) k = j;
  }
  let aux = 0;
  while (k < tokens.length && VERB_GROUP_FILLERS.has(tokens[k]!.lower)) [k, aux] = [k + 1, aux + 1];
  // ("75 villages have been partly or totally destroyed": adverbs of degree, joined, before the verb.)
  while (
    aux > 0 &&
    k < tokens.length &&
    (/^\p{Ll}+ly$/u.test(tokens[k]!.text) || (['or', 'and'].includes(tokens[k]!.lower) && /ly$/.test(tokens[k - 1]!.lower)))
  )
    k++;
  // ("27 villages were under water": a flood's state, written as two words.)
  const underWater = tokens[k]?.lower === 'under' && tokens[k + 1]?.lower === 'water';
  return aux > 0 && (STRIKING_VERBS.has(tokens[k]?.lower ?? '') || underWater);
}

/** A verb of arriving or being registered at `k`, past auxiliaries ("arrived", "have been registered"). */
function arrivalAt(tokens: Token[], k: number): boolean {
  while (k < tokens.length && VERB_GROUP_FILLERS.has(tokens[k]!.lower)) k++;
  return ARRIVAL_VERBS.has(tokens[k]?.lower ?? '');
}

/** A people named by its country ("Burundians", "Syrians") right before the verb at `i`, past its auxiliaries. */
function arrivingPeopleBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && VERB_GROUP_FILLERS.has(tokens[k]!.lower)) k--;
  const w = tokens[k]?.text ?? '';
  // ("Syrians"; "Sudanese" and "Congolese" are their own plural.)
  if (/^\p{Lu}\p{Ll}+ese$/u.test(w)) return countryOf(w) !== null;
  return /^\p{Lu}\p{Ll}+s$/u.test(w) && countryOf(w.slice(0, -1)) !== null;
}

function cueAt(tokens: Token[], i: number): Category | null {
  const t = tokens[i];
  if (!t || !cueHeadWords().has(t.lower)) return null;
  if (CROSSING_VERBS.has(t.lower) && crossesBorder(tokens, i + 1)) return 'displaced';
  // "Some 70,000 Burundians have arrived there", "26,300 Burundians have been registered": a
  // country's people arriving, or registered, where they fled to are the displaced.
  if (ARRIVAL_VERBS.has(t.lower) && arrivingPeopleBefore(tokens, i)) return 'displaced';
  // "their two protest sites", "the three march organisers": after a determined figure, a word
  // of taking part before a noun modifies it (not "Thousands protest fuel price rise").
  if (CATEGORY_CUES.get(t.lower) === 'participants' && modifiesNoun(tokens, i)) return null;
  // "Two journalists covering the march were held": a gathering named by its article is the object of
  // a verb of the clause, no predicate of taking part (not "thousands joined the march": see GATHERING_VERBS).
  if (
    CATEGORY_CUES.get(t.lower) === 'participants' &&
    i >= 2 &&
    tokens[i - 1]!.lower === 'the' &&
    /^\p{Ll}+ing$/u.test(tokens[i - 2]!.text) &&
    !CATEGORY_CUES.has(tokens[i - 2]!.lower)
  )
    return null;
  // "900 civilians since March", "arrested in March": the month, not the verb.
  // ("rose from 2,500 on 4 March": a day of the month before it.)
  const dayBefore = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/.test(tokens[i - 1]?.text ?? '');
  if (t.text === 'March' && i > 0 && (MONTH_PREPOSITIONS.has(tokens[i - 1]!.lower) || /^\d/.test(tokens[i + 1]?.text ?? '') || dayBefore)) return null;
  // "at least 25 people had been buried by Monday": people buried are dead (not those buried under
  // rubble or alive, who may yet be found).
  // ("30 more people may still be buried beneath fallen walls": those still buried are not yet found.)
  // ("are thought to be buried under the mud", "feared buried under the rubble": a burial only believed is no death found.)
  if (
    BURIAL_VERBS.has(t.lower) &&
    UNDER_WORDS.has(tokens[i + 1]?.lower ?? '') &&
    tokens.slice(Math.max(0, i - 4), i).some((w) => UNFOUND_BURIAL_WORDS.has(w.lower))
  )
    return 'missing';
  // ("four men are still under the collapsed hall", "may still lie beneath the ruins", "are still under fallen concrete":
  // people still under a wreck are not yet found; not "pulled from under the rubble".)
  if (
    UNDER_WORDS.has(t.lower) &&
    (tokens[i - 1]?.lower === 'still' || (LYING_VERBS.has(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.lower === 'still')) &&
    [1, 2, 3].some((d) => COVERING_WRECK_NOUNS.has(tokens[i + d]?.lower ?? ''))
  )
    return 'missing';
  if (BURIAL_VERBS.has(t.lower))
    return PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '') &&
      !BURIED_ALIVE_AFTER.has(tokens[i + 1]?.lower ?? '') &&
      // ("buried by a landslide": what buried them; "buried by Monday": when.)
      !(tokens[i + 1]?.lower === 'by' && DETERMINERS.has(tokens[i + 2]?.lower ?? ''))
      ? 'killed'
      : null;
  // "embraced martyrdom", "attained martyrdom": a death as the press of some armies tells it.
  // (Not "martyrdom" before a noun it modifies: "embraced martyrdom ideology".)
  if (MARTYRDOM_VERBS.has(t.lower)) return tokens[i + 1]?.lower === 'martyrdom' && !modifiedAfter(tokens, i + 2) ? 'killed' : null;
  // "did not survive", "failed to survive their wounds": a survival denied is a death.
  if (SURVIVAL_VERBS.has(t.lower)) return survivalDenied(tokens, i) ? 'killed' : null;
  // "had been shot and one of them died": "shot and" is a death only with a verb of death after it.
  if (t.lower === 'shot' && tokens[i + 1]?.lower === 'and' && CATEGORY_CUES.get(tokens[i + 2]?.lower ?? '') !== 'killed') return null;
  // "staged a sit-in", "held a candlelight vigil"; not the passive "were held in a rally crackdown".
  if (PLACE_TAKING_VERBS.has(t.lower)) return placeObject(tokens, i + 1) ? 'participants' : null;
  // "surrounded the federal parliament", "stormed the presidential palace": a crowd at a seat of power.
  if (SURROUNDING_VERBS.has(t.lower)) return placeObject(tokens, i + 1, true) ? 'participants' : null;
  // "turned up at the rally", "showed up for the march" (not the missing who "turned up").
  if (
    FOUND_PARTICLE_VERBS.has(t.lower) &&
    tokens[i + 1]?.lower === 'up' &&
    ['at', 'for'].includes(tokens[i + 2]?.lower ?? '') &&
    gatheringObject(tokens, i + 3)
  )
    return 'participants';
  // "showed up outside the embassy", "turned up in the square", "showed up to protest": a crowd
  // present at a public place or come to protest (not "showed up late", nor "signed up").
  if (FOUND_PARTICLE_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'up') {
    if (cameToProtest(tokens, i + 2) || publicPlace(tokens, i + 2, true)) return 'participants';
  }
  // "thousands celebrated in the streets": joy counted only in a public place.
  if (CELEBRATION_VERBS.has(t.lower) && publicPlace(tokens, i + 1, false)) return 'participants';
  // "were taken away by police", "dragged away by plainclothes officers": led off into custody
  // (by takers no one names, "by masked men", those taken are missing: taken-by-unknown).
  if (CONVEYING_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'away' && tokens[i + 2]?.lower === 'by') return takersAt(tokens, i + 3) ? 'detained' : null;
  // "were taken from a tea stall … by men in plain clothes", "dragged from a hospital ward by
  // police": led off from where they were by security or by takers no one names (missing, as above).
  if (SEIZING_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'from') {
    for (let k = i + 2; k < tokens.length && k < i + TAKER_REACH; k++) {
      const w = tokens[k]!.lower;
      if (w === ',' || w === ';' || CLAUSE_BREAKS.has(w)) break;
      if (w !== 'by') continue;
      if (takersAt(tokens, k + 1)) return 'detained';
      break;
    }
  }
  // "21 passengers were taken by gunmen", "were seized by soldiers": people taken by armed men or
  // security forces are held (missing when no one names the takers: taken-by-unknown).
  if (SEIZING_VERBS.has(t.lower) && PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'by') {
    const armed = [2, 3].some((d) => ARMED_TAKERS.has(tokens[i + d]?.lower ?? ''));
    // (Not taken to care or safety: "taken by police to hospital" is a rescue.)
    const rescued = tokens.slice(i + 2, i + 8).some((x, d) => tokens[i + 1 + d]?.lower === 'to' && (CARE_PLACES.has(x.lower) || SAFETY_NOUNS.has(x.lower)));
    if ((armed || takersAt(tokens, i + 2)) && !rescued) return 'detained';
  }
  // "were taken in for questioning", "brought in for interrogation": led into custody.
  if (CONVEYING_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'in' && tokens[i + 2]?.lower === 'for' && QUESTIONING_NOUNS.has(tokens[i + 3]?.lower ?? ''))
    return 'detained';
  // "held for questioning": "held" with what it is for is custody, active or passive.
  if (t.lower === 'held' && tokens[i + 1]?.lower === 'for' && QUESTIONING_NOUNS.has(tokens[i + 2]?.lower ?? '')) return 'detained';
  if (GATHERING_VERBS.has(t.lower) && !/^(?:was|were|is|are|be|been|being)$/.test(tokens[i - 1]?.lower ?? '') && gatheringObject(tokens, i + 1))
    return 'participants';
  // "went on strike", "walked out of classes": ways of taking part.
  // ("stayed on strike", "remained on strike": still taking part.)
  if (/^(?:went|go|goes|going|remain|remains|remained|stayed|stay)$/.test(t.lower) && tokens[i + 1]?.lower === 'on' && tokens[i + 2]?.lower === 'strike')
    return 'participants';
  // ("walked off the job": a strike.)
  if (/^walk(?:ed|s)?$/.test(t.lower) && (tokens[i + 1]?.lower === 'out' || (tokens[i + 1]?.lower === 'off' && tokens[i + 3]?.lower === 'job')))
    return 'participants';
  const cat = CATEGORY_CUES.get(t.lower);
  if (!cat) return null;
  if (judicialOutcome(tokens, i)) return null;
  // "the injury toll", "the arrest toll": a toll of another harm counts that harm.
  if ((t.lower === 'toll' || t.lower === 'tolls') && i > 0) {
    const of = CATEGORY_CUES.get(tokens[i - 1]!.lower) ?? HARM_NOUNS_OF.get(tokens[i - 1]!.lower);
    if (of && of !== 'killed' && of !== 'participants') return of;
  }
  return inCompany(tokens, i) ? cat : null;
}

/** How far after its object a coordinated verb of its fate may stand ("seized five drivers at a checkpoint near the border and executed them"). */
const OBJECT_FATE_REACH = 14;
/** How many tokens an aside between dashes inside a subject may hold (a list of names with their ages). */
const DASH_ASIDE_REACH = 24;

/** Is tokens[k] the dash `dash`, set off by a space before it? */
const spacedDashAt = (tokens: Token[], k: number, dash: string): boolean => tokens[k]!.text === dash && tokens[k - 1]!.end < tokens[k]!.start;

/**
 * The claim an aside between spaced dashes breaks down, when the figure at `from` (its phrase ending at
 * `end`) stands in one opened right after that claim's span and closed after the figure: "six dead -
 * five protesters and one soldier - and …". Only a list of people may stand in the aside before it.
 */
function dashBreakdownHead(tokens: Token[], from: number, end: number, claims: readonly DraftClaim[]): DraftClaim | undefined {
  // (The dashes first, by their text alone: most figures stand in no aside, and the cue test is dearer.)
  let open = -1;
  for (let k = from - 1; k > 0 && k > from - DASH_ASIDE_REACH; k--) {
    const t = tokens[k]!;
    if (SPACED_DASHES.has(t.text) && spacedDashAt(tokens, k, t.text)) {
      open = k;
      break;
    }
    if (!isWord(t) && t.text !== ',') return undefined;
  }
  if (open < 0) return undefined;
  const dash = tokens[open]!.text;
  let close = -1;
  for (let k = end; k < tokens.length && k < end + DASH_ASIDE_REACH && close < 0; k++) if (tokens[k]!.text === dash && spacedDashAt(tokens, k, dash)) close = k;
  if (close < 0) return undefined;
  for (let k = open + 1; k < close; k++) if ((k < from || k >= end) && cueAt(tokens, k)) return undefined;
  return claims.findLast((c) => c.span.end === tokens[open - 1]?.end);
}

/** How many tokens an aside giving a share of the people before it may hold. */
const SHARE_ASIDE_REACH = 24;

/** A lower-case word at `k` that the word before it modifies ("martyrdom ideology"): not a preposition or a conjunction. */
function modifiedAfter(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  return (
    !!w && /^\p{Ll}+$/u.test(w.text) && !PERSON_PHRASE_PREPOSITIONS.has(w.lower) && !['and', 'or', 'during', 'while', 'when', 'after', 'as'].includes(w.lower)
  );
}

/** Is the survival verb at `i` denied ("did not survive", "didn't survive", "failed to survive")? */
function survivalDenied(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  if (before === 'to') return SURVIVAL_FAILING.has(tokens[i - 2]?.lower ?? '');
  // (Past only: "won't survive the winter", "could not survive on his pension" tell no death.)
  return /^didn['’]t$/u.test(before) || (isNegation(before) && tokens[i - 2]?.lower === 'did');
}

/**
 * "showed up to protest", "turned up at the courthouse in the capital on Monday to protest": a
 * purpose of taking part, right after the verb or past where and when they came (within the clause).
 */
function cameToProtest(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    const w = tokens[k]!.lower;
    if (w === 'to' && CATEGORY_CUES.get(tokens[k + 1]?.lower ?? '') === 'participants') return true;
    if (k > from && w === 'to') return false;
    // Words and the day numbers of a date ("on 8 May") only.
    if ((!isWord(tokens[k]) && !/^\d{1,2}$/.test(w)) || CLAUSE_BREAKS.has(w) || CATEGORY_CUES.has(w) || AUXILIARIES.has(w)) return false;
  }
  return false;
}

/** Is the token one of the words a cue's company bars? */
const barred = (words: readonly string[] | undefined, t: Token | undefined) => !!words && !!t && words.includes(t.lower);

/** Does the cue at tokens[i] stand in the company it needs (CUE_COMPANY)? */
function inCompany(tokens: Token[], i: number): boolean {
  const needs = CUE_COMPANY.get(tokens[i]!.lower);
  if (!needs) return true;
  const holds = (words: readonly string[] | undefined, t: Token | undefined) => !words || (!!t && words.includes(t.lower));
  // ("had been temporarily held", "were "held"": the word before, past an adverb or a quotation mark.)
  let p = i - 1;
  // ("were also briefly held": an adverb that marks a verb, "also", "still", "later".)
  while (p > 0 && p > i - 3 && (/^\p{Ll}{3,}ly$/u.test(tokens[p]!.text) || QUOTE_MARKS.has(tokens[p]!.text) || VERB_MARKING_ADVERBS.has(tokens[p]!.lower))) p--;
  return needs.some(
    (n) =>
      (holds(n.prev, tokens[i - 1]) || holds(n.prev, tokens[p])) &&
      holds(n.next, tokens[i + 1]) &&
      holds(n.next2, tokens[i + 2]) &&
      holds(n.next3, tokens[i + 3]) &&
      !barred(n.notNext, tokens[i + 1]) &&
      !barred(n.notNext2, tokens[i + 2]) &&
      !barred(n.notPrev, tokens[i - 1]),
  );
}

/** Does the company of the verb at tokens[i] bar it (CUE_COMPANY's notPrev, notNext2: "cameras captured")? */
function barredCompany(tokens: Token[], i: number): boolean {
  const needs = CUE_COMPANY.get(tokens[i]!.lower);
  if (!needs) return false;
  return needs.every((n) => barred(n.notPrev, tokens[i - 1]) || barred(n.notNext2, tokens[i + 2]));
}

/** Is a public place the object starting at `from` ("the streets", "the main road", "streets")? Three words at most. */
function placeObject(tokens: Token[], from: number, building = false): boolean {
  // ("occupied the central Freedom Square": an article, a modifier and a two-word name before the noun.)
  for (let k = from; k < tokens.length && k < from + PLACE_OBJECT_WORDS; k++) {
    if (STREET_NOUNS.has(tokens[k]!.lower) || (building && SEATS_OF_POWER.has(tokens[k]!.lower))) return true;
    // (A seat of power's modifier may read as a person noun: "the federal parliament".)
    if (!isWord(tokens[k]) || CATEGORY_CUES.has(tokens[k]!.lower) || (!building && personNoun(tokens[k]!.lower))) return false;
  }
  return false;
}

/** How many words a public place taken as an object may run to, its noun included. */
const PLACE_OBJECT_WORDS = 4;

/** Is a gathering the object starting at `from` ("a sit-in", "a candlelight vigil", "protests")? Three words at most, no punctuation. */
/**
 * A public place or gathering at token `from`: "in the streets", "on the main square", "at the
 * rally"; with `outside`, any building a crowd stands outside ("outside the courthouse").
 */
function publicPlace(tokens: Token[], from: number, outside: boolean): boolean {
  const prep = tokens[from]?.lower ?? '';
  if (!PUBLIC_PLACE_PREPOSITIONS.has(prep)) return false;
  if (prep === 'outside') return outside && isWord(tokens[from + 1]);
  for (let k = from + 1; k < tokens.length && k <= from + 3; k++) {
    const w = tokens[k]!.lower;
    if (STREET_NOUNS.has(w) || GATHERING_NOUNS.has(w)) return true;
    if (!isWord(tokens[k]) || CATEGORY_CUES.has(w)) return false;
  }
  return false;
}

function gatheringObject(tokens: Token[], from: number): boolean {
  // A preposition ("held since the protests began") opens no object.
  if (GATHERING_NOUNS.has(tokens[from]?.lower ?? '')) return true;
  // ("formed a human chain": the chain made of people.)
  if (tokens[from]?.lower === 'human' && GATHERING_NOUNS.has(tokens[from + 1]?.lower ?? '')) return true;
  // ("held nightly vigils", "staged weekly rallies": gatherings held again and again.)
  if (/^\p{Ll}+ly$/u.test(tokens[from]?.text ?? '') && GATHERING_NOUNS.has(tokens[from + 1]?.lower ?? '')) return true;
  if (!GATHERING_OPENERS.has(tokens[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < tokens.length && k < from + 3; k++) {
    if (GATHERING_NOUNS.has(tokens[k]!.lower)) return true;
    if (!isWord(tokens[k]) || CATEGORY_CUES.has(tokens[k]!.lower)) return false;
  }
  return false;
}

/**
 * The predicate a list of figures by place shares: from the figure at `index`, follow members
 * joined by a place phrase and a comma or "and" ("2 in Lashio, 1 in Myitkyina and 2 in
 * Monywa"), and read the predicate after the last one.
 */
function listPredicate(tokens: Token[], quantities: Quantity[], index: number, starts: Set<number>, ends: Map<number, number>): Cue | null {
  let cur = index;
  for (let next = index + 1; next < quantities.length; next++) {
    const a = quantities[cur]!.tokenEnd;
    const b = tokenIndexAt(tokens, quantities[next]!.span.start);
    if (b - a > 12) break;
    const joiner = tokens[b - 1]!.lower;
    if (joiner !== ',' && joiner !== 'and') break;
    // "120 civilians, six police officers and two militiamen were among the dead": members whose
    // people each end right before the joiner share the last member's predicate too.
    const members = nounPhrase(tokens, a);
    // ("two rebels, three officers, and five civilians": a comma may stand before the last "and" of a list of
    // three or more; after one member alone, ", and" opens a clause of its own.)
    const serial = joiner === 'and' && tokens[b - 2]?.text === ',' && cur > index ? 1 : 0;
    if (members.kind === 'person' && members.end === b - 1 - serial && nounPhrase(tokens, quantities[next]!.tokenEnd).kind === 'person') {
      cur = next;
      continue;
    }
    if (!['in', 'from', 'at'].includes(tokens[a]?.lower ?? '')) break;
    let placeOnly = true;
    for (let k = a + 1; k < b - 1; k++) {
      const t = tokens[k]!;
      if (!(/^\p{Lu}/u.test(t.text) || t.text === ',' || t.text === "'s" || t.text === '’s' || t.lower === 'and' || t.lower === 'the')) placeOnly = false;
    }
    if (!placeOnly) break;
    cur = next;
  }
  if (cur === index) return null;
  // ("which cited two doctors, 15 people died": two figures a comma alone parts are two clauses, no list.)
  if (cur === index + 1 && tokens[tokenIndexAt(tokens, quantities[cur]!.span.start) - 1]!.text === ',') return null;
  const last = quantities[cur]!;
  const right = rightPredicate(tokens, nounPhrase(tokens, last.tokenEnd).end, starts, ends);
  return right && right !== 'blocked' && right.category !== 'participants' ? right : null;
}

/**
 * Does a verb of complement ("were", "include") stand right before the figure at `at`, or before
 * the first member of the list of counted people the figure closes ("include four children and
 * two soldiers")?
 */
function complementListBefore(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 12; k--) {
    const w = tokens[k]!;
    if (COMPLEMENT_VERBS.has(w.lower)) return true;
    // Only earlier members may stand between: figures, their nouns, commas and "and".
    const member = k === at - 1 ? ['and', ','].includes(w.lower) : /^[\p{Ll}\d,]/u.test(w.text) && !AUXILIARIES.has(w.lower) && !RELATIVE_PRONOUNS.has(w.lower);
    if (!member) return false;
  }
  return false;
}

/** The people a list before `at` in its sentence counts: "the list of political prisoners … 450 names". */
function listOf(tokens: Token[], at: number): NounPhrase | null {
  for (let i = at - 1; i >= 0 && i >= at - 16; i--) {
    if (tokens[i]!.text === ';') return null;
    if (LIST_NOUNS.has(tokens[i]!.lower) && tokens[i + 1]?.lower === 'of') {
      const np = nounPhrase(tokens, i + 1);
      return np.kind === 'category' ? np : null;
    }
  }
  return null;
}

/**
 * Predicates of injury without an injury word, at `i`: "were beaten" (passive assault), "were hit
 * by rubber bullets", "lost an eye", "sought medical attention" / "sought treatment"; the index
 * of the predicate's last word, or -1.
 */
function injuryPredicate(tokens: Token[], i: number, passive: boolean): number {
  const w = tokens[i]?.lower ?? '';
  const at = (k: number) => tokens[k]?.lower ?? '';
  if (at(i + 1) === 'to' && at(i + 2) === 'death') return -1;
  if (passive && ASSAULT_PARTICIPLES.has(w)) return i;
  // ("was hit in the leg by a stray bullet": where the person was hit may come first.)
  if (passive && HIT_VERBS.has(w) && (at(i + 1) === 'by' || at(i + 1) === 'in')) {
    const by = [1, 2, 3, 4].map((d) => i + d).find((k) => at(k) === 'by' && tokens.slice(i + 1, k).every((t) => isWord(t) && !CLAUSE_BREAKS.has(t.lower)));
    if (by !== undefined)
      for (let k = by + 1; k < by + 6 && k < tokens.length; k++) {
        if (PROJECTILE_NOUNS.has(at(k))) return k;
        if (CLAUSE_BREAKS.has(at(k)) || !isWord(tokens[k])) break;
      }
  }
  if (/^los[te]/.test(w) && ['an', 'a', 'one', 'their', 'his', 'her', 'the', 'both'].includes(at(i + 1)) && LOST_BODY_PARTS.has(at(i + 2))) return i + 2;
  // ("lost sight in one eye", "may have lost vision": the sight itself.)
  if (/^los[te]/.test(w) && (at(i + 1) === 'sight' || at(i + 1) === 'vision')) return i + 1;
  // "300 of them had pellet wounds", "40 had burns": injuries they have (up to two words of kind before them).
  if (HAVING_VERBS.has(at(i - 1))) for (let k = i; k <= i + 2; k++) if (INJURY_NOUNS.has(at(k))) return k;
  // "suffered fractures", "sustained burns", "were admitted with burns", "treated for fractures".
  if (INJURY_TAKING.has(w) || (['with', 'for'].includes(at(i + 1)) && INJURY_CARE_VERBS.has(w)))
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
      if (INJURY_NOUNS.has(at(k))) return k;
      if (!isWord(tokens[k]) || CLAUSE_BREAKS.has(at(k))) break;
    }
  if (CARE_SEEKING_VERBS.has(w)) {
    // ("sought medical attention", "sought hospital treatment": care a kind of it names.)
    if (['medical', 'hospital', 'emergency'].includes(at(i + 1)) && ['attention', 'help', 'care', 'treatment', 'assistance'].includes(at(i + 2))) return i + 2;
    if (w.startsWith('s') && at(i + 1) === 'treatment') return i + 1;
  }
  return -1;
}

/** Is the detained figure from `spanTok` to `end` the object or passive subject of a freeing verb? */
function freed(tokens: Token[], spanTok: number, end: number): boolean {
  if (FREEING_VERBS.has(tokens[spanTok - 1]?.lower ?? '')) return true;
  // "11 of the abducted pupils had escaped": the people the participle describes come first.
  const from = countsPeople(tokens[end]?.lower ?? '') ? end + 1 : end;
  for (let k = from; k < from + 4 && k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if (FREEING_VERBS.has(w)) return k > from;
    if (!AUXILIARIES.has(w) && !/^\p{Ll}+ly$/u.test(tokens[k]!.text) && !['later', 'since', 'already', 'all'].includes(w)) return false;
  }
  return false;
}

/**
 * A custodial sentence at `at`: "jail terms", "prison sentences", "administrative arrest",
 * "prison" (after "to"); never "death".
 */
function custodialAt(tokens: Token[], at: number): boolean {
  const w = tokens[at]?.lower ?? '';
  const next = tokens[at + 1]?.lower ?? '';
  if (w === 'administrative' && next === 'arrest') return true;
  if (!CUSTODY_WORDS.has(w)) return false;
  return SENTENCE_NOUNS.has(next) || (tokens[at - 1]?.lower === 'to' && (w === 'prison' || w === 'jail' || w === 'imprisonment'));
}

/**
 * A prison term at `at`: "three years in prison", "18 months in jail", "life in prison"; the
 * index of its custody word, or -1.
 */
function termInCustody(tokens: Token[], at: number): number {
  const unit = tokens[at]?.lower === 'life' ? at : TERM_UNITS.has(tokens[at + 1]?.lower ?? '') && isDigitsOrNumber(tokens[at]) ? at + 1 : -1;
  if (unit < 0 || !['in', 'behind'].includes(tokens[unit + 1]?.lower ?? '')) return -1;
  const place = tokens[unit + 2]?.lower ?? '';
  return CUSTODY_WORDS.has(place) || DETENTION_PLACES.has(place) ? unit + 2 : -1;
}

/**
 * Does a crossing verb's phrase at `at` cross a border: "into Chad", "from Sudan into South
 * Sudan", "the border", "over the frontier into Niger" (not "into the square")?
 */
function crossesBorder(tokens: Token[], at: number): boolean {
  for (let k = at; k < tokens.length && k < at + 4; k++) {
    const w = tokens[k]!.lower;
    if ((w === 'into' || w === 'from') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) return true;
    if (BORDER_NOUNS.has(w)) return true;
    // "crossed into neighbouring countries", "into neighbouring Chad".
    if (w === 'into' && NEIGHBOUR_WORDS.has(tokens[k + 1]?.lower ?? '')) return true;
    if (!['the', 'over', 'across', 'a', 'illegally', 'safely'].includes(w)) return false;
  }
  return false;
}

/**
 * Rule judicial-outcome: "have been sentenced to death", "the court condemned 12 protesters to
 * death" state a sentence, not a death. "to death" whose clause's verb is one of sentencing is no
 * harm cue (an execution carried out is its own category, "executed").
 */
function judicialOutcome(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'death' || tokens[i - 1]?.lower !== 'to') return false;
  for (let k = i - 2; k >= 0 && k >= i - 8; k--) {
    const w = tokens[k]!.lower;
    if (COURT_VERBS.has(w)) return true;
    if (CLAUSE_BREAKS.has(w) || w === ',' || w === 'and') return false;
  }
  return false;
}

/**
 * Does a charge name the killing the phrase at `start` is the victim of: "convicted of killing",
 * "charged with the murder of", "arrested over the killing of"?
 */
function chargedKilling(tokens: Token[], start: number): boolean {
  let k = start - 1;
  if (tokens[k]?.lower === 'of' && CHARGED_KILLING_WORDS.has(tokens[k - 1]?.lower ?? '')) k -= tokens[k - 2]?.lower === 'the' ? 3 : 2;
  else if (/ing$/.test(tokens[k]?.lower ?? '') && CHARGED_KILLING_WORDS.has(tokens[k]!.lower)) k--;
  else return false;
  return ['of', 'with', 'for', 'over'].includes(tokens[k]?.lower ?? '') && CHARGE_WORDS.has(tokens[k - 1]?.lower ?? '');
}

/** A year of our era written in digits ("2019"): it names a time, no count. */
const isYear = (t: Token | undefined) => !!t && /^(?:19|20)\d\d$/.test(t.text);

/** Words that open an apposition on the people just counted: "a teacher and a farmer", "both students". */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'both', 'one', 'all']);
/**
 * The comma closing an apposition that opens at `from` (no verb of its own inside: no auxiliary, no
 * cue, no clause break), when the clause resumes after it on a verb (an auxiliary or a cue); else -1.
 */
function appositionClose(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + APPOSITION_REACH; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k > from + 1 && (AUXILIARIES.has(tokens[k + 1]?.lower ?? '') || !!cueAt(tokens, k + 1)) ? k : -1;
    if (AUXILIARIES.has(t.lower) || CLAUSE_BREAKS.has(t.lower) || RELATIVE_OPENERS.has(t.lower) || /[.;:!?]/.test(t.text) || cueAt(tokens, k)) return -1;
  }
  return -1;
}

/**
 * Is the figure at `at` inside an apposition on the people a figure just before counts ("Two men, both
 * students, were shot dead", "Three of the villagers, a teacher and two farmers, were killed"), the
 * verb after its closing comma theirs?
 */
function inApposition(tokens: Token[], at: number, figureStarts: Set<number>): boolean {
  let c = at - 1;
  while (c >= 0 && c > at - APPOSITION_REACH && tokens[c]!.text !== ',') {
    if (AUXILIARIES.has(tokens[c]!.lower) || CLAUSE_BREAKS.has(tokens[c]!.lower) || cueAt(tokens, c)) return false;
    c--;
  }
  // (Opened by "a"/"an" before the figure, or the figure "both"/"all" itself: not a share, "nine of them nurses", a claim of its own.)
  const opened = c + 1 === at ? ['both', 'all'].includes(tokens[at]?.lower ?? '') : ['a', 'an'].includes(tokens[c + 1]?.lower ?? '');
  if (tokens[c]?.text !== ',' || !opened) return false;
  if (![1, 2, 3, 4, 5].some((d) => figureStarts.has(c - d))) return false;
  return appositionClose(tokens, c + 1) > at;
}

/**
 * Look right of the noun phrase for the figure's predicate. Returns the category, or
 * 'blocked' when the figure has a predicate of its own that is not a harm ("were released").
 */
function rightPredicate(
  tokens: Token[],
  from: number,
  quantityStarts: Set<number>,
  quantityEnds: Map<number, number>,
  /** The figure is a preposition's object ("the toll stood at 215"), so never a subject. */
  prepositionObject = false,
  /** The figure is a verb's object ("registered 26 minors"): another figure after "and" opens a clause of its own. */
  verbObject = false,
): Cue | 'blocked' | null {
  let sawAux = false;
  let passedComma = false;
  // (The figure stands after its verb, no subject: "Among those killed were 70 children", "The agency's toll passes 2,900",
  // "the union counts nine"; read only for a figure after ", and".)
  const afterItsVerb = () => {
    let k = from - 1;
    while (k > 0 && k > from - 8 && !quantityStarts.has(k)) k--;
    const verb = tokens[k - 1];
    if (!verb || !/^\p{Ll}+$/u.test(verb.text)) return false;
    if (COMPLEMENT_VERBS.has(verb.lower)) return true;
    const words = tokens.slice(Math.max(0, k - 3), k).map((w) => w.text);
    return tag(words.join(' ')).at(-1)?.pos === 'VERB';
  };
  // ("Six of those held at the station were later treated for injuries": a partitive's participle names whom the
  // share is of; a harm of the share's own after it is its predicate.)
  const partitiveOwn = partitivePredicate(tokens, from);
  if (partitiveOwn) return partitiveOwn;
  // ("Several members of the police, the Basij and the guard were killed": an "of" phrase lengthens the subject.)
  const ofPhrase = tokens[from]?.lower === 'of' && countsPeople(tokens[from - 1]?.lower ?? '');
  let limit = from + RIGHT_WINDOW + (ofPhrase ? OF_PHRASE_WINDOW : 0);
  // "Four of the miners the doctor treated had died by nightfall", "the men Dr. Ruiz saw were later
  // killed": a relative clause with no pronoun, a subject and its verb, describes the people; the
  // predicate after it is theirs. (With none there, the clause's own verb is read as before:
  // "Twelve people the army detained were released".)
  const contact = contactClauseVerb(tokens, from);
  if (contact > from) {
    const after = rightPredicate(tokens, contact + 1, quantityStarts, quantityEnds, prepositionObject, verbObject);
    if (after && after !== 'blocked') return after;
  }
  for (let i = from; i < tokens.length && i < limit; i++) {
    const t = tokens[i]!;
    // "9 people were rescued and taken to hospital with injuries", "escaped with minor injuries": the
    // wounds the people came away with, after a verb of theirs.
    if (/^\p{Ll}{3,}(?:ed|en)$/u.test(t.text) && !isDigitsOrNumber(t) && !countsPeople(t.lower) && cueAt(tokens, i) !== 'killed') {
      const wound = woundsCarried(tokens, i + 1);
      if (wound >= 0) return { category: 'injured', index: wound };
    }
    // "[size=around 300] No injuries were reported": a bracketed note closes before any predicate.
    if (t.text === ']') return null;
    // ("Among the dead were 70 children, and 95 children were among the injured", "the agency's toll passes 2,900, and
    // 5,100 people are on its list of the hurt": after a figure that follows its verb, a figure after ", and" opens a clause of its own.)
    if (t.text === ',' && tokens[i + 1]?.lower === 'and' && quantityStarts.has(i + 2) && afterItsVerb()) return null;
    // ("180 were held, 26 in Arvo, where a march was staged": a "where" clause set off after the
    // figure's place, before any verb of the figure's own, tells of the place, not of the people.)
    // ("Two men in Orsk, where the clashes began, were shot dead": set off between commas, the clause is read past.)
    if (t.text === ',' && tokens[i + 1]?.lower === 'where' && !sawAux && i > from && PLACE_PREPOSITIONS.has(tokens[from]?.lower ?? '')) {
      let k = i + 2;
      while (k < tokens.length && k < i + 16 && tokens[k]!.text !== ',' && tokens[k]!.text !== '.') k++;
      const resumes =
        tokens[k]?.text === ',' && (AUXILIARIES.has(tokens[k + 1]?.lower ?? '') || !!cueAt(tokens, k + 1) || /^\p{Ll}+ed$/u.test(tokens[k + 1]?.text ?? ''));
      if (!resumes) return null;
      limit += k - i + 1;
      i = k;
      continue;
    }
    // ("Two of the villagers, a teacher and a farmer, were killed": an apposition set off between commas
    // says who they were; the verb after it is the figure's.)
    if (t.text === ',' && i === from && !sawAux && APPOSITION_OPENERS.has(tokens[i + 1]?.lower ?? '')) {
      const close = appositionClose(tokens, i + 1);
      if (close > 0) {
        limit += close - i + 1;
        i = close;
        continue;
      }
    }
    // ("cut its toll down to 18, saying a few victims were entered twice": an aside of speech set off
    // after the figure says something of its own.)
    // (Not "according to police estimates, turned out": an aside closed by a comma the clause resumes after.)
    if (t.text === ',' && !sawAux && FIGURE_CLOSING_ASIDES.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]!.lower !== 'according') return null;
    // ("the most deaths with 19, followed by Orsk with five": a ranking's next place, no predicate of the figure.)
    if (t.text === ',' && tokens[i + 1]?.lower === 'followed' && tokens[i + 2]?.lower === 'by') return null;
    // "nine people including civilians and police were killed": a subgroup inside the subject,
    // up to the comma or the auxiliary that resumes the clause.
    if ((t.lower === 'including' || t.lower === 'among') && !sawAux && i > from - 1) {
      let k = i + 1;
      while (k < tokens.length && k < i + 14 && tokens[k]!.text !== ',' && !AUXILIARIES.has(tokens[k]!.lower) && !CLAUSE_BREAKS.has(tokens[k]!.lower)) k++;
      if (tokens[k]?.text === ',' || AUXILIARIES.has(tokens[k]?.lower ?? '')) {
        limit += k - i;
        i = tokens[k]!.text === ',' ? k : k - 1;
        continue;
      }
    }
    // "7,000 men, women and children were arrested": more people coordinated in the subject.
    if ((t.text === ',' || t.lower === 'and') && !sawAux && i === from && countsPeople(tokens[i + 1]?.lower ?? '') && !cueAt(tokens, i + 1)) {
      from = i + 2;
      limit += 2;
      i++;
      continue;
    }
    // "Two nationals and the child of a third were among the dead": one more person, determined, in
    // the subject (with an "of" phrase on them) lengthens it.
    if (t.lower === 'and' && !sawAux && i === from && DETERMINERS.has(tokens[i + 1]?.lower ?? '') && isSingularPerson(tokens[i + 2]?.lower ?? '')) {
      limit += 3 + (tokens[i + 3]?.lower === 'of' ? OF_PHRASE_WINDOW : 0);
      from = i + 3;
      i += 2;
      continue;
    }
    // "7,000 people — some as young as 10 — were arrested": an aside between dashes inside the subject.
    // ("three men - a baker and two brothers - were struck": a dash closing an aside the figure is in
    // ends it; the verb after is the head's.)
    if (SPACED_DASHES.has(t.text) && i === from && !sawAux && i > 0 && spacedDashAt(tokens, i, t.text)) {
      for (let k = i - 1; k > 0 && k > i - DASH_ASIDE_REACH; k--) if (spacedDashAt(tokens, k, t.text)) return null;
    }
    // ("two porters - Aldo Ferro, 44, and his cousin Emil, 29 - were crushed": a
    // spaced hyphen too, and a list of names with their ages, when the clause resumes right after.)
    const spaced = t.text === '-' && tokens[i - 1]!.end < t.start && tokens[i + 1] !== undefined && t.end < tokens[i + 1]!.start;
    if ((t.text === '—' || t.text === '–' || spaced) && !sawAux && i === from) {
      let k = i + 1;
      const listed = (w: Token) => w.lower === 'and' || w.text === ',';
      while (
        k < tokens.length &&
        k < i + DASH_ASIDE_REACH &&
        tokens[k]!.text !== t.text &&
        !(CLAUSE_BREAKS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'as' && !listed(tokens[k]!))
      )
        k++;
      const resumes = AUXILIARIES.has(tokens[k + 1]?.lower ?? '') || !!cueAt(tokens, k + 1);
      const plain = k < i + 12 && !tokens.slice(i + 1, k).some(listed) && !spaced;
      if (tokens[k]?.text === t.text && (plain || resumes)) {
        limit += k - i + 1;
        from = k + 1;
        i = k;
        continue;
      }
    }
    // "85 patients with head injuries", "40 people with bullet wounds": people described by their wounds.
    if (i === from && t.lower === 'with' && !sawAux) {
      for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
        const cat = cueAt(tokens, k);
        if (cat === 'injured' && WOUND_NOUNS.has(tokens[k]!.lower)) return { category: 'injured', index: k };
        if (cat || !isWord(tokens[k]) || CLAUSE_BREAKS.has(tokens[k]!.lower)) break;
      }
    }
    // "52 people, most of them students, had been killed": an aside between commas inside
    // the subject, when the clause resumes right after it with an auxiliary or a harm.
    // ("30 people, most of them fishermen who had put out to sea before the storm warning, remain missing": an aside
    // opened by a share of them runs on to its closing comma, a clause of its own inside.)
    if (t.text === ',' && !sawAux && i === from) {
      const share =
        SHARE_ASIDE_OPENERS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'of' && ['them', 'whom'].includes(tokens[i + 3]?.lower ?? '');
      const inside = (w: Token) => (share ? !SENTENCE_STOPS.has(w.text) : !CLAUSE_BREAKS.has(w.lower));
      let k = i + 1;
      while (k < tokens.length && k < i + (share ? SHARE_ASIDE_REACH : 10) && tokens[k]!.text !== ',' && !quantityStarts.has(k) && inside(tokens[k]!)) k++;
      // (After a share's aside, a state verb or a modal resumes it too: "…, remain missing", "…, cannot be found".)
      const resumer = (w: string) => AUXILIARIES.has(w) || (share && (MAIN_STATE_VERBS.has(w) || ASIDE_RESUMING_MODALS.has(w)));
      const resumes = tokens[k]?.text === ',' && k > i + 1 && (resumer(tokens[k + 1]?.lower ?? '') || !!cueAt(tokens, k + 1));
      if (resumes) {
        limit += k - i + 1;
        from = k + 1;
        i = k;
        continue;
      }
    }
    // "Three soldiers who were in the car were killed": a relative clause without a cue of its own.
    // "Thirty students who chanted slogans were arrested": a clause of taking part, with a harm
    // right after it, describes the subject too.
    // ("Four men from a nomadic community who had stopped in the village to ask for directions were
    // lynched": or after a short phrase on the people.)
    // (The relative pronoun first: this runs for every word the predicate is sought over.)
    const afterPhrase =
      RELATIVE_OPENERS.has(t.lower) &&
      i > from &&
      i - from <= 6 &&
      PERSON_PHRASE_PREPOSITIONS.has(tokens[from]?.lower ?? '') &&
      tokens.slice(from, i).every((m, d) => isWord(m) && !cueAt(tokens, from + d));
    if ((i === from || afterPhrase) && RELATIVE_OPENERS.has(t.lower)) {
      // "11 people who had not been seen since the riots": not seen since is missing.
      const unseen = [2, 3, 4, 5].map((d) => i + d).find((k) => unseenSince(tokens, k));
      if (unseen !== undefined) return { category: 'missing', index: unseen };
      const harmAfter = (k: number) => [1, 2, 3].some((d) => (cueAt(tokens, k + d) ?? 'participants') !== 'participants');
      const skippable = (k: number) => {
        const cat = cueAt(tokens, k);
        return !cat || (cat === 'participants' && k > i + 1);
      };
      let k = i + 2;
      while (
        k < tokens.length &&
        k < i + RELATIVE_CLAUSE_REACH &&
        !AUXILIARIES.has(tokens[k]!.lower) &&
        skippable(k) &&
        tokens[k]!.text !== ',' &&
        !CLAUSE_BREAKS.has(tokens[k]!.lower)
      )
        k++;
      // "relatives who were detained during the protests remain unaccounted for": a harm inside the
      // relative clause describes the subject; a main predicate after it of another harm is the figure's.
      const inner = cueAt(tokens, k);
      if (inner && inner !== 'participants' && AUXILIARIES.has(tokens[k - 1]?.lower ?? '')) {
        for (let m = k + 2; m < tokens.length && m < k + 8 && !CLAUSE_BREAKS.has(tokens[m]!.lower) && tokens[m]!.text !== ','; m++) {
          if (!MAIN_STATE_VERBS.has(tokens[m]!.lower)) continue;
          const main = rightPredicate(tokens, m, quantityStarts, quantityEnds);
          if (main && main !== 'blocked' && main.category !== inner && main.category !== 'participants') return main;
          break;
        }
      }
      // "Two residents who could not flee died in the fire": the main verb after a relative clause
      // with a cue of its own is the figure's predicate.
      const main = mainDeathAfterRelative(tokens, i);
      if (main) return main;
      const cues = [...Array(k - i).keys()].map((d) => cueAt(tokens, i + d)).filter((c) => c);
      if (AUXILIARIES.has(tokens[k]?.lower ?? '') && (cues.length === 0 || (cues.every((c) => c === 'participants') && harmAfter(k)))) {
        limit += k - i;
        i = k - 1;
        continue;
      }
    }
    // "2 migrants attempting to cross the border were shot dead": a reduced relative ("-ing" right
    // after the people) describes them; the harm after the auxiliary that resumes the clause is theirs.
    // ("9 men suspected of taking part in the looting had been detained", "three men convicted over the riots were
    // hanged": a past participle with its preposition too.)
    const pastRelative = /^\p{Ll}{3,}ed$/u.test(t.text) && PASSIVE_RELATIVE_PREPOSITIONS.has(tokens[i + 1]?.lower ?? '');
    if (i === from && (/^\p{Ll}{3,}ing$/u.test(t.text) || pastRelative) && !cueAt(tokens, i)) {
      const resumed = passiveAfterReducedRelative(tokens, i + 1);
      if (resumed) return resumed;
    }
    // "21 passengers were taken by gunmen who blocked the highway": a relative clause on the agent
    // of the figure's passive tells what the agent did, no predicate of the figure.
    if (['who', 'which'].includes(t.lower) && i > from) {
      const before = tokens.slice(from, i);
      if (before.some((m) => AUXILIARIES.has(m.lower)) && before.some((m) => m.lower === 'by')) return null;
    }
    // "Eight police and six insurgents were killed": coordinated subjects share the predicate.
    // "41 civilians and also one police officer have lost their lives": an adverb may follow the "and".
    const conj =
      t.lower === 'and' || t.lower === 'plus'
        ? COORDINATION_ADVERBS.has(tokens[i + 1]?.lower ?? '')
          ? 2
          : 1
        : matchesAt(tokens, i, ['as', 'well', 'as'])
          ? 3
          : 0;
    // "the toll stood at 215, and 450 people had been injured": the next clause has its own subject.
    if ((prepositionObject || verbObject) && conj && quantityStarts.has(i + conj) && i < from + 3) return null;
    // "put the toll at 71 and the number of wounded at 240": a second count of its own follows.
    if (conj && i < from + 3 && tokens[i + conj]?.lower === 'the' && FIGURE_NOUNS.has(tokens[i + conj + 1]?.lower ?? '')) return null;
    // ("Two members of the security forces and three protesters were killed": past the subject's "of" phrase.)
    const conjReach = tokens[from]?.lower === 'of' ? 6 : 3;
    if (!sawAux && conj && quantityStarts.has(i + conj) && i < from + conjReach) {
      const end = quantityEnds.get(i + conj) ?? i + conj + 1;
      const np = nounPhrase(tokens, end, true);
      if (np.kind === 'person') {
        limit += np.end - i;
        i = np.end - 1;
        continue;
      }
      // "4 soldiers and 1 officer dead": the coordinated figure's people and the harm they share.
      const before = tokens[np.end - 2]?.lower ?? '';
      if (np.kind === 'category' && (np.category === 'killed' || np.category === 'injured') && (countsPeople(before) || isSingularPerson(before)))
        return { category: np.category, index: np.end - 1 };
    }
    // ", including 43 children," / ", among them …,": a parenthesis inside the subject.
    // ", ten of them policemen,": a part of the subject counted inside it.
    // (", several foreigners among them,": the part's people before "among them".)
    const partEnd = quantityEnds.get(i + 1) ?? i + 2;
    const partOfSubject =
      quantityStarts.has(i + 1) &&
      ((tokens[partEnd]?.lower === 'of' && ['them', 'whom'].includes(tokens[partEnd + 1]?.lower ?? '')) ||
        [1, 2].some((d) => tokens[partEnd + d]?.lower === 'among' && ['them', 'whom'].includes(tokens[partEnd + d + 1]?.lower ?? '')));
    if (
      t.text === ',' &&
      (partOfSubject || ['including', 'among', 'mostly', 'mainly', 'many', 'most', 'some', 'all', 'half', 'according'].includes(tokens[i + 1]?.lower ?? ''))
    ) {
      let k = i + 2;
      // ("including boys as young as 10,": "as" inside the parenthesis compares, no clause.)
      while (
        k < tokens.length &&
        k < i + 14 &&
        tokens[k]!.text !== ',' &&
        !AUXILIARIES.has(tokens[k]!.lower) &&
        !(CLAUSE_BREAKS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'as')
      )
        k++;
      // The parenthesis does not use up the window of the predicate after it; an unclosed one
      // (", including security personnel were killed") ends at the auxiliary.
      if (tokens[k]?.text === ',' || (AUXILIARIES.has(tokens[k]?.lower ?? '') && !partOfSubject)) {
        limit += k - i;
        i = tokens[k]!.text === ',' ? k : k - 1;
        continue;
      }
    }
    // "Lawyer Sami Okon, who represents several families, said police had arrested 50 people": a
    // comma then a verb of speech closes the clause the figure stands in; the harm after it is
    // another subject's ("Five people, said police, were killed" sets the speaker off and goes on).
    if (t.text === ',' && SPEECH_VERBS.has(tokens[i + 1]?.lower ?? '')) {
      let close = i + 2;
      while (close <= i + 6 && close < tokens.length && tokens[close]!.text !== ',') close++;
      if (tokens[close]?.text !== ',' || close > i + 6) return null;
      limit += close - i;
      i = close;
      continue;
    }
    // "the toll was between 200 and 225, a figure rights groups called an undercount": an apposition
    // on the figure itself ends its clause; what it says of the figure is no predicate of the figure.
    if (t.text === ',' && ['a', 'an', 'the'].includes(tokens[i + 1]?.lower ?? '') && [i + 2, i + 3].some((k) => TOTAL_NOUNS.has(tokens[k]?.lower ?? '')))
      return null;
    // "seven people from one family were wounded": one group the subject comes from is no figure of its own.
    const fromOneGroup = t.lower === 'one' && ['from', 'of', 'in'].includes(tokens[i - 1]?.lower ?? '') && UNIT_GROUP_NOUNS.has(tokens[i + 1]?.lower ?? '');
    // "40,000 workers from more than 120 factories joined": a count of the places the subject comes
    // from is part of the subject; its predicate is the figure's.
    if (quantityStarts.has(i) && !sawAux && i <= from + 3 && tokens.slice(from, i).some((w) => w.lower === 'from')) {
      const np = nounPhrase(tokens, quantityEnds.get(i) ?? i + 1);
      if (np.kind === 'thing') {
        limit += np.end - i;
        i = np.end - 1;
        continue;
      }
    }
    if (quantityStarts.has(i) && !fromOneGroup) return null;
    if (CLAUSE_BREAKS.has(t.lower)) return null;
    // ("cared for his two nephews since their father died", "…, and that many of the injured were
    // too afraid": a clause with a subject of its own; not "have since died", "since Monday".)
    if ((t.lower === 'since' || t.lower === 'until') && CLAUSE_SUBJECT_OPENERS.has(tokens[i + 1]?.lower ?? '')) return null;
    if (t.lower === 'that' && tokens[i - 1]?.lower === 'and' && tokens[i - 2]?.text === ',') return null;
    // "relatives of six men do not know where they are": whereabouts unknown count the missing.
    if (unknownWhereabouts(tokens, i)) return { category: 'missing', index: i + 1 };
    // "have not been seen since": read past the negation (which blocks any other predicate) to the sighting.
    if (isNegation(t.lower)) {
      const seen = [1, 2].map((d) => i + d).find((k) => unseenSince(tokens, k));
      if (seen !== undefined) return { category: 'missing', index: seen };
      // ("eleven inmates were not accounted for", "have not yet been accounted for": unaccounted for.)
      const accounted = [1, 2, 3].map((d) => i + d).find((k) => tokens[k]?.lower === 'accounted' && tokens[k + 1]?.lower === 'for');
      if (accounted !== undefined && tokens.slice(i + 1, accounted).every((m) => m.lower === 'been' || m.lower === 'yet' || m.lower === 'all'))
        return { category: 'missing', index: accounted + 1 };
    }
    if (t.text === ',' && quantityStarts.has(i + 1)) return null;
    if (t.lower === 'and' && (quantityStarts.has(i + 1) || quantityStarts.has(i + 2))) return null;
    // "12 protest leaders were arrested": a gathering word before a person noun modifies it.
    // "supporters of the jailed leader protested": a harm participle after a determiner describes
    // the noun after it, not the figure.
    // ("14 members of the armed group were killed": a participle of no harm after an article
    // describes any noun after it; a verb never follows an article.)
    const attributive =
      i > from &&
      /(?:ed|en)$/.test(t.lower) &&
      ['the', 'a', 'an', 'his', 'her', 'their'].includes(tokens[i - 1]?.lower ?? '') &&
      (isSingularPerson(tokens[i + 1]?.lower ?? '') ||
        countsPeople(tokens[i + 1]?.lower ?? '') ||
        (!cueAt(tokens, i) && ['the', 'a', 'an'].includes(tokens[i - 1]!.lower) && /^\p{Ll}+$/u.test(tokens[i + 1]?.text ?? '')));
    // ("27 fighters from rival armed groups died": a participle of no harm before a plural noun,
    // inside a prepositional phrase on the subject, describes that noun.)
    const inPhrase =
      i > from &&
      /(?:ed|en)$/.test(t.lower) &&
      !cueAt(tokens, i) &&
      /^\p{Ll}+$/u.test(tokens[i + 1]?.text ?? '') &&
      pluralCommonNoun(tokens[i + 1]!.lower) &&
      !AUXILIARIES.has(tokens[i - 1]?.lower ?? '') &&
      tokens.slice(from, i).some((m) => ['from', 'of', 'with'].includes(m.lower));
    if (attributive || inPhrase) continue;
    // "30 volunteers serving meals to people displaced", "three doctors caring for those injured": a
    // harm's participle on other people, the object of the figure's own verb or preposition, is theirs.
    if (
      i > from + 2 &&
      /(?:ed|en)$/.test(t.lower) &&
      cueAt(tokens, i) &&
      (countsPeople(tokens[i - 1]!.lower) || tokens[i - 1]!.lower === 'those') &&
      (OTHERS_HARM_PREPOSITIONS.has(tokens[i - 2]!.lower) || /^\p{Ll}{3,}ing$/u.test(tokens[i - 2]!.text)) &&
      !sawAux
    )
      return null;
    // "Some of them saw their neighbours killed": what the figure witnessed is no harm of its own.
    if (WITNESSING_VERBS.has(t.lower) && i > from) return null;
    const modifiesPerson = CATEGORY_CUES.get(t.lower) === 'participants' && countsPeople(tokens[i + 1]?.lower ?? '');
    const cat = modifiesPerson ? null : cueAt(tokens, i);
    // "2 journalists covering a protest were detained": a gathering inside a reduced relative
    // ("-ing" right after the subject) describes the subject; the harm after the auxiliary is the predicate.
    // ("Two men taking part in the protests died of gunshot wounds": the participle of taking part itself.)
    const partRelative = i === from && /ing$/.test(t.lower);
    if (cat === 'participants' && !sawAux && ((i > from && /ing$/.test(tokens[from]?.lower ?? '') && !cueAt(tokens, from)) || partRelative)) {
      const harm = harmAfterRelative(tokens, i + 1) ?? (partRelative ? finiteHarmAfter(tokens, i + 1) : null);
      if (harm) return harm;
    }
    // "saved 30 people from drowning": a harm after "from" is one the figure escaped.
    if (cat && tokens[i - 1]?.lower === 'from' && /ing$/.test(t.lower)) return 'blocked';
    // "were maimed to death": a harm whose outcome is a death.
    if (cat && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.lower === 'death')
      return judicialOutcome(tokens, i + 2) ? 'blocked' : { category: 'killed', index: i + 2 };
    // "Two gunmen killed three guards", "five officers arrested the journalist": the figure is the
    // subject of an active harm verb with an object of its own, so it counts who did the harm.
    if (cat && !sawAux && HARM_VERB_FORMS.has(t.lower) && !/ing$/.test(t.lower) && takesObject(tokens, i + 1, quantityStarts)) return 'blocked';
    // "were wounded and later died", "injured and then succumbed": the figure counts the deaths.
    if (cat === 'injured' && ['and', 'then', 'before'].includes(tokens[i + 1]?.lower ?? '')) {
      for (let k = i + 2; k <= i + 3 && k < tokens.length; k++) {
        const then = cueAt(tokens, k);
        if (then === 'killed') return { category: then, index: k };
        if (!/^\p{Ll}+ly$/u.test(tokens[k]!.text) && tokens[k]!.lower !== 'later') break;
      }
    }
    // "nine people detained on the first night remained unaccounted for": a harm participle opening
    // a reduced relative describes them; the state a linking verb after its phrase puts them in is
    // what the figure counts.
    if (cat && !sawAux && i === from && /(?:ed|en)$/.test(t.lower) && REDUCED_RELATIVE_PREPOSITIONS.has(tokens[i + 1]?.lower ?? '')) {
      const state = stateAfterRelative(tokens, i + 2);
      if (state && state.category !== cat) return state;
    }
    if (cat) return { category: cat, index: i };
    // "sought refuge in churches", "took shelter in schools", "were sheltering in schools", "are
    // living in makeshift camps": away from home is displacement.
    if (REFUGE_NOUNS.has(t.lower) && REFUGE_VERBS.has(tokens[i - 1]?.lower ?? '')) return { category: 'displaced', index: i };
    // ("have sought shelter at a church": the verb is read before its noun.)
    if (REFUGE_VERBS.has(t.lower) && REFUGE_NOUNS.has(tokens[i + 1]?.lower ?? '')) return { category: 'displaced', index: i + 1 };
    if (SHELTERING_VERBS.has(t.lower) && SHELTER_SITE_WORDS.has(tokens[i + 1]?.lower ?? '')) return { category: 'displaced', index: i };
    // ("15,000 people were sleeping in the open", "living outdoors": no roof is displacement.)
    if (
      DWELLING_VERBS.has(t.lower) &&
      (tokens[i + 1]?.lower === 'outdoors' || (tokens[i + 1]?.lower === 'in' && tokens[i + 2]?.lower === 'the' && tokens[i + 3]?.lower === 'open'))
    )
      return { category: 'displaced', index: tokens[i + 1]!.lower === 'outdoors' ? i + 1 : i + 3 };
    // ("spent a third night in 12 evacuation centres", "have spent two nights at a transit site": a night away from home, in a camp.)
    const night = t.lower === 'spent' ? [1, 2, 3].map((d) => i + d).find((k) => NIGHT_NOUNS.has(tokens[k]?.lower ?? '')) : undefined;
    if (night !== undefined && ['in', 'at'].includes(tokens[night + 1]?.lower ?? '')) {
      const camp = [2, 3, 4, 5].map((d) => night + d).find((k) => campNounAt(tokens, k));
      if (camp !== undefined && tokens.slice(night + 2, camp).every((m) => isWord(m) || /^\d/.test(m.text))) return { category: 'displaced', index: camp };
    }
    // ("…, and some 900 of them remain in school shelters": a share of the people just counted, in camps, is displaced.)
    const shareInCamp = ['are', 'were', 'remain'].includes(t.lower) && ['them', 'whom'].includes(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.lower === 'of';
    if ((DWELLING_VERBS.has(t.lower) || shareInCamp) && ['in', 'at'].includes(tokens[i + 1]?.lower ?? '')) {
      // (The camp noun heads its phrase: "school dormitories" are no school.)
      const heads = (k: number) =>
        !isWord(tokens[k + 1]) ||
        ['in', 'at', 'on', 'near', 'outside', 'and', 'or', 'since', 'for', 'across', 'throughout', 'around'].includes(tokens[k + 1]!.lower);
      // ("staying in evacuation centres": a centre named for the displaced is a camp too.)
      const camp = [2, 3, 4, 5].map((d) => i + d).find((k) => campNounAt(tokens, k) && heads(k));
      // ("living in 14 camps": a count of the camps may stand before the noun.)
      if (camp !== undefined && tokens.slice(i + 2, camp).every((m) => isWord(m) || /^\d/.test(m.text))) return { category: 'displaced', index: camp };
    }
    // "forced 9,870 people into 142 relief camps", "had registered at two temporary camps", "were
    // moved to shelters": people brought into camps are displaced.
    // (Right after the people, "into" is a driving verb's before them: "forced 9,870 people into".)
    const driven = i === from && [2, 3, 4, 5].some((d) => DRIVING_VERBS.has(tokens[from - d]?.lower ?? ''));
    if ((t.lower === 'into' && (i > from || driven)) || (['at', 'in', 'to'].includes(t.lower) && CAMP_ENTRY_VERBS.has(tokens[i - 1]?.lower ?? ''))) {
      const camp = [1, 2, 3, 4].map((d) => i + d).find((k) => RELIEF_CAMP_NOUNS.has(tokens[k]?.lower ?? ''));
      if (camp !== undefined && tokens.slice(i + 1, camp).every((m) => isWord(m) || /^\d/.test(m.text))) return { category: 'displaced', index: camp };
    }
    // "forced 20,000 people from their homes", "drove 3,000 families from their villages".
    // (Not "taken from their homes", "dragged from their homes": people seized there are held, or
    // missing when no one says who took them.)
    if (t.lower === 'from' && POSSESSIVES.has(tokens[i + 1]?.lower ?? '') && HOME_NOUNS.has(tokens[i + 2]?.lower ?? '')) {
      // ("were dragged from their homes and burnt to death": the harm that ended it.)
      const ended = killedAfterAnd(tokens, i + 3);
      if (ended >= 0) return { category: 'killed', index: ended };
      // ("took two party leaders, Ana Ruiz and Omar Diaz, from their homes": past the names set off.)
      let before = i;
      if (tokens[i - 1]?.text === ',') {
        const open = tokens.slice(Math.max(0, i - 10), i - 1).findLastIndex((x) => x.text === ',');
        if (open >= 0) before = Math.max(0, i - 10) + open;
      }
      const seized = tokens.slice(Math.max(0, before - SEIZED_REACH), before).some((x) => SEIZING_VERBS.has(x.lower));
      return { category: seized ? 'detained' : 'displaced', index: i + 2 };
    }
    // "have left their homes", "had abandoned their villages", "were evicted from their homes".
    if (HOME_LEAVING_VERBS.has(t.lower)) {
      const k = tokens[i + 1]?.lower === 'from' ? i + 2 : i + 1;
      if (POSSESSIVES.has(tokens[k]?.lower ?? '') && HOME_NOUNS.has(tokens[k + 1]?.lower ?? '')) return { category: 'displaced', index: k + 1 };
      // ("2,000 people have left flooded villages", "left their damaged homes": a participle describing the homes.)
      const described = POSSESSIVES.has(tokens[k]?.lower ?? '') ? k + 1 : k;
      if (/^\p{Ll}+ed$/u.test(tokens[described]?.text ?? '') && HOME_NOUNS.has(tokens[described + 1]?.lower ?? ''))
        return { category: 'displaced', index: described + 1 };
      // ("around 2,000 residents had left the camp", "3,000 people had left settlements along the river".)
      const d = tokens[k]?.lower === 'the' ? k + 1 : k;
      if (t.lower !== 'leave' && LEFT_DWELLING_NOUNS.has(tokens[d]?.lower ?? '')) return { category: 'displaced', index: d };
    }
    // "were on the streets", "were at the rally", "with tens of thousands in the streets": present
    // at a gathering, unless a harm follows ("200 people in the streets were injured").
    if ((sawAux ? i > from : i === from) && ['on', 'in', 'at', 'onto', 'into'].includes(t.lower)) {
      const det = ['the', 'a', 'an', 'its'].includes(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      // ("are on Freedom Square", "in Tahrir Square": a named square or avenue, its head last.)
      let head = det;
      while (head < det + 3 && startsCapitalised(tokens[head]?.text ?? '') && startsCapitalised(tokens[head + 1]?.text ?? '')) head++;
      const w = tokens[head]?.lower ?? '';
      const present = t.lower === 'at' ? GATHERING_NOUNS.has(w) : PRESENCE_PLACES.has(w);
      const harmAfter = [1, 2, 3, 4, 5].some((d) => (cueAt(tokens, det + d) ?? 'participants') !== 'participants');
      if (present && (sawAux || !harmAfter)) return { category: 'participants', index: head };
    }
    // "are still in arbitrary detention", "taken into custody", "remain in hospital".
    // "are behind bars", "remain in jail": a place of detention is the state of detention.
    if ((['in', 'into', 'under', 'behind'].includes(t.lower) && i > from) || t.lower === 'to') {
      const state = stateAfter(tokens, i, sawAux);
      if (state) return state;
    }
    // "…almost 6,000, the presidential office announced": the figure's own clause has ended.
    if (passedComma && REPORTING_VERBS.has(t.lower) && !NEUTRAL_VERBS.has(t.lower)) return null;
    if (t.text === ',') passedComma = true;
    if (AUXILIARIES.has(t.lower)) {
      sawAux = true;
      continue;
    }
    // "are listed as missing", "were declared as missing".
    if (RECORDED_AS_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'as')
      for (let k = i + 2; k <= i + 3 && k < tokens.length; k++) {
        const cat = cueAt(tokens, k);
        if (cat && cat !== 'participants') return { category: cat, index: k };
        if (!/^\p{Ll}+ly$/u.test(tokens[k]!.text)) break;
      }
    // "Two journalists were among the 40 people detained", "a boy was among those killed": the
    // harm of the larger count the figure is part of.
    // ("14 guards among 37 dead": a headline's, with no verb, when a count of its own follows.)
    const verbless =
      !sawAux && t.lower === 'among' && i === from && (quantityStarts.has(i + 1) || (tokens[i + 1]?.lower === 'the' && quantityStarts.has(i + 2)));
    if (verbless || (sawAux && t.lower === 'among' && i === from + 1 + (tokens[from]?.lower === 'also' ? 1 : 0))) {
      let k = i + 1;
      if (tokens[k]?.lower === 'the' && quantityStarts.has(k + 1)) k = nounPhrase(tokens, quantityEnds.get(k + 1) ?? k + 2).end;
      // ("Eleven students were among at least 48 people killed": a count of its own, as with "the".)
      else if (quantityStarts.has(k)) k = nounPhrase(tokens, quantityEnds.get(k) ?? k + 1).end;
      else if (tokens[k]?.lower === 'those' || tokens[k]?.lower === 'people') k++;
      else k = -1;
      // ("40 lawyers were among those held": those held are detained.)
      // ("were among the 37 dead": the count's own noun may be its harm.)
      const cat =
        k > 0
          ? tokens[k]?.lower === 'held' && tokens[k - 1]?.lower === 'those'
            ? 'detained'
            : (cueAt(tokens, k) ?? (HARMED_HEADS.has(tokens[k - 1]?.lower ?? '') ? cueAt(tokens, k - 1) : null))
          : null;
      if (cat && cat !== 'participants') return { category: cat, index: k };
    }
    // "of whom 12 were children", "40 were women": after a copula, a person noun is what the
    // figure is, not a verb of its own; the figure takes its harm from the claim it is part of.
    if (sawAux && ['were', 'was', 'are', 'is'].includes(tokens[i - 1]?.lower ?? '') && (countsPeople(t.lower) || isSingularPerson(t.lower))) return null;
    // (Before the neutral verbs: "received treatment".) "are still being treated in hospital", "were rushed to hospitals": care for the injured.
    if (TREATMENT_VERBS.has(t.lower)) {
      // "Three others are being treated", "were being treated for burns": care under way, no place needed
      // (not "are being treated as suspects").
      if (t.lower === 'treated' && tokens[i - 1]?.lower === 'being' && !['as', 'like'].includes(tokens[i + 1]?.lower ?? ''))
        return { category: 'injured', index: i };
      // "25 have been treated and discharged": care that ended with leaving hospital.
      if (t.lower === 'treated' && sawAux && tokens[i + 1]?.lower === 'and' && DISCHARGE_VERBS.has(tokens[i + 2]?.lower ?? ''))
        return { category: 'injured', index: i };
      // "were treated for tear gas inhalation", "had been treated for burns": care for what hurt them (not "treated for free").
      if (t.lower === 'treated' && sawAux && tokens[i + 1]?.lower === 'for' && isWord(tokens[i + 2]) && tokens[i + 2]!.lower !== 'free')
        return { category: 'injured', index: i };
      // "At the Civil Hospital, … 46 quake victims had been admitted since Sunday": a facility the
      // sentence names is where the people were admitted, wherever it stands.
      if (
        t.lower === 'admitted' &&
        PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '') &&
        tokens.some((x) => TREATMENT_PLACES.has(x.lower) && x.lower !== 'care')
      )
        return { category: 'injured', index: i };
      // ("transferred by helicopter to the regional hospital": how they were carried stands between.)
      const carried = tokens[i + 1]?.lower === 'by' ? 2 : 0;
      for (let k = i + 1; k <= i + 5 + carried && k < tokens.length; k++) {
        // "needed hospital care", "were in intensive care"; not "need humanitarian care".
        const care = tokens[k]!.lower === 'care' && !['hospital', 'intensive', 'medical'].includes(tokens[k - 1]?.lower ?? '');
        if (TREATMENT_PLACES.has(tokens[k]!.lower) && !care) return { category: 'injured', index: k };
        if (CLAUSE_BREAKS.has(tokens[k]!.lower) || tokens[k]!.text === ',') break;
      }
    }
    // "were beaten", "were hit by rubber bullets", "lost an eye", "sought medical attention".
    // ("61 people assaulted and 112 arrests": a participle right after the people, with no object of its
    // own, is a reduced passive; "40 people assaulted the station" is active.)
    const reduced = i === from && /ed$/.test(t.lower) && ASSAULT_PARTICIPLES.has(t.lower) && REDUCED_PASSIVE_FOLLOWERS.has(tokens[i + 1]?.lower ?? '.');
    const injury = injuryPredicate(tokens, i, sawAux || reduced);
    if (injury >= 0) return { category: 'injured', index: injury };
    // "have lost their lives" (before the subject's nouns: "lost" is also a noun of people).
    if (
      /^los[te]/.test(t.lower) &&
      ['their', 'his', 'her', 'its'].includes(tokens[i + 1]?.lower ?? '') &&
      ['lives', 'life'].includes(tokens[i + 2]?.lower ?? '')
    ) {
      return { category: 'killed', index: i + 2 };
    }
    // "have been charged", "were brought before magistrates", "appeared in court": held to answer a
    // charge (not "two officers were charged over the killing": security forces accused of abuses).
    const court = (k: number) =>
      COURT_NOUNS.has(tokens[k]?.lower ?? '') || (DETERMINERS.has(tokens[k]?.lower ?? '') && COURT_NOUNS.has(tokens[k + 1]?.lower ?? ''));
    const accusedForce = SCOPE_SECURITY_NOUNS.has(tokens[from - 1]?.lower ?? '');
    if (sawAux && !accusedForce && t.lower === 'charged' && ['been', 'were', 'was'].includes(tokens[i - 1]?.lower ?? ''))
      return { category: 'detained', index: i };
    if (!accusedForce && (t.lower === 'brought' || t.lower === 'appeared') && ['before', 'in'].includes(tokens[i + 1]?.lower ?? '') && court(i + 2))
      return { category: 'detained', index: i };
    // Adverbs ("were lightly wounded", "fatally shot") and the rest of the subject's noun phrase.
    const adverb = /^\p{Ll}{3,}ly$/u.test(t.text) && !CATEGORY_CUES.has(t.lower) && !personNoun(t.lower);
    if (adverb || (!sawAux && countsPeople(t.lower)) || NEUTRAL_VERBS.has(t.lower) || !isWord(t)) {
      // "were found in a mass grave": the verb slot after the auxiliary is taken.
      if (sawAux && /(?:ed|en|ght|und)$/.test(t.lower)) sawAux = false;
      continue;
    }
    // "stabbed to death", "beaten to death", "burned alive" (not "sentenced to death": judicial-outcome).
    if (tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.lower === 'death')
      return judicialOutcome(tokens, i + 2) ? 'blocked' : { category: 'killed', index: i + 2 };
    // A headline's bare participle: "Thousands held after unrest".
    // Not an active "held placards", "held banners": a plural object after it.
    const heldObject = tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'the' || nounPhrase(tokens, i + 1).kind === 'thing';
    if (i === from && t.lower === 'held' && !heldObject) return { category: 'detained', index: i };
    // "have gone missing", "remain in detention", "were left wounded": the state after the link.
    if (LINKING_VERBS.has(t.lower)) {
      // "29 remained in intensive care", "remain in critical condition".
      const state = ['in', 'under', 'behind'].includes(tokens[i + 1]?.lower ?? '') ? stateAfter(tokens, i + 1, true) : null;
      if (state) return state;
      for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
        const placed = ['in', 'behind'].includes(tokens[k - 1]!.lower);
        // ("Nine remain on admission", "six remain on the wards": a hospital's own words for its patients.)
        // ("Nine remain admitted": a hospital's word for its patients right after "remain".)
        const onWard =
          (CARE_STATES_ON.has(tokens[k]!.lower) && (tokens[k - 1]!.lower === 'on' || (tokens[k - 1]!.lower === 'the' && tokens[k - 2]?.lower === 'on'))) ||
          (k === i + 1 && CARE_STATES_REMAINING.has(tokens[k]!.lower) && REMAINING_VERBS.has(t.lower));
        const cat =
          cueAt(tokens, k) ??
          (placed && DETENTION_PLACES.has(tokens[k]!.lower) ? 'detained' : null) ??
          ((placed && CARE_PLACES.has(tokens[k]!.lower)) || onWard ? 'injured' : null);
        if (cat && cat !== 'participants') return { category: cat, index: k };
        if (CLAUSE_BREAKS.has(tokens[k]!.lower) || tokens[k]!.text === ',') break;
      }
      return 'blocked';
    }
    // "thousands of students draped in flags marched": a participle with its phrase right after the
    // subject describes it (a reduced relative); the cue after that phrase is the predicate.
    // ("230 persons suspected of organising the unrest have been detained": an accusation's phrase too.)
    const accused = ACCUSATION_PARTICIPLES.get(t.lower) === tokens[i + 1]?.lower;
    // ('eight people "linked to the CIA" had been arrested': or a tie's phrase.)
    const tied = AFFILIATION_PARTICIPLES.has(t.lower) && ['to', 'with'].includes(tokens[i + 1]?.lower ?? '');
    if (
      !sawAux &&
      i === from &&
      /(?:ed|en)$/.test(t.lower) &&
      (REDUCED_RELATIVE_PREPOSITIONS.has(tokens[i + 1]?.lower ?? '') || accused || tied) &&
      !OWN_PREDICATE.test(t.lower)
    ) {
      const cue = predicateAfterModifier(tokens, i + 2, quantityStarts);
      if (cue) return cue;
    }
    // "were burned alive", "buried alive".
    if (ALIVE_DEATH_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'alive') return { category: 'killed', index: i + 1 };
    // "were handed jail terms", "received prison sentences", "were sentenced to prison": custody.
    if (/^\p{Ll}/u.test(t.text)) {
      // A term's length may stand before it: "were given 15-day jail sentences".
      const term = tokens[i + 1] && /^\d/.test(tokens[i + 1]!.text) && tokens[i + 2]?.text === '-' ? 3 : 0;
      for (let k = i; k <= i + 3 + term && k < tokens.length; k++) {
        if (custodialAt(tokens, k))
          return { category: 'detained', index: SENTENCE_NOUNS.has(tokens[k + 1]?.lower ?? '') || tokens[k]!.lower === 'administrative' ? k + 1 : k };
        const inTerm = k > i && k <= i + term;
        if ((!isWord(tokens[k]) && !inTerm) || CLAUSE_BREAKS.has(tokens[k]!.lower)) break;
      }
    }
    // ("were back on the streets": an adverb after the copula, no verb.)
    if (sawAux && COPULA_ADVERBS.has(t.lower) && ['were', 'was', 'are', 'is'].includes(tokens[i - 1]?.lower ?? '')) continue;
    // "were dragged from their homes and burnt to death", "were dragged from their homes": the reading of "from their homes" below decides.
    // (Not "picked", which takes people in only with "up": "were picked from their homes by rescue boats".)
    if (
      sawAux &&
      SEIZING_VERBS.has(t.lower) &&
      t.lower !== 'picked' &&
      tokens[i + 1]?.lower === 'from' &&
      POSSESSIVES.has(tokens[i + 2]?.lower ?? '') &&
      HOME_NOUNS.has(tokens[i + 3]?.lower ?? '')
    )
      continue;
    // "Two were battling for their lives last night": the wounded whose lives are in danger.
    if (
      LIFE_FIGHTING_VERBS.has(t.lower) &&
      tokens[i + 1]?.lower === 'for' &&
      POSSESSIVES.has(tokens[i + 2]?.lower ?? '') &&
      /^li(?:fe|ves)$/.test(tokens[i + 3]?.lower ?? '')
    )
      return { category: 'injured', index: i + 3 };
    // "failed to survive their wounds": the survival the verb denies.
    if (SURVIVAL_FAILING.has(t.lower) && cueAt(tokens, i + 2) === 'killed') return { category: 'killed', index: i + 2 };
    // A main verb that is not a cue: the figure has its own, different predicate.
    // Not a person noun in -en ("One Sudanese citizen was killed").
    const verbLike = sawAux || (/(?:ed|en)$/.test(t.lower) && !personNoun(t.lower));
    // "some 9,000 villagers have lost their houses", "were told to leave their homes": home lost or left on orders.
    const homeAt = (k: number) => POSSESSIVES.has(tokens[k - 1]?.lower ?? '') && HOME_NOUNS.has(tokens[k]?.lower ?? '');
    if (HOME_LOSING_VERBS.has(t.lower) && homeAt(i + 2)) return { category: 'displaced', index: i + 2 };
    if (HOME_ORDERING_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'to' && FORCED_LEAVING_VERBS.has(tokens[i + 2]?.lower ?? '') && homeAt(i + 4))
      return { category: 'displaced', index: i + 4 };
    if (verbLike && /^\p{Ll}/u.test(t.text)) {
      // "538,000 forced from homes", "have been forced out of their homes": driven from home, displaced.
      if (DRIVING_VERBS.has(t.lower)) {
        let k = tokens[i + 1]?.lower === 'from' ? i + 2 : tokens[i + 1]?.lower === 'out' && tokens[i + 2]?.lower === 'of' ? i + 3 : -1;
        if (k > 0 && POSSESSIVES.has(tokens[k]?.lower ?? '')) k++;
        if (k > 0 && HOME_NOUNS.has(tokens[k]?.lower ?? '')) return { category: 'displaced', index: k };
        // ("have been forced to flee", "were forced to leave." or "to leave their villages": driven
        // from home, named or not; not "forced to leave early", a workplace.)
        if (tokens[i + 1]?.lower === 'to' && FORCED_LEAVING_VERBS.has(tokens[i + 2]?.lower ?? '')) {
          const after = tokens[i + 3];
          const what = after && (POSSESSIVES.has(after.lower) || after.lower === 'the') ? tokens[i + 4] : after;
          const home =
            !after || !isWord(after) || (!!what && (HOME_NOUNS.has(what.lower) || LEFT_DWELLING_NOUNS.has(what.lower) || LEFT_AREA_NOUNS.has(what.lower)));
          if (FLEEING_INFINITIVES.has(tokens[i + 2]!.lower) || home) return { category: 'displaced', index: i + 2 };
        }
      }
      // "About 2,000 people have been relocated": moved out by the authorities, as the evacuated are (not an
      // agency's "relocated 30 staff", active).
      if (sawAux && RELOCATION_PARTICIPLES.has(t.lower)) return { category: 'displaced', index: i };
      // "had been moved to an evacuation centre", "were relocated to schools and a monastery": people a
      // verb of entry takes to a camp, a centre named for the displaced or a building they shelter in.
      if (CAMP_ENTRY_VERBS.has(t.lower) && ['to', 'into', 'in', 'at'].includes(tokens[i + 1]?.lower ?? '')) {
        const camp = [2, 3, 4, 5].map((d) => i + d).find((k) => campNounAt(tokens, k));
        if (camp !== undefined && tokens.slice(i + 2, camp).every((m) => isWord(m) || /^\d/.test(m.text))) return { category: 'displaced', index: camp };
      }
      // "were made homeless", "rendered homeless": the state the verb puts them in.
      const made = STATE_VERBS.has(t.lower) ? cueAt(tokens, i + 1) : null;
      if (made && made !== 'participants') return { category: made, index: i + 1 };
      // "were put in detention", "thrown into jail", "placed under arrest", "sent to hospital":
      // the state the verb's phrase puts them in.
      // ("some 900 people had passed through custody": custody they passed through.)
      const passedThrough = tokens[i + 1]?.lower === 'through' && THROUGH_PASSING_VERBS.has(t.lower);
      if (['in', 'into', 'under', 'behind', 'to'].includes(tokens[i + 1]?.lower ?? '') || passedThrough) {
        const state = stateAfter(tokens, i + 1, true);
        if (state) return state;
      }
      // "defied a ban and marched", "braved the rain and rallied": an active verb coordinated
      // with a verb of taking part.
      if (!sawAux) {
        for (let k = i + 1; k <= i + 8 && k < tokens.length; k++) {
          const w = tokens[k]!.lower;
          if (w === ',' || CLAUSE_BREAKS.has(w) || quantityStarts.has(k) || (cueAt(tokens, k) && w !== 'and')) break;
          // "defied a ban to rally in the city centre": a purpose of taking part.
          if ((w === 'and' || w === 'to') && cueAt(tokens, k + 1) === 'participants') return { category: 'participants', index: k + 1 };
        }
      }
      // "were pulled off the bus and shot dead", "were dragged out and killed": a passive verb's
      // phrase, then a coordinated harm participle, is the predicate.
      if (sawAux)
        for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
          const w = tokens[k]!.lower;
          if (w === ',' || CLAUSE_BREAKS.has(w) || quantityStarts.has(k) || !isWord(tokens[k])) break;
          if (w !== 'and') continue;
          let m = k + 1;
          while (m < k + 3 && (/^\p{Ll}+ly$/u.test(tokens[m]?.text ?? '') || ['then', 'later'].includes(tokens[m]?.lower ?? ''))) m++;
          const cat = cueAt(tokens, m);
          if (cat && cat !== 'participants' && k > i + 1 && /(?:ed|en|ot|ung|ain)$/.test(tokens[m]!.lower)) return { category: cat, index: m };
          break;
        }
      // "were ambushed and killed", "tortured, ill-treated or seriously injured": a coordinated
      // harm participle is the predicate.
      for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
        const w = tokens[k]!.lower;
        const cat = cueAt(tokens, k);
        if (cat && cat !== 'participants') {
          if (k > i + 1) return { category: cat, index: k };
          break;
        }
        const joiner = w === 'and' || w === 'or' || w === ',' || w === 'then' || w === 'later';
        if (!joiner && !/^\p{Ll}[\p{Ll}-]*(?:ed|ly)$/u.test(w)) break;
      }
      // "had been unable to flee and were unaccounted for", "went to the market and were killed":
      // a second predicate of the same subject, opened by "and" and an auxiliary.
      const second = secondPredicate(tokens, i + 1, quantityStarts);
      if (second) return second;
      return 'blocked';
    }
    if (OWN_PREDICATE.test(t.lower)) return 'blocked';
  }
  return null;
}

/**
 * The state a preposition at `at` puts the figure in: "in detention", "into custody", "behind
 * bars", "under arrest" (detained); "in hospital", "to hospital", "in critical condition"
 * (injured). Care and condition count only after a verb (`linked`: "are in hospital", "were
 * sent to hospital") or with no determiner ("40 people in hospital"), not "40 staff in the hospital".
 */
function stateAfter(tokens: Token[], at: number, linked: boolean): Cue | null {
  const prep = tokens[at]?.lower ?? '';
  // "were sent to pre-trial detention", "transferred to a detention centre": custody a verb sends them to.
  const sentTo = (prep === 'to' && CONVEYING_VERBS.has(tokens[at - 1]?.lower ?? '')) || prep === 'through';
  // "were taken to the Metropolitan Police headquarters", "brought to police stations": a police force's holding place.
  if (sentTo)
    for (let k = at + 1; k <= at + 5 && k + 1 < tokens.length; k++) {
      if (tokens[k]!.lower === 'police' && POLICE_HOLDING_NOUNS.has(tokens[k + 1]!.lower)) return { category: 'detained', index: k + 1 };
      if (!isWord(tokens[k]) || CLAUSE_BREAKS.has(tokens[k]!.lower)) break;
    }
  // ("in an extremely grave condition": a degree word before the gravity lengthens the phrase by one.)
  const reach = prep === 'through' || DEGREE_ADVERBS.has(tokens[at + 2]?.lower ?? '') ? 4 : 3;
  for (let k = at + 1; k <= at + reach && k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if (sentTo && (cueAt(tokens, k) === 'detained' || DETENTION_PLACES.has(w) || (prep === 'through' && w === 'custody')))
      return { category: 'detained', index: k };
    if (prep !== 'to' && prep !== 'through') {
      const cat = cueAt(tokens, k) ?? (DETENTION_PLACES.has(w) ? 'detained' : null);
      if (cat === 'detained' || cat === 'injured') return { category: cat, index: k };
    }
    if ((linked || k === at + 1) && CARE_PLACES.has(w) && (w !== 'care' || tokens[k - 1]?.lower === 'intensive')) return { category: 'injured', index: k };
    if (linked && prep === 'in' && w === 'condition' && CONDITION_GRAVITY.has(tokens[k - 1]?.lower ?? '')) return { category: 'injured', index: k };
    if (!isWord(tokens[k]) || CLAUSE_BREAKS.has(w)) break;
  }
  return null;
}

/**
 * A harm predicate coordinated after the figure's first one, from `from` on: "and" with an
 * auxiliary, then a harm cue ("… and were unaccounted for"), within the clause; else null.
 */
function secondPredicate(tokens: Token[], from: number, quantityStarts: Set<number>): Cue | null {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAKS.has(w) || w === ',' || quantityStarts.has(k)) return null;
    if (w !== 'and' || !AUXILIARIES.has(tokens[k + 1]?.lower ?? '')) continue;
    for (let j = k + 2; j <= k + 4 && j < tokens.length; j++) {
      const cat = cueAt(tokens, j);
      if (cat && cat !== 'participants') return { category: cat, index: j };
      if (!AUXILIARIES.has(tokens[j]!.lower) && !SEQUENCE_ADVERBS.has(tokens[j]!.lower) && !/^\p{Ll}{3,}ly$/u.test(tokens[j]!.text)) return null;
    }
    return null;
  }
  return null;
}

/**
 * The harm a subject's predicate states after a reduced relative ending before `from`: an
 * auxiliary and a harm cue within the clause ("…covering a protest | were detained"), or null.
 */
function harmAfterRelative(tokens: Token[], from: number): Cue | null {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAKS.has(w) || w === ',' || w === ';') return null;
    if (!AUXILIARIES.has(w)) continue;
    for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
      const cat = cueAt(tokens, j);
      if (cat && cat !== 'participants') return { category: cat, index: j };
      if (!AUXILIARIES.has(tokens[j]!.lower) && !/^\p{Ll}{3,}ly$/u.test(tokens[j]!.text)) break;
    }
    return null;
  }
  return null;
}

/**
 * "… taking part in anti-government protests in the capital died of gunshot wounds": a finite verb
 * of harm (no auxiliary) after a participle's phrase, before any clause break; a noun of harm
 * ("protests against the killings") is no verb.
 */
function finiteHarmAfter(tokens: Token[], from: number): Cue | null {
  for (let k = from; k < tokens.length && k < from + 10; k++) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAKS.has(w) || w === ',' || w === ';' || AUXILIARIES.has(w)) return null;
    const cat = cueAt(tokens, k);
    if (cat && cat !== 'participants' && /(?:ed|died)$/.test(w) && !DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return { category: cat, index: k };
  }
  return null;
}

/** The wound noun of "with (minor) injuries" within a few words from `from` in the clause, else -1. */
function woundsCarried(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + WOUNDS_CARRIED_REACH; k++) {
    const w = tokens[k]!.lower;
    // ("rescued and taken to hospital with injuries": another verb of theirs after "and".)
    // (Not past an object of the verb's own: "hospitals recorded 27 people admitted with wounds".)
    if (
      CLAUSE_BREAKS.has(w) ||
      w === ',' ||
      w === ';' ||
      isDigitsOrNumber(tokens[k]) ||
      (w === 'and' && !/^\p{Ll}{3,}(?:ed|en)$/u.test(tokens[k + 1]?.text ?? ''))
    )
      return -1;
    if (w !== 'with') continue;
    const at = [k + 1, k + 2].find((j) => WOUND_NOUNS.has(tokens[j]?.lower ?? '') && /s$/.test(tokens[j]!.lower));
    // (A modifier, not a gerund: "charged with causing injuries" is a charge.)
    return at !== undefined && (at === k + 1 || (/^\p{Ll}+$/u.test(tokens[k + 1]!.text) && !/ing$/.test(tokens[k + 1]!.text))) ? at : -1;
  }
  return -1;
}

/** How far after a verb its "with injuries" may come ("were taken to the district hospital with injuries"). */
const WOUNDS_CARRIED_REACH = 10;

/** The passive harm after the auxiliary that resumes a clause past a reduced relative ("… attempting to cross the border were shot dead"), else null. */
function passiveAfterReducedRelative(tokens: Token[], from: number): Cue | null {
  for (let k = from; k < tokens.length && k < from + REDUCED_RELATIVE_REACH; k++) {
    const w = tokens[k]!.lower;
    // ("guarding a school used as a polling station were shot dead": "as" after a participle names what a thing serves as.)
    const servesAs = w === 'as' && /^\p{Ll}{2,}ed$/u.test(tokens[k - 1]?.text ?? '');
    // ("sentenced after the 2019 riots": a year names the event, no figure.)
    if ((CLAUSE_BREAKS.has(w) && !servesAs) || w === ',' || w === ';' || (isDigitsOrNumber(tokens[k]) && !isYear(tokens[k]))) return null;
    if (!AUXILIARIES.has(w)) continue;
    let j = k + 1;
    while (j < k + 3 && (AUXILIARIES.has(tokens[j]?.lower ?? '') || /^\p{Ll}{3,}ly$/u.test(tokens[j]?.text ?? ''))) j++;
    const cat = cueAt(tokens, j);
    return cat && cat !== 'participants' && cat !== 'displaced' ? { category: cat, index: j } : null;
  }
  return null;
}

/**
 * "of those held at the station were later taken to hospital", "of those detained had since been treated for injuries": the
 * harm after the auxiliary past a partitive's participle phrase, when it is another harm than the participle's.
 */
function partitivePredicate(tokens: Token[], from: number): Cue | null {
  if (tokens[from]?.lower !== 'of' || !['those', 'them'].includes(tokens[from + 1]?.lower ?? '')) return null;
  const named = cueAt(tokens, from + 2);
  if (!named || named === 'participants') return null;
  // (Else the share counts the harm its whole is named by: "210 of those held had been denied visits".)
  const whole: Cue | null = tokens[from + 1]!.lower === 'those' ? { category: named, index: from + 2, rule: 'part-of-named-whole' } : null;
  for (let k = from + 3; k < tokens.length && k < from + 3 + REDUCED_RELATIVE_REACH; k++) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAKS.has(w) || w === ',' || w === ';' || isDigitsOrNumber(tokens[k])) return whole;
    if (!AUXILIARIES.has(w)) continue;
    for (let j = k + 1; j < k + 5 && j < tokens.length; j++) {
      const cat = cueAt(tokens, j);
      if (cat) return cat !== named && cat !== 'participants' ? { category: cat, index: j } : whole;
      // ("were being treated for wounds", "were admitted with injuries".)
      const wound =
        /^\p{Ll}{3,}ed$/u.test(tokens[j]!.text) && ['for', 'with'].includes(tokens[j + 1]?.lower ?? '')
          ? [j + 2, j + 3].find((m) => WOUND_NOUNS.has(tokens[m]?.lower ?? ''))
          : undefined;
      if (wound !== undefined) return named !== 'injured' ? { category: 'injured', index: wound } : whole;
      // ("had suffered fractures", "were beaten": an injury's predicate without a cue word of its own.)
      const hurt = injuryPredicate(tokens, j, ['was', 'were', 'been', 'being'].includes(tokens[j - 1]!.lower));
      if (hurt >= 0) return named !== 'injured' ? { category: 'injured', index: hurt } : whole;
      if (!AUXILIARIES.has(tokens[j]!.lower) && !VERB_GROUP_ADVERBS.has(tokens[j]!.lower) && !/^\p{Ll}{3,}ly$/u.test(tokens[j]!.text)) return whole;
    }
    return whole;
  }
  return whole;
}

/** How far a reduced relative on the people may run before the auxiliary that resumes the clause. */
const REDUCED_RELATIVE_REACH = 12;

/** Does an object start at `at`: a figure, a determiner or pronoun, a person noun, a name (not a day)? */
function takesObject(tokens: Token[], at: number, quantityStarts: Set<number>): boolean {
  const t = tokens[at];
  if (!t) return false;
  if (quantityStarts.has(at) || OBJECT_OPENERS.has(t.lower) || countsPeople(t.lower) || isSingularPerson(t.lower)) return true;
  return /^\p{Lu}\p{Ll}/u.test(t.text) && !DAY_AND_MONTH_NAMES.has(t.lower);
}

/**
 * Is the harm verb at `i` active with an object of its own: "killed three guards", "shot and
 * killed one" (coordinated verbs share the object)? Not a passive ("was shot") nor a participle.
 */
function activeWithObject(tokens: Token[], i: number, quantityStarts: Set<number> = new Set()): boolean {
  const w = tokens[i]?.lower ?? '';
  // ("was reportedly shot dead": a passive past an adverb too.)
  const passive =
    AUXILIARIES.has(tokens[i - 1]?.lower ?? '') || (/^\p{Ll}{3,}ly$/u.test(tokens[i - 1]?.text ?? '') && AUXILIARIES.has(tokens[i - 2]?.lower ?? ''));
  if (passive || /ing$/.test(w) || !(HARM_VERB_FORMS.has(w) || w === 'shot')) return false;
  if (takesObject(tokens, i + 1, quantityStarts) || isDigitsOrNumber(tokens[i + 1])) return true;
  const next = tokens[i + 2]?.lower ?? '';
  return tokens[i + 1]?.lower === 'and' && HARM_VERB_FORMS.has(next) && (takesObject(tokens, i + 3, quantityStarts) || isDigitsOrNumber(tokens[i + 3]));
}

/** Is the person searched for, from `from` on, an offender ("12 suspects", "a gunman")? */
function soughtOffenders(tokens: Token[], from: number): boolean {
  // "arrested 11 suspects and were searching for two others": the others are more of the offenders before.
  if (SCOPE_OTHER_WORDS.has(tokens[from]?.lower ?? '')) return tokens.slice(0, from).some((t) => SOUGHT_OFFENDERS.has(t.lower));
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const w = tokens[k]!.lower;
    if (SOUGHT_OFFENDERS.has(w) || SOUGHT_OFFENDERS.has(`${w}s`) || SOUGHT_OFFENDERS.has(w.replace(/man$/, 'men'))) return true;
    if (!isWord(tokens[k]) || CLAUSE_BREAKS.has(w)) return false;
  }
  return false;
}

/** "do not know where", "don't know where", "not knowing whether": a negated verb of knowing at `i`. */
function unknownWhereabouts(tokens: Token[], i: number): boolean {
  if (!KNOW_VERBS.has(tokens[i]?.lower ?? '') || !['where', 'whether'].includes(tokens[i + 1]?.lower ?? '')) return false;
  return negatedBefore(tokens, i, 2);
}

/** A negation ("not", "never", "don't") among the `reach` words before token `i`. */
function negatedBefore(tokens: Token[], i: number, reach: number): boolean {
  for (let d = 1; d <= reach; d++) if (isNegation(tokens[i - d]?.lower ?? '')) return true;
  return false;
}

const isNegation = (w: string) => NEGATIONS.has(w) || w === 'cannot' || /n['’]t$/.test(w);

/**
 * "had not been seen since the attack", "have not been heard from since", "have still not been
 * located": no sign of them since, at `i`.
 */
function unseenSince(tokens: Token[], i: number): boolean {
  // "20 people have still not been located", "have not yet been found": not found again, in the perfect passive.
  if (FOUND_VERBS.has(tokens[i]?.lower ?? '') && tokens[i - 1]?.lower === 'been' && UNFOUND_PERFECT.has(tokens[i]!.lower)) return negatedBefore(tokens, i, 3);
  // ("17 people cannot be found", "could not be located": not to be found now.)
  if (UNFOUND_PERFECT.has(tokens[i]?.lower ?? '') && tokens[i - 1]?.lower === 'be' && (tokens[i - 2]?.lower === 'cannot' || negatedBefore(tokens, i - 1, 2)))
    return true;
  if (!SIGHT_VERBS.has(tokens[i]?.lower ?? '')) return false;
  // ("have not been seen or heard from since": two verbs of sight coordinated, the negation before the first.)
  let j = i;
  if (['or', 'and'].includes(tokens[i + 1]?.lower ?? '') && SIGHT_VERBS.has(tokens[i + 2]?.lower ?? '')) j = i + 2;
  // ("have not heard from them since": the one not heard from named by a pronoun.)
  const from = tokens[j + 1]?.lower === 'from' || tokens[j + 1]?.lower === 'of' ? j + 2 : j + 1;
  const after = ['them', 'him', 'her'].includes(tokens[from]?.lower ?? '') && tokens[j + 1]?.lower === 'from' ? tokens[from + 1]?.lower : tokens[from]?.lower;
  // ("not been heard from by Friday", "not seen for days".)
  if (after !== 'since' && after !== 'again' && after !== 'by' && after !== 'for') return false;
  return negatedBefore(tokens, i, 3);
}

/**
 * "Relatives of at least three of them say they have not heard from them since", "Families of six
 * students said their sons had disappeared": a figure the "of" phrase after a kin noun counts, its kin
 * the subject of a verb of saying whose clause tells them missing.
 */
function kinReportUnseen(tokens: Token[], spanStart: number, npEnd: number): boolean {
  if (tokens[spanStart - 1]?.lower !== 'of' || !KIN_NOUNS.has(tokens[spanStart - 2]?.lower ?? '')) return false;
  let k = npEnd;
  if (tokens[k]?.lower === 'of' && ['them', 'those'].includes(tokens[k + 1]?.lower ?? '')) k += 2;
  if (!SPEECH_VERBS.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j < tokens.length && j < k + 20 && !CLAUSE_BREAKS.has(tokens[j]!.lower); j++) {
    if (unseenSince(tokens, j) || CATEGORY_CUES.get(tokens[j]!.lower) === 'missing') return true;
  }
  return false;
}

/**
 * "92 have already turned up", "40 were found alive", "12 have since been released": a verb of
 * a missing person found, within the first words of the figure's predicate; its index or -1.
 */
function foundPredicate(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + 5; k++) {
    const w = tokens[k]!.lower;
    if (FOUND_VERBS.has(w)) return k;
    if (FOUND_PARTICLE_VERBS.has(w) && tokens[k + 1]?.lower === 'up') return k + 1;
    if (!AUXILIARIES.has(w) && !/^\p{Ll}{3,}ly$/u.test(tokens[k]!.text) && !['already', 'since', 'now', 'later', 'still', 'so', 'far'].includes(w)) return -1;
  }
  return -1;
}

/** Verbs that give a figure a predicate of its own that is no harm ("900 inmates escaped"). */
const OWN_PREDICATE = /^(?:escape|flee|remain|attend|join|free|release|charge|sentence|convict|stage|hold|gather)/;

/**
 * The predicate after a reduced relative's phrase ("draped in flags | marched"): a cue within a
 * few words, before any clause break, comma, relative pronoun or other figure, else null.
 */
/** How far past a reduced relative's participle its linking verb may stand. */
const RELATIVE_REACH = 12;

/**
 * "killing 15 and carrying off 40 women": is the figure at `from` the object of a verb of its own
 * (no cue), coordinated after another verb's object? Not "arrested and charged 40", one object of both.
 */
function objectOfOwnVerb(tokens: Token[], from: number): boolean {
  let v = from - 1;
  if (PHRASAL_PARTICLES.has(tokens[v]?.lower ?? '')) v--;
  const ownVerb = /^\p{Ll}{3,}(?:ing|ed)$/u.test(tokens[v]?.text ?? '') && !cueAt(tokens, v);
  return ownVerb && tokens[v - 1]?.lower === 'and' && !cueAt(tokens, v - 2);
}

/**
 * After a detention's predicate, in its clause: a coordinated state of being missing ("and remained
 * unaccounted for", "and are still missing") or a relative clause on them, set off, of no sight
 * since (", who have not been heard from since"). Not past another figure: that state is its own.
 */
function unaccountedAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + UNACCOUNTED_REACH; k++) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAKS.has(w) || /^\d/.test(w) || isNumberWord(tokens[k]!.text)) return false;
    // ("held there, most of them never seen again": a share's fate, not everyone's.)
    if (SHARE_LEADS.has(w) && tokens[k + 1]?.lower === 'of') return false;
    if (unseenSince(tokens, k)) return ['and', 'who', ','].some((x) => tokens.slice(from, k).some((t) => t.lower === x));
    if (w === 'and' && LINKING_VERBS.has(tokens[k + 1]?.lower ?? '')) {
      const state = tokens[k + 2]?.lower === 'still' ? k + 3 : k + 2;
      return cueAt(tokens, state) === 'missing';
    }
  }
  return false;
}
/** How far after a detention's predicate its state of being missing may be told. */
const UNACCOUNTED_REACH = 14;

/** The category of the state a linking verb after a reduced relative's phrase names ("… remained unaccounted for"), else null. */
function stateAfterRelative(tokens: Token[], from: number): Cue | null {
  for (let k = from; k < tokens.length && k < from + RELATIVE_REACH; k++) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAKS.has(w) || w === ',' || ['who', 'which', 'that', 'where', 'whose'].includes(w)) return null;
    // ("nine people detained by soldiers have not been seen since": no sign of them since is their state.)
    if (unseenSince(tokens, k)) return { category: 'missing', index: k };
    // ("two men arrested during the protests have since been executed", "one man detained … was executed"):
    // a final harm the main verb tells, past its auxiliaries, is what befell them.
    if (AUXILIARIES.has(w)) {
      let j = k + 1;
      while (j < k + 4 && (AUXILIARIES.has(tokens[j]?.lower ?? '') || LATER_ADVERBS.has(tokens[j]?.lower ?? ''))) j++;
      const cat = cueAt(tokens, j);
      if (cat === 'killed' || cat === 'executed') return { category: cat, index: j };
    }
    if (!LINKING_VERBS.has(w)) continue;
    for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
      const cat = cueAt(tokens, j);
      if (cat && cat !== 'participants') return { category: cat, index: j };
    }
    return null;
  }
  return null;
}

function predicateAfterModifier(tokens: Token[], from: number, quantityStarts: Set<number>): Cue | null {
  for (let k = from; k < tokens.length && k < from + 7; k++) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAKS.has(w) || w === ',' || quantityStarts.has(k) || ['who', 'which', 'that', 'where', 'whose'].includes(w)) return null;
    const cat = cueAt(tokens, k);
    if (cat) return k > from ? { category: cat, index: k, rule: 'predicate-after-modifier' } : null;
  }
  return null;
}

function leftCue(tokens: Token[], from: number, floor: number): Cue | null {
  if (objectOfOwnVerb(tokens, from)) return null;
  for (let i = from - 1; i >= floor && i >= from - LEFT_WINDOW; i--) {
    // A semicolon ends an independent clause: its cue is not this figure's.
    if (tokens[i]!.text === ';') return null;
    // ("Of those held, 96 are women": the people held are the detained; not "those held responsible".)
    const heldByThose = tokens[i]!.lower === 'held' && tokens[i - 1]?.lower === 'those' && !HELD_TO_ACCOUNT.has(tokens[i + 1]?.lower ?? '');
    const cat = heldByThose ? 'detained' : cueAt(tokens, i);
    // "crossed into Chad with 3,000 troops": a crossing before a figure counts it only as the
    // value of the count of those who crossed ("the number who crossed … passed 300,000").
    if (cat === 'displaced' && CROSSING_VERBS.has(tokens[i]!.lower) && ![from - 1, from].some((k) => MEASURE_LINKS.has(tokens[k]?.lower ?? ''))) continue;
    // ("since the junta seized power, including 6 students": taking power or control holds no one;
    // "seized a bus, holding 40 passengers" takes its people with it.)
    if (cat === 'detained' && THING_TAKING_VERBS.has(tokens[i]!.lower) && TAKEOVER_OBJECTS.has(tokens[i + 1]?.lower ?? '')) continue;
    // ("No deaths were reported, which officials credited to the evacuation of 87,000 people": a
    // harm said not to have happened gives no figure after it its category.)
    if (cat && cat !== 'participants' && NEGATING_DETERMINERS.has(tokens[i - 1]?.lower ?? '')) return null;
    if (cat && cat !== 'participants') return { category: cat, index: i };
  }
  return null;
}

/**
 * "Five workers who were repairing the line died in the blast", "two inmates who had been due for
 * release were among the dead": the harm of the main clause after a relative clause on the subject
 * (`who` at tokens[at]), read past the relative clause's own verb group; null when none follows
 * before the clause ends.
 */
function predicateAfterRelative(tokens: Token[], at: number): Cue | null {
  // The relative clause's verb group: its auxiliaries and its verb.
  let k = at + 1;
  while (k < tokens.length && AUXILIARIES.has(tokens[k]!.lower)) k++;
  for (k++; k < tokens.length && k <= at + RELATIVE_CLAUSE_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ',' || CLAUSE_BREAKS.has(t.lower)) return null;
    // The main clause resumes with an auxiliary or a verb in the past ("… were among the dead", "… died").
    const resumes = AUXILIARIES.has(t.lower) || (CATEGORY_CUES.has(t.lower) && /ed$/.test(t.lower));
    if (!resumes) continue;
    for (let j = k; j < tokens.length && j <= k + 3; j++) {
      const cat = cueAt(tokens, j);
      if (cat && cat !== 'participants') return { category: cat, index: j };
    }
    return null;
  }
  return null;
}

/**
 * The verb closing a relative clause without a pronoun that opens at `at` ("the doctor treated",
 * "Dr. Ruiz saw", "her unit admitted"): a subject opened by a determiner or a capital, its past
 * verb, then an auxiliary or a verb of the people's own; else -1.
 */
function contactClauseVerb(tokens: Token[], at: number): number {
  const first = tokens[at];
  if (!first || !(DETERMINERS.has(first.lower) || /^\p{Lu}\p{Ll}/u.test(first.text))) return -1;
  for (let j = at + 1; j <= at + 4 && j < tokens.length; j++) {
    const w = tokens[j]!;
    const past = /^\p{Ll}{3,}ed$/u.test(w.text) || CONTACT_CLAUSE_PASTS.has(w.lower);
    if (past) {
      const next = tokens[j + 1]?.lower ?? '';
      return ['have', 'has', 'had', 'were', 'was'].includes(next) || cueAt(tokens, j + 1) === 'killed' ? j : -1;
    }
    // (An abbreviated title's point is no sentence's end: "Dr. Ruiz".)
    const titlePoint = w.text === '.' && ABBREVIATED_TITLES.has(tokens[j - 1]!.lower);
    if (!titlePoint && (!/^[\p{L}'’-]+$/u.test(w.text) || AUXILIARIES.has(w.lower) || CLAUSE_BREAKS.has(w.lower))) return -1;
  }
  return -1;
}

/** How far past "who" the main clause of a subject with a relative clause may resume. */
const RELATIVE_CLAUSE_WINDOW = 12;

/** How far before "from their homes" a verb of seizing makes the people seized, not displaced ("dragged 12 people from their homes"). */
const SEIZED_REACH = 6;

/** "were Muslims", "had been rioters": a linking verb and what the people were (no verb of what happened to them). */
/** "Of the dead, 23 …", "Of those injured, 12 …": the harm of the whole a sentence opens on, before the figure at `at`. */
function frontedWhole(tokens: Token[], at: number): Category | null {
  if (tokens[0]?.lower !== 'of' || !['the', 'those'].includes(tokens[1]?.lower ?? '') || tokens[3]?.text !== ',' || at !== 4) return null;
  const cue = cueAt(tokens, 2);
  return cue && cue !== 'participants' && cue !== 'places' ? cue : null;
}

/** "140 were in custody, of whom 22 are under 16": a share "of whom" opens after a claim of its sentence, told by what they are. */
function shareOfWhom(tokens: Token[], at: number, np: NounPhrase, claims: readonly { category: Category }[]): boolean {
  const opened = tokens[at - 1]?.lower === 'whom' && tokens[at - 2]?.lower === 'of' && tokens[at - 3]?.text === ',';
  return opened && claims.length > 0 && np.kind === 'none' && saysWhatTheyWere(tokens, np.end);
}

function saysWhatTheyWere(tokens: Token[], at: number): boolean {
  let k = at;
  while (k < at + 2 && AUXILIARIES.has(tokens[k]?.lower ?? '')) k++;
  if (!['were', 'was', 'are', 'is', 'been'].includes(tokens[k - 1]?.lower ?? '') || k === at) return false;
  // ('had been "rioters"': a word in scare quotes.)
  const next = tokens[isQuote(tokens[k]) ? k + 1 : k];
  return !!next && isWord(next) && !/(?:ed|en|ly)$/.test(next.lower) && !AUXILIARIES.has(next.lower) && !VERB_GROUP_ADVERBS.has(next.lower);
}

/** "… by unidentified attackers", "… by masked men" after the figure in its clause; "Masked men abducted …" before it. */
function takenByUnknown(tokens: Token[], start: number, from: number): boolean {
  // (Only a plain verb of taking: an abduction or a kidnapping keeps its own reading.)
  const taking = [...Array(10).keys()].some((d) => SEIZING_VERBS.has(tokens[start - 3 + d]?.lower ?? ''));
  if (!taking) return false;
  for (let k = start - 2; k >= 0 && k >= start - 5; k--) {
    if (CLAUSE_BREAKS.has(tokens[k]!.lower) || tokens[k]!.text === ',') break;
    if (UNKNOWN_TAKERS.has(tokens[k]!.lower)) return true;
  }
  for (let k = from; k < tokens.length && k < from + TAKER_REACH; k++) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAKS.has(w) || w === ';') return false;
    if (w === 'by' && unknownTakerAt(tokens, k + 1)) return true;
  }
  return false;
}

/** How far after the figure "by" and its takers may stand ("12 people who were taken from their homes on Sunday by …"). */
const TAKER_REACH = 20;

/** Who led people off, in the phrase after "by" at `k`: security forces ("by police", "by the security forces") or takers no one names. */
function takersAt(tokens: Token[], k: number): boolean {
  return [0, 1, 2].some((d) => SCOPE_SECURITY_NOUNS.has(tokens[k + d]?.lower ?? '') || tokens[k + d]?.lower === 'forces') || unknownTakerAt(tokens, k);
}

/** "unidentified men", "men in plain clothes", "men it believes were plain-clothes officers": takers no one names, in the phrase at `k`. */
function unknownTakerAt(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    const w = tokens[j]!.lower;
    if (tokens[j]!.text === ',' || CLAUSE_BREAKS.has(w)) return false;
    if (UNKNOWN_TAKERS.has(w) || (PLAIN_DRESS.has(w) && tokens[j + 1]?.lower === 'clothes')) return true;
  }
  return false;
}

/** How far back from its value a count's subject ("the number of people killed") may open. */
const COUNTED_SUBJECT_REACH = 30;

/**
 * The harm a count's subject names when the figure is its value: "the number of people killed …
 * has risen to 28", "the toll of those detained … stood at 400". Null when the figure is no
 * count's value or no such subject opens its sentence.
 */
function countedSubjectCue(tokens: Token[], at: number): Category | null {
  const valued = ['to', 'at'].includes(tokens[at - 1]?.lower ?? '') || RAISING_VERBS.has(tokens[at - 1]?.lower ?? '');
  if (!valued) return null;
  for (let i = at - 2; i >= 0 && i >= at - COUNTED_SUBJECT_REACH; i--) {
    if (tokens[i]!.text === ';') return null;
    if (!TOTAL_NOUNS.has(tokens[i]!.lower) || tokens[i + 1]?.lower !== 'of') continue;
    for (let k = i + 2; k <= i + 5 && k < at; k++) {
      // "the number of people held at 130": held, after people, are detained (no event "held").
      if (tokens[k]!.lower === 'held' && countsPeople(tokens[k - 1]!.lower)) return 'detained';
      const cat = cueAt(tokens, k);
      // ("the number of protests": events; "the number of people who had joined the protests": those who took part.)
      if (cat === 'participants') {
        if (tokens.slice(i + 2, k).some((w) => w.lower === 'who') && countsPeople(tokens[i + 2]!.lower)) return cat;
        continue;
      }
      if (cat) return cat;
    }
    return null;
  }
  return null;
}

function hasHedge(tokens: Token[], a: number, b: number): boolean {
  for (let i = Math.max(0, a); i < b && i < tokens.length; i++) {
    // ("230 people suspected of organising the riots": what they are accused of, no doubt about the count.)
    if (!HEDGE_CUES.has(tokens[i]!.lower) || ACCUSATION_PARTICIPLES.get(tokens[i]!.lower) === tokens[i + 1]?.lower) continue;
    // ("11 suspected bandits": who they are said to be; "suspected dead", "suspected to have died" doubt the harm.)
    if (tokens[i]!.lower === 'suspected' && !CATEGORY_CUES.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.lower !== 'to') continue;
    return true;
  }
  return false;
}

/**
 * Whether a figure is a running total: its sentence speaks of a toll, a total, "so far"... But
 * an increment is not ("four more", "three new deaths", "another 5"), nor a figure that brings
 * the total up ("641 were detained, bringing the total to 1,758").
 */
function isCumulative(tokens: Token[], q: Quantity, figureStart: number): boolean {
  const lower = (i: number) => tokens[i]?.lower ?? '';
  if (INCREMENT_AFTER.has(lower(q.tokenEnd)) || INCREMENT_BEFORE.has(lower(figureStart - 1)) || INCREMENT_BEFORE.has(lower(q.tokenStart - 1))) return false;
  const raisesTotal = (i: number) => RAISING_VERBS.has(lower(i)) && [1, 2, 3].some((k) => TOTAL_NOUNS.has(lower(i + k)));
  for (let i = q.tokenEnd; i < tokens.length; i++) if (raisesTotal(i)) return false;
  for (let i = 0; i < tokens.length; i++) {
    const w = lower(i);
    if (!CUMULATIVE_CUES.has(w)) continue;
    if (w === 'so' && lower(i + 1) !== 'far') continue;
    if (w === 'far' && lower(i - 1) !== 'so') continue;
    if ((w === 'since' || w === 'count') && i > q.tokenEnd + 3) continue;
    if (w === 'brought' && !raisesTotal(i)) continue;
    // "the deadliest day so far": a superlative's reach, not a count's.
    const at = w === 'far' ? i - 1 : i;
    if (['so', 'far', 'yet'].includes(w) && [1, 2, 3].some((k) => /^\p{Ll}+est$|^most$/u.test(lower(at - k)))) continue;
    // "…, according to the monitor, which says 57 have died overall": a relative clause after the figure holds another's count.
    if (i > q.tokenEnd && tokens.slice(q.tokenEnd, i).some((t) => RELATIVE_PRONOUNS.has(t.lower))) continue;
    return true;
  }
  return false;
}

/**
 * The harm verb whose object the figure starting at `at` is: "killed 12 protesters", "kills two",
 * "killing a policeman", "shot dead a farmer", "fatally shooting 14".
 */
/** Is the figure at token `at` the object of a harm verb a verb of intent governs ("planning to kill four")? */
function intendedHarmObject(tokens: Token[], at: number): boolean {
  return HARM_VERB_FORMS.has(tokens[at - 1]?.lower ?? '') && tokens[at - 2]?.lower === 'to' && INTENTION_VERBS.has(tokens[at - 3]?.lower ?? '');
}

/** A death dealt to "them" by a verb coordinated after the object ending at `npEnd` (", and later executed them"), in its clause. */
function objectFate(tokens: Token[], npEnd: number): { category: Category; index: number } | null {
  for (let k = npEnd; k < tokens.length && k < npEnd + OBJECT_FATE_REACH; k++) {
    const w = tokens[k]!;
    if (SENTENCE_STOPS.has(w.text) || RELATIVE_OPENERS.has(w.lower)) return null;
    if (w.lower !== 'and') continue;
    let v = k + 1;
    while (v < k + 3 && (/^\p{Ll}{3,}ly$/u.test(tokens[v]?.text ?? '') || VERB_MARKING_ADVERBS.has(tokens[v]?.lower ?? '') || tokens[v]?.lower === 'then')) v++;
    const cat = cueAt(tokens, v);
    if ((cat === 'killed' || cat === 'executed') && tokens[v + 1]?.lower === 'them') return { category: cat, index: v };
    return null;
  }
  return null;
}

function verbBefore(tokens: Token[], at: number): Category | null {
  // 'killed "dozens" of': the verb stands before the opening quote.
  if (isQuote(tokens[at - 1]) && at > 1) return verbBefore(tokens, at - 1);
  const prev = tokens[at - 1]?.lower ?? '';
  const prev2 = tokens[at - 2]?.lower ?? '';
  // "killing all 4 occupants", "injured another four", "injuring an additional 13".
  // ("another one" is one person of its own: singularMentions.)
  const further = INCREMENT_BEFORE.has(prev) && tokens[at]?.lower !== 'one';
  if ((prev === 'all' || further) && at > 1) return verbBefore(tokens, ['a', 'an'].includes(prev2) ? at - 2 : at - 1);
  if (prev === 'dead' && ['shot', 'shoot', 'shoots', 'shooting'].includes(prev2)) return 'killed';
  // "burning 5 passengers alive", "buried a family alive": the object of a verb that kills with "alive" after it.
  if (ALIVE_DEATH_VERBS.has(prev) && [2, 3, 4, 5].some((d) => tokens[at + d]?.lower === 'alive' && tokens.slice(at + 1, at + d).every(isWord))) return 'killed';
  // "killing himself and a policeman": the harm's object past the attacker's own reflexive.
  if (prev === 'and' && REFLEXIVES.has(prev2) && at > 2) return verbBefore(tokens, at - 2);
  if ((prev === 'shot' || prev === 'shooting') && prev2 === 'fatally') return 'killed';
  // "a mob beat to death two men", "hacked to death 5 villagers" (not "sentenced to death 12").
  if (prev === 'death' && prev2 === 'to' && at > 2 && /^\p{Ll}+$/u.test(tokens[at - 3]!.text) && !judicialOutcome(tokens, at - 1)) return 'killed';
  const verb = HARM_VERB_FORMS.get(prev);
  if (verb) return barredCompany(tokens, at - 1) ? null : verb;
  // "rounded up 500 protesters", "hauled off 30 students": a harm verb's particle before its object.
  if (PHRASAL_PARTICLES.has(prev) && at > 1) {
    const phrasal = cueAt(tokens, at - 2);
    if (phrasal && phrasal !== 'participants') return phrasal;
  }
  // "medics treated 200 people": a patient is injured.
  if (TREATMENT_OBJECT_VERBS.has(prev)) return 'injured';
  // "a youth stabbed two shoppers", "police beat dozens of protesters": the people an assault's active verb takes are hurt.
  // ("stabbed a taxi driver to death": the death after the object.)
  if (ASSAULT_VERBS.has(prev) && !PASSIVE_AUXILIARIES.has(prev2))
    return [1, 2, 3, 4].some((d) => tokens[at + d]?.lower === 'to' && tokens[at + d + 1]?.lower === 'death') ? 'killed' : 'injured';
  // "the hospital received 160 casualties", "it had admitted 210 patients": those a facility takes in hurt.
  if (INTAKE_VERBS.has(prev) && INTAKE_PATIENT_NOUNS.has(tokens[at + 1]?.lower ?? '')) return 'injured';
  // "volunteers gave first aid to 65 people": those given care are injured.
  if (prev === 'to' && CARE_GIVEN_NOUNS.some((words) => endsBefore(tokens, at - 1, words))) return 'injured';
  // "we buried 34 people yesterday": those buried are dead.
  // (Not a passive's figure: "were buried 3 metres deep".)
  if (BURIAL_VERBS.has(prev) && !PASSIVE_AUXILIARIES.has(prev2)) return 'killed';
  // "rescuers are searching for 40 villagers", "still looking for six": the sought are missing
  // (not "police searched for 12 suspects": sought offenders, see SOUGHT_OFFENDERS).
  if (prev === 'for' && SEARCH_VERBS.has(prev2)) return 'missing';
  // "took in 14 youths for questioning": taken into custody, when the object is held for questioning.
  if (prev === 'in' && TAKING_IN_VERBS.has(prev2)) {
    for (let k = at + 1; k < tokens.length && k < at + 6; k++) {
      if (tokens[k]!.lower === 'for' && QUESTIONING_NOUNS.has(tokens[k + 1]?.lower ?? '')) return 'detained';
      if (tokens[k]!.text === ',' || CLAUSE_BREAKS.has(tokens[k]!.lower)) break;
    }
  }
  // Participles that are also cue words: "arrested 40", "wounding 20", "hospitalised 12".
  if (!/(?:ed|ing)$/.test(prev)) return null;
  const cue = cueAt(tokens, at - 1);
  return cue && cue !== 'participants' ? cue : null;
}

/**
 * A harm noun taking the figure in an "of" phrase: "the deaths of 12", "the arrest of 40
 * students", "the killing of a journalist". In a report, for one person the bare "death of" is
 * left out: "the death of a man who…" retells a member of a toll rather than counting. An
 * incident's short note (`brief`) counts the one death it tells of ("the death of a 44-year-old man
 * in the county jail was ruled a homicide"), unless as the reason for an arrest or an inquiry.
 */
function nominalBefore(tokens: Token[], figureAt: number, single: boolean, brief = false): Category | null {
  // ("the whereabouts of the other 13", "the fate of the remaining 40": a determiner of the rest between "of" and the figure.)
  let at = figureAt;
  if (REST_DETERMINERS.has(tokens[at - 1]?.lower ?? '')) at--;
  if (at < figureAt && tokens[at - 1]?.lower === 'the') at--;
  // "funerals for at least six young men", "the burials of 14 villagers": those buried are dead
  // (not one person's: "the funeral of a protester" retells a death).
  if (!single && ['of', 'for'].includes(tokens[at - 1]?.lower ?? '') && FUNERAL_NOUNS.has(tokens[at - 2]?.lower ?? '')) return 'killed';
  // ("had signed death certificates for 41 people": those a death is certified for are dead.)
  if (!single && tokens[at - 1]?.lower === 'for' && DEATH_RECORD_NOUNS.has(tokens[at - 2]?.lower ?? '') && tokens[at - 3]?.lower === 'death') return 'killed';
  if (tokens[at - 1]?.lower !== 'of') return null;
  // "the deaths in custody of 27 detainees": where they died comes between the harm and its of-phrase.
  const where = ['in', 'under'].includes(tokens[at - 3]?.lower ?? '') && CUSTODY_NOUNS.has(tokens[at - 2]?.lower ?? '');
  if (where && HARM_NOUNS_OF.get(tokens[at - 4]?.lower ?? '') === 'killed') return 'killed';
  const noun = tokens[at - 2]?.lower ?? '';
  // "the remains of 27 people were found": the dead.
  if (noun === 'remains' && !single) return 'killed';
  // "the revised death toll of 93 was released", "an injury toll of 40": the toll's own harm.
  if ((noun === 'toll' || noun === 'tolls') && !single) return cueAt(tokens, at - 2);
  // "The fate of 30 people remains unknown": people whose fate no one knows are missing.
  if (noun === 'fate' && tokens.slice(at, at + 12).some((t) => UNKNOWN_WORDS.has(t.lower))) return 'missing';
  // "claimed the lives of 56 people", "cost the lives of two".
  if (noun === 'lives' && tokens[at - 3]?.lower === 'the' && LIVES_TAKING_VERBS.has(tokens[at - 4]?.lower ?? '')) return 'killed';
  // ...unless an event brings it about: "resulting in the death of a contractor".
  const caused = [4, 5].some((d) => /^(?:result|caus|led$|lead|left$|leav)/.test(tokens[at - d]?.lower ?? ''));
  // ("A monitor reported the death of a soldier": a verb telling the death as news counts it.)
  const told = DEATH_TELLING_VERBS.has(tokens[at - 4]?.lower ?? '') && tokens[at - 3]?.lower === 'the';
  if (single && !brief && noun === 'death' && !caused && !told) return null;
  // "detained over the killing of a man", "an inquiry into the death of a student", "his role in the
  // shooting of a farmer": one death as the reason for an arrest or inquiry retells a toll's member.
  const reason = tokens[at - 4]?.lower ?? '';
  if (single && tokens[at - 3]?.lower === 'the' && (REASON_WORDS.has(reason) || (reason === 'in' && INVOLVEMENT_NOUNS.has(tokens[at - 5]?.lower ?? ''))))
    return null;
  return HARM_NOUNS_OF.get(noun) ?? null;
}

/** Verbs of what follows a detention: their objects or subjects are not a crowd. */
const AFTERMATH = /^(?:releas|free|charg|sentenc|convict|pardon|acquit|tried|prosecut|indict|bail|arrest|detain)/;

/**
 * "thousands of protesters attacked the airport", "tens of thousands of marchers": a crowd-sized
 * count of participants (PARTICIPANT_NOUNS) with no harm of its own is a participants claim.
 */
function isCrowd(tokens: Token[], q: Quantity, np: NounPhrase, at: number): boolean {
  if (np.kind !== 'person' || q.estimate < PARTICIPANT_MIN) return false;
  const head = tokens[np.end - 1]?.lower ?? '';
  if (!PARTICIPANT_NOUNS.has(head)) return false;
  if (AFTERMATH.test(tokens[at - 1]?.lower ?? '')) return false;
  for (let k = np.end; k < np.end + 5 && k < tokens.length; k++) if (AFTERMATH.test(tokens[k]!.lower)) return false;
  return true;
}

/**
 * A verb of finding denied: before the figure ("cannot find 8", "unable to trace 40"), or in a clause on
 * its people ("whose wives could not find them", "that the union cannot trace", "whom no one has been able to locate").
 */
function unfound(tokens: Token[], figureAt: number, after: number): boolean {
  const denied = (k: number) =>
    FINDING_VERBS.has(tokens[k]?.lower ?? '') &&
    (UNABLE_WORDS.has(tokens[k - 1]?.lower ?? '') || (tokens[k - 1]?.lower === 'to' && UNABLE_WORDS.has(tokens[k - 2]?.lower ?? '')));
  if (denied(figureAt - 1)) return true;
  let k = after;
  // ("14 of its members": the share's whole.)
  if (tokens[k]?.lower === 'of') k += 2 + (POSSESSIVES.has(tokens[k + 1]?.lower ?? '') ? 1 : 0);
  if (!['that', 'whom', 'who', 'whose'].includes(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 9; j++) {
    if ([',', '.', ';'].includes(tokens[j]!.text)) return false;
    if (denied(j)) return true;
  }
  return false;
}

/** A patient's move or state after a bare figure, "of them" or "of whom", past auxiliaries and "still" ("are still admitted", "of whom were airlifted"). */
function patientPart(tokens: Token[], at: number): boolean {
  let k = at;
  if (tokens[k]?.lower === 'of' && ['them', 'whom'].includes(tokens[k + 1]?.lower ?? '')) k += 2;
  while (VERB_GROUP_FILLERS.has(tokens[k]?.lower ?? '') || ['still', 'later', 'then', 'since'].includes(tokens[k]?.lower ?? '')) k++;
  return k > at && PATIENT_PART_VERBS.has(tokens[k]?.lower ?? '');
}

/** A verb of including right before the figure, whose subject (a possessive or an article and up to two modifiers before) is a count or a list. */
function countIncludes(tokens: Token[], figureAt: number): boolean {
  if (!INCLUDING_VERBS.has(tokens[figureAt - 1]?.lower ?? '')) return false;
  for (let k = figureAt - 2; k >= 0 && k >= figureAt - 4; k--) {
    if (INCLUDING_COUNT_NOUNS.has(tokens[k]!.lower)) return true;
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(tokens[k]!.text)) return false;
  }
  return false;
}

/**
 * A crowd present at a site of gathering: people (not the security side's) of a crowd-sized figure,
 * or the speaker's own "of us", who were in, on or inside a stadium, a square or a bridge; the
 * site's token, else -1. The presence is a clause of its own ("were", or "There were" before the figure).
 */
function crowdPresent(tokens: Token[], np: NounPhrase, figureEnd: number, figureAt: number): number {
  let k = np.kind === 'none' ? figureEnd : np.end;
  if (np.kind === 'person' && SCOPE_SECURITY_NOUNS.has(tokens[np.end - 1]?.lower ?? '')) return -1;
  if (np.kind !== 'person' && np.kind !== 'none') return -1;
  if (tokens[k]?.lower === 'of' && ['us', 'them'].includes(tokens[k + 1]?.lower ?? '')) k += 2;
  const existential = [1, 2, 3].some((d) => tokens[figureAt - d]?.lower === 'there' && ['were', 'was', 'are'].includes(tokens[figureAt - d + 1]?.lower ?? ''));
  let linked = existential;
  while (CROWD_PRESENCE_WORDS.has(tokens[k]?.lower ?? '')) {
    linked ||= ['were', 'was', 'are', 'is', 'been'].includes(tokens[k]!.lower);
    k++;
  }
  if (!linked || !CROWD_SITE_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return -1;
  // ("in and around the square")
  if (tokens[k + 1]?.lower === 'and' && CROWD_SITE_PREPOSITIONS.has(tokens[k + 2]?.lower ?? '')) k += 2;
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
    if (CROWD_SITE_NOUNS.has(tokens[j]!.lower)) return j;
    if (!/^\p{L}/u.test(tokens[j]!.text)) return -1;
  }
  return -1;
}

/**
 * "Organisers put the turnout at 550,000", "the crowd numbered 20,000", "the number of protesters
 * runs into tens of thousands": the figure is the value of a noun that measures a crowd, within
 * its clause, with no harm word between them ("the number of protesters killed rose to 30" is
 * a toll).
 */
function crowdMeasured(tokens: Token[], figureAt: number): boolean {
  // "numbering in the thousands": the article of a measured amount stands between link and figure.
  const at = tokens[figureAt - 1]?.lower === 'the' && ['in', 'into'].includes(tokens[figureAt - 2]?.lower ?? '') ? figureAt - 1 : figureAt;
  // "demonstrations involving 2,000 people", "a rally bringing together 50,000".
  const gatheringBefore = (k: number) => GATHERING_NOUNS.has(tokens[k]?.lower ?? '') || CROWD_MEASURE_NOUNS.has(tokens[k]?.lower ?? '');
  if (tokens[at - 1]?.lower === 'involving' && gatheringBefore(at - 2)) return true;
  // "the crowd had swelled to 40,000": a crowd grown to a size.
  const grownTo = tokens[at - 1]?.lower === 'to' && CROWD_GROWTH_VERBS.has(tokens[at - 2]?.lower ?? '');
  if (!grownTo && !MEASURE_LINKS.has(tokens[at - 1]?.lower ?? '') && !(at < figureAt && tokens[at - 1]?.lower === 'in')) return false;
  // "a rally of 10,000 supporters", "a march of some 5,000 people".
  if (tokens[at - 1]!.lower === 'of' && GATHERING_NOUNS.has(tokens[at - 2]?.lower ?? '')) return true;
  for (let i = at - 1; i >= 0 && i >= at - 9; i--) {
    const w = tokens[i]!.lower;
    if (CROWD_MEASURE_NOUNS.has(w)) return true;
    // "the protest numbered around 10,000".
    if (GATHERING_NOUNS.has(w) && /^number/.test(tokens[at - 1]!.lower)) return true;
    const cue = cueAt(tokens, i);
    // "The crowd, estimated by police at 10,000,", "the marchers, put at 30,000 by organisers,".
    const apposition = w === ',' && MEASURE_VERBS.has(tokens[i + 1]?.lower ?? '');
    if (apposition && (CROWD_MEASURE_NOUNS.has(tokens[i - 1]?.lower ?? '') || PARTICIPANT_NOUNS.has(tokens[i - 1]?.lower ?? ''))) return true;
    if (CLAUSE_BREAKS.has(w) || w === ',' || (cue && cue !== 'participants') || /^\d/.test(w)) return false;
    // "the number of protesters", "protesters numbered about 3,000".
    if (PARTICIPANT_NOUNS.has(w)) {
      const measured = COUNT_NOUNS.has(tokens[i - 2]?.lower ?? '') && tokens[i - 1]?.lower === 'of';
      if (measured || /^number/.test(tokens[i + 1]?.lower ?? '')) return true;
    }
  }
  return false;
}

/**
 * Is the figure at `at` the value of a bare count noun, "the number … at 128,000", "the
 * estimate stood at 40" ("number" with no "of" phrase), within its clause and with no cue between?
 */
function bareMeasure(tokens: Token[], at: number): boolean {
  // "The exiled party puts the number above 2,000": the qualifier opens the figure, no link before it.
  const noun = tokens[at - 1]?.lower ?? '';
  if (
    (COUNT_NOUNS.has(noun) || noun === 'figure') &&
    ['the', 'its', 'their'].includes(tokens[at - 2]?.lower ?? '') &&
    PUTTING_VERBS.has(tokens[at - 3]?.lower ?? '')
  )
    return true;
  // ("The army's figure is 51", "the police count was 120": a count's own value after its copula.)
  const counted = tokens[at - 2]?.lower ?? '';
  const owner = tokens[at - 3]?.lower ?? '';
  if (
    ['is', 'was'].includes(tokens[at - 1]?.lower ?? '') &&
    (COUNT_NOUNS.has(counted) || counted === 'figure') &&
    (['the', 'its', 'their', 'this', 'that', 'police', 'official'].includes(owner) || /['’]s$/.test(owner) || /^['’]s?$/.test(owner))
  )
    return true;
  // ("That brings the total to 57", "which takes the number to 40": a count a verb of raising brings to its level.)
  if (
    tokens[at - 1]?.lower === 'to' &&
    (COUNT_NOUNS.has(wordTwoBefore(tokens, at)) || wordTwoBefore(tokens, at) === 'total') &&
    ['the', 'its', 'their', 'this', 'that'].includes(tokens[at - 3]?.lower ?? '') &&
    RAISING_VERBS.has(tokens[at - 4]?.lower ?? '')
  )
    return true;
  // ("the number had risen to 260", "the total climbed to 95": a count's level after a verb of change.)
  const changedTo = tokens[at - 1]?.lower === 'to' && CHANGE_VERBS.has(tokens[at - 2]?.lower ?? '');
  if (!MEASURE_LINKS.has(tokens[at - 1]?.lower ?? '') && !changedTo) return false;
  // "by Sunday evening it stood at 153": "it", the count just told, right before a verb of its level.
  if (tokens[at - 1]!.lower === 'at' && LEVEL_AT_VERBS.has(tokens[at - 2]?.lower ?? '') && tokens[at - 3]?.lower === 'it') return true;
  for (let i = at - 2; i >= 0 && i >= at - 8; i--) {
    const w = tokens[i]!.lower;
    if (COUNT_NOUNS.has(w) || w === 'figure' || w === 'total') {
      const det = tokens[i - 1]?.lower ?? '';
      return tokens[i + 1]?.lower !== 'of' && (['the', 'its', 'their', 'this', 'that'].includes(det) || /^(?:police|official|organi[sz]ers?)$/.test(det));
    }
    if (CLAUSE_BREAKS.has(w) || w === ',' || cueAt(tokens, i) || /^\d/.test(w)) return false;
  }
  return false;
}

/** The word two before the figure at `at` (the count noun in "brings the total to 57"). */
const wordTwoBefore = (tokens: Token[], at: number) => tokens[at - 2]?.lower ?? '';

/** A straight or curly double quote token. */
/** A double quotation mark ("…", “…”, „…“, «…»). */
const isQuote = (t: Token | undefined) => !!t && /^["“”„«»]$/.test(t.text);

/** "Three of them told researchers that …": those who speak of the others (a verb of speech after the figure) are no share counted. */
function speaksOfOthers(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k <= end && k < tokens.length; k++) if (SPEECH_VERBS.has(tokens[k]!.lower)) return true;
  return false;
}

const isDigitsOrNumber = (t: Token | undefined) => !!t && (/^\d/.test(t.text) || isNumberWord(t.text));

/** Words found to be (or not to be) a figure of their own: findQuantities is asked of the same words again and again. */
const numberWords = new Map<string, boolean>();
function isNumberWord(text: string): boolean {
  let known = numberWords.get(text);
  if (known === undefined) {
    if (numberWords.size >= 50_000) numberWords.clear();
    numberWords.set(text, (known = findQuantities(text, 0).length > 0));
  }
  return known;
}

/** Does a list joiner ("and", a comma) stand at token `k`? */
const joinerAt = (tokens: Token[], k: number) => tokens[k]?.lower === 'and' || tokens[k]?.text === ',';
/** A verb after the joiner at `k` ("killed the driver and abducted the nurse"): a predicate of its own, no list member. */
const verbAfterJoiner = (tokens: Token[], k: number) =>
  HARM_VERB_FORMS.has(tokens[k + 1]?.lower ?? '') || /^\p{Ll}{3,}(?:ed|ing)$/u.test(tokens[k + 1]?.text ?? '');

/** "a security officer", "A 17-year-old boy": one person, as a pseudo-quantity. */
function singularMentions(tokens: Token[], text: string, offset: number): Quantity[] {
  const out: Quantity[] = [];
  /** One person, counted by the word at token `i`, the mention running to token `last`. */
  const onePerson = (i: number, last: Token): Quantity => {
    const t = tokens[i]!;
    return {
      span: { start: t.start, end: last.end, text: text.slice(t.start - offset, last.end - offset) },
      number: { start: t.start, end: t.end, text: t.text },
      low: 1,
      high: 1,
      estimate: 1,
      qualifier: 'exact',
      hedged: false,
      vague: false,
      tokenStart: i,
      tokenEnd: i + 1,
    };
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "injuring two teachers and a pupil": a figure of people heads a list that only single people
    // follow (figures alone, "nine militiamen and two soldiers", stay counts of their own).
    // ("killed 40, including 17 children and one woman": shares of a whole listed after "including" are each a figure.)
    const shares = SCOPE_SUBGROUP_LEADS.has(tokens[i - 1]?.lower ?? '');
    const figureHead =
      (joinerAt(tokens, i + 2) || joinerAt(tokens, i + 3)) && t.lower !== 'one' && isDigitsOrNumber(t) && !shares ? bareFigureMember(tokens, i) : null;
    if (figureHead) {
      const list = personList(tokens, figureHead.last, !!verbBefore(tokens, i));
      if (list && list.bare === 0) {
        const count = figureHead.count + list.count - 1;
        out.push({ ...onePerson(i, tokens[list.last]!), low: count, high: count, estimate: count });
        i = list.last;
      }
      continue;
    }
    if (t.lower === 'another') {
      // "shot one guard and injured another": "another" after a harm verb is one more person.
      const anotherOne = tokens[i + 1]?.lower === 'one';
      // "another protester was injured": one more person named by its noun.
      const person = isSingularPerson(tokens[i + 1]?.lower ?? '') ? i + 1 : -1;
      // "a soldier was killed and another injured": "another" with a harm participle of its own.
      // "one soldier died and another was wounded", "another was badly hurt": past a passive's
      // auxiliaries and an adverb.
      let harmAt = person > 0 ? person + 1 : i + 1;
      while (harmAt < i + 5 && (AUXILIARIES.has(tokens[harmAt]?.lower ?? '') || /^\p{Ll}{3,}ly$/u.test(tokens[harmAt]?.text ?? ''))) harmAt++;
      const ownHarm =
        // ("Another protester died in hospital": the person's own finite harm.)
        (tokens[i - 1]?.lower === 'and' || (person > 0 && (harmAt > person + 1 || !HARM_VERB_FORMS.has(tokens[harmAt]?.lower ?? '')))) &&
        ['killed', 'injured', 'detained'].includes(cueAt(tokens, harmAt) ?? '');
      if ((verbBefore(tokens, i) || ownHarm) && (anotherOne || !isDigitsOrNumber(tokens[i + 1]))) {
        out.push(onePerson(i, person > 0 ? tokens[person]! : anotherOne ? tokens[i + 1]! : t));
        continue;
      }
    }
    // "wounded his son", "killed their driver": a possessive person as a harm verb's object is one.
    // "a girl was killed and her mother wounded": after "and", a possessive person with a harm
    // participle of its own (the auxiliary left out) is one more person.
    // "…; its driver was burnt alive", "His brother was shot dead": a possessive person opening a
    // clause is one person (singularCategory still asks for a harm predicate of its own).
    let possessed = false;
    if (POSSESSIVES.has(t.lower)) {
      const elided = tokens[i - 1]?.lower === 'and' && isSingularPerson(tokens[i + 1]?.lower ?? '') && PARTICIPLE_MODIFIERS.has(tokens[i + 2]?.lower ?? '');
      // ("The priest escaped, but his elderly mother burned to death": or after a "but".)
      const opensClause =
        (i === 0 || tokens[i - 1]!.text === ';' || tokens[i - 1]!.lower === 'but') &&
        [1, 2, 3].some((d) => isSingularPerson(tokens[i + d]?.lower ?? '') && tokens.slice(i + 1, i + d).every(isWord));
      // "its" only heads a list a harm verb takes ("killing its driver and a passenger"): alone,
      // "killed its leader" names one already known.
      const itsList = t.lower === 'its' && isSingularPerson(tokens[i + 1]?.lower ?? '') && !!verbBefore(tokens, i) && !!personList(tokens, i + 1, true);
      possessed = (t.lower !== 'its' && (!!verbBefore(tokens, i) || elided)) || opensClause || itsList;
    }
    // "The truck's driver was killed": a person a thing's possessive names, opening the clause.
    const clauseOpen = i === 0 || tokens[i - 1]!.text === ';' || (tokens[i - 1]!.lower === 'the' && (i === 1 || tokens[i - 2]!.text === ';'));
    if (
      /\p{Ll}['’]s$/u.test(t.text) &&
      clauseOpen &&
      [1, 2, 3].some((d) => isSingularPerson(tokens[i + d]?.lower ?? '') && tokens.slice(i + 1, i + d).every(isWord))
    )
      possessed = true;
    // "Two soldiers were shot dead and a third was injured": "a" and an ordinal, its verb right
    // after it, is one more of the people a figure before it counted (or, opening a sentence, one
    // the sentence before counted: its figure is out of this sentence's sight).
    if (
      t.lower === 'a' &&
      LATER_ORDINALS.has(tokens[i + 1]?.lower ?? '') &&
      // ("shot two guards and wounded a third": or the object of a harm verb.)
      (AUXILIARIES.has(tokens[i + 2]?.lower ?? '') ||
        DYING_VERBS.has(tokens[i + 2]?.lower ?? '') ||
        // ("A fourth remains missing".)
        ['remains', 'remained'].includes(tokens[i + 2]?.lower ?? '') ||
        // ("a fifth escaped with burns".)
        (/^\p{Ll}{3,}ed$/u.test(tokens[i + 2]?.text ?? '') && woundsCarried(tokens, i + 3) >= 0) ||
        (!!verbBefore(tokens, i) && tokens[i + 2]?.lower !== 'of')) &&
      // ("Two customers died at the scene. A third died in hospital": or opening the next sentence.)
      (i === 0 || tokens.slice(0, i).some((x) => isDigitsOrNumber(x)))
    ) {
      out.push(onePerson(i, tokens[i + 1]!));
      continue;
    }
    // "killed the imam and four worshippers": a definite person heads a list a harm verb takes
    // (alone, "killed the driver" names one already counted).
    // ("The farmer, his wife and three workers were killed": or heads a list opening the clause.)
    const definite =
      t.lower === 'the' &&
      (verbBefore(tokens, i)
        ? [i + 2, i + 3, i + 4].some((j) => joinerAt(tokens, j) && !verbAfterJoiner(tokens, j))
        : // (Opening the clause, only words of the phrase before the joiner: not "The boy was killed and …".)
          (i === 0 || tokens[i - 1]!.text === ';') &&
          [i + 2, i + 3, i + 4].some(
            (j) => joinerAt(tokens, j) && tokens.slice(i + 1, j).every((m, d) => isWord(m) && !AUXILIARIES.has(m.lower) && !cueAt(tokens, i + 1 + d)),
          ));
    // "ambushed a farmer's truck, killing the farmer": a definite person a killing or wounding takes
    // as its object is one person.
    const harmedDefinite = t.lower === 'the' && !definite && ['killed', 'injured'].includes(verbBefore(tokens, i) ?? '');
    // "The mayor of Tessin was shot dead": a definite person opening the clause, with a harm
    // predicate of its own (singularCategory asks for it), is one person.
    const definiteSubject = t.lower === 'the' && (i === 0 || tokens[i - 1]!.text === ';') && !definite && definiteHarmed(tokens, i + 1);
    if (harmedDefinite || definiteSubject) possessed = true;
    // "His body was discovered three days later": one dead, when the finding of a body a possessive
    // names is the news (its owner named in a sentence before).
    if (['his', 'her'].includes(t.lower) && BODY_NOUNS.has(tokens[i + 1]?.lower ?? '') && bodyFound(tokens, i + 2)) {
      out.push(onePerson(i, tokens[i + 1]!));
      continue;
    }
    // "both of his bodyguards were wounded": two people ("both guards" is a figure of its own).
    if (t.lower === 'both' && tokens[i + 1]?.lower === 'of') {
      let k = i + 2;
      if (['the', 'his', 'her', 'their', 'its'].includes(tokens[k]?.lower ?? '')) k++;
      const head = [k, k + 1, k + 2].find((j) => countsPeople(tokens[j]?.lower ?? '') && tokens.slice(k, j).every(isWord));
      if (head !== undefined && personNoun(tokens[head]!.lower)?.kind === 'person') {
        out.push({ ...onePerson(i, tokens[head]!), low: 2, high: 2, estimate: 2 });
        i = head;
        continue;
      }
    }
    // "Cop killed, 3 hurt as mob storms post", "Local journalist shot dead in Mosul": a headline's bare
    // singular person with its harm participle right after it is one person.
    if (i === 0) {
      const bare = headlineBarePerson(tokens);
      if (bare >= 0) {
        out.push(onePerson(0, tokens[bare]!));
        continue;
      }
    }
    // "Journalist Ana Ruiz was shot dead", "Indigenous social leader Aurelio Pito was killed": a role
    // and the name of the one person it is, opening the sentence, with a harm of their own.
    // ("Colombia, Cauca: Social leader Aurelio Pito was shot dead": or after a label's colon.)
    if (i === 0 || tokens[i - 1]!.text === ':' || tokens[i - 1]!.text === ';') {
      const named = roleAndName(tokens, i);
      if (named >= 0) {
        out.push(onePerson(i, tokens[named]!));
        i = named;
        continue;
      }
    }
    if (t.lower !== 'a' && t.lower !== 'an' && t.lower !== 'one' && !possessed && !definite) continue;
    // "a senior opposition figure": one person after a word of role (not "a figure of 40").
    const figure = [i + 2, i + 3, i + 4].find(
      (j) => tokens[j]?.lower === 'figure' && ROLE_MODIFIERS.has(tokens[j - 1]!.lower) && tokens[j + 1]?.lower !== 'of',
    );
    if (figure !== undefined && tokens.slice(i + 1, figure).every((m) => isWord(m) && !CATEGORY_CUES.has(m.lower) && !AUXILIARIES.has(m.lower))) {
      out.push(onePerson(i, tokens[figure]!));
      continue;
    }
    // "killing a 17-year-old", "a seven-year-old was hurt": an age used as the noun is one person.
    const age = ageNounEnd(tokens, i + 1);
    if (age > 0 && !definite && !possessed) {
      out.push(onePerson(i, tokens[age - 1]!));
      continue;
    }
    for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
      const w = tokens[k]!.lower;
      // ("a figure for civilian deaths": the article's phrase ends at a preposition.)
      if (COMPOUND_BREAKING_PREPOSITIONS.has(w)) break;
      // "killing an elderly couple": two people (not "a couple of days").
      if (PAIR_NOUNS.has(w) && !definite && tokens[k + 1]?.lower !== 'of') {
        out.push({ ...onePerson(i, tokens[k]!), low: 2, high: 2, estimate: 2 });
        break;
      }
      // "a national death toll": a word of a person's before the noun of a count is an adjective.
      if (isSingularPerson(w) && TOTAL_NOUNS.has(tokens[k + 2]?.lower ?? '') && CATEGORY_NOUNS.has(tokens[k + 1]?.lower ?? '')) break;
      if (isSingularPerson(w)) {
        // The head is the last person noun of the compound: "a Somali police officer", "a woman journalist".
        for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
          const wj = tokens[j]!.lower;
          if (
            !isWord(tokens[j]) ||
            AUXILIARIES.has(wj) ||
            CATEGORY_CUES.has(wj) ||
            CLAUSE_BREAKS.has(wj) ||
            NEUTRAL_VERBS.has(wj) ||
            wj === 'and' ||
            wj === 'or' ||
            // ("a figure for civilian deaths": a compound does not run past a preposition.)
            COMPOUND_BREAKING_PREPOSITIONS.has(wj) ||
            // ("a man accused of theft": a participle after the person, no noun of a compound.)
            /^\p{Ll}{3,}ed$/u.test(tokens[j]!.text)
          )
            break;
          if (isSingularPerson(wj)) k = j;
        }
        // "a member of the security forces": the member is the person, the of-phrase their body.
        if (MEMBER_NOUNS.has(tokens[k]!.lower) && tokens[k + 1]?.lower === 'of') {
          let j = k + 2;
          while (
            j < tokens.length &&
            j < k + 7 &&
            isWord(tokens[j]) &&
            !CATEGORY_CUES.has(tokens[j]!.lower) &&
            !AUXILIARIES.has(tokens[j]!.lower) &&
            !CLAUSE_BREAKS.has(tokens[j]!.lower)
          )
            j++;
          if (j > k + 2) out.push(onePerson(i, tokens[j - 1]!));
          break;
        }
        // ("The mayor of San Cristobal was shot dead": a definite role of a named place is the person.)
        const ofName = definiteSubject && tokens[k + 1]?.lower === 'of' && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? '');
        if (ofName) {
          out.push(onePerson(i, tokens[placeNameEnd(tokens, k + 2) - 1]!));
          break;
        }
        // ("gunned down the customary chief of a grouping": the person a killing takes is the head.)
        if (harmedDefinite && tokens[k + 1]?.lower === 'of') {
          out.push(onePerson(i, tokens[k]!));
          break;
        }
        if (tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.text === "'s") break;
        const list = personList(tokens, k, !!verbBefore(tokens, i));
        if (list) {
          // "a teacher, a nurse and a driver", "a man and his two sons": one object of several people.
          out.push({ ...onePerson(i, tokens[list.last]!), low: list.count, high: list.count, estimate: list.count });
          i = list.last;
        } else if (!definite) out.push(onePerson(i, tokens[k]!));
        break;
      }
      // Only modifiers may stand between the article and the noun ("17-year-old", "security"),
      // not a figure with people of its own ("an additional thirteen others").
      if (!isWord(tokens[k]) && tokens[k]!.text !== '-' && !/^\d/.test(tokens[k]!.text)) break;
      if (isDigitsOrNumber(tokens[k]) && countsPeople(tokens[k + 1]?.lower ?? '')) break;
      // Another article opens another phrase ("a mob beat a thief").
      if (['a', 'an', 'the'].includes(w)) break;
      if ((countsPeople(w) && personNoun(w)?.kind !== 'group') || CATEGORY_CUES.has(w) || AUXILIARIES.has(w)) break;
    }
  }
  return out;
}

/**
 * The token of a headline's bare singular person ("Cop killed, 3 hurt", "Iraqi journalist shot
 * dead"): capitalised words opening the sentence, the last a singular person noun, then a harm
 * participle (killed, injured, "shot dead"); else -1.
 */
function headlineBarePerson(tokens: Token[]): number {
  for (let k = 0; k < 3 && k < tokens.length; k++) {
    if ((k === 0 && !/^\p{Lu}/u.test(tokens[k]!.text)) || !isWord(tokens[k]) || DETERMINERS.has(tokens[k]!.lower)) return -1;
    // ("Iraqi journalist": the head is the last person noun.)
    if (!isSingularPerson(tokens[k]!.lower) || isSingularPerson(tokens[k + 1]?.lower ?? '')) continue;
    const next = tokens[k + 1]?.lower ?? '';
    const harm = next === 'shot' ? tokens[k + 2]?.lower === 'dead' : /ed$/.test(next) || next === 'hurt' ? cueAt(tokens, k + 1) : null;
    return harm === true || harm === 'killed' || harm === 'injured' ? k : -1;
  }
  return -1;
}

/**
 * One past the capitalised words of a name from `at`, with the lower-case particles between them
 * ("San Cristóbal de las Peñas"); `at` when no capitalised word stands there.
 */
function placeNameEnd(tokens: Token[], at: number): number {
  let k = at;
  while (k < at + 8) {
    if (/^\p{Lu}/u.test(tokens[k]?.text ?? '')) k++;
    else {
      // ("de las": particles may follow one another before the next capitalised word.)
      let p = k;
      while (p < k + 2 && PLACE_NAME_PARTICLES.has(tokens[p]?.text ?? '')) p++;
      if (k === at || p === k || !/^\p{Lu}/u.test(tokens[p]?.text ?? '')) break;
      k = p;
    }
  }
  return k;
}

/**
 * "The driver was killed", "The mayor of Tessin was shot dead", "The guard died": a definite
 * person from `at` (its modifiers, a named place after "of") with a harm verb right after it. Not
 * one set off by an aside ("The teenager, identified as …, was buried"), who names one counted before.
 */
function definiteHarmed(tokens: Token[], at: number): boolean {
  let k = at;
  // ("The bus's conductor": a thing's possessive person is read from the possessive.)
  while (k < at + 3 && !isSingularPerson(tokens[k]?.lower ?? '') && isWord(tokens[k]) && !/['’]s$/.test(tokens[k]!.text)) k++;
  if (!isSingularPerson(tokens[k]?.lower ?? '')) return false;
  k++;
  if (tokens[k]?.lower === 'of') {
    k++;
    k = placeNameEnd(tokens, k);
  }
  if (DYING_VERBS.has(tokens[k]?.lower ?? '')) return true;
  // ("The colonel did not survive.")
  if ([2, 3].some((d) => SURVIVAL_VERBS.has(tokens[k + d]?.lower ?? '') && survivalDenied(tokens, k + d))) return true;
  if (!['was', 'has'].includes(tokens[k]?.lower ?? '')) return false;
  if (tokens[k + 1]?.lower === 'been') k++;
  const w = tokens[k + 1]?.lower ?? '';
  if (w === 'shot') return tokens[k + 2]?.lower === 'dead';
  return HARM_VERB_FORMS.get(w) === 'killed' || HARM_VERB_FORMS.get(w) === 'injured';
}

/**
 * Past a prepositional phrase on a person at `at` ("for a local television station") to the
 * auxiliary that resumes the clause, when one follows within a few words; else `at`.
 */
/** Past an age after a person at `at` ("a man aged 54", "a woman in her 50s"), else `at`. */
function pastAge(tokens: Token[], at: number): number {
  if (tokens[at]?.lower === 'aged' && isDigitsOrNumber(tokens[at + 1])) return at + 2;
  // (The tokens split a decade: "50", "s".)
  if (tokens[at]?.lower === 'in' && POSSESSIVES.has(tokens[at + 1]?.lower ?? '') && /^\d0$/.test(tokens[at + 2]?.text ?? '') && tokens[at + 3]?.lower === 's')
    return at + 4;
  return at;
}

function pastPersonPhrase(tokens: Token[], at: number): number {
  // ("An elder mediating a land dispute was shot": or a participle's phrase on them.)
  const participle = /^\p{Ll}{3,}ing$/u.test(tokens[at]?.text ?? '') && !cueAt(tokens, at);
  // ("A man accused of desecrating a shrine was lynched", "A policeman deputed for the security of
  // a vaccination team was martyred": a past participle's phrase, a gerund inside it.)
  const past = /^\p{Ll}{3,}(?:ed|en)$/u.test(tokens[at]?.text ?? '') && !cueAt(tokens, at) && PARTICIPLE_PHRASE_PREPOSITIONS.has(tokens[at + 1]?.lower ?? '');
  if (!PERSON_PHRASE_PREPOSITIONS.has(tokens[at]?.lower ?? '') && !participle && !past) return at;
  for (let k = at + 1; k < tokens.length && k <= at + (past ? PAST_PARTICIPLE_PHRASE : 7); k++) {
    const w = tokens[k]!.lower;
    // ("A man from the town died in custody": or the death verb itself.)
    if (['was', 'is', 'has'].includes(w) || DYING_VERBS.has(w)) return k;
    if (!isWord(tokens[k]) || CLAUSE_BREAKS.has(w) || cueAt(tokens, k) || (!past && /(?:ed|ing)$/.test(w))) return at;
  }
  return at;
}

/**
 * The last token of "<role> <Name Name>" opening a clause at `from` ("Journalist Ana Ruiz", "Indigenous
 * social leader Aurelio Pito") when a passive harm or a death verb follows the name; else -1.
 */
function roleAndName(tokens: Token[], from: number): number {
  let k = from;
  while (k < from + 3 && isWord(tokens[k]) && !isSingularPerson(tokens[k]!.lower)) k++;
  if (!isSingularPerson(tokens[k]?.lower ?? '') || isSingularPerson(tokens[k + 1]?.lower ?? '')) return -1;
  let end = k + 1;
  while (end < k + 4 && /^\p{Lu}\p{Ll}/u.test(tokens[end]?.text ?? '')) end++;
  if (
    end - k - 1 < 2 ||
    !looksLikePerson(
      tokens
        .slice(k + 1, end)
        .map((t) => t.text)
        .join(' '),
    )
  )
    return -1;
  const next = tokens[end]?.lower ?? '';
  if (DYING_VERBS.has(next)) return end - 1;
  if (next !== 'was') return -1;
  const harm =
    tokens[end + 1]?.lower === 'shot' ? (tokens[end + 2]?.lower === 'dead' ? 'killed' : 'injured') : HARM_VERB_FORMS.get(tokens[end + 1]?.lower ?? '');
  return harm === 'killed' || harm === 'injured' ? end - 1 : -1;
}

/** How far a past participle's phrase on a person may run before its clause resumes ("suspected of stealing a goat from a neighbour"). */
const PAST_PARTICIPLE_PHRASE = 10;

/**
 * One past an age that stands as a noun at `at` ("17-year-old" or "seven-year-old" with no noun
 * after it: "killing a 17-year-old.", "a 15-year-old was shot"), else -1.
 */
function ageNounEnd(tokens: Token[], at: number): number {
  let end = -1;
  if (/^\p{Ll}+-year-old$/u.test(tokens[at]?.text ?? '')) end = at + 1;
  else if (/^\d+$/.test(tokens[at]?.text ?? '') && tokens[at + 1]?.text === '-' && tokens[at + 2]?.lower === 'year-old') end = at + 3;
  if (end < 0) return -1;
  const next = tokens[end];
  const nounFree =
    !next ||
    !isWord(next) ||
    AUXILIARIES.has(next.lower) ||
    CLAUSE_BREAKS.has(next.lower) ||
    COMPOUND_BREAKING_PREPOSITIONS.has(next.lower) ||
    // ("a 29-year-old detainee died": a noun of people that is also a cue is the noun.)
    (!!cueAt(tokens, end) && !isSingularPerson(next.lower)) ||
    ['and', 'or'].includes(next.lower);
  return nounFree ? end : -1;
}

/**
 * The claim a subgroup opening at token `at` is part of: the claim whose span ends right before
 * "including", "among them" or "among whom" (a comma between at most), which introduces the figure; else null.
 */
function subgroupHead(tokens: Token[], at: number, claims: DraftClaim[]): DraftClaim | null {
  const prev = tokens[at - 1]?.lower ?? '';
  const opener = prev === 'including' ? at - 1 : ['them', 'whom'].includes(prev) && tokens[at - 2]?.lower === 'among' ? at - 2 : -1;
  if (opener < 0) return null;
  const before = tokens[opener - 1]?.text === ',' ? opener - 2 : opener - 1;
  const head = claimEndingAt(tokens, before, claims);
  if (head || tokens[opener - 1]?.text !== ',') return head;
  // ("140 people held in Orr, including 12 students, were later charged": past a place or a time after the span, before the comma.)
  return claimBeforeComma(tokens, tokens[opener - 1]!.start, claims);
}

/** The claim a share ("four of them") set off by a comma right after it counts part of, else null. */
function shareOf(tokens: Token[], q: Quantity, spanStartTok: number, claims: DraftClaim[]): DraftClaim | null {
  if (tokens[q.tokenEnd]?.lower !== 'of' || !['them', 'whom', 'those'].includes(tokens[q.tokenEnd + 1]?.lower ?? '')) return null;
  // (Set off by a comma or a dash: "Six people have died - four of them from gunshot wounds".)
  if (![',', '-', '–', '—'].includes(tokens[spanStartTok - 1]?.text ?? '')) return null;
  return claimEndingAt(tokens, spanStartTok - 2, claims);
}

/**
 * Is the phrase of a share at `at` ("in remand prisons in Orvel", "at the prison") a place with no
 * verb of its own up to its comma or its sentence's end ("in the capital were later released" has one)?
 */
function placedShare(tokens: Token[], at: number): boolean {
  for (let k = at + 1; k < tokens.length && !/^[,;.!?]$/.test(tokens[k]!.text); k++) {
    const w = tokens[k]!.lower;
    if (AUXILIARIES.has(w) || CLAUSE_BREAKS.has(w) || /^\p{Ll}{3,}(?:ed|en)$/u.test(tokens[k]!.text)) return false;
  }
  return true;
}

/** The last claim of the clause a share ("five of them") is set off from by a comma, past the words after its span ("died in custody, …"). */
function clauseHead(tokens: Token[], q: Quantity, spanStartTok: number, claims: DraftClaim[]): DraftClaim | null {
  if (tokens[q.tokenEnd]?.lower !== 'of' || !['them', 'whom'].includes(tokens[q.tokenEnd + 1]?.lower ?? '') || tokens[spanStartTok - 1]?.text !== ',')
    return null;
  return claimBeforeComma(tokens, tokens[spanStartTok - 1]!.start, claims);
}

/** The last claim before the comma at `comma`, with only a few words of its clause between (no break, no figure), else null. */
function claimBeforeComma(tokens: Token[], comma: number, claims: DraftClaim[]): DraftClaim | null {
  const head = claims.filter((c) => c.span.end <= comma).pop();
  if (!head) return null;
  const between = tokens.filter((t) => t.start >= head.span.end && t.end <= comma);
  return between.length <= CLAUSE_HEAD_REACH && between.every((t) => isWord(t) && !CLAUSE_BREAKS.has(t.lower) && !isDigitsOrNumber(t)) ? head : null;
}

/** How many words may follow a head's span before the comma of its share ("died in police custody last year, …"). */
const CLAUSE_HEAD_REACH = 8;

/** The claim whose span ends with token `k`, else null. */
function claimEndingAt(tokens: Token[], k: number, claims: DraftClaim[]): DraftClaim | null {
  const end = tokens[k]?.end;
  return claims.find((c) => c.span.end === end) ?? null;
}

/** A capitalised word of a personal name ("Musa", "Al-Amin", "O'Neill"), not a day or month. */
const isNameWord = (t: Token | undefined) => !!t && /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(t.text) && !DAY_AND_MONTH_NAMES.has(t.lower);

/**
 * Rule name-list: "arrested Ahmed Musa, Bello Ibrahim and Sani Abdullahi", "Ama Owusu and Kofi
 * Mensah were abducted": a list of two or more full names (two or three capitalised words each,
 * so one-word places never join) as a harm verb's object or a harm predicate's subject counts
 * the people named. Each list as a pseudo-quantity of its size.
 */
function nameLists(tokens: Token[], text: string, offset: number): Quantity[] {
  const out: Quantity[] = [];
  const nameAt = (j: number) => {
    let k = j;
    while (k < j + 3 && isNameWord(tokens[k])) k++;
    return k - j >= 2 ? k : -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    // (A token opening with an ASCII character other than a capital opens no name: a quick first test.)
    const c = tokens[i]!.text.charCodeAt(0);
    if (c < 128 && (c < 65 || c > 90)) continue;
    // A list opens a sentence or clause, or follows a harm verb.
    let end = nameAt(i);
    if (end < 0) continue;
    const object = !!verbBefore(tokens, i);
    if (!object && i > 0 && tokens[i - 1]!.text !== ',') continue;
    let count = 1;
    let closed = false;
    while (!closed) {
      const comma = tokens[end]?.text === ',';
      const and = tokens[end + (comma ? 1 : 0)]?.lower === 'and';
      if (!comma && !and) break;
      const next = nameAt(end + (comma ? 1 : 0) + (and ? 1 : 0));
      if (next < 0) break;
      count++;
      end = next;
      closed = and;
    }
    // Closed by "and", never a possessive or of-phrase after it ("… and Ali Musa's brother").
    if (!closed || tokens[end]?.lower === 'of' || /^['’]s$/.test(tokens[end]?.text ?? '')) {
      i = Math.max(i, end - 1);
      continue;
    }
    const first = tokens[i]!;
    const last = tokens[end - 1]!;
    out.push({
      span: { start: first.start, end: last.end, text: text.slice(first.start - offset, last.end - offset) },
      number: { start: first.start, end: last.end, text: text.slice(first.start - offset, last.end - offset) },
      low: count,
      high: count,
      estimate: count,
      qualifier: 'exact',
      hedged: false,
      vague: false,
      tokenStart: i,
      tokenEnd: end,
    });
    i = end - 1;
  }
  return out;
}

/**
 * One more member of a list of people at token `j`: "a nurse", "his wife", "one guard" (one),
 * or "his two sons", "two children" (their figure). Its count and last token, or null.
 */
function listMember(tokens: Token[], j: number): { count: number; last: number } | null {
  const opener = tokens[j]?.lower ?? '';
  // "one of his sons", "two of their children": a part of the kin or group named after it.
  const part = partOfKin(tokens, j);
  if (part) return part;
  const article = ['a', 'an', 'one'].includes(opener) || (POSSESSIVES.has(opener) && opener !== 'its');
  // "a priest and two seminarians": a figure of people closes the list as one of its members.
  if (!article) return bareFigureMember(tokens, j);
  for (let k = j + 1; k < tokens.length && k <= j + 4; k++) {
    const w = tokens[k]!.lower;
    if (isSingularPerson(w)) {
      if (tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.text === "'s") return null;
      return { count: 1, last: k };
    }
    if (isDigitsOrNumber(tokens[k]) && countsPeople(tokens[k + 1]?.lower ?? '') && personNoun(tokens[k + 1]!.lower)?.kind === 'person') {
      const figure = findQuantities(tokens[k]!.text, 0)[0]?.estimate ?? Number(tokens[k]!.text.replace(/,/g, ''));
      return Number.isInteger(figure) && figure > 0 ? { count: figure, last: k + 1 } : null;
    }
    // Only modifiers stand between the opener and its person ("a young nurse", "his two teenage sons").
    if (!isWord(tokens[k]) || ['a', 'an', 'the', 'and', 'or'].includes(w) || CATEGORY_CUES.has(w) || AUXILIARIES.has(w) || CLAUSE_BREAKS.has(w)) return null;
  }
  return null;
}

/** The value of a figure written as one token ("two", "12"), or null. */
function tokenFigure(t: Token | undefined): number | null {
  if (!t || !isDigitsOrNumber(t)) return null;
  let figure = tokenFigures.get(t.text);
  if (figure === undefined) {
    if (tokenFigures.size >= 50_000) tokenFigures.clear();
    const found = findQuantities(t.text, 0)[0]?.estimate ?? Number(t.text.replace(/,/g, ''));
    tokenFigures.set(t.text, (figure = Number.isInteger(found) && found > 0 ? found : null));
  }
  return figure;
}

/** tokenFigure's value of each figure word read so far (the same words come again and again). */
const tokenFigures = new Map<string, number | null>();

/** "two seminarians", "four young worshippers" at token `j`: a figure of people, one word of modifier at most. */
function bareFigureMember(tokens: Token[], j: number): { count: number; last: number } | null {
  const figure = tokenFigure(tokens[j]);
  if (figure === null) return null;
  for (let k = j + 1; k < tokens.length && k <= j + 2; k++) {
    const w = tokens[k]!.lower;
    if (countsPeople(w) && personNoun(w)?.kind === 'person') return { count: figure, last: k };
    if (!isWord(tokens[k]) || CATEGORY_CUES.has(w) || AUXILIARIES.has(w) || CLAUSE_BREAKS.has(w) || ['and', 'or', 'of'].includes(w)) return null;
  }
  return null;
}

/** "one of his sons", "two of their children", "three of the passengers" at token `j`: the part's figure and the noun's token. */
function partOfKin(tokens: Token[], j: number): { count: number; last: number } | null {
  const figure = tokenFigure(tokens[j]);
  if (figure === null || tokens[j + 1]?.lower !== 'of') return null;
  const det = tokens[j + 2]?.lower ?? '';
  if (det !== 'the' && !(POSSESSIVES.has(det) && det !== 'its')) return null;
  const noun = tokens[j + 3]?.lower ?? '';
  return countsPeople(noun) && personNoun(noun)?.kind === 'person' ? { count: figure, last: j + 3 } : null;
}

/**
 * A coordinated list of people after one person ending at token `head`: "a teacher, a nurse and
 * a driver", "a woman and a child", "a man and his two sons". Every member is a person and the
 * list closes with "and", so places and things ("a school and a clinic") never join, nor an
 * apposition ("a man, a farmer, was killed"). Its total count and last token, or null; `object`:
 * the list follows a harm verb.
 */
function personList(tokens: Token[], head: number, object: boolean): { count: number; last: number; bare: number } | null {
  let count = 1;
  let last = head;
  /** Members that are a bare figure of people ("two seminarians"). */
  let bare = 0;
  for (;;) {
    let p = last + 1;
    const comma = tokens[p]?.text === ',';
    if (comma) p++;
    const and = tokens[p]?.lower === 'and';
    if (and) p++;
    if (!comma && !and) return null;
    const m = listMember(tokens, p);
    if (!m) return null;
    count += m.count;
    last = m.last;
    if (tokenFigure(tokens[p]) !== null && tokens[p]!.lower !== 'one' && tokens[p + 1]?.lower !== 'of') bare++;
    // "killed a soldier and a civilian was wounded": after an object, a member with a verb of its
    // own opens a clause of its own.
    const verb = tokens[last + 1]?.lower ?? '';
    if (!and) continue;
    if (object && (AUXILIARIES.has(verb) || CATEGORY_CUES.has(verb))) return null;
    // "a Portuguese man, an Indian citizen and two Chinese citizens were among those killed": a
    // list said to be among a toll names its parts, and a figure in it stays a count of its own.
    if (tokenFigure(tokens[p]) !== null && tokens[p]!.lower !== 'one' && AUXILIARIES.has(verb) && tokens[last + 2]?.lower === 'among') return null;
    return { count, last, bare };
  }
}

/** Does a verb of finding follow at `at`, past auxiliaries ("was discovered", "were found")? */
function bodyFound(tokens: Token[], at: number): boolean {
  let k = at;
  while (k < at + 3 && AUXILIARIES.has(tokens[k]?.lower ?? '')) k++;
  return k > at && DISCOVERY_VERBS.has(tokens[k]?.lower ?? '');
}

function singularCategory(tokens: Token[], q: Quantity, nounEnd: number, brief = false): Category | null {
  // (A possessive's body found: see singularMentions.)
  if (BODY_NOUNS.has(tokens[nounEnd - 1]?.lower ?? '') && POSSESSIVES.has(tokens[nounEnd - 2]?.lower ?? '') && bodyFound(tokens, nounEnd)) return 'killed';
  // "the body of a man was found", "the remains of a missing shepherd were recovered": one dead,
  // when the body's finding is the news (not "the body of a protester was handed over").
  if (tokens[q.tokenStart - 1]?.lower === 'of' && BODY_NOUNS.has(tokens[q.tokenStart - 2]?.lower ?? '')) {
    // Past a short relative clause: "the body of a journalist who was kidnapped last week was found".
    for (let k = nounEnd; k < tokens.length && k < nounEnd + 10; k++) {
      if (DISCOVERY_VERBS.has(tokens[k]!.lower)) return 'killed';
      if (CLAUSE_BREAKS.has(tokens[k]!.lower) || tokens[k]!.text === ',') break;
    }
    return null;
  }
  // "Among the injured was a 14-year-old boy", "among those killed was a nurse": the harm of
  // those the person is among.
  const at = q.tokenStart;
  if (['was', 'is'].includes(tokens[at - 1]?.lower ?? '') && tokens[at - 4]?.lower === 'among' && ['the', 'those'].includes(tokens[at - 3]?.lower ?? '')) {
    const among = cueAt(tokens, at - 2);
    if (among && among !== 'participants' && tokens[at - 2]!.lower !== 'victims') return among;
  }
  // "a revenge killing of a security officer", "the arrest of a journalist".
  // "the killing of a security officer"; "gunmen killed a government employee".
  if (tokens[q.tokenStart - 1]?.lower === 'of') return nominalBefore(tokens, q.tokenStart, true, brief);
  // ("A reporter for a local television station was shot": past a prepositional phrase on the person.)
  const i = pastPersonPhrase(tokens, pastAge(tokens, afterApposition(tokens, q.tokenStart, nounEnd)));
  // "shooting a construction worker in Beoga, who died at the scene", "arrested a man, who later
  // died in custody": a clause set off by a comma, past a short phrase of place, tells the death.
  // (Only after a harm in the sentence: "He married a nurse, who died in 2010" tells no harm.)
  if (nonRestrictiveDeath(tokens, i) >= 0 && tokens.slice(0, q.tokenStart).some((x) => HARM_VERB_FORMS.has(x.lower) || CATEGORY_CUES.has(x.lower)))
    return 'killed';
  const verb = verbBefore(tokens, q.tokenStart);
  // One person searched for ("divers searched for a fisherman") is a story, not a count.
  if (verb === 'missing') return null;
  if (verb) return verb;
  // "A woman who was beaten during the raid later died": the death verb after a relative clause.
  // ("A parishioner who tried to stop the abductors was shot and killed": or its passive harm.)
  if (tokens[i]?.lower === 'who') {
    for (let m = i + 2; m < tokens.length && m <= i + 16; m++) {
      const w = tokens[m]!.lower;
      // ("who had been on hunger strike for 40 days died": a figure of time inside the clause.)
      if (w === ',' || w === ';' || CLAUSE_BREAKS.has(w) || (!isWord(tokens[m]) && !isDigitsOrNumber(tokens[m]))) break;
      // ("A surgeon who asked not to be named said 23 patients had died": the person's own verb of
      // speech ends the clause; a death after it is what was said, of others.)
      // ("… who is barred from being named estimates that 300 had died": a reporting verb with its "that" as well.)
      const reports = SPEECH_VERBS.has(w) || (REPORTING_VERBS.has(w) && tokens[m + 1]?.lower === 'that');
      if (reports && !['to', 'not', 'be', 'been'].includes(tokens[m - 1]!.lower)) break;
      if (DYING_VERBS.has(w)) return 'killed';
      // ("A man who lived nearby was shot dead": one word of the clause's own verb is enough.)
      if (m > i + 2 && ['was', 'is'].includes(w) && !AUXILIARIES.has(tokens[m - 1]!.lower)) {
        const next = tokens[m + 1]?.lower ?? '';
        if (next === 'shot') return tokens[m + 2]?.lower === 'dead' ? 'killed' : tokens[m + 2]?.lower === 'and' ? (cueAt(tokens, m + 3) ?? null) : 'injured';
        // ("… was beaten to death by a crowd".)
        if (/^\p{Ll}{3,}(?:ed|en)$/u.test(tokens[m + 1]?.text ?? '') && tokens[m + 2]?.lower === 'to' && tokens[m + 3]?.lower === 'death')
          return judicialOutcome(tokens, m + 3) ? null : 'killed';
        const harm = cueAt(tokens, m + 1);
        if ((harm === 'killed' || harm === 'injured') && /(?:ed|en)$/.test(next)) return harm;
      }
    }
  }
  for (let k = i; k < tokens.length && k < i + 5; k++) {
    const w = tokens[k]!.lower;
    const cat = cueAt(tokens, k);
    // "a 27-year-old man detained during the protests was still in intensive care": a bare
    // participle right after the person, with a finite verb after it, describes the person
    // (a reduced relative); the sentence's predicate is that verb, no harm.
    if (cat && k === nounEnd && /ed$/.test(w) && reducedRelative(tokens, k + 1)) return null;
    // "was burnt alive", "were buried alive".
    if (ALIVE_DEATH_VERBS.has(w) && tokens[k + 1]?.lower === 'alive') return 'killed';
    // ("A sixth man was rescued with burns", "escaped with injuries": the wounds the person came away with.)
    if (!cat && /^\p{Ll}{3,}(?:ed|en)$/u.test(tokens[k]!.text) && woundsCarried(tokens, k + 1) >= 0) return 'injured';
    // "a nine-year-old boy was among those killed", "a nurse is among the dead".
    if (w === 'among' && k > i && AUXILIARIES.has(tokens[k - 1]!.lower) && ['those', 'the'].includes(tokens[k + 1]?.lower ?? '')) {
      const among = cueAt(tokens, k + 2);
      return among && among !== 'participants' && tokens[k + 2]!.lower !== 'victims' ? among : null;
    }
    // "A young protester lost his life".
    if (/^los[te]/.test(w) && ['his', 'her', 'their'].includes(tokens[k + 1]?.lower ?? '') && ['life', 'lives'].includes(tokens[k + 2]?.lower ?? ''))
      return 'killed';
    if (cat && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.lower === 'death') return judicialOutcome(tokens, k + 2) ? null : 'killed';
    // "A gunman shot and killed one", "a sniper wounded two": the person is the agent of an
    // active harm verb with an object of its own.
    // ("Journalist shot dead in Mosul", opening a headline: "dead" is how, no object.)
    const headline = q.tokenStart === 0 && k === nounEnd && w === 'shot' && tokens[k + 1]?.lower === 'dead';
    if (headline && !takesObject(tokens, k + 2, new Set()) && !isDigitsOrNumber(tokens[k + 2])) return 'killed';
    if (cat && activeWithObject(tokens, k)) return null;
    if (cat && cat !== 'participants' && cat !== 'displaced') {
      // ("was beaten and burned to death": the harm that ended it.)
      if (cat !== 'killed' && killedAfterAnd(tokens, k + 1) >= 0) return 'killed';
      // "a man who was killed" is fine; "a man whose son died" is not about the man.
      return w === 'toll' || w === 'victims' || w === 'bodies' ? null : cat;
    }
    if (tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.lower === 'death') return judicialOutcome(tokens, k + 2) ? null : 'killed';
    // "burning an elderly woman to death", "beat a guard to death": the person is the object.
    if (k === i && w === 'to' && tokens[k + 1]?.lower === 'death') return judicialOutcome(tokens, k + 1) ? null : 'killed';
    // "was hit by a tear gas canister and died": a passive verb's phrase, then a coordinated harm.
    if (k > i && AUXILIARIES.has(tokens[k - 1]!.lower) && /^\p{Ll}+$/u.test(tokens[k]!.text)) {
      const harm = coordinatedHarm(tokens, k);
      if (harm) return harm;
      // ("was beaten and burned to death": the harm that ended it.)
      if (killedAfterAnd(tokens, k + 1) >= 0) return 'killed';
      // "was hit in the leg by a stray bullet", "was beaten by police": an injury with no injury word.
      // (Not in a relative clause: "a woman who was beaten … later died".)
      if (!cat && tokens[k - 2]?.lower !== 'who' && injuryPredicate(tokens, k, true) >= 0) return 'injured';
    }
    // "was slightly wounded", "was left injured", "was shot and injured", "was ambushed and killed".
    const adverb = /^\p{Ll}{3,}ly$/u.test(tokens[k]!.text);
    const coordinated = /(?:ed|en|ot)$/.test(w) && tokens[k + 1]?.lower === 'and';
    if (coordinated) {
      k++;
      continue;
    }
    // "was found dead", "was discovered murdered": the finding verb links the person to the harm after it.
    const foundAs = DISCOVERY_VERBS.has(w) && !!cueAt(tokens, k + 1);
    // "a woman sustained injuries", "a guard suffered serious wounds".
    // ("sustained a gunshot wound in the hand": a modifier of the wound between.)
    if (SUFFERING_VERBS.has(w) && [1, 2, 3].some((d) => cueAt(tokens, k + d) === 'injured' || WOUND_NOUNS.has(tokens[k + d]?.lower ?? ''))) return 'injured';
    // "was on Monday lynched": a day between the auxiliary and its participle.
    const day = k > i && AUXILIARIES.has(tokens[k - 1]!.lower) ? dayPhraseLength(tokens, k) : 0;
    if (day) {
      k += day - 1;
      continue;
    }
    // ("The colonel did not survive", "A guard failed to survive his wounds".)
    if ([1, 2].some((d) => SURVIVAL_VERBS.has(tokens[k + d]?.lower ?? '') && survivalDenied(tokens, k + d))) return 'killed';
    if (!AUXILIARIES.has(w) && !adverb && !foundAs && !LINKING_VERBS.has(w) && !['who', 'reportedly', 'also', 'later', 'then', 'allegedly', 'had'].includes(w))
      break;
  }
  return null;
}

/**
 * The death verb of a clause set off by a comma on the person whose mention ends at `at` (", who
 * died at the scene", "in Beoga, who later died"), past a short phrase of place; else -1.
 */
function nonRestrictiveDeath(tokens: Token[], at: number): number {
  let k = at;
  if (PERSON_PHRASE_PREPOSITIONS.has(tokens[k]?.lower ?? '')) {
    const stop = k + 5;
    k++;
    while (k < stop && k < tokens.length && tokens[k]!.text !== ',' && isWord(tokens[k]) && !CLAUSE_BREAKS.has(tokens[k]!.lower) && !cueAt(tokens, k)) k++;
    // ("in Beoga (Puncak, Papua), who died": the place's bracketed region.)
    if (tokens[k]?.text === '(') {
      const close = tokens.findIndex((t, m) => m > k && m < k + 10 && t.text === ')');
      if (close > k) k = close + 1;
    }
  }
  if (tokens[k]?.text !== ',' || tokens[k + 1]?.lower !== 'who') return -1;
  for (let m = k + 2; m < tokens.length && m <= k + 4; m++) {
    if (DYING_VERBS.has(tokens[m]!.lower)) return m;
    if (!ADVERBS_BEFORE_DEATH.has(tokens[m]!.lower)) return -1;
  }
  return -1;
}

/**
 * A killing coordinated after "and" at `at` ("and killed", "and burnt to death", "and hacked to
 * death"): the index of its last word, else -1.
 */
function killedAfterAnd(tokens: Token[], at: number): number {
  if (tokens[at]?.lower !== 'and') return -1;
  if (cueAt(tokens, at + 1) === 'killed') return at + 1;
  const verb = tokens[at + 1];
  if (verb && /^\p{Ll}{3,}$/u.test(verb.text) && tokens[at + 2]?.lower === 'to' && tokens[at + 3]?.lower === 'death' && !judicialOutcome(tokens, at + 3))
    return at + 3;
  return -1;
}

/**
 * "…taken to hospital, where he was pronounced dead", "rushed to the clinic, where they later
 * died": the death told in a clause of the care place people were brought to, in the clause from
 * `from` on; its index, else -1.
 */
function diedInCare(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + DIED_IN_CARE_REACH; k++) {
    const w = tokens[k]!.lower;
    // (Not past a verb of speech or another person: "A man said his brother was taken to hospital, where he died".)
    if (w === '.' || w === ';' || SPEECH_VERBS.has(w) || (k > from && (personNoun(w) !== null || BARE_VICTIM_NOUNS.has(w)))) return -1;
    if (w !== 'where' || tokens[k - 1]?.text !== ',' || !CARE_PLACES.has(tokens[k - 2]?.lower ?? '')) continue;
    let m = k + 1;
    if (!PERSONAL_PRONOUNS.has(tokens[m]?.lower ?? '')) return -1;
    m++;
    if (ADVERBS_BEFORE_DEATH.has(tokens[m]?.lower ?? '')) m++;
    if (DYING_VERBS.has(tokens[m]?.lower ?? '')) return m;
    if (PASSIVE_AUXILIARIES.has(tokens[m]?.lower ?? '') && DEATH_DECLARING_VERBS.has(tokens[m + 1]?.lower ?? '') && tokens[m + 2]?.lower === 'dead')
      return m + 2;
    return -1;
  }
  return -1;
}
/** How far after the people their care place's clause may come ("found with stab wounds and taken to hospital, where …"). */
const DIED_IN_CARE_REACH = 20;

/**
 * "Three men were beaten by a mob and died in hospital", "… assaulted on the highway and later
 * died": a death coordinated right after the harm the people suffered, in its clause (not past a
 * verb of speech or another figure), is what befell them ("and his brother died" is another's). Its index, else -1.
 */
function diedAfter(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + DIED_IN_CARE_REACH; k++) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAKS.has(w) || w === ',' || SPEECH_VERBS.has(w) || /^\d/.test(w)) return -1;
    if (w !== 'and') continue;
    const m = ADVERBS_BEFORE_DEATH.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    return DYING_VERBS.has(tokens[m]?.lower ?? '') ? m : -1;
  }
  return -1;
}

/** The length of a day phrase at `k` ("on Monday", "on Monday night", "yesterday", "last night", "last evening"), else 0. */
function dayPhraseLength(tokens: Token[], k: number): number {
  const w = tokens[k]?.lower ?? '';
  if (w === 'yesterday') return 1;
  if (w === 'last' && SCOPE_DAY_PARTS.has(tokens[k + 1]?.lower ?? '')) return 2;
  if (w !== 'on' || !WEEKDAYS.has(tokens[k + 1]?.lower ?? '')) return 0;
  return SCOPE_DAY_PARTS.has(tokens[k + 2]?.lower ?? '') ? 3 : 2;
}

/**
 * The death verb that follows the relative clause opened at `rel` ("who could not flee died"),
 * when the clause holds a cue of another harm; else null.
 */
function mainDeathAfterRelative(tokens: Token[], rel: number): Cue | null {
  let inner = false;
  for (let m = rel + 1; m < tokens.length && m < rel + 9; m++) {
    const w = tokens[m]!.lower;
    if (w === ',' || CLAUSE_BREAKS.has(w) || !isWord(tokens[m])) return null;
    if (inner && DYING_VERBS.has(w)) return { category: 'killed', index: m };
    if (cueAt(tokens, m)) inner = true;
  }
  return null;
}

/**
 * The harm coordinated after the verb at `verb` and its phrase ("hit by a tear gas canister and
 * died", "dragged from the car and later shot dead"): killed or injured, else null. A harm verb
 * with an object of its own ("and wounded two") is someone else's harm.
 */
function coordinatedHarm(tokens: Token[], verb: number): Category | null {
  for (let k = verb + 1; k <= verb + 7 && k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if (w === ',' || CLAUSE_BREAKS.has(w) || !isWord(tokens[k])) return null;
    if (w !== 'and') continue;
    let m = k + 1;
    while (m < k + 3 && (/^\p{Ll}+ly$/u.test(tokens[m]?.text ?? '') || ['then', 'later'].includes(tokens[m]?.lower ?? ''))) m++;
    if (tokens[m]?.lower === 'shot' && tokens[m + 1]?.lower === 'dead') return 'killed';
    const cat = cueAt(tokens, m);
    return (cat === 'killed' || cat === 'injured') && !activeWithObject(tokens, m) ? cat : null;
  }
  return null;
}

/**
 * Is the figure at `at` a share of the dead: "12 of them" after a count of the dead in its sentence
 * or paragraph, or a sentence opening on a reference back to them ("Of those killed, 12 …", "Of
 * them, 12 …" after a count of the dead)?
 */
function shareOfDead(tokens: Token[], at: number, q: Quantity, claims: readonly { category: Category }[], before: Category | null): boolean {
  const last = claims[claims.length - 1]?.category ?? before;
  if (tokens[q.tokenEnd]?.lower === 'of' && ['them', 'whom', 'those'].includes(tokens[q.tokenEnd + 1]?.lower ?? '')) return last === 'killed';
  // ("Of the dead, 12 …", "Of the 40 killed, 12 …": the opening names the dead itself.)
  const comma = tokens.slice(0, at).findIndex((t) => t.text === ',');
  // (A neutral "victims" names no harm: "Of the 61 assault victims, 14 …".)
  const named = tokens.slice(0, comma < 0 ? at : comma).map((t, k) => (HARM_NEUTRAL_CUES.has(t.lower) ? null : cueAt(tokens, k)));
  if (tokens[0]?.lower === 'of' && comma > 0 && comma <= 5 && named.includes('killed')) return true;
  if (claims.length > 0 || !refersBack(tokens, at, q)) return false;
  return named.includes('killed') || (!named.some(Boolean) && before === 'killed');
}

/**
 * Does the figure refer back to a group counted before its sentence? "Twelve of them", "Of those,
 * 12…", "Among them were 12…", "They included 12…": the reference opens the sentence, with no
 * other figure before it.
 */
function refersBack(tokens: Token[], at: number, q: Quantity): boolean {
  const lower = (i: number) => tokens[i]?.lower ?? '';
  // "The group said 12 of them were children": a speaker's clause may open the sentence.
  const said = REPORTING_VERBS.has(lower(at - 1)) || (lower(at - 1) === 'that' && REPORTING_VERBS.has(lower(at - 2)));
  if (lower(q.tokenEnd) === 'of' && ANAPHORS.has(lower(q.tokenEnd + 1)) && (at <= 2 || (said && at <= 6))) return true;
  // "Of those, he said, 32 had been …", "Of them, the police have said, 40 were …": an aside of
  // speech between commas is no part of the opening.
  let opening = tokens.slice(0, at).map((t) => t.lower);
  const asideFrom = opening.indexOf(',');
  const asideTo = opening.lastIndexOf(',');
  if (asideTo > asideFrom && asideFrom >= 0 && opening.slice(asideFrom + 1, asideTo).some((w) => REPORTING_VERBS.has(w)))
    opening = [...opening.slice(0, asideFrom + 1), ...opening.slice(asideTo + 1)];
  if (opening.length > 5) return false;
  if ((opening[0] === 'of' || opening[0] === 'among') && ANAPHORS.has(opening[1] ?? '')) return true;
  // "Of that number, 92…", "Of this total, 40…".
  if (opening[0] === 'of' && ['that', 'this', 'the'].includes(opening[1] ?? '') && BACK_REFERENCE_NOUNS.has(opening[2] ?? '')) return true;
  // "Of the 24, 17 were activists": the count given before, named again by its figure alone.
  // ("Of the forty, thirty …": the figure in words too.)
  if (
    opening[0] === 'of' &&
    opening[1] === 'the' &&
    (/^\d/.test(opening[2] ?? '') || isNumberWord(opening[2] ?? '')) &&
    opening[3] === ',' &&
    opening.length === 4
  )
    return true;
  // "The figure includes 69 children", "That number includes 30 women": the count given before, named again.
  if (
    ['the', 'that', 'this', 'those', 'these'].includes(opening[0] ?? '') &&
    BACK_REFERENCE_NOUNS.has((opening[1] ?? '').replace(/s$/, '')) &&
    /^includ/.test(opening[2] ?? '')
  )
    return true;
  if (ANAPHORS.has(opening[0] ?? '') && /^includ/.test(opening[1] ?? '')) return true;
  // "Twelve were women", "Three were police officers": a figure opening its sentence that says who the people were.
  return at === 0 && peopleByCopula(tokens, q.tokenEnd);
}

/**
 * "… were women", "… were police officers", "… was a child": a copula after a bare figure whose
 * complement is a noun phrase of people (a few lower-case words ending on a person noun, the phrase
 * closing there), which says who the counted were.
 */
function peopleByCopula(tokens: Token[], at: number): boolean {
  if (!['were', 'was'].includes(tokens[at]?.lower ?? '')) return false;
  let k = at + 1;
  if (['a', 'an', 'all', 'also'].includes(tokens[k]?.lower ?? '')) k++;
  for (let j = k; j < k + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return false;
    const noun = personNoun(t.lower);
    const closes = !isWord(tokens[j + 1]) || ['and', 'or', 'including', 'among', 'from', 'aged', 'in', 'at'].includes(tokens[j + 1]!.lower);
    if (noun?.kind === 'person' && closes) return true;
  }
  return false;
}

/** A token that may open a count ("the 40 detainees" is a count of its own). */
const quantityStart = (t: Token | undefined) => !!t && /^\d/.test(t.text);

/**
 * "relatives of people killed in the marshes were arrested": the end of the "of" phrase that says
 * whose kin a count names, up to its harm participle; else the noun phrase's end.
 */
function kinOfEnd(tokens: Token[], np: NounPhrase): number {
  if (np.kind !== 'person') return np.end;
  // "Both lawyers for the detainees said …", "two doctors treating the wounded", "relatives of the
  // dead": people named by the victims they stand for; the victims are no predicate of theirs.
  if (STANDING_FOR_WORDS.has(tokens[np.end]?.lower ?? '')) {
    const k = ['the', 'those', 'their'].includes(tokens[np.end + 1]?.lower ?? '') ? np.end + 2 : np.end + 1;
    if (VICTIM_NOUN_CUES.has(tokens[k]?.lower ?? '') && !quantityStart(tokens[k - 1])) return k + 1;
  }
  if (!KIN_NOUNS.has(tokens[np.end - 1]?.lower ?? '') || tokens[np.end]?.lower !== 'of') return np.end;
  for (let k = np.end + 1; k < tokens.length && k < np.end + 5; k++) {
    if (!isWord(tokens[k])) return np.end;
    if (cueAt(tokens, k) && /(?:ed|en)$/.test(tokens[k]!.lower)) return k + 1;
  }
  return np.end;
}

/** A finite "was"/"is"/"remains"… within the participle's clause: the participle before it was a modifier. */
function reducedRelative(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const w = tokens[k]!.lower;
    if (['was', 'is', 'remains', 'remained'].includes(w)) return true;
    if (CLAUSE_BREAKS.has(w) || tokens[k]!.text === ',' || w === 'and' || cueAt(tokens, k)) return false;
  }
  return false;
}

/**
 * "three officials said", "One source said the injuries…", "according to two witnesses", "citing three officials": the
 * subject of a verb of speech, or those a figure is credited to, counts the speakers, not victims. The noun is the figure's noun phrase, or one word it did not know.
 */
function countsSpeakers(tokens: Token[], q: Quantity, np: NounPhrase): boolean {
  // "according to three officials at the ministry", "citing three interior ministry officials": the people a figure is credited to.
  const before = tokens[q.tokenStart - 1]?.lower;
  const credited = (before === 'to' && tokens[q.tokenStart - 2]?.lower === 'according') || before === 'citing' || before === 'quoting';
  // "interviewed 35 residents, including people who had been injured", "spoke to 40 people": the people heard from.
  const at = tokenIndexAt(tokens, q.span.start);
  const heard = (k: number) =>
    HEARING_VERBS.has(tokens[k - 1]?.lower ?? '') ||
    (['to', 'with'].includes(tokens[k - 1]?.lower ?? '') && SPEAKING_WITH_VERBS.has(tokens[k - 2]?.lower ?? ''));
  if ((np.kind === 'person' || np.kind === 'none') && (heard(at) || heard(q.tokenStart))) return true;
  if (np.kind === 'person') return SPEECH_VERBS.has(tokens[np.end]?.lower ?? '') || credited;
  const noun = tokens[q.tokenEnd];
  return (
    np.kind === 'none' &&
    !!noun &&
    /^\p{Ll}+$/u.test(noun.text) &&
    !CATEGORY_CUES.has(noun.lower) &&
    // ("puts the toll at 10 and says …": a conjunction is no noun of speakers; "1,500 were said to be
    // displaced": nor an auxiliary, the passive of speech.)
    !COORDINATING_CONJUNCTIONS.has(noun.lower) &&
    !AUXILIARIES.has(noun.lower) &&
    SPEECH_VERBS.has(tokens[q.tokenEnd + 1]?.lower ?? '')
  );
}

/**
 * "carried out by nine bombers", "attacked by about 50 men": the agent of a passive is who did
 * it, not who suffered it. Not the amount of a change ("rose by 12").
 */
function isAgent(tokens: Token[], spanStart: number): boolean {
  // "beaten by a group of about 50 people", "attacked by a mob of 200": the agent is a group's members.
  let at = spanStart;
  if (
    tokens[at - 1]?.lower === 'of' &&
    (COLLECTIVE_NOUNS.has(tokens[at - 2]?.lower ?? '') || personNoun(tokens[at - 2]?.lower ?? '')?.kind === 'group') &&
    ['a', 'an'].includes(tokens[at - 3]?.lower ?? '')
  )
    at -= 3;
  if (tokens[at - 1]?.lower !== 'by') return false;
  // "was attended by 20,000 people", "a march by 10,000 people": the agent of taking part is a crowd.
  if (at === spanStart && (ATTENDED_VERBS.has(tokens[at - 2]?.lower ?? '') || GATHERING_NOUNS.has(tokens[at - 2]?.lower ?? ''))) return false;
  return !CHANGE_VERBS.has(tokens[at - 2]?.lower ?? '') && !CHANGE_VERBS.has(tokens[at - 3]?.lower ?? '');
}

/** Claims of one sentence. */
export function claimsInSentence(
  sentence: Sentence,
  sentenceIndex: number,
  tokens: Token[] = tokenize(sentence.text, sentence.start),
  /** The category of the paragraph's last claim before this sentence. */
  before: Category | null = null,
  /** The category of the report's last claim before this sentence. */
  previous: Category | null = before,
  /**
   * The harm or gathering the sentence before (same paragraph, no claim of its own) speaks of,
   * read when asked: "Police detained protesters across the city. By evening the number had
   * reached 300."
   */
  mentioned: () => Category | null = () => null,
  /** The harm a list's introducing line names ("Breakdown of verified deaths by city:") when this sentence is a line of it. */
  listCue: Category | null = null,
  /** The sentence is one of an incident's short note (fewer than REPORT_SENTENCES), not of a report. */
  brief = false,
): DraftClaim[] {
  const quantities = findQuantities(sentence.text, sentence.start, tokens);
  const named = nameLists(tokens, sentence.text, sentence.start);
  // A list a figure heads ("two teachers and a pupil") runs past that figure.
  const singles = [...singularMentions(tokens, sentence.text, sentence.start), ...named].filter(
    (s) => !quantities.some((q) => q.tokenStart <= s.tokenStart && s.tokenStart < q.tokenEnd && !(s.estimate > 1 && s.span.end > q.span.end)),
  );
  const starts = new Set<number>();
  for (const q of quantities) starts.add(q.span.start === q.number.start ? q.tokenStart : tokenIndexAt(tokens, q.span.start));
  for (const q of quantities) starts.add(q.tokenStart);
  const ends = new Map<number, number>();
  // Keyed by the figure's first token and by its qualifier's ("and at least 20 rebels").
  for (const q of quantities) ends.set(q.tokenStart, q.tokenEnd).set(tokenIndexAt(tokens, q.span.start), q.tokenEnd);
  const claims: DraftClaim[] = [];

  const emit = (q: Quantity, category: Category, who: string, endTok: number, rule: CategoryRule, single = false) => {
    const figureStartTok = tokenIndexAt(tokens, q.span.start);
    const hedged = q.hedged || hasHedge(tokens, figureStartTok - 2, endTok);
    // ("Tarvo (8,300), Lemba (2,100)": a bracket closing right after the figure is no part of its span.)
    const bracketOnly = endTok - 1 === q.tokenEnd && tokens[q.tokenEnd]?.text === ')';
    const spanEnd = bracketOnly ? q.span.end : Math.max(q.span.end, tokens[Math.min(endTok, tokens.length) - 1]?.end ?? q.span.end);
    claims.push({
      category,
      low: q.low,
      high: q.high,
      estimate: q.estimate,
      qualifier: q.qualifier,
      hedged,
      who,
      // One person ("a 17-year-old boy died") is an event, never a toll.
      cumulative: !single && isCumulative(tokens, q, figureStartTok),
      span: { start: q.span.start, end: spanEnd, text: sentence.text.slice(q.span.start - sentence.start, spanEnd - sentence.start) },
      figure: q.number,
      sentence: sentenceIndex,
      rule,
    });
  };

  // "3 of the 5 suspects were arrested": the whole of a partitive is no claim of its own unless it
  // counts a harm ("five of the 20 deaths"); its predicate is the part's.
  const partOf = new Map<number, number>();
  for (const q of quantities) {
    let k = q.tokenEnd + 1 + (['the', 'these', 'those'].includes(tokens[q.tokenEnd + 1]?.lower ?? '') ? 1 : 0);
    // "11 of the country's 16 provinces", "28 of Bangladesh's 64 districts": an owner between the part and the whole.
    const owner = /['’]s$/.test(tokens[k]?.text ?? '') ? 1 : /^['’]s$/.test(tokens[k + 1]?.text ?? '') ? 2 : 0;
    if (owner && starts.has(k + owner) && nounPhrase(tokens, ends.get(k + owner) ?? k + owner + 1).kind === 'place') k += owner;
    // ("27 of 28 passengers died": with no determiner, a smaller figure before a larger one; not
    // "he is one of 23 people listed as missing", where the whole is the count.)
    const bare =
      k === q.tokenEnd + 1 &&
      q.estimate > 1 &&
      tokens[q.tokenEnd]?.lower === 'of' &&
      starts.has(k) &&
      quantities.some((w) => w.tokenStart === k && w.estimate > q.estimate);
    if (tokens[q.tokenEnd]?.lower === 'of' && starts.has(k) && (k > q.tokenEnd + 1 || bare)) partOf.set(q.tokenStart, k);
  }
  // "in at least 11 of the country's 16 provinces": the part counts the places reached, not the whole.
  const placeWholes = new Map<number, NounPhrase>();
  for (const [part, whole] of partOf) {
    const wholeNp = nounPhrase(tokens, ends.get(whole) ?? whole + 1);
    if (wholeNp.kind === 'place') placeWholes.set(part, wholeNp);
  }
  // "all eight of Lebanon's governorates", "nine of the country's provinces": a whole of places with no figure of its own.
  for (const q of quantities) {
    if (tokens[q.tokenEnd]?.lower !== 'of' || partOf.has(q.tokenStart)) continue;
    let k = q.tokenEnd + 1;
    if (tokens[k]?.lower === 'the') k++;
    if (/['’]s$/.test(tokens[k]?.text ?? '')) k++;
    else if (/^['’]s$/.test(tokens[k + 1]?.text ?? '')) k += 2;
    if (k === q.tokenEnd + 1 || starts.has(k)) continue;
    const wholeNp = nounPhrase(tokens, k);
    if (wholeNp.kind === 'place' && wholeNp.end === k + 1) placeWholes.set(q.tokenStart, wholeNp);
  }
  // ("bringing to at least six the number of towns where people marched": the count after the figure names the places it is of.)
  for (const q of quantities) {
    const k = q.tokenEnd;
    if (tokens[k]?.lower !== 'the' || !FIGURE_NOUNS.has(tokens[k + 1]?.lower ?? '') || tokens[k + 2]?.lower !== 'of') continue;
    const named = nounPhrase(tokens, k + 3);
    if (named.kind === 'place' && named.end === k + 4) placeWholes.set(q.tokenStart, named);
  }
  const placeWholeStarts = new Set([...partOf].filter(([part]) => placeWholes.has(part)).map(([, whole]) => whole));
  // The part takes the whole's predicate, unless a harm participle right after the whole describes
  // it ("nine of the 14 students detained on Monday were released": the 14 are the claim).
  const partitive = new Map<number, { whole: number; np: NounPhrase; cue: Cue }>();
  for (const [part, whole] of partOf) {
    const wholeNp = nounPhrase(tokens, ends.get(whole) ?? whole + 1);
    const right = wholeNp.kind === 'person' ? rightPredicate(tokens, wholeNp.end, starts, ends) : null;
    const describesWhole = right && right !== 'blocked' && right.index === wholeNp.end && HARM_VERB_FORMS.has(tokens[right.index]!.lower);
    if (right && right !== 'blocked' && right.category !== 'participants' && !describesWhole) partitive.set(part, { whole, np: wholeNp, cue: right });
  }
  const wholes = new Set([...partitive.values()].map((p) => p.whole));
  // "Police arrested 12 of the 40 opposition leaders": a harm verb takes the part; the whole of
  // people it is drawn from is a population, no count of that harm.
  for (const [part, whole] of partOf) {
    const q = quantities.find((x) => x.tokenStart === part)!;
    if (nounPhrase(tokens, ends.get(whole) ?? whole + 1).kind === 'person' && verbBefore(tokens, tokenIndexAt(tokens, q.span.start))) wholes.add(whole);
  }
  // A figure inside a list of people ("a man and his two sons", "two of their children") is
  // counted by the list; a bare figure in it ("a priest and two seminarians") also states a count
  // of its own.
  const bareInList = (q: Quantity) => !POSSESSIVES.has(tokens[q.tokenStart - 1]?.lower ?? '') && tokens[q.tokenEnd]?.lower !== 'of';
  const listed = (q: Quantity) => singles.some((s) => s.estimate > 1 && s.span.start <= q.span.start && q.span.end <= s.span.end) && !bareInList(q);
  for (const q of quantities) {
    if (wholes.has(q.tokenStart) || placeWholeStarts.has(q.tokenStart) || listed(q)) continue;
    // "(1850) people": a figure alone in brackets before its noun (parenthesised-count).
    const openedAt = tokenIndexAt(tokens, q.span.start) - 1;
    // 'killed "dozens" of government troops': a figure in scare quotes reads on past the closing quote.
    const quoted = isQuote(tokens[openedAt]) && isQuote(tokens[q.tokenEnd]);
    const nounFrom = (tokens[openedAt]?.text === '(' && tokens[q.tokenEnd]?.text === ')') || quoted ? q.tokenEnd + 1 : q.tokenEnd;
    const np = nounPhrase(tokens, nounFrom, q.estimate === 1 && q.qualifier === 'exact');
    const spanTok = tokenIndexAt(tokens, q.span.start);
    const part = partitive.get(q.tokenStart);
    if (part && np.kind === 'none') {
      emit(q, part.cue.category, part.np.who ?? 'people', part.cue.index + 1, 'partitive-subject');
      continue;
    }
    // "a mother of three", "the father of two": the figure counts children, no victims.
    if (tokens[spanTok - 1]?.lower === 'of' && KIN_OF_NOUNS.has(tokens[spanTok - 2]?.lower ?? '')) continue;
    // "Two men, both students, were shot dead": a figure inside an apposition on people counted before it says who they were.
    if (inApposition(tokens, spanTok, starts)) continue;
    // "19 people were wounded, not 91", "…, not 61, in the third paragraph": a bare figure the sentence sets
    // aside after "not" is the one it rejects, no count.
    if (np.kind === 'none' && tokens[spanTok - 1]?.lower === 'not' && tokens[spanTok - 2]?.text === ',' && /^[,.;]?$/.test(tokens[np.end]?.text ?? ''))
      continue;
    // "a boy of sixteen", "a woman of 70": a bare figure after one person is an age.
    if (tokens[spanTok - 1]?.lower === 'of' && isSingularPerson(tokens[spanTok - 2]?.lower ?? '') && np.kind === 'none') continue;
    // "died of two gunshot wounds", "treated for three stab wounds": wounds on one body.
    if (np.kind === 'category' && tokens[np.end - 1]?.lower === 'wounds' && WOUND_COUNT_OPENERS.has(tokens[spanTok - 1]?.lower ?? '')) continue;
    // "14 members of one family", "one crowd": one group is no count of people.
    if (np.kind === 'person' && q.estimate === 1 && UNIT_GROUP_NOUNS.has(tokens[np.end - 1]?.lower ?? '')) continue;
    // "suspected of planning to kill four officials", "threatened to arrest 40": a harm intended, not done.
    if (intendedHarmObject(tokens, spanTok)) continue;
    if (np.kind === 'thing') {
      // Rule list-entries: "the list of political prisoners now holds more than 450 names".
      const listed = ENTRY_NOUNS.has(tokens[np.end - 1]?.lower ?? '') ? listOf(tokens, tokenIndexAt(tokens, q.span.start)) : null;
      if (listed?.category && listed.category !== 'participants') emit(q, listed.category, listed.who ?? 'people', np.end, 'list-entries');
      continue;
    }
    const placeWhole = np.kind === 'none' ? placeWholes.get(q.tokenStart) : undefined;
    if (np.kind === 'place' || placeWhole) {
      // "with deaths in more than two dozen cities", "arrests across 40 towns": places a harm reached.
      const at = tokenIndexAt(tokens, q.span.start);
      // ("The killings took place in at least 40 towns": the harm the clause's subject names, a few words back.)
      const harmBack = (k: number) => (cueAt(tokens, k) ?? 'participants') !== 'participants';
      const harmIn =
        ['in', 'across'].includes(tokens[at - 1]?.lower ?? '') &&
        (harmBack(at - 2) || (OCCURRENCE_VERBS.has(tokens[at - 2]?.lower ?? '') && [3, 4, 5].some((d) => at - d >= 0 && harmBack(at - d))));
      const places = placeWhole ?? np;
      // "Gunmen attacked at least 14 villages", "22 villages had been torched", "27 villages are submerged": places an attack or a flood struck.
      // (Settlements only: "police had raided three locations" counts no places of the crisis.)
      const struck =
        STRUCK_SETTLEMENTS.has(tokens[places.end - 1]?.lower ?? '') && (STRIKING_VERBS.has(tokens[at - 1]?.lower ?? '') || struckAfter(tokens, places.end));
      // ("in at least 35 of Kenya's 47 counties", "in 14 of the country's 22 departments": a share of the
      // country's divisions is how far the crisis spread, whatever the verb.)
      const countryShare = !!placeWhole && tokens[q.tokenEnd]?.lower === 'of' && countryPossessive(tokens, q.tokenEnd + 1);
      if ((harmIn || struck || countryShare || tokens.some((t) => PROTEST_CONTEXT.has(t.lower))) && q.estimate >= 2)
        emit(q, 'places', places.who!.toLowerCase(), places.end, 'places-affected');
      continue;
    }
    // Rule kin-report-missing: "Relatives of at least three of them say they have not heard from them
    // since": those whose kin speak of them as unheard from are missing (the kin speak, not the figure).
    if (np.kind !== 'category' && kinReportUnseen(tokens, spanTok, np.end)) {
      emit(q, 'missing', np.who ?? 'people', np.end, 'kin-report-missing');
      continue;
    }
    if (np.kind !== 'category' && (countsSpeakers(tokens, q, np) || isAgent(tokens, tokenIndexAt(tokens, q.span.start)))) continue;
    // "The court sentenced 12 men to death", "charged 40 people": a court's object is no victim count.
    if (np.kind !== 'category' && COURT_VERBS.has(tokens[tokenIndexAt(tokens, q.span.start) - 1]?.lower ?? '')) {
      // ...unless the sentence is custody: "sentenced 300 people to administrative arrest".
      if (tokens[np.end]?.lower === 'to' && custodialAt(tokens, np.end + 1)) emit(q, 'detained', np.who ?? 'people', np.end + 3, 'custodial-sentence');
      // ...or a term in prison: "sentenced five activists to three years in prison".
      else if (tokens[np.end]?.lower === 'to') {
        const term = termInCustody(tokens, np.end + 1);
        if (term > 0) emit(q, 'detained', np.who ?? 'people', term + 1, 'custodial-sentence');
      }
      continue;
    }
    let category: Category | null = np.kind === 'category' ? np.category! : null;
    let rule: CategoryRule = 'harm-noun';
    let endTok = np.end;
    // ("30 of those detained had suffered fractures": a share of a harm's people with a harm of its own counts that harm.)
    if (np.kind === 'category' && tokens[q.tokenEnd]?.lower === 'of' && tokens[q.tokenEnd + 1]?.lower === 'those') {
      const own = partitivePredicate(tokens, q.tokenEnd);
      if (own && !own.rule && own.category !== category) [category, rule, endTok] = [own.category, 'predicate-after', own.index + 1];
    }
    // Rule parenthesised-count: a figure alone in brackets counts the noun it follows: "deaths
    // (1,850)", "detainees (2,767)" take that noun's harm; "protesters (1850) were killed" take
    // their victims from it and their harm from the predicate after the bracket.
    const bracketed = np.kind === 'none' ? bracketedNoun(tokens, tokenIndexAt(tokens, q.span.start), q.tokenEnd) : -1;
    if (bracketed >= 0) {
      const cat = cueAt(tokens, bracketed);
      if (cat && cat !== 'participants') [category, rule] = [cat, 'parenthesised-count'];
      else if (countsPeople(tokens[bracketed]!.lower)) np.who = tokens[bracketed]!.lower;
    }
    if (np.kind === 'category' && np.category === 'killed' && tokens[np.end - 1]?.lower === 'lives') {
      // "164 lives" counts deaths only when claimed/lost: "saved 100 lives" does not.
      // The verb stands before the figure or before its qualifier ("claimed at least 300 lives").
      const verbs = [tokens[q.tokenStart - 1]?.lower, tokens[tokenIndexAt(tokens, q.span.start) - 1]?.lower];
      // "13,000 lives have been lost".
      const lostAfter = [1, 2, 3].some((k) => ['lost', 'claimed', 'taken'].includes(tokens[np.end - 1 + k]?.lower ?? ''));
      if (!verbs.some((verb) => ['claimed', 'lost', 'cost', 'taken', 'claiming', 'costing', 'took'].includes(verb ?? '')) && !lostAfter) category = null;
    }
    // "two injured protesters died", "one detained student, A B, died": a harm participle before a
    // person describes them; a death after it is what the figure counts ("wounded soldiers were
    // evacuated" stays the wounded).
    if (
      np.kind === 'category' &&
      PARTICIPLE_MODIFIERS.has(tokens[np.end - 1]?.lower ?? '') &&
      (countsPeople(tokens[np.end]?.lower ?? '') || isSingularPerson(tokens[np.end]?.lower ?? ''))
    ) {
      const right = rightPredicate(tokens, np.end + 1, starts, ends);
      // ("30 injured survivors, and 8 people were killed": ", and" opens a clause of its own.)
      const ownClause =
        right && right !== 'blocked' && tokens.slice(np.end, right.index).some((m, d) => m.text === ',' && tokens[np.end + d + 1]?.lower === 'and');
      if (right && right !== 'blocked' && !ownClause && right.category === 'killed' && category !== 'killed') {
        [category, endTok] = [right.category, right.index + 1];
        np.who = tokens[np.end]!.lower;
        rule = 'predicate-after';
      }
    }
    // "released 300 detainees", "500 detainees were freed": a count of releases.
    if (np.kind === 'category' && category === 'detained' && freed(tokens, spanTok, np.end)) continue;
    // "five detainees had not been heard from since their arrest": the held no one has heard from are missing;
    // "two more detainees died in custody": the held who died are dead, as "the deaths of 12 detainees" are;
    // "14 detainees had been hospitalised": the held who were hurt are injured.
    if (np.kind === 'category' && category === 'detained') {
      const right = rightPredicate(tokens, np.end, starts, ends);
      // (Held people only: "934 arbitrary detentions and 26 people with eye injuries" counts detentions.)
      const hurt = right && right !== 'blocked' && right.category === 'injured' && countsPeople(tokens[np.end - 1]?.lower ?? '');
      if (right && right !== 'blocked' && (right.category === 'missing' || right.category === 'killed' || hurt))
        [category, rule, endTok] = [right.category, 'predicate-after', right.index + 1];
    }
    // "two refugees were killed", "40 displaced people were arrested": what befell people named by
    // their displacement is the harm its predicate names.
    if (np.kind === 'category' && category === 'displaced' && countsPeople(tokens[np.end - 1]?.lower ?? '')) {
      const right = rightPredicate(tokens, np.end, starts, ends);
      if (right && right !== 'blocked' && right.category !== 'displaced' && right.category !== 'participants')
        [category, rule, endTok] = [right.category, 'predicate-after', right.index + 1];
    }
    // "Five of the wounded succumbed to their injuries": a part of the injured who died ("two more of the wounded died" too).
    const partitiveAt = tokens[q.tokenEnd]?.lower === 'more' ? q.tokenEnd + 1 : q.tokenEnd;
    if (np.kind === 'category' && category === 'injured' && tokens[partitiveAt]?.lower === 'of') {
      const right = rightPredicate(tokens, np.end, starts, ends);
      if (right && right !== 'blocked' && right.category === 'killed') [category, rule, endTok] = ['killed', 'predicate-after', right.index + 1];
    }
    // "Security forces killed 12 protesters", "Police arrested more than 500 people".
    const spanStartTok = tokenIndexAt(tokens, q.span.start);
    // "killed at least 25 refugees", "wounded 4 detainees", "executed four political prisoners",
    // "the bodies of 8 displaced persons", "the bodies of 5 abducted farmers": a harm verb or a
    // noun of the dead before people named by their state (displaced, detained) counts the harm
    // done to them.
    // ("the bodies of six abducted opposition activists": a noun may stand between the participle and the people.)
    const stateNamed =
      np.kind === 'category' &&
      (countsPeople(tokens[np.end - 1]?.lower ?? '') || (PARTICIPLE_MODIFIERS.has(tokens[np.end - 1]?.lower ?? '') && peopleAhead(tokens, np.end) !== -1));
    if (stateNamed) {
      // ("the whereabouts of 30 detainees", "the disappearance of 12 detainees": the held gone missing.)
      const nominal = nominalBefore(tokens, spanStartTok, false);
      const verb = verbBefore(tokens, spanStartTok) ?? (nominal === 'killed' || nominal === 'missing' ? nominal : null);
      if ((verb === 'killed' || verb === 'injured' || verb === 'executed' || verb === 'missing') && verb !== category) {
        [category, rule] = [verb, 'harm-verb-object'];
        if (!countsPeople(tokens[np.end - 1]?.lower ?? '')) {
          const head = peopleAhead(tokens, np.end);
          [np.who, endTok] = [tokens[head]!.lower, head + 1];
        }
      }
    }
    if (!category) [category, rule] = [verbBefore(tokens, spanStartTok), 'harm-verb-object'];
    // Rule object-fate: "gunmen seized five drivers at a checkpoint and executed them", "dragged four teachers out and
    // killed them": a death a coordinated verb deals to the object, "them", is what the figure counts.
    if (np.kind === 'person' && category !== 'killed' && category !== 'executed') {
      const fate = objectFate(tokens, np.end);
      if (fate) [category, rule, endTok] = [fate.category, 'object-fate', fate.index + 2];
    }
    // "police seized 3 AK-47 rifles": a name or model after the bare figure heads a thing taken, no person.
    if (
      category === 'detained' &&
      np.kind === 'none' &&
      THING_TAKING_VERBS.has(tokens[spanStartTok - 1]?.lower ?? '') &&
      /^\p{Lu}/u.test(tokens[q.tokenEnd]?.text ?? '')
    )
      continue;
    // "Police held 90 people overnight": "held" with people as its object is detention.
    // "Authorities are holding 700 people": the progressive too (not "the stadium can hold 40,000").
    const holding = tokens[spanStartTok - 1]?.lower === 'holding' && ['are', 'is', 'were', 'was', 'been'].includes(tokens[spanStartTok - 2]?.lower ?? '');
    // ("the register held 52 people": a record holds names, no one in custody.)
    const recordHolds = LIST_NOUNS.has(tokens[spanStartTok - 2]?.lower ?? '') || DOCUMENT_NOUNS.has(tokens[spanStartTok - 2]?.lower ?? '');
    if (!category && np.kind === 'person' && (tokens[spanStartTok - 1]?.lower === 'held' || holding) && !recordHolds)
      [category, rule] = ['detained', 'harm-verb-object'];
    if (category === 'missing' && rule === 'harm-verb-object' && tokens[spanStartTok - 1]?.lower === 'for') {
      if (soughtOffenders(tokens, q.tokenEnd)) continue;
      rule = 'sought';
    }
    if (!category) [category, rule] = [nominalBefore(tokens, spanStartTok, false), 'harm-noun-of'];
    // "acknowledged the loss of five soldiers": people lost are the dead.
    if (!category && np.kind === 'person' && tokens[spanStartTok - 1]?.lower === 'of' && LOSS_NOUNS.has(tokens[spanStartTok - 2]?.lower ?? ''))
      [category, rule] = ['killed', 'harm-noun-of'];
    // "were detained, along with seven journalists": an added member shares the claim before it.
    const addedTo = ['along', 'together'].includes(tokens[spanStartTok - 2]?.lower ?? '') && tokens[spanStartTok - 1]?.lower === 'with';
    if (!category && addedTo && claims.length > 0) [category, rule] = [claims[claims.length - 1]!.category, 'added-member'];
    // "five of the 20 deaths were…": a part of a counted harm is that harm.
    // ("Abdullahi is one of at least 27 people killed": one person the sentence names, no count.)
    const namedOne = q.low === 1 && q.high === 1 && ['is', 'was'].includes(tokens[spanStartTok - 1]?.lower ?? '');
    // ("The driver was one of nine miners killed": whatever predicate follows, the count is the nine's.)
    const wholeAt = q.tokenEnd + (['the', 'these', 'those'].includes(tokens[q.tokenEnd + 1]?.lower ?? '') ? 2 : 1);
    if (namedOne && tokens[q.tokenEnd]?.lower === 'of' && starts.has(wholeAt)) continue;
    if (!category && !namedOne && tokens[q.tokenEnd]?.lower === 'of') {
      const k = wholeAt;
      const whole = starts.has(k) ? nounPhrase(tokens, ends.get(k) ?? k + 1, false) : null;
      // "released 10 of the 25 abducted students": a part freed is no count of the held.
      if (whole?.kind === 'category' && !freed(tokens, spanStartTok, q.tokenEnd)) [category, rule] = [whole.category!, 'part-of-counted'];
      // ("120 of the roughly 5,000 people wounded remained in critical condition": the whole's people, then their harm.)
      // ("Nine of the 14 students detained on Monday were released": a part freed is no count of the held.)
      const harmed = whole?.kind === 'person' ? cueAt(tokens, whole.end) : null;
      const releasedAfter = () => {
        for (let k = whole!.end + 1; k < tokens.length && k < whole!.end + 9; k++) {
          if (FREEING_VERBS.has(tokens[k]!.lower)) return true;
          if (tokens[k]!.text === ',' || CLAUSE_BREAKS.has(tokens[k]!.lower)) return false;
        }
        return false;
      };
      if (
        !category &&
        harmed &&
        harmed !== 'participants' &&
        /(?:ed|en)$/.test(tokens[whole!.end]!.lower) &&
        !freed(tokens, spanStartTok, q.tokenEnd) &&
        !releasedAfter()
      )
        [category, rule] = [harmed, 'part-of-counted'];
      // "Five of the 20 injured later died": a part of the injured who died counts the dead.
      const right = whole?.kind === 'category' && category === 'injured' ? rightPredicate(tokens, whole.end, starts, ends) : null;
      if (right && right !== 'blocked' && right.category === 'killed') [category, rule, endTok] = ['killed', 'predicate-after', right.index + 1];
    }
    // "drew 50,000", "brought together 50,000"; "was attended by 20,000 people", "a march by 10,000 people".
    const byCrowd =
      tokens[spanStartTok - 1]?.lower === 'by' &&
      (ATTENDED_VERBS.has(tokens[spanStartTok - 2]?.lower ?? '') || GATHERING_NOUNS.has(tokens[spanStartTok - 2]?.lower ?? ''));
    const crowdObject =
      byCrowd ||
      CROWD_OBJECT_VERBS.has(tokens[spanStartTok - 1]?.lower ?? '') ||
      (tokens[spanStartTok - 1]?.lower === 'together' && /^br(?:ought|ing)/.test(tokens[spanStartTok - 2]?.lower ?? ''));
    if (!category && crowdObject && q.estimate >= PARTICIPANT_MIN) [category, rule] = ['participants', 'crowd-object'];
    if (!category && q.estimate >= PARTICIPANT_MIN && crowdMeasured(tokens, spanStartTok)) [category, rule] = ['participants', 'crowd-measure'];
    // Rule crowd-present: "about 12,000 fans were inside the arena", "There were hundreds of us in the square".
    const present = !category && q.estimate >= PARTICIPANT_MIN ? crowdPresent(tokens, np, q.tokenEnd, spanStartTok) : -1;
    if (present >= 0) [category, rule, endTok] = ['participants', 'crowd-present', present + 1];
    // "gathered in their thousands", "marched in their hundreds of thousands": how many took part.
    const inTheir = tokens[spanStartTok - 1]?.lower === 'their' && tokens[spanStartTok - 2]?.lower === 'in' && q.vague;
    if (!category && inTheir && q.estimate >= PARTICIPANT_MIN && [3, 4, 5].some((d) => cueAt(tokens, spanStartTok - d) === 'participants'))
      [category, rule] = ['participants', 'crowd'];
    // Rule death-sentences-carried-out: "fewer than 300 death sentences had been carried out",
    // "carried out 40 death sentences": sentences carried out are executions.
    const sentencesAt = nounFrom + (tokens[nounFrom]?.lower === 'death' ? 1 : -1);
    if (!category && tokens[nounFrom]?.lower === 'death' && DEATH_SENTENCE_NOUNS.has(tokens[sentencesAt]?.lower ?? '')) {
      const carriedAt = (k: number) => tokens[k]?.lower === 'carried' && tokens[k + 1]?.lower === 'out';
      const after = [1, 2, 3, 4].map((d) => sentencesAt + d).find(carriedAt);
      if (after !== undefined || [2, 3, 4].some((d) => carriedAt(spanStartTok - d))) {
        category = 'executed';
        rule = 'death-sentences-carried-out';
        endTok = after !== undefined ? after + 2 : sentencesAt + 1;
      }
    }
    // Rule bare-measure: "Police put the number in the park at 128,000", "the official figure
    // stood at 40": a count noun with no "of" phrase measures what the report counted last.
    const counted = claims[claims.length - 1]?.category ?? (bareMeasure(tokens, spanStartTok) ? (mentioned() ?? previous) : previous);
    if (!category && counted && bareMeasure(tokens, spanStartTok) && (counted !== 'participants' || q.estimate >= PARTICIPANT_MIN))
      [category, rule] = [counted, 'bare-measure'];
    // Rule rival-figure: "Police said 12 people were arrested. Activists said 40.", "Activists say the
    // real number is 40": a bare figure that is all a speaker says gives another count of the harm under way.
    if (!category && np.kind === 'none' && rivalFigure(tokens, spanStartTok, q.tokenEnd)) {
      const rival = claims[claims.length - 1]?.category ?? before;
      if (rival && rival !== 'places') [category, rule] = [rival, 'rival-figure'];
    }
    // Rule arrivals: "About 900 people arrived on Tuesday alone", "640 were registered at the border
    // post": in a report counting the displaced, people arriving or registered are more of them.
    if (!category && previous === 'displaced' && (np.kind === 'person' || np.kind === 'none') && arrivalAt(tokens, np.kind === 'none' ? q.tokenEnd : np.end))
      [category, rule] = ['displaced', 'arrivals'];
    // ("7,850 new arrivals registered since 1 May", "5,200 of the new arrivals were children": people
    // named as arrivals, in a report of flight or a sentence of registering them.)
    const arrivals = tokens.slice(q.tokenEnd, q.tokenEnd + 4).findIndex((t) => ARRIVAL_NOUNS.has(t.lower));
    if (!category && arrivals >= 0 && (previous === 'displaced' || tokens.some((t) => FLIGHT_WORDS.has(t.lower)))) {
      [category, rule] = ['displaced', 'arrivals'];
      endTok = Math.max(endTok, q.tokenEnd + arrivals + 1);
    }
    // Rule earlier-figure: "climbed by 12 from the 16 announced on Thursday", "double the 28
    // reported in the first days": a figure named by who gave it is an earlier count of the harm under way.
    // ("the figure had climbed by 12": what a count rose by is more of its harm.)
    const risenBy = tokens[spanStartTok - 1]?.lower === 'by' && CHANGE_VERBS.has(tokens[spanStartTok - 2]?.lower ?? '');
    // ("its count, up from 161 last week": the value a count rose from.)
    const risenFrom = tokens[spanStartTok - 1]?.lower === 'from' && ['up', 'down'].includes(tokens[spanStartTok - 2]?.lower ?? '');
    // ("Amnesty's count climbed as information leaked out: 106 on 19 November, …": the values a count took, after a colon.)
    const colonAt = tokens.slice(0, spanStartTok).findLastIndex((t) => t.text === ':');
    // ("Its count has risen week by week as news came out of a region cut off …: 96 on 4 May, …": the count may open a long clause.)
    const valuesOfCount = colonAt > 0 && claims.length === 0 && tokens.slice(0, colonAt).some((t) => TOTAL_NOUNS.has(t.lower));
    // ("far above the figure of 100 or more given by officials", "an earlier count of 101 released by
    // the hospital": a figure noun's value, when no verb of its own follows it.)
    const figureOf =
      tokens[spanStartTok - 1]?.lower === 'of' &&
      FIGURE_OF_NOUNS.has(tokens[spanStartTok - 2]?.lower ?? '') &&
      !AUXILIARIES.has(tokens[q.tokenEnd]?.lower ?? '') &&
      !HARM_VERB_FORMS.has(tokens[q.tokenEnd]?.lower ?? '');
    // ("Monitors count 400 held. Lawyers put it as high as 900": "it" after a verb of
    // putting stands for the count under way; the figure, past its preposition, is that count's value.)
    const itAt =
      tokens[spanStartTok - 1]?.lower === 'it'
        ? spanStartTok - 1
        : FIGURE_SETTING_PREPOSITIONS.has(tokens[spanStartTok - 1]?.lower ?? '')
          ? spanStartTok - 2
          : -1;
    // (The count its paragraph or sentence has under way: a count further back is another's "it".)
    const putIt =
      itAt > 0 &&
      tokens[itAt]!.lower === 'it' &&
      PUTTING_VERBS.has(tokens[itAt - 1]!.lower) &&
      !['gave', 'gives'].includes(tokens[itAt - 1]!.lower) &&
      (claims.length > 0 || before !== null);
    const given =
      np.kind === 'none' &&
      // (Not "set beside the one given by the prosecution": "the one" stands for a figure named before.)
      ((tokens[spanStartTok - 1]?.lower === 'the' && FIGURE_GIVING_PARTICIPLES.has(tokens[q.tokenEnd]?.lower ?? '') && tokens[spanStartTok]!.lower !== 'one') ||
        risenBy ||
        risenFrom ||
        putIt ||
        valuesOfCount ||
        figureOf);
    // (The harm under way may be the last paragraph's: "the figure" refers back across it.)
    // ("Arrests include short stops, so the figure of 800 overstates custody": a harm the sentence
    // names before a figure noun's value, over one of earlier sentences.)
    let sentenceHarm: Category | undefined;
    for (let i = spanStartTok - 3; figureOf && !sentenceHarm && i >= 0 && tokens[i]!.text !== ';'; i--) {
      const c = cueAt(tokens, i);
      if (c && c !== 'participants') sentenceHarm = c;
    }
    const underWay = claims[claims.length - 1]?.category ?? sentenceHarm ?? before ?? previous;
    // (A count's values after a colon take a harm under way, never a crowd's or places' count.)
    const harmUnderWay = underWay && (!valuesOfCount || (underWay !== 'participants' && underWay !== 'places'));
    // ("The toll rose by one overnight": what a count its subject names rose by is more of that count's harm.)
    const named = risenBy ? leftCue(tokens, spanStartTok - 2, 0)?.category : undefined;
    if (!category && given && (named || harmUnderWay)) [category, rule] = [named ?? underWay!, 'earlier-figure'];
    // Rule count-value: "The government puts the toll at 10 and says 97 officers are among the injured":
    // a bare figure a count noun's "at" or "to" takes is that count's value; no predicate after it is its own.
    // ("revised the death toll down to 43": past the particle of a revision.)
    const particle = tokens[spanStartTok - 2]?.lower ?? '';
    const countNounAt = REVISION_DOWN_PARTICLES.has(particle) || REVISION_UP_PARTICLES.has(particle) ? spanStartTok - 3 : spanStartTok - 2;
    if (
      !category &&
      np.kind === 'none' &&
      FIGURE_PREPOSITIONS.has(tokens[spanStartTok - 1]?.lower ?? '') &&
      FIGURE_NOUNS.has(tokens[countNounAt]?.lower ?? '')
    ) {
      const left = leftCue(tokens, countNounAt + 1, 0);
      if (left && left.category !== 'participants') [category, rule] = [left.category, 'count-value'];
    }
    if (!category) {
      const prepositionObject = FIGURE_PREPOSITIONS.has(tokens[spanStartTok - 1]?.lower ?? '');
      // ("We registered 26 minors, and nine people died": a past verb's object is no subject either.)
      const verbObject = /^\p{Ll}{3,}ed$/u.test(tokens[spanStartTok - 1]?.text ?? '') && !AUXILIARIES.has(tokens[spanStartTok - 2]?.lower ?? '');
      const predicate = rightPredicate(tokens, kinOfEnd(tokens, np), starts, ends, prepositionObject, verbObject);
      // "pushed the toll up to 39 since the protests began, sparked by…": a bare figure a
      // preposition takes is no subject, so a verb after it is not its own.
      // ("Among the dead were two inmates who had been due for release", "the dead include 13 children,
      // the youngest of whom was 12 years old": a figure after its verb, as its complement, has its
      // predicate before it; a relative clause or an aside after it only describes it.)
      // ("The dead include four children and two soldiers who were buying food": every member of a
      // complement's list, the verb before the list's first.)
      const described =
        (RELATIVE_PRONOUNS.has(tokens[np.end]?.lower ?? '') || tokens[np.end]?.text === ',' || tokens[np.end]?.lower === 'and') &&
        complementListBefore(tokens, spanStartTok);
      const right =
        predicate === 'blocked' && ((prepositionObject && np.kind === 'none') || described)
          ? null
          : predicate === 'blocked' && np.kind === 'person' && tokens[np.end]?.lower === 'who'
            ? (predicateAfterRelative(tokens, np.end) ?? predicate)
            : predicate;
      if (right === 'blocked') {
        // ("19 men whose wives could not locate them": see unfound below.)
        if ((np.kind === 'person' || np.kind === 'none') && unfound(tokens, spanStartTok, np.kind === 'none' ? q.tokenEnd : np.end)) {
          emit(q, 'missing', np.who ?? 'people', np.end, 'unfound');
          continue;
        }
        // ("Six are still admitted": see patients-of-injured below.)
        if (np.kind === 'none' && (claims[claims.length - 1]?.category ?? before) === 'injured' && patientPart(tokens, q.tokenEnd)) {
          emit(q, 'injured', 'people', q.tokenEnd, 'part-of-previous');
          continue;
        }
        // Rule subgroup-of-head: "300 arrested, including three councillors who had joined the march": the
        // verb of a clause on the subgroup is no predicate of the figure; the subgroup counts the head's harm.
        const head = subgroupHead(tokens, spanStartTok, claims);
        if (head && head.category !== 'participants' && (np.kind === 'person' || np.kind === 'none')) {
          emit(q, head.category, np.who ?? 'people', Math.max(np.end, q.tokenEnd), 'subgroup-of-head');
          continue;
        }
        if (shareOfWhom(tokens, spanStartTok, np, claims)) {
          emit(q, claims[claims.length - 1]!.category, 'people', np.end, 'share-of-head');
          continue;
        }
        if (isCrowd(tokens, q, np, spanStartTok)) emit(q, 'participants', np.who ?? 'people', np.end, 'crowd');
        // Rule elided-noun: "has reported 18 deaths, and says a further nine are being investigated":
        // a bare increment after a count of a harm noun in its sentence counts more of that noun.
        const counted = claims[claims.length - 1];
        const increment = INCREMENT_BEFORE.has(tokens[spanStartTok - 1]?.lower ?? '') || tokens[q.tokenEnd]?.lower === 'more';
        const bare = np.kind === 'none' || (np.who === 'people' && tokens[q.tokenEnd]?.lower === 'more' && np.end === q.tokenEnd + 1);
        if (counted?.rule === 'harm-noun' && increment && bare) emit(q, counted.category, 'people', np.end, 'elided-noun');
        // Rule found-of-missing: "471 went missing; of that number, 92 have turned up": those
        // found again are counted among the missing the claim before them named.
        const last = claims[claims.length - 1]?.category ?? before;
        const found = last === 'missing' && (claims.length > 0 || refersBack(tokens, spanStartTok, q)) ? foundPredicate(tokens, np.end) : -1;
        if (found >= 0) emit(q, 'missing', np.who ?? 'people', found + 1, 'found-of-missing');
        // Rule part-of-detained: "3,555 remain in detention; 82 of them have been sentenced":
        // a part of the detained whom a court then tried is still counted among them.
        // ("Of these, it says, about 600 have been charged": a reference back opening the sentence too.)
        const ofThem =
          (tokens[q.tokenEnd]?.lower === 'of' && ['them', 'whom', 'those'].includes(tokens[q.tokenEnd + 1]?.lower ?? '')) ||
          (claims.length === 0 && before === 'detained' && np.kind === 'none' && refersBack(tokens, spanStartTok, q));
        if (found < 0 && last === 'detained' && ofThem) {
          const outcome = [1, 2, 3, 4, 5].map((d) => np.end + d - 1).find((k) => HELD_OUTCOME.test(tokens[k]?.lower ?? ''));
          if (outcome !== undefined) emit(q, 'detained', np.who ?? 'people', outcome + 1, 'part-of-detained');
        }
        // "22 people were killed, six of them soldiers who had stepped in": a share set off after a
        // claim, however its clause goes on, counts that claim's harm.
        const setOff =
          tokens[spanStartTok - 1]?.text === ',' && tokens[q.tokenEnd]?.lower === 'of' && ['them', 'whom'].includes(tokens[q.tokenEnd + 1]?.lower ?? '');
        // (A share with a noun of its own: a bare "40 of whom have since been released" counts no harm.)
        // ("six deaths, two of them among the police, and has dismissed …": a share placed among people or somewhere too.)
        const placed = SHARE_PLACING_WORDS.has(tokens[q.tokenEnd + 2]?.lower ?? '');
        // ("61 officers were hurt, some of them cadets": "some" set off by what they were counts no one.)
        const vagueKind = q.vague && q.estimate < 10 && np.kind === 'person' && !placed;
        const share = found < 0 && setOff && (np.kind === 'person' || placed) && !vagueKind ? (claims[claims.length - 1] ?? null) : null;
        if (share) emit(q, share.category, np.who ?? 'people', np.end, 'share-of-head');
        // "Of those, 32 had been rioters": a share of the claim before, told by what they were.
        else if (
          found < 0 &&
          claims.length === 0 &&
          before &&
          np.kind === 'none' &&
          saysWhatTheyWere(tokens, np.end) &&
          refersBack(tokens, spanStartTok, q) &&
          !speaksOfOthers(tokens, q.tokenEnd, np.end)
        )
          emit(q, before, 'people', np.end, 'part-of-previous');
        // "Of the 143 executions we documented, 81 were for drug offences": a share of the whole
        // the sentence's opening of-phrase counts.
        else if (
          found < 0 &&
          claims.length === 1 &&
          tokens[0]?.lower === 'of' &&
          tokens[spanStartTok - 1]?.text === ',' &&
          claims[0]!.span.end <= tokens[spanStartTok - 1]!.start &&
          np.kind === 'none' &&
          saysWhatTheyWere(tokens, np.end) &&
          !speaksOfOthers(tokens, q.tokenEnd, np.end)
        )
          emit(q, claims[0]!.category, 'people', np.end, 'part-of-previous');
        // "…, 32 had been rioters and 22 had been bystanders": the next share in the list.
        // ("Of those killed, 15 were supporters of the party; five were bystanders; and three were
        // police officers": a sentence opening on its whole lists its shares past semicolons.)
        else if (
          found < 0 &&
          np.kind === 'none' &&
          saysWhatTheyWere(tokens, np.end) &&
          (claims[claims.length - 1]?.rule === 'part-of-previous' || (tokens[0]?.lower === 'of' && claims.length > 0)) &&
          ['and', ';'].includes(tokens[spanStartTok - 1]?.lower ?? '')
        )
          emit(q, claims[claims.length - 1]!.category, 'people', np.end, 'list-continues');
        // "Of the dead, 23 were from Orlan": a share of the whole a harm's noun names, fronted, told by what or where they were.
        else if (found < 0 && np.kind === 'none' && frontedWhole(tokens, spanStartTok) && saysWhatTheyWere(tokens, np.end))
          emit(q, frontedWhole(tokens, spanStartTok)!, 'people', np.end, 'part-of-named-whole');
        continue;
      }
      if (right) {
        category = right.category;
        rule = right.rule ?? 'predicate-after';
        endTok = right.index + 1;
        // Rule harmed-who-died: "One of the miners hurt in the first collapse died": a harm's participle
        // right after the people describes them; a death after it is what the figure counts.
        if (category === 'injured' && right.index === np.end) {
          const later = rightPredicate(tokens, right.index + 1, starts, ends);
          if (later && later !== 'blocked' && later.category === 'killed') [category, rule, endTok] = ['killed', 'harmed-who-died', later.index + 1];
        }
        // Rule share-of-dead-wounds: "40 people died; 12 of them had been beaten", "Of those killed, 12
        // were shot in the head": how a share of the dead was hurt (no injury word) tells how they died.
        if (category === 'injured' && cueAt(tokens, right.index) !== 'injured' && shareOfDead(tokens, spanStartTok, q, claims, before))
          [category, rule] = ['killed', 'share-of-dead-wounds'];
        if (category === 'participants' && tokens[right.index]?.lower === 'took') endTok = Math.min(tokens.length, right.index + 4);
        // "were rounded up", "showed up", "turned up": the particle belongs to the verb.
        const particle = tokens[right.index]?.lower === 'rounded' || FOUND_PARTICLE_VERBS.has(tokens[right.index]?.lower ?? '');
        if (particle && tokens[right.index + 1]?.lower === 'up') endTok = right.index + 2;
        if (tokens[right.index]?.lower === 'shot' && tokens[right.index + 1]?.lower === 'dead') endTok = right.index + 2;
        // ("were cut down", "were gunned down": the particle too.)
        if (['cut', 'gunned'].includes(tokens[right.index]?.lower ?? '') && tokens[right.index + 1]?.lower === 'down') endTok = right.index + 2;
      } else if (predicate === null && (np.kind === 'none' || np.kind === 'person')) {
        // Rule list-predicate: "2 in Lashio, 1 in Myitkyina and 2 in Monywa lost their lives", "120
        // civilians, six officers and two militiamen were among the dead": figures listed by place,
        // or each with its people, share the predicate after the list's last member.
        const shared = listPredicate(tokens, quantities, quantities.indexOf(q), starts, ends);
        if (shared) [category, rule] = [shared.category, 'list-predicate'];
      }
    }
    // Rule subgroup-of-head: "killed 763 people, including at least 50 children, in their crackdown
    // on the protest movement": a subgroup counts the harm of the claim it is part of; a gathering
    // after it only sets the scene.
    const whole = subgroupHead(tokens, spanStartTok, claims);
    if (category === 'participants' && whole && whole.category !== 'participants') [category, rule, endTok] = [whole.category, 'subgroup-of-head', np.end];
    // ("96 people killed, among them 19 children, and 58 suspects arrested": an aside the comma closes
    // counts the head's harm, not the next clause's.)
    else if (whole && category !== whole.category && tokens[np.end]?.text === ',') [category, rule, endTok] = [whole.category, 'subgroup-of-head', np.end];
    // Rule dash-breakdown: "six dead - five protesters and one soldier - and 90 treated": the
    // figures of an aside between spaced dashes right after a claim break that claim down and count its harm.
    const brokenDown = np.kind !== 'category' ? dashBreakdownHead(tokens, spanStartTok, np.end, claims) : undefined;
    if (brokenDown && category !== brokenDown.category) [category, rule, endTok] = [brokenDown.category, 'dash-breakdown', np.end];
    // Rule share-of-head: "Six people have died, four of them from gunshot wounds": a share set
    // off after a claim counts its harm; the wounds after it are the cause.
    const shareHead = shareOf(tokens, q, spanStartTok, claims);
    // ("150 wounded, 30 of them seriously, and the dead …": an adverb of degree closing the share is the head's harm too.)
    const degree = /^\p{Ll}+ly$/u.test(tokens[q.tokenEnd + 2]?.text ?? '') && tokens[q.tokenEnd + 3]?.text === ',';
    const otherHarm = !!category && category !== shareHead?.category && (CAUSE_WORDS.has(tokens[q.tokenEnd + 2]?.lower ?? '') || degree);
    if (shareHead && (otherHarm || (!category && degree))) {
      [category, rule] = [shareHead.category, 'share-of-head'];
      // (The span closes on the adverb: the predicate found after it was the next clause's.)
      if (degree) endTok = q.tokenEnd + 3;
    }
    // ("six deaths, two of them among the police", "…, three of them in the capital": a share placed
    // among some people or somewhere, with no verb of its own, counts the head's harm.)
    if (shareHead && !category && SHARE_PLACING_WORDS.has(tokens[q.tokenEnd + 2]?.lower ?? '')) [category, rule] = [shareHead.category, 'share-of-head'];
    // ("Nine men died in custody, four of them in detention centres in Orvel": the place the share is in,
    // a custodial one too, says where they were, not what befell them.)
    const placedHead =
      category && SHARE_PLACING_WORDS.has(tokens[q.tokenEnd + 2]?.lower ?? '') && placedShare(tokens, q.tokenEnd + 2)
        ? clauseHead(tokens, q, spanStartTok, claims)
        : null;
    if (placedHead) [category, rule] = [placedHead.category, 'share-of-head'];
    if (!category && shareOfWhom(tokens, spanStartTok, np, claims)) [category, rule] = [claims[claims.length - 1]!.category, 'share-of-head'];
    // A bare "one" is a pronoun unless a harm verb or predicate takes it ("killed one", "one died").
    // In a list it continues its head: "nine in Maysan, three in Basra and one in Muthanna".
    const inList = claims.length > 0 && [',', 'and'].includes(tokens[spanStartTok - 1]?.text ?? '');
    if (!category && np.kind === 'none' && tokens[q.tokenStart]?.lower === 'one' && !inList) continue;
    if (!category && isCrowd(tokens, q, np, spanStartTok)) [category, rule] = ['participants', 'crowd'];
    // Rule list-item: "Breakdown of deaths by city:" then "• Javanrud: 11": a line's figure after its
    // label's colon counts the harm the list's introduction names (a label naming a harm, "• Injured:
    // 400", names its own).
    if (
      !category &&
      listCue &&
      np.kind === 'none' &&
      tokens.slice(0, spanStartTok).some((t) => t.text === ':') &&
      !leftCue(tokens, tokenIndexAt(tokens, q.span.start), 0)
    )
      [category, rule] = [listCue, 'list-item'];
    // Rule part-of-named-whole: "210 of those held were party officials": a share of a whole that a
    // harm's participle names counts that harm.
    if (!category && np.kind === 'none' && tokens[q.tokenEnd]?.lower === 'of' && ['those', 'the'].includes(tokens[q.tokenEnd + 1]?.lower ?? '')) {
      // ("those held": after "those" the word is the participle, whatever else it may be.)
      const word = tokens[q.tokenEnd + 2]?.lower ?? '';
      const whole = tokens[q.tokenEnd + 1]!.lower === 'those' && /(?:ed|en|ld)$/.test(word) ? (CATEGORY_CUES.get(word) ?? null) : cueAt(tokens, q.tokenEnd + 2);
      if (whole && whole !== 'participants') [category, rule, endTok] = [whole, 'part-of-named-whole', q.tokenEnd + 3];
    }
    // ("Twelve people died. Four of the victims were children": a share of the victims counts the harm under way.)
    const ofVictims =
      tokens[q.tokenEnd]?.lower === 'of' &&
      ['the', 'those'].includes(tokens[q.tokenEnd + 1]?.lower ?? '') &&
      HARM_NEUTRAL_CUES.has(tokens[q.tokenEnd + 2]?.lower ?? '');
    const victimsHarm = claims[claims.length - 1]?.category ?? before ?? previous;
    // (A harm the sentence names before the share is read at cue-before: "… missing, six of the victims …".)
    if (
      !category &&
      ofVictims &&
      victimsHarm &&
      victimsHarm !== 'participants' &&
      victimsHarm !== 'places' &&
      !leftCue(tokens, tokenIndexAt(tokens, q.span.start), 0)
    )
      [category, rule, endTok] = [victimsHarm, 'victims-of-before', q.tokenEnd + 3];
    // Rule lost-people: "the army said it lost six men", "the security forces lost 11 men": people a
    // force or a family lost are its dead.
    // ("lost three members of his family": a family's members, not a party's.)
    const lostHead = (np.who ?? '').toLowerCase().split(/\s+/).pop() ?? '';
    const kinMembers = lostHead === 'members' && tokens[np.end]?.lower === 'of' && [1, 2, 3].some((d) => KIN_GROUP_NOUNS.has(tokens[np.end + d]?.lower ?? ''));
    // ("it had lost only three fighters": past "only" or "just".)
    const lostAt = FOCUS_ADVERBS.has(tokens[spanStartTok - 1]?.lower ?? '') ? spanStartTok - 2 : spanStartTok - 1;
    if (!category && np.kind === 'person' && LOSING_VERBS.has(tokens[lostAt]?.lower ?? '') && (LOST_PEOPLE_NOUNS.has(lostHead) || kinMembers))
      [category, rule] = ['killed', 'lost-people'];
    // Rule listed-as: "registered seven people as missing", "listed 40 protesters as dead": what a
    // record puts the people down as.
    // ("recorded 17 fishermen as \"presumed dead\"": the state in quotation marks, after a word that hedges it.)
    let stateAt = np.end + 1;
    while (QUOTE_MARKS.has(tokens[stateAt]?.text ?? '') || LISTED_STATE_HEDGES.has(tokens[stateAt]?.lower ?? '')) stateAt++;
    const listedAs = np.kind === 'person' && tokens[np.end]?.lower === 'as' && stateAt - np.end <= 3 ? LISTED_AS.get(tokens[stateAt]?.lower ?? '') : undefined;
    if (!category && listedAs) [category, rule, endTok] = [listedAs, 'listed-as', stateAt + 1];
    // Rule counted-subject: "The number of people killed in riots that followed the arrest of … has
    // risen to 28": the harm the count's subject names, over any cue nearer in its clauses.
    if (!category && np.kind === 'none') {
      const counted = countedSubjectCue(tokens, spanStartTok);
      if (counted) [category, rule] = [counted, 'counted-subject'];
    }
    if (!category) {
      const left = leftCue(tokens, tokenIndexAt(tokens, q.span.start), 0);
      if (left) [category, rule] = [left.category, 'cue-before'];
      // "…, four of them from gunshot wounds and two in the fires": a cue inside the list member
      // before is that member's cause; the list goes on with its harm.
      const member = claims[claims.length - 1];
      if (
        left &&
        member &&
        ['and', ','].includes(tokens[spanStartTok - 1]?.lower ?? '') &&
        tokens[left.index]!.start >= member.span.start &&
        tokens[left.index]!.end <= member.span.end
      )
        [category, rule] = [member.category, 'list-continues'];
      // "…injured count has climbed to 3,449. Most victims are men (2,767)": the victims of that harm.
      const lastHere = claims[claims.length - 1]?.category ?? before;
      if (left && HARM_NEUTRAL_CUES.has(tokens[left.index]!.lower) && lastHere === 'injured') [category, rule] = ['injured', 'victims-of-before'];
    }
    // Rule unfound: "The union still cannot trace 14 of its members", "nine men whose wives could not find
    // them": people no one can find are missing.
    // (A list's next member keeps its own harm: "310 arrests and 19 people no relative could locate".)
    if (
      (!category || rule === 'list-continues') &&
      (np.kind === 'person' || np.kind === 'none') &&
      unfound(tokens, spanStartTok, np.kind === 'none' ? q.tokenEnd : np.end)
    )
      [category, rule] = ['missing', 'unfound'];
    // A list continues its head: "…reached 30 people, including eight in Baghdad, … three in Basra".
    // Past a semicolon only an anaphoric figure continues it ("…68 deaths; it verified 34 of them", "; another 27…").
    const head = claims[claims.length - 1];
    // "Police said 8,000 attended; organisers said 30,000": a bare figure a speaker gives is a rival count.
    const rival = np.kind === 'none' && REPORTING_VERBS.has(tokens[spanStartTok - 1]?.lower ?? '') && tokens[q.tokenEnd]?.text !== ',';
    const anaphoric =
      rival ||
      (np.kind === 'none' && peopleByCopula(tokens, q.tokenEnd)) ||
      (tokens[q.tokenEnd]?.lower === 'of' && ['them', 'whom', 'those'].includes(tokens[q.tokenEnd + 1]?.lower ?? '')) ||
      INCREMENT_BEFORE.has(tokens[spanStartTok - 1]?.lower ?? '') ||
      INCREMENT_BEFORE.has(tokens[q.tokenStart - 1]?.lower ?? '');
    // A crowd continues only into crowd-sized figures ("attended the funeral of the 12 victims" is no crowd).
    // ("…in 100 cities, with 87,400 people taking part": people are no more places.)
    // ("22 villages had been attacked, some of them more than once": a vague share of places counts none.)
    const vaguePlaces = head?.category === 'places' && q.vague && tokens[q.tokenEnd]?.lower === 'of';
    const continues =
      head &&
      (head.category !== 'participants' || q.estimate >= PARTICIPANT_MIN) &&
      !(head.category === 'places' && np.kind === 'person') &&
      !vaguePlaces &&
      !objectOfOwnVerb(tokens, spanStartTok);
    // ("Harth, 41; Velt, 28; Oskar Bay, 19": labelled figures in a list run past its semicolons; read
    // only when a semicolon stands between.)
    const labelled = (end: number) => /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,\s*$/u.test(sentence.text.slice(0, end - sentence.start));
    const pastSemicolon = () => sentence.text.slice(head!.span.end - sentence.start, q.span.start - sentence.start).includes(';');
    // Rule figure-refers-back: "killed in 21 cities …, which warned that the true number may be as
    // high as 200": a figure noun standing for the figure refers back to the sentence's harm, not to a
    // count of places or a crowd listed last.
    if (!category && head && (head.category === 'places' || head.category === 'participants') && np.kind === 'none' && figureNounBefore(tokens, spanStartTok)) {
      const harm = claims.findLast((c) => c.sentence === sentenceIndex && c.category !== 'places' && c.category !== 'participants');
      if (harm) [category, rule] = [harm.category, 'figure-refers-back'];
    }
    if (!category && head && continues && (anaphoric || !pastSemicolon() || (labelled(q.span.start) && labelled(head.span.start))))
      [category, rule] = [head.category, 'list-continues'];
    // "…56 were killed. Of those, 12 were children": a figure that opens on a reference back to the
    // paragraph's last claim counts a part of it.
    // ("Three of them told researchers that …": those who speak of the others are no share counted.)
    if (!category && !head && before && refersBack(tokens, spanStartTok, q) && !speaksOfOthers(tokens, q.tokenEnd, np.end))
      [category, rule] = [before, 'part-of-previous'];
    // Rule patients-of-injured: "Six are still admitted", "14 of whom were airlifted to the capital", "five of them
    // went on to the burns unit": a part of the injured just counted, told by where their care took them.
    const injuredBefore = (head ?? (before ? { category: before } : null))?.category === 'injured';
    if (!category && injuredBefore && np.kind === 'none' && patientPart(tokens, q.tokenEnd)) [category, rule] = ['injured', 'part-of-previous'];
    // "Of the 26 bodies, 19 had gunshot wounds": wounds the dead bore are how they died; the part is of the dead.
    // (Not "Of those injured, 1,000 were admitted": an opening that names its own harm.)
    const namesHarm = () => tokens.slice(0, spanStartTok).some((_, k) => (cueAt(tokens, k) ?? 'killed') !== 'killed');
    if (category === 'injured' && !head && before === 'killed' && refersBack(tokens, spanStartTok, q) && !namesHarm())
      [category, rule] = ['killed', 'part-of-previous'];
    // Rule count-includes: "Their list includes eight teachers and two nurses", "its tally included nine
    // minors": the parts a count or a list under way names (read last: a harm of the people's own wins).
    const included = claims[claims.length - 1]?.category ?? before;
    if (!category && included && included !== 'participants' && included !== 'places' && countIncludes(tokens, spanStartTok))
      [category, rule] = [included, 'count-includes'];
    if (!category) continue;
    // Rule taken-by-unknown: "two men seized from a hospital by unidentified attackers": people taken
    // by takers no one names are missing, not held by the state.
    if (category === 'detained' && takenByUnknown(tokens, spanStartTok, q.tokenEnd)) [category, rule] = ['missing', 'taken-by-unknown'];
    // Rule held-then-unaccounted: "11 people had been abducted and remained unaccounted for", "seized
    // 10 people, who have not been heard from since": people taken whose fate is unknown since are missing.
    if (category === 'detained' && unaccountedAfter(tokens, endTok)) [category, rule] = ['missing', 'held-then-unaccounted'];
    // Rule killed-outside-court: "fighters executed nine men", "summarily executed by soldiers":
    // an execution armed men carry out, or one done summarily, is a killing.
    if (category === 'executed' && executedOutsideCourt(tokens, spanStartTok, endTok)) [category, rule] = ['killed', 'killed-outside-court'];
    // Rule moved-with-wounds: "4 soldiers were evacuated with injuries": people moved for their wounds are injured.
    if (category === 'displaced' && withWounds(tokens, endTok)) [category, rule] = ['injured', 'moved-with-wounds'];
    // Rule died-in-care: "Two men were taken to hospital, where they died": the care place where they died.
    if (category === 'injured' && diedInCare(tokens, np.end) >= 0) [category, rule] = ['killed', 'died-in-care'];
    // Rule then-died: "Three men were beaten by a mob and died in hospital": the death coordinated after their harm.
    if (category === 'injured' && diedAfter(tokens, endTok) >= 0) [category, rule] = ['killed', 'then-died'];
    // Participants need people doing the gathering, not a count of victims, nor the forces sent
    // against them ("tens of thousands of police officers were mobilised").
    if (category === 'participants' && np.kind === 'category') continue;
    // ...nor armed men ("hundreds of militants blocked the road").
    const whoHead = (np.who ?? '').toLowerCase().split(/\s+/).pop() ?? '';
    if (category === 'participants' && [SCOPE_SECURITY_NOUNS, SOUGHT_OFFENDERS, ARMED_GROUP_NOUNS].some((nouns) => nouns.has(whoHead))) continue;
    emit(q, category, np.who ?? 'people', endTok, rule);
  }

  /** A "whose" opening a relative clause on the noun ending before `k`, past a place it is in ("a teacher in Orr whose son …"). */
  const whoseAfter = (tokens: Token[], k: number): boolean => {
    for (let j = k; j < k + 5 && j < tokens.length; j++) {
      if (tokens[j]!.lower === 'whose') return true;
      if (j === k ? !['in', 'from', 'at'].includes(tokens[j]!.lower) : !/^\p{Lu}/u.test(tokens[j]!.text)) return false;
    }
    return false;
  };
  for (const s of singles) {
    const nounTok = tokens.findIndex((t) => t.end === s.span.end);
    // "at least 20 people dead, including a 6-year-old girl": a member of a counted whole (subgroup-of-head).
    const whole = subgroupHead(tokens, s.tokenStart, claims);
    // ("A man was rushed to hospital, where he died": died-in-care.)
    const inCare = s.estimate === 1 && diedInCare(tokens, nounTok + 1) >= 0;
    const found = inCare ? 'killed' : singularCategory(tokens, s, nounTok + 1, brief);
    // ("A farmer was assaulted by vigilantes on the highway and died in hospital": then-died.)
    const own = found === 'injured' && diedAfter(tokens, nounTok + 1) >= 0 ? 'killed' : found;
    const cat = own ?? (whole && whole.category !== 'participants' ? whole.category : null);
    // One arrest ("A soldier has been detained") is an event in the news, not a count of the
    // detained (ANNOTATION.md counts detentions in figures); one death still is a toll's member.
    // A list is a figure ("abducted a priest and two seminarians").
    if (!cat || (cat === 'detained' && s.estimate === 1)) continue;
    // ("Fighters publicly executed a police officer": killed-outside-court.)
    const killedOutsideCourt = cat === 'executed' && executedOutsideCourt(tokens, s.tokenStart, nounTok + 1);
    // Rule charged-killing: "convicted of killing a militiaman", "arrested over the killing of a
    // police officer": one victim a charge names is the case against a defendant, not a toll's member.
    if (s.estimate === 1 && chargedKilling(tokens, s.tokenStart)) continue;
    // "not a single civilian died", "no one was killed": a denied victim is none.
    if (s.estimate === 1 && isNegation(tokens[s.tokenStart - 1]?.lower ?? '')) continue;
    // ("said Edem, a mechanic in Orr whose brother was among the dead": the harm is the one "whose" names, a
    // relative the speaker is described by, not a count.)
    // (Nor the relative named in such a clause, "a teacher whose son was among the dead": a description of the teacher.)
    if (s.estimate === 1 && (whoseAfter(tokens, nounTok + 1) || tokens.slice(s.tokenStart, nounTok).some((t) => t.lower === 'whose'))) continue;
    const noun = tokens[nounTok]!;
    const modifier = tokens[nounTok - 1];
    const who =
      s.estimate > 1 || noun.lower === 'another' || (noun.lower === 'one' && modifier?.lower === 'another')
        ? 'people'
        : modifier &&
            isWord(modifier) &&
            !['a', 'an', 'the', 'one', 'another'].includes(modifier.lower) &&
            !POSSESSIVES.has(modifier.lower) &&
            !/-/.test(modifier.text)
          ? `${modifier.text} ${noun.text}`
          : noun.text;
    const after = singularCategoryEnd(tokens, s.tokenStart, nounTok + 1);
    const rule: CategoryRule = !own ? 'subgroup-of-head' : named.includes(s) ? 'name-list' : s.estimate > 1 ? 'person-list' : 'one-person';
    emit(s, killedOutsideCourt ? 'killed' : cat, who.toLowerCase(), after, killedOutsideCourt ? 'killed-outside-court' : inCare ? 'died-in-care' : rule, true);
  }
  claims.sort((a, b) => a.span.start - b.span.start);
  // "the worst violence since 2018, when more than 80 people were killed": the figures of a past
  // event a superlative compares with are no claims of this crisis.
  const past = pastComparison(tokens);
  return past < 0 ? claims : claims.filter((c) => c.span.start < tokens[past]!.start);
}

/**
 * The token opening a past event a superlative compares the news with ("the highest since 2011,
 * when…", "the deadliest since a 2016 bombing that…"): "since" and a year, after a superlative
 * in the few words before; -1 if none.
 */
function pastComparison(tokens: Token[]): number {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'since') continue;
    const when = isYear(tokens[i + 1]) && tokens[i + 2]?.text === ',' && tokens[i + 3]?.lower === 'when';
    const event = ['a', 'the'].includes(tokens[i + 1]?.lower ?? '') && isYear(tokens[i + 2]);
    if (!when && !event) continue;
    if (tokens.slice(Math.max(0, i - 8), i).some((t) => SUPERLATIVE_WORDS.has(t.lower))) return i;
  }
  return -1;
}

/**
 * For a figure alone in brackets right after a word ("deaths (1,850)"), that word's token index
 * when it counts people or names a harm, else -1.
 */
export function bracketedNoun(tokens: Token[], spanStartTok: number, figureEndTok: number): number {
  if (tokens[spanStartTok - 1]?.text !== '(' || tokens[figureEndTok]?.text !== ')') return -1;
  const k = spanStartTok - 2;
  const noun = tokens[k];
  if (!noun || !isWord(noun)) return -1;
  return CATEGORY_CUES.has(noun.lower) || (countsPeople(noun.lower) && personNoun(noun.lower)?.kind !== 'group') ? k : -1;
}

/**
 * Where the predicate of one person starts past an apposition: "A 17-year-old boy, Mohammad Emon,
 * died" skips the name; in "Mohammad Emon, a 17-year-old boy, died" the mention is itself the
 * apposition, closed by the comma after it.
 */
function afterApposition(tokens: Token[], mentionStart: number, nounEnd: number): number {
  if (tokens[nounEnd]?.text !== ',') return nounEnd;
  if (tokens[mentionStart - 1]?.text === ',' && /^\p{Lu}/u.test(tokens[mentionStart - 2]?.text ?? '')) return nounEnd + 1;
  // ("A young man, later identified as a 23-year-old university student, was hacked to death": a
  // longer aside, with no harm or clause of its own, ends at its comma too.)
  // (Named people keep the short reach: "Ana Ruiz and Ivo Brandt, activists from …, were taken" retells.)
  const reach = ['a', 'an'].includes(tokens[mentionStart]?.lower ?? '') ? APPOSITION_REACH : 6;
  let k = nounEnd + 1;
  while (
    k < tokens.length &&
    k < nounEnd + reach &&
    tokens[k]!.text !== ',' &&
    (k < nounEnd + 6 || (!CATEGORY_CUES.has(tokens[k]!.lower) && !AUXILIARIES.has(tokens[k]!.lower) && !CLAUSE_BREAKS.has(tokens[k]!.lower)))
  )
    k++;
  return tokens[k]?.text === ',' ? k + 1 : nounEnd;
}

/** How many tokens an aside set off by commas after "a" person may run ("23-year-old" is five). */
const APPOSITION_REACH = 14;

/** End token of "…, Name Name, died" for a singular mention's span. */
function singularCategoryEnd(tokens: Token[], mentionStart: number, nounEnd: number): number {
  const i = pastPersonPhrase(tokens, pastAge(tokens, afterApposition(tokens, mentionStart, nounEnd)));
  for (let k = i; k < tokens.length && k < i + 5; k++) {
    if (/^los[te]/.test(tokens[k]!.lower) && ['life', 'lives'].includes(tokens[k + 2]?.lower ?? '')) return k + 3;
    if (ALIVE_DEATH_VERBS.has(tokens[k]!.lower) && tokens[k + 1]?.lower === 'alive') return k + 2;
    if (CATEGORY_CUES.has(tokens[k]!.lower)) return tokens[k]!.lower === 'shot' && tokens[k + 1]?.lower === 'dead' ? k + 2 : k + 1;
    if (tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.lower === 'death') return k + 3;
    const adverb = /^\p{Ll}{3,}ly$/u.test(tokens[k]!.text);
    const day = k > i && AUXILIARIES.has(tokens[k - 1]!.lower) ? dayPhraseLength(tokens, k) : 0;
    if (day) {
      k += day - 1;
      continue;
    }
    if (!AUXILIARIES.has(tokens[k]!.lower) && !adverb && !['who', 'reportedly', 'also', 'later', 'then', 'allegedly', 'had'].includes(tokens[k]!.lower)) break;
  }
  return nounEnd;
}

function tokenIndexAt(tokens: Token[], charStart: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < charStart) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Is the figure at tokens[at, end) all a speaker says: the object of a verb of saying ("said 40")
 * or of "the (real) number is", closing its clause?
 */
function rivalFigure(tokens: Token[], at: number, figureEnd: number): boolean {
  // ("… could be 2,500 or more.": a bound after the figure is part of it.)
  const end = tokens[figureEnd]?.lower === 'or' && OPEN_BOUND_WORDS.has(tokens[figureEnd + 1]?.lower ?? '') ? figureEnd + 2 : figureEnd;
  // ("… says the number is 9, citing the same sources.": a relay's clause may close it.)
  // ("… was reporting 17, and the count of missing had fallen": a clause of its own after it.)
  const closes =
    !tokens[end] ||
    ['.', ';', '!'].includes(tokens[end]!.text) ||
    (tokens[end]!.text === ',' &&
      (FIGURE_CLOSING_ASIDES.has(tokens[end + 1]?.lower ?? '') || (['and', 'but'].includes(tokens[end + 1]?.lower ?? '') && tokens[end + 2]?.lower === 'the')));
  if (!closes) return false;
  const verb = tokens[at - 1]?.lower ?? '';
  // "has also cited a figure of at least 7,000.", "later gave a range of 120,000 to 200,000.": a
  // count noun a verb gives, with the figure all its of-phrase holds.
  if (verb === 'of' && GIVEN_COUNT_NOUNS.has(tokens[at - 2]?.lower ?? '') && ['a', 'an'].includes(tokens[at - 3]?.lower ?? ''))
    return /^\p{Ll}{3,}(?:ed|en)$/u.test(tokens[at - 4]?.text ?? '') || PUTTING_VERBS.has(tokens[at - 4]?.lower ?? '');
  // ("The monitor later raised its count to more than 1,700.": a count a speaker revises, the figure its new value.)
  if (verb === 'to' && GIVEN_COUNT_NOUNS.has(tokens[at - 2]?.lower ?? '') && ['its', 'their', 'the', 'his', 'her'].includes(tokens[at - 3]?.lower ?? ''))
    return COUNT_REVISING_VERBS.has(tokens[at - 4]?.lower ?? '');
  // ("The UN says it has verified 640.": a verb of counting with the figure all it counts.)
  if (RIVAL_SPEECH_VERBS.has(verb) || RIVAL_COUNTING_VERBS.has(verb)) return at >= 2 && /^\p{L}/u.test(tokens[at - 2]!.text);
  // ("Relief workers think the true number could be 2,500 or more.": a modal's "be" is the copula too.)
  const modal = verb === 'be' && ASIDE_RESUMING_MODALS.has(tokens[at - 2]?.lower ?? '');
  if (!['is', 'was'].includes(verb) && !modal) return false;
  // ("the government's last official figure, given in February, was 31": a participle's phrase set off between.)
  let k = modal ? at - 3 : at - 2;
  if (tokens[k]?.text === ',') {
    let j = k - 1;
    while (j > 0 && j > k - 8 && tokens[j]!.text !== ',') j--;
    if (tokens[j]?.text === ',' && /^\p{Ll}+(?:ed|en)$/u.test(tokens[j + 1]?.text ?? '')) k = j - 1;
  }
  // ("the figure it gave parliament was 41": a contact clause between the noun and its verb.)
  const noun = k;
  while (k > at - 7 && k > 0 && !FIGURE_NOUNS.has(tokens[k]!.lower) && /^\p{Ll}+$/u.test(tokens[k]!.text)) k--;
  if (!FIGURE_NOUNS.has(tokens[k]?.lower ?? '')) return false;
  // (A toll names its own harm: "a bishop said the toll might be near 90" is read by its noun.)
  if (modal && cueAt(tokens, k)) return false;
  if (k < noun && !CONTACT_SUBJECTS.has(tokens[k + 1]!.lower)) return false;
  while (k > 0 && RIVAL_FIGURE_MODIFIERS.has(tokens[k - 1]!.lower)) k--;
  // ("the outgoing government's last official figure": a possessive determines it too.)
  return tokens[k - 1]?.lower === 'the' || /^\p{L}+['’]s$/u.test(tokens[k - 1]?.text ?? '') || /^['’]s$/u.test(tokens[k - 1]?.text ?? '');
}

/** The category of the last cue of a sentence ("Police detained protesters across the city"), or null. */
function lastCue(tokens: Token[]): Category | null {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const cat = cueAt(tokens, k);
    if (cat) return cat;
  }
  return null;
}

/** The longest line read as an item of a list ("• Other towns in the three provinces: 8"). */
const LIST_LINE_WORDS = 16;

/**
 * The sentence's words without the quotation marks around quoted words ("numbered \"no more than
 * 3,000\"", "\"more than 800\" people may have died"), so a quoted figure reads as the sentence
 * does; the marks stay inside the spans. A mark opening a noun right after a figure stays: "900
 * \"agitators\"" labels everyone counted, and the label ends the phrase.
 */
function unquoteFigures(tokens: Token[]): Token[] {
  if (!tokens.some(isQuote)) return tokens;
  return tokens.filter((t, k) => {
    if (!isQuote(t)) return true;
    const closing = k > 0 && tokens[k - 1]!.end === t.start;
    return !closing && /^\p{L}/u.test(tokens[k + 1]?.text ?? '') && /^\d/.test(tokens[k - 1]?.text ?? '');
  });
}

/** Claims of every sentence. */
/** How many sentences make a report rather than an incident's note ("Gunmen shot dead a trader in Kano on Sunday."). */
export const REPORT_SENTENCES = 6;

export function findClaims(sentences: Sentence[], tokens?: Token[][]): DraftClaim[] {
  const out: DraftClaim[] = [];
  /** The harm a line ending on a colon named, while short lines of its list follow. */
  let listCue: Category | null = null;
  /** A line ending on a colon opened a list (its lines are read while short). */
  let listOpen = false;
  /** The harm each column of a table counts, read off its header row, while its rows follow. */
  let columns: Array<Category | null> | null = null;
  sentences.forEach((s, i) => {
    // Rule table-column: "District | Dead | Missing" then "Orlan | 40 | 6": a table's row (as
    // Markdown writes one, and as an HTML table's row is read) counts what its column's header names.
    // (Markdown's rule under the header keeps the table open.)
    const cells = rowCells(s.text);
    if (!cells) columns = null;
    else if (isHeaderRow(cells)) {
      const heads = cells.map((c) => lastCue(tokenize(c.text, s.start + c.offset)));
      columns = heads.slice(1).some(Boolean) ? heads : null;
    } else if (columns && !isRuleRow(cells) && cells.length === columns.length) {
      out.push(...tableRowClaims(cells, columns, s, i));
      return;
    }
    const words = unquoteFigures(tokens?.[i] ?? tokenize(s.text, s.start));
    const line = listOpen && words.length <= LIST_LINE_WORDS && (words.some((t) => t.text === ':') || BULLETS.has(words[0]?.text ?? ''));
    if (!line) [listCue, listOpen] = [null, false];
    const last = out[out.length - 1];
    const before = last && sentences[last.sentence]?.paragraph === s.paragraph ? last.category : null;
    // The sentence before, in the paragraph and with no claim of its own, may name what a bare measure counts.
    const prior = sentences[i - 1];
    const mentioned = () =>
      prior && prior.paragraph === s.paragraph && last?.sentence !== i - 1 ? lastCue(tokens?.[i - 1] ?? tokenize(prior.text, prior.start)) : null;
    const found = claimsInSentence(s, i, words, before, last?.category ?? null, mentioned, line ? listCue : null, sentences.length < REPORT_SENTENCES);
    // Rule answered-question: "How many bodies has the morgue taken in?" then "Thirty-one, as of last night.":
    // an answer that opens on a bare figure counts what the question before it asks of.
    if (!found.length && prior && prior.text.trimEnd().endsWith('?')) {
      const answer = answeredFigure(s, i, words, tokens?.[i - 1] ?? tokenize(prior.text, prior.start));
      if (answer) found.push(answer);
    }
    out.push(...found);
    // "Local count, as compiled by the activists:" then "- Marshes: 87 named dead", "- Port: 23": a list
    // whose opening line names no harm counts the harm its first line names.
    if (line && !listCue && found.length) listCue = found[0]!.category;
    // "Breakdown of verified deaths by city:": the lines after it count that harm.
    if (/:\s*$/.test(s.text)) [listCue, listOpen] = [lastCue(words), true];
  });
  putToDeath(out, sentences);
  executionsOfArmedMen(out, sentences, tokens);
  return out;
}

/**
 * Rule put-to-death: "two men have been put to death", "raised to three those put to death",
 * "put 12 prisoners to death": the idiom of an execution, whose "death" alone would read as a killing
 * (executionsOfArmedMen then makes one armed men carry out a killing again).
 */
function putToDeath(claims: DraftClaim[], sentences: Sentence[]): void {
  for (const c of claims) {
    if (c.category !== 'killed') continue;
    const s = sentences[c.sentence]!;
    const before = s.text.slice(Math.max(0, c.span.start - s.start - 24), c.span.start - s.start);
    const idiom =
      /\bput\s+to\s+death$/i.test(c.span.text) || (/\bto\s+death$/i.test(c.span.text) && /\bput\s+$/i.test(before)) || /\bput\s+to\s+death\s+$/i.test(before);
    if (idiom) [c.category, c.rule] = ['executed', 'put-to-death'];
  }
}

/** Words after a bare figure that opens an answer: punctuation, or a phrase of time or place ("Thirty-one, as of today", "About 40 so far"). */
const ANSWER_FIGURE_FOLLOWERS = new Set([',', '.', ';', '—', '–', '-', 'as', 'so', 'by', 'since', 'in', 'at', 'on', 'today', 'yesterday', 'now', 'according']);

/** The most words a turn's label before an answer may hold ("A:", "DR MUTHEMBA:"). */
const ANSWER_LABEL_WORDS = 4;

/**
 * The figure an interview's answer opens on, counting what the question before it asks ("How many
 * were held at the march?" / "About 60, most of them students"): the question's harm, else null.
 */
function answeredFigure(s: Sentence, sentence: number, words: Token[], asked: Token[]): DraftClaim | null {
  if (asked.at(-1)?.text !== '?') return null;
  const opens = (list: Token[]) => {
    const colon = list.findIndex((t) => t.text === ':');
    return colon >= 0 && colon <= ANSWER_LABEL_WORDS ? colon + 1 : 0;
  };
  const q0 = opens(asked);
  if (asked[q0]?.lower !== 'how' || asked[q0 + 1]?.lower !== 'many') return null;
  // (The harm the question asks of first: "How many people were detained at the march?")
  let category: Category | null = null;
  for (let k = q0 + 2; k < asked.length && !category; k++) category = cueAt(asked, k);
  if (!category) return null;
  const a0 = opens(words);
  const q = findQuantities(s.text, s.start, words)[0];
  if (!q || tokenIndexAt(words, q.span.start) !== a0 || !ANSWER_FIGURE_FOLLOWERS.has(words[q.tokenEnd]?.lower ?? '.')) return null;
  const noun = asked[q0 + 2]?.lower ?? '';
  return draftOf(q, category, countsPeople(noun) ? noun : 'people', sentence, 'answered-question');
}

/** A claim of a figure read on its own, outside a sentence's clauses (a table's cell, an interview's answer). */
function draftOf(q: Quantity, category: Category, who: string, sentence: number, rule: CategoryRule): DraftClaim {
  return {
    category,
    low: q.low,
    high: q.high,
    estimate: q.estimate,
    qualifier: q.qualifier,
    hedged: q.hedged,
    who,
    cumulative: false,
    span: q.span,
    figure: q.number,
    sentence,
    rule,
  };
}

/** The claims of a table's row: each cell's figure, counting what its column's header names. */
function tableRowClaims(cells: RowCell[], columns: Array<Category | null>, row: Sentence, sentence: number): DraftClaim[] {
  const out: DraftClaim[] = [];
  cells.forEach((cell, j) => {
    const category = columns[j];
    if (j === 0 || !category) return;
    const start = row.start + cell.offset;
    const q = findQuantities(cell.text, start, tokenize(cell.text, start))[0];
    if (!q) return;
    out.push(draftOf(q, category, 'people', sentence, 'table-column'));
  });
  return out;
}

/**
 * Does the sentence name armed men ("gunmen", "hijackers", "about 20 armed men"), other than the
 * people a claim's span counts before its execution ("12 soldiers were executed" names the executed)?
 */
function namesArmedMen(words: Token[], span?: Span): boolean {
  const executedAt = span ? words.find((t) => t.start >= span.start && t.end <= span.end && HARM_VERB_FORMS.get(t.lower) === 'executed')?.start : undefined;
  return words.some(
    (t, k) =>
      !(span && t.start >= span.start && t.end <= (executedAt ?? span.end)) &&
      (ARMED_TAKERS.has(t.lower) || (t.lower === 'armed' && countsPeople(words[k + 1]?.lower ?? ''))),
  );
}

/**
 * Rule killed-outside-court, read over the document: "About 20 armed men entered a church. They
 * executed the pastor …", "Two passengers had been executed": an execution told a few sentences
 * after armed men are named, in a report that names no sentence, court nor prison, and whose doer
 * is no state named before the verb ("Iran executed 12 people"), is a killing (killed-outside-court
 * reads the clause alone).
 */
function executionsOfArmedMen(claims: DraftClaim[], sentences: Sentence[], tokens?: Token[][]): void {
  if (!claims.some((c) => c.category === 'executed')) return;
  const words = sentences.map((s, i) => tokens?.[i] ?? tokenize(s.text, s.start));
  const judicial = words.some((ws) => ws.some((t, k) => JUDICIAL_EXECUTION_WORDS.has(t.lower) || COURT_NOUNS.has(t.lower) || deathRow(ws, k)));
  if (judicial) return;
  for (const c of claims) {
    if (c.category !== 'executed' || namedExecutioner(words[c.sentence]!)) continue;
    const from = Math.max(0, c.sentence - ARMED_MEN_REACH);
    if (!words.slice(from, c.sentence + 1).some((ws, i) => namesArmedMen(ws, from + i === c.sentence ? c.span : undefined))) continue;
    [c.category, c.rule] = ['killed', 'killed-outside-court'];
  }
}
/** How many sentences back the armed men of an execution may be named. */
const ARMED_MEN_REACH = 3;

/** "death row" at token `k`. */
const deathRow = (ws: Token[], k: number) => ws[k]!.lower === 'death' && ws[k + 1]?.lower === 'row';

/** The execution's doer, right before its active verb, is a state: a place the gazetteer knows ("Iran executed 12 people", "Saudi Arabia") or its authorities. */
function namedExecutioner(ws: Token[]): boolean {
  const e = ws.findIndex((t) => HARM_VERB_FORMS.get(t.lower) === 'executed');
  const before = ws[e - 1];
  if (e <= 0 || !before || !isWord(before)) return false;
  if (STATE_EXECUTIONERS.has(before.lower)) return true;
  const gazetteer = getGazetteer();
  return /^\p{Lu}/u.test(before.text) && (gazetteer.has(before.text) || (e > 1 && gazetteer.has(`${ws[e - 2]!.text} ${before.text}`)));
}
