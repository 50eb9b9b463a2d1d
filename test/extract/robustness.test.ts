/** extract() never throws on hostile input within the size limit, and its spans always slice the clean text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExtractInputError, MAX_INPUT_CHARS, extract } from '../../src/extract/index.js';
import type { Report } from '../../src/domain.js';

function expectConsistent(report: Report) {
  const text = report.document.text;
  for (const item of [...report.claims, ...report.quotes, ...report.places, ...report.dates]) {
    expect(item.span.start).toBeGreaterThanOrEqual(0);
    expect(item.span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(item.span.start, item.span.end)).toBe(item.span.text);
  }
  for (const c of report.claims) {
    expect(Number.isFinite(c.estimate)).toBe(true);
    expect(c.estimate).toBe(c.low ?? c.high);
  }
}

const newsy = fc.constantFrom(
  'At least',
  'more than',
  '1,000',
  'dozens',
  'killed',
  'were arrested',
  'according to',
  'Amnesty International',
  'said',
  '“',
  '”',
  '"',
  'on Tuesday',
  'day 20',
  'in Tehran',
  ',',
  '.',
  '\n',
  '\n\n',
  '<script>alert(1)</script>',
  '<p onclick="x()">',
  '</p>',
  '9'.repeat(400),
  'thousands and thousands',
  'between 5 and',
  'up to',
  '$',
  '%',
  '-',
  '—',
  '(',
  ')',
  'perhaps',
  'the',
  'of',
  'people',
);

describe('robustness', () => {
  it('handles random unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        expectConsistent(extract({ text: s }));
      }),
      { numRuns: 300 },
    );
  });

  it('handles random news-like word salad with unbalanced quotes and markup', () => {
    fc.assert(
      fc.property(fc.array(newsy, { maxLength: 120 }), fc.constantFrom(' ', ''), (words, sep) => {
        expectConsistent(extract({ text: words.join(sep || ' '), published: '2019-12-04' }));
      }),
      { numRuns: 300 },
    );
  });

  it('handles random HTML', () => {
    fc.assert(
      fc.property(fc.array(newsy, { maxLength: 80 }), (words) => {
        expectConsistent(extract({ html: `<html><body><article><p>${words.join(' ')}</p></article></body></html>` }));
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\n\t '],
    ['a 10,000-digit number', `${'7'.repeat(10_000)} people were killed`],
    ['unbalanced quotes', '“At least 20 people were killed, he said. “And more'],
    // Found by the word-salad property: a sentence opening on a comma before its figure.
    ['a comma opening the text', ', 1,000 killed'],
    ['scripts', '<html><body><script>throw new Error("x")</script><p>Dozens were arrested.</p><img src=x onerror=alert(1)></body></html>'],
    ['NUL and control characters', 'At\u0000 least\u0007 12 people were \u0001injured.'],
    ['lone surrogates', 'At least \ud800 12 people were injured \udfff.'],
  ])('does not throw on %s', (_name, text) => {
    expectConsistent(extract(text.startsWith('<html') ? { html: text } : { text }));
  });

  it('refuses input over the documented limit with a clear error', () => {
    expect(() => extract({ text: 'x'.repeat(MAX_INPUT_CHARS + 1) })).toThrow(ExtractInputError);
  });

  it('is deterministic', () => {
    const text = 'Amnesty International said at least 208 people were killed on Tuesday in Tehran.';
    expect(JSON.stringify(extract({ text, published: '2019-12-04' }))).toBe(JSON.stringify(extract({ text, published: '2019-12-04' })));
  });
});
