/**
 * Stage 2 — segment: paragraphs and sentences with offsets into the clean text.
 *
 * Lines are split first (a headline, a caption or a list item is its own unit even without
 * final punctuation: wink joins a repeated caption into the next sentence otherwise), then
 * wink-nlp's sentence boundary detector splits each line. Only its `sbd` pipe runs: it is
 * the part we need, and it keeps segmentation at about 1 ms per article.
 *
 * Most of that millisecond is wink's tokenizer, and a good part of a report needs none of it.
 * wink's boundary patterns (the sbd automaton) start only at a ".", "!" or "?" token, at an
 * abbreviation (every one holds a "."), or at its paragraph-break token "\n\n", and a "\n\n"
 * ends every pattern under way. So the blocks between two "\n\n" are read independently, and a
 * block with no such character but one closing it ("One sentence.", a headline) has no boundary
 * inside any of its lines: it is not given to wink at all (test/extract/segment.test.ts holds
 * the two readings equal).
 *
 * Within the blocks read, wink's decisions are local too, so it reads only windows around the
 * boundary characters (see `windows`), not every word of a paragraph.
 */
import winkNLP from 'wink-nlp';
// The package's model with a quicker core loader, the parts this pipe does not run left unread (see wink-model.ts).
import { modelFor } from './wink-model.js';
import type { Span } from '../domain.js';
import { isHeaderRow, isRuleRow, rowCells } from './table-rows.js';

/** A line no full stop closes ("Ethiopia says 239 killed"): a headline, when it stands first and alone. */
export const unfinished = (text: string): boolean => !/[.!?]["'”’)]*\s*$/.test(text);

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
const getNlp = (): Nlp => (nlp ??= winkNLP(modelFor(['sbd']), ['sbd']));

/** Char offsets of each wink sentence within `text`, rebuilt from token values and spacing; null when they cannot be. */
function winkRanges(text: string): Array<[number, number]> | null {
  return winkSentences(text)?.ranges ?? null;
}

/** wink's reading of `text`: each sentence's char offsets, and where each token ends. */
function winkSentences(text: string): { ranges: Array<[number, number]>; tokenEnds: number[] } | null {
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
  if (!aligned) return null;
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return { ranges: spans.map(([a, b]) => [tokenStart[a] ?? 0, tokenEnd[b] ?? text.length]), tokenEnds: tokenEnd };
}

/*
 * Why a window around each boundary character reads as the whole text does (wink-nlp 2.4 with
 * wink-eng-lite-web-model 1.8; test/extract/segment.test.ts holds the two readings equal on the
 * corpus and on random texts):
 * - wink's tokenizer splits the text at runs of its space characters (WINK_SPACE) and tokenizes
 *   each chunk between them on its own.
 * - Its boundary automaton (eng-sbd-model) starts a pattern only at a token holding ".", "!" or
 *   "?" (the full stop, the two marks, an abbreviation) or at the paragraph token "\n\n", and a
 *   pattern reads at most PATTERN_TOKENS tokens from its start ("\n" tokens are skipped, not
 *   read). A "\n\n" pattern is that one token: it ends a sentence and reaches nothing after it.
 * So a boundary is decided by the chunk holding a boundary character and the few tokens after it.
 * A window runs from the start of such a chunk over MARGIN_CHUNKS more chunks that hold a
 * character wink keeps (each gives at least one token); windows that meet are one. Outside every
 * window only "\n\n" can end a sentence, and every "\n\n" given to wink ends a block, where the
 * block cut (`sentenceRanges`) cuts anyway.
 */
/** The longest pattern of wink's boundary automaton, in tokens (its deepest state is four transitions from the root). */
const PATTERN_TOKENS = 4;
/**
 * Chunks read past a window's last boundary character: one more than the tokens a pattern reads
 * after its first (the token after those is read only to fail, whatever it is).
 */
const MARGIN_CHUNKS = PATTERN_TOKENS;
/** A chunk between wink's space characters (its tokenizer's splitter). */
const WINK_CHUNK = /[^ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f\n\r\t]+/g;
/** A chunk holding one of these gives wink at least one token. */
const TOKEN_CHARACTER = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** [start, end) of the stretches of `text` where wink may decide a boundary (see above). */
function windows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open: [number, number] | null = null;
  // Chunks still to read before the open window closes.
  let left = 0;
  WINK_CHUNK.lastIndex = 0;
  for (let m = WINK_CHUNK.exec(text); m; m = WINK_CHUNK.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    BOUNDARY_START.lastIndex = 0;
    if (BOUNDARY_START.test(m[0])) {
      if (!open) out.push((open = [start, end]));
      left = MARGIN_CHUNKS;
    } else if (open && TOKEN_CHARACTER.test(m[0])) left--;
    if (!open) continue;
    open[1] = end;
    if (left === 0) open = null;
  }
  return out;
}

/**
 * The char offsets where wink ends a sentence inside `text` (not its end), reading only the
 * windows around boundary characters, joined by "\n\n" (a pattern of its own, after a window's
 * margin: it changes nothing inside the windows, and the cut it makes is dropped). Null when
 * wink's tokens cannot be placed in the text.
 */
function winkCuts(text: string): number[] | null {
  const spans = windows(text);
  const joined = spans.map(([a, b]) => text.slice(a, b)).join(SEPARATOR);
  const read = winkSentences(joined);
  if (!read) return null;
  const cuts: number[] = [];
  // The window a sentence end falls in, and where that window starts in `joined`.
  let w = 0;
  let at = 0;
  for (const [, end] of read.ranges) {
    while (w < spans.length && end > at + spans[w]![1] - spans[w]![0] + SEPARATOR.length) {
      at += spans[w]![1] - spans[w]![0] + SEPARATOR.length;
      w++;
    }
    const span = spans[w];
    // A window's own end (its last sentence runs into the separator) is no cut in the text.
    if (span && end < at + span[1] - span[0]) cuts.push(span[0] + end - at);
  }
  return cuts;
}

/** What joins two windows given to wink: its paragraph token. */
const SEPARATOR = '\n\n';

/** `winkRanges` of the whole text, from the cuts in its windows; each range runs to the next cut (the space between is trimmed by `segment`). */
function windowedRanges(text: string): Array<[number, number]> | null {
  const cuts = winkCuts(text);
  if (!cuts) return null;
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (const cut of cuts) {
    ranges.push([from, cut]);
    from = cut;
  }
  ranges.push([from, text.length]);
  return ranges;
}

/** A sentence ending in a question or exclamation closed by a quotation mark. */
const QUOTED_END = /[?!]["”’']$/;

/** A line-break run that wink reads as its paragraph-break token (exactly "\n\n"), which no pattern runs past. */
const LINE_BREAKS = /[\n\r\t]+/g;
/** A character a boundary pattern may start at (abbreviations hold a "."). */
const BOUNDARY_START = /[.!?]/g;
/** What wink's tokenizer splits on: after a block's closing boundary character only these may follow. */
const WINK_SPACE = new Set(' \u00a0\u2002\u2003\u2004\u2005\u2009\u200a\u202f\u205f\n\r\t');

/** May wink find a boundary inside one of the lines of text[start, end)? Not when its only boundary character closes it. */
function needsWink(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last >= start && WINK_SPACE.has(text[last]!)) last--;
  BOUNDARY_START.lastIndex = start;
  const m = BOUNDARY_START.exec(text);
  return !!m && m.index < last;
}

/**
 * Char ranges of the text's sentences as wink reads them, cut at every block end: the blocks
 * between "\n\n" that may hold a boundary go to wink in one pass (each with the "\n\n" that
 * followed it), every other block is one range (the lines cut it further).
 */
function sentenceRanges(text: string, windowed: boolean): Array<[number, number]> {
  // Blocks as [start, end of text, end with the following "\n\n"].
  const blocks: Array<[number, number, number]> = [];
  let from = 0;
  LINE_BREAKS.lastIndex = 0;
  for (let m = LINE_BREAKS.exec(text); m; m = LINE_BREAKS.exec(text)) {
    if (m[0] !== '\n\n') continue;
    blocks.push([from, m.index, m.index + 2]);
    from = m.index + 2;
  }
  blocks.push([from, text.length, text.length]);
  const read = blocks.filter(([start, end]) => needsWink(text, start, end));
  const given = read.map(([start, , next]) => text.slice(start, next)).join('');
  // (A window wink's tokens cannot be placed in is read again whole: the whole reading decides.)
  const inner = read.length ? ((windowed ? windowedRanges(given) : null) ?? winkRanges(given)) : [];
  if (!inner) return [[0, text.length]];
  const ranges: Array<[number, number]> = [];
  // Where the next block read starts in the text given to wink.
  let at = 0;
  let r = 0;
  let next = 0;
  for (const [start, end, after] of blocks) {
    if (read[next]?.[0] !== start) {
      ranges.push([start, end]);
      continue;
    }
    next++;
    const stop = at + (end - start);
    // A wink sentence may run on over "\n\n" into the next block read: each block keeps its part.
    while (r < inner.length && inner[r]![1] <= at) r++;
    for (let k = r; k < inner.length && inner[k]![0] < stop; k++) {
      ranges.push([Math.max(inner[k]![0], at) - at + start, Math.min(inner[k]![1], stop) - at + start]);
    }
    at += after - start;
  }
  return ranges;
}

/** A cell separator of a plain-text table or a page's bar of links: "|" with space on both sides. */
const CELL_BAR = /\s\|\s/g;

/**
 * "Deaths: 37 | Persons missing: 6 | Relief camps: 412": a line of label-value cells is one
 * sentence per cell, or a label reads across the bar into its neighbour's value. A bar cuts after a
 * cell holding a figure ("Deaths | 37 |", a label's cell then its value's, stay one).
 */
function tableCells(text: string, start: number, end: number): Array<[number, number]> {
  const line = text.slice(start, end);
  if (!line.includes('|')) return [[start, end]];
  const cells: Array<[number, number]> = [];
  let from = 0;
  CELL_BAR.lastIndex = 0;
  for (let m = CELL_BAR.exec(line); m; m = CELL_BAR.exec(line)) {
    if (!/\d/.test(line.slice(from, m.index))) continue;
    cells.push([from, m.index]);
    from = m.index + m[0].length;
  }
  cells.push([from, line.length]);
  return cells.flatMap(([a, b]) => {
    const cell = line.slice(a, b);
    const lead = cell.length - cell.trimStart().length;
    const trail = cell.length - cell.trimEnd().length;
    return b - trail > a + lead ? [[start + a + lead, start + b - trail] as [number, number]] : [];
  });
}

/** The lines (paragraph indexes) that are rows of a table whose header row, with no figure in its cells, heads them. */
function tableRows(paragraphs: Span[]): Set<number> {
  const rows = new Set<number>();
  let width = 0;
  paragraphs.forEach((para, p) => {
    const cells = rowCells(para.text);
    if (cells && isRuleRow(cells)) return;
    if (cells && cells.length === width && !isHeaderRow(cells)) rows.add(p);
    else width = cells && isHeaderRow(cells) ? cells.length : 0;
  });
  return rows;
}

export function segment(text: string): Segmentation {
  return segmentText(text, true);
}

/** `segment` with wink reading every block it is given whole, not windows of it: the reading `segment` must equal (for tests). */
export function segmentReadingBlocksWhole(text: string): Segmentation {
  return segmentText(text, false);
}

function segmentText(text: string, windowed: boolean): Segmentation {
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

  // The rows of a table under a header row ("District | Dead | Missing", then "Orlan | 40 | 6"):
  // each row is one sentence, its cells read by the header's columns (claims.ts, table-column).
  const rows = tableRows(paragraphs);

  // One wink pass over the blocks that need it (a call per line costs more than the parsing),
  // then every sentence is cut at line ends: a line never shares a sentence with the next.
  const sentences: Sentence[] = [];
  let p = 0;
  for (const [a, b] of sentenceRanges(text, windowed)) {
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
        } else if (rows.has(p)) {
          // (Whole, past any stop wink cut it at: "Buenos Aires (incl. the capital) | 298 | 41".)
          if (last?.paragraph !== p) sentences.push({ start: para.start, end: para.end, text: para.text, paragraph: p });
        } else for (const [c0, c1] of tableCells(text, start, end)) sentences.push({ start: c0, end: c1, text: text.slice(c0, c1), paragraph: p });
      }
      from = s1;
      if (s1 >= para.end) p++;
    }
  }
  return { paragraphs, sentences };
}
