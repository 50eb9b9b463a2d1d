import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const sources = (text: string, published = '2022-01-10') =>
  extract({ text, published }).claims.map((c) => [c.estimate, c.source?.name ?? null, c.source?.via ?? []]);

describe('attribution', () => {
  it('reads "X said" with time adverbs between subject and verb', () => {
    expect(sources('Some 7,939 people were detained by police, the interior ministry said Monday.')).toEqual([[7939, 'interior ministry', []]]);
  });

  it('reads "according to X" and strips "\'s count"', () => {
    expect(sources('The total fatalities rose to 209, according to The Daily Star’s count.')).toEqual([[209, 'Daily Star', []]]);
  });

  it('keeps the relay when a speaker and an "according to" are both named', () => {
    expect(sources('Government officials told local media at least 44 people died, according to the BBC.')).toEqual([[44, 'Government officials', ['BBC']]]);
  });

  it('prefers the named one of "X, citing Y"', () => {
    expect(sources('State television, citing the country’s Health Ministry, reported that 164 people had been killed.')).toEqual([[164, 'Health Ministry', ['State television']]]);
    expect(sources('Press TV reported that dozens of arrests had been made on Tuesday, citing intelligence officials.')).toEqual([[12, 'Press TV', ['intelligence officials']]]);
  });

  it('resolves "the sources said" to the sources named before', () => {
    const text = 'At least two people died on Monday, security and medical sources told Reuters.\n\nAt least 112 people were hurt, the sources said.';
    expect(sources(text)).toEqual([
      [2, 'security and medical sources', ['Reuters']],
      [112, 'security and medical sources', []],
    ]);
  });

  it('gives a quoted figure to the speaker, with "he" resolved', () => {
    const text = 'U.S. President Trump on Tuesday weighed in. “Iran is killing perhaps thousands and thousands of people right now,” he said.';
    const report = extract({ text, published: '2019-12-04' });
    expect(report.claims[0]!.source?.name).toBe('Trump');
    expect(report.quotes[0]).toMatchObject({ speaker: 'Trump', role: 'U.S. President' });
  });

  it('continues an attributed report into the next paragraph, and leaves an unattributed report unattributed', () => {
    const text = 'The Example Council said 30 people were killed on Friday.\n\nAnother 12 people were injured in the capital.';
    expect(sources(text)).toEqual([
      [30, 'Example Council', []],
      [12, 'Example Council', []],
    ]);
    expect(sources('At least 433 were killed in October.')).toEqual([[433, null, []]]);
  });

  it('does not extend a clause\'s source over a contrasting clause that cites an earlier report', () => {
    const text = 'Three further deaths were reported on Thursday by other hospitals, while the earlier report had put the number of victims at nine.';
    expect(sources(text)).toEqual([
      [3, 'other hospitals', []],
      [9, null, []],
    ]);
  });
});
