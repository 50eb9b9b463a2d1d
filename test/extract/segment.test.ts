/** Stage 2 — segment: paragraphs (lines) and sentences, with offsets into the clean text. */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/extract/segment.js';

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

  it('gives nothing for empty or blank text', () => {
    expect(segment('')).toEqual({ paragraphs: [], sentences: [] });
    expect(segment(' \n\t\n ')).toEqual({ paragraphs: [], sentences: [] });
  });
});
