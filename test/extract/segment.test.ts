/**
 * Segmentation gives wink only the blocks (between "\n\n") that may hold a boundary inside a
 * line; the sentences must be those of one wink pass over the whole text, cut at line ends.
 */
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from '../../src/extract/wink-model.js';
import { segment } from '../../src/extract/segment.js';

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

describe('segment', () => {
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
