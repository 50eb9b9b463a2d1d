/**
 * The extraction pipeline, top to bottom:
 *   clean -> segment -> quantities + claims -> quotes + attribution -> dates -> places -> scope -> revisions
 * then one document-level step: a figure repeated in one report is one claim (a revision said by
 * any mention, the headline's included, marks it).
 * Every stage is a pure function of the clean text and what earlier stages found.
 */
import type { CountClaim, ExtractInput, PlaceMention, Report, ResolvedPlace, Source } from '../domain.js';
import { attribute, frontedCountry } from './attribution.js';
import { findClaims, REPORT_SENTENCES, type DraftClaim } from './claims.js';
import { clean } from './clean.js';
import { comparedEvent, habitualFigure } from './comparisons.js';
import { asOfRuled, findDates } from './dates.js';
import { forgetTags } from './pos.js';
import {
  BODY_REFERENCE_HEADS,
  GENERIC_ORG_HEADS,
  GROUP_NOUNS,
  OFFICE_WORDS,
  OUTLET_WORDS,
  PROFESSION_FIELDS,
  ROLE_NOUNS,
  SCOPE_AREA_PLACES,
  SCOPE_FACILITY_NOUNS,
  SCOPE_MEDICAL_WORKERS,
  ONE_FACILITY_DETERMINERS,
  SCOPE_REPORTING_VERBS,
  REPORTING_VERBS,
  SPEAKING_PLACE_AUXILIARIES,
  SCOPE_SITE_NOUNS,
  SEATED_TELLERS,
  SHARE_LEADS,
  REST_OF_COUNT_NOUNS,
  SEAT_NOUNS,
  TOTAL_NOUNS,
  REST_OF_COUNT_WORDS,
  SPEAKER_PLACE_CUES,
  SPEECH_VERBS,
  SPOKESPERSON_NOUNS,
  UNNAMED_VICTIMS,
  PARTITIVE_HEADS,
} from './lexicon/index.js';
import { personNoun } from './person-nouns.js';
import { countryOf, forgetSourceEntities } from './entities.js';
import { sameSource } from '../sources/index.js';
import { isNamed } from './names.js';
import { datelineNames, documentCountry, findPlaces } from './places.js';
import { findQuotes } from './quotes.js';
import { reviserOf, revisionOf } from './revision.js';
import {
  confinedPlace,
  crisisNamedPlace,
  crisisNamedUnknownPlace,
  DEFAULT_SCOPE_RULE,
  OPENING_SENTENCES,
  reachesBeyond,
  tollsInSeveralPlaces,
  scopeOf,
  type ScopeDocument,
} from './scope.js';
import { segment, unfinished, type Segmentation, type Sentence } from './segment.js';
import { collectMentions } from './speakers.js';
import { unknownPlaces, type UnknownPlace } from './unknown-places.js';
import { tokenize, type Token } from './tokens.js';

export { ExtractInputError, MAX_INPUT_CHARS } from './clean.js';

interface Mention {
  claim: CountClaim;
  sentence: number;
  /** The claim's sentence names its place (not the document's country by default). */
  placeStated: boolean;
  /** The source was carried over from an earlier report, not stated with the figure. */
  inherited: boolean;
  /** Stated in the headline (the first line, without a closing full stop): telegraphic. */
  headline: boolean;
  /** Stated in the lead, the first paragraph that reads as body text. */
  lead: boolean;
  /** Stated in the title the document came with (a page's title, a feed item's), repeated over the text. */
  titled: boolean;
  /** A headline's figure a country tells ("Kenya says 26 dead"): its state's body, which the report names. */
  stateTold?: boolean;
  /** Ids of the places its sentence names. */
  sentencePlaces: ReadonlySet<string>;
  /** The old value of a revision ("from 359 to 253"), not a statement of the figure. */
  replaced: boolean;
  /** A figure named again as a count given before ("The 1,500 toll is far above …"). */
  restated: boolean;
  /** A figure of others than any counted before ("the remaining nine killings", "another 12"): never a repeat. */
  others: boolean;
}

/**
 * Are two mentions of one figure about one place? Either names none, both name the same, or
 * (for a headline and the body) the one's place is named in the other's sentence ("5,000 dead
 * in Bara" repeated as "attacks on Bara, capital of the north, left 5,000 dead": the body's
 * nearest place is the province).
 */
function samePlace(a: Mention, b: Mention): boolean {
  if (!a.placeStated || !b.placeStated || a.claim.place?.id === b.claim.place?.id) return true;
  if (!a.headline && !b.headline) return false;
  // ("27 bodies recovered … south of Crete" over a lead's "recovered 27 bodies … south of the island
  // of Gavdos": the lead tells the headline's story, placed as precisely as it likes.)
  if (a.lead || b.lead) return true;
  if ((!!a.claim.place && b.sentencePlaces.has(a.claim.place.id)) || (!!b.claim.place && a.sentencePlaces.has(b.claim.place.id))) return true;
  // "Kenya police kill at least six" over "… at least six people … in Nairobi and in the west": a
  // headline names the country the body's places lie in.
  const [head, body] = a.headline ? [a.claim.place, b.claim.place] : [b.claim.place, a.claim.place];
  return !!head && !!body && head.precision === 'country' && head.countryCode === body.countryCode;
}

/**
 * A headline's figure restated in the body is one claim. Its telegraphic form drops the body's
 * "at least", "more than", "about": "208 killed" stands for "at least 208 people were killed",
 * and an abbreviation rounds ("12K detainees" for "more than 12,000 people were detained").
 * The speakers must be one, or the headline's a description of the body's ("Rights group says
 * 208 killed" above "the Velmar Rights Network said at least 208 …").
 */
const ABBREVIATED = /\d\s*(?:[kKmM]|mn|bn)\b/;
const LOOSER = ['more_than', 'at_least', 'about', 'up_to'];

function headlineRestates(head: Mention, body: Mention): boolean {
  const h = head.claim;
  const b = body.claim;
  if (!head.headline || body.headline || h.category !== b.category || h.estimate !== (b.low ?? b.high) || !samePlace(head, body)) return false;
  const loosened = h.qualifier === 'exact' && LOOSER.includes(b.qualifier);
  if (describes(h.source, b.source)) return h.qualifier === b.qualifier || loosened;
  // "Iran dismisses report that 1,500 were killed" over "a report that about 1,500 people were killed": told by no one on both lines.
  if (!h.source && !b.source) return loosened;
  // ("Kenya says 26 dead" over "26 people died, regional police said": the country stands for its body; a
  // bound the body gives, "at least 26", leaves the headline's own figure, which takes the source later.)
  if (!h.source && head.stateTold && stateBody(b.source)) return h.qualifier === b.qualifier;
  // One named speaker on both lines ("Watchdog: 1,200 detained" read as the body's monitor).
  const named = !!h.source && !!b.source && isNamed(h.source.name) && isNamed(b.source.name) && sameSource(h.source.name, b.source.name);
  return (ABBREVIATED.test(h.span.text) || named) && loosened && sameSpeaker(h.source, b.source);
}

/** A body of a state that may speak for it: an office ("regional police", "Peru's government"). */
const stateBody = (source: Source | null): boolean => source?.kind === 'office';

/**
 * "Kenya says 26 dead …", "Velmaria reports 40 killed": a headline whose figure's teller is a
 * country, before a verb of telling. The country stands for its state's body the report names.
 */
function toldByCountry(tokens: readonly Token[], figureStart: number): boolean {
  const verb = tokens.findIndex((t) => t.start < figureStart && (SPEECH_VERBS.has(t.lower) || REPORTING_VERBS.has(t.lower)));
  if (verb < 1) return false;
  // (After a kicker: "UPDATE 2-", "Exclusive:".)
  const from = tokens.findLastIndex((t, k) => k < verb && /^[:–—-]$/.test(t.text)) + 1;
  const subject = tokens
    .slice(from, verb)
    .map((t) => t.text)
    .join(' ');
  return !!subject && countryOf(subject) !== null;
}

/** The kind of source a common noun names ("group" an organisation, "activists" a group, "ministry" an office). */
function kindOfNoun(noun: string): 'organisation' | 'office' | 'group' | 'person' | null {
  if (GENERIC_ORG_HEADS.has(noun) || BODY_REFERENCE_HEADS.has(noun)) return 'organisation';
  if (OFFICE_WORDS.has(noun)) return 'office';
  if (GROUP_NOUNS.has(noun)) return 'group';
  if (ROLE_NOUNS.has(noun)) return 'person';
  const person = personNoun(noun);
  return person?.kind === 'person' ? (person.plural ? 'group' : 'person') : null;
}

/** A name's words in lower case, possessives dropped ("Velmar's health ministry" -> velmar, health, ministry). */
const nameWords = (name: string) =>
  name
    .toLowerCase()
    .replace(/['’]s\b|(?<=s)['’](?=\s|$)/g, '')
    .split(/\s+/);

/**
 * Does a headline's source describe the body's named one? A common noun heads it, its other
 * words are the body's ("Rights group" and "Velmar Rights Network", "Ministry" and "the Norvel
 * health ministry"), and the kinds agree: a person is a person, an office an office, a group
 * of people or a body one of the other two ("Activists" and "the Human Rights Committee").
 */
function describes(head: Source | null, body: Source | null): boolean {
  if (!head || !body || head.name.toLowerCase() === body.name.toLowerCase()) return false;
  // "Medics say 40 killed" above "a doctors' committee said at least 40": both unnamed, the
  // headline's people are the body's profession.
  // Otherwise the body's names something ("Velmar Watch", "the Norvel health ministry"); the headline's does not.
  if (!/\p{Lu}/u.test(body.name)) return sameProfession(head.name, body.name);
  const words = nameWords(head.name);
  const noun = words.pop()!;
  const kind = kindOfNoun(noun);
  if (!kind || words.length > 2) return false;
  // Its other words are the body's, or describe ("rights group", "Rights group" opening a headline).
  // ("UN rights chief" above "UN human rights chief Michelle Bachelet": the role written beside the name is the body's too.)
  const own = new Set([...nameWords(body.name), ...nameWords(body.role ?? '')]);
  const written = head.name.split(/\s+/);
  // (An acronym is a name: "UN agency" describes "the UN refugee agency" only.)
  const acronym = (w: string) => /^\p{Lu}{2,}/u.test(w);
  const bodyKind = body.kind === 'outlet' || body.kind === 'document' ? null : body.kind;
  // ("Iranian lawmaker" describes "Hossein Naqavi Hosseini" when no other country is stated for him.)
  const demonym = (w: string) => bodyKind === 'person' && !!countryOf(w) && (!body.country || body.country === countryOf(w));
  if (
    !words.every(
      (w, i) => own.has(w) || /^\p{Ll}/u.test(written[i]!) || (i === 0 && !acronym(written[0]!) && (!countryOf(written[0]!) || demonym(written[0]!))),
    )
  )
    return false;
  if (!bodyKind) return false;
  // ("Official: 41 dead" above "the health ministry said 41 …": an official or a spokesperson speaks for an office.)
  if (kind === 'person' && bodyKind === 'office' && !words.length && (noun === 'official' || SPOKESPERSON_NOUNS.has(noun))) return true;
  if (kind === 'person' || bodyKind === 'person') return kind === bodyKind;
  if (kind === 'office' || bodyKind === 'office') return kind === bodyKind;
  return true;
}

/** A headline's professionals ("Medics") and a body's description in their field ("a doctors' committee"). */
function sameProfession(head: string, body: string): boolean {
  const words = nameWords(head);
  if (words.length !== 1) return false;
  const fields = PROFESSION_FIELDS.get(words[0]!);
  return !!fields && nameWords(body).some((w) => fields.includes(w));
}

/**
 * Could two victim phrases count the same people? "3 men" and "three children", or "two
 * policemen" and "2 soldiers", are different figures of one size; "people" may be anyone.
 */
function sameVictims(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/\s+/)
      .map((w) => w.replace(/(?<=..)s$/, ''));
  const unnamed = (w: string) => UNNAMED_VICTIMS.has(w) || UNNAMED_VICTIMS.has(`${w}s`);
  const [x, y] = [words(a), words(b)];
  return x.some(unnamed) || y.some(unnamed) || x.some((w) => y.includes(w));
}

/** A stated source outranks a carried-over one; a named one outranks a generic one. */
const sourceRank = (m: Mention) => (!m.claim.source ? 0 : (m.inherited ? 0 : 2) + (isNamed(m.claim.source.name) ? 2 : 1));

/** Would two sources be one speaker repeating a figure (rather than two speakers agreeing)? */
function sameSpeaker(a: Source | null, b: Source | null): boolean {
  if (!a || !b) return true;
  if (a.name.toLowerCase() === b.name.toLowerCase()) return true;
  // "Rights Commission" in a headline is the body's "High Commission for Human Rights".
  return !(isNamed(a.name) && isNamed(b.name)) || sameSource(a.name, b.name);
}

/**
 * Two figures told by one speaker, for scope: either is unattributed, or the names are one
 * ("HRW" and "Human Rights Watch"), or one names the other by its head noun ("the association"
 * and "the Lorvian Bar Association"); "the interior ministry" and "Amnesty" are two.
 */
function sameTellerOf(a: Source | null, b: Source | null): boolean {
  if (!a || !b) return true;
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  if (x === y || sameSource(a.name, b.name)) return true;
  const words = (s: string) => s.split(/[\s']+/).filter(Boolean);
  const head = (s: string) => words(s).at(-1) ?? '';
  // Only a common-noun reference names another by its head ("Amnesty International" is not "International Organization for Migration").
  return (!isNamed(a.name) && words(y).includes(head(x))) || (!isNamed(b.name) && words(x).includes(head(y)));
}

/**
 * People as a group ("witnesses", "residents") and a teller of another kind are two tellers: "Four
 * more were shot dead, a doctor said" and witnesses' "killing four" in another town are two figures
 * (a role and its holder, "the interior minister" and the minister by name, may be one).
 */
function groupApart(a: Source | null, b: Source | null): boolean {
  if (!a || !b || a.kind === b.kind || sameTellerOf(a, b)) return false;
  // (People, not bodies: "civil society groups" may be the forum the report names next.)
  const people = (s: Source) => s.kind === 'group' && personNoun(s.name.split(/\s+/).at(-1)!.toLowerCase())?.kind === 'person';
  return people(a) || people(b);
}

/** "Some of those who died", "hundreds of them": a vague share of a whole. */
const vagueShare = (span: string) => PARTITIVE_HEADS.has(/^\p{L}+\s+of\s+(\p{L}+)/u.exec(span)?.[1]?.toLowerCase() ?? '');

/**
 * "At least 304 people were killed … Amnesty's count of 304 …": a later exact figure that restates a
 * bound given before in another sentence (at least, more than, about) by the same speaker, of the
 * same people in the same place, for the same date, is that claim told again (ANNOTATION.md: one claim, the first span).
 */
function restating(earlier: Mention[] | undefined, m: Mention): Mention | undefined {
  const c = m.claim;
  if (!earlier || c.qualifier !== 'exact' || m.others) return undefined;
  return earlier.find(
    (o) =>
      o.sentence < m.sentence &&
      // ("… at least 240 killed. Its count climbed: 96 on 4 May, 150 later and 240 by June": a value of a
      // timeline, for its own date, is no restatement; nor a place's figure after one of no place.)
      o.claim.asOf === c.asOf &&
      (o.placeStated || !m.placeStated) &&
      samePlace(o, m) &&
      sameVictims(o.claim.who, c.who) &&
      !!o.claim.source === !!c.source &&
      sameTellerOf(o.claim.source, c.source),
  );
}

/** The category rules that read one person ("a student was shot dead", "including a 6-year-old girl"). */
const ONE_PERSON_RULES = new Set(['one-person', 'subgroup-of-head']);

/**
 * "At least 40 people have been killed … A 25-year-old man died after being shot in the neck",
 * "… including a 14-year-old boy": in a report that counts a harm, one person it tells of, by
 * the same teller or the outlet, is a member of that count, told as a story, not a figure of its
 * own (ANNOTATION.md counts numbers). An incident's short note names each person harmed as its
 * count, and one person another teller reports ("a member of the security forces slain", says the
 * state agency) is that teller's figure.
 */
function dropStoryMembers(claims: CountClaim[], sentences: number): CountClaim[] {
  if (sentences < REPORT_SENTENCES) return claims;
  // The counts of more than one person, by category (read only for the few one-person claims).
  const counts = new Map<string, CountClaim[]>();
  for (const c of claims) {
    if (c.estimate <= 1) continue;
    const same = counts.get(c.category);
    if (same) same.push(c);
    else counts.set(c.category, [c]);
  }
  const counted = (one: CountClaim) => (counts.get(one.category) ?? []).some((c) => !one.source || sameTellerOf(one.source, c.source));
  return claims.filter((c) => !(c.estimate === 1 && ONE_PERSON_RULES.has(c.rules?.category ?? '') && counted(c)));
}

/**
 * One claim per figure per speaker: the first mention keeps its span (ANNOTATION.md: "use the
 * first span"), a headline's included; the best-named source among the mentions wins.
 */
function mergeRepeats(mentions: Mention[]): CountClaim[] {
  const out: Mention[] = [];
  // Keyed twins keep this linear in the number of figures (a long annex holds thousands).
  const kept = new Map<string, Mention[]>();
  // Kept figures given with a lower bound ("at least 304"), by category and that bound.
  const byValue = new Map<string, Mention[]>();
  const heads: Mention[] = [];
  for (const m of mentions) {
    const c = m.claim;
    // "Roughly 1,500 people died … The 1,500 toll is far above …": a figure named again as the count
    // given before is that claim, whatever its qualifier.
    if (m.restated && out.some((o) => o.claim.category === c.category && o.claim.estimate === c.estimate && o.sentence < m.sentence)) continue;
    const key = `${c.category}|${c.low}|${c.high}`;
    const keyed = kept.get(key)?.find(
      (o) =>
        // "passed 1,000" and "thousands" are two figures even at the same bounds.
        o.claim.qualifier === c.qualifier &&
        !m.others &&
        // "nine people in Maysan, nine people in Dhi Qar" are two figures, not one repeated.
        o.sentence !== m.sentence &&
        samePlace(o, m) &&
        // ("Thousands marched in Quito … Thousands marched in Guayaquil": a vague figure told again
        // further on is another crowd, unless one is the headline's, the next sentence restates it,
        // both are placed in one place, or it is a share of a whole, "some of them", told again.)
        (c.qualifier !== 'vague' || o.headline || m.headline || m.sentence === o.sentence + 1 || (o.placeStated && m.placeStated) || vagueShare(c.span.text)) &&
        sameVictims(o.claim.who, c.who) &&
        sameSpeaker(o.claim.source, c.source) &&
        !groupApart(o.claim.source, c.source),
    );
    // (A bound restated exactly keeps the source it was first given with.)
    const bound = keyed ? undefined : restating(byValue.get(`${c.category}|${c.estimate}`), m);
    const twin = keyed ?? bound;
    // The headline's figure takes the body's bounds and qualifier, and keeps its span.
    const rounded = twin ? undefined : heads.find((o) => headlineRestates(o, m));
    if (rounded) {
      const r = rounded.claim;
      [r.low, r.high, r.estimate, r.qualifier] = [c.low, c.high, c.estimate, c.qualifier];
      rounded.headline = false;
      if (rounded.titled) [r.span, rounded.titled] = [c.span, false];
      takeBodyScope(r, c);
      if (describes(r.source, c.source) || (rounded.stateTold && !r.source && stateBody(c.source))) {
        r.source = c.source;
        r.rules = { ...r.rules, source: `${c.rules?.source ?? 'outlet'}+headline-restated` };
        rounded.inherited = m.inherited;
      } else if (sourceRank(m) > sourceRank(rounded)) {
        r.source = c.source;
        r.rules = { ...r.rules, source: c.rules?.source };
        rounded.inherited = m.inherited;
      }
      r.hedged ||= c.hedged;
      r.cumulative ||= c.cumulative;
      r.place ??= c.place;
      carryRevision(r, c);
      const same = kept.get(key);
      if (same) same.push(rounded);
      else kept.set(key, [rounded]);
      continue;
    }
    if (!twin) {
      const copy = { ...m, claim: { ...c } };
      out.push(copy);
      if (m.headline) heads.push(copy);
      const same = kept.get(key);
      if (same) same.push(copy);
      else kept.set(key, [copy]);
      // (A bound's value, for a later exact restatement of it.)
      if (LOOSER.includes(c.qualifier) && c.low !== null) {
        const k = `${c.category}|${c.low}`;
        const atValue = byValue.get(k);
        if (atValue) atValue.push(copy);
        else byValue.set(k, [copy]);
      }
      continue;
    }
    if (twin.headline && !m.headline && (describes(twin.claim.source, c.source) || (twin.stateTold && !twin.claim.source && stateBody(c.source)))) {
      twin.claim.source = c.source;
      twin.claim.rules = { ...twin.claim.rules, source: `${c.rules?.source ?? 'outlet'}+headline-restated` };
      twin.inherited = m.inherited;
    } else if (!bound && sourceRank(m) > sourceRank(twin)) {
      twin.claim.source = c.source;
      twin.claim.rules = { ...twin.claim.rules, source: c.rules?.source };
      twin.inherited = m.inherited;
    }
    // A revision's old value ("from 359 to 253") names the figure; its first statement is the claim.
    if (twin.replaced && !m.replaced) {
      twin.claim.span = c.span;
      twin.replaced = false;
    }
    // A title given with the document is the page's label for it, not the report: the body's
    // statement of the figure is the evidence a reviewer reads (the span moves there).
    if (twin.titled && !m.headline) {
      twin.claim.span = c.span;
      twin.titled = false;
    }
    // A headline keeps its span, but what the figure counts is read in the body's fuller sentence.
    if (twin.headline && !m.headline) {
      takeBodyScope(twin.claim, c);
      twin.headline = false;
    }
    twin.claim.hedged ||= c.hedged;
    twin.claim.cumulative ||= c.cumulative;
    twin.claim.place ??= c.place;
    carryRevision(twin.claim, c);
  }
  // ("Kenya says 26 killed" over "At least 26 died …, regional police said": the
  // headline's figure, kept as it reads, is told by the state's body the body gives it from.)
  for (const h of heads) {
    if (!h.stateTold || h.claim.source) continue;
    const told = out.find(
      (m) => !m.headline && m.claim.category === h.claim.category && (m.claim.low ?? m.claim.high) === h.claim.estimate && stateBody(m.claim.source),
    );
    if (!told) continue;
    h.claim.source = told.claim.source;
    h.claim.rules = { ...h.claim.rules, source: `${told.claim.rules?.source ?? 'outlet'}+headline-restated` };
  }
  return out.map((m) => m.claim);
}

/**
 * A headline's figure takes the scope read in the body's fuller sentence, unless no rule of the
 * body's found a cue there and the headline's did ("Police detain 100 at Sunday's protests" beside
 * "…told reporters on Sunday that 100 had been detained": the day is the figure's in the headline only).
 */
function takeBodyScope(head: CountClaim, body: CountClaim): void {
  if (body.rules?.scope === DEFAULT_SCOPE_RULE && head.rules?.scope !== DEFAULT_SCOPE_RULE) return;
  head.scope = body.scope;
  head.rules = { ...head.rules, scope: body.rules?.scope };
}

/** A repeat that says the figure is a revision makes the kept claim one (with the rule that said so). */
function carryRevision(kept: CountClaim, repeat: CountClaim): void {
  if (kept.revision || !repeat.revision) return;
  kept.revision = repeat.revision;
  kept.rules = { ...kept.rules, revision: repeat.rules?.revision };
}

/** The place mentions and the figures of each sentence, in text order (one pass, not one per claim). */
interface SentenceIndex {
  places: PlaceMention[][];
  drafts: DraftClaim[][];
}

function indexBySentence(seg: Segmentation, drafts: DraftClaim[], places: PlaceMention[]): SentenceIndex {
  const index: SentenceIndex = { places: seg.sentences.map(() => []), drafts: seg.sentences.map(() => []) };
  for (const d of drafts) index.drafts[d.sentence]?.push(d);
  // Sentences are in order and do not overlap: a place lies within at most one of them.
  const starts = seg.sentences.map((s) => s.start);
  for (const p of places) {
    let lo = 0;
    let hi = starts.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= p.span.start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const s = seg.sentences[at];
    if (s && p.span.end <= s.end) index.places[at]!.push(p);
  }
  return index;
}

/**
 * "Speaking in Geneva, the envoy said…", "…, a group based in Vilnius said", "the UN office in
 * Geneva said 37 people…": a place that says where a speaker is, not where the figure stands. A
 * place abroad counts as the speaker's when it stands in the phrase of a verb of saying before the figure.
 */
function speakerPlace(p: PlaceMention, claim: DraftClaim, sentence: { text: string; start: number }, country: ResolvedPlace | null): boolean {
  if (placeOfSpeaking(p, sentence)) return true;
  // ("UNHCR told our Geneva office that …": a place naming an office is where it sits, before the figure.)
  const next = /^\s+(\p{Ll}+)/u.exec(sentence.text.slice(p.span.end - sentence.start, p.span.end - sentence.start + 20))?.[1] ?? '';
  if (p.span.end <= claim.figure.start && SEAT_NOUNS.has(next)) return true;
  if (p.span.end <= claim.figure.start && (tellerInPlace(p, sentence) || placeSpeaks(p, sentence))) return true;
  if (!country || p.place.countryCode === country.countryCode || p.span.end > claim.figure.start) return false;
  // In the speaker's own phrase, up to the verb: "In Chad, aid agencies said…" sets the scene of the figure instead.
  const between = sentence.text.slice(p.span.end - sentence.start, claim.figure.start - sentence.start).toLowerCase();
  const words = between.match(/\p{L}+|,/gu) ?? [];
  const verb = words.findIndex((w) => SCOPE_REPORTING_VERBS.has(w));
  return verb >= 0 && !words.slice(0, verb).includes(',');
}

/**
 * "Tehran has acknowledged only five deaths", "Moscow says 12 died": a city as the subject of a
 * verb of saying stands for the government seated there, no place of the figure.
 */
function placeSpeaks(p: PlaceMention, sentence: { text: string; start: number }): boolean {
  if (p.place.precision === 'country') return false;
  const words = sentence.text.slice(p.span.end - sentence.start, p.span.end - sentence.start + 40).match(/\p{L}+|[,;]/gu) ?? [];
  let k = 0;
  while (k < 3 && SPEAKING_PLACE_AUXILIARIES.has(words[k] ?? '')) k++;
  const before = sentence.text.slice(0, p.span.start - sentence.start).trimEnd();
  // (The subject: the sentence's opening, or after a comma; not "in Tehran said", the teller's place.)
  // ("Nairobi recorded the most deaths", "… the largest share of deaths": where the most happened, no teller.)
  const superlative = words[k + 1] === 'the' && /^(?:most|\p{Ll}+est)$/u.test(words[k + 2] ?? '');
  return REPORTING_VERBS.has(words[k] ?? '') && !superlative && (before === '' || before.endsWith(','));
}

/** "A diplomatic source in Dar es Salaam told …", "the prosecutor's office in Novi Sad said": the teller's own place, right before the verb of saying. */
function tellerInPlace(p: PlaceMention, sentence: { text: string; start: number }): boolean {
  const lead = sentence.text.slice(Math.max(0, p.span.start - sentence.start - 40), p.span.start - sentence.start);
  const teller = /(\p{L}+)(?:['’]s)?\s+in\s+$/u.exec(lead)?.[1]?.toLowerCase();
  // (Only a body's seat or a source's posting: police, doctors or residents in a place count that place,
  // "Police in Basra said 40 people had been killed", "Residents in Kamakwie said nine may have died".)
  if (!teller || !SEATED_TELLERS.has(teller)) return false;
  const next = /^\s+(?:(?:has|have|had)\s+)?(\p{L}+)/u.exec(sentence.text.slice(p.span.end - sentence.start))?.[1]?.toLowerCase() ?? '';
  return SCOPE_REPORTING_VERBS.has(next);
}

/** "the Fars news agency said": a place that names an outlet ("Fars" the province) is no place of the figure. */
function outletName(p: PlaceMention, sentence: { text: string; start: number }): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(sentence.text.slice(p.span.end - sentence.start, p.span.end - sentence.start + 20))?.[1];
  return !!next && OUTLET_WORDS.has(next);
}

/** "based in London", "speaking in Geneva", "a Vilnius-based group": where someone speaks from, whatever the figure. */
function placeOfSpeaking(p: PlaceMention, sentence: { text: string; start: number }): boolean {
  const lead = sentence.text.slice(0, p.span.start - sentence.start);
  // The expression is tried along the whole lead: run it only when the lead ends as it needs
  // (a word, then white space; trimEnd drops what \s matches).
  const tail = lead.trimEnd();
  const ends = tail.length < lead.length && (tail.endsWith('in') || tail.endsWith('at') || tail.endsWith('from') || tail.endsWith('the'));
  const cue = ends ? /(\p{L}+)\s+(?:in|at|from)\s+(?:the\s+)?$/u.exec(lead)?.[1]?.toLowerCase() : undefined;
  if (cue && SPEAKER_PLACE_CUES.has(cue)) return true;
  return /^-based\b/.test(sentence.text.slice(p.span.end - sentence.start));
}

/** The mention of the place a claim's sentence states it is about, or null (the document's country then stands for it). */
function placeFor(claim: DraftClaim, seg: Segmentation, index: SentenceIndex, country: ResolvedPlace | null): PlaceMention | null {
  const sentence = seg.sentences[claim.sentence]!;
  const inSentence = (index.places[claim.sentence] ?? []).filter((p) => !speakerPlace(p, claim, sentence, country) && !outletName(p, sentence));
  // "eight people in Baghdad": the place after the figure, up to the next figure or clause end;
  // else the nearest place before it.
  const between = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start);
  // A subgroup set off inside the figure's phrase and closed before the place ("8 people,
  // including 3 children, were killed in Dhaka") does not end it; one the place is in does
  // ("30 people, among them nine in Maysan").
  const setOff = (d: DraftClaim, place: number) =>
    /\b(?:including|among(?: them)?)\s*$/i.test(between(Math.max(sentence.start, d.span.start - 14), d.span.start)) &&
    between(d.figure.end, place).includes(',');
  const later = index.drafts[claim.sentence]?.filter((d) => d.figure.start > claim.figure.end) ?? [];
  // "300 have died, most of them in Baghdad": a place in a share set off after the figure is the share's;
  // so is one of the rest beside it ("Mombasa accounted for 9, with others registered in Malindi").
  const inShare = (place: number) =>
    between(claim.figure.end, place)
      .split(',')
      .slice(1)
      .some(
        (part) =>
          SHARE_LEADS.has(/^\s*(?:the\s+)?(\p{L}+)/u.exec(part)?.[1]?.toLowerCase() ?? '') ||
          REST_OF_COUNT_NOUNS.has(/^\s*(?:with|while|and)\s+(?:the\s+)?(\p{L}+)/iu.exec(part)?.[1]?.toLowerCase() ?? ''),
      );
  // "In Mosul, 23 people were killed, and in Basra 17": a place coordinated before the next figure is that figure's.
  const leadsNext = (p: PlaceMention) =>
    /(?:,|\band)\s+(?:in|at)\s+$/i.test(between(claim.figure.end, p.span.start)) &&
    later.some((d) => d.span.start >= p.span.end && /^\s*,?\s*$/.test(between(p.span.end, d.span.start)));
  const after = inSentence.find(
    (p) =>
      p.span.start >= claim.figure.end &&
      !leadsNext(p) &&
      later.every((d) => d.figure.start >= p.span.start || setOff(d, p.span.start)) &&
      !/;/.test(between(claim.figure.end, p.span.start)) &&
      // ("with 10 deaths registered to date, whereas Baghdad has recorded …": a contrasting clause's place is its own.)
      !/,\s*(?:whereas|while|but)\b/i.test(between(claim.figure.end, p.span.start)) &&
      !inShare(p.span.start),
  );
  // "Thousands marched in Yangon, Mandalay and other cities": a figure spread over a list of
  // places is confined to none of them.
  // "followed by Nakuru with six and Kisumu with five": a place the figure is given "with" is its place.
  const withFigure = inSentence.find(
    (p) =>
      p.span.end <= claim.figure.start &&
      // (The claim's span opens on its qualifier: "with at least six".)
      /^\s+with\s+$/i.test(between(p.span.end, claim.span.start)),
  );
  if (withFigure) return withFigure;
  // "the highest toll was in Kisumu, where 12 people had died, followed by Nairobi": a figure in a
  // "where" clause is the place that clause describes.
  const described = inSentence.findLast((p) => p.span.end <= claim.figure.start && /^\s*,\s*where\s+[^,;.]*$/i.test(between(p.span.end, claim.span.start)));
  if (described) return described;
  // "Nairobi (17), Nakuru (6)": a figure in brackets right after a place is that place's count.
  const labelled = inSentence.find((p) => p.span.end <= claim.figure.start && /^\s*\(\s*$/.test(between(p.span.end, claim.figure.start)));
  if (labelled) return labelled;
  // "60,000 refugees from Tigray have crossed into Sudan": where people went, not where they came from.
  const origin = (p: PlaceMention) => /\bfrom\s+(?:the\s+)?$/i.test(between(Math.max(sentence.start, p.span.start - 12), p.span.start));
  const destination =
    after && origin(after)
      ? inSentence.find(
          (q) =>
            q.span.start > after.span.end &&
            !/[;,]/.test(between(after.span.end, q.span.start)) &&
            /\b(?:into|to|towards|in)\s+(?:the\s+)?$/i.test(between(after.span.end, q.span.start)),
        )
      : undefined;
  if (destination) return destination;
  // "crossed into Ghana's Upper East Region": a country owning the place named right after it is that place's address.
  const owned = after && inSentence.find((q) => q.span.start > after.span.end && holds(after, q) && /^['’]s\s+$/u.test(between(after.span.end, q.span.start)));
  if (owned) return owned;
  if (after) {
    // "in Beni, North Kivu": the place after the comma that holds the first one is its address.
    const listed = (p: PlaceMention) =>
      inSentence.some((q) => q.span.start > p.span.end && /^\s*(?:,|,?\s*(?:and|or))\s*$/.test(between(p.span.end, q.span.start)) && !holds(q, p));
    return listed(after) || /^\s*,?\s*(?:and|or) other\b/.test(between(after.span.end, sentence.end)) ? null : after;
  }
  // "Beijing's threats": a place owning a noun that is no area qualifies that noun, not where the
  // figure stands ("Chile's capital", "Baghdad's Tahrir Square" still place it).
  const owns = (p: PlaceMention) => {
    const owned = /^['’]s((?:\s+\p{Ll}+){1,3})/u.exec(between(p.span.end, sentence.end))?.[1];
    return (
      !!owned &&
      !owned
        .trim()
        .split(/\s+/)
        .some((w) => SCOPE_AREA_PLACES.has(w) || SCOPE_SITE_NOUNS.has(w))
    );
  };
  // "Amnesty, which on Thursday had reported two deaths in Dar es Salaam, said … 100 had been
  // killed": a place inside a relative clause set off before the figure is that clause's.
  const aside = (p: PlaceMention) => {
    const lead = between(sentence.start, p.span.start);
    const opens = Math.max(lead.lastIndexOf(', which '), lead.lastIndexOf(', who '));
    return opens >= 0 && !lead.slice(opens + 2).includes(',') && between(p.span.end, claim.figure.start).includes(',');
  };
  // "confirmed six deaths, four of them in Nairobi, and recorded 87 wounded": a place in a share
  // set off after an earlier figure is that share's.
  const earlier = index.drafts[claim.sentence]?.filter((d) => d.figure.end <= claim.figure.start && d !== claim) ?? [];
  const inEarlierShare = (p: PlaceMention) =>
    earlier.some((d) => {
      if (d.figure.end > p.span.start) return false;
      const parts = between(d.figure.end, p.span.start).split(',');
      return parts.length === 2 && /^\s*(?:\p{L}+|\d+)\s+of\s+(?:them|whom|those)\b/u.test(parts[1]!) && between(p.span.end, claim.figure.start).includes(',');
    });
  const before = inSentence.filter((p) => p.span.end <= claim.figure.start && !owns(p) && !aside(p) && !inEarlierShare(p));
  const last = before.pop() ?? placeThere(claim, sentence, index, country);
  // "In Bor county, South Sudan, clashes left 8 dead": the place its address names after it.
  const addressed = before.pop();
  return last && addressed && /^\s*,\s*$/.test(between(addressed.span.end, last.span.start)) && holds(last, addressed) ? addressed : last;
}

/**
 * "The UN said at least 23 people were killed there": a figure placed by "there" (not the "there"
 * of "there were") stands where the sentences just before it last named a place below the country.
 */
function placeThere(claim: DraftClaim, sentence: Sentence, index: SentenceIndex, country: ResolvedPlace | null): PlaceMention | null {
  const clause = sentence.text.slice(claim.figure.end - sentence.start).split(/[;.]/)[0]!;
  if (!/\bthere\b(?!\s+(?:is|are|was|were|have|has|had|will|would|may|might|could|remain|remains|seem|seems|appear|appears|being|been)\b)/i.test(clause))
    return null;
  for (let k = claim.sentence - 1; k >= Math.max(0, claim.sentence - THERE_REACH); k--) {
    const named = (index.places[k] ?? []).filter((p) => p.place.precision !== 'country' && (!country || p.place.countryCode === country.countryCode));
    // ("in Mahshahr, in Khuzestan province": the place, not its address after it.)
    const own = named.filter((p, i) => i === 0 || !holds(p, named[i - 1]!));
    if (own.length) return own[own.length - 1]!;
  }
  return null;
}
/** How many sentences back "there" looks for its place. */
const THERE_REACH = 2;

/** Whether place q holds place p: p's country, or the region a city of it lies in. */
function holds(q: PlaceMention, p: PlaceMention): boolean {
  return (
    q.place.countryCode === p.place.countryCode &&
    q.place.precision !== p.place.precision &&
    (q.place.precision === 'country' || (q.place.precision === 'region' && p.place.precision === 'city' && p.place.admin1 === q.place.admin1))
  );
}

/**
 * When the gazetteer places a claim in no place below the country: a name the grammar places it in
 * (unknown-places.ts), chosen as placeFor chooses: after the figure, before the next figure or a
 * semicolon; else the nearest one before it.
 */
function unknownPlaceFor(claim: DraftClaim, sentence: { text: string; start: number }, index: SentenceIndex, unknown: UnknownPlace[]): UnknownPlace | null {
  const later = index.drafts[claim.sentence]?.filter((d) => d.figure.start > claim.figure.end) ?? [];
  const after = unknown.find(
    (u) =>
      u.start >= claim.figure.end &&
      later.every((d) => d.figure.start >= u.start) &&
      !sentence.text.slice(claim.figure.end - sentence.start, u.start - sentence.start).includes(';'),
  );
  if (after) return after;
  return unknown.filter((u) => u.end <= claim.figure.start).pop() ?? null;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function extract(input: ExtractInput): Report {
  // Memos of one document's words start empty: nothing is carried from one document to the next.
  forgetTags();
  forgetSourceEntities();
  const doc = clean(input);
  const { text } = doc;
  // Only a title that came with the document (not one read off its first line) is metadata.
  const givenTitle = (input.title?.trim() || doc.format === 'html') && doc.title ? squash(doc.title) : null;
  const seg = segment(text);
  // Every rule stage reads the same words: tokenize each sentence once.
  const tokens = seg.sentences.map((s) => tokenize(s.text, s.start));
  // ("… since a fire at another jail killed 361 inmates in 2012": an earlier event's toll, no claim.)
  // ("cyclones kill scores of fishermen on this coast most years": what happens as a rule, no claim either.)
  const drafts = findClaims(seg.sentences, tokens).filter(
    (d) => !comparedEvent(tokens[d.sentence]!, d.figure, doc.published) && !habitualFigure(tokens[d.sentence]!, d.figure),
  );

  // (Not a loop here: its checks of the arrays' kinds, compiled into this large function, undid
  // the optimized code at each kind of array met later, and it was compiled some six times a run.)
  const words: Token[] = tokens.flat();
  const places = findPlaces(
    text,
    seg.sentences.map((s) => s.start),
    words,
  );
  // Where a rights group is based or a minister spoke says nothing of where the report's figures stand.
  const bySentence = indexBySentence(seg, drafts, places);
  const country = documentCountry(bySentence.places.flatMap((inSentence, i) => inSentence.filter((p) => !placeOfSpeaking(p, seg.sentences[i]!))));

  const mentions = seg.sentences.flatMap((s, i) => collectMentions(s.text, s.start, tokens[i]!));
  // ("Police commander Peter Kisumu … Kisumu raised the figure": the surname of a person named before with a
  // role, alone, is that person, not a town of that name.)
  const surnameAlone = (p: PlaceMention) =>
    !p.span.text.includes(' ') && mentions.some((m) => m.kind === 'person' && !!m.role && m.start < p.span.start && m.name.endsWith(` ${p.span.text}`));
  bySentence.places = bySentence.places.map((inSentence) => inSentence.filter((p) => !surnameAlone(p)));
  const quotes = findQuotes(text, seg, mentions, []);
  // Attribution reads the report's country: "police said" in a report about Hong Kong is Hong Kong's police.
  const sources = attribute({ text, seg, claims: drafts, quotes, mentions, byline: doc.byline, tokens, country });
  const dates = findDates(text, doc.published);

  // "26 killed … security forces killed five": a share is the same speaker's (a lower figure of another's competes).
  const sameTeller = (a: number, b: number) => sameTellerOf(sources[a]?.source ?? null, sources[b]?.source ?? null);
  const attributed = (i: number) => !!sources[i]?.source;
  // "Kessel General Hospital said", "a doctor at Mulago hospital": a facility the report names tells its own count
  // ("hospital sources" may speak of every hospital).
  const facilityTeller = (i: number) => {
    const s = sources[i]?.source;
    if (!s) return false;
    const words = `${s.name} ${s.role ?? ''}`.split(/[^\p{L}'’-]+/u);
    // ("a nurse at the same hospital", "a doctor at the regional hospital": one facility, named by
    // an article before the noun, is named as well as "Mulago hospital" is.)
    const one = (k: number) => words.slice(Math.max(1, k - 3), k).some((w) => ONE_FACILITY_DETERMINERS.has(w.toLowerCase()));
    // ("a doctor who asked not to be named", "Dr Farid Samadi, a surgeon": a medical worker speaks of the facility they work in.)
    const medic = s.kind !== 'organisation' && words.some((w) => SCOPE_MEDICAL_WORKERS.has(w.toLowerCase()));
    return medic || words.some((w, k) => k > 0 && SCOPE_FACILITY_NOUNS.has(w.toLowerCase()) && (/^\p{Lu}/u.test(words[k - 1]!) || one(k)));
  };
  const placeMentions = drafts.map((d) => placeFor(d, seg, bySentence, country));
  // ("Türkiye-Syria earthquakes … In Türkiye, the disaster agency reported 8,000 deaths": a crisis its first sentence names by more than one country.)
  const headlineCountries = new Set((bySentence.places[0] ?? []).map((p) => p.place.countryCode));
  const scopeDoc: ScopeDocument = { sentences: seg.sentences, tokens, figures: drafts, dates, sameTeller, attributed, facilityTeller };
  scopeDoc.reachesBeyond =
    reachesBeyond(scopeDoc, country?.countryCode ?? null) ||
    tollsInSeveralPlaces(
      scopeDoc,
      placeMentions.map((m, i) => ({ index: i, place: m?.place ?? null, placeStated: !!m?.place, placeSpan: m?.span })),
    );
  scopeDoc.crisisPlace = crisisNamedPlace(seg.sentences[0], places);
  const figurePlaces = placeMentions.map((m) => ({ place: m?.place ?? null, stated: !!m?.place }));
  // (A dateline naming a place the story names too is one more sign the story is about it.)
  const namedPlaces = [
    ...places.map((p) => p.place),
    ...datelineNames(text).flatMap((n) => places.find((p) => p.name.toLowerCase() === n.toLowerCase())?.place ?? []),
  ];
  // The place the report is about, for the scope of figures told of it (other places named in
  // passing keep their own); one that names no other place is the place of its unplaced figures too.
  // (The places the report opens on, as the gazetteer read them, whatever their spelling there.)
  const openingPlaces = new Set(bySentence.places.slice(0, OPENING_SENTENCES).flatMap((inSentence) => inSentence.map((p) => p.place.id)));
  const confined = confinedPlace(scopeDoc, figurePlaces, namedPlaces, country, openingPlaces);
  scopeDoc.confinedPlace = confined?.id ?? scopeDoc.crisisPlace;
  const onlyPlace = (confined && !confined.othersNamed ? confined.id : null) ?? scopeDoc.crisisPlace;

  /** Each sentence's places the gazetteer does not know, read when a claim there has none below the country. */
  const unknownBySentence = new Map<number, UnknownPlace[]>();
  const unknownIn = (k: number) => {
    let found = unknownBySentence.get(k);
    if (!found) unknownBySentence.set(k, (found = unknownPlaces(tokens[k]!, bySentence.places[k] ?? [], text)));
    return found;
  };

  // ("at least 60 killed in Velloua massacre": the crisis's place, which the gazetteer does not know.)
  const crisisName = country && seg.sentences.length ? crisisNamedUnknownPlace(text, unknownIn(0)) : null;

  // The lead: the first paragraph that reads as body text (long, or a finished sentence), past the headline lines.
  const leadParagraph = seg.paragraphs.findIndex((p) => p.text.length > 160 || /[.!?"”]$/.test(p.text));
  // A figure that names no place of its own, in a report confined to one place ("protests in
  // Tbilisi", named again and again, no other town), is about that place rather than the country.
  const confinedEntry = onlyPlace ? (places.find((p) => p.place.id === onlyPlace)?.place ?? null) : null;
  const claims: Mention[] = drafts.map((d, i) => {
    const sentence = seg.sentences[d.sentence]!;
    const mention = placeMentions[i] ?? null;
    const stated = mention?.place ?? null;
    // Only in a report whose country the gazetteer knows: it knows every country, so there a name it
    // does not know is a town or a site; elsewhere the name may be the country itself.
    const unknown = country && (!stated || stated.precision === 'country') ? unknownPlaceFor(d, sentence, bySentence, unknownIn(d.sentence)) : null;
    const dated = asOfRuled(d, sentence, dates, text, doc.published);
    const place = stated ?? confinedEntry ?? country;
    const claim: CountClaim = {
      category: d.category,
      low: d.low,
      high: d.high,
      estimate: d.estimate,
      qualifier: d.qualifier,
      hedged: d.hedged,
      who: d.who,
      source: sources[i]?.source ?? null,
      place,
      asOf: dated.asOf,
      cumulative: d.cumulative,
      scope: 'total',
      revision: null,
      span: d.span,
    };
    const scoped = scopeOf(scopeDoc, {
      index: i,
      place,
      placeStated: stated !== null,
      placeSpan: unknown ?? mention?.span,
      placeUnknown: unknown !== null,
      placeNamesCrisis: !!unknown && crisisName === text.slice(unknown.start, unknown.end),
      // (Or a country other than the report's, which the crisis reaches: "In Tanzania, the disaster agency reported 52 deaths".)
      countryOfSeveral:
        stated?.precision === 'country' &&
        ((headlineCountries.size > 1 && headlineCountries.has(stated.countryCode)) ||
          (!!country && stated.countryCode !== country.countryCode && frontedCountry(tokens[d.sentence]!)?.countryCode === stated.countryCode)),
    });
    claim.scope = scoped.scope;
    claim.rules = {
      scope: scoped.rule,
      category: d.rule,
      source: [sources[i]?.rule ?? 'outlet', ...(sources[i]?.refinements ?? [])].join('+'),
      asOf: dated.rule,
    };
    const revised = revisionOf(tokens[d.sentence]!, d.figure, d.estimate);
    if (revised) {
      claim.revision = revised.revision;
      claim.rules.revision = revised.rule;
      // "The ministry lowered its toll to 40": a figure the outlet states as a source's correction is that source's.
      const reviser = sources[i]?.rule === 'outlet' ? reviserOf(text, tokens[d.sentence]!, revised) : null;
      if (reviser) {
        claim.source = reviser;
        claim.rules.source = 'revision-agent';
      }
    }
    const headline = d.sentence === 0 && unfinished(seg.sentences[0]!.text);
    const lead = seg.sentences[d.sentence]!.paragraph === leadParagraph;
    const titled = headline && givenTitle !== null && givenTitle.includes(squash(seg.sentences[0]!.text));
    const sentencePlaces = new Set((bySentence.places[d.sentence] ?? []).map((p) => p.place.id));
    // "lowers the toll from 359 to 253": the figure after "from" is the old value a revision replaces.
    const before = text.slice(Math.max(0, d.figure.start - 12), d.figure.start);
    const after = text.slice(d.figure.end, d.figure.end + 6);
    const replaced = /\bfrom\s+$/i.test(before) && /^\s+to\s+\d/i.test(after);
    // "The 1,500 toll", "that 208 figure": the figure named as a count, after a determiner; "Of the 19
    // dead, six were children": a partitive's whole, and "all nine were in stable condition": the count
    // given before (its teller only refers to it).
    const restated =
      /\ball\s+$/i.test(before) ||
      (/\b(?:the|this|that)\s+$/i.test(before) &&
        (/\bof\s+the\s+$/i.test(before) || TOTAL_NOUNS.has(/^\s*(\p{L}+)/u.exec(text.slice(d.figure.end, d.figure.end + 12))?.[1]?.toLowerCase() ?? '')));
    const others = REST_OF_COUNT_WORDS.has(/(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '');
    return {
      claim,
      others,
      sentence: d.sentence,
      placeStated: stated !== null,
      inherited: sources[i]?.inherited ?? false,
      headline,
      stateTold: headline && !claim.source && toldByCountry(tokens[d.sentence]!, d.figure.start),
      lead,
      titled,
      sentencePlaces,
      replaced,
      restated,
    };
  });

  const { byline: _byline, ...document } = doc;
  return {
    document,
    claims: dropStoryMembers(mergeRepeats(claims), seg.sentences.length),
    quotes: quotes.map(({ speaker, role, span }) => ({ speaker, role, span })),
    places,
    dates,
  };
}
