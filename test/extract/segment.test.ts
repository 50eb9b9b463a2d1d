/**
 * Stage 2 — segment: paragraphs (lines) and sentences, with offsets into the clean text. It gives
 * wink only the blocks (between "\n\n") that may hold a boundary inside a line; the sentences
 * must be those of one wink pass over the whole text, cut at line ends.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import { defaultCorpusFiles } from '../../src/eval/cli.js';
import { clean } from '../../src/extract/clean.js';
import { segment, segmentReadingBlocksWhole } from '../../src/extract/segment.js';
import model from '../../src/extract/wink-model.js';

const texts = (text: string) => segment(text).sentences.map((s) => s.text);

describe('segment', () => {
  it('gives every paragraph and sentence offsets that slice back to its text', () => {
    const text = '  Toll rises in Ruritania  \n\nAt least 40 people died. Dozens more were hurt.\n\n\nThe ministry gave no figure.';
    const seg = segment(text);
    expect(seg.paragraphs.map((p) => p.text)).toEqual([
      'Toll rises in Ruritania',
      'At least 40 people died. Dozens more were hurt.',
      'The ministry gave no figure.',
    ]);
    for (const span of [...seg.paragraphs, ...seg.sentences]) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(seg.sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Toll rises in Ruritania', 0],
      ['At least 40 people died.', 1],
      ['Dozens more were hurt.', 1],
      ['The ministry gave no figure.', 2],
    ]);
  });

  it('never lets a sentence run across a line end (a headline or caption is its own unit)', () => {
    expect(texts('Six dead as clashes spread\nPolice said on Friday that six people had died.')).toEqual([
      'Six dead as clashes spread',
      'Police said on Friday that six people had died.',
    ]);
    expect(texts('Mourners at a funeral - file photo\nMourners at a funeral - file photo\nThe funeral was held on Sunday.')).toHaveLength(3);
  });

  it('does not split at the full stops of titles, initials and abbreviated months', () => {
    expect(texts('Dr. Lena Ostrova said 12 people were treated. The U.N. office gave a higher figure.')).toEqual([
      'Dr. Lena Ostrova said 12 people were treated.',
      'The U.N. office gave a higher figure.',
    ]);
    expect(texts('By Sept. 3 the toll had reached 51. It rose again later.')).toEqual(['By Sept. 3 the toll had reached 51.', 'It rose again later.']);
  });

  it('splits at question and exclamation marks and keeps closing quotes with their sentence', () => {
    expect(texts('"How many more must die?" she asked. Nobody answered!')).toEqual(['"How many more must die?" she asked.', 'Nobody answered!']);
  });

  it('cuts a line of label-value cells at each bar after a figure, not between a label and its value', () => {
    expect(texts('Situation as of 14 July: Deaths: 37 | Persons missing: 6 | Relief camps: 412')).toEqual([
      'Situation as of 14 July: Deaths: 37',
      'Persons missing: 6',
      'Relief camps: 412',
    ]);
    expect(texts('Deaths | 37 | Missing | 6')).toEqual(['Deaths | 37', 'Missing | 6']);
    expect(texts('World | Middle East | Egypt')).toEqual(['World | Middle East | Egypt']);
  });

  it('keeps each row of a table under its header row as one sentence, past a stop inside a cell', () => {
    expect(texts('District | Dead | Missing\nOrlan (incl. the port) | 40 | 6\nVelt | 21 | 2')).toEqual([
      'District | Dead | Missing',
      'Orlan (incl. the port) | 40 | 6',
      'Velt | 21 | 2',
    ]);
  });

  it('gives nothing for empty or blank text', () => {
    expect(segment('')).toEqual({ paragraphs: [], sentences: [] });
    expect(segment(' \n\t\n ')).toEqual({ paragraphs: [], sentences: [] });
  });
});

const nlp = winkNLP(model, ['sbd']);

/** The sentences of one wink pass over the whole text, each cut at line ends (trimmed). */
function reference(text: string): string[] {
  const out: string[] = [];
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(nlp.its.value) as string[];
  const spaces = doc.tokens().out(nlp.its.precedingSpaces) as string[];
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  values.forEach((v, i) => {
    pos = text.indexOf(v, pos + spaces[i]!.length);
    starts.push(pos);
    pos += v.length;
    ends.push(pos);
  });
  for (const [a, b] of doc.sentences().out(nlp.its.span) as unknown as Array<[number, number]>) {
    for (const piece of text.slice(starts[a], ends[b]).split('\n')) if (piece.trim()) out.push(piece.trim());
  }
  return out;
}

const sentences = [
  'Police said 14 people were detained in the port city',
  'A spokesman for the regional council, Mr. Oduya, gave no figure',
  'The U.N. office counted 230 displaced families',
  'Was anyone hurt',
  'Nobody was hurt, the mayor said',
  'Officials put the toll at 3.5 thousand',
  '"We saw nine bodies," a nurse said',
  'Rescue teams reached the valley at 6 a.m. on Monday',
];
const endings = ['', '.', '?', '!', '."', '.”', '.)', '...', '…', ' Inc.', ' etc.', ':'];
const breaks = ['\n\n', '\n', '\n\n\n', ' \n\n', '\n\n ', '\r\n\r\n', '\n \n', '\n\n\t'];

describe('segment and one wink pass', () => {
  it('splits a report as one wink pass over it does', () => {
    const text =
      'Storm toll rises to 40\n\nThe interior ministry said 40 people died. Another 12 are missing.\n\n' +
      'Dr. Lina Havel, who leads the clinic, said: "We treated 61 patients."\n\nRoads are closed\nin the north.\n\nMore to follow';
    expect(segment(text).sentences.map((s) => s.text)).toEqual(reference(text));
    expect(segment(text).sentences.map((s) => s.text)).toContain('Another 12 are missing.');
  });

  it('agrees with one wink pass over varied blocks, breaks and endings', () => {
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      let text = '';
      const count = 1 + next(6);
      for (let k = 0; k < count; k++) {
        text += sentences[next(sentences.length)]! + endings[next(endings.length)]!;
        if (next(3) === 0) text += ` ${sentences[next(sentences.length)]!}${endings[next(endings.length)]!}`;
        if (k < count - 1 || next(4) === 0) text += breaks[next(breaks.length)]!;
      }
      const seg = segment(text);
      expect(
        seg.sentences.map((s) => s.text),
        JSON.stringify(text),
      ).toEqual(reference(text));
      for (const s of seg.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

/**
 * wink reads only windows around the boundary characters ("." "!" "?"): its sentences must be
 * those it finds reading each block whole.
 */
describe('segment reading windows', () => {
  const same = (text: string) => JSON.stringify(segment(text)) === JSON.stringify(segmentReadingBlocksWhole(text));

  it('splits every corpus text as reading its blocks whole does', () => {
    for (const file of defaultCorpusFiles()) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const item = JSON.parse(line) as { id: string; text: string; published?: string | null };
        // (Only the ids are printed: the texts of the check parts are not read here.)
        expect(same(item.text), item.id).toBe(true);
        expect(same(clean({ text: item.text, published: item.published ?? undefined }).text), item.id).toBe(true);
      }
    }
  });

  // Pieces that end, or seem to end, a sentence close together, with every kind of space between.
  const pieces = [
    'Officials said',
    '14 people',
    'died',
    'Mr.',
    'Dr.',
    'U.S.',
    'U.N.',
    'e.g.',
    'No.',
    'Sept.',
    'a.m.',
    'Inc.',
    'etc.',
    '3.5',
    '1,200.',
    'J.',
    'K.',
    'end.',
    'end!',
    'why?',
    'what?!',
    '...',
    '…',
    '."',
    '.”',
    '?"',
    '!’',
    '.)',
    '(see',
    'below).',
    '"Quote.',
    "'single'",
    'The',
    'However,',
    'and',
    'they',
    '—',
    '-',
    ',',
    ':',
    ';',
    'x.y',
    'www.example.org',
    'a@b.io',
    '#tag',
    '@user',
    ':)',
    '12:30',
    '5pm.',
    'Ltd.,',
    'vs.',
    'St.',
    'Mt.',
    'Gen.',
    'N.Y.',
    'i.e.',
    'café.',
    'Zürich.',
    '😀.',
    '\u3000',
    '\u200b',
    '?',
    '!',
    '.',
    '"',
    '”',
  ];
  const spaces = [' ', ' ', ' ', '  ', '\n', '\n\n', '\n\n\n', '\r\n', '\t', '\u00a0', '\u2009', ' \n ', '\n\n ', ''];

  it('splits random texts as reading their blocks whole does', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const count = 1 + next(40);
      for (let k = 0; k < count; k++) text += pieces[next(pieces.length)]! + spaces[next(spaces.length)]!;
      expect(same(text), JSON.stringify(text)).toBe(true);
    }
  });
});
