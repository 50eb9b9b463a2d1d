import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node/en';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARSER_CUES, asOfFor, asOfRuled, cuedChrono, findDates } from '../../src/extract/dates.js';
import { extract } from '../../src/extract/index.js';

describe('dates', () => {
  it('resolves weekdays against the published date', () => {
    const text = 'Trump on Tuesday weighed in on the protests.';
    const [d] = findDates(text, '2019-12-04');
    expect(d).toMatchObject({ date: '2019-12-03', kind: 'relative', span: { text: 'on Tuesday' } });
  });

  it('reads a weekday as the last one before the report unless the text sets it ahead', () => {
    // 2022-01-08 is a Saturday: chrono's nearest Sunday and Monday lie ahead of it.
    expect(findDates('Twelve people were killed in the city on Sunday.', '2022-01-08')[0]?.date).toBe('2022-01-02');
    expect(findDates('Police said on Monday that 12 people had been arrested.', '2022-01-08')[0]?.date).toBe('2022-01-03');
    expect(findDates('A rally is planned for Sunday, when thousands will march.', '2022-01-08')[0]?.date).toBe('2022-01-09');
    expect(findDates('Talks resume next Monday.', '2022-01-08')[0]?.date).toBe('2022-01-10');
  });

  it('reads a month only when its name is capitalised ("the July 1 march" holds no 1 March)', () => {
    expect(findDates('Organisers put the July 1 march turnout at 550,000 people.', '2019-07-02').map((d) => [d.span.text, d.date])).toEqual([
      ['July 1', '2019-07-01'],
    ]);
    expect(findDates('Thousands joined the 5 march in the capital.', '2019-07-02')).toEqual([]);
    expect(findDates('On 5 March, thousands marched.', '2019-07-02')[0]?.date).toBe('2019-03-05');
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

  it('reads days written before their month as a range of those days, not as hours of the first', () => {
    const range = (t: string) => findDates(t, '2024-06-10').map((d) => [d.date, d.end]);
    expect(range('Police held 300 people from 3 to 5 May.')).toEqual([['2024-05-03', '2024-05-05']]);
    expect(range('Police held 300 people from 29 April to 2 May.')).toEqual([['2024-04-29', '2024-05-02']]);
    expect(range('Police held 300 people on 3-5 May.')).toEqual([['2024-05-03', '2024-05-05']]);
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

  it('gives the day of an earlier figure compared with to that figure, not to the new one', () => {
    const text = 'The death toll is now 33, up from 29 reported on Monday.';
    const dates = findDates(text, '2022-01-07');
    const sentence = { start: 0, end: text.length };
    const at = (word: string) => ({ figure: { start: text.indexOf(word), end: text.indexOf(word) + word.length } });
    expect(asOfFor(at('33'), sentence, dates, text, '2022-01-07')).toBe('2022-01-07');
    expect(asOfFor(at('29'), sentence, dates, text, '2022-01-07')).toBe('2022-01-03');
    // "more than 200" bounds a figure; it compares with none.
    const bound = 'Nine were killed, and attackers burned more than 200 homes on Saturday.';
    expect(asOfFor({ figure: { start: 0, end: 4 } }, { start: 0, end: bound.length }, findDates(bound, '2022-01-07'), bound, '2022-01-07')).toBe('2022-01-01');
  });
});

describe('dates without a publication date', () => {
  const at = (text: string, word: string) => ({ figure: { start: text.indexOf(word), end: text.indexOf(word) + word.length } });
  const whole = (text: string) => ({ start: 0, end: text.length });

  it('leaves "on Monday" and "yesterday" unresolved when the text states no date', () => {
    const text = 'Police said on Monday that 40 people were arrested yesterday.';
    const dates = findDates(text, null);
    expect(dates).toEqual([]);
    expect(asOfFor(at(text, '40'), whole(text), dates, text, null)).toBeNull();
  });

  it('leaves "tonight" and "in 3 days" unresolved too: chrono would date them from its own reference', () => {
    for (const text of ['The ministry says 84 people were detained in the city tonight.', 'Police said 40 people were arrested in 3 days.']) {
      expect(findDates(text, null)).toEqual([]);
      expect(extract({ text }).claims.map((c) => c.asOf)).toEqual([null]);
    }
  });

  it("reads a duration or a span counted on from the story's moment as no date, in a report dated by its text", () => {
    const text = 'KYIV, March 4, 2022. The siege lasted for two days. Two days later, officials said 12 people had died within 48 hours.';
    expect(findDates(text, null).map((d) => d.span.text)).toEqual(['March 4, 2022']);
    // ("three days ago" and "a day earlier" count back from the report's day.)
    expect(findDates('KYIV, March 4, 2022. Three days ago, police said; a day earlier, medics said.', null).map((d) => d.date)).toEqual([
      '2022-03-04',
      '2022-03-01',
      '2022-03-03',
    ]);
  });

  it('resolves relative dates against the latest complete date the text states', () => {
    const text = 'KYIV, March 4, 2022. Officials said 12 people were killed on Thursday.';
    const dates = findDates(text, null);
    expect(dates.map((d) => [d.span.text, d.date, d.kind])).toEqual([
      ['March 4, 2022', '2022-03-04', 'absolute'],
      ['on Thursday', '2022-03-03', 'relative'],
    ]);
    expect(asOfFor(at(text, '12'), { start: text.indexOf('Officials'), end: text.length }, dates, text, null)).toBe('2022-03-03');
  });

  it('keeps absolute dates and dates a claim by them', () => {
    const text = 'By 2 May 2021, 765 people had been killed.';
    const dates = findDates(text, null);
    expect(dates).toMatchObject([{ date: '2021-05-02', kind: 'absolute' }]);
    expect(asOfFor(at(text, '765'), whole(text), dates, text, null)).toBe('2021-05-02');
  });

  it('keeps a day without a year a few weeks after the latest date the text states in that year', () => {
    const text = 'From October 18, 2019, thousands marched. On October 22, the minister said 2,643 people had been arrested. On May 5, a union struck.';
    const dates = findDates(text, null);
    expect(dates.map((d) => [d.span.text, d.date])).toEqual([
      ['October 18, 2019', '2019-10-18'],
      ['October 22', '2019-10-22'],
      ['May 5', '2019-05-05'],
    ]);
    expect(asOfFor(at(text, '2,643'), { start: text.indexOf('On October 22'), end: text.indexOf('On May') }, dates, text, null)).toBe('2019-10-22');
  });

  it('never resolves a date after the anchor, and never to today', () => {
    const today = new Date().toISOString().slice(0, 10);
    const text = 'date 2021-06-10 Protesters will march on Friday; 3 were hurt today.';
    const dates = findDates(text, null);
    expect(dates.every((d) => d.date <= '2021-06-11' && d.date !== today)).toBe(true);
    expect(dates.find((d) => d.span.text === 'today')?.date).toBe('2021-06-10');
  });
});

describe('dates with a publication date', () => {
  it('never gives an as-of date after the publication date', () => {
    const text = 'Five people were detained on 12 June 2022, officials said.';
    const dates = findDates(text, '2022-06-01');
    expect(asOfFor({ figure: { start: 0, end: 4 } }, { start: 0, end: text.length }, dates, text, '2022-06-01')).toBe('2022-06-01');
  });

  it('reads "On Sunday, 21 police officers" as Sunday, not the 21st', () => {
    const [d] = findDates('On Sunday, 21 police officers were hurt.', '2024-12-03');
    expect(d).toMatchObject({ date: '2024-12-01', span: { text: 'On Sunday' } });
  });

  it('reads a figure after a day and month as a figure, not a two-digit year', () => {
    expect(findDates('On 3 April, 27 miners were trapped.', '2023-04-10')[0]).toMatchObject({ date: '2023-04-03', span: { text: 'On 3 April' } });
    expect(findDates('By March 14th, 56 had been arrested.', '2023-04-10')[0]).toMatchObject({ date: '2023-03-14' });
    expect(findDates('On August 9, 2021, four were hurt.', '2023-04-10')[0]).toMatchObject({ date: '2021-08-09' });
  });

  it('puts a day and month without a year before the report, not after it', () => {
    expect(findDates('On October 30, 11 people drowned.', '2022-02-01')[0]).toMatchObject({ date: '2021-10-30' });
    expect(findDates('Voting is set for 5 March next year.', '2022-02-01').map((d) => d.date)).not.toContain('2021-03-05');
  });

  it('does not read the tail of "10,000 to 15,000" as a date', () => {
    expect(findDates('10,000 to 15,000 people have been killed, officials said on Monday.', '2024-01-23').map((d) => d.span.text)).toEqual(['on Monday']);
  });
});

describe('a figure the text marks as earlier than the report (earlier-than-report)', () => {
  const figureOf = (text: string, figure: string) => ({ figure: { start: text.indexOf(figure), end: text.indexOf(figure) + figure.length } });
  const ruled = (text: string, figure: string, published: string | null = '2022-01-10') =>
    asOfRuled(figureOf(text, figure), { start: 0, end: text.length }, findDates(text, published), text, published);

  it('is never dated to the report: at the latest the day before it', () => {
    expect(ruled('The governor had earlier said 61 people were killed.', '61')).toEqual({ asOf: '2022-01-09', rule: 'earlier-than-report' });
    expect(ruled('That is up from the previous toll of 61 dead.', '61').rule).toBe('earlier-than-report');
    expect(ruled('A rise from the earlier figure, when officials said 61 people had died.', '61').asOf).toBe('2022-01-09');
    expect(ruled('Medics previously reported 61 deaths.', '61').asOf).toBe('2022-01-09');
  });

  it('keeps a date its sentence states, and the report date for a figure of now', () => {
    expect(ruled('The governor had earlier said on Friday that 61 people were killed.', '61')).toEqual({ asOf: '2022-01-07', rule: 'stated-date' });
    expect(ruled('Medics earlier counted 61 deaths but now say 74 people died.', '74')).toEqual({ asOf: '2022-01-10', rule: 'publication' });
    expect(ruled('The governor said 61 people were killed.', '61')).toEqual({ asOf: '2022-01-10', rule: 'publication' });
    // Without a publication date nothing is made up.
    expect(ruled('The governor had earlier said 61 people were killed.', '61', null).asOf).toBeNull();
  });
});

describe('chrono with cued parsers', () => {
  const reference = { instant: new Date('2021-06-16T12:00:00Z'), timezone: 0 };
  const read = (c: chrono.Chrono, text: string) =>
    c.parse(text, reference, { forwardDate: false }).map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null, r.tags()]);

  it('names only parsers chrono has', () => {
    const names = new Set(chrono.casual.parsers.map((p) => p.constructor.name));
    for (const name of Object.keys(PARSER_CUES)) expect(names).toContain(name);
  });

  it('gives each month and weekday name of chrono its cue', async () => {
    // chrono's English dictionaries are not exported: read them from the package's files.
    const dir = dirname(createRequire(import.meta.url).resolve('chrono-node'));
    const constants = (await import(pathToFileURL(join(dir, 'locales/en/constants.js')).href)) as Record<string, Record<string, number>>;
    for (const month of Object.keys(constants.MONTH_DICTIONARY!)) expect(PARSER_CUES.ENMonthNameParser!.test(month)).toBe(true);
    for (const day of Object.keys(constants.WEEKDAY_DICTIONARY!)) expect(PARSER_CUES.ENWeekdayParser!.test(day)).toBe(true);
  });

  it('reads what chrono reads', () => {
    const texts = [
      'Three days ago, 40 people were arrested; two weeks later the toll rose to 52.',
      'Protesters returned over the weekend and again on Tuesday, 14 June, and last night.',
      'In Lorvia on 3rd of Sept. 2020 and from Nov 8 to 10, 2019, police fired at 10:30 am.',
      'The ministry said on 2021-06-10 that a couple of hours after midnight, 7 died.',
      'Since the end of the month, and this week, the past 3 months and next year saw arrests.',
      'Yesterday morning, a few minutes before noon; tonight; tomorrow evening; this afternoon.',
      'Figures from 12/06/2021 and 2019 Dec, 5 years earlier, and 2 decades out, in 40 years.',
      'OK, 1,000 to 1,500 marched; Monday-Friday, mid-week, -3 days, +2 weeks, within an hour.',
    ];
    for (const text of texts) expect(read(cuedChrono, text)).toEqual(read(chrono.casual, text));
  });

  it('reads what chrono reads in random word sequences', () => {
    const words = [
      'on',
      'the',
      'a',
      'last',
      'next',
      'this',
      'past',
      'after',
      'ago',
      'before',
      'earlier',
      'later',
      'out',
      'in',
      'of',
      'to',
      '-',
      ',',
      '.',
      '3',
      '12',
      '2020',
      '10:30',
      'pm',
      'three',
      'couple',
      'few',
      'days',
      'weeks',
      'month',
      'year',
      'hours',
      'd',
      'Jan',
      'March',
      'Sept.',
      'Mon',
      'Tuesday',
      'weekend',
      'morning',
      'night',
      'noon',
      'now',
      'today',
      'yesterday',
      'end',
      'day',
      '1st',
      '15th',
      '2021-06-10',
      'police',
      'killed',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), fc.constantFrom(' ', '  ', ''), (picked, gap) => {
        const text = picked.join(gap || ' ');
        expect(read(cuedChrono, text)).toEqual(read(chrono.casual, text));
      }),
      { numRuns: 400 },
    );
  });

  it('reads what chrono reads where month and weekday names touch other words', () => {
    // Names glued to what chrono's patterns may glue them to, and to words that only hold them.
    const words = [
      ...['march', 'Mar', 'may', 'MAY', 'June', 'sept.', 'Sep', 'dec', 'December', 'oct', 'jan.', 'nov'],
      ...['mon', 'Monday', 'wed', 'Thurs.', 'thu', 'fri', 'sat', 'sunday', 'weekend', 'weekday', 'week'],
      ...['market', 'junta', 'decided', 'doctor', 'month', 'showed', 'Africa', 'Sunni', 'novel', 'satellite', 'mayor'],
      ...['in', 'of', 'on', 'this', 'last', 'past', 'next', 'the', 'first', 'second', 'third', 'twenty', 'thirtieth'],
      ...['1st', '2nd', '3rd', '4th', '12', '2020', '1999', 'AD', 'BC', 'BE', 'BCE', 'CE', '5', '31', 'pm'],
    ];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom('', '', ' ', '-', ',', '.', '/', ', ')), { maxLength: 10 }), (picked) => {
        const text = picked.map(([w, gap]) => w + gap).join('');
        expect(read(cuedChrono, text)).toEqual(read(chrono.casual, text));
      }),
      { numRuns: 3000 },
    );
  });
});
