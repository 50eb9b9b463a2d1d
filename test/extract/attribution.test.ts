import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const sources = (text: string, published = '2022-01-10') =>
  extract({ text, published }).claims.map((c) => [c.estimate, c.source?.name ?? null, c.source?.via ?? []]);

describe('attribution', () => {
  it('takes the speaking group before a place, not the place ("doctors at the clinic said")', () => {
    expect(sources('Doctors at the district clinic said 31 people were treated for injuries.')).toEqual([[31, 'Doctors', []]]);
    expect(sources('Correspondents in their own capitals reported that four tourists were among those killed.')).toEqual([[4, 'Correspondents', []]]);
  });

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

  it('splits a role from a name, and keeps one person one source with kind, role and country', () => {
    const text = 'Veteran Chilean senator Ana Rojas Vidal said 14 people had been killed in the port.\n\nRojas Vidal later said 30 people were injured.';
    const claims = extract({ text, published: '2023-05-02' }).claims;
    expect(claims.map((c) => c.source?.name)).toEqual(['Ana Rojas Vidal', 'Ana Rojas Vidal']);
    expect(claims[0]!.source).toMatchObject({ kind: 'person', role: 'Veteran Chilean senator', country: 'CL' });
  });

  it('never takes a time, an adverb or a place for a source', () => {
    expect(sources('On Tuesday, 12 people were killed in the north, Monday reports said.')[0]?.[1]).not.toBe('Monday');
    expect(sources('So far 8 people have died, previously reported as 6.').every((s) => s[1] === null)).toBe(true);
  });

  it('reads a headline "X: N killed" and an inverted ", says X"', () => {
    expect(sources('Relief League: 57 killed in weekend floods')).toEqual([[57, 'Relief League', []]]);
    expect(sources('Up to 900 feared dead in quake, says Red Crescent')[0]?.[1]).toBe('Red Crescent');
  });

  it('gives a nested report to the speaker nearest the figure, the outer one relaying', () => {
    expect(sources('The Evening Standard reported that police spokesman Tom Reyes said 21 people were arrested.')).toEqual([[21, 'Tom Reyes', ['Evening Standard']]]);
    expect(sources('State radio quoted the interior ministry as saying that 45 people had been detained.')).toEqual([[45, 'interior ministry', ['State radio']]]);
  });

  it('gives a generic document to the one who issued it', () => {
    const text = 'In a report released on Monday, the Coastal Relief Network said the floods had displaced thousands.\n\nAccording to the report, 230 people were killed.';
    expect(sources(text).find((s) => s[0] === 230)?.[1]).toBe('Coastal Relief Network');
  });

  it('resolves "the group" and a coordinated reporting verb', () => {
    const text = 'The Valley Rescue Alliance sent teams to the area.\n\nThe group visited three villages and reported that 19 people were missing.';
    expect(sources(text)).toEqual([[19, 'Valley Rescue Alliance', []]]);
  });

  it('leaves a figure the outlet states itself unattributed, and a "by X\'s count" to X', () => {
    expect(sources('Floods killed 40 people across the province last week.')).toEqual([[40, null, []]]);
    expect(sources('By the Harbour Tribune’s count, 63 people have died.')).toEqual([[63, 'Harbour Tribune', []]]);
  });
});
