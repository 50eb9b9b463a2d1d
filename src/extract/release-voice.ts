/**
 * Whose voice an organisation's own release speaks in. A press release or briefing note states
 * its figures as the organisation's ("At least 208 people were killed during the crackdown",
 * "Information gathered by our Office indicates …"), where a news story's unattributed figures
 * are the outlet's. A document is a release when it carries a release's furniture (a short line
 * "ENDS", "Take action: …", "Notes to editors") or when an institution speaks as "we" outside any
 * quotation, of what it knows ("we have documented", "our Office", "sources told us"). Its voice
 * is the organisation a header line above the lead names ("UN Human Rights Office (OHCHR)",
 * "Spokesperson for the UN High Commissioner for Human Rights: …"); in a release with its
 * furniture, else the first organisation the lead names.
 */
import { sourceEntity, type SourceEntity } from './entities.js';
import { fromCapitals } from './names.js';
import { countsPeople } from './person-nouns.js';
import { acronymOf } from './speakers.js';
import {
  DOCUMENT_NOUNS,
  FIRST_PERSON_PLURAL,
  GENERIC_ORG_HEADS,
  HELD_KNOWLEDGE_NOUNS,
  KNOWING_VERBS,
  OFFICE_WORDS,
  OUTLET_WORDS,
  RELEASE_FURNITURE,
  REPORTING_VERBS,
  ROLE_NOUNS,
} from './lexicon/index.js';
import type { Segmentation } from './segment.js';
import { tokenize, type Token } from './tokens.js';

/** A run of capitalised words, with the connectors a body's name holds ("Office of the High Commissioner for Human Rights"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and|on|the|de)\s+)*\p{Lu}[\p{L}'’&.-]*)*/gu;

const WHOLE_NAME = new RegExp(`^(?:${CAPITALISED_RUN.source})$`, 'u');

/** A lead's dateline: a place in capitals, perhaps a date or agency in brackets, then a dash ("GENEVA (6 December 2019) -"). */
const LEAD_DATELINE = /^\p{Lu}[\p{Lu}\s,.'’-]*?(?:\s*\([^)]{1,40}\))?\s*[-–—]\s+/u;

/** The longest paragraph read as a furniture line or a header line. */
const SHORT_LINE = 120;

interface NamedItem {
  name: string | null;
  entity?: SourceEntity | null;
}

export interface ReleaseInput {
  seg: Segmentation;
  tokens: Token[][];
  /** The index of the first paragraph that reads as body text. */
  lead: number;
  /** Whether an offset lies inside a quotation. */
  quoted: (start: number, end: number) => boolean;
  /** The attribution items read in a sentence. */
  itemsOf: (sentence: number) => readonly NamedItem[];
  /** The lead is a body speaking on the day ("The League said today …"), as a release opens. */
  leadSpeaksToday?: boolean;
}

const isBody = (e: SourceEntity | null | undefined): e is SourceEntity => !!e && (e.kind === 'organisation' || e.kind === 'office');

/**
 * "we have documented", "information we have gathered", "our Office", "sources told us": an
 * institution's first person. `own`: only its own knowledge ("we have documented", "our data"),
 * not what it was told ("told us" may be a reporter's).
 */
function institutionalFirstPerson(tokens: Token[], quoted: ReleaseInput['quoted'], own = false): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!FIRST_PERSON_PLURAL.has(t.lower) || quoted(t.start, t.end)) continue;
    const next = tokens[i + 1]?.lower ?? '';
    // "our Office", "our information indicates", "our records show".
    if (t.lower === 'our' && (OFFICE_WORDS.has(next) || GENERIC_ORG_HEADS.has(next) || HELD_KNOWLEDGE_NOUNS.has(next)) && !OUTLET_WORDS.has(next)) return true;
    // "Our monitors recorded two deaths", "our field teams documented": the body's people as the subject of its knowing.
    if (t.lower === 'our' && [1, 2].some((d) => countsPeople(tokens[i + d]?.lower ?? '') && knows(tokens[i + d + 1]?.lower ?? ''))) return true;
    if (!own && t.lower === 'us' && ['told', 'informed', 'reached'].includes(tokens[i - 1]?.lower ?? '')) return true;
    if (t.lower !== 'we') continue;
    // "we have so far verified", "we are able to confirm".
    for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
      const w = tokens[k]!.lower;
      if (KNOWING_VERBS.has(w) || REPORTING_VERBS.has(w)) return true;
    }
  }
  return false;
}

/**
 * "By our count, 51 people have died", "Our legal desk has recorded 94 arrests", "we have
 * documented": the writer's own knowledge, in the first person outside any quotation. In a
 * release the sentence is the body's own voice, not a speaker named before carried on.
 */
export function ownFirstPerson(tokens: Token[], quoted: ReleaseInput['quoted']): boolean {
  if (institutionalFirstPerson(tokens, quoted, true)) return true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower !== 'our' || quoted(t.start, t.end)) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      const w = tokens[k]!.lower;
      if (DOCUMENT_NOUNS.has(w)) return true;
      // ("Our legal desk has recorded": the body's part as the subject of its knowing.)
      if (AUXILIARIES_OF_KNOWING.has(w)) return KNOWING_VERBS.has(tokens[k + 1]?.lower ?? '') || REPORTING_VERBS.has(tokens[k + 1]?.lower ?? '');
      if (!/^\p{Ll}+$/u.test(tokens[k]!.text)) break;
    }
  }
  return false;
}

/** A verb of knowing or reporting ("recorded", "documented", "verified"). */
const knows = (w: string) => KNOWING_VERBS.has(w) || REPORTING_VERBS.has(w);

/** The auxiliaries between a first-person subject and its verb of knowing ("Our desk has recorded"). */
const AUXILIARIES_OF_KNOWING = new Set(['has', 'have']);

/** The organisation a header line names: "UN Human Rights Office (OHCHR)", "Spokesperson for the X: Name". */
function headerBody(line: string): SourceEntity | null {
  // "United Nations Human Rights - Office of the High Commissioner": a site's name over its part.
  for (const part of line.split(/\s+[-–—|]\s+/)) {
    const entity = headerPart(part);
    if (entity) return entity;
  }
  return null;
}

function headerPart(line: string): SourceEntity | null {
  // "Spokesperson: Ivo Brandt, Velm Relief Agency (VRA)": a role's
  // label, its holder, then the body they speak for.
  const labelled = /^(\p{L}+)\s*:\s*[^,:]+,\s*(?:the\s+)?([^,:]+)$/u.exec(line.trim());
  if (labelled && ROLE_NOUNS.has(labelled[1]!.toLowerCase())) {
    const entity = sourceEntity(labelled[2]!.replace(/\s*\([^)]*\)\s*$/, '').trim());
    if (isBody(entity)) return entity;
  }
  const named = line.split(':')[0]!.trim();
  // (A dateline or a date is no body: "2 December 2019, 00:01 UTC".)
  if (/\d/.test(named)) return null;
  // "Spokesperson for the UN High Commissioner for Human Rights": the office a role speaks for.
  const role = /^(\p{L}+)\s+(?:for|of)\s+(?:the\s+)?(.+)$/u.exec(named);
  const body = role && ROLE_NOUNS.has(role[1]!.toLowerCase()) ? role[2]! : named;
  // A name, all capitalised but its connectors, perhaps with its acronym: not a title ("Briefing notes on …").
  const name = body.replace(/\s*\([^)]*\)\s*$/, '');
  if (!WHOLE_NAME.test(name)) return null;
  // ("ZIMBABWE CIVIC MONITORING NETWORK": a header in capitals names the body as written in the text.)
  const entity = sourceEntity(fromCapitals(body));
  return isBody(entity) ? entity : null;
}

/**
 * "STATEMENT BY THE MINISTRY OF INTERIOR", "Press release from the Velm Rights League", "Open letter from the X", "Excerpt
 * from the annual report of the X Observatory (XO)": a line that says whose the document is (see also ISSUED_BY).
 */
const STATEMENT_BY =
  /^(?:(?:excerpts?|extracts?)\s+from\s+(?:the\s+|an?\s+)?)?(?:(?:official|joint|press|news|annual|quarterly|monthly|weekly|special|interim|final)\s+)?(?:statement|communiqu[eé]|release|announcement|declaration|report|briefing|bulletin|update|(?:open\s+)?letter)\s+(by|from|of)\s+(?:the\s+)?(.+?)[.:]?$/i;

/** "Issued by the Velm Rights League (VRL), Orsk": a line naming who put the document out (a place after its comma). */
const ISSUED_BY = /^(?:issued|published|released|compiled|prepared)\s+by\s+(?:the\s+)?([^,]+?)(?:,[^,]*)?[.:]?$/i;

/** A letter's sender line, "From the Board of the X" (read only in a letter: see LETTER_LINE). */
const SENT_FROM = /^from\s+(?:the\s+)?([^,]+?)(?:,[^,]*)?[.:]?$/i;

/** A letter's own lines: its salutation ("Dear Minister,") or a title that calls it one ("An open letter to …"). */
const LETTER_LINE = /^(?:dear\s|(?:an?\s+)?(?:open\s+)?letter\s+(?:to|from)\s)/i;

/** The body a statement's title line names, above the lead. */
function statementBody(seg: Segmentation, lead: number): SourceEntity | null {
  const letter = seg.paragraphs.slice(0, lead + 1).some((p) => LETTER_LINE.test(p.text.trim()));
  for (let p = 0; p < lead; p++) {
    const line = seg.paragraphs[p]!.text.trim();
    const by = line.length <= SHORT_LINE ? STATEMENT_BY.exec(line) : null;
    // ("STATEMENT OF EARLY FINDINGS": after "of", what the document holds, not whose it is.)
    const contents = by?.[1]!.toLowerCase() === 'of' && by[2]!.split(/\s+/).some((w) => DOCUMENT_NOUNS.has(w.toLowerCase()));
    const issued = line.length <= SHORT_LINE ? (ISSUED_BY.exec(line) ?? (letter ? SENT_FROM.exec(line) : null))?.[1] : undefined;
    const named = contents ? null : by ? by[2]! : issued;
    const entity = named ? sourceEntity(fromCapitals(named)) : null;
    if (isBody(entity)) return entity;
  }
  return null;
}

/** "We, the Delta Centre for Prison Monitoring (DCPM), have documented …": a body naming itself as "we". */
const SELF_NAMED = new RegExp(`(?:^|[.!?]\\s+)We,\\s+the\\s+(${CAPITALISED_RUN.source})(?:\\s+\\((\\p{Lu}{2,8})\\))?,`, 'u');
/** How many paragraphs from the lead a body may name itself as "we". */
const SELF_NAMED_REACH = 2;

/** The body that names itself as "we" in the lead or the paragraphs right after it. */
function selfNamedBody(seg: Segmentation, lead: number): SourceEntity | null {
  for (let p = lead; p < seg.paragraphs.length && p <= lead + SELF_NAMED_REACH; p++) {
    const m = SELF_NAMED.exec(seg.paragraphs[p]!.text);
    const entity = m ? sourceEntity(m[1]!) : null;
    if (isBody(entity)) return m![2] ? { ...entity!, alias: m![2] } : entity;
  }
  return null;
}

/** The organisation whose release the document is, or null for a news story. */
export function releaseVoice({ seg, tokens, lead, quoted, itemsOf, leadSpeaksToday = false }: ReleaseInput): SourceEntity | null {
  if (lead < 0) return null;
  // A statement's title line says whose it is, furniture or not.
  const stated = statementBody(seg, lead) ?? selfNamedBody(seg, lead);
  if (stated) return stated;
  const furnished = seg.paragraphs.some((p) => p.text.length <= SHORT_LINE && RELEASE_FURNITURE.test(p.text.trim()));
  const firstPerson = !furnished && seg.sentences.some((s, i) => s.paragraph >= lead && institutionalFirstPerson(tokens[i]!, quoted));
  if (!furnished && !firstPerson) return null;
  // "The League said today that …" and, past the lead, "We have documented …" outside any quote: the
  // body the lead names speaks as "we", as a release with its furniture does.
  const voiced = furnished || (leadSpeaksToday && seg.sentences.some((s, i) => s.paragraph > lead && institutionalFirstPerson(tokens[i]!, quoted, true)));
  for (let p = 0; p < lead; p++) {
    const line = seg.paragraphs[p]!.text;
    const entity = line.length <= SHORT_LINE ? headerBody(line) : null;
    if (entity) return entity;
  }
  // A news story's own "we" ("a hospital official told us") names no body above its lead; only
  // a release's furniture, or the lead's body speaking as "we", lets the lead name the body.
  if (!voiced) return null;
  for (let i = 0; i < seg.sentences.length && seg.sentences[i]!.paragraph <= lead; i++) {
    if (seg.sentences[i]!.paragraph < lead) continue;
    // "GENEVA (6 December 2019) - UN High Commissioner …": where the release was filed is no body.
    const text = seg.sentences[i]!.text;
    const dateline = LEAD_DATELINE.exec(text)?.[0] ?? '';
    const named = itemsOf(i).find((it) => it.name && isBody(it.entity) && !dateline.includes(it.name));
    if (named) return { ...named.entity!, name: named.name! };
    // "…, according to credible reports received by Amnesty International": a body the lead names anywhere.
    const body = text.slice(dateline.length);
    for (const m of body.matchAll(CAPITALISED_RUN)) {
      const spelled = placeInName(m[0], body.slice(m.index + m[0].length));
      const entity = sourceEntity(spelled?.name ?? m[0]);
      if (isBody(entity)) return spelled ? { ...entity, alias: spelled.alias } : entity;
    }
  }
  return null;
}

/** " in Southern Africa (LFTSA)": a place after a body's name, then the acronym of both. */
const PLACE_THEN_ACRONYM = /^\s+in\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+\((\p{Lu}{2,8})\)/u;

/**
 * "The League of Fishing Towns in Southern Africa (LFTSA) urges …": a place the acronym after it
 * spells with the body's own words is part of the body's name. The whole name and the acronym; null otherwise.
 */
function placeInName(run: string, after: string): { name: string; alias: string } | null {
  const m = PLACE_THEN_ACRONYM.exec(after);
  if (!m) return null;
  const name = `${run.replace(/^the\s+/i, '')} in ${m[1]}`;
  return acronymOf(
    tokenize(name).filter((t) => t.lower !== 'in'),
    m[2]!,
  )
    ? { name, alias: m[2]! }
    : null;
}

/** A line that introduces a statement's text inside a news story: "The complete text of their statement follows below." */
const FULL_TEXT_FOLLOWS = /\b(?:full|complete)\s+text\s+of\s+(?:the|its|their)\s+(?:joint\s+)?(?:statement|letter|appeal|declaration)\b[^.]*\bfollows\b/i;

/** The line naming a statement's signatories: "Signed by the X Network:". */
const SIGNED_BY = /^signed\s+by\s+(?:the\s+members\s+of\s+)?(?:the\s+)?([^:]+?)\s*:?$/i;

/**
 * A statement quoted whole inside a news story ("The complete text of their statement follows below."
 * then its text, signed "Signed by the X Network:"): from the paragraph after the line that
 * introduces it, the text speaks in that body's voice. The paragraph it starts after and the body; null when none.
 */
export function embeddedStatement(seg: Segmentation): { after: number; body: SourceEntity } | null {
  const after = seg.paragraphs.findIndex((p) => p.text.length <= SHORT_LINE && FULL_TEXT_FOLLOWS.test(p.text));
  if (after < 0) return null;
  for (let k = after + 1; k < seg.paragraphs.length; k++) {
    const named = SIGNED_BY.exec(seg.paragraphs[k]!.text.trim())?.[1];
    const entity = named ? sourceEntity(named) : null;
    if (isBody(entity)) return { after, body: entity };
  }
  return null;
}
