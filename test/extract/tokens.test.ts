/** The tokenizer's fast path over ASCII gives exactly the tokens of its expression (tokenizeByPattern). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeByPattern } from '../../src/extract/tokens.js';

/** Characters where the two paths meet: ASCII classes, separators, apostrophes, accents, marks, spaces, astral. */
const piece = fc.constantFrom(
  'a',
  'Z',
  'q',
  '7',
  '0',
  '.',
  ',',
  '-',
  "'",
  '’',
  ' ',
  '  ',
  '\n',
  '\t',
  '\r',
  '\v',
  '\f',
  '\u0000',
  '\u001f',
  '\u007f',
  'é',
  'Ü',
  'ß',
  'İ',
  '\u0301',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\ufeff',
  '—',
  '“',
  '”',
  '😀',
  '\ud83d',
  '\ude00',
  '١',
  'ж',
  '中',
  'twenty-five',
  "country's",
  'don’t',
  '12,000',
  '1.5',
  '3.',
  ',4',
  'café',
  'Zürich',
  'al-Qaeda',
  'COVID19',
  '12th',
  'U.N.',
);

describe('tokenize', () => {
  it('reads news text as its expression does', () => {
    const text =
      'At least 1,200 people — “twenty-five” of them children — were killed in Zürich’s al-Hamra district, the U.N. said; 3.5% fled.\t(Dr. O’Neil, 2024)';
    expect(tokenize(text, 17)).toEqual(tokenizeByPattern(text, 17));
    expect(tokenize(text).map((t) => t.text)).toContain('twenty-five');
    expect(tokenize(text).find((t) => t.text === 'O’Neil')?.lower).toBe("o'neil");
  });

  it('gives the tokens of its expression for any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(1000), (pieces, offset) => {
        const text = pieces.join('');
        expect(tokenize(text, offset)).toEqual(tokenizeByPattern(text, offset));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(tokenize(text)).toEqual(tokenizeByPattern(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(tokenize(text)).toEqual(tokenizeByPattern(text));
      }),
      { numRuns: 2000 },
    );
  });
});
