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
import type { Source } from '../domain.js';
import type { DraftClaim } from './claims.js';
import { REPORTING_VERBS, headIsNamed, isPronoun, looksLikePerson, phraseAfter, subjectBefore, tidySourceName } from './names.js';
import type { QuoteWithSpeaker } from './quotes.js';
import type { Segmentation } from './segment.js';
import { resolveAnaphor, type SpeakerMention } from './speakers.js';
import { tokenize, type Token } from './tokens.js';

/** How many paragraphs back an unattributed figure may continue an attributed report. */
const CONTINUATION_PARAGRAPHS = 2;

type Role = 'speaker' | 'according' | 'citing' | 'relay' | 'agent';

interface AttributionItem {
  role: Role;
  name: string | null;
  /** Offset in the clean text where the attribution words start. */
  at: number;
  /** True when the phrase referred back and could not be resolved ("the previous report"). */
  unresolved?: boolean;
}

/** "Latest reports indicate …": a document as subject continues the report under way. */
const DOCUMENT_SUBJECT = /^(?:the\s+)?(?:(?:latest|new|recent|further|other|more|initial|preliminary|unconfirmed|local|some|media|news|official)\s+)*(?:reports?|figures|data|statistics|numbers|estimates|accounts)$/i;
/** "the previous report put …": an earlier, unnamed source, not the one under way. */
const PRIOR_DOCUMENT = /^(?:the\s+|an?\s+)?(?:previous|earlier|last|old|first|prior)\s+(?:reports?|figures?|counts?|tolls?|tall(?:y|ies)|statements?|estimates?)$/i;

/** Clause boundaries inside a sentence: "; " and ", while/but/whereas". */
function clauseStarts(tokens: Token[]): number[] {
  const starts = [tokens[0]?.start ?? 0];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === ';' && tokens[i + 1]) starts.push(tokens[i + 1]!.start);
    if (t.text === ',' && ['while', 'whereas', 'but'].includes(tokens[i + 1]?.lower ?? '')) starts.push(tokens[i + 1]!.start);
  }
  return starts;
}

const clauseOf = (starts: number[], pos: number) => {
  let c = 0;
  for (let i = 0; i < starts.length; i++) if (starts[i]! <= pos) c = i;
  return c;
};

function resolveName(raw: string, at: number, mentions: SpeakerMention[], known: Array<{ name: string; start: number }>): { name: string | null; unresolved: boolean } {
  const trimmed = raw.trim();
  if (!trimmed) return { name: null, unresolved: false };
  if (isPronoun(trimmed) || /^(?:the|this|that)\s+\S+(?:\s+\S+)?$/i.test(trimmed)) {
    const r = resolveAnaphor(trimmed, at, mentions, known);
    if (r) return { name: r, unresolved: false };
    if (isPronoun(trimmed)) return { name: null, unresolved: true };
    const rest = trimmed.replace(/^(?:the|this|that)\s+/i, '');
    // "the previous report", "the statement": a reference we cannot follow.
    if (/^(?:previous|earlier|latest|new|same|first|second)?\s*(?:report|statement|figure|figures|count|tally|toll|data)$/i.test(rest)) return { name: null, unresolved: true };
  }
  const tidy = tidySourceName(trimmed);
  return { name: tidy.name || null, unresolved: false };
}

/** Attribution phrases of one sentence. */
export function sentenceAttributions(
  text: string,
  start: number,
  tokens: Token[],
  mentions: SpeakerMention[],
  known: Array<{ name: string; start: number }>,
): AttributionItem[] {
  const items: AttributionItem[] = [];
  const add = (role: Role, raw: string, at: number) => {
    const { name, unresolved } = resolveName(raw, at, mentions, known);
    items.push({ role, name, at, unresolved });
    if (name) known.push({ name, start: at });
  };
  const slice = (a: number, b: number) => text.slice(a - start, b - start);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // according to X
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const np = phraseAfter(tokens, i + 2);
      if (np) add('according', slice(np.start, np.end), t.start);
      continue;
    }
    // citing X / quoting X
    if (t.lower === 'citing' || t.lower === 'quoting') {
      const np = phraseAfter(tokens, i + 1, tokens.length, true);
      if (np) add('citing', slice(np.start, np.end), t.start);
      continue;
    }
    if (!REPORTING_VERBS.has(t.lower)) continue;
    // "… were reported Thursday by other hospitals"
    const prev = tokens[i - 1]?.lower;
    if (prev === 'were' || prev === 'was' || prev === 'been' || prev === 'being') {
      for (let k = i + 1; k < tokens.length && k < i + 4; k++) {
        if (tokens[k]!.lower === 'by') {
          const np = phraseAfter(tokens, k + 1);
          if (np) add('agent', slice(np.start, np.end), t.start);
          break;
        }
      }
      continue;
    }
    // Reporting verbs used as nouns ("the report", "a statement") are not attributions.
    if (prev === 'the' || prev === 'a' || prev === 'latest' || prev === 'previous' || prev === 'an') continue;
    const subj = subjectBefore(tokens, i);
    if (subj) {
      const raw = slice(subj.start, subj.end);
      // The subject must be a speaker, not a figure or an event ("the death toll reported").
      if (/\d/.test(raw) || /\b(?:toll|death|deaths|number|protests?|violence|unrest)$/i.test(raw)) {
        // a figure or an event, not a speaker ("the death toll reported")
      } else if (PRIOR_DOCUMENT.test(raw)) {
        items.push({ role: 'speaker', name: null, at: subj.start, unresolved: true });
      } else if (!DOCUMENT_SUBJECT.test(raw)) {
        add('speaker', raw, subj.start);
      }
    }
    // "told Reuters", "confirmed to Anadolu": the outlet relays the speaker.
    const next = tokens[i + 1];
    const relayAt = (t.lower === 'told' || t.lower === 'tells') && next && /^\p{Lu}/u.test(next.text) ? i + 1 : next?.lower === 'to' && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '') ? i + 2 : -1;
    if (relayAt >= 0) {
      // Only the capitalised name: "confirmed to Anadolu three new deaths".
      let end = relayAt;
      while (end < tokens.length && /^\p{Lu}/u.test(tokens[end]!.text)) end++;
      add('relay', slice(tokens[relayAt]!.start, tokens[end - 1]!.end), tokens[relayAt]!.start);
    }
  }
  return items;
}

/** Combine a clause's attribution items into a source. */
function combine(items: AttributionItem[]): Source | null | 'none' {
  const named = items.filter((it) => it.name);
  if (named.length === 0) return items.some((it) => it.unresolved) ? 'none' : null;
  const speaker = named.find((it) => it.role === 'speaker') ?? named.find((it) => it.role === 'agent');
  const citing = named.find((it) => it.role === 'citing');
  const according = named.find((it) => it.role === 'according');
  const relays = named.filter((it) => it.role === 'relay').map((it) => it.name!);

  if (citing && speaker) {
    // "State television, citing the Health Ministry, reported": the ministry is the origin;
    // "Press TV …, citing intelligence officials": the named outlet is what the text can stand on.
    const citedFirst = headIsNamed(citing.name!) || !headIsNamed(speaker.name!);
    const name = citedFirst ? citing.name! : speaker.name!;
    const other = citedFirst ? speaker.name! : citing.name!;
    return { name, via: dedupe([other, ...(according ? [according.name!] : []), ...relays]) };
  }
  if (speaker) return { name: speaker.name!, via: dedupe([...(according ? [according.name!] : []), ...relays]) };
  if (according) return { name: according.name!, via: dedupe([...(citing ? [citing.name!] : []), ...relays]) };
  if (citing) return { name: citing.name!, via: relays };
  return null;
}

const dedupe = (names: string[]) => [...new Set(names.filter(Boolean))];

const ORG_BYLINE = /\b(?:watch|international|amnesty|organi[sz]ation|council|commission|committee|network|cent(?:re|er)|institute|foundation|federation|union|coalition|observatory|society|association|movement|ministry|agency)\b/i;

export interface AttributionInput {
  text: string;
  seg: Segmentation;
  claims: DraftClaim[];
  quotes: QuoteWithSpeaker[];
  mentions: SpeakerMention[];
  byline: string | null;
  /** Tokens of each sentence, when the caller has them already. */
  tokens?: Token[][];
}

/** Attribute every claim; returns one Source (or null) per claim, in order. */
export interface Attributed {
  source: Source | null;
  /** True when the figure continues an earlier attributed report rather than stating its source. */
  inherited: boolean;
}

export function attribute({ seg, claims, quotes, mentions, byline, tokens: sentenceTokens }: AttributionInput): Attributed[] {
  const known: Array<{ name: string; start: number }> = [];
  for (const q of quotes) if (q.speaker) known.push({ name: q.speaker, start: q.span.end });
  known.sort((a, b) => a.start - b.start);

  const perSentence = seg.sentences.map((s, i) => {
    const tokens = sentenceTokens?.[i] ?? tokenize(s.text, s.start);
    return { tokens, items: sentenceAttributions(s.text, s.start, tokens, mentions, known), clauses: clauseStarts(tokens) };
  });
  known.sort((a, b) => a.start - b.start);

  const bylineSource: Source | null = byline && ORG_BYLINE.test(byline) ? { name: tidySourceName(byline).name, via: [] } : null;
  const out: Attributed[] = [];
  let lastAttributed: { source: Source; paragraph: number } | null = null;

  // Per-sentence last figure, and the quotes by start with the furthest end so far: one pass
  // each, so a document with thousands of figures is not read once per figure.
  const lastFigureOf = new Map<number, number>();
  for (const c of claims) lastFigureOf.set(c.sentence, Math.max(lastFigureOf.get(c.sentence) ?? -Infinity, c.figure.start));
  const quoteStarts = quotes.map((q) => q.span.start).sort((a, b) => a - b);
  const quoteEnds = quotes.map((q) => q.span).sort((a, b) => a.start - b.start).map((q) => q.end);
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

  for (const claim of claims) {
    const sentence = seg.sentences[claim.sentence]!;
    const { items, clauses } = perSentence[claim.sentence]!;
    const quote = mayBeQuoted(claim.span.start, claim.span.end) ? quotes.find((q) => q.span.start <= claim.span.start && claim.span.end <= q.span.end) : undefined;
    const figureAt = claim.figure.start;

    // Items that cover this claim: its own clause, or sentence-final ones.
    const lastFigure = lastFigureOf.get(claim.sentence)!;
    const myClause = clauseOf(clauses, figureAt);
    const covering = items.filter((it) => {
      const inQuote = quote ? it.at > quote.span.start && it.at < quote.span.end : false;
      if (quote && !inQuote) return false; // outside the quote: the quote's speaker decides
      return clauseOf(clauses, it.at) === myClause || it.at > lastFigure;
    });

    let source: Source | null = null;
    const combined = combine(covering);
    if (combined === 'none') {
      source = null;
    } else if (combined) {
      source = quote?.speaker && quote.speaker !== combined.name ? { name: combined.name, via: dedupe([...combined.via, quote.speaker]) } : combined;
    } else if (quote?.speaker) {
      source = { name: quote.speaker, via: [] };
    }

    const paragraph = sentence.paragraph;
    let inherited = false;
    if (!source && combined !== 'none') {
      // An organisation's report runs on for a few paragraphs; a person's words cover their own.
      const reach = looksLikePerson(lastAttributed?.source.name ?? '') ? 0 : CONTINUATION_PARAGRAPHS;
      if (lastAttributed && paragraph - lastAttributed.paragraph <= reach) source = lastAttributed.source;
      else if (bylineSource) source = bylineSource;
      inherited = source !== null;
    }
    // Only a stated source carries on: a report continued by continuation is not continued again.
    if (source && !inherited) lastAttributed = { source, paragraph };
    out.push({ source, inherited });
  }
  return out;
}

