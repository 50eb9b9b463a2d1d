/**
 * Reported speech in quotation marks, with its speaker.
 *
 * Quotes follow the printing conventions: curly “…” or straight "…" pairs inside a paragraph;
 * a paragraph that opens a quote without closing it continues into the next paragraph that
 * opens with a quotation mark. The speaker is read from the attribution after the quote
 * (`,” he said`, `,” said Mahfuz Ara Begum, an official at …`) or before it
 * (`The New York Times is also confirming these reports: “…`), with pronouns and
 * "the organization" resolved against earlier mentions.
 */
import { BROADCAST_SPEECH_CUES, CLAUSE_VERB_WORDS, DOCUMENT_NOUNS, REPORTING_VERBS, SPEECH_AFTER } from './lexicon/index.js';
import type { Quote, Span } from '../domain.js';
import { fromCapitals, isPronoun, looksLikePerson, nameGivenIn, phraseAfter, subjectBefore, tidySourceName } from './names.js';
import type { Segmentation } from './segment.js';
import { resolveAnaphor, type SpeakerMention } from './speakers.js';
import { sourceEntity } from './entities.js';
import { personNoun } from './person-nouns.js';
import { startsCapitalised, tokenize } from './tokens.js';
import { stripApposition } from '../sources/index.js';

export interface QuoteWithSpeaker extends Quote {
  /** The quoted words alone, without the attribution between merged parts. */
  parts: Span[];
}

const OPEN = new Set(['“', '"', '«', '„']);
const CLOSE: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };
/** Any mark of OPEN. */
const OPEN_MARK = /[“"«„]/g;
const MIN_QUOTE_WORDS = 4;
/**
 * A quote in single marks: opened at a word's start by a mark before a capital or a digit, closed
 * by a mark after the quote's own stop or comma ("'We have 30 bodies,' said …"), or at the line's
 * end (a headline's "Minister: 'No more than 20 detained'"). An apostrophe ("Lawyers' union",
 * "don't") opens or closes nothing: it stands inside or right after a word, with no stop before it.
 */
/** A single mark that may open a quote: read before the fuller expression, which most paragraphs need not run. */
const SINGLE_OPENING = /(?:^|[\s(:—–])['‘][\p{Lu}\d]/u;
const SINGLE_QUOTED = /(?<=^|[\s(:—–])['‘](?=[\p{Lu}\d])[^\n]*?(?:[,.!?]['’](?=\s|$|[)—–])|['’]$)/gu;

interface RawQuote {
  start: number;
  end: number;
}

/** Quotation spans in the text (offsets of the marks themselves included). */
export function findQuoteSpans(text: string, seg: Segmentation): RawQuote[] {
  const out: RawQuote[] = [];
  let open: { start: number; close: string } | null = null;
  for (let p = 0; p < seg.paragraphs.length; p++) {
    const para = seg.paragraphs[p]!;
    const startsWithQuote = OPEN.has(para.text[0] ?? '');
    if (open && !startsWithQuote) {
      // The quote ran to the end of the previous paragraph without a continuation.
      out.push({ start: open.start, end: seg.paragraphs[p - 1]!.end });
      open = null;
    }
    // From mark to mark within the paragraph's own text (the engine's scan, not a test of every
    // character, and never past the paragraph): an open quote waits for its closing mark, else
    // the next opening mark opens one.
    const line = para.text;
    let i = 0;
    while (i < line.length) {
      if (open) {
        let close = line.indexOf(open.close, i);
        // A straight mark opening the paragraph continues the quote (a continuation mark), no close.
        if (close === 0 && open.close === '"') close = line.indexOf('"', 1);
        if (close === -1) break;
        out.push({ start: open.start, end: para.start + close + 1 });
        open = null;
        i = close + 1;
      } else {
        OPEN_MARK.lastIndex = i;
        const mark = OPEN_MARK.exec(line);
        if (!mark) break;
        open = { start: para.start + mark.index, close: CLOSE[mark[0]]! };
        i = mark.index + 1;
      }
    }
  }
  if (open) out.push({ start: open.start, end: seg.paragraphs[seg.paragraphs.length - 1]?.end ?? text.length });
  // Single marks ('…', ‘…’), as British papers print speech, where no double pair is.
  for (const para of seg.paragraphs) {
    if (out.some((q) => q.start < para.end && q.end > para.start) || !SINGLE_OPENING.test(para.text)) continue;
    for (const m of para.text.matchAll(SINGLE_QUOTED)) out.push({ start: para.start + m.index!, end: para.start + m.index! + m[0].length });
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((q) => text.slice(q.start, q.end).split(/\s+/).length >= MIN_QUOTE_WORDS);
}

interface Attribution {
  speaker: string;
  /** End of the attribution words, to merge "“…,” he said. “…”". */
  end: number;
}

/** How far after a quote a relative clause on its speaker may open ("…,” the imam of the town's central mosque, who …). */
const QUOTE_RELATIVE_REACH = 10;

/** How far after a speaker's phrase a relative clause on the speaker may open ("a student at the university who …"). */
const RELATIVE_REACH = 6;

/** `,” he said` / `,” said X, role` / `,” the organization said` right after a quote. */
function speakerAfter(text: string, q: RawQuote, mentions: SpeakerMention[], sources: Array<{ name: string; start: number }>): Attribution | null {
  const lineEnd = text.indexOf('\n', q.end);
  const tail = text.slice(q.end, Math.min(lineEnd === -1 ? text.length : lineEnd, q.end + 160));
  const tokens = tokenize(tail, q.end);
  let i = 0;
  if (tokens[i]?.text === ',') i++;
  // ('… at the university". He said 9 officers …': a stop after the closing mark ends the sentence; what follows is the next one.)
  if (['.', '!', '?'].includes(tokens[i]?.text ?? '')) return null;
  // "…,” according to X": the quote is X's.
  if (tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    const np = phraseAfter(tokens, i + 2);
    if (np) {
      const phrase = text.slice(np.start, np.end);
      const name = /^the\s/i.test(phrase) ? describedSpeaker(text, phrase, q, mentions, sources) : tidySourceName(phrase).name;
      return { speaker: name, end: tokens[np.to - 1]!.end };
    }
  }
  // "…,” I was told by a lawyer for the detainees": the agent of the passive told it.
  if (
    ['i', 'we'].includes(tokens[i]?.lower ?? '') &&
    ['was', 'were'].includes(tokens[i + 1]?.lower ?? '') &&
    tokens[i + 2]?.lower === 'told' &&
    tokens[i + 3]?.lower === 'by'
  ) {
    const np = phraseAfter(tokens, i + 4);
    if (np) return { speaker: tidySourceName(text.slice(np.start, np.end)).name, end: tokens[np.to - 1]!.end };
  }
  // "said X" / "said X, an official at Y"
  if (tokens[i] && SPEECH_AFTER.has(tokens[i]!.lower)) {
    const np = phraseAfter(tokens, i + 1);
    if (np) {
      // "said the nurse, Jane Roe.": a role, then the person's name in apposition.
      let to = np.to;
      while (to + 1 < tokens.length && startsCapitalised(tokens[to + 1]!.text) && to - np.to < 4) to++;
      const appositive = tokens[np.to]?.text === ',' && to > np.to && (to + 1 >= tokens.length || /^[.,;]$/.test(tokens[to + 1]!.text));
      const phrase = appositive ? text.slice(np.start, tokens[to]!.end) : text.slice(np.start, np.end);
      // ("…,” said a student who gave only his first name, Tamim.": the name the relative clause gives.)
      // (The relative clause may come after a place the speaker is at: "a student at the university who …".)
      const who = tokens.findIndex((w, m) => m >= np.to && m < np.to + RELATIVE_REACH && w.lower === 'who');
      const comma = tokens.findIndex((w, m) => m >= np.to && w.text === ',');
      const stop = tokens.findIndex((w, m) => m > who && w.text === '.');
      const given = !appositive && who >= 0 && (comma < 0 || comma > who) ? nameGivenIn(tokens.slice(who, stop < 0 ? undefined : stop + 1)) : null;
      const name = given ?? stripApposition(tidySourceName(phrase).name);
      // "…,” said Dr Ana Pell, head of the city hospital. “…”: the role set off after the name
      // belongs to the attribution, so a quote right after its stop goes on in the same voice.
      let last = appositive ? to : np.to - 1;
      if (tokens[last + 1]?.text === ',') {
        const stop = tokens.findIndex((w, m) => m > last && w.text === '.');
        if (stop > 0 && !tokens.slice(last + 1, stop).some((w) => OPEN.has(w.text) || REPORTING_VERBS.has(w.lower))) last = stop;
      }
      return { speaker: name, end: tokens[last]!.end };
    }
  }
  // "he said", "the organization said in a statement", "the piece reads in part"
  // (Further on only after a person's name set off by an apposition or "of the …": "Amina Sarr, a
  // lawyer with the Brevan Legal Collective, told reporters", "Hana Rilke of the Orvik Union said".)
  // ("the director of the clinic, Tomas Brek, said": a role, then the name set off by commas.)
  const named = personThenApposition(tokens, i) ?? roleThenName(tokens, i);
  // ("…,” a police officer who declined to be named told AFP: the speaker is the phrase before its relative clause.)
  // ("…,” the imam of the town's central mosque, who asked not to be named, said: a role's "of" phrase before it.)
  const relative = tokens.findIndex((t, k) => k > i + 1 && k <= i + QUOTE_RELATIVE_REACH && (t.lower === 'who' || t.lower === 'which'));
  for (let k = i; k < tokens.length && k < i + (named || relative > 0 ? 24 : 8); k++) {
    // (", including a protester who fell. He said …": a verb past the sentence's end is the next one's.)
    if (tokens[k]!.text === '.' && k > i) break;
    if (!SPEECH_AFTER.has(tokens[k]!.lower)) continue;
    if (k === i) break;
    if (relative > 0 && k > relative && !named) {
      const speaker = text.slice(tokens[i]!.start, tokens[relative - 1]!.end);
      const name = /^the\s/i.test(speaker) ? describedSpeaker(text, speaker, q, mentions, sources) : tidySourceName(speaker).name;
      return name ? { speaker: name, end: tokens[k]!.end } : null;
    }
    let end = tokens[k]!.end;
    for (let m = k + 1; m < tokens.length; m++) {
      end = tokens[m]!.end;
      if (tokens[m]!.text === '.') break;
    }
    if (named && k >= i + 8) return { speaker: named.name, end };
    // ("… while attacking a checkpoint.” The forum was unable to confirm …": a clause with a verb of its own before
    // the verb of speech, after a quote closed on its stop, is another sentence, no attribution.)
    const closed = /[.!?]\s*[”"»]?\s*$/.test(text.slice(q.start, q.end));
    if (closed && tokens.slice(i, k).some((t) => CLAUSE_VERB_WORDS.has(t.lower))) return null;
    // ("“…” The eldest of those killed, he said, was 80.": a pronoun set off before the verb is the speaker of an aside.)
    const aside = k - 2 > i && tokens[k - 2]!.text === ',' && isPronoun(tokens[k - 1]!.text);
    const phrase = text.slice(tokens[aside ? k - 1 : i]!.start, tokens[k - 1]!.end);
    // "he" is someone named before the quote; "the group" may be named inside it ("… AAPP documented …,” the group said).
    // "the Harbour Aid Society said" names its speaker when it refers back to no one.
    const resolved = isPronoun(phrase)
      ? resolveAnaphor(phrase, q.start, mentions, sources)
      : /^the\s/i.test(phrase)
        ? describedSpeaker(text, phrase, q, mentions, sources)
        : tidySourceName(phrase).name;
    return resolved ? { speaker: resolved, end } : null;
  }
  return null;
}

/**
 * The speaker a definite description after a quote names ("…,” the doctor said): the earlier
 * mention it refers back to, else its own words. A person's noun that a sentence opened on
 * with "a" or "an" after the last person named ("A doctor at the clinic said …") refers to that
 * unnamed one, whose words stand, not to the person named before.
 */
function describedSpeaker(text: string, phrase: string, q: RawQuote, mentions: SpeakerMention[], sources: Array<{ name: string; start: number }>): string {
  const own = tidySourceName(phrase).name;
  const head = phrase.trim().split(/\s+/).pop()!.toLowerCase();
  const noun = personNoun(head);
  if (noun?.kind === 'person' && !noun.plural) {
    const named = mentions.findLast((m) => m.kind === 'person' && m.end <= q.start);
    const between = text.slice(named?.end ?? 0, q.start);
    const opened = new RegExp(`(?:^|[.!?]\\s+|\\n\\s*)an?\\s+(?:[\\p{L}'’-]+\\s+){0,3}${head}\\b`, 'iu');
    if (opened.test(between)) return own;
  }
  return resolveAnaphor(phrase, q.end, mentions, sources) ?? own;
}

/** `X said: “…` / `X is also confirming these reports: “…` before a quote. */
function speakerBefore(
  text: string,
  q: RawQuote,
  seg: Segmentation,
  mentions: SpeakerMention[],
  sources: Array<{ name: string; start: number }>,
): string | null {
  const sentence = seg.sentences.find((s) => s.start <= q.start && q.start < s.end) ?? null;
  const paraStart = sentence ? seg.paragraphs[sentence.paragraph]!.start : q.start;
  const head = text.slice(paraStart, q.start);
  // ("[SOT - ANA RUIZ, MAYOR OF ORR]" on the line above: a broadcast script's cue names who speaks the quote under it.)
  const above = !head.trim() && sentence && sentence.paragraph > 0 ? seg.paragraphs[sentence.paragraph - 1]!.text : null;
  const cue = broadcastCue(above !== null ? `${above}\n` : head);
  if (cue) return cue;
  // A quote that opens its paragraph may be the text a paragraph before it announces.
  if (!head.trim() && sentence && sentence.paragraph > 0) return announcedSpeaker(text, seg.paragraphs[sentence.paragraph - 1]!, q, seg, mentions, sources);
  if (/[.!?]\s*$/.test(head) && sentence) return actionBeatSpeaker(text, seg, sentence, q, mentions, sources);
  if (!/[:,]\s*$/.test(head) && !/\bthat\s*$/.test(head)) return null;
  // ("A group says 30 died. The minister rejected that, telling MPs that 11 had died, “…”": a quote inside
  // a sentence is that sentence's; a verb of saying in a sentence before it is another speaker's.)
  const ownHead = sentence && sentence.start > paraStart && sentence.start < q.start ? text.slice(sentence.start, q.start) : null;
  if (ownHead?.trim()) return speakerOfHead(text, ownHead, sentence!.start, q, mentions, sources) ?? labelSpeaker(ownHead);
  return speakerOfHead(text, head, paraStart, q, mentions, sources) ?? labelSpeaker(head);
}

/** Words of a speaker's own voice, in their cases ("US" is a country): a quote that holds one is someone speaking. */
const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Uu]s|[Mm]e)\b/;

/**
 * "Omar Haddad, a shopkeeper, pointed at the wall. “I counted 14 bodies here.”": a quote in the first
 * person that opens its sentence right after a sentence of the same paragraph whose subject is a
 * person (named, or "he"/"she") is that person's, though no verb of saying joins them.
 */
function actionBeatSpeaker(
  text: string,
  seg: Segmentation,
  sentence: Segmentation['sentences'][number],
  q: RawQuote,
  mentions: SpeakerMention[],
  sources: Array<{ name: string; start: number }>,
): string | null {
  if (text.slice(sentence.start, q.start).trim() || !FIRST_PERSON.test(text.slice(q.start, q.end))) return null;
  const before = seg.sentences[seg.sentences.indexOf(sentence) - 1];
  if (!before || before.paragraph !== sentence.paragraph) return null;
  const person = mentions.find((m) => m.kind === 'person' && m.start === before.start);
  if (person) return person.name;
  // (After a fronted phrase too: "Standing by the gate, he pointed at the wall.")
  const pronoun = /^(?:[^,.;"“”]{3,80},\s+)?(he|she)\b/i.exec(before.text)?.[1];
  return pronoun ? resolveAnaphor(pronoun.toLowerCase(), q.start, mentions, sources) : null;
}

/**
 * A broadcast script's cue on its own line right before a quote: "[SOT - ANA RUIZ, MAYOR OF ORR]",
 * "[INTERVIEW: Ana Ruiz, mayor]" (a kind of clip, then the speaker's name and role). The
 * speaker's name, else null.
 */
function broadcastCue(head: string): string | null {
  const m = /\[\s*(\p{L}+(?:\s+\p{L}+){0,2})\s*[-–—:]\s*([^,\]\n]{3,60})(?:,[^\]\n]*)?\]\s*\n\s*$/u.exec(head);
  if (!m || !BROADCAST_SPEECH_CUES.has(m[1]!.toLowerCase())) return null;
  const name = fromCapitals(m[2]!.trim());
  return looksLikePerson(name) ? name : null;
}

/** The subject of the last verb of saying in the words before a quote (`head`, from `headStart`). */
function speakerOfHead(
  text: string,
  head: string,
  headStart: number,
  q: RawQuote,
  mentions: SpeakerMention[],
  sources: Array<{ name: string; start: number }>,
): string | null {
  const tokens = tokenize(head, headStart);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const w = tokens[k]!.lower;
    if (!REPORTING_VERBS.has(w) && !['confirming', 'saying', 'writing', 'reporting', 'stating', 'adding', 'noting'].includes(w)) continue;
    // "these reports", "the statement": a noun, not the verb.
    if (['these', 'the', 'those', 'its', 'their', 'his', 'her', 'a', 'an', 'such'].includes(tokens[k - 1]?.lower ?? '')) continue;
    const subj = subjectBefore(tokens, k);
    if (!subj) return null;
    const phrase = text.slice(subj.start, subj.end);
    if (isPronoun(phrase)) return resolveAnaphor(phrase, q.start, mentions, sources);
    return tidySourceName(phrase).name;
  }
  return null;
}

/**
 * "This statement was read out by Minister Tal Orsen on Monday.", "The
 * ministry said in a statement:": a paragraph announcing the quoted text that opens the next
 * paragraph names who speaks it (by its reader or issuer, or as the speaker of a line ending on a colon).
 */
function announcedSpeaker(
  text: string,
  para: { start: number; end: number; text: string },
  q: RawQuote,
  seg: Segmentation,
  mentions: SpeakerMention[],
  sources: Array<{ name: string; start: number }>,
): string | null {
  const by = ANNOUNCED_BY.exec(para.text);
  if (by) {
    const tokens = tokenize(by[1]!, para.start + by.index + by[0].length - by[1]!.length);
    const phrase = phraseAfter(tokens, 0);
    if (phrase) return tidySourceName(text.slice(phrase.start, phrase.end)).name;
  }
  // "SOKHA, 24, sewing operator" on its own line above a quote: a testimony's label names its speaker.
  // ("Kazan Online (about 20,000 subscribers), 08:14": a roundup's label names the channel posting it.)
  const label = TESTIMONY_LABEL.exec(para.text);
  if (label) {
    const name = fromCapitals(label[1]!);
    const kind = sourceEntity(name)?.kind;
    if (looksLikePerson(name) || kind === 'organisation' || kind === 'outlet') return name;
  }
  if (!/:\s*$/.test(para.text)) return null;
  const last = seg.sentences.filter((s) => s.start >= para.start && s.start < para.end).at(-1);
  if (!last) return null;
  // "The statement, which an aide read out, ran as follows:": a document the report
  // named before opens the announcing sentence; its issuer speaks the quote (attribution resolves
  // the description to the body that issued it).
  const document = ANNOUNCING_DOCUMENT.exec(last.text);
  if (document && DOCUMENT_NOUNS.has(document[1]!.toLowerCase())) return document[0]!.trim();
  return speakerOfHead(text, last.text, last.start, q, mentions, sources);
}
/**
 * A line that labels the testimony or the post under it: a name (in capitals, or as a name is written), what it is in
 * brackets, and after a comma who the person is or when it posted, with no sentence's stop ("SOKHA, 24, sewing operator",
 * "Ana Ruiz, nurse at the clinic", "Kazan Online (about 20,000 subscribers), 08:14").
 */
const TESTIMONY_LABEL = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:\s*\([^()\n]{1,60}\))?,\s*(?:[^.!?:;"“”]{2,80}|\d{1,2}:\d{2})$/u;

/** A definite document opening a sentence, set off by a comma or followed by its verb ("The statement, …", "The report reads:"). */
const ANNOUNCING_DOCUMENT = /^(?:the|this|its)\s+(\p{Ll}+)(?=\s*,|\s+(?:said|says|reads|read|is|was|ran|runs|went)\b)/iu;
/**
 * "“…” ¶ These remarks were given by the police chief, Tal Orsen.": a quote that ends
 * its paragraph, told by the next paragraph as someone's remarks.
 */
function speakerNamedAfter(text: string, q: RawQuote, seg: Segmentation): string | null {
  const k = seg.paragraphs.findIndex((p) => p.start <= q.end && q.end <= p.end + 1);
  const next = k >= 0 && text.slice(q.end, seg.paragraphs[k]!.end).trim() === '' ? seg.paragraphs[k + 1] : undefined;
  const by = next ? NAMED_AFTER.exec(next.text) : null;
  if (!by) return null;
  // ("the police chief, Tal Orsen": the name after its role.)
  const last = by[1]!.trim().split(/,\s*/).at(-1)!;
  const named = looksLikePerson(last) ? last : stripApposition(by[1]!.trim());
  return named ? tidySourceName(named).name : null;
}
/** "The remarks were made by …", "These words were spoken by …": a paragraph telling whose the quote before it was. */
const NAMED_AFTER =
  /^\s*(?:the|these|those|his|her|their)\s+(?:remarks|statement|words|comments|account)\s+(?:were|was)\s+(?:made|given|delivered|spoken|read(?:\s+out)?|issued)\s+by\s+([^.;]+)/i;

/** "statement was read by …", "remarks delivered by …": the text a paragraph announces, and who gave it. */
const ANNOUNCED_BY =
  /\b(?:statement|remarks|speech|address|message|declaration|text)\s+(?:was|were|is|has been)\s+(?:read(?:\s+out)?|delivered|given|made|issued|released)\s+by\s+([^.;]+)/i;

/** The longest label before a colon that can name who speaks a paragraph's quote. */
const MAX_LABEL = 160;

/**
 * `Anahit Sargsyan, 29, volunteer medic: “…`, `The Interior Ministry, in a statement on
 * Wednesday: “…`: a paragraph that opens on a label and a colon before its quote, with no verb
 * of speech, is that speaker's (the name before the label's first comma).
 */
function labelSpeaker(head: string): string | null {
  if (!/:\s*$/.test(head) || head.length > MAX_LABEL || /[.!?]\s/.test(head.trim())) return null;
  const label = head
    .trim()
    .replace(/:$/, '')
    .split(/\s*[,(]\s*/)[0]!
    .trim();
  if (!startsCapitalised(label.replace(/^the\s+/i, ''))) return null;
  const entity = sourceEntity(label);
  return entity && entity.kind !== 'document' ? entity.name : null;
}

function roleOf(speaker: string, mentions: SpeakerMention[]): string | null {
  for (const m of mentions) if (m.name === speaker || m.name.endsWith(` ${speaker}`) || speaker.endsWith(` ${m.name}`)) if (m.role) return m.role;
  return null;
}

export function findQuotes(text: string, seg: Segmentation, mentions: SpeakerMention[], sources: Array<{ name: string; start: number }>): QuoteWithSpeaker[] {
  const raw = findQuoteSpans(text, seg);
  const quotes: Array<QuoteWithSpeaker & { attributionEnd: number }> = [];
  // ("“…,” Prasetyo said. “…” He said …": the speakers of the quotes before are who a "he" goes on from,
  // a lone surname among them.)
  const known: Array<{ name: string; start: number; entity?: { kind: string } | null }> = [...sources];
  for (const q of raw) {
    // ('The board wrote that "under a dozen" boats had sunk': words quoted inside what a
    // verb of saying before them reports are that verb's subject's; the words after run on its clause.)
    const embedded = /\bthat\s*$/.test(text.slice(Math.max(0, q.start - 6), q.start)) && !/[,.!?]\s*.$/.test(text.slice(q.start, q.end));
    const after = embedded ? null : speakerAfter(text, q, mentions, known);
    // "Jane Roe, a nurse, said" / "said the nurse, Jane Roe": the person, without the role in apposition.
    const found = after?.speaker ?? speakerBefore(text, q, seg, mentions, known) ?? speakerNamedAfter(text, q, seg);
    const speaker = found && found.includes(',') ? stripApposition(found) : found;
    const prev = quotes[quotes.length - 1];
    // “…,” he said. “…” — one quote in two parts.
    if (
      prev &&
      prev.attributionEnd > 0 &&
      !after &&
      /^\s*$/.test(text.slice(prev.attributionEnd, q.start)) &&
      !text.slice(prev.span.end, q.start).includes('\n')
    ) {
      prev.span = { start: prev.span.start, end: q.end, text: text.slice(prev.span.start, q.end) };
      prev.parts.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end) });
      prev.attributionEnd = 0;
      continue;
    }
    // A quotation that fills a paragraph of its own, right after one with a speaker, goes on in that speaker's voice.
    const continued =
      !speaker && prev?.speaker && (q.start === 0 || text[q.start - 1] === '\n') && /^\s*$/.test(text.slice(prev.span.end, q.start).replace(/^[^\n]*/, ''))
        ? prev.speaker
        : null;
    if (speaker) known.push({ name: speaker, start: after?.end ?? q.end, entity: sourceEntity(speaker) });
    quotes.push({
      speaker: speaker ?? continued ?? null,
      role: speaker ? roleOf(speaker, mentions) : continued ? prev!.role : null,
      span: { start: q.start, end: q.end, text: text.slice(q.start, q.end) },
      parts: [{ start: q.start, end: q.end, text: text.slice(q.start, q.end) }],
      attributionEnd: after?.end ?? 0,
    });
  }
  return quotes.map(({ attributionEnd: _unused, ...rest }) => rest);
}

/** A person's name (two to four capitalised words) opening the tokens, then ", a/an/the …" or "of the …". */
function personThenApposition(tokens: ReturnType<typeof tokenize>, i: number): { name: string } | null {
  let k = i;
  while (k < tokens.length && k < i + 4 && /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(tokens[k]!.text)) k++;
  if (k - i < 2) return null;
  const name = tokens
    .slice(i, k)
    .map((t) => t.text)
    .join(' ');
  if (!looksLikePerson(name)) return null;
  const next = tokens[k]?.lower;
  const then = tokens[k + 1]?.lower ?? '';
  return (next === ',' && ['a', 'an', 'the'].includes(then)) || (next === 'of' && then === 'the') ? { name } : null;
}

/** A lower-case role of up to eight words opening the tokens, then a person's name set off by commas: "the director of the clinic, Tomas Brek,". */
function roleThenName(tokens: ReturnType<typeof tokenize>, i: number): { name: string } | null {
  if (!['the', 'a', 'an'].includes(tokens[i]?.lower ?? '')) return null;
  const comma = tokens.findIndex((t, k) => k > i && k <= i + 8 && t.text === ',');
  if (comma < 0 || tokens.slice(i, comma).some((t) => SPEECH_AFTER.has(t.lower))) return null;
  let k = comma + 1;
  while (k < tokens.length && k < comma + 5 && /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(tokens[k]!.text)) k++;
  if (k - comma - 1 < 2 || tokens[k]?.text !== ',') return null;
  const name = tokens
    .slice(comma + 1, k)
    .map((t) => t.text)
    .join(' ');
  return looksLikePerson(name) ? { name } : null;
}
