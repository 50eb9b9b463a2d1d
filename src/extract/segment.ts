/**
 * Stage 2 — segment: paragraphs and sentences with offsets into the clean text.
 *
 * Lines are split first (a headline, a caption or a list item is its own unit even without
 * final punctuation: wink joins a repeated caption into the next sentence otherwise), then
 * wink-nlp's sentence boundary detector splits each line. Only its `sbd` pipe runs: it is
 * the part we need, and it keeps segmentation at about 1 ms per article.
 */
import winkNLP from 'wink-nlp';
// The package's model with a quicker core loader (see wink-model.ts).
import model from './wink-model.js';
import type { Span } from '../domain.js';

export interface Sentence extends Span {
  /** Index of the paragraph (line) that holds the sentence. */
  paragraph: number;
}

export interface Segmentation {
  paragraphs: Span[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;
const getNlp = (): Nlp => (nlp ??= winkNLP(model, ['sbd']));

/** Char offsets of each wink sentence within `text`, rebuilt from token values and spacing. */
function sentenceRanges(text: string): Array<[number, number]> {
  const n = getNlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokenStart: number[] = new Array(values.length);
  const tokenEnd: number[] = new Array(values.length);
  let pos = 0;
  let aligned = true;
  for (let i = 0; i < values.length; i++) {
    pos += spaces[i]!.length;
    const v = values[i]!;
    // Tokens are lossless in wink; if a token ever differs from the text, re-find it.
    if (text.startsWith(v, pos)) {
      tokenStart[i] = pos;
    } else {
      const found = text.indexOf(v, pos);
      if (found === -1) {
        aligned = false;
        break;
      }
      tokenStart[i] = found;
      pos = found;
    }
    pos += v.length;
    tokenEnd[i] = pos;
  }
  if (!aligned) return [[0, text.length]];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return spans.map(([a, b]) => [tokenStart[a] ?? 0, tokenEnd[b] ?? text.length]);
}

/** A sentence ending in a question or exclamation closed by a quotation mark. */
const QUOTED_END = /[?!]["”’']$/;

export function segment(text: string): Segmentation {
  const paragraphs: Span[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const lineText = text.slice(start, end);
    if (lineText.trim()) {
      const pStart = start + (lineText.length - lineText.trimStart().length);
      const pEnd = end - (lineText.length - lineText.trimEnd().length);
      paragraphs.push({ start: pStart, end: pEnd, text: text.slice(pStart, pEnd) });
    }
    if (nl === -1) break;
    start = nl + 1;
  }

  // One wink pass over the whole text (a call per line costs more than the parsing), then
  // every sentence is cut at line ends: a line never shares a sentence with the next.
  const sentences: Sentence[] = [];
  let p = 0;
  for (const [a, b] of sentenceRanges(text)) {
    let from = a;
    while (from < b) {
      while (p < paragraphs.length && paragraphs[p]!.end <= from) p++;
      const para = paragraphs[p];
      if (!para || para.start >= b) break;
      const s0 = Math.max(from, para.start);
      const s1 = Math.min(b, para.end);
      const piece = text.slice(s0, s1);
      const lead = piece.length - piece.trimStart().length;
      const trail = piece.length - piece.trimEnd().length;
      if (s1 - trail > s0 + lead) {
        const start = s0 + lead;
        const end = s1 - trail;
        const last = sentences[sentences.length - 1];
        // '"How many more?" she asked.': wink ends a sentence at a quoted question or
        // exclamation; a clause going on in lower case continues it.
        if (last && last.paragraph === p && QUOTED_END.test(last.text) && /^\p{Ll}/u.test(text.slice(start, start + 1))) {
          last.end = end;
          last.text = text.slice(last.start, end);
        } else sentences.push({ start, end, text: text.slice(start, end), paragraph: p });
      }
      from = s1;
      if (s1 >= para.end) p++;
    }
  }
  return { paragraphs, sentences };
}
