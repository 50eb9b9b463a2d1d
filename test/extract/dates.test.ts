import { describe, expect, it } from 'vitest';
import { asOfFor, findDates } from '../../src/extract/dates.js';

describe('dates', () => {
  it('resolves weekdays against the published date', () => {
    const text = 'Trump on Tuesday weighed in on the protests.';
    const [d] = findDates(text, '2019-12-04');
    expect(d).toMatchObject({ date: '2019-12-03', kind: 'relative', span: { text: 'on Tuesday' } });
  });

  it('reads "next week" as the Monday-to-Sunday week after publication', () => {
    const d = findDates('The impeachment will begin next week.', '2019-12-04').find((x) => x.span.text.includes('week'));
    expect(d).toMatchObject({ date: '2019-12-09', end: '2019-12-15' });
  });

  it('derives the crisis start from "day N"', () => {
    const d = findDates('Iran protests 2019, day 20: Death toll surpasses the 1,000 mark', '2019-12-04').find((x) => x.kind === 'crisis_day');
    expect(d).toMatchObject({ date: '2019-12-04', crisisStart: '2019-11-15', span: { text: 'day 20' } });
  });

  it('ignores "now", bare months and "in 40 years"', () => {
    const text = '“Iran is killing people right now,” he said. The November uprising was the biggest in 40 years.';
    expect(findDates(text, '2019-12-04').map((d) => d.span.text)).toEqual([]);
  });

  it('keeps absolute dates', () => {
    const [d] = findDates('Iran, December 4, 2019—Citing the network', '2019-12-05');
    expect(d).toMatchObject({ date: '2019-12-04', kind: 'absolute' });
  });

  it('dates a claim by the nearest day in its sentence, not by a period it started', () => {
    const text = 'Hundreds have been detained since January 2, and 20 were arrested on Monday.';
    const dates = findDates(text, '2022-01-05');
    const sentence = { start: 0, end: text.length };
    const at = (word: string) => ({ figure: { start: text.indexOf(word), end: text.indexOf(word) + word.length } });
    expect(asOfFor(at('Hundreds'), sentence, dates, text, '2022-01-05')).toBe('2022-01-03');
    expect(asOfFor(at('20'), sentence, dates, text, '2022-01-05')).toBe('2022-01-03');
    const only = 'Hundreds have been detained since January 2.';
    expect(asOfFor({ figure: { start: 0, end: 8 } }, { start: 0, end: only.length }, findDates(only, '2022-01-05'), only, '2022-01-05')).toBe('2022-01-05');
  });
});
