/**
 * Stage 5 — attribution: who asserts each figure, and the chain it came through.
 *
 * Read per sentence, in the forms news writing uses:
 *   "X said / reported / announced / told Y / found"      -> X (Y relays it)
 *   "according to X"                                      -> X, or a relay when a speaker is also named
 *   "X, citing Y, reported" / "citing Y, X is reporting"  -> the named one of X and Y, the other relays
 *   "… were reported by X"                                -> X
 *   a figure inside a quotation                           -> the quote's speaker
 * An attribution at the end of a sentence covers the whole sentence; one inside a clause
 * ("…, while the previous report put …") covers that clause. A figure with no attribution of
 * its own continues the report it follows (within a few paragraphs), else it is the outlet's
 * own (`null`), or the byline organisation's when the article is theirs.
 */
import type { ResolvedPlace, Source } from '../domain.js';
import { countryName, countryOfWords, sameName } from '../sources/index.js';
import type { DraftClaim } from './claims.js';
import { foldName, getGazetteer } from '../places/gazetteer.js';
import { DIGITS_IN_NAME, countedBodies, countryOf, sourceEntity, sourceHeadNoun, type SourceEntity } from './entities.js';
import { openingSubject, subjectNoun, tag } from './pos.js';
import { datelineNames } from './places.js';
import { documentNotes, noteCited } from './note-references.js';
import { embeddedStatement, ownFirstPerson, releaseVoice } from './release-voice.js';
import {
  ABBREVIATED_TITLE_ROLES,
  CATEGORY_NOUNS,
  SCOPE_CARE_FACILITY_NOUNS,
  DEATH_TELLING_VERBS,
  VERB_MARKING_ADVERBS,
  ABLE_TO_VERBS,
  BODY_REFERENCE_HEADS,
  ACCUSATION_PARTICIPLES,
  ADDRESSEE_VERBS,
  AUXILIARIES,
  BULLETS,
  NOUN_MARKING_WORDS,
  VERB_GROUP_ADVERBS,
  CATEGORY_CUES,
  CITED_DETERMINERS,
  WITHHELD_CITED_WORDS,
  CITED_PREPOSITIONS,
  COMPARING_WORDS,
  CLAIMED_ACT_OBJECTS,
  CLAUSE_END_ADVERBS,
  CONTRASTS,
  CONCESSIONS,
  COUNTED_SUBJECT_NOUNS,
  DETERMINER_WORDS,
  ALIVE_DEATH_VERBS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  BRACKETED_RECORD_WORDS,
  EVENT_HEAD_NOUNS,
  FIGURE_NOUNS,
  FIGURE_SETTING_PREPOSITIONS,
  FINITE_AUX,
  GENERIC_ORG_HEADS,
  GROUP_NOUNS,
  HARM_VERB_FORMS,
  ROLE_NOUNS,
  STAFF_NOUNS,
  MINISTER_RANK_WORDS,
  MINISTERS_OF_NO_MINISTRY,
  SUPPLY_PARTICIPLES,
  HELD_KNOWLEDGE_NOUNS,
  HOLDING_VERBS,
  KNOWING_VERBS,
  KNOWING_VERB_COMPOUNDS,
  REPORTING_PHRASAL_VERBS,
  OFFICE_WORDS,
  ORGANISER_NOUNS,
  OUTLET_WORDS,
  ORGANISING_VERBS,
  PASSIVE_AUX,
  PLACE_PREPOSITIONS,
  POSTED_PARTICIPLES,
  RECEPTION_PARTICIPLES,
  RECORDED_AS_VERBS,
  LISTED_AS,
  RELEASE_DATELINE,
  SCOPE_INTAKE_VERBS,
  SCOPE_ORDINALS,
  PURPOSE_SPEECH_VERBS,
  MEDIUM_TAKING_VERBS,
  CLAUSE_BREAKS,
  SCOPE_BODY_NOUNS,
  RECOVERY_VERBS,
  RELEASE_VERBS,
  RELATIVE_PRONOUNS,
  REPORTING_VERBS,
  GIVE_FORMS,
  GIVING_IDIOM_WORDS,
  SPEECH_PARTICIPLES,
  SOURCE_PREMODIFIERS,
  SPEECH_VERBS,
  TELLING_VERBS,
  STANCE_VERBS,
  STATE_BODY_NOUNS,
  SUBORDINATORS,
  TOLL_UPDATE_VERBS,
  TOLL_HARM_NOUNS,
  INCREMENT_BEFORE,
  AS_COMPARISON_WORDS,
  INSURGENT_NAME_WORDS,
  RUNNING_COUNT_NOUNS,
  TOPIC_SHIFT_NOUNS,
  TOPIC_SHIFT_OPENERS,
  VERB_OR_PLURAL_NOUN,
  VERB_OR_SINGULAR_NOUN,
  GOVERNING_PREPOSITIONS,
  OBJECT_PRONOUNS,
  POST_PLACE_MODIFIERS,
  DOCUMENT_COMPOUND_PLACES,
  DOCUMENT_COMPOUND_THINGS,
  WORKPLACE_UNIT_NOUNS,
  FIGURE_GIVING_PARTICIPLES,
  FIGURE_ISSUING_PARTICIPLES,
  FIGURE_SETTING_PARTICIPLES,
  SCOPE_FACILITY_NOUNS,
  DISPUTING_VERBS,
  NOT_OUTLET_AFTER,
  VAGUE_PLURALS,
  LATER_CLAUSE_SUBORDINATORS,
  TITLES,
  ABBREVIATED_TITLES,
  CLAUSE_OPENERS,
  WEEKDAYS,
  MONTHS,
  DOCUMENT_DETERMINERS,
  CAPTION_LINE,
  OUTLET_TURN_LABEL,
  TIMELINE_ENTRY,
  LIVE_ENTRY_CLOCK,
  INTERVIEW_WORDS,
  FIRST_PERSON_WORDS,
  RESTATING_VERBS,
  FIGURE_KEEPING_VERBS,
  FIGURE_STANDING_VERBS,
  SEATED_FORCES,
  SEATED_AREAS,
  SCOPE_COMPASS,
  JURISDICTION_KINDS,
  SUBNATIONAL_BODY_MODIFIERS,
  SPOKESPERSON_NOUNS,
  PHRASAL_PARTICLES,
  JURISDICTION_OFFICES,
  LEVEL_AT_VERBS,
  NUMBER_UNITS,
  NUMBER_TENS,
  FRONTED_PHRASE_OPENERS,
  TRANSCRIPT_ROLE_LABELS,
  OWNED_FIGURE_NOUNS,
  OWNER_PHRASE_STOPS,
  COUNT_MAKING_PARTICIPLES,
  REVISION_FIGURE_QUALIFIERS,
  NUMBER_STARTS,
  SCOPE_QUANTITY_QUALIFIERS,
  NAMING_WORDS,
  AGE_MODIFIER,
  ANAPHORIC_HEADS,
  PARTICIPLE_OBJECT_OPENERS,
  DOCUMENT_AUTHORING_PARTICIPLES,
  DAY_AND_MONTH_NAMES,
  QUOTING_FORMS,
  IRREGULAR_PARTICIPLES,
  TRANSCRIPT_QUESTION_LABELS,
  TRANSCRIPT_ANSWER_LABELS,
  INFORMANT_HEADS,
  INFORMING_PARTICIPLES,
  LEARNING_VERBS,
  FIGURE_CLOSING_ASIDES,
  PASSIVE_AUXILIARIES,
  PASSING_PARTICLES,
  AGENTLESS_REPORT_VERBS,
  REPORTED_STATES,
} from './lexicon/index.js';
import { isSingularPerson, personNoun, severalPeople } from './person-nouns.js';
import {
  ORG_WORDS,
  describesDocument,
  fromCapitals,
  headIsNamed,
  hyphenedParticlePart,
  isNameRun,
  isNamed,
  isNumberedName,
  isTitle,
  isPronoun,
  looksLikeOrg,
  nameGivenIn,
  looksLikePerson,
  phraseAfter,
  standingFor,
  subjectBefore,
  tidySourceName,
  type SubjectRule,
} from './names.js';
import { wordValue } from './quantities.js';
import type { QuoteWithSpeaker } from './quotes.js';
import { tidySourceEntity, type SourceEntityRule } from './source-entities.js';
import { unfinished, type Segmentation } from './segment.js';
import { resolveAnaphor, type SpeakerMention } from './speakers.js';
import { startsCapitalised, tokenize, type Token } from './tokens.js';

/** Categories a report carries into a new paragraph only when it is named there again. */
const NARRATED_CATEGORIES: ReadonlySet<DraftClaim['category']> = new Set(['participants', 'displaced', 'places']);

/** The longest paragraph read as a line of a list ("- 40 killed in the capital"). */
const LIST_LINE = 120;
/** "has compiled the following figures", "gave the following numbers": a list announced. */
const FOLLOWING_LIST = /\bthe following (?:figures|numbers|statistics|data|toll|tolls|counts?|breakdown)\b/i;
/** A paragraph's opening label in capitals before a colon, perhaps with a role after a comma ("FARHOD NAZARZODA, head of the press centre:", "NAZARZODA:"). */
// ("HOSPITAL SPOKESMAN (recorded):": a note on the clip in brackets before the colon.)
const SPEAKER_LABEL = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3})(?:\s*,\s*([^:\n]{3,80}?))?(?:\s*\(([^()\n]{1,30})\))?\s*:\s+\S/u;
/**
 * The same label written as a name is ("Brenn:", "Aldo Brenn:", "Hon. Atieno:", "Hon. Grace Atieno (Kisumu West):"): a
 * person's only when the report names that person. (An abbreviated title may open it; a bracket after it says where they sit for.)
 */
const NAME_LABEL =
  /^((?:\p{Lu}\p{Ll}{1,3}\.\s+)?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){0,2})(?:\s*\([^()\n]{1,30}\))?\s*:\s+\S/u;

/**
 * A transcript's speakers by paragraph: a paragraph opened by a person's name in capitals and a
 * colon ("FARHOD NAZARZODA, head of the ministry's press centre: …", then "NAZARZODA: …") is that
 * person's words. A label is a person when a role follows it, or when the report names a person
 * by it (in full, or the surname of one named so); the questioner's or presenter's labels, and
 * datelines ("SRINAGAR: …"), name none.
 */
function transcriptLabels(seg: Segmentation, mentions: SpeakerMention[]): Map<number, Source> {
  const out = new Map<number, Source>();
  const people: Array<{ name: string; role: string | null }> = castList(seg);
  let roleTurns = 0;
  seg.paragraphs.forEach((p, k) => {
    // A record's label: "SHRI ARUN DEV (NORTH SEAT):", "THE MINISTER OF RELIEF (SHRI KIRAN MEHTA):".
    const record = recordLabel(p.text);
    if (record) {
      out.set(k, { name: record.name, kind: 'person', role: record.role, via: [] });
      return;
    }
    const m = SPEAKER_LABEL.exec(p.text) ?? NAME_LABEL.exec(p.text);
    if (!m) return;
    // ("JOEL DIZON (REPORTER):": a reporter's turn, named, is the outlet's voice as "REPORTER:" is.)
    if (TRANSCRIPT_ROLE_LABELS.has(m[1]!.toLowerCase()) || TRANSCRIPT_ROLE_LABELS.has(m[3]?.trim().toLowerCase() ?? '')) {
      roleTurns++;
      return;
    }
    // ("Minister Rosa Delmar:": a title or role before the name the report gives the person.)
    const titled = m[1]!.split(/\s+/);
    const title = titled.length >= 2 && (isTitle(titled[0]!) || ROLE_NOUNS.has(titled[0]!.toLowerCase())) ? titled[0]!.toLowerCase() : null;
    const label = fromCapitals(title ? titled.slice(1).join(' ') : m[1]!);
    const role = m[2]?.trim() ?? (title && ROLE_NOUNS.has(title) ? title : null);
    const words = label.split(/\s+/);
    // The person a label names: one labelled in full before, one the report names, or a name with a role.
    // ("COMMODORE ANA REYES:" after "Commodore Ana Reyes" was named as "Ana Reyes": the label past its title.)
    const names = (x: { name: string }) => x.name === label || x.name.split(/\s+/).pop() === label || (x.name.includes(' ') && label.endsWith(` ${x.name}`));
    const known = people.find(names) ?? mentions.filter((x) => x.kind === 'person' && names(x)).map((x) => ({ name: x.name, role: x.role }))[0];
    const person = known ?? (role && /^\p{Ll}/u.test(role) && words.length >= 2 && looksLikePerson(label) ? { name: label, role } : null);
    // ("HOSPITAL SPOKESMAN:", "RESIDENT:": a label in capitals that is a role speaks as that role.)
    const roleLabel = !person && m[1] === m[1]!.toUpperCase() && isSingularPerson(words.at(-1)!.toLowerCase());
    if (roleLabel) {
      out.set(k, { name: label.toLowerCase(), kind: 'person', role: null, via: [] });
      return;
    }
    if (!person) return;
    if (!known) people.push(person);
    out.set(k, { name: person.name, kind: 'person', role: person.role, via: [] });
  });
  // (A transcript has turns: one labelled paragraph alone is no transcript; the presenter's or the chair's turns count.)
  if (out.size + roleTurns < 2 || out.size === 0) return new Map();
  // A turn goes on over the paragraphs after its label, up to the next label or a bracketed note
  // ("ORSEN: Good morning. … ¶ In addition, 31 people were hurt. ¶ REPORTER: …").
  const labelled = (k: number) => TURN_LABEL.test(seg.paragraphs[k]!.text) || /^\s*\[/.test(seg.paragraphs[k]!.text);
  // ("LASKO: … ¶ Q: How many are held? ¶ A: We hold 300.": the interviewee's turn goes on over
  // the answers labelled as such, past the questions between them.)
  const roleLabel = (k: number) => ROLE_LABEL.exec(seg.paragraphs[k]!.text)?.[1]!.toLowerCase() ?? '';
  for (const [k, who] of [...out])
    for (let j = k + 1; j < seg.paragraphs.length && !out.has(j); j++) {
      if (TRANSCRIPT_QUESTION_LABELS.has(roleLabel(j))) continue;
      if (labelled(j) && !TRANSCRIPT_ANSWER_LABELS.has(roleLabel(j))) break;
      out.set(j, who);
    }
  return out;
}
/** A line of a transcript's list of speakers: a name in capitals, perhaps after a title, then a comma and a role ("DR. ANA ROSS, director, City Hospital"). */
const CAST_LINE = /^\s*(\p{Lu}[\p{Lu}'’.-]*(?:\s+\p{Lu}[\p{Lu}'’.-]*){1,4})\s*,\s*([^:\n]{3,120})$/u;

/**
 * The people a transcript lists as its speakers before their turns, each on a line of their own
 * with a role ("Speakers: ¶ ANA ROSS, director, City Hospital ¶ …"): the turns after label them
 * by surname alone ("ROSS: …").
 */
function castList(seg: Segmentation): Array<{ name: string; role: string | null }> {
  const out: Array<{ name: string; role: string | null }> = [];
  for (const p of seg.paragraphs) {
    for (const line of p.text.split('\n')) {
      const m = CAST_LINE.exec(line);
      if (!m) continue;
      const words = m[1]!.split(/\s+/);
      let k = 0;
      while (k < words.length - 2 && isTitle(words[k]!)) k++;
      const name = fromCapitals(words.slice(k).join(' '));
      if (words.length - k <= 4 && looksLikePerson(name)) out.push({ name, role: m[2]!.trim() });
    }
  }
  return out;
}

/** How far into a paragraph a record's label may close. */
const RECORD_LABEL_REACH = 200;

/** A label with a bracket before its colon, as parliamentary records write them, in capitals or not ("The Minister of Relief (Mr Kiran Mehta):"). */
const RECORD_LABEL = /^([\p{Lu}][\p{L}\s,.'’-]{2,120}?)\s*\(([^()\n]{2,60})\)\s*:\s+\S/u;

/**
 * A parliamentary record's turn label: a titled member's name and seat ("SHRI ARUN DEV (NORTH
 * SEAT):", "DR ANA ROSS (ORR EAST):"), or an office and its holder ("THE MINISTER OF RELIEF (SHRI
 * KIRAN MEHTA):"). The person and their seat or office; null for any other opening.
 */
function recordLabel(text: string): { name: string; role: string } | null {
  // (Most paragraphs hold no bracket before a colon: the expression is not run on them.)
  const close = text.indexOf('):');
  if (close < 0 || close > RECORD_LABEL_REACH) return null;
  const m = RECORD_LABEL.exec(text);
  if (!m) return null;
  /** A name in capitals without the titles before it ("SHRI", "DR"), when two to four words remain. */
  const personIn = (words: string[]) => {
    let k = 0;
    while (k < words.length && isTitle(words[k]!)) k++;
    const rest = words.slice(k);
    return rest.length >= 2 && rest.length <= 4 && rest.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) ? fromCapitals(rest.join(' ')) : null;
  };
  const outer = m[1]!.trim().split(/\s+/);
  const inner = m[2]!.trim().split(/\s+/);
  // An office outside, its holder inside the bracket.
  const office = outer[0]!.toUpperCase() === 'THE' ? personIn(inner) : null;
  if (office) return { name: office, role: fromCapitals(m[1]!.trim()).toLowerCase() };
  const member = isTitle(outer[0]!) ? personIn(outer) : null;
  return member ? { name: member, role: m[2]!.trim() } : null;
}

/** Any turn's label opening a paragraph: a name, a role or "Question (Radio Orsk)" before a colon. */
const TURN_LABEL = /^\s*[\p{Lu}][^:\n.!?]{0,60}:\s/u;
/** A turn's label of one word, perhaps with a bracket ("Q:", "A:", "QUESTION (Radio Orsk):"). */
const ROLE_LABEL = /^\s*(\p{L}+)\s*(?:\([^()\n]{0,60}\))?\s*:\s/u;

/**
 * An interview's answers: in a report that puts two or more questions, each a paragraph of its own
 * ("When did the first casualties arrive?"), the paragraphs after the first question that are no
 * question are the interviewee's, the last person named in full before it (not the byline's).
 * Paragraph index -> the interviewee; empty for any other report.
 */
function interviewAnswers(seg: Segmentation, mentions: SpeakerMention[]): Map<number, Source> {
  const out = new Map<number, Source>();
  const question = (k: number) => {
    const t = seg.paragraphs[k]!.text.trim();
    // ("Q: Officials say 30 died. Is that what you saw?": a question labelled as one, however long.)
    return QUESTION_LABEL.test(t) || (t.endsWith('?') && t.length <= QUESTION_LINE && !/[.!?]\s/.test(t.slice(0, -1)));
  };
  const questions = seg.paragraphs.map((_, k) => k).filter(question);
  if (questions.length < 2) return out;
  const first = seg.paragraphs[questions[0]!]!;
  // (An interview says it is one before its questions, and its answers speak as "I" or "we": not an explainer's.)
  const words = (k: number) => seg.paragraphs[k]!.text.toLowerCase().split(/[^\p{L}]+/u);
  const told = seg.paragraphs.slice(0, questions[0]).some((_, k) => words(k).some((w) => INTERVIEW_WORDS.has(w)));
  const firstPerson = seg.paragraphs.some((_, k) => k > questions[0]! && !question(k) && words(k).some((w) => FIRST_PERSON_WORDS.has(w)));
  if (!told || !firstPerson) return out;
  const byline = (start: number) => seg.paragraphs.some((p) => p.start <= start && start < p.end && /^by\s/i.test(p.text.trimStart()));
  const named = mentions.filter((m) => m.kind === 'person' && m.end <= first.start && m.name.includes(' ') && !byline(m.start)).at(-1);
  if (!named) return out;
  for (let k = questions[0]! + 1; k < seg.paragraphs.length; k++) if (!question(k)) out.set(k, { name: named.name, kind: 'person', role: named.role, via: [] });
  return out;
}
/** The longest paragraph read as an interviewer's question. */
const QUESTION_LINE = 200;
/** An interviewer's question labelled as one ("Q:", "Question:"). */
const QUESTION_LABEL = /^(?:Q|Question)\s*[:.]\s/;

/** Is a paragraph after `from` and before `to` a question standing as a heading ("Who were the victims?")? */
function questionBetween(seg: Segmentation, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = seg.paragraphs[k]!.text.trim();
    if (t.endsWith('?') && t.length <= QUESTION_LINE && !/[.!?]\s/.test(t.slice(0, -1))) return true;
  }
  return false;
}

/** Where a live page's entry starts after its time and a dash ("15:10 - …", "09:30 GMT – …"), else 0. */
function liveEntryStart(tokens: Token[]): number {
  if (!/^\d{1,2}$/.test(tokens[0]?.text ?? '') || tokens[1]?.text !== ':' || !/^\d{2}$/.test(tokens[2]?.text ?? '')) return 0;
  let k = 3;
  if (/^(?:GMT|UTC|local|a\.?m\.?|p\.?m\.?)$/i.test(tokens[k]?.text ?? '')) k++;
  return ['-', '–', '—', '|'].includes(tokens[k]?.text ?? '') ? k + 1 : 0;
}

/** Does a bullet open the line ("- Deaths: …", "• Injured: …")? */
function bulletedLine(text: string): boolean {
  const line = text.trimStart();
  return BULLETS.has(line[0] ?? '') && /\s/.test(line[1] ?? '');
}

/** A live page's time alone on its line, its entry on the next ("22:20" ¶ "Rescue workers …"). */
const BARE_CLOCK_LINE = /^\s*\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|local|am|pm|a\.m\.|p\.m\.))?\s*$/i;

/** A heading's closing brackets that name its figures' source, perhaps with their date ("(provincial authorities, as of 8 May)", "(source: OCHA)"). */
const HEADING_SOURCE = /\((?:sources?:\s*)?([^,():;]{2,60}?)(?:,\s*(?:as of|as at|updated|on)\b[^)]*)?\)\s*:?\s*$/i;

/** The longest label a list line may open on ("* Reuters, citing three Interior Ministry officials: …"). */
const LIST_LABEL_WORDS = 12;
/** How many paragraphs back an unattributed figure may continue an attributed report. */
const CONTINUATION_PARAGRAPHS = 2;
/** "Human Rights Watch said today": a release telling its own news. */
const RELEASE_VOICE = /\b(?:said|says|stated|announced|warned|urged)\s+today\b/;

type Role = 'speaker' | 'according' | 'citing' | 'quoted' | 'relay' | 'agent' | 'subject';

interface AttributionItem {
  role: Role;
  name: string | null;
  /** What the name is (kind, role, country), when read from the text rather than resolved. */
  entity?: SourceEntity | null;
  /** Offset in the clean text where the attribution words start. */
  at: number;
  /** True when the phrase referred back and could not be resolved ("the previous report"). */
  unresolved?: boolean;
  /** A speaker inside a subordinate clause ("once officials had announced …") covers only figures from here on. */
  clauseFrom?: number;
  /** The grammatical rule that read this speaker, when not the plain subject or object of the verb. */
  rule?: SourceRefinement;
  /** One cited by the relay's own staff word or with the name withheld ("citing its correspondent", "citing unnamed officials"). */
  withheld?: boolean;
  /** A description the text names later ("Rights watchdog: …" above "HRC Viasna reports …"). */
  forward?: boolean;
  /** An indefinite role's modifiers ("provincial health" official), for the person the report names next with them. */
  forwardRole?: string[];
  /** The rule a forward name is read by: a headline's description, or an indefinite one in the body. */
  forwardRule?: 'indefinite-description' | 'description-named-next';
  /** Figures between the speaker and this offset (a clause set off inside the subject) are not the speaker's. */
  skipBefore?: number;
  /** The figure a participle's agent gave ("the 56 reported by activists"): this item covers it alone, and first. */
  boundTo?: { start: number; end: number };
  /** The speaker released figures ("the ministry issued its latest figures"): the figures that follow are theirs. */
  releases?: boolean;
  /**
   * The subject of a verb of intake ("the hospital treated dozens", "the morgue received 17
   * bodies"): where the count was taken, which gives way to anyone who tells of it ("medical
   * workers told …", "…, an attendant said").
   */
  intake?: boolean;
  /** A body's spokesperson ("Its spokesman, Ivo Marek, said"): speaks the body's own account. */
  voice?: boolean;
  /** "Police and activists put the toll at 12 and 40 respectively": each conjunct of the subject, in order, for the figures in order. */
  respectively?: Array<{ name: string; entity?: SourceEntity | null }>;
  /** The outlet's own staff ("our correspondent"): the figure is the outlet's own. */
  ownVoice?: boolean;
}

/** The outlet's own staff as subject: "our correspondent (in …)", "one of our reporters", "our team". */
const OUTLET_STAFF =
  /^(?:(?:one\s+of\s+)?our\s+(?:own\s+)?(?:correspondents?|reporters?|journalists?|team|staff|reporting\s+team|photographers?)|(?:this|our)\s+(?:news\s+)?(?:site|website|newspaper|paper|publication|outlet|agency|broadcaster|station|channel|newsroom))\b/i;

/** "a tally compiled by this news site": a document the outlet itself made. */
const OUTLET_MADE = new RegExp(`\\b(?:${[...COUNT_MAKING_PARTICIPLES].join('|')})\\s+by\\s+(?:${OUTLET_STAFF.source.slice(1)})`, 'i');

/** "Latest reports indicate …": a document as subject continues the report under way. */
const DOCUMENT_SUBJECT =
  /^(?:the\s+)?(?:(?:latest|new|recent|further|other|more|initial|preliminary|unconfirmed|local|some|media|news|official)\s+)*(?:reports?|figures|data|statistics|numbers|estimates|accounts)$/i;
/** "the previous report put …": an earlier, unnamed source, not the one under way. */
const PRIOR_DOCUMENT =
  /^(?:the\s+|an?\s+)?(?:previous|earlier|last|old|first|prior)\s+(?:reports?|figures?|counts?|tolls?|tall(?:y|ies)|statements?|estimates?)$/i;

/** Clause boundaries inside a sentence: "; " and ", while/but/whereas". */
function clauseStarts(tokens: Token[]): number[] {
  const starts = [tokens[0]?.start ?? 0];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === ';' && tokens[i + 1]) starts.push(tokens[i + 1]!.start);
    // (", though its head said …" too.)
    if (t.text === ',' && (tokens[i + 1]?.lower === 'but' || CONTRASTS.has(tokens[i + 1]?.lower ?? ''))) starts.push(tokens[i + 1]!.start);
    // "puts the number at 89, of whom 47 have been found, according to the police": a relative
    // clause on the figure may be told by another speaker, closing it.
    if (t.text === ',' && ['of', 'among'].includes(tokens[i + 1]?.lower ?? '') && ['whom', 'which'].includes(tokens[i + 2]?.lower ?? ''))
      starts.push(tokens[i + 1]!.start);
  }
  // "While police said 44 were held, activists said 120": a contrast opening the sentence ends at its first comma.
  if (CONTRASTS.has(tokens[0]?.lower ?? '')) {
    const comma = tokens.findIndex((t) => t.text === ',');
    if (comma > 2 && tokens[comma + 1]) starts.push(tokens[comma + 1]!.start);
    starts.sort((a, b) => a - b);
  }
  return starts;
}

/** Does the clause starting at `start` open on "of whom", "among which" (a relative clause on a figure)? */
function relativeOnFigure(tokens: Token[], start: number): boolean {
  const k = tokens.findIndex((t) => t.start === start);
  return k >= 0 && ['of', 'among'].includes(tokens[k]!.lower) && ['whom', 'which'].includes(tokens[k + 1]?.lower ?? '');
}

const clauseOf = (starts: number[], pos: number) => {
  let c = 0;
  for (let i = 0; i < starts.length; i++) if (starts[i]! <= pos) c = i;
  return c;
};

/** A generic document with no author of its own ("the report", "the latest information", "the review"). */
const GENERIC_DOCUMENT =
  /^(?:the\s+|this\s+|that\s+|its\s+|their\s+)?(?:(?:latest|new|recent|same|full|initial|preliminary|interim|provisional|final|draft|first|second|previous|earlier|daily|weekly|monthly|quarterly|annual|analytical|official)\s+)*(?:reports?|statements?|review|data|information|figures|findings|documents?|estimates|update|bulletin|counts?|tally|tallies|lists?)$/i;

/** "48-page", "10-point": a number joined to a noun, a measure of what follows. */
const MEASURE = /^\d[\d,.]*-\p{Ll}+$/u;

/** "the news agency", "the agency", "the wire service": the report's own agency, when its dateline names one. */
const WIRE_REFERENCE = /^(?:the\s+(?:news\s+|wire\s+)?agency|(?:the\s+)?(?:news\s+agency|wire\s+service))$/i;

/** "SARELLE, June 2 (Reuters) —", "(AFP) -": the agency a dateline in the report's opening names, if any. */
function datelineAgency(text: string): string | null {
  const m = /\((\p{Lu}[\p{L}]{1,20}(?:\s\p{Lu}[\p{L}]{1,20})?)\)\s*[–—-]/u.exec(text.slice(0, 600));
  return m && OUTLET_WORDS.has(m[1]!.toLowerCase()) ? m[1]! : null;
}

/** Parts of speech of words that describe a document rather than name its author. */
const DESCRIBING_TAGS = new Set(['ADJ', 'ADV', 'VERB']);

/**
 * "Early estimates", "preliminary figures released on Tuesday": a document described by
 * adjectives or participles alone ("newly released figures"; a capital only where it opens the sentence) and perhaps a participle that
 * names no author. Returns its noun; null when a word of it may be a name ("Amnesty estimates").
 */
function authorlessDocument(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  if (['the', 'this', 'that', 'its', 'their'].includes(words[0]!.toLowerCase())) words.shift();
  const noun = words.findIndex((w, i) => i > 0 && DOCUMENT_NOUNS.has(w));
  if (noun < 1) return null;
  const after = words.slice(noun + 1);
  if (after.length && (!/^\p{Ll}+(?:ed|en)$/u.test(after[0]!) || after.includes('by'))) return null;
  // ("the 48-page report": a measure describes the document, like an adjective.)
  const before = words.slice(0, noun).filter((w) => !MEASURE.test(w));
  if (!before.length) return words[noun]!;
  if (before.some((w, i) => i > 0 && !/^\p{Ll}+$/u.test(w)) || !/^\p{L}+$/u.test(before[0]!)) return null;
  const tagged = tag([...before, words[noun]!].join(' ').toLowerCase());
  const adjectives = before.every((w, i) => SOURCE_PREMODIFIERS.has(w.toLowerCase()) || DESCRIBING_TAGS.has(tagged[i]?.pos ?? ''));
  return adjectives ? words[noun]! : null;
}

/** The nearest earlier named source that is not itself a document: who a generic document belongs to. */
function authorBefore(at: number, known: KnownSource[], document: string): KnownSource | null {
  let best: KnownSource | null = null;
  let same: KnownSource | null = null;
  for (const k of known) {
    if (k.start >= at || k.entity?.kind === 'document') continue;
    // "In a report, HRW said …" … "According to the report": the one who issued that document
    // (even named in an "according to": "according to tallies compiled by rights groups … the tallies show").
    if (k.documents?.has(document) && (!same || k.start > same.start) && k.role !== 'quoted' && k.role !== 'subject') same = k;
    if (k.role === 'according' || k.role === 'citing' || k.role === 'quoted' || k.role === 'subject') continue;
    if (!best || k.start > best.start) best = k;
  }
  return same ?? best;
}

/** "the Interior Ministry", "Ministry of Health": a ministry's name, its capitalised words. */
const MINISTRY_NAME = /(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?)*Ministry(?:\s+of(?:\s+the)?\s+\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*)?/u;
/** "Interior Minister", "Health and Sanitation Minister": the department a minister's title names, before it … */
const MINISTER_TITLE = /((?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?)*\p{Lu}[\p{L}-]*)\s+Minister\b/u;
/** … or after it ("Minister of Health"). */
const MINISTER_OF_TITLE = /Minister\s+of\s+((?:(?:the|and)\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*)/u;

interface KnownSource {
  name: string;
  start: number;
  entity?: SourceEntity | null;
  role?: Role;
  /** Document nouns in the sentence that named this source ("report", "statement"). */
  documents?: Set<string>;
  /** The name opens its sentence, so its first capital may be the sentence's, not the name's. */
  opensSentence?: boolean;
}

/**
 * "the U.N. agency", "the Search Unit's office": a definite description whose head is a generic
 * organisation noun and whose other words are a name that an earlier source bears.
 */
function namedDescription(phrase: string, at: number, known: KnownSource[]): KnownSource | null {
  const m = /^(?:the|this|that)\s+(.+)\s+(\p{Ll}+)$/iu.exec(phrase);
  if (!m || !GENERIC_ORG_HEADS.has(m[2]!.toLowerCase())) return null;
  const modifier = m[1]!.replace(/['’]s$/, '');
  if (!/^\p{Lu}/u.test(modifier) || modifier.split(/\s+/).length > 3) return null;
  const key = nameKey(modifier);
  let best: KnownSource | null = null;
  for (const k of known) {
    if (k.start >= at || !k.entity || k.entity.kind === 'person' || k.entity.kind === 'document') continue;
    const own = nameKey(k.name);
    // ("the UN agency" after "the United Nations Children's Fund": an acronym the name's initials open with.)
    const initials = k.name
      .split(/\s+/)
      .filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
      .map((w) => w[0]!.toLowerCase())
      .join('');
    const opensName = /^\p{Lu}{2,}$/u.test(modifier.replace(/\./g, '')) && initials.startsWith(key.replace(/\s/g, '')) && own !== key;
    if (!opensName && (own === key || !` ${own} `.includes(` ${key} `))) continue;
    if (!best || k.start > best.start) best = k;
  }
  return best;
}

/**
 * "Police", "the police", "the army": a bare state body refers to the named body with that head
 * word introduced before ("the Velmar National Police"), the nearest one; else null.
 */
function namedBodyBefore(phrase: string, at: number, mentions: SpeakerMention[], known: KnownSource[]): { name: string; entity?: SourceEntity | null } | null {
  const head = phrase.replace(/^(?:the)\s+/i, '').toLowerCase();
  if (!STATE_BODY_NOUNS.has(head) || head === 'authorities' || head === 'government') return null;
  const word = new RegExp(`(?:^|\\s)${head[0]!.toUpperCase()}${head.slice(1)}(?:\\s|$)`);
  let best: { name: string; start: number; entity?: SourceEntity | null } | null = null;
  for (const k of known) if (k.start < at && isNamed(k.name) && word.test(k.name) && (!best || k.start > best.start)) best = k;
  for (const m of mentions)
    if (m.kind === 'org' && m.start < at && isNamed(m.name) && word.test(m.name) && (!best || m.start > best.start))
      best = { name: m.name, start: m.start, entity: sourceEntity(m.name) };
  return best;
}

/**
 * "activists counted 14 dead" after "Ahwazi activists say …": a bare plural group noun is the group
 * of that noun the report named before with a proper modifier (bare-group-named-before), not
 * any group of its kind. A group named with a common modifier ("local activists") is not carried.
 */
function namedGroupBefore(phrase: string, at: number, known: KnownSource[]): KnownSource | null {
  const head = uncapitalised(phrase);
  if (!/^\p{Ll}+s$/u.test(head) || !GROUP_NOUNS.has(head)) return null;
  let best: KnownSource | null = null;
  for (const k of known) {
    const words = k.name.split(/\s+/);
    // (A modifier capitalised only as its sentence's first word, "Local activists", is no name.)
    const proper = /^\p{Lu}/u.test(words[0]!) && (!k.opensSentence || countryOf(words[0]!) !== null);
    if (k.start < at && words.length >= 2 && words.at(-1) === head && proper && words.slice(0, -1).every((w) => /^\p{L}/u.test(w)))
      if (!best || k.start > best.start) best = k;
  }
  return best;
}

/**
 * Can a list line's label be who tells its figures? A proper name ("Amnesty International", "HRW")
 * or a phrase whose head is a noun of a body, an office, an outlet or people ("Rights groups",
 * "Interior ministry", "State media"); not one ending on another common noun ("Orr marshes").
 */
function labelNamesTeller(label: string): boolean {
  // "Shootout in Culiacan: 4 dead", "Ambush near Gao: …": the event a place follows, no teller
  // ("Police in Lagos: …" still is one).
  const placed = /^(\S+(?:\s+\S+)?)\s+(?:in|near|at|outside|on)\s+\p{Lu}/u.exec(label.trim());
  if (placed) {
    const before = placed[1]!.split(/\s+/);
    // (An acronym is a body's name: "UNHCR in Chad: …".)
    return before.length === 1 ? /^\p{Lu}{2,}$/u.test(before[0]!) || sourceHeadNoun(before[0]!.toLowerCase()) : labelNamesTeller(placed[1]!);
  }
  const words = label.trim().split(/\s+/);
  const head = words.at(-1) ?? '';
  // ("Kessel state: …", "Orvan Province: …": an area named by its kind labels where, not who.)
  if (words.length > 1 && SEATED_AREAS.has(head.toLowerCase()) && /^\p{Lu}/u.test(words.at(-2)!)) return false;
  // ("Casualties: 2 KIA", "Reported deaths: 5": a label of harm names what is counted, no teller.)
  if (CATEGORY_CUES.has(head.toLowerCase()) || head.toLowerCase() === 'casualties') return false;
  // ("Cleaners: 3 dead, 4 injured", "Drivers: 2 dead": people no teller is named by, the
  // ones the figures count; "Witnesses: …", "Officials: …" still tell.)
  const low = head.toLowerCase();
  const singular = low.replace(/s$/, '');
  if (words.length === 1 && personNoun(low)?.plural && ![low, singular].some((w) => GROUP_NOUNS.has(w) || ROLE_NOUNS.has(w) || STAFF_NOUNS.has(w)))
    return false;
  if (/^\p{Lu}/u.test(head) || !/^\p{L}/u.test(head)) return true;
  return sourceHeadNoun(head.toLowerCase());
}

/** A name folded for comparison: "U.N." = "UN", case and punctuation aside. */
const nameKey = (name: string) =>
  name
    .replace(/\./g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface ResolvedName {
  name: string | null;
  unresolved: boolean;
  entity?: SourceEntity | null;
  rule?: SourceRefinement;
}

/** "Deputy Interior" -> "Interior"; "Prime" -> null: the department a title before "Minister" names. */
function departmentOf(title: string): string | null {
  const words = title.split(/\s+/);
  while (words.length && MINISTER_RANK_WORDS.has(words[0]!.toLowerCase())) words.shift();
  return words.length && !MINISTERS_OF_NO_MINISTRY.has(words[0]!.toLowerCase()) ? words.join(' ') : null;
}

/** The ministry named last before `at`: a source whose name holds "Ministry", or the ministry a minister's title names ("Interior Minister" -> "Interior Ministry"). */
function ministryNamedBefore(at: number, mentions: SpeakerMention[], known: KnownSource[]): string | null {
  const ministryIn = (name: string | null | undefined): string | null => {
    if (!name) return null;
    const body = MINISTRY_NAME.exec(name)?.[0];
    if (body) return body;
    const before = MINISTER_TITLE.exec(name);
    const department = before ? departmentOf(before[1]!) : MINISTER_OF_TITLE.exec(name)?.[1];
    return department ? (before ? `${department} Ministry` : `Ministry of ${department}`) : null;
  };
  const found = [
    ...mentions.flatMap((m) => [
      { name: ministryIn(m.name), start: m.start },
      { name: ministryIn(m.role), start: m.start },
    ]),
    ...known.map((k) => ({ name: ministryIn(k.name), start: k.start })),
  ].filter((f) => f.name !== null && f.start < at);
  return found.reduce<{ name: string | null; start: number } | null>((last, f) => (!last || f.start >= last.start ? f : last), null)?.name ?? null;
}

function resolveName(raw: string, at: number, mentions: SpeakerMention[], known: KnownSource[], wire: string | null = null): ResolvedName {
  const trimmed = raw.trim();
  if (!trimmed) return { name: null, unresolved: false };
  // "According to her", "quoted him as saying": a pronoun as object is the one it refers to.
  const objective = OBJECT_PRONOUNS.get(trimmed.toLowerCase());
  if (objective) return resolveName(objective, at, mentions, known, wire);
  // "Interior Minister Ana Ruiz … Ruiz said": a lone surname of a person named before is that person,
  // even where the gazetteer knows a town of that name.
  if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(trimmed)) {
    const person = mentions.find((m) => m.kind === 'person' && m.start < at && m.name.endsWith(` ${trimmed}`));
    if (person) return { name: person.name, unresolved: false, entity: sourceEntity(person.name) };
  }
  // "SARELLE, June 2 (Reuters) — … according to a tally by the news agency": the agency whose dateline opens the report.
  // (Not a bare "the agency" after a body described as one, "the prison agency, Sepra, said": that body.)
  const agencyNamed =
    /^the\s+agency$/i.test(trimmed) && known.some((k) => k.start < at && k.entity?.kind !== 'person' && /\bagency$/i.test(k.name) && k.name !== wire);
  if (wire && WIRE_REFERENCE.test(trimmed) && !agencyNamed) return { name: wire, unresolved: false, entity: sourceEntity(wire), rule: 'definite-description' };
  // "a tally by the news agency", "the report by the group": a document's author, read as any other name.
  // ("a count compiled at the time by Orvan Radio": the participle and a time between the document and its author.)
  const by =
    /^(?:(?:an?|the|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}]+)(?:\s+\p{Ll}+(?:ed|en)\s+(?:at|on|in|last|this)(?:\s+\p{L}+){1,2})?\s+by\s+(\S.*)$/u.exec(
      trimmed,
    );
  if (by && DOCUMENT_NOUNS.has(by[1]!)) return resolveName(by[2]!, at, mentions, known, wire);
  // "Three of them told researchers", "Some of them said": a share of a group speaks for the group "them" refers to.
  const share = /^(?:\p{L}+)\s+of\s+them$/iu.exec(trimmed);
  if (share) return resolveName('they', at, mentions, known, wire);
  // "“We have counted 40 bodies,” said Dr Hassan": the first person is whoever speaks the quote.
  if (/^(?:we|i)$/i.test(trimmed)) return { name: null, unresolved: false };
  // "on the guild's tally" (its article left behind): a document a body's common noun holds is that body's.
  // ("monitoring group's latest report": a body's head with its modifier.)
  const bareHolder = /^((?:\p{Ll}[\p{Ll}-]+\s+)?\p{Ll}[\p{Ll}-]+)['’]s\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)$/u.exec(trimmed);
  if (bareHolder && DOCUMENT_NOUNS.has(bareHolder[2]!) && personNoun(bareHolder[1]!.split(' ').pop()!)?.kind !== 'person') {
    const r = resolveName(`the ${bareHolder[1]!}`, at, mentions, known, wire);
    if (r.name && r.name.toLowerCase() !== bareHolder[1]) return { ...r, rule: r.rule ?? 'definite-description' };
  }
  // "Its spokesman added", "the group's spokeswoman said": who speaks for a body gives the body's figures.
  // "Its researchers counted", "the group's director said": a body's staff give its figures too
  // (not "their families": "their" may be anyone's).
  const staff = /^(its|(?:the|this|that)\s+[\p{Ll}-]+['’]s)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)$/u.exec(
    trimmed.replace(/^(?:Its|The|This|That)\b/, (w) => w.toLowerCase()),
  );
  // ("Four people were brought in dead, a spokesperson said": one who speaks for no body named speaks for the one before.)
  const speaksFor =
    /^(its|their|(?:the|this|that)\s+[\p{Ll}-]+['’]s)\s+(?:spokesman|spokeswoman|spokesperson|press office|press service)$/iu.exec(trimmed) ??
    (/^an?\s+(?:spokesman|spokeswoman|spokesperson)$/i.test(trimmed) ? ['', 'its'] : null) ??
    (staff && (STAFF_NOUNS.has(staff[2]!) || ROLE_NOUNS.has(staff[2]!)) ? staff : null);
  // "According to its database", "the group's latest tally": a document held by a body is that body's report.
  // ("Its overview put 683 …": after "its", any noun that names no people is what the body holds.)
  const held =
    !speaksFor &&
    staff &&
    ((DOCUMENT_NOUNS.has(staff[2]!) && /^(?:its|their|(?:the|this|that)\s)/i.test(staff[1]!)) || (staff[1] === 'its' && personNoun(staff[2]!) === null))
      ? staff
      : null;
  if (held) {
    const owner = /^(?:its|their)$/i.test(held[1]!) ? (held[1]!.toLowerCase() === 'its' ? 'it' : 'they') : held[1]!.replace(/['’]s$/, '');
    const r = resolveName(owner, at, mentions, known);
    if (r.name) return { ...r, rule: r.rule ?? 'definite-description' };
  }
  // "The hospital's director told …", "its medical superintendent said": one who runs a hospital or a
  // morgue tells what they saw there, and is the teller a reader would name (not the building).
  const facilityHead = speaksFor === staff && staff && ROLE_NOUNS.has(staff[2]!) && !/^spokes/.test(staff[2]!) ? staff[1]!.toLowerCase() : null;
  if (facilityHead && SCOPE_CARE_FACILITY_NOUNS.has(facilityHead.replace(/^(?:the|this|that)\s+/, '').replace(/['’]s$/, ''))) {
    const name = trimmed.replace(/^(?:the|this|that)\s+/i, '');
    return { name, unresolved: false, entity: sourceEntity(name) ?? undefined, rule: 'facility-head' };
  }
  if (speaksFor) {
    const owner = /^(?:its|their)$/i.test(speaksFor[1]!) ? (speaksFor[1]!.toLowerCase() === 'its' ? 'it' : 'they') : speaksFor[1]!.replace(/['’]s$/, '');
    const r = resolveName(owner, at, mentions, known);
    if (r.name) return { ...r, rule: r.rule ?? 'definite-description' };
  }
  // "… told the panel that his organisation had verified 324 deaths", "her office found": a body
  // named only by its head's possessive speaks through that person, the source a reader can name.
  // ("His office has registered seven": opening a sentence too.)
  const holders = /^(his|her)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)$/iu.exec(trimmed);
  // ("His emergency ward treated 23 survivors": a unit the person heads or works in, too.)
  if (holders && (GENERIC_ORG_HEADS.has(holders[2]!) || ORG_WORDS.has(holders[2]!) || OFFICE_WORDS.has(holders[2]!) || WORKPLACE_UNIT_NOUNS.has(holders[2]!))) {
    const r = resolveName(holders[1]!.toLowerCase() === 'his' ? 'he' : 'she', at, mentions, known);
    // ("The Ombudsman's Office gave … Ombudsman Diego Narvaez said … His office has registered": the
    // body named before with that head, which the person heads, is the office meant.)
    const head = holders[2]!.toLowerCase();
    const person = r.name ? known.findLast((k) => k.name === r.name && k.start < at) : undefined;
    const body =
      person &&
      known.findLast(
        (k) => k.start < person.start && k.entity?.kind !== 'person' && k.name.split(/\s+/).at(-1)?.toLowerCase() === head && /\p{Lu}/u.test(k.name),
      );
    if (body) return { name: body.name, unresolved: false, entity: body.entity, rule: 'definite-description' };
    if (r.name) return { ...r, rule: 'pronoun-antecedent' };
  }
  // "A ministry spokesman said …" after "Interior Minister Ana Ruiz" or "the Interior Ministry": who
  // speaks for the ministry named last before, by its name or its minister's title. (Not a bare "the
  // ministry": the report's other references decide that one.)
  const ministry = /^(?:(?:an?|the)\s+)?ministry\s+(\p{Ll}+)$/iu.exec(trimmed);
  if (ministry && (STAFF_NOUNS.has(ministry[1]!) || ROLE_NOUNS.has(ministry[1]!))) {
    const named = ministryNamedBefore(at, mentions, known);
    if (named) {
      const name = `${named} ${ministry[1]}`;
      return { name, unresolved: false, entity: sourceEntity(name), rule: 'definite-description' };
    }
  }
  // "Ruritania's defence minister": a role scoped by a possessive may name a person introduced before.
  const scopedRole = /^(?:\p{Lu}\S*\s+){0,2}\p{Lu}\S*['’]s\s+\p{Ll}[\p{Ll}\s-]*$/u.test(trimmed);
  if (isPronoun(trimmed) || /^(?:the|this|that)\s+\S+/i.test(trimmed) || !/\p{Lu}/u.test(trimmed) || scopedRole) {
    const found = resolveAnaphor(trimmed, at, mentions, known);
    // ("according to residents and a volunteer rescue team … by the rescue team's count": the one of
    // the joined tellers the description names by its head.)
    // ("The observers counted …" after "its network of field observers": the members it names.)
    const r0 = found && !isPronoun(trimmed) ? (conjunctNamed(found, trimmed) ?? membersNamed(found, trimmed) ?? found) : found;
    const r = r0 && !insurgentForStateBody(trimmed, r0) ? r0 : null;
    if (r)
      return {
        name: r,
        unresolved: false,
        // (A body a description refers to that no source named before, a heading's "Velmar Commission
        // on …" for "The commission", is read for its kind: "it" refers back only to a known kind.)
        entity: known.find((k) => k.name === r)?.entity ?? (r === found ? bodyEntity(r) : (sourceEntity(r) ?? undefined)),
        rule: !isPronoun(trimmed)
          ? 'definite-description'
          : known.findLast((k) => k.name === r)?.role === 'subject'
            ? 'subject-antecedent'
            : 'pronoun-antecedent',
      };
    if (isPronoun(trimmed)) return { name: null, unresolved: true };
  }
  // "The army said …" after "the Velmar Armed Forces said …": a bare state body is the body of
  // that head the report named before (bare-body-named-before). Not a force seated in every town
  // ("police said", after "the National Police Service said"): any of its forces may be meant.
  const seated = SEATED_FORCES.has(trimmed.toLowerCase());
  const body = seated ? null : (namedBodyBefore(trimmed, at, mentions, known) ?? namedGroupBefore(trimmed, at, known));
  if (body && !insurgentForStateBody(trimmed, body.name)) return { name: body.name, unresolved: false, entity: body.entity, rule: 'definite-description' };
  // "The U.N. agency" after "the U.N. human rights office": a generic head whose name word
  // repeats an earlier source's is that source, not a new one.
  const named = namedDescription(trimmed, at, known);
  if (named) return { name: named.name, unresolved: false, entity: named.entity, rule: 'definite-description' };
  // "the report", "the latest information": the report under way, whose author was named before.
  const described = GENERIC_DOCUMENT.test(trimmed) ? trimmed.toLowerCase().split(/\s+/).pop()! : authorlessDocument(trimmed);
  if (described) {
    const author = authorBefore(at, known, described);
    return author ? { name: author.name, unresolved: false, entity: author.entity } : { name: null, unresolved: true };
  }
  // "Mayor Ana Ruiz and police chief Ivo Brandt said": two persons joined as one subject; the
  // first named speaks for both (first-conjunct), as a joint source is matched by its first name.
  const persons = / and /.test(trimmed) ? mentions.filter((m) => m.kind === 'person' && /\s/.test(m.name) && m.start >= at && m.end <= at + raw.length) : [];
  if (persons.length >= 2 && trimmed.slice(persons[0]!.end - at, persons[1]!.start - at).includes(' and ')) {
    const first = persons[0]!;
    return {
      name: first.name,
      unresolved: false,
      entity: { country: null, alias: null, ...sourceEntity(first.name), name: first.name, kind: 'person', role: first.role },
      rule: 'first-conjunct',
    };
  }
  // "Fars said …" after "the semi-official Fars news agency said": a body's first name word alone
  // is that body, where the word alone is no source (a place's name, as "Fars" is). A word that
  // names a source by itself ("Viasna", "Amnesty") stays as written: the tally's source names
  // match it with the longer name (src/sources/names.ts).
  // ("the Velm Red Cross said … Red Cross volunteers treated 64 patients": a body's staff, named by the
  // body's name without the words the report gave it first, speak for that body (staff-of-body).)
  const staffOf = /^((?:\p{Lu}[\p{L}'’-]*\s+){1,4})(\p{Ll}+)$/u.exec(trimmed);
  if (staffOf && STAFF_NOUNS.has(staffOf[2]!)) {
    const owner = staffOf[1]!.trim();
    const body = known.findLast(
      (k) => k.start < at && (k.entity?.kind === 'organisation' || k.entity?.kind === 'office') && k.name !== owner && k.name.endsWith(` ${owner}`),
    );
    if (body) return { name: body.name, unresolved: false, entity: body.entity, rule: 'staff-of-body' };
  }
  // ("The Department of Relief Affairs (DoRA) … according to DoRA": the short name given for a body is a body's, however it reads.)
  const given = sourceEntity(trimmed);
  const read =
    given?.kind === 'person' && mentions.some((m) => m.kind === 'org' && m.alias === trimmed && m.start < at)
      ? { ...given, kind: 'organisation' as const }
      : given;
  const short = read ? null : shortNameOf(trimmed, at, known);
  if (short) return { name: short.name, unresolved: false, entity: short.entity, rule: 'short-name' };
  const entity = personInTitle(read, trimmed, at, mentions);
  const found: ResolvedName = { name: entity?.name ?? null, unresolved: false, entity };
  if (entity?.rule) found.rule = entity.rule;
  return found;
}

/** The latest body named before `at` whose name of several words opens with the one capitalised word `word` ("Fars" for "Fars news agency"). */
function shortNameOf(word: string, at: number, known: KnownSource[]): KnownSource | null {
  if (!/^\p{Lu}[\p{L}-]+$/u.test(word)) return null;
  let best: KnownSource | null = null;
  for (const k of known) {
    if (k.start >= at || !k.entity || !['organisation', 'outlet'].includes(k.entity.kind)) continue;
    const words = k.name.split(/\s+/);
    const first = words.find((w) => /^\p{Lu}/u.test(w));
    if (words.length > 1 && first === word && first !== words[words.length - 1] && (!best || k.start > best.start)) best = k;
  }
  return best;
}

/**
 * "State Minister of Defence Ana Ruiz said": a capitalised title of several words before a
 * person's name; the mention read there splits it (the name, and the title as the role).
 */
function personInTitle(entity: SourceEntity | null, raw: string, at: number, mentions: SpeakerMention[]): SourceEntity | null {
  if (!entity) return entity;
  const m = mentions.find(
    (m) => m.kind === 'person' && m.role && m.start > at && m.start < at + raw.length && entity.name.endsWith(` ${m.name}`) && /\s/.test(m.name),
  );
  return m ? { ...entity, name: m.name, kind: 'person', role: m.role } : entity;
}

/** "HRC Viasna reports that", "the ministry reports 5 deaths" — not "credible reports putting …". */
function readsAsVerb(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev) return false;
  // "well short of other counts:", "both estimates": a plural after a determiner is a noun.
  // ("by the Varno Monitor's estimate": a possessive's noun.)
  if (NOUN_MARKING_WORDS.has(prev.lower) || /['’]s$/.test(prev.text)) return false;
  // ("The army rejected claims that 200 were killed": the object of a verb of rejecting, a modifier or two
  // between, "dismissed opposition claims that …".)
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    // (Not a relative clause's verb on the subject: "officials who questioned residents claim that …".)
    if (DISPUTING_VERBS.has(tokens[k]!.lower)) {
      if (!RELATIVE_PRONOUNS.has(tokens[k - 1]?.lower ?? '')) return false;
      break;
    }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text)) break;
  }
  // ("according to opposition and foreign estimates, as …": no verb follows an adjective.)
  if (describesDocument(prev.text)) return false;
  // ("Citing reports by the commission, she said": a participle opening the sentence governs the noun after it.)
  if (i === 1 && FIGURE_CLOSING_ASIDES.has(prev.lower)) return false;
  if (objectOfPastVerb(tokens, i)) return false;
  // ("A paramedic who is barred from being named estimates that …": a relative clause on the subject ends on its passive.)
  if (
    /^\p{Ll}+ed$/u.test(prev.text) &&
    PASSIVE_AUXILIARIES.has(tokens[i - 2]?.lower ?? '') &&
    tokens.slice(Math.max(0, i - 10), i - 2).some((w) => RELATIVE_PRONOUNS.has(w.lower))
  )
    return true;
  if (/^\p{Lu}/u.test(prev.text) || prev.text === ')' || isPronoun(prev.text) || VERB_MARKING_ADVERBS.has(prev.lower)) return true;
  // "Justina Mamani, who leads the federation, claims …": after a relative clause set off on a name.
  if (prev.text === ',') {
    for (let k = i - 2; k > 0 && k > i - 25; k--) {
      if (tokens[k]!.text !== ',') continue;
      // ("The Alliance for Renewal, to which Sane belongs, puts …": a preposition may open it.)
      const opener = /^\p{Ll}+$/u.test(tokens[k + 1]?.text ?? '') && ['which', 'whom'].includes(tokens[k + 2]?.lower ?? '') ? k + 2 : k + 1;
      if (['who', 'which', 'whom'].includes(tokens[opener]?.lower ?? '') && /^[\p{Lu})]/u.test(tokens[k - 1]!.text)) return true;
      // ("The Orvan Casualty Monitor, run by volunteer medics, puts …": after a participle's phrase set off on a name.)
      const participle = tokens[k + 1]!.text;
      if ((/^\p{Ll}+ed$/u.test(participle) || IRREGULAR_PARTICIPLES.has(participle)) && /^[\p{Lu})]/u.test(tokens[k - 1]!.text)) return true;
      // ("The Orvan Rights Coalition, a network of rights groups, puts …": after a description in apposition to a name.)
      if (['a', 'an', 'the'].includes(participle.toLowerCase()) && /^[\p{Lu})]/u.test(tokens[k - 1]!.text) && k > 1) return true;
      break;
    }
  }
  // "as opposition puts protest toll at 35": "puts … at" a figure within a few words is the verb of putting a count,
  // after a bare noun opening its clause (not "an AFP tally based on official sources puts …").
  // ("The opposition estimates the toll at 50": a noun with its article opening the sentence too.)
  const opensClause = (k: number) => k < 0 || ['as', 'while', 'and', 'but', 'whereas'].includes(tokens[k]!.lower);
  // ("The exiled party puts the number above 2,000": a modifier or two between article and noun.)
  // ("The farmers' union puts …": a plural's possessive among them.)
  const articled =
    i >= 2 &&
    i <= 5 &&
    ['the', 'a', 'an'].includes(tokens[0]!.lower) &&
    tokens.slice(1, i).every((t, k) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || (/^['’]$/.test(t.text) && k > 0 && /s$/.test(tokens[k]!.text)));
  // ("The rights office, headed by Ana Ruiz, puts the month's toll at 48": after an aside set off on the subject.)
  const asideOpen = prev.text === ',' ? tokens.slice(Math.max(0, i - 14), i - 1).findLastIndex((t) => t.text === ',') : -1;
  const aside = asideOpen >= 0 && /^\p{Ll}+(?:ed|ing)$/u.test(tokens[Math.max(0, i - 14) + asideOpen + 1]?.text ?? '');
  // ("Monitoring group puts toll at 163", "Velmar: monitoring group's latest report puts …": a headline's bare
  // noun phrase opening it or its part after a colon.)
  const opening = tokens.findLastIndex((t, k) => k < i && t.text === ':') + 1;
  const bare =
    i - opening >= 1 &&
    i - opening <= 5 &&
    tokens.slice(opening, i).every((t, k) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || (k === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text)) || /^['’]s$/.test(t.text));
  if (['puts', 'estimates'].includes(tokens[i]!.lower) && (opensClause(i - 2) || articled || aside || bare))
    for (let k = i + 2; k < i + 6 && k + 1 < tokens.length; k++) {
      // ("puts that count at nearly 9,000": a qualifier before the figure.)
      let figure = k + 1;
      while (figure < k + 4 && SCOPE_QUANTITY_QUALIFIERS.has(tokens[figure]?.lower ?? '')) figure++;
      if (FIGURE_SETTING_PREPOSITIONS.has(tokens[k]!.lower) && /^\d/.test(tokens[figure]?.text ?? '')) return true;
    }
  if (!next) return false;
  // ("The network counts at least 1,900 arrests": a figure's qualifiers may come first.)
  let k = i + 1;
  while (k < i + 3 && SCOPE_QUANTITY_QUALIFIERS.has(tokens[k]?.lower ?? '') && tokens[k + 1]) k++;
  // ("The ministry reports, in a statement, that …": before a comma only after a subject its article opens;
  // "clinic or morgue records, and" and "district office records, over" end a noun phrase.)
  let d = i - 1;
  while (d > 0 && d > i - 5 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[d]!.text) && !ARTICLES.has(tokens[d]!.lower)) d--;
  const subjectOpened = d < i - 1 && ARTICLES.has(tokens[d]!.lower) && (d === 0 || opensClause(d - 1) || tokens[d - 1]!.text === ',');
  return next.lower === 'that' || next.text === ':' || (next.text === ',' && subjectOpened) || /^\d/.test(tokens[k]!.text);
}
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their']);

/**
 * "Church groups circulated estimates that …", "passed around estimates that …": a noun of stating
 * right after a verb in the past (and its particle) is that verb's object. Not after an auxiliary
 * ("asked not to be named estimates that") nor inside a relative clause ("those who fled estimate").
 */
function objectOfPastVerb(tokens: Token[], i: number): boolean {
  const verbAt = PASSING_PARTICLES.has(tokens[i - 1]!.lower) || tokens[i - 1]!.lower === 'around' ? i - 2 : i - 1;
  const verb = tokens[verbAt];
  const subject = tokens[verbAt - 1];
  if (!verb || !subject || !/^\p{Ll}+ed$/u.test(verb.text)) return false;
  // (The word before the verb ends its subject: a name or a plural, not "those" or "be".)
  if (!/^\p{Lu}/u.test(subject.text) && !/^\p{Ll}+s$/u.test(subject.text)) return false;
  if (AUXILIARIES.has(subject.lower) || DETERMINERS.has(subject.lower)) return false;
  return !tokens.slice(Math.max(0, verbAt - 8), verbAt).some((w) => RELATIVE_PRONOUNS.has(w.lower));
}

/** "its interim report", "their second joint statement": a document's noun after a determiner and one or two adjectives. */
function describedDocumentNoun(tokens: Token[], i: number): boolean {
  for (let d = i - 1; d >= i - 3 && d >= 0; d--) {
    if (d < i - 1 && DOCUMENT_DETERMINERS.has(tokens[d]!.lower)) return true;
    const w = tokens[d]!;
    if (!/^\p{Ll}+$/u.test(w.text) || !(SOURCE_PREMODIFIERS.has(w.lower) || tag(w.lower)[0]?.pos === 'ADJ' || SCOPE_ORDINALS.has(w.lower))) return false;
  }
  return false;
}

/**
 * "Iran dismisses report that …", "Minister rejects claims": a word right after a finite verb is
 * its object, not a second verb. (Read only after a present-tense verb: after "-ed" a participle may close a relative clause, "a doctor who asked not to be named said".)
 */
function afterFiniteVerb(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !/^\p{Ll}+(?:es|ts|ns|ks)$/u.test(prev.text)) return false;
  return tag(`${prev.text} ${tokens[i]!.text}`)[0]?.pos === 'VERB';
}

/** "claimed responsibility", "claimed credit", "claimed the bombing": the object is an act, not a statement. */
function claimsAnAct(tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (['the', 'a', 'an', 'its', 'their'].includes(tokens[k]?.lower ?? '')) k++;
  if (CLAIMED_ACT_OBJECTS.has(tokens[k]?.lower ?? '')) return true;
  // "The landslide claimed nine lives", "claimed at least 40 lives", "claimed the lives of 12": a harm taken, no statement.
  for (let j = k; j < tokens.length && j < k + 5; j++) {
    // ("claimed 30 lives were lost": lives a clause goes on to tell of are what the claim states.)
    if (tokens[j]!.lower === 'lives') return !AUXILIARIES.has(tokens[j + 1]?.lower ?? '');
    if (!(/^\d/.test(tokens[j]!.text) || NUMBER_STARTS.has(tokens[j]!.lower) || SCOPE_QUANTITY_QUALIFIERS.has(tokens[j]!.lower))) break;
  }
  // "claimed the [market] attack": an event noun within a short object.
  for (let j = k; j < tokens.length && j < k + 3; j++) {
    if (EVENT_HEAD_NOUNS.has(tokens[j]!.lower)) return true;
    if (!/^[\p{L}-]+$/u.test(tokens[j]!.text)) break;
  }
  return false;
}

/**
 * "A researcher who has been tallying deaths in real time issued a count": the subject stands
 * before a relative clause that ends on the verb; else the plain subject.
 */
function subjectPastRelative(tokens: Token[], i: number): ReturnType<typeof subjectBefore> {
  // ("Officials in the southern provinces revised the toll": the people before a place, not the place.)
  const plain = speakerBeforePlace(tokens, subjectBefore(tokens, i));
  const rel = relativeOpening(tokens, i);
  return rel > 0 ? (speakerBeforePlace(tokens, subjectBefore(tokens, rel)) ?? plain) : plain;
}

/** "who asked not to be named", "who has tracked": the relative pronoun at `k` is its clause's subject (a verb or an adverb next). */
function pronounIsSubject(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next) return false;
  return SUBJECT_RELATIVE_TAGS.has(tag(`${tokens[k]!.lower} ${next.lower} ${tokens[k + 2]?.lower ?? ''}`.trim())[1]?.pos ?? '');
}
const SUBJECT_RELATIVE_TAGS = new Set(['VERB', 'AUX', 'ADV', 'PART']);

/**
 * "a joint survey by UNICEF, two charities and the district office counted 80": a subject read
 * back to a comma after an agent's name ("by UNICEF,") is the rest of the agents' list, no subject of
 * its own; the document's author, read at "by", speaks.
 */
function authorListConjunct(tokens: Token[], from: number): boolean {
  if (tokens[from - 1]?.text !== ',') return false;
  let k = from - 2;
  // ("By Saturday, the lawyers said": a time after "by" is no agent.)
  while (k > 0 && k > from - 7 && /^\p{Lu}/u.test(tokens[k]!.text) && !DAY_AND_MONTH_NAMES.has(tokens[k]!.lower)) k--;
  if (k < from - 2 && tokens[k]?.lower === 'the') k--;
  return k < from - 2 && tokens[k]?.lower === 'by';
}

/** Marks that open or close an aside. */
const ASIDE_MARKS = new Set(['-', '–', '—', '(', ')']);

/** How many words before a verb a relative clause on its subject may open ("who asked not to be named because …"). */
const RELATIVE_REACH = 20;

/** Where a relative clause ending on the verb at `i` opens ("who has been tallying deaths said"), or -1. */
function relativeOpening(tokens: Token[], i: number): number {
  for (let k = i - 1; k > 0 && k >= i - RELATIVE_REACH; k--) {
    const w = tokens[k]!.lower;
    // ("who asked not to be named because staff had been warned not to speak": a verb of speech in
    // the passive or before "not"/"to" reports nothing of its own.)
    // ("a nurse who spoke on condition of anonymity said": the relative clause's own verb of speech, after its pronoun.)
    // ("who would not give his name said", "who refused to give his name said": a verb denied or in the infinitive reports nothing either.)
    const reports =
      REPORTING_VERBS.has(w) &&
      !PASSIVE_AUX.has(tokens[k - 1]!.lower) &&
      !['who', 'not', "n't", 'never', 'to'].includes(tokens[k - 1]!.lower) &&
      !['not', 'to'].includes(tokens[k + 1]?.lower ?? '');
    // (A dash or a bracket closes an aside: "three men - the site owner and two builders who did the work - an inspector said".)
    if (w === ',' || w === ';' || ASIDE_MARKS.has(w) || reports) return -1;
    if (w === 'who' || w === 'which') return k;
    // "The doctors' committee that has tracked casualties since December says": "that" after a body or people.
    const before = tokens[k - 1]!;
    if (w === 'that' && (GENERIC_ORG_HEADS.has(before.lower) || GROUP_NOUNS.has(before.lower) || ORG_WORDS.has(before.lower) || !!personNoun(before.lower)))
      return k;
  }
  return -1;
}

/** "gave / issued / updated its figures": a document's object within a few words of the verb. */
function releasesDocument(tokens: Token[], i: number): boolean {
  // ("lowered to 18 the number missing": the new value may come before the figure it sets.)
  const fronted = tokens[i + 1]?.lower === 'to' && /^\d[\d,.]*$/.test(tokens[i + 2]?.text ?? '') ? 2 : 0;
  for (let k = i + 1 + fronted; k < tokens.length && k <= i + 4 + fronted; k++) {
    const w = tokens[k]!.lower;
    if (DOCUMENT_NOUNS.has(w) || FIGURE_NOUNS.has(w) || w === 'toll') return true;
    if (!/^[\p{L}-]+$/u.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** Who a quoting verb quotes "as saying" ("quoted the Health Ministry as saying", "cites the guild as saying"): their words' offsets, else null. */
function quotedAsSaying(tokens: Token[], i: number): { start: number; end: number } | null {
  if (!QUOTING_FORMS.has(tokens[i]!.lower) || !tokens[i + 1]) return null;
  let k = i + 1;
  while (k < tokens.length && k < i + 14 && !(tokens[k]!.lower === 'as' && /^(?:saying|stating|reporting|telling)$/.test(tokens[k + 1]?.lower ?? ''))) k++;
  return k < tokens.length && k < i + 14 && k > i + 1 ? { start: tokens[i + 1]!.start, end: tokens[k - 1]!.end } : null;
}

/**
 * The comma opening a relative clause that the comma at `close` ends ("Residents, who fled, …", "the
 * families, many of whom …"), else -1.
 */
function relativeAsideOpen(tokens: Token[], close: number): number {
  for (let k = close - 1; k > 0 && k > close - 15; k--) {
    if (tokens[k]!.text !== ',') continue;
    const opener = tokens[k + 2]?.lower === 'of' ? k + 3 : k + 1;
    return RELATIVE_PRONOUNS.has(tokens[opener]?.lower ?? '') && opener < close - 1 ? k : -1;
  }
  return -1;
}

/**
 * Where the verb group of a verb of knowing starts (the index its subject is read back from), or
 * null: "believes"/"has tracked" (KNOWING_VERBS, active), "has information"/"had reports" (a
 * holding verb with HELD_KNOWLEDGE_NOUNS next), "is aware of", "was able to verify".
 */
function knowingVerbAt(tokens: Token[], i: number): number | null {
  const t = tokens[i]!;
  // (Asked of every word: the capital is read from its first code.)
  if (i > 0 && startsCapitalised(t.text)) return null;
  if (KNOWING_VERBS.has(t.lower)) {
    // "were believed", "the wounded treated at …", "a list kept by …": passive or participial, not the subject's knowing.
    // "tracked down 40 suspects": a phrasal verb of acting, not of knowing.
    // ("believes up to 40 were killed": "up to" qualifies the figure.)
    const upTo = tokens[i + 1]?.lower === 'up' && tokens[i + 2]?.lower === 'to';
    if (isPassive(tokens, i) || (['by', 'as', 'down', 'up', 'off', 'out'].includes(tokens[i + 1]?.lower ?? '') && !upTo)) return null;
    if (KNOWING_VERB_COMPOUNDS.get(t.lower)?.has(tokens[i + 1]?.lower ?? '')) return null;
    // ("dozens of children feared among the dead", "40 feared dead": a headline's passive hedge, no one's knowing.)
    if (/ed$/.test(t.lower) && (tokens[i + 1]?.lower === 'among' || CATEGORY_CUES.has(tokens[i + 1]?.lower ?? ''))) return null;
    if (/ed$/.test(t.lower) && !/^\p{L}/u.test(tokens[i - 1]?.text ?? '')) return null;
    // "fear" and "cite" are nouns too: read as verbs after a name, a pronoun or a plural subject only.
    // ("Herders, several of whom lost cattle, fear …": after a relative clause set off on such a subject.)
    const subjectEnd = tokens[i - 1]?.text === ',' ? relativeAsideOpen(tokens, i - 1) - 1 : i - 1;
    if (
      ['fear', 'cite', 'believe', 'think', 'suspect'].includes(t.lower) &&
      !/^(?:\p{Lu}|they|we)/u.test(tokens[subjectEnd]?.text ?? '') &&
      !/s$/.test(tokens[subjectEnd]?.lower ?? '') &&
      // ("… hospital staff believe", "people fear": a noun of people that is plural without an s.)
      !severalPeople(tokens[subjectEnd]?.lower ?? '')
    )
      return null;
    return i;
  }
  // "as the government holds to 56", "police stand by their figure of 12": a body keeping to its count states it.
  const next = tokens[i + 1]?.lower;
  if (FIGURE_KEEPING_VERBS.has(t.lower) && (next === 'to' || (next === 'by' && FIGURE_STANDING_VERBS.has(t.lower))) && !isPassive(tokens, i)) return i;
  if (HOLDING_VERBS.has(t.lower) && !isPassive(tokens, i)) {
    let k = i + 1;
    if (['received', 'obtained', 'gathered', 'collected'].includes(tokens[k]?.lower ?? '')) return null; // read at the participle
    if (['credible', 'new', 'reliable', 'further', 'more', 'detailed', 'the', 'some'].includes(tokens[k]?.lower ?? '')) k++;
    return HELD_KNOWLEDGE_NOUNS.has(tokens[k]?.lower ?? '') ? i : null;
  }
  // "the clinic took in 600 wounded": a body receiving people counts them.
  if (['took', 'takes', 'taken'].includes(t.lower) && tokens[i + 1]?.lower === 'in' && !isPassive(tokens, i)) return i;
  if (t.lower === 'aware' && tokens[i + 1]?.lower === 'of' && ['is', 'are', 'was', 'were'].includes(tokens[i - 1]?.lower ?? '')) return i - 1;
  if (ABLE_TO_VERBS.has(t.lower) && tokens[i - 1]?.lower === 'to' && tokens[i - 2]?.lower === 'able') return i - 2;
  return null;
}

/**
 * The end of a phrase that opens on a name: "Velmar Watch reached 40" ends after "Watch" (a
 * lower-case word after the capitalised run is the clause's verb); other phrases keep their end.
 */
/** "a coalition of groups showing that …", "the network putting the toll at …": a present participle with its object after a head noun opens a clause of its own. */
const clauseParticiple = (tokens: Token[], j: number): boolean =>
  /\p{Ll}{3}ing$/u.test(tokens[j]!.text) && (PARTICIPLE_OBJECT_OPENERS.has(tokens[j + 1]?.lower ?? '') || /^\d/.test(tokens[j + 1]?.text ?? ''));

function nameRunEnd(tokens: Token[], from: number, to: number): number {
  let k = from;
  if (['the', 'a', 'an'].includes(tokens[k]?.lower ?? '')) k++;
  // "the independent monitoring group Civic Watch paint …": a description of up to three lower-case words, then the name.
  let described = k;
  while (described < to && described < k + 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[described]!.text)) described++;
  if (described > k && described < to && /^\p{Lu}/u.test(tokens[described]!.text)) k = described;
  if (!/^\p{Lu}/u.test(tokens[k]?.text ?? '')) {
    // "a report by the group found …": a verb of reporting ends an author written in lower case.
    for (let j = k + 1; j < to; j++) if (REPORTING_VERBS.has(tokens[j]!.lower) || SPEECH_VERBS.has(tokens[j]!.lower) || clauseParticiple(tokens, j)) return j;
    return to;
  }
  while (
    k < to &&
    (/^\p{Lu}/u.test(tokens[k]!.text) ||
      tokens[k]!.text === '.' ||
      // "the Teachers' Union": a plural's possessive mark inside a name.
      (["'", '’'].includes(tokens[k]!.text) && /s$/.test(tokens[k - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) ||
      (['of', 'for', 'and', 'the', 'de'].includes(tokens[k]!.lower) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) ||
      // "Office for the Coordination of …": "the" after the connector too.
      (['of', 'for'].includes(tokens[k]!.lower) && tokens[k + 1]?.lower === 'the' && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? '')))
  )
    k++;
  // ("the Orvan city government", "the Kessel state police": lower-case words after a place's name, closing on a body's noun, are the body's.)
  if (k > from && k < to) {
    let j = k;
    while (j < to && j < k + 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j]!.text) && !REPORTING_VERBS.has(tokens[j]!.lower) && !SPEECH_VERBS.has(tokens[j]!.lower))
      j++;
    const head = tokens[j - 1]?.lower ?? '';
    if (j > k && (OFFICE_WORDS.has(head) || GENERIC_ORG_HEADS.has(head) || STATE_BODY_NOUNS.has(head))) return j;
  }
  return k > from ? k : to;
}

const PARTICIPLE = /^(?:\p{Ll}+ed|said|told|found|known|shown|given|written|put|set)$/u;

/** "were reported", "are also said", "as reported by": the verb is passive; its subject is what is reported. */
/** Punctuation that ends a verb's phrase. */
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '.', '—', '–']);

function isPassive(tokens: Token[], i: number): boolean {
  if (!PARTICIPLE.test(tokens[i]!.lower)) return false;
  let p = i - 1;
  while (p > 0 && (/^\p{Ll}+ly$/u.test(tokens[p]!.text) || ['also', 'later', 'since', 'now', 'still', 'first'].includes(tokens[p]!.text))) p--;
  const aux = tokens[p]?.lower ?? '';
  // "as reported by X" but not "as Police reported"; "as" directly before the verb only.
  return PASSIVE_AUX.has(aux) && (aux !== 'as' || p === i - 1);
}

/**
 * Where the clause holding a coordinated verb at `i` opens: after the last semicolon before it, or
 * after a place or time phrase opening the sentence and closed by a comma ("In Abuja, police fired
 * tear gas and said …"); else the sentence's start (0).
 */
function coordinatedClauseStart(tokens: Token[], i: number): number {
  for (let k = i - 1; k > 0; k--) if (tokens[k]!.text === ';') return k + 1;
  if (!FRONTED_PHRASE_OPENERS.has(tokens[0]?.lower ?? '')) return 0;
  const comma = tokens.findIndex((t, k) => k < i && t.text === ',');
  return comma > 0 && comma + 1 < i ? comma + 1 : 0;
}

/** "Though local officials said …" opening a sentence: the subordinator is no part of the subject. */
function openedBySubordinator(tokens: Token[], subj: ReturnType<typeof subjectBefore>): ReturnType<typeof subjectBefore> {
  if (!subj) return subj;
  // ("In its 12 March update OVM listed 75 deaths": a fronted phrase of where or when, unpunctuated,
  // ends on the capitalised name that is the subject.)
  if (subj.from === 0 && FRONTED_PREPOSITIONS.has(tokens[0]!.lower) && subj.to - subj.from > 2) {
    let k = subj.to;
    while (k > subj.from + 1 && startsCapitalised(tokens[k - 1]!.text) && subj.to - k < 4) k--;
    if (k < subj.to && k > subj.from + 1 && /^\p{Ll}/u.test(tokens[k - 1]!.text)) return { ...subj, from: k, start: tokens[k]!.start };
  }
  if (subj.to - subj.from < 2 || !(SUBORDINATORS.has(tokens[subj.from]!.lower) || CONTRASTS.has(tokens[subj.from]!.lower))) return subj;
  return { ...subj, from: subj.from + 1, start: tokens[subj.from + 1]!.start };
}

/** Prepositions that front a phrase of where or when before a sentence's subject ("In its last update IHR said"). */
const FRONTED_PREPOSITIONS = new Set(['in', 'on', 'at', 'after', 'since', 'by']);

/** Attribution phrases of one sentence. */
/**
 * "News agencies in their home countries reported", "doctors at the hospital said": the subject
 * read back from the verb stops at the preposition; the speakers are the people before it.
 */
function speakerBeforePlace(tokens: Token[], subj: ReturnType<typeof subjectBefore>, depth = 0): ReturnType<typeof subjectBefore> {
  if (!subj || !PLACE_PREPOSITIONS.has(tokens[subj.from - 1]?.lower ?? '')) return subj;
  // ("CRWN volunteers stationed at three hospitals recorded …": a participle of where people are posted is read past.)
  const placed = POSTED_PARTICIPLES.has(tokens[subj.from - 2]?.lower ?? '') && subj.from - 2 > 0 ? subj.from - 2 : subj.from - 1;
  const head = subjectBefore(tokens, placed);
  // ("Doctors at two hospitals in the city said": a place within a place, read back past both.)
  if (head && head.to === placed && depth === 0 && PLACE_PREPOSITIONS.has(tokens[head.from - 1]?.lower ?? '')) {
    const outer = speakerBeforePlace(tokens, head, 1);
    if (outer && outer.from < head.from) return outer;
  }
  const noun = head && head.to === placed ? tokens[head.to - 1]!.lower : '';
  // ("a doctor on the emergency ward said", "emergency teams on both sides of the border report": "on" places
  // people only; "who reached our newsroom on a landline" is no speaker.)
  if (tokens[subj.from - 1]!.lower === 'on' && !personNoun(noun)) return subj;
  // "The Red Cross in Tavel said": a body's name before the place speaks as well as people do.
  const body =
    !!noun &&
    (GENERIC_ORG_HEADS.has(noun) ||
      looksLikeOrg(
        tokens
          .slice(head!.from, head!.to)
          .map((t) => t.text)
          .join(' '),
      ));
  // (The body keeps where it is: "the Red Cross in Tavel", a branch named as written.)
  if (head && body && !personNoun(noun) && !GROUP_NOUNS.has(noun)) return { ...head, to: subj.to, end: subj.end };
  // ("Families of those held at the camp say …": people named by whom they stand for, then where or when it befell them.)
  if (head && head.to === placed && standingFor(tokens.slice(head.from, head.to).map((t) => t.text))) return { ...head, to: subj.to, end: subj.end };
  // "Police in Dhaka say …": a city's police, named with the city (not the country's, as bare "police" would be).
  if (
    head &&
    head.to === placed &&
    head.to - head.from === 1 &&
    SEATED_FORCES.has(noun) &&
    tokens[subj.from - 1]!.lower === 'in' &&
    (/^\p{Lu}/u.test(tokens[subj.from]?.text ?? '') ||
      // ("Police in the district say": the district the report named before, read at seated-force.)
      (subj.to - subj.from === 2 && tokens[subj.from]!.lower === 'the' && SEATED_AREAS.has(tokens[subj.from + 1]!.lower)))
  )
    return { ...head, to: subj.to, end: subj.end };
  // "Mira Dornik from the Orvan Medical Association said": a person named before where they work speaks.
  const named = head ? tokens.slice(head.from, head.to) : [];
  if (
    head &&
    head.to === placed &&
    named.length >= 2 &&
    named.length <= 4 &&
    named.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) &&
    looksLikePerson(named.map((t) => t.text).join(' '))
  )
    return head;
  // "officials at the interior ministry said": people of an office are named with it.
  const office = OFFICE_WORDS.has(tokens[subj.to - 1]?.lower ?? '');
  if (head && head.to === placed && office && severalPeople(noun) && tokens[subj.from - 1]?.lower !== 'in') return { ...head, to: subj.to, end: subj.end };
  // ("Organisers from the Tarvo Farmers Union said": people from a body speak for the body.)
  const bodyFrom =
    tokens[subj.from - 1]!.lower === 'from' &&
    looksLikeOrg(
      tokens
        .slice(subj.from, subj.to)
        .map((t) => t.text)
        .join(' ')
        .replace(/^the\s+/i, ''),
    );
  if (head && head.to === placed && bodyFrom && severalPeople(noun)) return subj;
  // ("At the school, men from Harnai said": people no source alone, "men", "women", are named with where they are from.)
  const bare = head && head.to === placed && head.to - head.from === 1 && /^\p{Ll}/u.test(tokens[head.from]!.text) && personNoun(noun);
  if (bare && !sourceEntity(noun)) return { ...head, to: subj.to, end: subj.end };
  return head &&
    (personNoun(noun) || GROUP_NOUNS.has(noun)) &&
    !/\d/.test(
      tokens
        .slice(head.from, head.to)
        .map((t) => t.text)
        .join(' '),
    )
    ? head
    : subj;
}

export /**
 * A headline's closing name: a spaced dash or a colon after a figure, then up to five words,
 * capitalised or acronyms, to the end of a line with no final stop ("… 1,850 people — AAPP").
 */
function headlineTail(tokens: Token[]): { from: number } | null {
  const last = tokens[tokens.length - 1];
  if (!last || /^[.!?]$/.test(last.text)) return null;
  for (let k = tokens.length - 2; k >= 1 && k >= tokens.length - 7; k--) {
    const t = tokens[k]!;
    if (!['—', '–', '-', ':'].includes(t.text)) continue;
    // "Covid-19", "pro-democracy": a dash inside a word is no separator.
    if (t.text !== ':' && (tokens[k - 1]!.end === t.start || tokens[k + 1]!.start === t.end)) return null;
    const words = tokens.slice(k + 1);
    // "… rises to 320 - officials", "— rights group": a bare lower-case noun of people or of a body names the teller too.
    const head = words[words.length - 1]!.lower;
    const bare =
      words.length <= 3 &&
      words.every((w) => /^\p{Ll}+$/u.test(w.text)) &&
      (GROUP_NOUNS.has(head) ||
        STATE_BODY_NOUNS.has(head) ||
        GENERIC_ORG_HEADS.has(head) ||
        personNoun(head)?.plural === true ||
        // ("… hurt in clashes - hospital": one noun of a body.)
        (words.length === 1 && ['organisation', 'office'].includes(sourceEntity(head)?.kind ?? '')));
    if (!bare && !words.every((w) => /^\p{Lu}/u.test(w.text) || ['of', 'for', 'the', 'and', '&', '.'].includes(w.lower))) return null;
    if (!tokens.slice(0, k).some((w) => /^\d/.test(w.text) || /^(?:dozens|hundreds|thousands|scores)$/.test(w.lower))) return null;
    return { from: k + 1 };
  }
  return null;
}
/**
 * "Figures released by the health ministry showed …", "a tally by the rights group puts …": "by"
 * (at `i`) after a document, or after a document's participle, names its author (document-by-author).
 */
function byDocument(tokens: Token[], i: number): boolean {
  // ("raising the toll compiled by the Collectif to nine": a figure kept by someone is their document too.)
  const kept = (w: string) => DOCUMENT_NOUNS.has(w) || FIGURE_NOUNS.has(w);
  return (
    DOCUMENT_NOUNS.has(tokens[i - 1]?.lower ?? '') ||
    (kept(tokens[i - 2]?.lower ?? '') && /^\p{Ll}+ed$/u.test(tokens[i - 1]?.text ?? '') && !RECEPTION_PARTICIPLES.has(tokens[i - 1]!.text))
  );
}

/** The one of joined tellers ("residents and a volunteer rescue team") a description names by its own words ("the rescue team"), else null. */
function conjunctNamed(name: string, description: string): string | null {
  const parts = name.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  if (parts.length < 2) return null;
  // (With a word of its own beside the head: "the officials" after "police and health officials" are both.)
  const words = description
    .toLowerCase()
    .replace(/['’]s$/, '')
    .split(/\s+/)
    .filter((w) => !['the', 'this', 'that'].includes(w));
  if (words.length < 2) return null;
  const matching = parts.filter((p) => {
    const own = p.toLowerCase().split(/\s+/);
    return own.at(-1) === words.at(-1) && words.every((w) => own.includes(w));
  });
  return matching.length === 1 ? matching[0]!.replace(/^(?:the|a|an)\s+/i, '') : null;
}

/**
 * The members a description names ("the observers") in a lower-case body of them named before ("its
 * network of field observers"): they, not the body, are who the report cites; else null. (Not a body
 * with a name of its own, "the Network of Rights Defenders", which "the defenders" stands for whole.)
 */
function membersNamed(name: string, description: string): string | null {
  if (/\p{Lu}/u.test(name)) return null;
  const of = /^(?:(?:the|a|an|its|their)\s+)?[\p{Ll}-]+\s+of\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))$/u.exec(name);
  const head = description.toLowerCase().split(/\s+/).at(-1) ?? '';
  return of && head === of[2] && head.endsWith('s') ? of[1]! : null;
}

/**
 * "the number of arrests recorded by the network reached 40": "by" (at `i`) after a reporting
 * participle names its agent, whatever noun it modifies (participle-agent); not after a receiving
 * one ("a report seen by AFP"). ("the figure of 40 deaths given by activists": a participle that
 * names who gave a figure.)
 */
function participleAgent(tokens: Token[], i: number): boolean {
  // ("23 people listed as missing by the JTFP": the record's keeper, past the state it lists them in.)
  if (i > 2 && tokens[i - 2]!.lower === 'as' && RECORDED_AS_VERBS.has(tokens[i - 3]!.lower) && LISTED_AS.has(tokens[i - 1]!.lower)) return true;
  // ("Nine miners buried by the slide died": a verb of burial whose agent names no people nor body did the harm.)
  const agent = DETERMINER_WORDS.has(tokens[i + 1]?.lower ?? '') ? tokens[i + 2] : tokens[i + 1];
  const harmDoer =
    ALIVE_DEATH_VERBS.has(tokens[i - 1]?.lower ?? '') && !!agent && !startsCapitalised(agent.text) && !personNoun(agent.lower) && !sourceHeadNoun(agent.lower);
  return (
    i > 1 &&
    !harmDoer &&
    ((REPORTING_VERBS.has(tokens[i - 1]!.lower) && /ed$/.test(tokens[i - 1]!.lower)) ||
      // (Only a figure's own phrase: not "acknowledged five deaths and dismissed tolls given by foreign groups".)
      (givesFigure(tokens[i - 1]!.lower) && tokens.slice(Math.max(0, i - 6), i - 1).some(isFigureWord)) ||
      // ("The earlier toll, given by the prison authority, was 84": the figure noun the sentence opens on.)
      (givesFigure(tokens[i - 1]!.lower) && subjectFigureNoun(tokens, i - 1))) &&
    !RECEPTION_PARTICIPLES.has(tokens[i - 1]!.lower) &&
    !isPassive(tokens, i - 1)
  );
}

/** Does the sentence open on a figure noun ("The previous toll") that the participle at `p` (after an optional comma) describes? */
function subjectFigureNoun(tokens: Token[], p: number): boolean {
  let noun = tokens[p - 1]?.text === ',' ? p - 2 : p - 1;
  // ("the count of wounded given by the port authority": the figure noun its "of" phrase hangs from.)
  if (tokens[noun - 1]?.lower === 'of' && FIGURE_NOUNS.has(tokens[noun - 2]?.lower ?? '')) noun -= 2;
  if (noun < 1 || !FIGURE_NOUNS.has(tokens[noun]!.lower)) return false;
  if (noun <= 3 && DETERMINER_WORDS.has(tokens[0]!.lower)) return true;
  // ("…, and the count of wounded given by the port authority had risen": a clause a conjunction opens.)
  const article = noun - 1;
  return ['the', 'a', 'an'].includes(tokens[article]!.lower) && ['and', 'but', 'while', 'whereas'].includes(tokens[article - 1]?.lower ?? '');
}

/**
 * "Gunmen from the Orsk Liberation Army ambushed a patrol, killing three soldiers, the army said":
 * "the army", "the military" are the state's; a name an insurgency gives itself is not what they refer to.
 */
function insurgentForStateBody(description: string, name: string): boolean {
  const words = description.toLowerCase().split(/\s+/);
  if (!['the', 'this', 'that'].includes(words[0] ?? '') || !STATE_BODY_NOUNS.has(words.at(-1)!)) return false;
  return name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => INSURGENT_NAME_WORDS.has(w));
}

/** How far before "attributed" a figure noun may stand ("a figure of 11,300 that it had attributed to"). */
const ATTRIBUTED_FIGURE_REACH = 10;

/** The token of a figure noun with its value ("figure of 11,300", "toll of 19") shortly before `at`, else -1. */
function attributedFigure(tokens: Token[], at: number): number {
  for (let k = at - 3; k >= Math.max(0, at - ATTRIBUTED_FIGURE_REACH); k--)
    if (FIGURE_NOUNS.has(tokens[k]!.lower) && tokens[k + 1]?.lower === 'of' && /^\d/.test(tokens[k + 2]?.text ?? '')) return k;
  return -1;
}

/** How far after "by" a document's author's name may stand, past its article and description ("by the independent news site 9novosti"). */
const BY_NAME_REACH = 6;

/** A figure in digits or words ("the 56", "the six announced by …"). */
const isFigureWord = (w: Token) => /^\d/.test(w.text) || wordValue(w.lower) !== null;

/** A participle before "by" that says who gave a figure ("the 56 reported by activists", "a count of 101 released by the hospital"). */
const givesFigure = (w: string) => FIGURE_GIVING_PARTICIPLES.has(w) || FIGURE_ISSUING_PARTICIPLES.has(w);

/** "drew between 80,000 and 120,000 people by CSW's estimate": an owner's document within a few words after "by" (at `i`). */
function ownedDocumentAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < i + 5 && k < tokens.length - 1; k++)
    if (/['’]s$/.test(tokens[k]!.text) || tokens[k]!.text === "'s" || tokens[k]!.text === '’s') return DOCUMENT_NOUNS.has(tokens[k + 1]!.lower);
  return false;
}

/** The entity of a name when it is a body's (an organisation, an office or a group), else undefined. */
function bodyEntity(name: string): SourceEntity | undefined {
  const e = sourceEntity(name);
  return e && (e.kind === 'organisation' || e.kind === 'office' || e.kind === 'group') ? e : undefined;
}

function sentenceAttributions(
  text: string,
  start: number,
  tokens: Token[],
  mentions: SpeakerMention[],
  known: KnownSource[],
  wire: string | null = null,
  headline = false,
): AttributionItem[] {
  const items: AttributionItem[] = [];
  // Documents this sentence introduces ("In a report, HRW said", "released its statement"), not ones it refers to.
  // ("according to tallies compiled by rights groups": a bare plural its makers are named for introduces one too.)
  // ("The flood agency's latest bulletin lists …": a document its owner's possessive names, past premodifiers.)
  const owned = (k: number) => {
    let j = k - 1;
    while (j > 0 && SOURCE_PREMODIFIERS.has(tokens[j]!.lower)) j--;
    return /['’]s$/.test(tokens[j]?.lower ?? '') || POSSESSIVE_MARK.test(tokens[j]?.text ?? '');
  };
  const introduced = (k: number) =>
    ['a', 'an', 'its', 'their', 'new'].includes(tokens[k - 1]?.lower ?? '') ||
    (/^\p{Ll}+ed$/u.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.lower === 'by');
  const documents = new Set(tokens.filter((t, k) => DOCUMENT_NOUNS.has(t.lower) && introduced(k)).map((t) => t.lower));
  // (An owned document is its owner's, named before it: not a source the sentence names after it,
  // "The union's statement adds that, according to nurses, …".)
  const ownedDocuments = tokens.filter((t, k) => DOCUMENT_NOUNS.has(t.lower) && !introduced(k) && owned(k));
  const documentsOf = (at: number) => {
    const mine = ownedDocuments.filter((t) => t.start > at);
    return mine.length ? new Set([...documents, ...mine.map((t) => t.lower)]) : documents;
  };
  const add = (
    role: Role,
    raw: string,
    at: number,
    how: Pick<AttributionItem, 'rule' | 'clauseFrom' | 'intake' | 'withheld'> & { body?: boolean } = {},
  ): boolean => {
    // "Our correspondent in Orr reports …", "One of our reporters saw …": the outlet's own staff tell
    // in the outlet's voice; no one else's figures carry on into theirs (outlet-staff).
    // ("according to a tally of hospital figures compiled by this news site": a document the outlet made.)
    const trimmed = raw.trim();
    // ("… not permitted to view a second post-mortem report": a verb after an infinitive's "to" opens
    // a verb phrase, no one who speaks; "to the council, which put the toll at 40" still names one.)
    if (role === 'speaker' && /^\p{Ll}/u.test(trimmed)) {
      const opens = tokens.findIndex((w) => w.start === at);
      if (opens > 0 && tokens[opens - 1]!.lower === 'to' && tag(`to ${trimmed}`)[1]?.pos === 'VERB') return false;
    }
    if ((role === 'speaker' || role === 'agent' || role === 'according') && (OUTLET_STAFF.test(trimmed) || OUTLET_MADE.test(trimmed))) {
      items.push({ role, name: null, at, unresolved: true, ownVoice: true });
      return true;
    }
    // ("In a statement carried by a radio station close to the group, it said …": a pronoun
    // subject right after a fronted phrase refers to no one named inside that phrase.)
    const fronted = FRONTED_PHRASE_OPENERS.has(tokens[0]?.lower ?? '') && isPronoun(trimmed) ? tokens.find((w) => w.text === ',') : undefined;
    const before = fronted && tokens[tokens.indexOf(fronted) + 1]?.start === at ? tokens[0]!.start : at;
    let { name, unresolved, entity, rule } = resolveName(raw, before, mentions, known, wire);
    // (A name given in apposition to a body's description is that body's, however it reads.)
    if (how.body && entity?.kind === 'person' && name === entity.name) entity = { ...entity, kind: 'organisation' };
    const framing = bodyFramingSpeaker(trimmed, at, tokens, mentions);
    if (framing) ({ name, unresolved, entity, rule } = { name: framing, unresolved: false, entity: sourceEntity(framing), rule: 'body-in-sentence' });
    // ("The clinic took in 70 patients, its director said": "its" is the body the sentence
    // describes, a description of one named before; the last such description before it.)
    const owned = /^its\s+(\S.*)$/i.exec(trimmed);
    const ownerBody =
      owned && name && /^its\s/i.test(name)
        ? tokens.findLast((t, k) => t.end < at && ANAPHORIC_HEADS.has(t.lower) && tokens[k - 1]?.lower === 'the')
        : undefined;
    if (owned && ownerBody) {
      const body = resolveName(`the ${ownerBody.lower}'s ${owned[1]}`, before, mentions, known, wire);
      if (body.name && !/^the\s/i.test(body.name)) ({ name, unresolved, entity, rule } = body);
    }
    // A phrase that is no entity ("so far", "Monday") is no attribution at all.
    if (!name && !unresolved) return false;
    const item: AttributionItem = { role, name, at, unresolved, entity };
    // "An international watchdog blamed … In a report, Human Rights Watch said": an indefinite
    // description introduces an organisation the text names next (indefinite-description).
    // ("according to a medical group linked to the opposition. The Central Committee of … said": a body cited too.)
    if (
      (role === 'speaker' || role === 'according') &&
      (entity?.kind === 'organisation' || ((entity?.kind === 'group' || entity?.kind === 'office') && describesGenerically(raw.trim()))) &&
      /^an?\s/i.test(raw.trim()) &&
      !/\s\p{Lu}/u.test(headOfDescription(raw.trim())) &&
      (GENERIC_ORG_HEADS.has(raw.trim().split(/\s+/).pop()!.toLowerCase()) || describesGenerically(raw.trim()))
    ) {
      item.forward = true;
      item.forwardRule = 'indefinite-description';
    }
    // "…, the country's human rights commission said. The National Commission for Human Rights said …": a
    // definite description of a body that nothing before names is the body named next with all its words
    // (description-named-next).
    if (
      !item.forward &&
      !headline &&
      (role === 'speaker' || role === 'according') &&
      !(how.rule ?? rule) &&
      (entity?.kind === 'organisation' || entity?.kind === 'office') &&
      name &&
      /^(?:the|\p{L}+['’]s)\s/iu.test(raw.trim()) &&
      /^\p{Ll}+(?:\s+\p{Ll}+)+$/u.test(name)
    ) {
      item.forward = true;
      item.forwardRule = 'description-named-next';
    }
    // "…, rights group says" in a headline: a description that the body names (headline-description).
    if (
      headline &&
      role === 'speaker' &&
      !item.forward &&
      name &&
      !/\p{Lu}/u.test(uncapitalised(name)) &&
      GENERIC_ORG_HEADS.has(name.split(/\s+/).pop()!.toLowerCase())
    )
      item.forward = true;
    // "a provincial health official said" … "Dr Yusuf Benali, director of the provincial health
    // department": an indefinite role the report names next, by the words of its role (indefinite-role-named).
    // ("A senior Iranian lawmaker said", the article opening the sentence: a nationality among the
    // modifiers says no more of the role; a role with only a nationality, "An Iranian official", names none.)
    const described = /^[Aa]n?\s+((?:[\p{L}-]+\s+){1,3})([\p{Ll}]+)$/u.exec(raw.trim());
    const modifiers = described?.[1]!
      .trim()
      .split(/\s+/)
      .filter((w) => /^\p{Ll}/u.test(w));
    if (described && ROLE_NOUNS.has(described[2]!) && modifiers?.length) item.forwardRole = modifiers;
    if (how.rule ?? rule) item.rule = how.rule ?? rule;
    if (how.clauseFrom !== undefined) item.clauseFrom = how.clauseFrom;
    if (how.intake) item.intake = true;
    if (how.withheld) item.withheld = true;
    // (The role may stand before the name the subject was read as: "Its spokesman, Ivo Marek, said".)
    const k = tokens.findIndex((w) => w.start >= at);
    if (
      [...trimmed.split(/[\s,]+/), ...tokens.slice(Math.max(0, k - 4), Math.max(0, k)).map((w) => w.lower)].some((w) => SPOKESPERSON_NOUNS.has(w.toLowerCase()))
    )
      item.voice = true;
    if ((role === 'speaker' || role === 'according') && distributes) {
      const parts = sharedHead(
        raw
          .trim()
          .replace(/\s+respectively$/i, '')
          .split(/\s*,\s*(?:and\s+)?|\s+and\s+/),
      );
      const read = parts.length > 1 ? parts.map((p) => resolveName(p, at, mentions, known, wire)) : [];
      // (A conjunct resolved to its bare head, "the health ministry" to a heading's "Ministry", keeps its own words.)
      const own = (p: string, r: { name: string | null; entity?: SourceEntity | null }) => {
        const written = p.replace(/^the\s+/i, '');
        return !r.name!.includes(' ') && written.includes(' ') ? { name: written, entity: sourceEntity(written) } : { name: r.name!, entity: r.entity };
      };
      if (read.length && read.every((r) => r.name)) item.respectively = read.map((r, k) => own(parts[k]!, r));
    }
    items.push(item);
    if (name) known.push({ name, start: at, entity, role, documents: documentsOf(at), opensSentence: !text.slice(0, Math.max(0, at - start)).trim() });
    return true;
  };
  const slice = (a: number, b: number) => text.slice(a - start, b - start);
  const distributes = tokens.some((t) => t.lower === 'respectively');

  // "Amnesty: 304 killed", "Official Inquiry: Iraq Protests Left 157 Dead": a headline's
  // short name before a colon states the figures after it.
  // ("* Amnesty International: at least 304 killed": a list line's bullet opens no name.)
  // ("15:10 - Health ministry figures: 403 treated": a live page's time before its entry is no part of the label.)
  const stamp = liveEntryStart(tokens);
  const opener = BULLETS.has(tokens[stamp]?.text ?? '') ? stamp + 1 : stamp;
  // ("First casualty figures from the relief centre: …": a label naming a document and who gave it may run longer.)
  const documentFrom = (i: number) =>
    tokens.slice(opener, i).some((t, k) => DOCUMENT_NOUNS.has(t.lower) && ['from', 'by'].includes(tokens[opener + k + 1]?.lower ?? ''));
  const colon = tokens.findIndex(
    (t, i) => t.text === ':' && i > opener && (i <= opener + (opener > stamp ? LIST_LABEL_WORDS : 6) || (i <= opener + LIST_LABEL_WORDS && documentFrom(i))),
  );
  // ("SRINAGAR: The death toll … rose to 32, officials said.": a word in capitals before a whole sentence is its dateline.)
  const dateline = colon > 0 && !opener && tokens.slice(0, colon).every((t) => t.text === t.text.toUpperCase()) && /[.!?]["'”’]?\s*$/.test(text);
  // ("Nurses union: 'at least four dead'": a figure in words too.)
  // ("DURATION: 2'40"": a running time in minutes and seconds counts no one; nor does a date
  // after a field's one word in capitals, "DATE: 29 JUNE 2023", "UPDATED: 3 May".)
  const field = colon === opener + 1 && /^\p{Lu}+$/u.test(tokens[opener]?.text ?? '');
  const figureWord = (t: Token, k: number) =>
    /^\d/.test(t.text)
      ? !/^['’′":]$/.test(tokens[k + 1]?.text ?? '') && !(field && (MONTHS.has(tokens[k - 1]?.lower ?? '') || MONTHS.has(tokens[k + 1]?.lower ?? '')))
      : t.lower in VAGUE_PLURALS || t.lower in NUMBER_UNITS || t.lower in NUMBER_TENS;
  if (colon > 0 && !dateline && tokens.some((t, k) => k > colon && figureWord(t, k))) {
    // ("* Iran Human Rights (Oslo-based): …", "* Reuters, citing officials: …": a list line's aside and relay are no part of the name.)
    const written = slice(tokens[opener]!.start, tokens[colon - 1]!.end);
    const head =
      opener > stamp
        ? written
            .replace(/\s*\([^)]*\)/g, '')
            .split(/,\s*citing\s+/)[0]!
            .trim()
        : written;
    // ("- Orr marshes: 87 dead", "- Freedom of expression: 14 arrested": a list line's label that
    // ends on a common noun of no source is a place or a category of the list, no teller; so is a
    // headline's, "Stadium crush: …", "Orr protests: …", which names the event.)
    // ("KENYA: 3 dead in clashes": a round-up's country label names where, not who.)
    const label = !labelNamesTeller(head) || countryOfWords(head) ? null : head;
    const entity = label && /^[\p{L}\s.'’&-]+$/u.test(label) ? sourceEntity(label) : null;
    const words = entity ? uncapitalised(entity.name).split(/\s+/) : [];
    if (entity && !/\p{Lu}/u.test(words.join(' ')) && GENERIC_ORG_HEADS.has(words[words.length - 1]!)) {
      // "Rights watchdog: dozens detained": a description that the body names (headline-description).
      items.push({ role: 'speaker', name: entity.name, at: tokens[colon]!.start, entity, forward: true });
    } else if (
      entity &&
      entity.kind !== 'document' &&
      // ("Ombudsman: 40 killed", "Governor: 17 dead": a role noun alone labels its holder.)
      // ("Talmar minister: 20 detained": a role noun heading the label too.)
      !(
        entity.kind === 'person' &&
        !namedPersonLater(entity.name, tokens[colon]!.end, mentions) &&
        !ROLE_NOUNS.has(uncapitalised(entity.name)) &&
        !ROLE_NOUNS.has(uncapitalised(entity.name).split(/\s+/).pop()!)
      )
    ) {
      // (A capitalised label with no organisation's cue is a person only if the report names one
      // so: "Kessel: 12 dead", "Port Varla: 12 dead" label places the gazetteer lacks; "Ortez: 12
      // dead" the mayor the body names.)
      items.push({ role: 'speaker', name: entity.name, at: tokens[colon]!.start, entity });
      known.push({ name: entity.name, start: tokens[0]!.start, entity });
    }
  }

  // "Junta has killed 1,850 people — AAPP", "Toll rises to 30: Relief Network": a headline's
  // short name after a dash or colon, closing it, states the figures before it (headline-trailing-source).
  const tail = headlineTail(tokens);
  // ("… killed 1,500: Report": a bare document's noun names no one; the body says whose report.)
  if (tail && !(tail.from === tokens.length - 1 && DOCUMENT_NOUNS.has(tokens[tail.from]!.lower))) {
    const entity = sourceEntity(slice(tokens[tail.from]!.start, tokens[tokens.length - 1]!.end));
    if (entity && entity.kind !== 'document') {
      items.push({ role: 'speaker', name: entity.name, at: tokens[tail.from - 1]!.start, entity, rule: 'headline-trailing-source' });
      known.push({ name: entity.name, start: tokens[tail.from]!.start, entity });
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "while the police estimate stood at 190,000", "the ministry's count rose to 40": a document
    // named by its author, whatever the verb (document-author).
    const author = documentAuthor(tokens, i);
    if (author) {
      // "The London-based rights group's count": with its article, a description refers back to the body named before.
      const from = tokens[author.from - 1]?.lower === 'the' ? author.from - 1 : author.from;
      // ("…, dismissing the League's estimate of at least 30": a document disputed relays none of the sentence's figures.)
      // ("at least 12 deaths, more than the police count": a document a figure is set against tells none of
      // it; "higher than the ministry's figure of 40" tells its own figure only.)
      const setAgainst = COMPARING_WORDS.has(tokens[from - 1]?.lower ?? '');
      const ownFigure = setAgainst && tokens[i + 1]?.lower === 'of' ? tokens[i + 2] : undefined;
      if (
        !DISPUTING_VERBS.has(tokens[from - 1]?.lower ?? '') &&
        (!setAgainst || ownFigure) &&
        // "UNISAF's confirmed figures": the author is the possessive, not the words describing the document.
        add('according', slice(tokens[from]!.start, tokens[author.to - 1]!.end).replace(/['’]s(?:\s+\p{Ll}[\p{Ll}-]*)*$/u, ''), tokens[author.from]!.start, {
          rule: 'document-author',
        }) &&
        ownFigure
      )
        items[items.length - 1]!.boundTo = { start: tokens[from]!.start, end: ownFigure.end };
    }
    // according to X
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      // ("According to her, 60 were held": a pronoun, resolved as a name is.)
      if (OBJECT_PRONOUNS.has(tokens[i + 2]?.lower ?? '') && !/^\p{L}/u.test(tokens[i + 3]?.text ?? '')) {
        add('according', tokens[i + 2]!.text, t.start);
        continue;
      }
      const np = phraseAfter(tokens, i + 2);
      // Keep "the": "according to the inquiry" refers back to the inquiry named before ("its database": to its owner).
      // Keep "a": "according to a medical group linked to …" describes a body the report names next.
      const det =
        ['the', 'this', 'that', 'its', 'their', 'a', 'an'].includes(tokens[np ? np.from - 1 : i]?.lower ?? '') && np && np.from - 1 >= i + 2
          ? tokens[np.from - 1]!.start
          : np?.start;
      // "according to an analytical review of the situation in Belarus by HRC Viasna": a document's phrase runs on to its author.
      const whole = np && tokens.slice(np.from, np.to).some((w) => DOCUMENT_NOUNS.has(w.lower)) ? phraseAfter(tokens, i + 2, tokens.length, true) : null;
      // ("… compiled at the time by the independent news site 9novosti": a description may stand before the name.)
      // (The tokens split "9novosti" into its digits and its letters, written together.)
      const gluedName = (w: Token, next: Token | undefined) =>
        /^\d+$/.test(w.text) && !!next && next.start === w.end && DIGITS_IN_NAME.test(w.text + next.text);
      const namedAfter = (rest: Token[], k: number) =>
        rest.slice(k + 1, k + BY_NAME_REACH).some((w, j) => /^\p{Lu}/u.test(w.text) || gluedName(w, rest[k + j + 2]));
      const end = whole && tokens.slice(np!.to, whole.to).some((w, k, rest) => w.lower === 'by' && namedAfter(rest, k)) ? whole.end : np?.end;
      // "according to three officials at the interior ministry": people of a body are that body's officials.
      const staffOf = np ? peopleAtBody(tokens, np.to) : null;
      // "according to the local government chairman, Pam Dalyop.": the person a role names in apposition.
      // ("according to the organisers, the Take It Back Coalition.": the body a description names in apposition.)
      const named = np ? (nameAfterRole(tokens, np.to) ?? bodyAfterDescription(tokens, np.from, np.to)) : null;
      if (named) add('according', named, t.start);
      else if (np && staffOf) add('according', `${staffOf} ${tokens[np.to - 1]!.text}`, t.start);
      else if (np) add('according', slice(det!, end!), t.start);
      continue;
    }
    // ("FIGURES BY DISTRICT (relief agency, as of 3 May)": in a heading in capitals "by" names how the figures are broken down.)
    if (t.text === 'BY' && /^\p{Lu}{2,}$/u.test(tokens[i - 1]?.text ?? '')) continue;
    if (t.lower === 'by' && (byDocument(tokens, i) || participleAgent(tokens, i))) {
      // ("figures compiled by this news site": the outlet's own count.)
      const after = tokens[i + 1] ? slice(tokens[i + 1]!.start, tokens[tokens.length - 1]!.end) : '';
      if (OUTLET_STAFF.test(after) && add('according', after, t.start)) continue;
      const np = phraseAfter(tokens, i + 1);
      // ("the dead listed by the forum": with its article, a description refers back to the body named before.)
      const det = np && np.from - 1 > i && tokens[np.from - 1]!.lower === 'the' ? tokens[np.from - 1]!.start : np?.start;
      if (np && add('according', slice(det!, tokens[nameRunEnd(tokens, np.from, np.to) - 1]!.end), t.start, { rule: 'document-by-author' })) {
        // "lower than the 56 reported by activists": a figure's own participle names who gave that
        // figure only, and that figure is theirs whoever else speaks in the sentence.
        const window = tokens.slice(Math.max(0, i - 5), i - 1);
        if (window.some(isFigureWord) && givesFigure(tokens[i - 1]!.lower)) items[items.length - 1]!.boundTo = { start: window[0]!.start, end: t.start };
        // ("…, and the count of wounded given by the port authority had risen to 300": the figure noun's own
        // clause, to its end, is what they gave.)
        else if (givesFigure(tokens[i - 1]!.lower) && subjectFigureNoun(tokens, i - 1)) {
          const stop = tokens.findIndex((w, k) => k > i && (w.text === ';' || w.text === '.'));
          items[items.length - 1]!.boundTo = { start: t.start, end: stop > 0 ? tokens[stop]!.start : tokens[tokens.length - 1]!.end };
        }
      }
      continue;
    }
    // "from a figure of 11,300 that it had attributed to the Red Crescent": who a figure is put down to
    // made it (not "deaths attributed to the police", who caused them).
    if (t.lower === 'to' && tokens[i - 1]?.lower === 'attributed') {
      const figure = attributedFigure(tokens, i - 1);
      const np = figure >= 0 ? phraseAfter(tokens, i + 1) : null;
      if (np && add('according', slice(np.start, tokens[nameRunEnd(tokens, np.from, np.to) - 1]!.end), t.start, { rule: 'document-by-author' }))
        items[items.length - 1]!.boundTo = { start: tokens[figure]!.start, end: t.start };
      continue;
    }
    // "by The Daily Star's count", "by a conservative estimate from X": a document's author.
    if (t.lower === 'by' && (i === 0 || tokens[i - 1]!.text === ',' || tokens[i - 1]!.lower === 'and' || ownedDocumentAfter(tokens, i))) {
      const np = phraseAfter(tokens, i + 1, tokens.length, true);
      if (np) {
        const words = tokens.slice(np.from, np.to).map((w) => w.lower.replace(/'s$/, ''));
        // ("by the rescue team's count": the document's owner with its article, which refers back to
        // the team named before, as "according to the rescue team" does.)
        const owner = tokens.slice(np.from, np.to).findIndex((w) => /['’]s$/.test(w.text));
        const det = tokens[np.from - 1]?.lower === 'the' && np.from - 1 > i ? tokens[np.from - 1]!.start : np.start;
        if (words.some((w) => DOCUMENT_NOUNS.has(w)))
          add('according', owner > 0 ? slice(det, tokens[np.from + owner]!.end).replace(/['’]s$/, '') : slice(np.start, np.end), t.start);
      }
      continue;
    }
    // "The figures come from the Orvan Monitoring Network, which …: 600 killed": who the figures come from states them.
    if (
      t.lower === 'from' &&
      ['come', 'comes', 'came'].includes(tokens[i - 1]?.lower ?? '') &&
      tokens.slice(Math.max(0, i - 4), i - 1).some((w) => FIGURE_NOUNS.has(w.lower))
    ) {
      const np = phraseAfter(tokens, i + 1);
      if (np) add('according', slice(np.start, np.end), t.start);
      continue;
    }
    // "Per the health ministry, 40 …": "per" opening a clause is "according to".
    if (t.lower === 'per' && (i === 0 || tokens[i - 1]!.text === ',')) {
      const np = phraseAfter(tokens, i + 1);
      if (np) add('according', slice(np.start, np.end), t.start);
      continue;
    }
    // "we understand from the coroner that two bodies …", "learned from police that": who the
    // writer or speaker learned it from tells it.
    if (LEARNING_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'from') {
      const np = phraseAfter(tokens, i + 2, tokens.length, true);
      if (np && tokens[np.to]?.lower === 'that' && canBeCited(slice(np.start, np.end))) add('speaker', slice(np.start, np.end), t.start);
      continue;
    }
    // citing X / quoting X
    if (t.lower === 'citing' || t.lower === 'quoting') {
      const np = phraseAfter(tokens, i + 1, tokens.length, true);
      // ("citing its reporter", "quoting an unnamed official": the first words, past an article.)
      const withheld = tokens.slice(i + 1, i + 3).some((w) => WITHHELD_CITED_WORDS.has(w.lower));
      if (np && canBeCited(slice(np.start, np.end))) add('citing', slice(np.start, np.end), t.start, { withheld });
      continue;
    }
    // "…, based on figures given on Friday by district officials, said that 60 had died": figures
    // a report rests on, with their giver named, are that giver's, relayed (as "citing" them is). Not a
    // count made from records no one gave ("based on hospital records, the network said").
    if (t.lower === 'based' && tokens[i + 1]?.lower === 'on') {
      const giver = basedOnGiver(tokens, i + 2);
      if (giver !== null) {
        const np = phraseAfter(tokens, giver, tokens.length, true);
        if (np && canBeCited(slice(np.start, np.end))) add('citing', slice(np.start, np.end), t.start);
        continue;
      }
    }
    // "…, with hospital sources saying 40 were wounded": an absolute clause's speaker covers the figures after it.
    if (t.lower === 'saying' || t.lower === 'reporting') {
      const subj = subjectBefore(tokens, i);
      if (subj && tokens[subj.from - 1]?.lower === 'with') {
        add('speaker', slice(subj.start, subj.end), subj.start, { clauseFrom: tokens[subj.from - 1]!.start });
        continue;
      }
    }
    // "Officials are saying 23 died", "the ministry was reporting 19": a participle of speech after "be" is the verb, progressive.
    if (SPEECH_PARTICIPLES.has(t.lower) && PROGRESSIVE_BE.has(tokens[i - 1]?.lower ?? '')) {
      const subj = subjectBefore(tokens, i - 1);
      if (subj && !holdsFigure(slice(subj.start, subj.end)) && add('speaker', slice(subj.start, subj.end), subj.start)) continue;
    }
    // "The minister took to television to announce that …", "The union used its website to say
    // that …": a purpose infinitive of speech after a verb of taking a medium; that verb's subject speaks (purpose-speaker).
    if (PURPOSE_SPEECH_VERBS.has(t.lower) && tokens[i - 1]?.lower === 'to') {
      const taking = tokens.findLastIndex((w, k) => k < i - 1 && k >= i - 7 && MEDIUM_TAKING_VERBS.has(w.lower));
      const between = taking >= 0 ? tokens.slice(taking + 1, i - 1) : [];
      const subj = taking > 0 && between.every((w) => /^\p{L}/u.test(w.text) && !CLAUSE_BREAKS.has(w.lower)) ? subjectBefore(tokens, taking) : null;
      if (subj && !holdsFigure(slice(subj.start, subj.end)) && add('speaker', slice(subj.start, subj.end), subj.start, { rule: 'purpose-speaker' })) continue;
    }
    // "The interior ministry disputed the figures, saying only 19 had died": a participle of
    // speech after a comma shares the main clause's subject (participle-speaker).
    // (Not past a speaker the sentence gave already: "…, police said, adding that 40 …".)
    if (SPEECH_PARTICIPLES.has(t.lower) && tokens[i - 1]?.text === ',' && !items.some((it) => it.role === 'speaker')) {
      const opening = openingSubject(text);
      // (What it says comes after the participle: "disputed the figure of 40 given by activists, saying 9 died".)
      if (opening && !holdsFigure(opening) && add('speaker', opening, start, { rule: 'participle-speaker', clauseFrom: t.start })) continue;
    }
    // "The health ministry issued its latest figures on Monday.": the figures the next sentences give are its own.
    if ((RELEASE_VERBS.has(t.lower) || TOLL_UPDATE_VERBS.has(t.lower)) && releasesDocument(tokens, i)) {
      const subj = subjectPastRelative(tokens, i);
      if (!subj || /\d/.test(slice(subj.start, subj.end))) continue;
      const raw = slice(subj.start, subj.end);
      // ("Jordan on Friday lowered the death toll to 57", after a dateline's dash too: a country or its capital is its government.)
      const opens = subj.from === 0 || CLAUSE_OPENERS.has(tokens[subj.from - 1]!.lower) || ['—', '–'].includes(tokens[subj.from - 1]!.text);
      const country = !headline && opens ? (countryNamedAlone(raw) ?? capitalNamedAlone(raw)) : null;
      if (country) items.push({ ...stateSpeaker(raw, subj.start, country), releases: true });
      else if (add('speaker', raw, subj.start)) items[items.length - 1]!.releases = true;
      continue;
    }
    // "the network believes 44 …", "has information that 44 …", "was able to verify 44 deaths",
    // "is aware of 44 deaths": a verb of knowing or holding a count; its subject asserts it (knowing-verb).
    const knowing = knowingVerbAt(tokens, i);
    if (knowing !== null) {
      const negated = tokens
        .slice(Math.max(0, knowing - 3), i)
        .some((w) => w.lower === 'not' || w.lower === "n't" || w.lower === 'never' || w.lower === 'unable');
      const subj = negated ? null : openedBySubordinator(tokens, speakerBeforePlace(tokens, subjectBefore(tokens, knowing)));
      // "The Red Cross said volunteers had counted 52 bodies": an unnamed counter inside what a
      // speaker says is the speaker's report, not a source of its own.
      const reported = !!subj && countedInReport(tokens, subj, slice(subj.start, subj.end), tokens[knowing]!.lower);
      // ("Two deaths were confirmed in Orr, where medics have treated 70 patients": a subordinate clause's subject knows its clause's figures only.)
      const opener = subj ? tokens[subj.from - 1] : undefined;
      if (subj && !reported && !holdsFigure(slice(subj.start, subj.end)) && !authorListConjunct(tokens, subj.from))
        add('speaker', slice(subj.start, subj.end), subj.start, {
          ...(subj.rule ? { rule: subj.rule } : {}),
          ...(SCOPE_INTAKE_VERBS.has(t.lower) ? { intake: true } : {}),
          ...(opener && SUBORDINATORS.has(opener.lower) ? { clauseFrom: opener.start } : {}),
        });
      // ("The paper cites the guild as saying …": a verb of knowing that quotes someone.)
      const cited = quotedAsSaying(tokens, i);
      if (cited) add('quoted', slice(cited.start, cited.end), cited.start);
      continue;
    }
    // "The toll, provided by the health institute, stood at 36": who supplied a figure gives it.
    if (SUPPLY_PARTICIPLES.has(t.lower) && tokens[i + 1]?.lower === 'by' && (tokens[i - 1]?.text === ',' || isPassive(tokens, i))) {
      const np = phraseAfter(tokens, i + 2);
      // ("compiled by AFP from hospital sources": the name ends where its run of capitals does;
      // "compiled by the activists from families": "from" gives the verb's own source, not the agent's.)
      const from = np ? tokens.slice(np.from + 1, np.to).findIndex((w) => w.lower === 'from') : -1;
      const to = np ? (from >= 0 ? np.from + 1 + from : np.to) : 0;
      // ("the activists": a definite description keeps its article, which says it refers back.)
      const opens = np && tokens[np.from - 1]?.lower === 'the' ? tokens[np.from - 1]!.start : np?.start;
      if (np) add('agent', slice(opens!, tokens[nameRunEnd(tokens, np.from, to) - 1]!.end), t.start);
      continue;
    }
    // "The number of dead was put at 73 by local officials", "was revised up to 62 by the health
    // authority": who set the figure gives it (a figure and "by" within the verb's phrase).
    if (FIGURE_SETTING_PARTICIPLES.has(t.lower) && isPassive(tokens, i)) {
      for (let k = i + 1; k < tokens.length && k < i + 7 && !CLAUSE_PUNCTUATION.has(tokens[k]!.text); k++) {
        if (tokens[k]!.lower !== 'by') continue;
        const np = tokens.slice(i + 1, k).some((w) => /^\d/.test(w.text)) ? phraseAfter(tokens, k + 1) : null;
        if (np) add('agent', slice(np.start, np.end), t.start);
        break;
      }
      continue;
    }
    // ("The relief agency breaks down the toll as 35 in the north and 18 on the coast": a phrasal verb of telling a count's parts.)
    const phrasal = !!tokens[i + 1] && REPORTING_PHRASAL_VERBS.get(t.lower) === tokens[i + 1]!.lower;
    if (!REPORTING_VERBS.has(t.lower) && !phrasal) continue;
    // ("(health ministry, unless otherwise stated)": a proviso of a table's, no one telling.)
    if (tokens[i - 1]?.lower === 'otherwise') continue;
    // "who gave his name only as Dr Danish", "gave only her first name": giving one's name reports nothing.
    if (
      ['his', 'her', 'their', 'only'].includes(tokens[i + 1]?.lower ?? '') &&
      tokens.slice(i + 1, i + 5).some((w) => w.lower === 'name' || w.lower === 'names')
    )
      continue;
    // "A quarry wall gave way, killing nine": an idiom of giving states nothing.
    if (GIVE_FORMS.has(t.lower) && GIVING_IDIOM_WORDS.has(tokens[i + 1]?.lower ?? '')) continue;
    // "young men accused of links to armed groups": a participle with no object of its own is passive, no one speaks.
    if (ACCUSATION_PARTICIPLES.has(t.lower) && ACCUSATION_PARTICIPLES.get(t.lower) === tokens[i + 1]?.lower) continue;
    // "the group claimed responsibility for the blast", "claimed the attack": owning an act states no figure.
    if (/^claim/.test(t.lower) && claimsAnAct(tokens, i)) continue;
    // "the United States": a capitalised word inside a sentence is part of a name, not a verb.
    if (i > 0 && /^\p{Lu}/u.test(t.text)) continue;
    // ("The paper quotes the guild as saying …": quoting someone "as saying" is the verb.)
    if ((VERB_OR_PLURAL_NOUN.has(t.lower) || VERB_OR_SINGULAR_NOUN.has(t.lower)) && !readsAsVerb(tokens, i) && !quotedAsSaying(tokens, i)) continue;
    if (afterFiniteVerb(tokens, i)) continue;
    // "… were reported Thursday by other hospitals"
    const prev = tokens[i - 1]?.lower;
    if (isPassive(tokens, i)) {
      // "the hospital director was quoted as saying 44 had died": the one quoted speaks.
      if (t.lower === 'quoted' && tokens[i + 1]?.lower === 'as' && /^(?:saying|stating|telling)$/.test(tokens[i + 2]?.lower ?? '')) {
        const subj = subjectBefore(tokens, i);
        if (subj && !/\d/.test(slice(subj.start, subj.end))) add('speaker', slice(subj.start, subj.end), subj.start);
        continue;
      }
      // ("Provincial police were quoted by the Vell Courier as saying …": the one quoted speaks, relayed by the quoting one.)
      if (t.lower === 'quoted' && tokens[i + 1]?.lower === 'by') {
        const np = phraseAfter(tokens, i + 2);
        const subj = subjectBefore(tokens, i);
        const as = np ? np.to : -1;
        if (
          np &&
          subj &&
          tokens[as]?.lower === 'as' &&
          /^(?:saying|stating|telling)$/.test(tokens[as + 1]?.lower ?? '') &&
          !/\d/.test(slice(subj.start, subj.end))
        ) {
          add('speaker', slice(np.start, np.end), t.start);
          add('quoted', slice(subj.start, subj.end), subj.start);
          continue;
        }
      }
      for (let k = i + 1; k < tokens.length && k < i + 4; k++) {
        if (tokens[k]!.lower === 'by') {
          const np = phraseAfter(tokens, k + 1);
          if (np) add('agent', slice(np.start, np.end), t.start, INFORMING_PARTICIPLES.has(t.lower) ? { rule: 'informed-by' } : {});
          break;
        }
      }
      continue;
    }
    // "the number of people confirmed killed", "40 people reported missing": a reduced relative
    // clause on the victims, not a speaker reporting.
    if (/ed$/.test(t.lower) && reducedHarmClause(tokens[i + 1])) continue;
    // ("dismissed numbers issued by a network …", "the count released by the ministry": a participle
    // after its noun with an agent is no verb of the words before it; the agent is read at "by".)
    if (DOCUMENT_AUTHORING_PARTICIPLES.has(t.lower) && tokens[i + 1]?.lower === 'by' && DOCUMENT_NOUNS.has(prev ?? '')) continue;
    // Reporting verbs used as nouns ("the report", "a statement") are not attributions.
    // ("the same report", "its new statement", "an official report": a determiner or a document's premodifier before it.)
    if (prev === 'the' || prev === 'a' || prev === 'an') continue;
    if (DOCUMENT_NOUNS.has(t.lower) && (['its', 'their', 'this', 'same'].includes(prev ?? '') || SOURCE_PREMODIFIERS.has(prev ?? ''))) continue;
    // ("in its interim report, …", "their second joint statement": adjectives between the determiner and the noun.)
    if (DOCUMENT_NOUNS.has(t.lower) && describedDocumentNoun(tokens, i)) continue;
    // ("in its June report", "the Monday statement": the month or day it was issued, after a determiner;
    // a month's name in lower case is a word of its own, "organisers of the march claim that …".)
    if (
      DOCUMENT_NOUNS.has(t.lower) &&
      (MONTHS.has(prev ?? '') || WEEKDAYS.has(prev ?? '')) &&
      /^\p{Lu}/u.test(tokens[i - 1]!.text) &&
      DOCUMENT_DETERMINERS.has(tokens[i - 2]?.lower ?? '')
    )
      continue;
    // "has not yet confirmed": a denial of knowledge attributes nothing (its own verb's, not an aside's before a
    // comma: "the governor, in remarks he has never withdrawn, said …").
    const own = tokens.slice(Math.max(0, i - 3), i);
    if (own.slice(own.findLastIndex((w) => w.text === ',') + 1).some((w) => w.lower === 'not' || w.lower === "n't" || w.lower === 'never')) continue;
    // "…, says UN report" / "…, said Mahfuz Ara Begum, an official at …": the speaker after the verb.
    // Not after "told" or "informed": "…, Ismael Cornejo told the radio station RPP" names the hearer.
    // (Nor after a verb that sets a figure: "…, puts the toll higher" names the toll, no speaker.)
    const hearerAfter = ADDRESSEE_VERBS.has(t.lower) || LEVEL_AT_VERBS.has(t.lower);
    // ("The director, Ana Ruiz, said the count stood at 51": a subject in apposition closes on the
    // comma before the verb; what follows it is what was said.)
    const appositionBefore = prev === ',' && subjectBefore(tokens, i)?.rule === 'apposition-subject';
    if (!hearerAfter && !appositionBefore && (prev === ',' || (prev === undefined && i > 0))) {
      const np = phraseAfter(tokens, i + 1);
      const after = np ? tokens[np.to] : undefined;
      // Only a time or place may follow: "…, said the ministry on Monday." — not "says the toll … has passed".
      const rest = np ? tokens.slice(np.to) : [];
      // ("…, said a senior officer who was not authorised to speak to the media.": a relative clause
      // on the speaker, with no figure, describes who spoke.)
      const who = rest.findIndex((w) => w.lower === 'who');
      const described = who >= 0 && !rest.slice(who).some((w) => /^\d/.test(w.text) || w.lower in NUMBER_UNITS);
      const own = described ? rest.slice(0, who) : rest;
      const endsClause =
        !after ||
        /^[.,;”"’)\]]$/.test(after.text) ||
        (described && who === 0) ||
        (CLAUSE_END_ADVERBS.has(after.lower) && own.length <= 8 && !own.some((w) => FINITE_AUX.has(w.lower)));
      // "…, said witnesses.", "…, say activists", "…, said police": a bare plural of people or a state body too.
      const head = np ? tokens[np.to - 1]!.lower : '';
      // "…, says rights group" (a headline): a bare description of a body too.
      // ("…, says coast guard": a short phrase any noun of a teller heads.)
      const people =
        np &&
        /^\p{Ll}/u.test(tokens[np.from]!.text) &&
        (GROUP_NOUNS.has(head) || STATE_BODY_NOUNS.has(head) || GENERIC_ORG_HEADS.has(head) || (np.to - np.from <= 3 && sourceHeadNoun(head)));
      // ("Ramon Villareal, a spokesman, said the dead included three soldiers": a figure inside the
      // phrase makes it what was said, not who said it.)
      const counts = np ? tokens.slice(np.from + 1, np.to - 1).some((w) => /^\d/.test(w.text) || w.lower in NUMBER_UNITS) : false;
      // ("The Velm Council, which represents farmers, said five people, among them a leader, were
      // killed": a verb with a subject before its aside says the figure after it.)
      const figureOpens = !!np && (/^\d/.test(tokens[np.from]!.text) || tokens[np.from]!.lower in NUMBER_UNITS);
      const subject = figureOpens ? subjectBefore(tokens, i) : null;
      const subjectSpeaks = !!subject && /^\p{Lu}/u.test(tokens[subject.from]?.text ?? '');
      if (
        np &&
        endsClause &&
        !counts &&
        !subjectSpeaks &&
        (/^\p{Lu}/u.test(tokens[np.from]!.text) || ['the', 'a', 'an'].includes(tokens[i + 1]?.lower ?? '') || people)
      ) {
        // ("…, said the national disaster agency, CONAD.": the body its description names in apposition.)
        // ("…, said a student who gave only his first name, Tamim.": the name the relative clause gives,
        // with the role noun it was given for when that reads as one, "doctor Omar Selim".)
        const given = described ? nameGivenIn(rest.slice(who)) : null;
        const roled = given && `${tokens[np.to - 1]!.text} ${given}`;
        const withRole = roled && sourceEntity(roled)?.name === given ? roled : given;
        const named = bodyAfterDescription(tokens, np.from, np.to) ?? withRole;
        if (add('speaker', named ?? slice(np.start, np.end), t.start)) continue;
      }
    }
    // "state TV quoted the Health Ministry as saying": the one quoted is cited.
    const quoted = quotedAsSaying(tokens, i);
    if (quoted) add('quoted', slice(quoted.start, quoted.end), quoted.start);
    let subj = openedBySubordinator(tokens, speakerBeforePlace(tokens, subjectBefore(tokens, i)));
    if (subj && authorListConjunct(tokens, subj.from)) continue;
    // "…, disputed by rights groups, who say 5,000 are held": a relative pronoun's antecedent speaks (relative-speaker).
    let relative = false;
    // ("…, which has documented at least 90 killings": auxiliaries and adverbs between pronoun and verb.)
    let pronoun = i - 1;
    // ("Ana Ruiz, who on Thursday had put the toll at 15, …": a day between them too.)
    const day = (k: number) => WEEKDAYS.has(tokens[k]?.lower ?? '') || (tokens[k]?.lower === 'on' && WEEKDAYS.has(tokens[k + 1]?.lower ?? ''));
    const between = (k: number) => {
      const w = tokens[k];
      return !!w && (AUXILIARIES.has(w.lower) || VERB_GROUP_ADVERBS.has(w.lower) || /^\p{Ll}+ly$/u.test(w.text) || day(k));
    };
    while (pronoun > i - 6 && between(pronoun)) pronoun--;
    const relPronoun = tokens[pronoun]?.lower;
    // ("contradicting hospital staff who said 60 were wounded": a restrictive clause on people too.)
    const restrictive = relPronoun === 'who' && tokens[pronoun - 1]?.text !== ',' && personNoun(tokens[pronoun - 1]?.lower ?? '') !== null;
    if (!subj && (relPronoun === 'who' || relPronoun === 'which') && (tokens[pronoun - 1]?.text === ',' || restrictive)) {
      subj = subjectBefore(tokens, restrictive ? pronoun : pronoun - 1);
      // The verb or preposition that governs the antecedent is no part of it: "contradicting hospital
      // staff who …", "far above that of the Vell Rights League, which says 120 died".
      const governs = (w: Token) => /^\p{Ll}+ing$/u.test(w.text) || GOVERNING_PREPOSITIONS.has(w.text);
      while (subj && subj.to - subj.from > 1 && governs(tokens[subj.from]!)) subj = { ...subj, from: subj.from + 1, start: tokens[subj.from + 1]!.start };
      // "the figure first cited by the United Nations, which said …": the nearest noun phrase, a
      // body named as an agent, is the antecedent that speaks.
      if (subj && !restrictive) {
        const comma = pronoun - 1;
        for (let k = comma - 1; k > Math.max(subj.from, comma - 10); k--) {
          if (tokens[k]!.lower !== 'by') continue;
          const agent = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
          if (agent < comma && startsCapitalised(tokens[agent]!.text))
            subj = { text: '', from: k + 1, to: comma, start: tokens[k + 1]!.start, end: tokens[comma - 1]!.end };
          break;
        }
      }
      // ("a review panel formed by the Orsk council, which put the dead at 12": a body a
      // participle tells of is the antecedent, not the agent who made it.)
      if (subj && !restrictive && tokens[subj.from - 1]?.lower === 'by') {
        let made = subj.from - 2;
        if (PHRASAL_PARTICLES.has(tokens[made]?.lower ?? '')) made--;
        const w = tokens[made];
        // (The body's phrase from its article: "a review board of three judges".)
        let article = made - 1;
        while (article > made - 7 && article > 0 && !ARTICLES.has(tokens[article]!.lower) && /^[\p{L}-]+$/u.test(tokens[article]!.text)) article--;
        const participle = !!w && (/^\p{Ll}+(?:ed|en)$/u.test(w.text) || IRREGULAR_PARTICIPLES.has(w.lower));
        const kind =
          participle && ARTICLES.has(tokens[article]?.lower ?? '') ? sourceEntity(slice(tokens[article]!.start, tokens[made - 1]!.end))?.kind : undefined;
        if (kind && kind !== 'document') subj = { text: '', from: article, to: made, start: tokens[article]!.start, end: tokens[made - 1]!.end };
      }
      // "Ana Ruiz, the ministry's director, who said …": the name the role stands in apposition to.
      // ("the Orvan Rights Monitor (ORM), a volunteer network allied with the students, which said …":
      // the body an indefinite description stands in apposition to.)
      if (subj && tokens[subj.from - 1]?.text === ',') {
        const named = subjectBefore(tokens, subj.from - 1);
        const name = named ? slice(named.start, named.end) : '';
        const described = ['a', 'an'].includes(tokens[subj.from]!.lower);
        if (named && (looksLikePerson(name) || (described && /^(?:the\s+)?\p{Lu}/u.test(name) && sourceEntity(name)?.kind === 'organisation'))) subj = named;
      }
      relative = !!subj;
    }
    // "A report by the Crisis Group released on Wednesday estimated": the author's name ends
    // before the participle that tells of the document.
    if (subj && tokens[subj.from - 1]?.lower === 'by' && DOCUMENT_NOUNS.has(tokens[subj.from - 2]?.lower ?? '')) {
      const to = nameRunEnd(tokens, subj.from, subj.to);
      if (to < subj.to) subj = { ...subj, to, end: tokens[to - 1]!.end };
    }
    // "A researcher who has been tallying deaths said …": a subject that is no source may close a relative clause.
    // ("a nurse who asked not to be named because staff were told not to speak to reporters said …":
    // a subject read inside the relative clause is no subject of the verb.)
    // ("…, which the National Police now say killed 125", "a crowd that organisers put at 15,000": a
    // relative clause with a subject of its own keeps it; one whose pronoun is its subject, a verb
    // next, does not.)
    const opensAt = subj ? relativeOpening(tokens, i) : -1;
    // ("A health official who gave his name only as Dr Danish said …", "a doctor who asked to be identified as
    // Dr. Zaw said …": the name a relative clause gives is who speaks.)
    let titled = subj ? subj.from : 0;
    while (subj && titled > opensAt + 1 && (TITLES.has(tokens[titled - 1]!.lower) || tokens[titled - 1]!.text === '.')) titled--;
    const givenName =
      !!subj &&
      opensAt > 0 &&
      subj.from > opensAt &&
      ['as', ','].includes(tokens[titled - 1]?.lower ?? '') &&
      tokens.slice(opensAt, subj.from).some((w) => NAMING_WORDS.has(w.lower)) &&
      tokens.slice(subj.from, subj.to).every((w) => startsCapitalised(w.text) || w.text === '.');
    // ("Elders told aid workers that they had buried 90": a pronoun right after "that" is the subject of
    // the clause the verb stands in, whether "that" opens what was told or a relative clause; "which"
    // opens only the latter, "the levy, which they say …".)
    const pronounOpens =
      !!subj && tokens[opensAt]?.lower === 'that' && subj.from === opensAt + 1 && subj.to === subj.from + 1 && isPronoun(tokens[subj.from]!.text);
    if (
      subj &&
      opensAt > 0 &&
      !givenName &&
      !pronounOpens &&
      (!sourceEntity(slice(subj.start, subj.end)) || (subj.from > opensAt && pronounIsSubject(tokens, opensAt)))
    )
      subj = subjectPastRelative(tokens, i);
    // "The spokesman laid the blame … and reported that …", "officials have not published a toll but say":
    // a coordinated verb shares the sentence's subject.
    if (!subj && (prev === 'and' || prev === 'but')) {
      // (The clause's own opening: "…; police fired tear gas and said …", "In Abuja, police fired … and said …".)
      const from = coordinatedClauseStart(tokens, i);
      const opening = openingSubject(from > 0 ? slice(tokens[from]!.start, tokens[tokens.length - 1]!.end) : text);
      if (opening) add('speaker', opening, from > 0 ? tokens[from]!.start : start);
      continue;
    }
    // ("Tomas Irle, a baker, whose brother says he was shot": a relative clause of "whose" on someone just named;
    // its speaker is the noun after "whose", and tells only what the clause goes on to tell.)
    if (subj && tokens[subj.from]!.lower === 'whose' && subj.to - subj.from > 1) subj = { ...subj, from: subj.from + 1, start: tokens[subj.from + 1]!.start };
    // "after the government had announced a curfew": a subordinate clause's verb reports its own news.
    const before = subj ? tokens[subj.from - 1]?.lower : undefined;
    // ("two days after the minister said on Saturday that 40 … had been shot": what it said, a "that"
    // clause a few words on, is its own news and the speaker's.)
    const says = tokens.slice(i + 1, i + 5).some((w) => w.lower === 'that');
    const timeClause = !!before && ['after', 'before', 'until', 'because', 'if', 'unless'].includes(before);
    if (subj && timeClause && !says) continue;
    // "Thousands poured into the streets once officials had announced the results": a speaker in a
    // subordinate clause covers the figures of that clause ("when officials said 40 had died"), not the main clause's.
    // ("…, where, a hospital official told the court, 41 had been admitted": a speaker set off inside the clause.)
    const setOffIn = !!subj && before === ',' && SUBORDINATORS.has(tokens[subj.from - 2]?.lower ?? '') && tokens[subj.from - 3]?.text === ',';
    // ("Strikes spread to 12 towns, as the ministry reported four more deaths": "as" opens a clause of its own.)
    const asClause = before === 'as' && !AS_COMPARISON_WORDS.has(tokens[subj!.from - 2]?.lower ?? '');
    const how: Pick<AttributionItem, 'rule' | 'clauseFrom' | 'intake'> =
      subj && before && (SUBORDINATORS.has(before) || timeClause || asClause || before === 'whose')
        ? { clauseFrom: tokens[subj.from - 1]!.start }
        : setOffIn
          ? { clauseFrom: tokens[subj!.from - 2]!.start }
          : {};
    if (SCOPE_INTAKE_VERBS.has(t.lower)) how.intake = true;
    // ("Divers found 6 bodies in the river, police said": the finders' count, told by the police.)
    if (RECOVERY_VERBS.has(t.lower) && tokens.slice(i + 1, i + 5).some((w) => SCOPE_BODY_NOUNS.has(w.lower))) how.intake = true;
    // "The Red Cross said volunteers had counted 52 bodies": an unnamed counter inside what a speaker
    // says (a verb of recording, not of speech) is the speaker's report.
    if (subj && !SPEECH_VERBS.has(t.lower) && countedInReport(tokens, subj, slice(subj.start, subj.end), t.lower)) subj = null;
    // "The Observatory today publishes its third situation report on …": a verb of reporting before
    // the word makes it a noun, the verb's object ("publishes its third situation" is no subject).
    if (
      subj &&
      tokens
        .slice(subj.from, subj.to - 1)
        .some((w) => /^\p{Ll}/u.test(w.text) && (REPORTING_VERBS.has(w.lower) || SPEECH_VERBS.has(w.lower) || RELEASE_VERBS.has(w.lower)))
    )
      continue;
    if (subj) {
      const raw = slice(subj.start, subj.end);
      const country = speakingCountry(raw, t, tokens, subj.from, headline);
      // The subject must be a speaker, not a figure or an event ("the death toll reported").
      if (holdsFigure(raw) || /\b(?:toll|death|deaths|number|protests?|violence|unrest)$/i.test(raw)) {
        // a figure or an event, not a speaker ("the death toll reported"); but "the 45 deaths police
        // had confirmed": a contact clause's subject after the figure's noun gives that figure.
        const teller = contactTeller(tokens, subj.from, subj.to, t);
        if (teller) add('speaker', slice(teller.start, teller.end), teller.start, { rule: 'contact-clause-teller' });
      } else if (PRIOR_DOCUMENT.test(raw)) {
        items.push({ role: 'speaker', name: null, at: subj.start, unresolved: true });
      } else if (country) {
        // "South Africa says 13 of its soldiers died", "Kyiv said": a country or its capital that speaks is its government (state-speaker);
        // elsewhere a bare place is never a source (nor in a headline, where it stands for the body the report names).
        items.push(stateSpeaker(raw, subj.start, country));
      } else {
        // "The review notes that …", "Latest reports indicate …": the report under way's author.
        const added = add('speaker', DOCUMENT_SUBJECT.test(raw) && !/^the\s/i.test(raw) ? '' : raw, subj.start, {
          ...how,
          ...(subj.rule ? { rule: subj.rule } : {}),
          ...(subj.body ? { body: true } : {}),
          ...(ADDRESSEE_VERBS.has(t.lower) && prev === ',' ? { rule: 'told-addressee' } : {}),
          // (A relative clause's speaker tells what its own clause says, not the figures before it: "Thousands
          // packed an avenue to hear Ana Ruiz, who says the tally sheets show she won".)
          // (Unless the clause names who a figure is "according to": "according to the parish priest, Father Tomas Helm, who said …".)
          ...(relative
            ? tokens.slice(Math.max(0, pronoun - 10), pronoun).some((w) => w.lower === 'according')
              ? { rule: 'relative-speaker' as const }
              : { rule: 'relative-speaker' as const, clauseFrom: tokens[pronoun]!.start }
            : {}),
        });
        // "Jane Roe, whose son was among the 44 killed, said …": a clause set off inside the
        // subject tells of the speaker; its figures are not what the speaker says (unless it reports them).
        const between = tokens.slice(subj.to, i);
        if (added && between.some((w) => w.text === ',') && !between.some((w) => REPORTING_VERBS.has(w.lower) || KNOWING_VERBS.has(w.lower)))
          items[items.length - 1]!.skipBefore = t.start;
      }
    }
    // "told Reuters", "confirmed to Anadolu": the outlet relays the speaker.
    // ("told the Velm Times", "told the BBC", "told state television": an article or an outlet's noun too.)
    const told = t.lower === 'told' || t.lower === 'tells';
    const hearer = told && tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    const next = tokens[hearer];
    const relayAt =
      told && next && /^\p{Lu}/u.test(next.text) ? hearer : tokens[i + 1]?.lower === 'to' && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '') ? i + 2 : -1;
    if (relayAt >= 0) {
      // Only the capitalised name: "confirmed to Anadolu three new deaths".
      let end = relayAt;
      while (end < tokens.length && /^\p{Lu}/u.test(tokens[end]!.text)) end++;
      const hearerName = slice(tokens[relayAt]!.start, tokens[end - 1]!.end);
      // (After "the", only an outlet: "told the Delhi High Court" names a hearer, no relay.)
      // ("told the ISNA news agency": a name an outlet's noun follows is one.)
      if (relayAt !== i + 2 || tokens[i + 1]?.lower !== 'the' || sourceEntity(hearerName)?.kind === 'outlet' || OUTLET_WORDS.has(tokens[end]?.lower ?? ''))
        add('relay', hearerName, tokens[relayAt]!.start);
    } else if (told && next && /^\p{Ll}/u.test(next.text) && !['a', 'an', 'this', 'that'].includes(next.lower)) {
      // "told state television", "told local radio": lower-case words ending on an outlet's noun
      // (its last one: "the state news agency"; not "a news conference").
      let end = hearer;
      while (end < hearer + 3 && end < tokens.length && /^\p{Ll}+$/u.test(tokens[end]!.text) && !OUTLET_WORDS.has(tokens[end]!.lower)) end++;
      while (OUTLET_WORDS.has(tokens[end + 1]?.lower ?? '') || (tokens[end]?.lower === 'news' && tokens[end + 1]?.lower === 'agency')) end++;
      const outlet = OUTLET_WORDS.has(tokens[end]?.lower ?? '') || (tokens[end]?.lower === 'agency' && tokens[end - 1]?.lower === 'news');
      if (outlet && !NOT_OUTLET_AFTER.has(tokens[end + 1]?.lower ?? '')) {
        // "told the state news agency IRNA": the name after the description; "told the news agency"
        // (named before): the description, with its article, resolved as any other.
        let name = end + 1;
        while (name < tokens.length && name < end + 5 && /^\p{Lu}/u.test(tokens[name]!.text)) name++;
        if (name > end + 1) add('relay', slice(tokens[end + 1]!.start, tokens[name - 1]!.end), tokens[end + 1]!.start);
        else add('relay', slice(tokens[i + 1]!.start, tokens[end]!.end), next.start);
      }
    }
  }
  placeSpeakerAtFacility(items, tokens, slice);
  bindToRelativeClause(items, tokens);
  return items;
}

/**
 * "The rallies, which officials described as small, drew about 5,000 people": a speaker inside a
 * relative clause set off by commas, whose pronoun is the verb's object, tells that clause only,
 * not the main clause's figures after it.
 */
function bindToRelativeClause(items: AttributionItem[], tokens: Token[]): void {
  for (const it of items) {
    if (it.role !== 'speaker' || it.boundTo) continue;
    const k = tokens.findIndex((t) => t.start >= it.at);
    if (k < 2 || !OBJECT_RELATIVES.has(tokens[k - 1]!.lower) || tokens[k - 2]!.text !== ',') continue;
    // ("The count, which the ministry released on Monday, shows 40 dead": who put out the document the clause describes tells it.)
    if (DOCUMENT_NOUNS.has(tokens[k - 3]?.lower ?? '')) continue;
    const close = tokens.findIndex((t, j) => j > k && t.text === ',');
    if (close > 0) it.boundTo = { start: tokens[k - 1]!.start, end: tokens[close]!.start };
  }
}

/**
 * "Four further deaths were reported overnight", "a man is reported killed": a sentence that says
 * its figure was reported, with no one named after "by", tells it as the outlet's own news.
 */
function reportedByNoOne(tokens: Token[]): boolean {
  // (Not "reported missing", the state of people no one has found.)
  return tokens.some(
    (t, k) =>
      AGENTLESS_REPORT_VERBS.has(t.lower) &&
      PASSIVE_AUXILIARIES.has(tokens[k - 1]?.lower ?? '') &&
      tokens[k + 1]?.lower !== 'by' &&
      !REPORTED_STATES.has(tokens[k + 1]?.lower ?? ''),
  );
}

/** Forms of "be" before a progressive verb of speech ("are saying", "was reporting"). */
const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were']);

/** Relative pronouns that open a clause as its verb's object ("which officials called illegal"). */
const OBJECT_RELATIVES = new Set(['which', 'whom']);

/**
 * The country code of a subject that only names a country and opens its clause before a verb of
 * saying, outside a headline ("…, and Malawi has reported three deaths"); else null.
 */
function speakingCountry(raw: string, verb: Token, tokens: Token[], from: number, headline: boolean): string | null {
  if (headline || !(SPEECH_VERBS.has(verb.lower) || REPORTING_VERBS.has(verb.lower))) return null;
  const before = tokens[from - 1]?.lower;
  if (before !== undefined && !CLAUSE_OPENERS.has(before)) return null;
  // ("Kyiv said", "Tehran has acknowledged": a capital speaks for its government only by a verb of saying
  // or of taking a stand; "Nairobi recorded the most deaths" is where they happened.)
  return countryNamedAlone(raw) ?? (SPEECH_VERBS.has(verb.lower) || STANCE_VERBS.has(verb.lower) ? capitalNamedAlone(raw) : null);
}

/** A country or its capital speaking as its government (state-speaker): an office of that country. */
function stateSpeaker(raw: string, at: number, country: string): AttributionItem {
  const name = raw.trim();
  return { role: 'speaker', name, at, unresolved: false, entity: { name, kind: 'office', role: null, country, alias: null }, rule: 'state-speaker' };
}

/** The code of the country a phrase only names ("South Africa", "the Netherlands"; no demonym), else null. */
function countryNamedAlone(raw: string): string | null {
  const name = raw.trim().replace(/^the\s+/, '');
  if (!/^\p{Lu}/u.test(name)) return null;
  return (
    getGazetteer()
      .candidates(name)
      .find((e) => e.place.precision === 'country')?.place.countryCode ?? null
  );
}

/** The code of the country whose capital a phrase only names, by the capital's own name ("Kyiv", "Tehran"), else null. */
function capitalNamedAlone(raw: string): string | null {
  const name = raw.trim();
  if (!/^\p{Lu}\p{L}/u.test(name)) return null;
  const capital = getGazetteer()
    .candidates(name)
    .find((e) => e.capital && foldName(e.place.name) === foldName(name));
  return capital?.place.countryCode ?? null;
}

/** "…, the municipal chief executive, Mary Atinga.": the name (two to four capitalised words) closing the phrase after a role ending at `to`, else null. */
function nameAfterRole(tokens: Token[], to: number): string | null {
  // ("a spokesman for the ministry, Ali Karim": the phrase the role governs runs to the comma.)
  if (['for', 'of'].includes(tokens[to]?.lower ?? '')) {
    let c = to + 1;
    while (c < tokens.length && c < to + 7 && tokens[c]!.text !== ',') c++;
    if (tokens[c]?.text === ',') to = c;
  }
  if (tokens[to]?.text !== ',') return null;
  // The role: a role noun or a noun of one person ("the parish priest"), or one governing a body
  // ("a spokesman for the ministry", "the head of the regional health office").
  const role = (w: Token | undefined) => {
    if (!w || !/^\p{Ll}/u.test(w.text)) return false;
    if (ROLE_NOUNS.has(w.lower)) return true;
    const n = personNoun(w.lower);
    return !!n && n.kind === 'person' && !n.plural;
  };
  const governing = tokens.slice(Math.max(0, to - 6), to - 1).some((w, k, ws) => ['for', 'of'].includes(w.lower) && role(ws[k - 1]));
  if (!role(tokens[to - 1]) && !governing) return null;
  let from = to + 1;
  // ("Dr. Ali Hassan", "Gen. Tom Reyes": a title before the name is none of it.)
  for (;;) {
    const title = TITLES.has(tokens[from]?.lower ?? '') || ABBREVIATED_TITLES.has((tokens[from]?.lower ?? '').replace(/\.$/, ''));
    const dotted = tokens[from + 1]?.text === '.' ? 1 : 0;
    if (!title || !startsCapitalised(tokens[from + 1 + dotted]?.text ?? '')) break;
    from += 1 + dotted;
  }
  let k = from;
  // ("Dr. Salma Yusuf al-Hakimi": a particle hyphened to the name's last part.)
  while (k < tokens.length && k < from + 4 && (startsCapitalised(tokens[k]!.text) || (k > from && hyphenedParticlePart(tokens[k]!.text)))) k++;
  if (!isNameRun(tokens, from, k) || !['.', ',', undefined].includes(tokens[k]?.text)) return null;
  return tokens
    .slice(from, k)
    .map((t) => t.text)
    .join(' ');
}

/** A body's acronym: capitals, perhaps with digits ("CONAD", "HRCP"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;

/**
 * "the organisers, the Take It Back Coalition.", "the national disaster agency, CONAD.": a body's
 * name set off after a lower-case description of a group or a body (tokens `from`..`to`), closing
 * the clause. The name, or null.
 */
function bodyAfterDescription(tokens: Token[], from: number, to: number): string | null {
  const head = tokens[to - 1];
  // (An acronym among the description's words describes it still: "the UN refugee agency, UNHCR".)
  const named = (w: Token) => /^\p{Lu}/u.test(w.text) && !/^\p{Lu}{2,4}$/u.test(w.text);
  if (tokens[to]?.text !== ',' || !head || !/^\p{Ll}/u.test(head.text) || tokens.slice(from, to).some(named)) return null;
  if (!GROUP_NOUNS.has(head.lower) && !GENERIC_ORG_HEADS.has(head.lower) && !BODY_REFERENCE_HEADS.has(head.lower)) return null;
  let a = to + 1;
  if (tokens[a]?.lower === 'the') a++;
  let k = a;
  while (k < tokens.length && k < a + 8 && (startsCapitalised(tokens[k]!.text) || (['of', 'for', 'and'].includes(tokens[k]!.lower) && k > a))) k++;
  // ("according to the UN migration agency, IOM, about …": an acronym alone, set off by commas, names it too.)
  const acronymSetOff = k - a === 1 && tokens[k]?.text === ',' && ACRONYM.test(tokens[a]!.text);
  // (Its acronym in brackets may follow, and a relative clause on it: "the organisers, the Orr Growers League (OGL), which …".)
  const bracketed = tokens[k]?.text === '(' && ACRONYM.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')' ? k + 3 : k;
  const ends =
    ['.', undefined].includes(tokens[bracketed]?.text) || (tokens[bracketed]?.text === ',' && RELATIVE_PRONOUNS.has(tokens[bracketed + 1]?.lower ?? ''));
  if (!startsCapitalised(tokens[k - 1]!.text) || (!ends && !acronymSetOff)) return null;
  // ("according to the national disaster agency, CONAD.": a body's acronym alone names it too.)
  if (k - a === 1) return ACRONYM.test(tokens[a]!.text) ? tokens[a]!.text : null;
  if (k - a < 2) return null;
  const name = tokens
    .slice(a, k)
    .map((w) => w.text)
    .join(' ');
  return looksLikeOrg(name) ? name : null;
}

/**
 * "At the city morgue, officials told reporters …", "At Kessel General Hospital, a senior nurse
 * said …": people a sentence names only by a noun speak from the facility its opening phrase
 * names, and are named with it ("officials at the city morgue").
 */
function placeSpeakerAtFacility(items: AttributionItem[], tokens: Token[], slice: (a: number, b: number) => string): void {
  if (tokens[0]?.lower !== 'at') return;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 2 || comma > 7 || !tokens.slice(1, comma).some((t) => SCOPE_FACILITY_NOUNS.has(t.lower))) return;
  const speaker = items.find((it) => it.role === 'speaker' && it.name && it.at > tokens[comma]!.start);
  const kind = speaker?.entity?.kind;
  if (!speaker || (kind !== 'group' && kind !== 'person') || /\p{Lu}|\s(?:at|in|of)\s/u.test(speaker.name!.slice(1))) return;
  const name = `${speaker.name} at ${slice(tokens[1]!.start, tokens[comma - 1]!.end)}`;
  speaker.name = name;
  speaker.entity = sourceEntity(name) ?? speaker.entity;
}

/**
 * "the 45 deaths police had confirmed", "the 28 the ministry announced": in a subject that holds a
 * figure, the words after the figure and its noun, before a verb that gives figures, are who gave
 * it; null when no such words are there or they name no source.
 */
function contactTeller(tokens: Token[], from: number, to: number, verb: Token): { start: number; end: number } | null {
  if (!FIGURE_GIVING_PARTICIPLES.has(verb.lower)) return null;
  let k = to - 1;
  while (k >= from && !/^\d/.test(tokens[k]!.text)) k--;
  if (k < from) return null;
  k++;
  // The figure's own noun ("deaths", "people"), then the teller.
  // (No such noun, no count of people: "a 24-hour curfew announced hours earlier".)
  const noun = k;
  while (k < to && (CATEGORY_CUES.has(tokens[k]!.lower) || personNoun(tokens[k]!.lower)?.kind === 'person') && !GROUP_NOUNS.has(tokens[k]!.lower)) k++;
  if (k === noun || k >= to) return null;
  const words = tokens
    .slice(k, to)
    .map((w) => w.text)
    .join(' ');
  return sourceEntity(words) ? { start: tokens[k]!.start, end: tokens[to - 1]!.end } : null;
}

/** Whether the report names a person with this name's surname ("Ortez" for "Mayor Lina Ortez"). */
function namedPersonLater(name: string, after: number, mentions: SpeakerMention[]): boolean {
  const surname = name.split(/\s+/).pop();
  return mentions.some((m) => m.kind === 'person' && m.start >= after && m.name.split(/\s+/).pop() === surname);
}

/** A source from an attribution item: its name, with kind, country and role when known. */
function sourceOf(it: AttributionItem, via: string[]): Source {
  const source: Source = { name: it.name!, via: dedupe(via).filter((v) => v !== it.name) };
  const e = it.entity;
  if (e && e.name === it.name) {
    source.kind = e.kind;
    if (e.country) source.country = e.country;
    if (e.role) source.role = e.role;
  }
  return source;
}

/**
 * Combine a clause's attribution items into a source. Of several speakers, the one nearest
 * before the figure is its origin and the ones before it relay ("The paper wrote that Press TV
 * said dozens …"); with none before, the first after it ("… 12 killed, police said").
 */
function combine(items: AttributionItem[], figureAt: number, figures: readonly number[] = []): Combined | null | 'none' {
  const found = combineItems(items, figureAt, figures);
  if (!found || found === 'none') return found;
  const from = items.find((it) => it.name === found.name);
  // (A conjunct given its figure is no item of its own.)
  if (!from && items.some((it) => it.respectively?.some((p) => p.name === found.name))) return { source: found, rule: 'respectively' };
  return { source: found, rule: from?.rule };
}

interface Combined {
  source: Source;
  /** The rule that read the chosen speaker, if any. */
  rule: SourceRefinement | undefined;
}

/** `figures`: where the sentence's figures stand, so that a speaker whose figure came and went relays no later one. */
/**
 * "Police and activists put the toll at 12 and 40 respectively": the conjunct of a coordinated
 * speaker in the place of the figure among the speaker's figures (respectively), when they are as
 * many as the conjuncts; else the speaker as it is.
 */
/**
 * Conjuncts that share the last one's head noun, each named with it: "the interior and health
 * ministries" -> "interior ministry", "health ministry" (the plural head made singular); other
 * conjuncts as they are.
 */
function sharedHead(parts: string[]): string[] {
  const last = parts[parts.length - 1]!.split(/\s+/);
  const head = last[last.length - 1]!;
  const shared = parts.length > 1 && last.length >= 2 && /^\p{Ll}+s$/u.test(head) && parts.slice(0, -1).every((p) => /^(?:the\s+)?\p{Ll}+$/u.test(p));
  if (!shared) return parts;
  const one = head.replace(/ies$/, 'y').replace(/s$/, '');
  return [...parts.slice(0, -1).map((p) => `${p} ${one}`), [...last.slice(0, -1), one].join(' ')];
}

function respective(speaker: AttributionItem | undefined, figureAt: number, figures: readonly number[]): AttributionItem | undefined {
  const parts = speaker?.respectively;
  if (!parts) return speaker;
  // (The speaker before its figures, or after them: "according to police and medics respectively".)
  const told = figures.filter((f) => f > speaker.at === figureAt > speaker.at);
  const k = told.indexOf(figureAt);
  if (told.length !== parts.length || k < 0) return speaker;
  return { ...speaker, name: parts[k]!.name, entity: parts[k]!.entity, rule: 'respectively' };
}

function combineItems(items: AttributionItem[], figureAt: number, figures: readonly number[] = []): Source | null | 'none' {
  const named = oneSubjectOneSource(items.filter((it) => it.name));
  if (named.length === 0) return items.some((it) => it.unresolved) ? 'none' : null;
  const bound = named.find((it) => it.boundTo);
  if (bound) return sourceOf(bound, []);
  const speakers = named.filter((it) => it.role === 'speaker');
  // "Medical workers told HRW that the hospital treated dozens", "The morgue received 17 bodies, an
  // attendant said": whoever tells of an intake speaks for it.
  const told = speakers.filter((it) => it.at < figureAt);
  const tellers = speakers.filter((it) => !it.intake);
  const before = told[told.length - 1]?.intake && tellers.length ? told.filter((it) => !it.intake) : told;
  // "He said his government had been informed by the army that 12 had died": who informed the
  // speaker's side, between the speaker and the figure, is the origin; the speaker relays it.
  const informer = named.find((it) => it.rule === 'informed-by' && it.at < figureAt && told.some((sp) => sp.at < it.at));
  if (informer) return sourceOf(informer, [told.findLast((sp) => sp.at < informer.at)!.name!]);
  // ("Its director, Ana Ruiz, told reporters that the observatory had documented 14 deaths": a body
  // referred back to inside what one of its people says is the person's account (6 of 8 read cases).)
  const described = before.length > 1 ? before[before.length - 1]! : undefined;
  const teller = described?.rule === 'definite-description' && described.entity?.kind !== 'person' ? before[before.length - 2]! : undefined;
  // (Not a spokesperson's: a body's voice tells the body's own account.)
  if (teller && teller.entity?.kind === 'person' && !teller.voice && !teller.intake && !figures.some((f) => f > teller.at && f < described!.at)) before.pop();
  const speaker = respective(before[before.length - 1] ?? tellers[0] ?? speakers[0] ?? named.find((it) => it.role === 'agent'), figureAt, figures);
  // ("the figure of 40 given by activists, saying 9 died": an author named before a speaker's own clause relays none of it.)
  // ("The government's initial figure, announced by Prime Minister X, was 50": who gave a document
  // out names it more nearly than whose it is.)
  const owner = named.find((it) => it.role === 'according' && it.rule === 'document-author');
  const according0 =
    (owner && named.find((it) => it.role === 'according' && it.rule === 'document-by-author' && it.at > owner.at)) ??
    named.find((it) => it.role === 'according');
  const according1 = according0 && speaker?.clauseFrom !== undefined && according0.at < speaker.clauseFrom ? undefined : according0;
  // ("…, according to the interior and health ministries respectively": each its figure.)
  const according = respective(according1, figureAt, figures);
  // "Hospitals in Sarn treated 90 people, according to the health directorate": whoever tells of an
  // intake speaks for it, named by "according to" as by a verb of saying.
  if (speaker?.intake && according && !tellers.length) return sourceOf(according, []);
  // "X said Y told it …": speakers before the one who speaks relay it. A speaker told in a relative
  // clause ("the League, which says 120 died, and the ministry, which said 30") or in a subordinate
  // one ("… in Brel, where activists said 12 died") is relayed by no one.
  const outer =
    speaker?.rule === 'relative-speaker' || speaker?.clauseFrom !== undefined
      ? []
      : before
          .slice(0, -1)
          // ("Police said 40 were held, and activists said 12 were hurt": the police told their own figure.)
          .filter((it) => it.rule !== 'relative-speaker' && !figures.some((f) => f > it.at && f < speaker!.at))
          .map((it) => it.name!)
          .reverse();
  const citing = named.find((it) => it.role === 'citing');
  const relays = [...outer, ...named.filter((it) => it.role === 'relay').map((it) => it.name!)];
  // "state TV quoted the ministry as saying …": the one quoted said it, whoever relays it.
  // ("It said its reporters counted 14 bodies, and quoted a nurse as saying 30 more came": only the figures after the quoting.)
  const quoted = named.find((it) => it.role === 'quoted' && it.at < figureAt);
  if (quoted) return sourceOf(quoted, [...(speaker ? [speaker.name!] : []), ...(citing ? [citing.name!] : []), ...relays]);

  /** Is the one cited, rather than the teller who cites it, the figure's origin? */
  const citedIsOrigin = (citing: AttributionItem, teller: AttributionItem): boolean => {
    // "State television, citing the Health Ministry, reported": the ministry is the origin;
    // "Press TV …, citing intelligence officials": the named outlet is what the text can stand on.
    // "Citing police, Amnesty says …": a body cited is the origin, named or not; an anonymous
    // group of people ("intelligence officials", "sources") leaves the named relay to stand on, as does
    // a person cited after the figure, or by the relay's own staff word or with the name withheld ("its
    // photographer", "unnamed officials"); one set off before the figure and described by what they
    // are ("Radio X, citing a district health officer, reported …") is the origin.
    // A generic description ("the network linked to …") names no body of its own either.
    // ("State radio, citing hospital sources, said …": an informant the report calls its source is
    // the origin all the same, the outlet its relay.)
    const informant = INFORMANT_HEADS.has(headOfDescription(citing.name!).split(/\s+/).pop()!.toLowerCase());
    const anonymous =
      !informant &&
      (isUnnamedGroup(citing.name!) ||
        describesGenerically(citing.name!) ||
        (citing.entity?.kind === 'person' && (citing.withheld || citing.at > figureAt)) ||
        citing.entity?.kind === 'group');
    return headIsNamed(citing.name!) || !anonymous || !headIsNamed(teller.name!);
  };
  if (citing && speaker) {
    const citedFirst = citedIsOrigin(citing, speaker);
    const main = citedFirst ? citing : speaker;
    const other = citedFirst ? speaker.name! : citing.name!;
    return sourceOf(main, [other, ...(according ? [according.name!] : []), ...relays]);
  }
  // ("Officials told local media …, according to the BBC": the outlet told is nearer the speaker than the one that tells of it.)
  // ("Museveni's figure was above the 45 deaths police had confirmed": the teller of a figure inside
  // a comparison is relayed by none of the sentence's other speakers.)
  if (speaker?.rule === 'contact-clause-teller') return sourceOf(speaker, []);
  const hearers = named.filter((it) => it.role === 'relay').map((it) => it.name!);
  // ("According to the relief office, 31 had died by Friday, the governor said": a body the speaker's
  // own words name before the figure is its origin; the speaker after the figure relays it.)
  if (speaker && according && !according.rule && according.at < figureAt && speaker.at > figureAt && speaker.clauseFrom === undefined)
    return sourceOf(according, [speaker.name!, ...hearers, ...relays.filter((r) => !hearers.includes(r))]);
  if (speaker) return sourceOf(speaker, [...hearers, ...(according ? [according.name!] : []), ...relays.filter((r) => !hearers.includes(r))]);
  // ("…, according to Radio Orsk, citing the health ministry": as after a speaker, the one cited may be the origin.)
  if (according && citing && citing.at > according.at && citedIsOrigin(citing, according)) return sourceOf(citing, [according.name!, ...relays]);
  if (according) return sourceOf(according, [...(citing ? [citing.name!] : []), ...relays]);
  if (citing) return sourceOf(citing, relays);
  return null;
}

/**
 * "The agency's figures show …": the subject is read twice, as a speaker ("agency") and as a
 * document's author (resolved: "the Velmar Relief Agency" named before). One subject is one
 * source, not a source and its relay: the author when it names the speaker's head, else the
 * speaker as written.
 */
function oneSubjectOneSource(named: AttributionItem[]): AttributionItem[] {
  const wordsOf = (n: string) =>
    n
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/\s+/);
  // "Figures released by the Kessia health ministry recorded …": the author read short ("Kessia")
  // and the subject read whole are one source, named in full.
  const byAuthor = named.find((it) => it.role === 'according' && it.rule === 'document-by-author');
  if (byAuthor) {
    const whole = named.find(
      (it) =>
        it.role === 'speaker' && it !== byAuthor && Math.abs(it.at - byAuthor.at) <= 12 && wordsOf(byAuthor.name!).every((w) => wordsOf(it.name!).includes(w)),
    );
    if (whole) return named.filter((it) => it !== byAuthor);
  }
  const author = named.find((it) => it.role === 'according' && it.rule === 'document-author');
  if (!author) return named;
  const speaker = named.find((it) => it.role === 'speaker' && it.at <= author.at && author.at - it.at <= 6 && it !== author);
  if (!speaker) return named;
  const spoken = wordsOf(speaker.name!);
  const authored = wordsOf(author.name!);
  // "the agency" -> "Velmar Relief Agency"; "KORVEX's confirmed" (a verb read into the subject) -> "KORVEX".
  const namesHead = authored.includes(spoken[spoken.length - 1]!) || authored.every((w) => spoken.includes(w));
  return named.filter((it) => it !== (namesHead ? speaker : author)).map((it) => (it === author ? { ...it, role: 'speaker' as const } : it));
}

/**
 * Do an acronym's letters spell the name, or a longer form of it ("OHCHR" for "UN High
 * Commissioner for Human Rights": the Office of …)? "INDH" for "National Institute for Human
 * Rights" does not (it spells the name in another language).
 */
function spellsName(acronym: string, name: string): boolean {
  if (sameName(acronym, name)) return true;
  const initials = name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
  return initials.length >= 2 && acronym.toLowerCase().endsWith(initials);
}

/** Do a name's capitals stand, in order, among an acronym's letters ("Union of Students" in "UOS")? */
function initialsWithin(acronym: string, name: string): boolean {
  let at = 0;
  for (const w of name.split(/\s+/)) {
    if (!/^\p{Lu}/u.test(w)) continue;
    at = acronym.indexOf(w[0]!, at) + 1;
    if (!at) return false;
  }
  return true;
}

/**
 * One entity, one name within a report: a surname alone is the person named in full before
 * ("Gunasekara" after "Ruwan Gunasekara"); an acronym the report introduced with a name that
 * its letters do not spell ("National Institute for Human Rights (INDH)") is that name
 * (acronym-of-name). Acronyms that spell their name stay as written: the tally joins them.
 */
function canonical(source: Source, mentions: SpeakerMention[], refinements: SourceRefinement[]): Source {
  const name = source.name;
  // ("9 dead across Kassala (PDMO)": a place before a body's bracketed acronym, its letters not
  // among the acronym's, is where the figure is, not the body's name.)
  const introduced = /^\p{Lu}{2,}$/u.test(name)
    ? mentions.find(
        (m) =>
          m.kind === 'org' &&
          m.alias === name &&
          m.name !== name &&
          !((getGazetteer().has(m.name) || countryOf(m.name) !== null) && !initialsWithin(name, m.name)),
      )
    : undefined;
  if (introduced && !spellsName(name, introduced.name)) {
    refinements.push('acronym-of-name');
    return { ...source, name: introduced.name, kind: source.kind ?? 'organisation', alias: name };
  }
  // The other name the report gives the body: the name its acronym stands for, or the acronym given for its name.
  if (introduced) return { ...source, alias: introduced.name };
  const acronym = mentions.find((m) => m.kind === 'org' && m.alias && m.name === name)?.alias;
  if (acronym && acronym !== name) return { ...source, alias: acronym };
  // "KMA official", "CRWN volunteers": people of a body named by the acronym the report gave it are,
  // in other words, the "Kenya Medical Association official".
  const words = name.split(' ');
  if (words.length > 1) {
    const at = words.findIndex((w) => /^\p{Lu}{2,}$/u.test(w));
    const body = at >= 0 ? mentions.find((m) => m.kind === 'org' && m.alias === words[at] && m.name !== words[at]) : undefined;
    if (body) return { ...source, alias: [...words.slice(0, at), body.name, ...words.slice(at + 1)].join(' ') };
  }
  let best = name;
  for (const m of mentions) {
    if (m.kind === 'person' && m.name.length > best.length && m.name.endsWith(` ${name}`) && /^\p{Lu}/u.test(name)) best = m.name;
  }
  if (best === name) {
    // "Abbas Mousavi, the foreign ministry spokesman, said": the role set off after the name is the person's too.
    // (A description of a body set off there, "a local charity that runs shelters", or a title alone, "Dr", is no role.)
    const role = source.kind === 'person' && !source.role ? mentions.find((m) => m.kind === 'person' && m.name === name && m.role)?.role : null;
    const head = role ? headOfDescription(role).split(/\s+/).pop()!.toLowerCase() : '';
    return role && (ROLE_NOUNS.has(head) || personNoun(head)?.kind === 'person') ? { ...source, role } : source;
  }
  return { ...source, name: best, kind: 'person', ...(source.role ? {} : { role: mentions.find((m) => m.name === best)?.role ?? null }) };
}

const dedupe = (names: string[]) => [...new Set(names.filter(Boolean))];

const ORG_BYLINE =
  /\b(?:watch|international|amnesty|organi[sz]ation|council|commission|committee|network|cent(?:re|er)|institute|foundation|federation|union|coalition|observatory|society|association|movement|ministry|agency)\b/i;

export interface AttributionInput {
  text: string;
  seg: Segmentation;
  claims: DraftClaim[];
  quotes: QuoteWithSpeaker[];
  mentions: SpeakerMention[];
  byline: string | null;
  /** Tokens of each sentence, when the caller has them already. */
  tokens?: Token[][];
  /** The country the report is about (the one its places name most), if any. */
  country?: ResolvedPlace | null;
}

/**
 * "police said" in a report about Hong Kong is Hong Kong's police: a state body named without
 * its state (all lowercase: "police", "the government", "a police official") belongs to the
 * country the report is about. Named bodies ("Interior Ministry") and groups ("officials") keep their name.
 */
/**
 * The author in "the police estimate", "the ministry's count", "Viasna's statement": the
 * lowercase or named words between a determiner (or the clause start) and a document noun at
 * tokens[i], when nothing governs the phrase ("according to the police estimate" is read there).
 */
function documentAuthor(tokens: Token[], nounAt: number): { from: number; to: number } | null {
  const noun = tokens[nounAt]!;
  // "the health ministry's toll rose to 40": a toll is a document of its author too.
  if (!(DOCUMENT_NOUNS.has(noun.lower) || noun.lower === 'toll') || /^\p{Lu}/u.test(noun.text)) return null;
  // ("stormed a police post": a place, not a document.)
  if (noun.lower === 'post' && POST_PLACE_MODIFIERS.has(tokens[nounAt - 1]?.lower ?? '')) return null;
  // ("outside the Electoral Commission's tally centre": the noun modifies a place; "the party's tally sheets show
  // it won": or a plural noun of a thing after it.)
  if (DOCUMENT_COMPOUND_PLACES.has(tokens[nounAt + 1]?.lower ?? '') || DOCUMENT_COMPOUND_THINGS.has(tokens[nounAt + 1]?.lower ?? '')) return null;
  // "the network's latest figures": premodifiers between the author's possessive and the document.
  let at = nounAt;
  // ("the Government's official death toll": a toll's harm noun before it too, when a body owns it,
  // not a place, "Tarsk's death toll".)
  const harmToll = noun.lower === 'toll' && TOLL_HARM_NOUNS.has(tokens[at - 1]?.lower ?? '');
  if (harmToll) at--;
  // ("the ministry's published bulletin", "the army's revised count": a participle of putting out or
  // correcting figures describes the document too.)
  const premodifier = (w: string) => SOURCE_PREMODIFIERS.has(w) || FIGURE_SETTING_PARTICIPLES.has(w) || (RELEASE_VERBS.has(w) && w.endsWith('ed'));
  /** Back from `k` over lower-case premodifiers, not to `floor` or before. */
  const pastPremodifiers = (k: number, floor: number) => {
    while (k > 1 && k > floor && premodifier(tokens[k - 1]!.lower) && /^\p{Ll}/u.test(tokens[k - 1]!.text)) k--;
    return k;
  };
  const possessiveAt = (k: number) => POSSESSIVE_MARK.test(tokens[k]?.text ?? '') || /\p{L}['’]s$/u.test(tokens[k]?.text ?? '');
  at = pastPremodifiers(at, nounAt - 3);
  // ("the agency's weekly situation report", "OCHA's flash update": a noun before the document's that makes
  // one compound with it, when the author's possessive stands before the two.)
  if (at === nounAt && /^\p{Ll}+$/u.test(tokens[at - 1]?.text ?? '')) {
    const compound = pastPremodifiers(at - 1, nounAt - 4);
    if (possessiveAt(compound - 1)) at = compound;
  }
  // "Its count has climbed to 304", "their tally": a body's document held by a pronoun is that
  // body's, whoever the pronoun refers to (not "its toll", which may be an event's).
  if (['its', 'their'].includes(tokens[at - 1]?.lower ?? '') && noun.lower !== 'toll' && (at === 1 || tokens[at - 2]!.text === ','))
    return { from: at - 1, to: nounAt + 1 };
  // ("the government's new toll": the possessive may be the author word's own ending.)
  const possessed = possessiveAt(at - 1);
  if (!possessed) at = nounAt;
  // "the ministry reports 40": a verb, unless an author's possessive makes it a noun.
  if (VERB_OR_PLURAL_NOUN.has(noun.lower) && !possessed) return null;
  // "The government disputes Amnesty's figure of 50": a name's possessive is the author wherever
  // the phrase stands; the author is the run of capitalised words that ends on it.
  if (/^\p{Lu}[\p{L}.-]*['’]s$/u.test(tokens[at - 1]?.text ?? '')) {
    let first = at - 1;
    while (first > 0 && first > at - 5 && /^\p{Lu}/u.test(tokens[first - 1]!.text) && !/['’]s$/.test(tokens[first - 1]!.text)) first--;
    const before = tokens[first - 1]?.lower ?? '';
    const owner = tokens
      .slice(first, at)
      .map((t) => t.text)
      .join(' ')
      .replace(/['’]s$/, '');
    const body = !harmToll || ORG_WORDS.has(owner.split(' ').pop()!.toLowerCase()) || looksLikeOrg(owner);
    if (first > 0 && before !== 'the' && !GOVERNING_PREPOSITIONS.has(before) && body) return { from: first, to: at };
  }
  const i = at;
  // ("09:10 — Rescue service's latest figures: …": a live page's time before its entry is no part of the author.)
  const entry = liveEntryStart(tokens);
  let from = i;
  while (
    from > entry &&
    from > i - 4 &&
    /^[\p{L}'’.-]+$/u.test(tokens[from - 1]!.text) &&
    !DETERMINER_WORDS.has(tokens[from - 1]!.lower) &&
    !SOURCE_PREMODIFIERS.has(tokens[from - 1]!.lower) &&
    // "the group has data on …", "the experts hold information": a verb ends the author; the document is its object.
    !FINITE_AUX.has(tokens[from - 1]!.lower) &&
    !(HOLDING_VERBS.has(tokens[from - 1]!.lower) && !possessed)
  )
    from--;
  if (from === i) return null;
  const before = from === entry ? '' : (tokens[from - 1]?.lower ?? '');
  // ("an AFP tally based on …": an indefinite article before a named author too.)
  // ("a police statement", "an army statement": or a body's noun.)
  const bodyNoun = (w: string) => STATE_BODY_NOUNS.has(w) || GENERIC_ORG_HEADS.has(w) || OFFICE_WORDS.has(w);
  const indefinite = ['a', 'an'].includes(before) && (/^\p{Lu}/u.test(tokens[from]!.text) || (i - from === 1 && bodyNoun(tokens[from]!.lower)));
  // ("Velmar: monitoring group's latest report puts …": a headline's part after its colon opens as a sentence does.)
  if (!['the', ',', ':', ''].includes(before) && before !== 'while' && before !== 'whereas' && !indefinite) return null;
  if (GOVERNING_PREPOSITIONS.has(tokens[from - 2]?.lower ?? '')) return null;
  const words = tokens.slice(from, i).map((w) => w.text.replace(/['’]s$/, ''));
  if (POSSESSIVE_MARK.test(tokens[i - 1]!.text)) words.pop();
  // An author is a body or a name: "police", "Viasna", "the ministry's" — not "casualty", "2020".
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (!words.length || words.some((w) => /\d/.test(w))) return null;
  // "Newly released figures show": words capitalised only by opening the sentence that describe the document.
  if (from === entry && words.every((w, k) => (k === 0 || /^\p{Ll}/u.test(w)) && DESCRIBING_TAGS.has(tag(w.toLowerCase())[0]?.pos ?? ''))) return null;
  // ("the union's count", "the association's own figure": a collective body's noun too.)
  if (!/^\p{Lu}/u.test(words[0]!) && !STATE_BODY_NOUNS.has(last) && !GENERIC_ORG_HEADS.has(last) && !OFFICE_WORDS.has(last) && !BODY_REFERENCE_HEADS.has(last))
    return null;
  // ("Casualty figures from the ministry: …": a harm's noun, capitalised only by opening the sentence, says what the document counts.)
  if (from === entry && words.length === 1 && (TOLL_HARM_NOUNS.has(last) || CATEGORY_CUES.has(last))) return null;
  // ("Tarsk's running toll stands at 19, according to the monitor": a toll a name owns that reads as no body's
  // is the toll of a place, whoever counts it.)
  if (noun.lower === 'toll' && possessed && /^\p{Lu}/u.test(words[0]!) && !ORG_WORDS.has(last) && !looksLikeOrg(words.join(' '))) return null;
  // "Iran dismisses report that …": a headline's verb before the document ends its subject, no author.
  if (
    !possessed &&
    words.length > 1 &&
    !/['’]s$/.test(tokens[nounAt - 1]!.text) &&
    tag(
      tokens
        .slice(from, nounAt + 1)
        .map((w) => w.text)
        .join(' '),
    ).some((w, k) => k < words.length && VERB_TAGS.has(w.pos) && /^\p{Ll}/u.test(w.text))
  )
    return null;
  return { from, to: POSSESSIVE_MARK.test(tokens[i - 1]!.text) ? i - 1 : i };
}

const POSSESSIVE_MARK = /^['’]s$/;
const VERB_TAGS = new Set(['VERB', 'AUX']);

/**
 * A headline's description ("Rights watchdog: …") is the first named organisation the body
 * gives as a source, when there is one; else it stays the description.
 */
function nameForward(it: AttributionItem, known: KnownSource[], mentions: SpeakerMention[], text: string): void {
  // An indefinite description is named within the next few sentences, or stays a description.
  const reach = it.forwardRule ? INDEFINITE_REACH : Infinity;
  // A description of an office or of a group of people ("a government commission", "a panel of
  // experts") is only a body whose name holds its head; an organisation's, the next one named.
  const heads = new Set(lowerWords(it.name ?? '').filter((w) => GENERIC_ORG_HEADS.has(w) || BODY_REFERENCE_HEADS.has(w) || personNoun(w)?.kind === 'person'));
  const holdsHead = (name: string) => lowerWords(name).some((w) => heads.has(w));
  // (A definite description is named only by a body whose name holds every one of its words.)
  const described = lowerWords(it.name ?? '');
  const holdsAll = (name: string) => {
    const words = new Set(lowerWords(name));
    return described.every((w) => words.has(w));
  };
  const fits = (name: string) =>
    it.forwardRule === 'description-named-next' ? holdsAll(name) : !it.forwardRule || it.entity?.kind === 'organisation' || holdsHead(name);
  const candidates = known.filter(
    (k) => k.start > it.at && k.start - it.at <= reach && k.entity && ['organisation', 'office'].includes(k.entity.kind) && isNamed(k.name) && fits(k.name),
  );
  // ("Monitor tallies 31 deaths" over a report that names an agency first, then "the Orvan Observatory,
  // an independent monitor, …": a headline's description is the body its name or apposition describes so.)
  const describedSo = (k: KnownSource) => {
    const at = text.indexOf(k.name, k.start);
    const apposition = at < 0 ? null : /^\s*(?:\([^)]*\))?\s*,\s*(?:a|an|the)\s+([^,.;]{3,80})/u.exec(text.slice(at + k.name.length, at + k.name.length + 100));
    return holdsHead(k.name) || (!!apposition && holdsHead(apposition[1]!));
  };
  // (The first body named keeps it when its name holds any of the description's words: "Rights group:" for a human rights commission.)
  const first = candidates[0];
  const firstFits = !!first && lowerWords(first.name).some((w) => described.includes(w));
  const named = (!it.forwardRule && heads.size && !firstFits ? candidates.find(describedSo) : undefined) ?? first;
  if (named) {
    it.name = named.name;
    it.entity = named.entity;
    it.rule = it.forwardRule ?? 'headline-description';
    return;
  }
  // "A panel of international experts said … The Interdisciplinary Group of Independent Experts
  // (GIEI), set up under …, handed its report": a body the next sentences name, speaker or not,
  // whose name holds the description's head ("experts", "commission").
  if (!it.forwardRule || !it.name) return;
  const body = mentions.find((m) => m.kind === 'org' && m.start > it.at && m.start - it.at <= INDEFINITE_REACH && fits(m.name) && holdsHead(m.name));
  if (!body) return;
  const entity = sourceEntity(body.name);
  if (!entity || !['organisation', 'office'].includes(entity.kind)) return;
  it.name = entity.name;
  it.entity = entity;
  it.rule = it.forwardRule;
}

/** The person named next (within INDEFINITE_REACH) whose role holds every modifier of an indefinite role ("a provincial health official"). */
function nameRoleForward(it: AttributionItem, mentions: SpeakerMention[], text: string): void {
  const wanted = it.forwardRole!;
  const head = it.name!.split(/\s+/).at(-1)!.toLowerCase();
  // The figures the role's own sentence gave ("At least 7,000 were held, a senior lawmaker said").
  const opens = Math.max(0, ...[...text.slice(Math.max(0, it.at - 400), it.at).matchAll(/[.!?]\s/g)].map((m) => Math.max(0, it.at - 400) + m.index! + 2));
  const given = figuresIn(text.slice(opens, it.at + 300).split(/[.!?](?:\s|$)/)[0]!);
  // "…, told reporters …. The lawmaker said": the role's own noun, definite, next speaks for them.
  const calledBack = new RegExp(`^[^.!?]*[.!?]\\s+The\\s+${head.replace(/[^\p{L}]/gu, '')}\\s+(?:${SPEECH_VERB_PATTERN})\\b`, 'u');
  const person = mentions.find((m) => {
    if (m.kind !== 'person' || m.start <= it.at || m.start - it.at > INDEFINITE_REACH) return false;
    // The role read with the name, and the one set off after it ("Dr Yusuf Benali, director of the provincial health department").
    const after = /^,\s*([^,.;]{3,80})/.exec(text.slice(m.end, m.end + 90))?.[1] ?? '';
    const words = new Set(`${m.role ?? ''} ${after}`.toLowerCase().split(/[^\p{L}-]+/u));
    if (wanted.every((w) => words.has(w))) return true;
    // "…, a senior lawmaker said. Hossein Naqavi Hosseini, spokesman for parliament's security
    // committee, said that the figure had been …": a person with a role of their own whose next
    // words speak of "the figure" speaks of the one just given.
    const said = text.slice(m.end, m.end + 240).split(/[.!?](?:\s|$)/)[0]!;
    const sentence = lowerWords(said);
    if (!after || !sentence.some((w) => SPEECH_VERBS.has(w))) return false;
    // "…, said nine of the dead were police officers", "…, said about 7,000 people had been held": the
    // figure's own dead, or the figure again, after the first sentence that gave it.
    return (
      sentence.some((w, k) => FIGURE_NOUNS.has(w) && ['the', 'that', 'this'].includes(sentence[k - 1] ?? '')) ||
      sentence.some((w, k) => CATEGORY_NOUNS.has(w) && sentence[k - 1] === 'the' && sentence[k - 2] === 'of') ||
      [...figuresIn(said)].some((n) => given.has(n)) ||
      calledBack.test(text.slice(m.end, m.end + 600))
    );
  });
  // ("A police spokeswoman said … The spokeswoman, Lena Ortiz, said": the role's head, definite, in apposition to a name.)
  const holder = person ?? apposedHolder(head.replace(/[^\p{L}-]/gu, ''), it.at, mentions, text);
  if (!holder) return;
  it.name = holder.name;
  it.entity = { ...sourceEntity(holder.name), name: holder.name, kind: 'person', role: holder.role ?? it.name, country: null, alias: null };
  it.rule = 'indefinite-role-named';
}

/** A word in one of its spellings, American or British ("defense" as "defence"). */
const oneSpelling = (w: string) => w.replace(/ense$/, 'ence');

/**
 * "Sri Lanka's defense minister said …" in a report that names "Defense Minister Ruwan Wijewardene":
 * a role with no name is the one person the report names with every word of that role, before or
 * after (role-holder-named). Two people with such a role leave it a role.
 */
function nameRoleHolder(it: AttributionItem, mentions: SpeakerMention[], text: string): void {
  // ("the prefect of Orsk department": the place a role is of leaves the role itself to match.)
  let words = it
    .name!.replace(/^.*['’]s\s+/u, '')
    .replace(/\s+of\s+\p{Lu}.*$/u, '')
    .split(/\s+/);
  // ("The Chief District Officer told reporters": a role written in capitals is the same role.)
  if (words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && ROLE_NOUNS.has(words.at(-1)!.toLowerCase())) words = words.map((w) => w.toLowerCase());
  if (!words.length || words.some((w) => !/^\p{Ll}[\p{Ll}-]*$/u.test(w))) return;
  const head = words[words.length - 1]!;
  // (A role by its noun, or any one person a noun names, for the apposition below: "district collector".)
  const role = ROLE_NOUNS.has(head);
  if (!role && !isSingularPerson(head)) return;
  const holders = new Set<string>();
  let holder: SpeakerMention | null = null;
  for (const m of role ? mentions : []) {
    if (m.kind !== 'person' || !/\s/.test(m.name)) continue;
    // ("Gov. Anies Baswedan": an abbreviated title before the name says the role.)
    const title = /\b(\p{Lu}\p{Ll}{1,3})\.\s*$/u.exec(text.slice(Math.max(0, m.start - 8), m.start))?.[1]?.toLowerCase();
    const role = m.role ?? (title && Object.hasOwn(ABBREVIATED_TITLE_ROLES, title) ? ABBREVIATED_TITLE_ROLES[title]! : null);
    if (!role) continue;
    const said = generalTitle(
      role
        .toLowerCase()
        .split(/[^\p{L}-]+/u)
        .filter(Boolean),
    );
    // The role read with the name ends on the same head ("Defense Minister"), and names no one else.
    if (said.length > 5 || said.includes('and') || said[said.length - 1] !== words[words.length - 1]) continue;
    // ("defense minister" and "Defence Minister": the two spellings are one role.)
    const held = new Set(said.map(oneSpelling));
    // ("the provincial fire chief said … Chief Mira Tal told reporters": a bare title before the name is the role by its head.)
    const bareTitle = said.length === 1 && !!m.role && /^\p{Lu}/u.test(m.role);
    if (!words.every((w) => held.has(oneSpelling(w))) && !bareTitle) continue;
    holders.add(m.name);
    holder ??= m;
  }
  // "Idukki's district collector told reporters … The collector, Anitha Varghese, said": the role's
  // head, definite, set before a name in apposition soon after names its holder.
  if (!holders.size) {
    const next = apposedHolder(head, it.at, mentions, text);
    if (next) {
      holder = next;
      holders.add(next.name);
    }
  }
  if (holders.size !== 1 || !holder) return;
  it.entity = { ...it.entity!, name: holder.name, kind: 'person', role: holder.role ?? it.name };
  it.name = holder.name;
  it.rule = 'role-holder-named';
}

/**
 * Who a heading credits its list's figures to: "(source: Orvan council)" is that body; "(source: the
 * relief agency and village committees)", "(figures from county authorities and field surveys)" is
 * the one named first, the compiler, its contributors after it (heading-source).
 */
function headingSource(credit: string): SourceEntity | null {
  const [first, ...rest] = credit.split(/\s+(?:and|&)\s+/);
  const compiler = rest.length === 1 ? sourceEntity(first!) : null;
  return compiler && compiler.kind !== 'document' ? compiler : sourceEntity(credit);
}

/**
 * A title with "general" after its noun is that office's chief: "Prosecutor-General", "attorney general"
 * read as the words of "chief prosecutor", "chief attorney", so "the chief prosecutor" finds its holder.
 */
function generalTitle(words: string[]): string[] {
  const last = words[words.length - 1] ?? '';
  const hyphened = /^(\p{L}+)-general$/u.exec(last);
  if (hyphened) return [...words.slice(0, -1), 'chief', hyphened[1]!];
  return last === 'general' && words.length >= 2 ? [...words.slice(0, -2), 'chief', words[words.length - 2]!] : words;
}

/** The verbs of speech as one alternation of a pattern. */
const SPEECH_VERB_PATTERN = [...SPEECH_VERBS].join('|');

/** The numbers a stretch of text writes, in digits or words ("7,000", "five"), as values. */
function figuresIn(s: string): Set<number> {
  const out = new Set<number>();
  const words = s.split(/[^\p{L}\d,]+/u).map((w) => w.replace(/,$/, ''));
  words.forEach((w, k) => {
    // (Not a date's day or year: "on 16 November", "in 2019"; "2,000" is a figure.)
    if (MONTHS.has(words[k - 1]?.toLowerCase() ?? '') || MONTHS.has(words[k + 1]?.toLowerCase() ?? '')) return;
    const n = /^\d[\d,]*$/.test(w) ? Number(w.replace(/,/g, '')) : wordValue(w.toLowerCase());
    if (n !== null && Number.isFinite(n) && n > 1 && !(/^\d{4}$/.test(w) && n >= 1900 && n <= 2100)) out.add(n);
  });
  return out;
}

/** How far after a role told with no name its holder may be named in apposition ("The collector, Anitha Varghese, said"). */
const APPOSED_HOLDER_REACH = 400;

/**
 * The person named in apposition to the role's head soon after `at`: "The collector, Anitha
 * Varghese, said", "The spokeswoman, Sergeant Lena Ortiz, said" (a title or rank may come first).
 */
function apposedHolder(head: string, at: number, mentions: SpeakerMention[], text: string): SpeakerMention | undefined {
  const apposed = new RegExp(`\\bthe\\s+${head}\\s*,\\s*(?:\\p{Lu}[\\p{L}]*\\.?\\s+){0,2}$`, 'iu');
  return mentions.find(
    (m) =>
      m.kind === 'person' &&
      /\s/.test(m.name) &&
      m.start > at &&
      m.start - at <= APPOSED_HOLDER_REACH &&
      apposed.test(text.slice(Math.max(0, m.start - 60), m.start)),
  );
}

/**
 * After a plural noun of people ending at `at` ("officials" in "officials at the interior
 * ministry"): the office they are at ("interior ministry"), when the phrase after "at the" ends on
 * an office word; else null.
 */
function peopleAtBody(tokens: Token[], at: number): string | null {
  const noun = tokens[at - 1];
  const n = noun ? personNoun(noun.lower) : null;
  if (!n || n.kind !== 'person' || !n.plural || tokens[at]?.lower !== 'at' || tokens[at + 1]?.lower !== 'the') return null;
  let k = at + 2;
  while (k < tokens.length && k < at + 6 && /^\p{L}[\p{L}-]*$/u.test(tokens[k]!.text) && !OFFICE_WORDS.has(tokens[k - 1]!.lower)) k++;
  if (k === at + 2 || !OFFICE_WORDS.has(tokens[k - 1]!.lower)) return null;
  return tokens
    .slice(at + 2, k)
    .map((w) => w.text)
    .join(' ');
}

/** A phrase's words in lower case, without punctuation. */
const lowerWords = (s: string) => s.toLowerCase().split(/[^\p{L}]+/u);

/** Rules that resolve a reference back to an earlier source ("the experts", "it"). */
const REFERENCE_RULES = new Set(['definite-description', 'pronoun-antecedent', 'subject-antecedent']);

/** How far (in characters) past an indefinite description the organisation it introduces may be named. */
const INDEFINITE_REACH = 400;

/** "the official tally", "its findings": a definite document, the report under way named again. */
function refersToDocument(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!DOCUMENT_NOUNS.has(tokens[i]!.lower) || /^\p{Lu}/u.test(tokens[i]!.text)) continue;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const w = tokens[k]!.lower;
      if (['the', 'this', 'that', 'its', 'their'].includes(w)) return true;
      if (!/^\p{Ll}+$/u.test(tokens[k]!.text)) break;
    }
  }
  return false;
}

/** The most words an owner phrase holds ("the Orsk Human Rights League's"). */
const OWNER_WORDS = 5;

/**
 * "rejecting opposition claims of 12 dead", "dismissing the league's estimate of at least 40": a
 * figure that a noun of a figure put forward introduces is told by that noun's owner, whoever
 * speaks the sentence (figure-owner). The owner is a possessive, or a body or group noun before
 * the noun ("opposition", "rights group"; not "official", "independent", which describe it).
 */
function figureOwner(tokens: Token[], figureAt: number): { name: string; at: number; entity: SourceEntity } | null {
  const k = tokens.findIndex((t) => t.start === figureAt);
  let j = k - 1;
  while (j > 0 && REVISION_FIGURE_QUALIFIERS.has(tokens[j]!.lower)) j--;
  if (k < 3 || tokens[j]?.lower !== 'of' || !OWNED_FIGURE_NOUNS.has(tokens[j - 1]?.lower ?? '')) return null;
  const noun = j - 1;
  // "rights groups' estimates": the apostrophe of a plural possessive stands alone.
  const apostrophe = ["'", '’'].includes(tokens[noun - 1]?.text ?? '');
  const end = apostrophe ? noun - 1 : noun;
  let start = end;
  // (A few words back, to a verb: "Officials said opposition claims of 14 dead were false".)
  // ("The Office of Civil Defence's tally of 70": a connector inside a capitalised name is the name's.)
  const inName = (k: number) =>
    ['of', 'for'].includes(tokens[k]!.lower) && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
  while (
    start > 0 &&
    end - start < OWNER_WORDS &&
    /^\p{L}[\p{L}'’-]*$/u.test(tokens[start - 1]!.text) &&
    (!OWNER_PHRASE_STOPS.has(tokens[start - 1]!.lower) || inName(start - 1)) &&
    !DISPUTING_VERBS.has(tokens[start - 1]!.lower) &&
    !REPORTING_VERBS.has(tokens[start - 1]!.lower)
  )
    start--;
  if (start === end) return null;
  const phrase = tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ');
  const possessive = apostrophe || /['’]s$/.test(phrase);
  const entity = sourceEntity(phrase.replace(/['’]s$/, ''));
  if (!entity || entity.kind === 'document' || (!possessive && entity.kind === 'person')) return null;
  return { name: entity.name, at: tokens[start]!.start, entity };
}

/**
 * "Latest reports indicate the protests reached 60 cities", "figures show": a sentence that cites
 * reports (a report noun saying something) before its figure tells the report under way, not the narrative.
 */
function citesReports(tokens: Token[], figureAt: number): boolean {
  for (let i = 0; i + 1 < tokens.length && tokens[i + 1]!.start < figureAt; i++)
    if (DOCUMENT_NOUNS.has(tokens[i]!.lower) && tokens[i]!.lower.endsWith('s') && REPORTING_VERBS.has(tokens[i + 1]!.lower)) return true;
  return false;
}

/** "The figures include …", "The toll includes …", "Among them …": a sentence whose subject is a count given before, or a part of it. */
function opensOnDocument(tokens: Token[]): boolean {
  // "Among them were 9 minors", "Of those, 12 …", "Of the dead, 12 …": a part of the count given before.
  if (['among', 'of'].includes(tokens[0]?.lower ?? ''))
    return ['them', 'those', 'these'].includes(tokens[1]?.lower ?? '') || (tokens[1]?.lower === 'the' && COUNTED_SUBJECT_NOUNS.has(tokens[2]?.lower ?? ''));
  if (!['the', 'these', 'those', 'this', 'that', 'its', 'their'].includes(tokens[0]?.lower ?? '')) return false;
  // "That is 110 more deaths than in its last update", "This brings the toll to 40": the figure just given, restated.
  if (['this', 'that'].includes(tokens[0]!.lower) && RESTATING_VERBS.has(tokens[1]?.lower ?? '')) return true;
  const k = SOURCE_PREMODIFIERS.has(tokens[1]?.lower ?? '') ? 2 : 1;
  const w = tokens[k]?.lower ?? '';
  return /^\p{Ll}/u.test(tokens[k]?.text ?? '') && (FIGURE_NOUNS.has(w) || COUNTED_SUBJECT_NOUNS.has(w));
}

/** "News agencies", "Belarusian human rights activists": a plural group noun, no name. */
function isUnnamedGroup(name: string): boolean {
  const words = name.split(/\s+/);
  const head = words[words.length - 1]!;
  // ("UN human rights experts": an acronym opening the phrase names whose they are.)
  return GROUP_NOUNS.has(head) && !/^\p{Lu}/u.test(head) && !words.slice(1).some((w) => /^\p{Lu}/u.test(w)) && !/^\p{Lu}{2,}$/u.test(words[0]!);
}

/** "UN human rights experts", "Amnesty researchers": a group whose own words (before any "of"/"in" phrase) name a body. */
function namesItsBody(name: string): boolean {
  const words = headOfDescription(name).split(/\s+/);
  return /^\p{Lu}{2,}$/u.test(words[0]!) || words.slice(1).some((w) => /^\p{Lu}/u.test(w)) || (words.length > 1 && /^\p{Lu}/u.test(words[0]!));
}

/** "the network linked to the opposition", "a monitoring group": a generic organisation noun heads it. */
function describesGenerically(phrase: string): boolean {
  const head = headOfDescription(phrase).split(/\s+/).pop()!;
  return (GENERIC_ORG_HEADS.has(head.toLowerCase()) || BODY_REFERENCE_HEADS.has(head.toLowerCase())) && /^\p{Ll}/u.test(head);
}

/** A description's words up to its complement ("an international commission investigating …" -> "international commission"). */
const headOfDescription = (phrase: string) =>
  phrase.replace(/^(?:the|a|an)\s+/i, '').split(/\s+(?:linked|close|affiliated|based|of|to|in|from|at|with|for|on|near|that|which|who|\p{Ll}+ing)\b/u)[0]!;

// A capital opening a sentence ("Police said") does not make a name.
const uncapitalised = (name: string) => name.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());

function isBareStateBody(source: Source): boolean {
  const plain = uncapitalised(source.name);
  if (/\p{Lu}/u.test(plain) || source.country) return false;
  const words = plain.split(/\s+/);
  // ("the rebels' health ministry": a body its owner names is not the state's.)
  if (words.some((w) => /['’]s?$/.test(w))) return false;
  // "government officials", "police sources": people of a body, not the body.
  return words.some((w) => STATE_BODY_NOUNS.has(w)) && !GROUP_NOUNS.has(words[words.length - 1]!);
}

/** "provincial", "district", "local": a word that makes a state body an area's below the country. */
const areaWord = (w: string) => JURISDICTION_KINDS.has(w) || SUBNATIONAL_BODY_MODIFIERS.has(w);

/** A federal state named before ("in the Mangu area of Plateau State"): capitalised words and "State", a region the gazetteer knows. */
const NAMED_STATE = /\b((?:\p{Lu}[\p{L}'’-]*\s+){1,2})State\b/gu;

/**
 * "the state government", "state police" in a report that named "Plateau State" before them: the
 * body of that federal state, not of the country. The last such state named before `at`, else null.
 */
function federalStateBody(source: Source, text: string, at: number, country: ResolvedPlace | null): Source | null {
  const words = uncapitalised(source.name).split(/\s+/);
  const k = words.indexOf('state');
  if (k === -1 || !STATE_BODY_NOUNS.has(words[k + 1] ?? '')) return null;
  let region: string | null = null;
  for (const m of text.slice(0, at).matchAll(NAMED_STATE)) {
    const name = m[1]!.trim();
    if (isRegionOf(name, country)) region = name;
  }
  // "In Lagos, where turnout was smaller, the state government said": a state its sentence names.
  region ??= sentenceState(text, at, country);
  if (!region) return null;
  return {
    ...source,
    name: `${region} State ${words.slice(k + 1).join(' ')}`,
    country: country?.countryCode ?? source.country ?? null,
    kind: source.kind ?? 'office',
  };
}

/** Does the word at `at` open a sentence, a line or a quote (so its capital says nothing of a name)? */
const opensSentence = (text: string, at: number) => /(?:^|[.!?:;"“\n]\s*)$/.test(text.slice(Math.max(0, at - 3), at));

/**
 * Where a seated force sits: a name as written ("Dhaka"), or for "the district" the last district
 * the report named before `at` ("Lemba district", "the district of Lemba"); else null.
 */
function seatNamed(seat: string, text: string, at: number, datelined = false): string | null {
  const area = /^the\s+(\p{Ll}+)$/u.exec(seat)?.[1];
  if (!area) return seat;
  let named: string | null = null;
  // (The area's word may open a name, "Lemba District"; "The district" opening a sentence names none.)
  const word = `[${area[0]}${area[0]!.toUpperCase()}]${area.slice(1)}`;
  const before = new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+)\\s+${word}\\b|\\b${word}\\s+of\\s+(\\p{Lu}[\\p{L}'’-]+)`, 'gu');
  for (const m of text.slice(0, at).matchAll(before)) {
    const name = m[1] ?? m[2]!;
    // ("Though district officials said": a capital that opens a sentence names an area only as a place the gazetteer knows.)
    const opening = !!m[1] && opensSentence(text, m.index!);
    if (DETERMINERS.has(name.toLowerCase()) || DETERMINER_WORDS.has(name.toLowerCase())) continue;
    if (!opening || getGazetteer().candidates(name).length) named = name;
  }
  // ("LEMBA — … Police in the district reported": with none named so, the one place a dateline names.)
  if (!named && datelined) {
    const places = datelineNames(text);
    if (places.length === 1) named = places[0]!.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
  }
  return named;
}

/** How far back a city named by its name alone is looked for ("… in Orsk. … the city's mayor said"). */
const CITY_NAMED_REACH = 600;

/**
 * The city the text named last before `at`, by its name alone ("Students marched in Orsk … the
 * city's security office said"), within CITY_NAMED_REACH characters; else null.
 */
function cityNamedBefore(text: string, at: number): string | null {
  const from = Math.max(0, at - CITY_NAMED_REACH);
  let named: string | null = null;
  for (const m of text.slice(from, at).matchAll(/\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?/gu)) {
    const name = m[0].replace(/['’]s$/, '');
    // ("Police detained 63 …": a capital that opens a sentence may be any word's; a town may bear its name.)
    if (opensSentence(text, from + m.index!)) continue;
    if (
      getGazetteer()
        .candidates(name)
        .some((e) => e.place.precision === 'city')
    )
      named = name;
  }
  return named;
}

/**
 * "the city's mayor", "the district administration", "the provincial governor's office":
 * an area's own office named by the area's kind, with the area the report named last before `at`
 * ("the city of Orsk", "Lemba district"): "Orsk's mayor", "Lemba's district administration";
 * else null.
 */
function jurisdictionNamed(name: string, sentence: string, text: string, at: number): string | null {
  // (Most sources name no area's office: those are left before the sentence is read.)
  if (!name.split(/\s+/).some((w) => JURISDICTION_OFFICES.has(w.replace(/['’]s$/, '')))) return null;
  // (A name's possessive of its area was dropped as written scope, "the city's mayor" read
  // as "mayor": the sentence gives it back.)
  const written = /(\p{Ll}+)['’]s\s+$/u.exec(sentence.slice(0, Math.max(0, sentence.indexOf(name))))?.[1];
  const m = /^(?:the\s+)?(\p{Ll}+)('s)?\s+(.+)$/u.exec(written && JURISDICTION_KINDS.get(written) === written ? `${written}'s ${name}` : name);
  const kind = m ? JURISDICTION_KINDS.get(m[1]!) : undefined;
  if (!m || !kind || (m[2] && m[1] !== kind)) return null;
  const rest = m[3]!;
  const words = rest.replace(/'s\b/g, '').split(/\s+/);
  if (!words.some((w) => JURISDICTION_OFFICES.has(w)) || words.some((w) => /^\p{Lu}/u.test(w))) return null;
  const area = seatNamed(`the ${kind}`, text, at) ?? (kind === 'city' || kind === 'town' ? cityNamedBefore(text, at) : null);
  // ("the Far East region": a compass word alone is the end of a name, no name.)
  if (!area || SCOPE_COMPASS.has(area.toLowerCase()) || SCOPE_COMPASS.has(area.toLowerCase().replace(/ern$/, ''))) return null;
  const owner = `${area}'s`;
  // (As a possessive, "Lemba's district administration": writers name it so, or leave the area out.)
  return m[2] ? `${owner} ${rest}` : `${owner} ${m[1]} ${rest}`;
}

/** A region of the report's country that the sentence holding `at` opens on ("In Lagos, …"), else null. */
function sentenceState(text: string, at: number, country: ResolvedPlace | null): string | null {
  if (!country) return null;
  const from = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;
  const opening = /^\s*In\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s*,/u.exec(text.slice(from, at))?.[1];
  return opening && isRegionOf(opening, country) ? opening.replace(/\s+State$/, '') : null;
}

/** Is `name` a region the gazetteer knows (of the report's country, when it has one)? */
function isRegionOf(name: string, country: ResolvedPlace | null): boolean {
  return getGazetteer()
    .candidates(name)
    .some((e) => e.place.precision === 'region' && (!country || e.place.countryCode === country.countryCode));
}

/**
 * "Lyon police said", "Tehran police": a body's name opened by a place of the report's country
 * (a city of 100,000 or more when the country is unknown) is that place's body, as written; only
 * its sentence's first capital made it look bare.
 */
function placeOpensName(source: Source, country: ResolvedPlace | null): boolean {
  const words = source.name.split(/\s+/);
  if (words.length < 2 || !/^\p{Lu}\p{Ll}/u.test(words[0]!) || STATE_BODY_NOUNS.has(words[0]!.toLowerCase())) return false;
  return getGazetteer()
    .candidates(words[0]!)
    .some(
      (e) =>
        e.place.precision !== 'country' && (country ? e.place.countryCode === country.countryCode : e.place.precision === 'city' && e.population >= 100_000),
    );
}

function scopeToState(source: Source, state: ResolvedPlace | null): Source {
  if (!state) return source;
  // (By its short name: "Tanzania police", not the formal "United Republic of Tanzania police".)
  // ("the ministry" -> "Moldova ministry": the country's name takes the article's place.)
  const body = uncapitalised(source.name).replace(/^(?:the|this|that)\s+/, '');
  return { ...source, name: `${countryName(state.countryCode)} ${body}`, country: state.countryCode, kind: source.kind ?? 'office' };
}

/**
 * "In Tanzania, …": the country a sentence opens on, set off by a comma, else null. Without `comma`, one opening
 * the sentence as its topic too ("In Syria the count was disputed from the start.": its first one or two words).
 */
export function frontedCountry(tokens: readonly Token[], comma = true): ResolvedPlace | null {
  if (tokens[0]?.lower !== 'in') return null;
  const at = tokens.findIndex((t, k) => k > 1 && k <= 5 && t.text === ',');
  const words = (to: number) =>
    tokens
      .slice(1, to)
      .map((t) => t.text)
      .join(' ');
  const code = at > 0 ? countryOf(words(at)) : comma ? null : (countryOf(words(2)) ?? (tokens.length > 3 ? countryOf(words(3)) : null));
  return code ? getGazetteer().countryByCode(code) : null;
}

/** The country a report's country names and demonyms name most ("Sri Lankan churches"), if any. */
function countryNamed(sentences: Token[][]): ResolvedPlace | null {
  const counts = new Map<string, number>();
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      if (!/^\p{Lu}\p{Ll}/u.test(tokens[i]!.text)) continue;
      const next = tokens[i + 1];
      const pair = next && /^\p{Lu}\p{Ll}/u.test(next.text) ? countryOf(`${tokens[i]!.text} ${next.text}`) : null;
      const code = pair ?? countryOf(tokens[i]!.text);
      if (!code) continue;
      counts.set(code, (counts.get(code) ?? 0) + 1);
      if (pair) i++;
    }
  }
  let best: string | null = null;
  for (const [code, n] of counts) if (!best || n > counts.get(best)!) best = code;
  return best ? getGazetteer().countryByCode(best) : null;
}

/** Attribute every claim; returns one Source (or null) per claim, in order. */
export interface Attributed {
  source: Source | null;
  /** True when the figure continues an earlier attributed report rather than stating its source. */
  inherited: boolean;
  /** How the source was found (`tally extract --explain`). */
  rule: SourceRule;
  /** The grammatical rules that read or refined it, in order. */
  refinements: SourceRefinement[];
}

/**
 * How a figure's source was found: an attribution in the figure's own clause, one ending the
 * sentence and covering its figures, the speaker of the quotation it stands in, the next
 * sentence naming who gave the figure ("The toll was confirmed by the governor."), an earlier
 * report that runs on, the byline; or none (the outlet states it), also when the attribution
 * is a denial or a negation.
 */
export type SourceRule =
  'own-clause' | 'sentence-final' | 'quote-speaker' | 'figure-named-next' | 'report-continues' | 'byline' | 'outlet' | 'denied-or-negated';

/**
 * Grammatical rules that read or refine a source, recorded after the rule that found it
 * ("own-clause+pronoun-antecedent"):
 *   pronoun-antecedent      "he said" -> the nearest earlier person (never a place)
 *   subject-antecedent      "Doctors at the hospital painted a grimmer picture. They said …" -> the body or group
 *   respectively            "Police and activists put the toll at 12 and 40 respectively" -> each conjunct its figure
 *                           the sentence before opened on, though it named no source
 *   definite-description    "the spokesman", "the group", "the U.N. agency" -> the earlier source it names
 *   apposition-subject      "Peru's prime minister, Alberto Otarola, said" -> the name in apposition
 *   contact-clause-teller   "the 45 deaths police had confirmed" -> police
 *   first-conjunct          "the Search Unit and 26 other groups informed …" -> the named first conjunct
 *   told-addressee          "…, Ismael Cornejo told the radio station RPP" -> Cornejo; RPP only heard it
 *   contact-clause-author   "according to information the UN office has received" -> the UN office
 *   subordinate-clause      "… poured into the streets once officials had announced …" -> not the officials
 *   later-conjunct          "Three men were held, and the ministry said the attack was …" -> not the ministry
 *   generic-source-ends     "News agencies reported …", "police said …" cover their own sentence, not the figures after it
 *   outlet-staff            "Our correspondent in Orr reports …": the outlet's own staff tell in its voice (no source)
 *   seated-force            "Police in Dhaka say …" -> Dhaka police (a city's police, not the country's)
 *   jurisdiction-named      "the district administration" after "Lemba district" -> Lemba's district administration
 *   narrated-in-new-paragraph  a crowd or a flight of people in a later paragraph is the outlet's, not the report's before it;
 *                           so is an act narrated there ("On Tuesday, police … arrested 14 people")
 *   other-harm-next         and so is a harm the report did not count, told in the paragraph right after it
 *   reported-by-no-one      "Four further deaths were reported overnight": a harm its own sentence says was reported,
 *                           by no one named, is the outlet's; the teller before does not run on into it
 *   account-continues       "The coroner said the fire spread from the kitchens. … where 31 people died" -> the coroner:
 *                           a named speaker's account, begun without a figure, runs on through its paragraph
 *   document-refers-back    "the dead counted in the official tally" -> the inquiry under way, stated again
 *   relative-aside          "…, which drew thousands" after a speaker's clause -> the writer's aside (crowds, flights)
 *   figure-relative         "the ministry said 6,700 were treated, of whom 410 …" -> the ministry (the clause it hangs on)
 *   sentence-frame          "According to police, 17 died …, while 20 were found …" -> police, for every clause
 *   counted-speak           "Seven of them told us they were beaten": the people counted are no source of their count
 *   state-speaker           "South Africa says 13 of its soldiers died" -> South Africa (a country speaking is its government)
 *   state-of-report         "police said" in a report about Hong Kong -> "Hong Kong police"
 *                           (its places' country, else the one its demonyms name; not "the provincial
 *                           health ministry", "local authorities": an area's body below the country)
 *   document-author         "while the police estimate stood at 190,000" -> police
 *   document-by-author      "Figures released by the health ministry showed 40 deaths" -> health ministry;
 *                           "a figure of 11,300 it had attributed to the Red Crescent" -> Red Crescent
 *   note-reference          "36 people have been killed[1]" … "[1] Orvan Rights Monitor casualty list" -> the note's body
 *                           (a figure that names no teller of its own; src/extract/note-references.ts)
 *   headline-description    "Rights watchdog: dozens detained" -> the organisation the body names first
 *   headline-restated       "Rights group says 208 killed" restated by the body's "Velmar Watch said at least 208"
 *                           -> Velmar Watch (the document-level merge of repeats, extract/index.ts)
 *   indefinite-description  "An international watchdog blamed …; Human Rights Watch said" -> the organisation named next
 *   acronym-of-name         "INDH" after "National Institute for Human Rights (INDH)" -> the name
 *   staff-of-body           "Red Cross volunteers" after "the Velm Red Cross said" -> the Velm Red Cross
 *   organiser-named         "Organisers said 80,000 …" where the report says "the march, organised by the
 *                           Coastal Workers Federation" -> the body it names as calling the gathering
 *   figure-owner-named      "Activists say 40 … The figure from the Velmar Rights Union …" -> the body named as its owner
 *   topic-shift             "Separately, …", "In a separate incident, …": the report before does not run on
 *   caption                 "[Photo: Residents wade … where 12 people died]": a picture's caption is the page's own line
 *   outlet-turn             "REPORTER: Rescuers pulled three more bodies from the river": a broadcast's own reporter's turn is the outlet's
 *   timeline-entry          "July 13-14: … two students are killed": a report before does not run on into a timeline's entry
 *   interview-answer        "When did the first casualties arrive?" then "… we had received 54 bodies" -> the interviewee
 *   reported-contrast       "Wibowo said most had been released, but 47 remained in custody" -> Wibowo
 *   semicolon-carried       "…, the sheriff said; nine more were pulled out" -> the sheriff
 *   relative-speaker        "…, disputed by rights groups, who say 5,000 are held" -> rights groups
 *   participle-speaker      "The ministry disputed the figures, saying 19 had died" -> the ministry
 *   purpose-speaker         "The minister took to television to announce that 40 had died" -> the minister
 *   body-in-sentence        "At Harlow Hospital, a spokesperson said …", "According to its director, Harlow Hospital …"
 *                           -> Harlow Hospital (who speaks for a body unnamed speaks for the one the sentence names)
 *   indefinite-role-named   "a provincial health official said" … "Dr Yusuf Benali, director of the provincial health department" -> Benali
 *   list-after-colon        "The ministry gave the following figures:" then lines "- 40 killed" -> the ministry
 *   release-voice           an organisation's own release ("ENDS", "we have documented …") -> that organisation
 *                           for the figures it states with no other source (src/extract/release-voice.ts)
 *   transcript-label        "NAZARZODA: Altogether, 37 persons have been detained" -> the person the label names
 *   heading-source          "FIGURES BY PROVINCE (provincial authorities, as of 8 May)" then list lines -> provincial authorities
 *   table-source            "District | Dead" rows, then "Source: VRA field teams." -> VRA field teams (its name as the report gave it)
 *   parenthesised-source    "- 812 killed and 95 missing (National Emergency Office, NEO)" -> National Emergency Office
 */
export type SourceRefinement =
  | SubjectRule
  | 'pronoun-antecedent'
  | 'subject-antecedent'
  | 'respectively'
  | 'definite-description'
  | 'facility-head'
  | 'told-addressee'
  | 'body-in-sentence'
  | 'informed-by'
  | 'contact-clause-author'
  | 'contact-clause-teller'
  | 'subordinate-clause'
  | 'later-conjunct'
  | 'generic-source-ends'
  | 'outlet-staff'
  | 'seated-force'
  | 'jurisdiction-named'
  | 'narrated-in-new-paragraph'
  | 'account-continues'
  | 'other-harm-next'
  | 'reported-by-no-one'
  | 'document-refers-back'
  | 'acronym-of-name'
  | 'short-name'
  | 'staff-of-body'
  | 'headline-description'
  | 'headline-restated'
  | 'headline-trailing-source'
  | 'list-after-colon'
  | 'indefinite-role-named'
  | 'role-holder-named'
  | 'indefinite-description'
  | 'description-named-next'
  | 'document-author'
  | 'document-by-author'
  | 'state-of-report'
  | 'federal-state'
  | 'relative-aside'
  | 'figure-relative'
  | 'sentence-frame'
  | 'state-speaker'
  | 'counted-speak'
  | 'organiser-named'
  | 'figure-owner-named'
  | 'figure-owner'
  | 'topic-shift'
  | 'question-heading'
  | 'caption'
  | 'outlet-turn'
  | 'timeline-entry'
  | 'interview-answer'
  | 'reported-contrast'
  | 'semicolon-carried'
  | 'relative-speaker'
  | 'participle-speaker'
  | 'purpose-speaker'
  | 'release-voice'
  | 'transcript-label'
  | 'note-reference'
  | 'heading-source'
  | 'table-source'
  | 'parenthesised-source'
  | SourceEntityRule;

export function attribute({ text, seg, claims, quotes, mentions, byline, tokens: sentenceTokens, country }: AttributionInput): Attributed[] {
  const known: KnownSource[] = [];
  for (const q of quotes) if (q.speaker) known.push({ name: q.speaker, start: q.span.end, entity: sourceEntity(q.speaker) });
  known.sort((a, b) => a.start - b.start);

  const tokensOf = seg.sentences.map((s, i) => sentenceTokens?.[i] ?? tokenize(s.text, s.start));
  const wire = datelineAgency(text);
  const itemsOf: AttributionItem[][] = [];
  const read = (i: number) => {
    const s = seg.sentences[i]!;
    const tokens = tokensOf[i]!;
    const before = subjectBefore(i);
    if (before) known.push(before);
    // (A headline's first line, unfinished: "Ethiopia says 239 killed" stands for a body the report names.)
    const headline = i === 0 && unfinished(s.text);
    const items = sentenceAttributions(s.text, s.start, tokens, mentions, known, wire, headline);
    itemsOf[i] = items;
    return { tokens, items, clauses: clauseStarts(tokens) };
  };
  /**
   * "Officials in Velt gave a different account. They said 12 …": the body or group a sentence
   * opens on, which named no source of its own, is what the next sentence's "they" or "it"
   * refers to (subject-antecedent). Read only when that sentence, in the same paragraph, holds one.
   */
  const subjectBefore = (i: number): KnownSource | null => {
    const prev = seg.sentences[i - 1];
    if (!prev || prev.paragraph !== seg.sentences[i]!.paragraph || itemsOf[i - 1]?.some((it) => it.name || it.unresolved)) return null;
    const pronoun = tokensOf[i]!.find((t) => t.lower === 'they' || t.lower === 'it');
    if (!pronoun) return null;
    const subject = subjectNoun(prev.text);
    // ("Human Rights Watch interviewed …": a name the tagger cut short is the whole name it opens.)
    const named = subject ? mentions.find((m) => m.start === prev.start + prev.text.indexOf(subject) && m.name.startsWith(subject)) : undefined;
    const entity = subject ? sourceEntity(named?.name ?? subject) : null;
    if (!entity || !['organisation', 'office', 'group'].includes(entity.kind)) return null;
    // ("it" is a body or an office, or a group named in the singular, "the opposition"; "they" a
    // group, or a body spoken of as its people.)
    if (pronoun.lower === 'it' && entity.kind === 'group' && /s$/.test(entity.name)) return null;
    return { name: entity.name, start: prev.start, entity, role: 'subject' };
  };
  // Each sentence reads the sources named before it, so the sentences past the one after the
  // last figure change no figure's source (figureNamedNext reads one sentence on), unless a
  // description waits for a name given later (nameForward): only then are they read.
  let needed = 0;
  for (const c of claims) needed = Math.max(needed, Math.min(c.sentence + 2, seg.sentences.length));
  const perSentence = Array.from({ length: needed }, (_, i) => read(i));
  if (perSentence.some((p) => p.items.some((it) => it.forward))) for (let i = needed; i < seg.sentences.length; i++) perSentence.push(read(i));
  known.sort((a, b) => a.start - b.start);
  for (const { items } of perSentence)
    for (const it of items) {
      if (!it.forward) continue;
      const was = it.name;
      nameForward(it, known, mentions, text);
      // "The experts said" after "a panel of international experts" that the text then named: the named body too
      // (whether read as the panel or as its members, membersNamed).
      const members = was ? /\sof\s+(.+)$/.exec(was)?.[1] : undefined;
      if (it.forwardRule && was && it.name !== was)
        for (const { items: later } of perSentence)
          for (const other of later)
            if (other !== it && other.at > it.at && (other.name === was || other.name === members) && other.rule && REFERENCE_RULES.has(other.rule)) {
              other.name = it.name;
              other.entity = it.entity;
            }
    }
  for (const { items } of perSentence) for (const it of items) if (it.forwardRole) nameRoleForward(it, mentions, text);
  for (const { items } of perSentence)
    for (const it of items) if (it.name && it.entity?.kind === 'person' && !it.forwardRole) nameRoleHolder(it, mentions, text);

  const bylineSource: Source | null = byline && ORG_BYLINE.test(byline) ? { name: tidySourceName(byline).name, via: [] } : null;
  // The notes a document keeps at its end, by number (note-reference).
  const notes = documentNotes(seg, text);
  // Who speaks each paragraph of a transcript or an interview, with the refinement that says which.
  const paragraphSpeakers = new Map<number, [Source, 'transcript-label' | 'interview-answer']>();
  for (const [k, who] of interviewAnswers(seg, mentions)) paragraphSpeakers.set(k, [who, 'interview-answer']);
  for (const [k, who] of transcriptLabels(seg, mentions)) paragraphSpeakers.set(k, [who, 'transcript-label']);
  const out: Attributed[] = [];
  let reportText: string | undefined;
  /** The last stated source that runs on, its paragraph, and the harms it was stated for there (none known: a scanned speaker). */
  let lastAttributed: { source: Source; paragraph: number; categories?: Set<string> } | null = null;
  /** The last stated source was a generic one ("police", "News agencies"), which does not run on. */
  let generic = false;
  /** That generic source, for a sentence that opens on its document ("The figures include …"). */
  let lastGeneric: { source: Source; paragraph: number; sentence: number } | null = null;
  // The report's state: its places' country, else (read only when a bare state body speaks)
  // the country its demonyms name ("Sri Lankan security forces").
  let stateOfReport: ResolvedPlace | null | undefined = country && country.precision === 'country' ? country : undefined;
  const state = () => (stateOfReport === undefined ? (stateOfReport = countryNamed(tokensOf)) : stateOfReport);

  // Per-sentence last figure, and the quotes by start with the furthest end so far: one pass
  // each, so a document with thousands of figures is not read once per figure.
  const lastFigureOf = new Map<number, number>();
  for (const c of claims) lastFigureOf.set(c.sentence, Math.max(lastFigureOf.get(c.sentence) ?? -Infinity, c.figure.start));
  // Where each sentence's figures start, in claim order (what combine reads of a figure's sentence).
  const figuresOf = new Map<number, number[]>();
  for (const c of claims) {
    const same = figuresOf.get(c.sentence);
    if (same) same.push(c.figure.start);
    else figuresOf.set(c.sentence, [c.figure.start]);
  }
  /** The sentences whose figures a speaker's account gave (account-continues). */
  const accountSentences = new Set<number>();
  /**
   * The named speaker (a person, a body or an office, not a generic group) whose account the sentences
   * before `k` in its paragraph give, with no figure between: the sentence that named it stated none.
   */
  const accountBefore = (k: number): Source | null => {
    for (let j = k - 1; j >= 0 && seg.sentences[j]!.paragraph === seg.sentences[k]!.paragraph; j--) {
      // (Past the sentences whose figures the account gave already.)
      if (accountSentences.has(j)) continue;
      if (lastFigureOf.has(j)) return null;
      const speaker = perSentence[j]?.items.find((it) => it.role === 'speaker' && it.name && !it.unresolved);
      if (!speaker) continue;
      // (Its own "X said …", not a participle's "…, saying …" after an act, nor a speaker in a clause inside the sentence.)
      if ((speaker.rule && speaker.rule !== 'apposition-subject') || speaker.clauseFrom !== undefined) return null;
      const kind = speaker.entity?.kind;
      const named = kind === 'person' || kind === 'organisation' || kind === 'office';
      return named && !isUnnamedGroup(speaker.name!) && !isBareStateBody({ name: speaker.name!, via: [] }) ? sourceOf(speaker, []) : null;
    }
    return null;
  };
  /** The bodies the report names as organisers: read once, when a figure's source is "organisers". */
  let organisers: NamedOrganiser[] | undefined;
  // Where each figure starts: a speaker phrase that starts there is the people counted (counted-speak).
  const countedAt = new Set(claims.map((c) => c.figure.start));
  const quoteStarts = quotes.map((q) => q.span.start).sort((a, b) => a - b);
  const quoteEnds = quotes
    .map((q) => q.span)
    .sort((a, b) => a.start - b.start)
    .map((q) => q.end);
  for (let k = 1; k < quoteEnds.length; k++) quoteEnds[k] = Math.max(quoteEnds[k]!, quoteEnds[k - 1]!);
  const mayBeQuoted = (start: number, end: number) => {
    let lo = 0;
    let hi = quoteStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quoteStarts[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && quoteEnds[lo - 1]! >= end;
  };

  /** The speaker of the next sentence of the paragraph when it has no figure and opens on the figure ("The toll was given by X"). */
  const figureNamedNext = (at: number): AttributionItem | null => {
    const next = seg.sentences[at + 1];
    if (!next || next.paragraph !== seg.sentences[at]!.paragraph || withClaims.has(at + 1)) return null;
    const { tokens, items } = perSentence[at + 1]!;
    const k = ['the', 'that', 'this', 'these', 'those'].includes(tokens[0]?.lower ?? '') ? 1 : 0;
    // "That is according to the health ministry.": the sentence before is what it refers to.
    if (k === 1 && ['is', 'was', "'s", '’s'].includes(tokens[1]?.lower ?? '') && tokens[2]?.lower === 'according')
      return items.find((it) => it.name && it.role === 'according') ?? null;
    if (!FIGURE_NOUNS.has(tokens[k]?.lower ?? '')) return null;
    const named = items.find((it) => it.name && (it.role === 'agent' || it.role === 'speaker' || it.role === 'according'));
    if (named) return named;
    // "The figures come from the provincial health office."
    const from = tokens.findIndex((t, j) => t.lower === 'from' && ['come', 'comes', 'came'].includes(tokens[j - 1]?.lower ?? ''));
    const np = from > 0 ? phraseAfter(tokens, from + 1) : null;
    const entity = np ? sourceEntity(next.text.slice(np.start - next.start, np.end - next.start)) : null;
    return entity ? { role: 'according', name: entity.name, entity, at: np!.start } : null;
  };

  /**
   * "The figure from the Civil Front …", "The estimate by the Velmar Union …": a sentence after the
   * figure's (up to the next with figures, within the next paragraph) that names who the figure is from.
   */
  const figureOwnerAfter = (at: number): Source | null => {
    const paragraph = seg.sentences[at]!.paragraph;
    for (let j = at + 1; j < perSentence.length && seg.sentences[j]!.paragraph <= paragraph + 1 && !withClaims.has(j - 1 === at ? -1 : j - 1); j++) {
      const { tokens } = perSentence[j]!;
      const s = seg.sentences[j]!;
      for (let k = 1; k < tokens.length - 2; k++) {
        if (!['the', 'that', 'this'].includes(tokens[k - 1]!.lower) || !FIGURE_NOUNS.has(tokens[k]!.lower) || !['from', 'by'].includes(tokens[k + 1]!.lower))
          continue;
        const from = tokens[k + 2]!.lower === 'the' ? k + 3 : k + 2;
        const to = nameRunEnd(tokens, from, tokens.length);
        if (to <= from || !/^\p{Lu}/u.test(tokens[from]?.text ?? '')) continue;
        const entity = sourceEntity(s.text.slice(tokens[from]!.start - s.start, tokens[to - 1]!.end - s.start));
        if (entity && entity.kind !== 'person' && entity.kind !== 'document' && isNamed(entity.name))
          return sourceOf({ role: 'speaker', name: entity.name, entity, at: tokens[from]!.start }, []);
      }
    }
    return null;
  };

  /** The speaker closing the next sentence of the paragraph ("…, the ministry reported."), when the claim's sentence opens the paragraph. */
  const closingSpeakerNext = (at: number): AttributionItem | null => {
    const here = seg.sentences[at]!;
    const next = seg.sentences[at + 1];
    if (!next || next.paragraph !== here.paragraph || seg.sentences[at - 1]?.paragraph === here.paragraph) return null;
    const { items, tokens } = perSentence[at + 1]!;
    const last = lastFigureOf.get(at + 1);
    if (last === undefined) return null;
    const named = items.filter(
      (it) => it.name && it.role === 'speaker' && it.at > last && it.entity && it.entity.kind !== 'person' && it.entity.kind !== 'group',
    );
    // Only a speaker that closes the sentence: nothing but a time after it.
    const end = tokens[tokens.length - 1]?.end ?? 0;
    return named.length === 1 && end - named[0]!.at < 80 ? named[0]! : null;
  };

  // The lead: the first paragraph that reads as body text (long, or a finished sentence), past the headline lines.
  const lead = seg.paragraphs.findIndex((p) => p.text.length > 160 || /[.!?"”]$/.test(p.text));
  // A press release speaks in its own voice: a dateline ("(Geneva) –") or "X said today" in its lead.
  // Only then is the lead's speaker the voice of the narrative after it; a news lead's speaker is one voice among others.
  const leadText = seg.paragraphs[lead]?.text ?? '';
  const releaseLead = RELEASE_DATELINE.test(leadText) || RELEASE_VOICE.test(leadText);
  const withClaims = new Set(claims.map((c) => c.sentence));
  const voice = releaseVoice({
    seg,
    tokens: tokensOf,
    lead,
    quoted: mayBeQuoted,
    itemsOf: (i) => (perSentence[i] ?? read(i)).items,
    leadSpeaksToday: RELEASE_VOICE.test(leadText),
  });
  const releaseSource = voice ? sourceOf({ role: 'speaker', name: voice.name, at: 0, entity: voice }, []) : null;
  // A statement quoted whole in a news story speaks in its signatories' voice after the line that introduces it.
  const embedded = embeddedStatement(seg);
  const statementSource = embedded ? sourceOf({ role: 'speaker', name: embedded.body.name, at: 0, entity: embedded.body }, []) : null;
  let scanned = 0;
  /** The speaker of a sentence that ends on a colon, and the last paragraph of the list after it. */
  let list: { source: Source; paragraph: number; intro: number; heading?: boolean } | null = null;
  for (const claim of claims) {
    const sentence = seg.sentences[claim.sentence]!;
    // An organisation that speaks between figures ("The UN Human Rights Office said …") is the
    // report under way for the figures that follow it.
    for (; scanned < claim.sentence; scanned++) {
      if (withClaims.has(scanned)) continue;
      // ("According to the League's research, Tarsk province recorded the most deaths.": the body a
      // sentence is told by, as one that speaks, when named there: "according to the report" may
      // resolve to a description of its author, not the name the report runs on.)
      const here = seg.sentences[scanned]!.text;
      const spoken = perSentence[scanned]!.items.filter((it) => it.name && (it.role === 'speaker' || (it.role === 'according' && here.includes(it.name))));
      const last = spoken[spoken.length - 1];
      // Only a named organisation, and only into the next paragraph.
      // A body that released figures runs on into its paragraph, named or not ("the health ministry").
      const released = last?.releases && sentence.paragraph === seg.sentences[scanned]!.paragraph;
      // "The health ministry gave the following figures:" then a list: its lines are the speaker's.
      // ("Local count, as compiled by the activists:", "HRANA has compiled the following figures.": the
      // compiler of a list, and a list announced without its colon.)
      const compiler = perSentence[scanned]!.items.filter((it) => (it.role === 'agent' || it.role === 'according') && it.name).pop();
      const teller = last ?? (/:\s*$/.test(here) ? compiler : undefined);
      if (teller?.name && (/:\s*$/.test(here) || FOLLOWING_LIST.test(here)))
        list = { source: sourceOf(teller, []), paragraph: seg.sentences[scanned]!.paragraph, intro: seg.sentences[scanned]!.paragraph };
      // "FIGURES BY PROVINCE (provincial authorities, as of 8 May)", "Casualties (source: health ministry)": a
      // heading that names in brackets who its list's figures are from (heading-source).
      const heading = !teller && here.length <= LIST_LINE ? HEADING_SOURCE.exec(here) : null;
      const headed = heading ? headingSource(heading[1]!) : null;
      if (headed && headed.kind !== 'document') {
        const at = seg.sentences[scanned]!.paragraph;
        list = {
          source: sourceOf({ role: 'according', name: headed.name, at: seg.sentences[scanned]!.start, entity: headed }, []),
          paragraph: at,
          intro: at,
          heading: true,
        };
      }
      // (A group named by its body runs on as the body does: "UN human rights experts said …".)
      // ("Residents of Drast said …": people named by where they live are no body; their words stop with them.)
      const namedGroup = last?.entity?.kind === 'group' && !!last.name && !isUnnamedGroup(last.name) && namesItsBody(last.name);
      if (
        last &&
        last.entity &&
        (['organisation', 'office', 'outlet'].includes(last.entity.kind) || namedGroup) &&
        (released || (isNamed(last.name!) && /\s\p{Lu}|^\p{Lu}{2,}/u.test(last.name!))) &&
        sentence.paragraph - seg.sentences[scanned]!.paragraph <= 1
      ) {
        lastAttributed = { source: sourceOf(last, []), paragraph: seg.sentences[scanned]!.paragraph };
      }
    }
    const { items, clauses } = perSentence[claim.sentence]!;
    const quote = mayBeQuoted(claim.span.start, claim.span.end)
      ? quotes.find((q) => q.span.start <= claim.span.start && claim.span.end <= q.span.end)
      : undefined;
    const figureAt = claim.figure.start;

    // Items that cover this claim: its own clause, or sentence-final ones.
    const lastFigure = lastFigureOf.get(claim.sentence)!;
    const myClause = clauseOf(clauses, figureAt);
    const refinements: SourceRefinement[] = [];
    // "Police believe the weapons were meant for Sunday's march, which drew thousands": a crowd told
    // in a relative clause set off after the speaker's clause is the writer's aside (relative-aside).
    const aside = NARRATED_CATEGORIES.has(claim.category) ? relativeAsideStart(perSentence[claim.sentence]!.tokens, figureAt) : null;
    const usable = items.filter((it) => {
      if (aside !== null && it.at < aside) {
        if (it.name) refinements.push('relative-aside');
        return false;
      }
      const inQuote = quote ? it.at > quote.span.start && it.at < quote.span.end : false;
      // Outside the quote: the quote's speaker decides; a quoted fragment no speaker is found for
      // ('said he had seen "at least four bodies"') is the words of the clause it stands in.
      if (quote && !inQuote && (quote.speaker || !quotedFragment(quote.span))) return false;
      if (it.skipBefore !== undefined && figureAt > it.at && figureAt < it.skipBefore) return false;
      if (it.boundTo && (figureAt < it.boundTo.start || figureAt >= it.boundTo.end)) return false;
      // "Thousands marched before police fired tear gas and, according to witnesses, live ammunition":
      // an "according to" set off inside a later subordinate clause tells that clause only.
      if (it.role === 'according' && it.at > figureAt && midClauseAccording(perSentence[claim.sentence]!.tokens, figureAt, it.at)) return false;
      // ("Thousands marched in Bogota, and protests have been held in 500 towns, according to the committee": the last clause's.)
      if (it.role === 'according' && it.at > lastFigure && laterClauseAccording(perSentence[claim.sentence]!.tokens, figureAt, lastFigure)) return false;
      // "Seven of them told us they were beaten": the people counted speak of themselves; who counted them tells.
      if (it.role === 'speaker' && it.name && countedAt.has(it.at)) {
        refinements.push('counted-speak');
        return false;
      }
      if (it.clauseFrom !== undefined && figureAt < it.clauseFrom) {
        if (it.name) refinements.push('subordinate-clause');
        return false;
      }
      if (
        it.role === 'speaker' &&
        laterConjunctSpeaker(perSentence[claim.sentence]!.tokens, figureAt, lastFigure, figuresOf.get(claim.sentence) ?? [], it.at)
      ) {
        if (it.name) refinements.push('later-conjunct');
        return false;
      }
      return true;
    });
    // The figure's own clause first; else a sentence-final attribution covering every figure.
    const own = usable.filter((it) => clauseOf(clauses, it.at) === myClause);
    // ("Hundreds gather outside the station; 23 are detained overnight, police say": a speaker closing a
    // later clause after a semicolon, a clause with a verb of its own, tells that clause only.)
    // ("Velmar raises clash toll to 27; farmers say more dead": nor does one opening a clause after the semicolon.)
    const ownLaterClause = (at: number) => {
      const words = perSentence[claim.sentence]!.tokens;
      const semi = words.findLastIndex((w) => w.text === ';' && w.start > figureAt && w.start < at);
      return semi >= 0 && (words[semi + 1]?.start === at || words.slice(semi + 1).some((w) => w.start < at && AUXILIARIES.has(w.lower)));
    };
    const closing = usable.filter(
      (it) =>
        it.at > lastFigure && !butClauseSpeaker(perSentence[claim.sentence]!.tokens, lastFigure, it.at) && !(it.role === 'speaker' && ownLaterClause(it.at)),
    );
    // "The morgue received 17 bodies, an attendant said": a speaker closing the sentence tells of an intake.
    const onlyIntake = own.every((it) => it.intake || !it.name) && closing.some((it) => it.name && !it.intake && it.role === 'speaker');
    const ownTokens = perSentence[claim.sentence]!.tokens;
    // "The ministry said 6,700 had been treated, of whom 410 were still in hospital": a relative clause on
    // the figure that no one else tells is told by the clause it hangs on.
    const hungOn =
      myClause > 0 && !closing.some((it) => it.name) && relativeOnFigure(ownTokens, clauses[myClause]!)
        ? usable.filter((it) => clauseOf(clauses, it.at) === myClause - 1)
        : [];
    // "According to the police, 17 died in the fire, while the bodies of 20 were found later": an
    // "according to" opening the sentence frames every clause of it that names no teller of its own.
    const framing =
      myClause > 0 && !closing.some((it) => it.name) ? usable.filter((it) => it.role === 'according' && it.name && it.at === ownTokens[0]?.start) : [];
    // "Wibowo said most had been released, but 47 remained in custody": a contrast inside what a
    // speaker said, naming no teller of its own, is still the speaker's (reported-contrast).
    const opensOn = (k: number, w: string) => ownTokens.find((t) => t.start === clauses[k])?.lower === w;
    const contrasted =
      myClause > 0 && !closing.some((it) => it.name) && opensOn(myClause, 'but')
        ? usable.filter((it) => clauseOf(clauses, it.at) === myClause - 1 && it.role === 'speaker' && it.name)
        : [];
    // "… went on through the night, the sheriff said; nine more were pulled out of the river": a
    // clause after a semicolon that names no teller goes on in the voice that closed the clause before.
    const clauseOpens = ownTokens.findIndex((t) => t.start === clauses[myClause]);
    const carried =
      myClause > 0 && !closing.some((it) => it.name) && ownTokens[clauseOpens - 1]?.text === ';' && REPORTING_VERBS.has(ownTokens[clauseOpens - 2]?.lower ?? '')
        ? usable.filter((it) => clauseOf(clauses, it.at) === myClause - 1 && it.role === 'speaker' && it.name)
        : [];
    const covering =
      own.some((it) => it.name || it.unresolved) && !onlyIntake
        ? own
        : hungOn.some((it) => it.name)
          ? hungOn
          : framing.length
            ? framing
            : contrasted.length
              ? contrasted
              : carried.length
                ? carried
                : closing;

    let source: Source | null = null;
    let rule: SourceRule = 'outlet';
    const found = combine(covering, figureAt, figuresOf.get(claim.sentence));
    // "Our correspondent outside parliament saw the bodies of three people", "… reports that the
    // hospital has received nine bodies": a sentence the outlet's staff open is the outlet's, the
    // intake it tells of too.
    const staffOpens = OUTLET_STAFF.test(seg.sentences[claim.sentence]!.text.trimStart());
    const staffTells = staffOpens && (found === null || (found !== 'none' && covering.some((it) => it.intake && it.name === found.source.name)));
    const combined = staffTells ? 'none' : found;
    if (combined === 'none') {
      source = null;
      const ownVoice = staffTells || covering.some((it) => it.ownVoice);
      rule = ownVoice ? 'outlet' : 'denied-or-negated';
      if (ownVoice) refinements.push('outlet-staff');
    } else if (combined) {
      const found = combined.source;
      source = quote?.speaker && quote.speaker !== found.name ? { ...found, via: dedupe([...found.via, quote.speaker]) } : found;
      rule = covering === own ? 'own-clause' : 'sentence-final';
      if (covering === hungOn) refinements.push('figure-relative');
      if (covering === framing) refinements.push('sentence-frame');
      if (covering === contrasted) refinements.push('reported-contrast');
      if (covering === carried) refinements.push('semicolon-carried');
      if (combined.rule) refinements.push(combined.rule);
    } else if (quote?.speaker) {
      // ("…," forum spokesperson Ana Dreml said: the role before the name is the person's role.)
      // ("The statement, which an aide read out, ran as follows: “…”": the document's issuer, named before.)
      // ("A senior nurse said … "Nine of them died here," said the nurse": a definite description refers back too.)
      const definite = /^\p{Ll}[\p{Ll}\s-]*$/u.test(quote.speaker) && definiteSpeaker(text, quote.span.end, quote.speaker);
      const issued =
        GENERIC_DOCUMENT.test(quote.speaker) || definite
          ? resolveName(definite ? `the ${quote.speaker}` : quote.speaker, quote.span.start, mentions, known)
          : null;
      const entity = issued?.name ? (issued.entity ?? sourceEntity(issued.name)) : sourceEntity(quote.speaker);
      if (!issued || issued.name) {
        source = sourceOf({ role: 'speaker', name: issued?.name ?? entity?.name ?? quote.speaker, at: quote.span.start, entity }, []);
        rule = 'quote-speaker';
        if (issued?.name) refinements.push('definite-description');
      }
    }
    // "…, rejecting opposition claims of 12 dead": the figure's owner tells it (figure-owner).
    const owner = figureOwner(perSentence[claim.sentence]!.tokens, figureAt);
    if (owner && owner.name !== source?.name) {
      source = sourceOf({ role: 'according', name: owner.name, at: owner.at, entity: owner.entity }, []);
      rule = 'own-clause';
      refinements.push('figure-owner');
    }
    // "NAZARZODA: Altogether, 37 persons have been detained …": a transcript's speaker label opening
    // the paragraph speaks every figure of it that names no speaker of its own (transcript-label);
    // "When did the first casualties arrive? — … we had received 54 bodies": an interview's answer
    // is the interviewee's (interview-answer).
    if (!source && combined !== 'none') {
      const speaks = paragraphSpeakers.get(seg.sentences[claim.sentence]!.paragraph);
      if (speaks) {
        [source, rule] = [speaks[0], 'own-clause'];
        refinements.push(speaks[1]);
      }
    }
    // "Twelve people died. The toll was confirmed by the governor.": the next sentence names who gave it.
    if (!source && combined !== 'none') {
      const next = figureNamedNext(claim.sentence);
      if (next) [source, rule] = [sourceOf(next, []), 'figure-named-next'];
      else if (items.length === 0 && !lastAttributed) {
        // "113 officers have been hurt over recent days. On Sunday, 21 were hurt, the ministry
        // reported.": a paragraph's opening figures, stated with no source while none is under way,
        // are the next sentence's closing speaker's (closing-speaker-next).
        const closing = closingSpeakerNext(claim.sentence);
        if (closing) [source, rule] = [sourceOf(closing, []), 'figure-named-next'];
      }
    }
    if (source) source = canonical(source, mentions, refinements);
    // "Organisers said 80,000 marched" in a report naming who organised the march (organiser-named).
    // "Organisers say 1.7 million took part … The figure from the Civil Front covered …": the body
    // a following sentence names as the figure's owner is who the unnamed group is (figure-owner-named).
    if (source && isUnnamedGroup(uncapitalised(source.name))) {
      const owner = figureOwnerAfter(claim.sentence);
      if (owner) {
        source = { ...owner, via: source.via };
        refinements.push('figure-owner-named');
      }
    }
    if (source && ORGANISER_NOUNS.has(uncapitalised(source.name))) {
      organisers ??= namedOrganisers(
        tokensOf,
        seg.sentences.map((s) => s.text),
        seg.sentences.map((s) => s.start),
      );
      const body = organiserNamed(organisers, figureAt);
      if (body) {
        source = { ...body, via: source.via };
        refinements.push('organiser-named');
      }
    }

    // "Source: VRA field teams." under a table: who gave its rows' figures (table-source).
    if (!source && claim.rule === 'table-column') {
      const named = tableSource(seg.sentences, claim.sentence);
      if (named) {
        source = canonical(named, mentions, refinements);
        refinements.push('table-source');
      }
    }

    // "- 812 killed and 95 missing (National Emergency Office, NEO)": a body in brackets, in a sentence
    // that names no teller, is whose figures its line gives (parenthesised-source); its own line's only.
    const bracketed = !source && combined !== 'none' ? parenthesisedSource(sentence.text) : null;
    if (bracketed) {
      source = canonical(bracketed, mentions, refinements);
      refinements.push('parenthesised-source');
    }

    const paragraph = sentence.paragraph;
    /** Does a sentence of this paragraph before sentence `k` name a teller? */
    const speakerEarlierInParagraph = (k: number) => {
      for (let j = k - 1; j >= 0 && seg.sentences[j]!.paragraph === paragraph; j--) if (perSentence[j]?.items.some((it) => it.name)) return true;
      return false;
    };
    let inherited = false;
    let account: Source | null = null;
    // A list's lines (short paragraphs, one after another) after the colon that introduces them (list-after-colon).
    // (A short heading between the list's lines, "Protests (15–30 November)", does not end it.)
    // (A bulleted line may run on past its figure: "- Deaths: at least 31. Teams at the morgue say …" is still a line of the list.)
    const lineText = bulletedLine(seg.paragraphs[paragraph]!.text) ? sentence.text : seg.paragraphs[paragraph]!.text;
    if (list && (paragraph - list.paragraph > 2 || (paragraph > list.paragraph && lineText.length > LIST_LINE))) list = null;
    // "[Photo: Residents wade through floodwater in Mlombwa, where 12 people died …]": a picture's
    // caption is the page's own line; no report of the story's runs on into it (caption).
    const opening = seg.paragraphs[paragraph]!.text.trimStart();
    // ("REPORTER: Rescuers pulled three more bodies from the river tonight": a broadcast's own reporter's turn is
    // the outlet's voice too; the clip before it does not run on into it (outlet-turn).)
    const outletTurn = !source && combined !== 'none' && OUTLET_TURN_LABEL.test(opening);
    const caption = outletTurn || (!source && combined !== 'none' && CAPTION_LINE.test(opening));
    if (caption) refinements.push(outletTurn ? 'outlet-turn' : 'caption');
    // "July 13-14: Gunmen besiege students …; two students are killed": a timeline's entry is the
    // writer's chronicle; a report of an earlier entry does not run on into it (timeline-entry).
    const entry =
      !source &&
      !caption &&
      combined !== 'none' &&
      lastAttributed !== null &&
      lastAttributed.paragraph !== paragraph &&
      // ("22:20 Rescuers carried seven bodies out of the temple": a live page's entry, opened by its time, is the page's own too.)
      (TIMELINE_ENTRY.test(seg.paragraphs[paragraph]!.text.trimStart()) ||
        // ("21:25 - Morel said the attackers formed three teams. At the theatre, 60 people died": unless the entry names its teller before.)
        ((LIVE_ENTRY_CLOCK.test(seg.paragraphs[paragraph]!.text) || BARE_CLOCK_LINE.test(seg.paragraphs[paragraph - 1]?.text ?? '')) &&
          !speakerEarlierInParagraph(claim.sentence)));
    if (entry) refinements.push('timeline-entry');
    // (Every figure of a line: "Killed: at least 196, including 17 under 18".)
    if (!source && !caption && !entry && combined !== 'none' && list && paragraph > list.intro) {
      [source, rule, inherited] = [list.source, 'report-continues', true];
      list.paragraph = paragraph;
      refinements.push(list.heading ? 'heading-source' : 'list-after-colon');
      // The body that gave the list is the report under way after it too ("The worst-hit districts
      // were …" in the paragraph after its lines), as a body that stated a figure is.
      if (!isUnnamedGroup(list.source.name) && !isBareStateBody(list.source)) lastAttributed = { source: list.source, paragraph };
    }
    if (!source && !caption && !entry && combined !== 'none') {
      // An organisation's report runs on for a few paragraphs; a person's words cover their own.
      const last = lastAttributed?.source;
      const reach = last && (last.kind ? last.kind === 'person' : looksLikePerson(last.name)) ? 0 : CONTINUATION_PARAGRAPHS;
      // Across a paragraph break a report runs on to the harms it counts; a crowd's size or a flight
      // of people or a spread of protests told in a new paragraph is the outlet's narrative ("In Minsk,
      // thousands marched", "protests had reached 40 towns").
      // The lead's speaker is the report's own voice (a press release's "X said today") and runs on.
      const newParagraph = paragraph !== lastAttributed?.paragraph;
      // (A crowd in the writer's aside after a speaker's clause is narrated too: relative-aside.)
      // ("The district office said 33 people had died. ¶ … A lorry overturned; all 12 on board were killed"
      // holds, but "Police said 40 died. ¶ Police detained 12" or a count of another harm in the next paragraph
      // is the outlet's telling: a harm the report did not count, in the paragraph after it (other-harm-next).)
      const otherHarm =
        newParagraph &&
        !!lastAttributed?.categories &&
        paragraph - lastAttributed.paragraph === 1 &&
        !lastAttributed.categories.has(claim.category) &&
        !(lastAttributed.paragraph === lead && releaseLead) &&
        !citesReports(perSentence[claim.sentence]!.tokens, figureAt) &&
        // ("The number of people hurt has risen to 2,312": a running count goes on with its teller; so does
        // "Another 300 were detained", more of what the report tells.)
        !perSentence[claim.sentence]!.tokens.some(
          (t, k, all) => (t.start < figureAt && RUNNING_COUNT_NOUNS.has(t.lower)) || (INCREMENT_BEFORE.has(t.lower) && all[k + 1]?.start === figureAt),
        );
      const narrated =
        (aside !== null && refinements.includes('relative-aside')) ||
        (newParagraph &&
          (((lastAttributed?.paragraph !== lead || !releaseLead) &&
            NARRATED_CATEGORIES.has(claim.category) &&
            !citesReports(perSentence[claim.sentence]!.tokens, figureAt)) ||
            (!!last && narratedAct(perSentence[claim.sentence]!.tokens, figureAt, last))));
      const narrative = narrated || otherHarm;
      if (lastAttributed && paragraph - lastAttributed.paragraph <= reach && narrative && newParagraph)
        refinements.push(narrated ? 'narrated-in-new-paragraph' : 'other-harm-next');
      // "Separately, …", "In a separate incident on Sunday, …": the report turns to another matter (topic-shift).
      // (Not when the report's speaker acts in it: "Separately, police arrested 12" after "police said".)
      const told = lastGeneric as { source: Source; paragraph: number; sentence: number } | null;
      // ("In other news, the bank raised rates. Earlier, floods killed 200": the sentence before, with no figure, may turn too.)
      const before = claim.sentence > 0 && !lastFigureOf.has(claim.sentence - 1) ? perSentence[claim.sentence - 1] : undefined;
      const shifted =
        !!last &&
        !narrative &&
        (opensNewMatter(perSentence[claim.sentence]!.tokens) || (!!before && opensNewMatter(before.tokens))) &&
        !namesSpeaker(perSentence[claim.sentence]!.tokens, figureAt, last);
      if (shifted) refinements.push('topic-shift');
      // "How many people have been killed?" as a heading of its own: an explainer's question opens the
      // writer's answer; the report before it does not run on past it (question-heading).
      const asked =
        !!lastAttributed &&
        paragraph - lastAttributed.paragraph <= reach &&
        !narrative &&
        !shifted &&
        questionBetween(seg, lastAttributed.paragraph, paragraph);
      if (asked) refinements.push('question-heading');
      // "By our count, …", "Our legal desk has recorded …": the document's own voice, no speaker carried on.
      // ("Question (Velm FM): Is it true that 50 are missing?": a reporter's question at a briefing is no part of the body's voice.)
      const asking = TRANSCRIPT_QUESTION_LABELS.has(ROLE_LABEL.exec(seg.paragraphs[paragraph]!.text)?.[1]!.toLowerCase() ?? '');
      const voiceHere: Source | null = asking ? null : embedded && paragraph > embedded.after ? statementSource : releaseSource;
      const ownVoice = !!voiceHere && ownFirstPerson(perSentence[claim.sentence]!.tokens, mayBeQuoted);
      // (Not a count of places: "protests were reported in 50 cities" goes on with the report that counts them.)
      const unnamedReport = claim.category !== 'places' && claim.category !== 'participants' && reportedByNoOne(perSentence[claim.sentence]!.tokens);
      if (unnamedReport && !ownVoice && lastAttributed) refinements.push('reported-by-no-one');
      if (ownVoice) {
        [source, rule] = [voiceHere, 'report-continues'];
        refinements.push('release-voice');
      } else if (lastAttributed && paragraph - lastAttributed.paragraph <= reach && !narrative && !shifted && !asked && !unnamedReport)
        [source, rule] = [lastAttributed.source, 'report-continues'];
      // "The coroner said the fire spread from the kitchens. Most victims were in the east wing, where 31
      // people died.": a named speaker's account, begun in the paragraph without a figure, runs on in it.
      // (Not once the sentence turns to another person: "Ivo Brandt, a farmer, lost his home; three of his sons were killed";
      // nor in a sentence whose own speaker does not tell its figure: "Four were held, but Berg said the others …".)
      else if (
        !shifted &&
        !asked &&
        !unnamedReport &&
        !NARRATED_CATEGORIES.has(claim.category) &&
        !perSentence[claim.sentence]!.items.some((it) => it.role === 'speaker' && it.name) &&
        (account = accountBefore(claim.sentence)) &&
        !mentions.some((m) => m.kind === 'person' && m.start >= sentence.start && m.start < figureAt && m.name !== account!.name)
      ) {
        [source, rule] = [account, 'report-continues'];
        refinements.push('account-continues');
        accountSentences.add(claim.sentence);
      }
      // "Police said 57 people had died. The figures include 9 officers.": a sentence opening on the
      // document refers back to it, even when its teller was a generic one (document-refers-back).
      else if (generic && told?.paragraph === paragraph && opensOnDocument(perSentence[claim.sentence]!.tokens)) {
        [source, rule] = [told.source, 'report-continues'];
        refinements.push('document-refers-back');
      }
      // "The ministry said 32 officers were hurt; 13 needed surgery": a generic source covers its own sentence.
      else if (generic && told?.sentence === claim.sentence && !shifted) [source, rule] = [told.source, 'report-continues'];
      else if (voiceHere) {
        // An organisation's own release states its figures in its own voice (release-voice).
        [source, rule] = [voiceHere, 'report-continues'];
        refinements.push('release-voice');
      } else if (bylineSource) [source, rule] = [bylineSource, 'byline'];
      inherited = source !== null;
      // "Among the dead counted in the official tally were …": naming the report under way states its source again.
      if (rule === 'report-continues' && refersToDocument(perSentence[claim.sentence]!.tokens)) {
        inherited = false;
        refinements.push('document-refers-back');
      }
    }
    // "… have been killed since March[1]" with "[1] X casualty list" among the notes: the note's body
    // tells a figure no teller of its own clause tells (note-reference).
    if (rule !== 'own-clause' && rule !== 'sentence-final' && rule !== 'quote-speaker') {
      const note = noteCited(seg.sentences[claim.sentence]!, claim.figure.end, notes);
      if (note) {
        [source, rule, inherited] = [{ name: note.name, kind: note.kind, country: note.country, via: [] }, 'own-clause', false];
        refinements.push('note-reference');
      }
    }
    // (A carried-on source is named as its report gives it: "HRANA" for the body that gave that acronym.)
    if (source && inherited && !source.alias) source = canonical(source, mentions, refinements);
    // Only a stated source carries on: a report continued by continuation is not continued again;
    // and not an unnamed group or a bare state body: "News agencies reported …", "activists said",
    // "police said" cover their own sentence.
    if (source && !inherited && !bracketed) {
      if (!isUnnamedGroup(source.name) && !isBareStateBody(source)) {
        const same: Set<string> | undefined =
          lastAttributed?.paragraph === paragraph && lastAttributed.source.name === source.name ? lastAttributed.categories : undefined;
        lastAttributed = { source, paragraph, categories: new Set([...(same ?? []), claim.category]) };
        generic = false;
      } else {
        lastAttributed = null;
        generic = true;
        lastGeneric = { source, paragraph, sentence: claim.sentence };
      }
    } else if (!source && combined !== 'none' && generic && !inherited) refinements.push('generic-source-ends');
    // "Police in Dhaka" is the Dhaka police (seated-force); "police in the district", the district's named before.
    const seated = source ? /^(?:[Tt]he\s+)?(\p{L}+)\s+in\s+(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}|the\s+\p{Ll}+)$/u.exec(source.name) : null;
    const seat = seated && SEATED_FORCES.has(seated[1]!.toLowerCase()) ? seatNamed(seated[2]!, text, claim.figure.start, true) : null;
    if (source && seated && seat) {
      source = { ...source, name: `${seat} ${seated[1]!.toLowerCase()}`, kind: 'office' };
      refinements.push('seated-force');
    } else if (source && seated && SEATED_FORCES.has(seated[1]!.toLowerCase())) source = { ...source, name: seated[1]!, kind: 'office' };
    // ("doctors and police", "its partners and the government": several tellers joined are no one state body,
    // nor one area's office.)
    const joined = !!source && /\s(?:and|its|their)\s/.test(` ${source.name} `);
    // "the district administration said" after "Lemba district": that district's (jurisdiction-named).
    const jurisdiction =
      source && !seat && !joined ? jurisdictionNamed(source.name, seg.sentences[claim.sentence]!.text, text, seg.sentences[claim.sentence]!.end) : null;
    if (source && jurisdiction) {
      source = { ...source, name: jurisdiction, kind: 'office' };
      refinements.push('jurisdiction-named');
    }
    // ("the Velmaran government": a demonym, capitalised wherever it stands, already names whose state it is.)
    const demonym = !!source && /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)\s/u.test(source.name);
    // (A seated force's place, known to the gazetteer or not, already names whose it is: "Police in Orr" -> "Orr police".)
    // ("the provincial health ministry", "local authorities": an area's body below the country, not the country's.)
    const subnational = !!source && uncapitalised(source.name).split(/\s+/).some(areaWord);
    if (source && !seat && !jurisdiction && isBareStateBody(source) && !joined && !demonym && !subnational && !placeOpensName(source, state())) {
      const federal = federalStateBody(source, text, claim.figure.start, state());
      // ("In Tanzania, the government said 52 had died": a country the sentence opens on is whose body speaks.)
      // ("In Syria the count was disputed. The government's health ministry reported …": or the sentence before opens on it.)
      const before = claim.sentence > 0 && seg.sentences[claim.sentence - 1]!.paragraph === seg.sentences[claim.sentence]!.paragraph;
      const fronted =
        frontedCountry(perSentence[claim.sentence]?.tokens ?? []) ?? (before ? frontedCountry(perSentence[claim.sentence - 1]?.tokens ?? [], false) : null);
      const scoped = federal ?? scopeToState(source, fronted ?? state());
      if (scoped !== source) [source, refinements[refinements.length]] = [scoped, federal ? 'federal-state' : 'state-of-report'];
    } else if (source && isBareStateBody(source) && areaWord(source.name.split(/\s+/)[0]!.toLowerCase()))
      // ("Provincial authorities said": capitalised only as its sentence's first word.)
      source = { ...source, name: uncapitalised(source.name), kind: source.kind ?? 'office' };
    if (source) {
      const tidied = tidySourceEntity(source, (reportText ??= seg.sentences.map((s) => s.text).join(' ')));
      source = tidied.source;
      refinements.push(...tidied.rules);
    }
    out.push({ source, inherited, rule, refinements: dedupe(refinements) as SourceRefinement[] });
  }
  return out;
}

/** "Source: VRA field teams", "Sources: health ministry; district offices": a source line under a table. */
const SOURCE_LINE = /^\s*Sources?\s*:\s*([^.;,]+)/i;

/** The source a "Source:" line right under a table's last row names, for the figures of the row at `row`; else null. */
function tableSource(sentences: ReadonlyArray<{ text: string }>, row: number): Source | null {
  let k = row;
  while (k + 1 < sentences.length && sentences[k + 1]!.text.includes(' | ')) k++;
  const phrase = SOURCE_LINE.exec(sentences[k + 1]?.text ?? '')?.[1]?.trim();
  if (!phrase) return null;
  // ("VRA case files": the body whose records they are, when the phrase as a whole names none.)
  const owner = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u.exec(phrase)?.[1];
  const entity = sourceEntity(phrase) ?? (owner ? sourceEntity(owner) : null);
  return entity ? { name: entity.name, via: [], kind: entity.kind, ...(entity.country ? { country: entity.country } : {}) } : null;
}

/** A bracketed name: a body's name of capitalised words and connectors, perhaps its acronym after a comma, perhaps a few lower-case words of its record or its people after ("UNHCR registration data", "IRC field teams"), perhaps a qualifier before ("provisional, IRC field teams"). */
const BRACKETED_BODY =
  /\((?:\p{Ll}[\p{Ll}-]*,\s*)?(?:the\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|for|and|on|the|\p{Lu}[\p{L}'’&.-]*))*)(,\s*\p{Lu}{2,10})?((?:\s+\p{Ll}[\p{Ll}-]*){0,3})\)/gu;

/**
 * The body a sentence names in brackets as the source of its figures ("… and 95 missing (National
 * Emergency Office, NEO)", "About 20,000 displaced (UNHCR registration)"), else null. Not an acronym
 * given after a name ("the Union of Students (UOS)"): the bracket follows a lower-case word or a figure.
 */
function parenthesisedSource(text: string): Source | null {
  for (const m of text.matchAll(BRACKETED_BODY)) {
    const before = text.slice(0, m.index).trimEnd();
    const name = m[1]!.replace(/\s+(?:of|for|and|on|the)$/, '');
    // ("9 dead across Kassala (PDMO)": a bracket closing a fact box's line, the line a figure's
    // with no stop, names the line's source: an acronym alone or heading a name, "(DSWO Harn)",
    // after a place as after a lower-case word; not the acronym of the name before it.)
    const closesLine = !text.slice(m.index! + m[0].length).trim() && /^\d/.test(text.trimStart());
    const acronymLed = closesLine && /^\p{Lu}{2,10}(?:\s+\p{Lu}\p{Ll}+)*$/u.test(name);
    const nameBefore = /(?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*$/u.exec(before)?.[0] ?? '';
    if (acronymLed ? !!nameBefore && initialsWithin(name.split(' ')[0]!, nameBefore) : !/(?:^|[\s,])(?:\p{Ll}[\p{L}-]*|\d[\d,.]*)$/u.test(before)) continue;
    // (A bare acronym may be a weapon's or a camp's, "(IED)": only one with the word of its record, "(UNHCR monitoring)".)
    const record = m[3]!.trim().split(/\s+/).at(-1)!;
    const acronym = /^\p{Lu}{2,10}$/u.test(name);
    if (!acronymLed && (acronym ? !BRACKETED_RECORD_WORDS.has(record) && !STAFF_NOUNS.has(record) : !looksLikeOrg(name))) continue;
    // (Not a dateline's agency, "ORSK, May 3 (Velm Wire)": the outlet's own report.)
    const entity = sourceEntity(name);
    if (!entity || entity.kind === 'person' || entity.kind === 'outlet') continue;
    return { name: entity.name, via: [], kind: entity.kind, ...(entity.country ? { country: entity.country } : {}) };
  }
  return null;
}

/** A quotation of a few words inside a sentence (scare quotes, a phrase repeated), not a speaker's whole statement. */
const QUOTED_FRAGMENT_WORDS = 8;
function quotedFragment(span: { text: string }): boolean {
  return span.text.split(/\s+/).length <= QUOTED_FRAGMENT_WORDS;
}

/**
 * "The Red Cross said volunteers had counted 52 bodies", "…, saying staff had counted 52 dead": a
 * counter with no name, inside what a speaker says, is the speaker's report, not a source of its own.
 */
function countedInReport(tokens: Token[], subj: { from: number }, written: string, verb: string): boolean {
  if (/\p{Lu}/u.test(written)) return false;
  let w = subj.from - 1;
  if (tokens[w]?.lower === 'that') w--;
  const speech = (k: number) => SPEECH_VERBS.has(tokens[k]?.lower ?? '') || SPEECH_PARTICIPLES.has(tokens[k]?.lower ?? '');
  // ("A parish priest told reporters over the radio that neighbours had buried nine": who is told, and how, stand
  // between the verb and its clause. Not a body it refers back to, "told reporters the office had
  // recorded 12": that body's own account, relayed; nor a telling or a belief of its own, "told us
  // families had reported 14 missing".)
  const toldBefore = () => {
    if (/^(?:the|this|that|its|his|her|their|our)\s/i.test(written.trim()) || DEATH_TELLING_VERBS.has(verb) || KNOWING_VERBS.has(verb)) return false;
    for (let k = w; k >= Math.max(0, w - 4); k--) {
      if (/^\p{P}$/u.test(tokens[k]!.text)) return false;
      if (TELLING_VERBS.has(tokens[k]!.lower)) return k < w;
    }
    return false;
  };
  // (The participle may be read into the subject: "saying staff".)
  return speech(w) || toldBefore() || SPEECH_PARTICIPLES.has(tokens[subj.from]?.lower ?? '');
}

/**
 * "At Harlow General Hospital, a spokesperson said …", "According to its director, Harlow General
 * Hospital has received …": who speaks for a body unnamed ("a spokesperson", "its director") speaks for
 * the body the sentence names, in the place it opens on or as the subject right after, not for one
 * named before (body-in-sentence).
 */
function bodyFramingSpeaker(phrase: string, at: number, tokens: Token[], mentions: SpeakerMention[]): string | null {
  const spokesperson = /^an?\s+(?:spokesman|spokeswoman|spokesperson)$/i.test(phrase);
  const its = /^its\s+\p{Ll}+(?:\s+\p{Ll}+)?$/u.test(phrase);
  if (!spokesperson && !its) return null;
  // (Past a list's bullet.)
  const first = tokens.findIndex((t) => /^\p{L}/u.test(t.text));
  const comma = tokens.findIndex((t) => t.text === ',');
  if (first < 0 || comma < first + 2) return null;
  // The body named at token k: a mention, else a care facility's name, "Dorvan hospital".
  const bodyAt = (k: number, to: number): string | null => {
    if (tokens[k]?.lower === 'the') k++;
    const t = tokens[k];
    if (!t) return null;
    const named = mentions.find((m) => m.kind === 'org' && m.start === t.start && m.end <= to);
    if (named) return named.name;
    let j = k;
    while (j < comma && startsCapitalised(tokens[j]!.text) && /^\p{L}/u.test(tokens[j]!.text)) j++;
    return j > k && SCOPE_CARE_FACILITY_NOUNS.has(tokens[j]?.lower ?? '')
      ? tokens
          .slice(k, j + 1)
          .map((w) => w.text)
          .join(' ')
      : null;
  };
  // A fronted place that is a body: "At Harlow General Hospital(, the referral hospital), a spokesperson said".
  if (spokesperson && ['at', 'in', 'inside'].includes(tokens[first]!.lower)) return bodyAt(first + 1, at);
  // A cataphoric "its": "According to its director, <Body> …" (the phrase opening the sentence).
  if (its && tokens[first]!.lower === 'according' && tokens[comma - 1]!.lower === phrase.split(/\s+/).pop()!.toLowerCase()) return bodyAt(comma + 1, Infinity);
  return null;
}

/** A subject holding a figure ("40 people said") is no speaker; a count of bodies ("37 member states said") is one. */
function holdsFigure(raw: string): boolean {
  // ("A 19-year-old student said": an age counts no one.)
  if (/\d/.test(raw) && raw.split(/\s+/).some((w) => /\d/.test(w) && !AGE_MODIFIER.test(w)))
    return !countedBodies(raw) && !isNumberedName(raw.replace(/^\s*the\s+/i, ''));
  // "Crowds of thousands have kept returning": a crowd counted in words is the figure's subject too.
  const words = raw.trim().toLowerCase().split(/\s+/);
  return words.length > 2 && words[words.length - 2] === 'of' && words[words.length - 1]! in VAGUE_PLURALS;
}

/**
 * Where a ", which …" / ", where …" clause holding the figure opens, when it runs to the sentence's
 * end (or to a closing attribution) with no reporting verb before the figure; else null.
 */
/**
 * Is the "according to" at `at` set off by commas inside a clause a subordinator opens after the
 * figure ("… marched before police fired tear gas and, according to witnesses, live rounds")?
 */
function midClauseAccording(tokens: Token[], figureAt: number, at: number): boolean {
  const k = tokens.findIndex((t) => t.start >= at);
  if (k < 1 || (tokens[k - 1]!.text !== ',' && tokens[k - 2]?.text !== ',')) return false;
  // Set off: a comma closes the phrase and the clause goes on after it.
  let close = k + 1;
  while (close < tokens.length && close < k + 8 && tokens[close]!.text !== ',') close++;
  if (tokens[close]?.text !== ',' || !/^\p{L}/u.test(tokens[close + 1]?.text ?? '')) return false;
  // ("…, according to the lawyers' guild, whose list the police reject": a relative clause on the teller, no clause going on.)
  if (RELATIVE_PRONOUNS.has(tokens[close + 1]!.lower)) return false;
  const from = tokens.findIndex((t) => t.start >= figureAt);
  // ("One man was killed on Monday when, according to police, a device he held went off": set off right after the subordinator.)
  if (tokens[k - 1]!.text === ',' && k - 2 > from && LATER_CLAUSE_SUBORDINATORS.has(tokens[k - 2]?.lower ?? '')) return true;
  // A clause, not a phrase: a subject and a finite verb after the subordinator ("before security forces
  // fired"; not "the day after the vote", "after being taken into custody").
  const clauseAfter = (j: number) => {
    for (let m = j + 2; m < k && m <= j + 4; m++) {
      const w = tokens[m]!.lower;
      if (w === 'being' || w === 'having' || w === ',') return false;
      if (/^\p{Ll}{3,}ed$/u.test(tokens[m]!.text)) return true;
    }
    return false;
  };
  for (let j = from; j < k; j++) if (LATER_CLAUSE_SUBORDINATORS.has(tokens[j]!.lower) && clauseAfter(j)) return true;
  return false;
}

function relativeAsideStart(tokens: Token[], figureAt: number): number | null {
  const at = tokens.findIndex((t) => t.start >= figureAt);
  // "the rally, which drew 20,000, was peaceful": a clause closed inside the reported words is part of them; only one running to the end is an aside.
  const closing = tokens.findIndex((t, k) => k > at && t.text === ',');
  if (closing >= 0 && !tokens.slice(closing).some((w) => REPORTING_VERBS.has(w.lower))) return null;
  for (let k = at - 1; k > 1; k--) {
    const w = tokens[k]!;
    if (REPORTING_VERBS.has(w.lower) || KNOWING_VERBS.has(w.lower) || w.text === ',' || w.text === ';') return null;
    if (['which', 'where'].includes(w.lower) && tokens[k - 1]!.text === ',') return tokens[k - 1]!.start;
    // "…, the ombudsman said on Thursday, as tens of thousands massed in the capital": a clause of "as"
    // after the verb of saying is the writer's scene, not what was said.
    if (['as', 'amid'].includes(w.lower) && tokens[k - 1]!.text === ',' && tokens.slice(Math.max(0, k - 7), k - 1).some((x) => SPEECH_VERBS.has(x.lower)))
      return tokens[k - 1]!.start;
  }
  return null;
}

/** Auxiliaries before a participle that make it passive or perfect, not a narrated act. */
const NARRATION_BLOCKERS = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'have', 'has', 'had', 'got', 'get', 'who', 'which', 'that']);
/** Words between a harm verb and its object figure ("arrested at least 14", "killed some 40"). */
const OBJECT_QUALIFIERS = new Set([
  'at',
  'least',
  'more',
  'than',
  'some',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'another',
  'up',
  'to',
  'a',
  'further',
]);

/**
 * "On Tuesday, police fired tear gas and arrested 14 people", "Soldiers killed 9 people": an
 * actor doing the harm, in the simple past, to the figure as object — the outlet narrating an
 * event, not the report before it continuing (unless the actor is that report's speaker:
 * "Police said … Separately, police arrested 12").
 */
function narratedAct(tokens: Token[], figureAt: number, last: Source): boolean {
  if (narratedPassive(tokens, figureAt)) return true;
  const at = tokens.findIndex((t) => t.start >= figureAt);
  let k = at - 1;
  while (k > 0 && OBJECT_QUALIFIERS.has(tokens[k]!.lower)) k--;
  // "recovered the bodies of 17 people", "pulled two more bodies from the river": the dead a crew
  // recovered are told by whoever tells the recovery, as a harm done is.
  const ofBodies = tokens[k]?.lower === 'of' && tokens[k - 1]?.lower === 'bodies' && tokens[k - 2]?.lower === 'the';
  if (ofBodies) k -= 3;
  const bodies = ofBodies || [1, 2].some((j) => tokens[at + j]?.lower === 'bodies' && (j === 1 || OBJECT_QUALIFIERS.has(tokens[at + 1]!.lower)));
  const verb = tokens[k];
  if (!verb || k < 1) return false;
  const harmed = HARM_VERB_FORMS.has(verb.lower) && (/ed$/.test(verb.lower) || verb.lower === 'shot');
  const recovered = bodies && RECOVERY_VERBS.has(verb.lower) && !/s$/.test(verb.lower);
  if (!harmed && !recovered) return false;
  if (NARRATION_BLOCKERS.has(tokens[k - 1]!.lower)) return false;
  return !namesSpeaker(tokens, tokens[k]!.start, last);
}

/**
 * "Three photographers were injured when riot police fired tear gas into the press pen": a passive harm
 * and the circumstances of its one event ("when", "as") narrate what happened.
 */
function narratedPassive(tokens: Token[], figureAt: number): boolean {
  const at = tokens.findIndex((t) => t.start >= figureAt);
  for (let k = at + 1; k < tokens.length && k < at + 8; k++) {
    const w = tokens[k]!.lower;
    if (w === ',' || REPORTING_VERBS.has(w) || SPEECH_VERBS.has(w)) return false;
    if (!['was', 'were'].includes(w)) continue;
    const harm = tokens[k + 1];
    const harmed = !!harm && ((HARM_VERB_FORMS.has(harm.lower) && /ed$|^shot$/.test(harm.lower)) || harm.lower === 'hurt');
    return harmed && ['when', 'as'].includes(tokens[k + 2]?.lower ?? '');
  }
  return false;
}

/** Whether a word of the speaker's name stands before `at` ("police arrested 12" after "Hong Kong police"). */
function namesSpeaker(tokens: Token[], at: number, last: Source): boolean {
  const speaker = new Set(last.name.toLowerCase().split(/\s+/));
  return tokens.some((t) => t.start < at && speaker.has(t.lower) && !['the', 'of', 'for', 'and'].includes(t.lower));
}

/** A harm participle or adjective after a reporting participle ("confirmed killed", "reported dead"). */
function reducedHarmClause(next: Token | undefined): boolean {
  if (!next || !CATEGORY_CUES.has(next.lower)) return false;
  return /ed$/.test(next.lower) || next.lower === 'dead' || next.lower === 'missing' || next.lower === 'hurt';
}

/**
 * "Tens of thousands marched in Bogota, and protests have been held in 500 towns, according to the
 * committee": an "according to" closing the last of two main clauses joined by ", and" tells that
 * clause only; the figure at `figureAt` stands in an earlier one (a bare figure after ", and" —
 * "…, and 200 injured" — shares the first clause's verb and its teller).
 */
function laterClauseAccording(tokens: Token[], figureAt: number, lastFigure: number): boolean {
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (t.start <= figureAt) continue;
    if (t.start >= lastFigure) return false;
    if (t.lower !== 'and' || tokens[k - 1]!.text !== ',') continue;
    // (A verb right after shares the subject: "…, and displaced nearly 400,000, according to …".)
    const next = tokens[k + 1]!;
    const verb = /^\p{Ll}+(?:ed|en|ing|ly)$/u.test(next.text) || AUXILIARIES.has(next.lower) || CATEGORY_CUES.has(next.lower);
    if (!verb && !/^\d/.test(next.text) && wordValue(next.lower) === null) return true;
  }
  return false;
}

/**
 * "Four people were held on Friday, but Bush said the others were not involved": a speaker after
 * "but" (or ", though") who goes on to say something of his own (five words or more after the name)
 * tells that, not the figures of the clause before.
 */
function butClauseSpeaker(tokens: Token[], lastFigure: number, at: number): boolean {
  // ("…, though its head said the real number could be higher": a concession's speaker too.)
  return speaksOwnMatter(tokens, lastFigure, at, (k) => tokens[k]!.lower === 'but' || (CONCESSIONS.has(tokens[k]!.lower) && tokens[k - 1]?.text === ','));
}
const BUT_CLAUSE_WORDS = 5;

/**
 * A speaker of a later main clause, joined by ", and" or a semicolon, tells that clause, not the
 * figure at `figureAt`: past the sentence's last figure, when he says something of his own ("Three
 * men have been held, and the ministry has said the attack was meant to …"; not "…, and police said
 * the toll could rise", which speaks of the figures); before a later figure, when his clause tells
 * one of its own ("two more civilians were killed in Orsk, and the district administrator reported
 * that 11 people had been abducted").
 */
function laterConjunctSpeaker(tokens: Token[], figureAt: number, lastFigure: number, figures: readonly number[], at: number): boolean {
  if (at > lastFigure) {
    const ofFigures = tokens.some((t) => t.start > at && (FIGURE_NOUNS.has(t.lower) || CATEGORY_CUES.has(t.lower)));
    return !ofFigures && speaksOwnMatter(tokens, lastFigure, at, (k) => joinsMainClause(tokens, k));
  }
  return at > figureAt && figures.some((f) => f > at) && tokens.some((t, k) => t.start > figureAt && t.start < at && joinsMainClause(tokens, k));
}

/** ", and" or a semicolon at token `k`: the join of two main clauses. */
const joinsMainClause = (tokens: Token[], k: number) => tokens[k]!.text === ';' || (tokens[k]!.lower === 'and' && tokens[k - 1]?.text === ',');

/** A speaker at `at` after a joining word (`joins`) past the last figure, saying five words or more of his own. */
function speaksOwnMatter(tokens: Token[], lastFigure: number, at: number, joins: (k: number) => boolean): boolean {
  let joined = false;
  let after = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start > lastFigure && t.start < at && joins(k)) joined = true;
    else if (t.start > at && /^\p{L}/u.test(t.text)) after++;
  }
  return joined && after >= BUT_CLAUSE_WORDS;
}

/**
 * Whether "citing X" cites someone who can state a figure: a name, or a head noun of people,
 * a body or a document ("citing intelligence officials", "citing hospital records") — not a
 * reason ("citing errors in hospital records", "citing security concerns").
 */
/**
 * Where the giver of the figures a "based on" rests on is named: after "figures from", "data given
 * (on Sunday) by", "numbers provided by" (the token after "from" or "by"), else null.
 */
function basedOnGiver(tokens: Token[], from: number): number | null {
  let k = from;
  while (k < tokens.length && k < from + 3 && !DOCUMENT_NOUNS.has(tokens[k]!.lower)) k++;
  if (!DOCUMENT_NOUNS.has(tokens[k]?.lower ?? '')) return null;
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
    const w = tokens[j]!.lower;
    if (w === 'from' || w === 'by') return j + 1;
    if (/^[,.;:]$/.test(w)) return null;
  }
  return null;
}

function canBeCited(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  while (words.length > 1 && CITED_DETERMINERS.has(words[0]!.toLowerCase())) words.shift();
  if (/^\p{Lu}/u.test(words[0] ?? '')) return true;
  const stop = words.findIndex((w) => CITED_PREPOSITIONS.has(w.toLowerCase()));
  // ("citing testimony gathered by the commission": a participle before its agent describes the head before it.)
  const described = stop > 1 && /^\p{Ll}+(?:ed|en)$/u.test(words[stop - 1]!) && words[stop]!.toLowerCase() === 'by';
  const head = (stop > 0 ? words[stop - (described ? 2 : 1)] : words[words.length - 1])?.toLowerCase().replace(/[^\p{L}]/gu, '') ?? '';
  return (
    !!personNoun(head) ||
    GROUP_NOUNS.has(head) ||
    INFORMANT_HEADS.has(head) ||
    OFFICE_WORDS.has(head) ||
    GENERIC_ORG_HEADS.has(head) ||
    DOCUMENT_NOUNS.has(head) ||
    STATE_BODY_NOUNS.has(head)
  );
}

/** Is a quote's speaker, a lower-case description, named with "the" right after the quote ("…," said the nurse)? */
function definiteSpeaker(text: string, quoteEnd: number, speaker: string): boolean {
  const after = text.slice(quoteEnd, quoteEnd + DEFINITE_SPEAKER_REACH + speaker.length).toLowerCase();
  return after.includes(`the ${speaker.toLowerCase()}`);
}
/** How far after a quote its speaker's words may start ("…," the nurse told reporters at the gate). */
const DEFINITE_SPEAKER_REACH = 24;

/** A body the report names as an organiser, where it does. */
interface NamedOrganiser {
  name: string;
  at: number;
  entity: SourceEntity;
}

/** Every body the report names as an organiser ("organised by the Civic Front", "X, which organised …"), in text order. */
function namedOrganisers(sentences: Token[][], texts: string[], starts: number[]): NamedOrganiser[] {
  const found: NamedOrganiser[] = [];
  sentences.forEach((tokens, si) => {
    const slice = (a: Token, b: Token) => texts[si]!.slice(a.start - starts[si]!, b.end - starts[si]!);
    for (let k = 0; k < tokens.length; k++) {
      if (!ORGANISING_VERBS.has(tokens[k]!.lower)) continue;
      let from = -1;
      let to = -1;
      if (tokens[k + 1]?.lower === 'by') {
        from = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
        to = nameRunEnd(tokens, from, tokens.length);
      } else {
        // "X, which organised …", "X organised …": the capitalised name right before.
        let end = k;
        if (tokens[end - 1]?.lower === 'which' && tokens[end - 2]?.text === ',') end -= 2;
        let start = end;
        while (
          start > 0 &&
          (/^\p{Lu}/u.test(tokens[start - 1]!.text) ||
            (['of', 'for', 'and'].includes(tokens[start - 1]!.lower) && /^\p{Lu}/u.test(tokens[start - 2]?.text ?? '')))
        )
          start--;
        if (start < end) [from, to] = [start, end];
      }
      if (from < 0 || to <= from || !/^\p{Lu}/u.test(tokens[from]?.text ?? '')) continue;
      const entity = sourceEntity(slice(tokens[from]!, tokens[to - 1]!));
      if (entity && (entity.kind === 'organisation' || entity.kind === 'office') && isNamed(entity.name))
        found.push({ name: entity.name, at: tokens[k]!.start, entity });
    }
  });
  return found;
}

/**
 * The body a report names as having called the gathering: "organised by (the) X", "X, which
 * called the march", "X organised the rally". The nearest such before the figure, else the first
 * after it; null when the report names none, or names several different bodies so.
 */
function organiserNamed(found: readonly NamedOrganiser[], figureAt: number): Source | null {
  if (!found.length || new Set(found.map((f) => f.name)).size > 1) return null;
  const pick = found.filter((f) => f.at < figureAt).pop() ?? found[0]!;
  return sourceOf({ role: 'speaker', name: pick.name, entity: pick.entity, at: pick.at }, []);
}

/** "Separately, …", "Meanwhile, …", "In a separate incident …", "In another attack …" opening the sentence. */
function opensNewMatter(tokens: Token[]): boolean {
  const w = (k: number) => tokens[k]?.lower ?? '';
  if (TOPIC_SHIFT_OPENERS.has(w(0)) && w(1) === ',') return true;
  // "In other news, …", "Elsewhere in the region, …".
  if (w(0) === 'in' && w(1) === 'other' && w(2) === 'news') return true;
  return w(0) === 'in' && (w(1) === 'another' || (['a', 'one'].includes(w(1)) && w(2) === 'separate')) && TOPIC_SHIFT_NOUNS.has(w(w(1) === 'another' ? 2 : 3));
}
