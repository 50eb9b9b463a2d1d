import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities.js';

const one = (text: string) => {
  const qs = findQuantities(text);
  expect(qs, `quantities in "${text}"`).toHaveLength(1);
  const q = qs[0]!;
  return { low: q.low, high: q.high, estimate: q.estimate, qualifier: q.qualifier, hedged: q.hedged, span: q.span.text };
};

describe('quantities', () => {
  it('reads "rose by N to M" as a change and its result, not a range', () => {
    const qs = findQuantities('the number of injured went up by over a hundred to 352');
    expect(qs.map((q) => [q.low, q.high, q.qualifier])).toEqual([
      [100, null, 'more_than'],
      [352, 352, 'exact'],
    ]);
  });

  it('reads an age after "of" on a noun of people as no count ("boys of 15 or 16 who"), not the people counted after it', () => {
    expect(findQuantities('at least six were teenagers, boys of 15 or 16 who carry stones').map((q) => q.estimate)).toEqual([6]);
    expect(findQuantities('a man of 40 was shot dead')).toEqual([]);
    expect(findQuantities('relatives of 40 detainees gathered').map((q) => q.estimate)).toEqual([40]);
  });

  it('reads a word figure before "may" or "March" as a figure, a day number before a month as a date', () => {
    expect(findQuantities('Dozens may have been killed').map((q) => q.estimate)).toEqual([12]);
    expect(findQuantities('12 may have died').map((q) => q.estimate)).toEqual([12]);
    expect(findQuantities('Thousands March on the capital').map((q) => q.estimate)).toEqual([1000]);
    expect(findQuantities('on 12 May and 3 March')).toEqual([]);
  });

  it('reads a figure after any form of a verb of passing a mark as a floor', () => {
    for (const text of ['the count passes 500', 'arrests crossing the 2,000 mark', 'a toll that tops 90', 'deaths exceeding the 300 mark']) {
      expect(
        findQuantities(text).map((q) => q.qualifier),
        text,
      ).toEqual(['more_than']);
    }
  });

  it('reads a figure a toll could reach as a ceiling', () => {
    expect(one('the union feared the final toll could reach 20')).toMatchObject({ low: null, high: 20, qualifier: 'up_to' });
    expect(one('officials warned it may rise to 300')).toMatchObject({ low: null, high: 300, qualifier: 'up_to' });
  });

  it('reads a number after a full date as a figure: the year closes the date', () => {
    expect(findQuantities('On 14 August 2023, 4 farmers were shot').map((q) => q.estimate)).toEqual([4]);
    expect(findQuantities('On August 14, 2023, 4 farmers were shot').map((q) => q.estimate)).toEqual([4]);
    // Without a year the days continue the date.
    expect(findQuantities('between August 14 and 16, 40 were shot').map((q) => q.estimate)).toEqual([40]);
    expect(findQuantities('on August 14 and 16')).toEqual([]);
    // What a place can hold is no count of who was there.
    expect(findQuantities('an arena built to hold 30,000')).toEqual([]);
    // (An abbreviated month's full stop, a token of its own, keeps the date going.)
    expect(findQuantities('on Aug. 14 and 15, injuring 60').map((q) => q.estimate)).toEqual([60]);
  });

  it('reads a number after a comma that words of its own follow as a figure, not a day of the date', () => {
    expect(findQuantities('On 14 May, 3 police officers were killed').map((q) => q.estimate)).toEqual([3]);
    expect(findQuantities('On 3 October, 2 children died').map((q) => q.estimate)).toEqual([2]);
    expect(findQuantities('On July 9, 7 were wounded').map((q) => q.estimate)).toEqual([7]);
    // A day that a connector or a month follows still continues the date.
    expect(findQuantities('on October 1, 2.')).toEqual([]);
    expect(findQuantities('on October 1, 2 and the next day')).toEqual([]);
  });

  it('reads "ranged from N to M" as one spread of estimates, "rose from N to M" as two figures', () => {
    expect(findQuantities('estimates of the dead ranged from 74 to 90').map((q) => [q.low, q.high, q.qualifier])).toEqual([[74, 90, 'range']]);
    expect(findQuantities('a crowd anywhere from 2,000 to 3,000').map((q) => [q.low, q.high, q.qualifier])).toEqual([[2000, 3000, 'range']]);
    expect(findQuantities('the toll rose from 74 to 90').map((q) => [q.low, q.high])).toEqual([
      [74, 74],
      [90, 90],
    ]);
  });

  it.each([
    ['at least 208 people', { low: 208, high: null, estimate: 208, qualifier: 'at_least', span: 'at least 208' }],
    ['over 12,000 detainees', { low: 12000, high: null, estimate: 12000, qualifier: 'more_than', span: 'over 12,000' }],
    ['more than 1,000 killed', { low: 1000, high: null, estimate: 1000, qualifier: 'more_than' }],
    ['has surpassed the 1,000 mark', { low: 1000, high: null, qualifier: 'more_than', span: 'surpassed the 1,000 mark' }],
    ['the toll could exceed 200', { low: 200, high: null, qualifier: 'more_than', span: 'exceed 200' }],
    ['the number of dead could pass 30', { low: 30, high: null, qualifier: 'more_than', span: 'could pass 30' }],
    ['expected to top 100', { low: 100, high: null, qualifier: 'more_than', span: 'to top 100' }],
    ['nearly 6,000 people', { low: null, high: 6000, estimate: 6000, qualifier: 'up_to' }],
    ['deaths approaching 200', { low: null, high: 200, estimate: 200, qualifier: 'up_to' }],
    ['a number closer to 7,000', { low: 7000, high: 7000, estimate: 7000, qualifier: 'about' }],
    ['as many as 9,900 people', { low: null, high: 9900, estimate: 9900, qualifier: 'up_to' }],
    // A bound before an approximation bounds the figure.
    ['no more than about 4,000 people', { low: null, high: 4000, estimate: 4000, qualifier: 'up_to', span: 'no more than about 4,000' }],
    ['at least some 300 people', { low: 300, high: null, estimate: 300, qualifier: 'at_least' }],
    ['a death toll of up to 115', { low: null, high: 115, estimate: 115, qualifier: 'up_to' }],
    ['Death toll from Iraq unrest up to 30 people', { low: 30, high: 30, estimate: 30, qualifier: 'exact' }],
    // "up" a particle of a verb that moves a count; a comparative is a floor.
    ['the number missing had been revised up to 27', { low: 27, high: 27, estimate: 27, qualifier: 'exact' }],
    ['the number of dead may be higher than six', { low: 6, high: null, estimate: 6, qualifier: 'more_than' }],
    ['about 7,000 protesters', { low: 7000, high: 7000, estimate: 7000, qualifier: 'about' }],
    ['a 5,000-strong crowd', { low: 5000, high: 5000, estimate: 5000 }],
    // A space lost before a noun of people keeps the count.
    ['at least 300people', { low: 300, high: null, estimate: 300 }],
    ['Some 7,939 people', { low: 7939, high: 7939, qualifier: 'about' }],
    ['fewer than 50 people', { low: null, high: 50, estimate: 50, qualifier: 'fewer_than' }],
    ['between 180 and 450 people', { low: 180, high: 450, estimate: 180, qualifier: 'range', span: 'between 180 and 450' }],
    ['180 to 450 people', { low: 180, high: 450, estimate: 180, qualifier: 'range' }],
    // Thousands separators make joined digit groups counts, not a date or a code.
    ['between 10,000-15,000 people died', { low: 10000, high: 15000, estimate: 10000, qualifier: 'range', span: 'between 10,000-15,000' }],
    ['killed by 20 to 30 gunmen', { low: 20, high: 30, qualifier: 'range' }],
    ['the unofficial death count 900+', { low: 900, high: null, estimate: 900, qualifier: 'more_than', span: '900+' }],
    ['1.5 million people', { low: 1_500_000, high: 1_500_000, qualifier: 'exact' }],
    ['Eighty people', { low: 80, high: 80, qualifier: 'exact' }],
    ['twenty-five people', { low: 25, high: 25 }],
    ['one hundred and fifty people', { low: 150, high: 150 }],
    ['dozens of arrests', { low: 12, high: null, estimate: 12, qualifier: 'vague' }],
    ['hundreds are missing', { low: 100, high: null, estimate: 100, qualifier: 'vague' }],
    ['thousands were wounded', { low: 1000, high: null, estimate: 1000, qualifier: 'vague' }],
    ['tens of thousands of protesters', { low: 10000, high: null, estimate: 10000, qualifier: 'vague' }],
    ['hundreds of thousands of people', { low: 100000, estimate: 100000, qualifier: 'vague' }],
    ['scores of people', { low: 20, estimate: 20, qualifier: 'vague' }],
    ['several people', { low: 3, estimate: 3, qualifier: 'vague' }],
    ['a dozen people', { low: 12, high: 12, qualifier: 'about' }],
    ['over a dozen people', { low: 12, high: null, qualifier: 'more_than' }],
    [
      'killing perhaps thousands and thousands of people',
      { low: 1000, estimate: 1000, qualifier: 'vague', hedged: true, span: 'perhaps thousands and thousands' },
    ],
  ])('%s', (text, expected) => {
    expect(one(text)).toMatchObject(expected);
  });

  it.each([
    ['Around 70 percent of the deaths'],
    ['damage of $5 million'],
    ['a fine of 500 dollars'],
    ['relief of Rs. 5,000 to each family'],
    ['during the November 2019 uprising'],
    ['on October 1'],
    ['Tue 22nd October'],
    ['at 10:54'],
    ['A 17-year-old boy'],
    ['in a 32-page report'],
    ['according to the news site 24vesti'],
    ['its 45-bed field hospital'],
    ['Zakir Hossain, 29, was shot'],
    ['over the past 3 days'],
    ['day 20 of the uprising'],
    ['the COVID-19 pandemic'],
    ['only around one-tenth were charged'],
    ['published 2023-01-10 in print'],
    ['With these four, the death toll rose'],
    ['in Situation Report No. 2'],
    ['the magnitude 6.1 earthquake'],
    ['attacked the camp at around two in the morning'],
    ["by 3 o'clock"],
    ['offered a 5-million-peso reward'],
    // Money by WordNet's monetary units, plural or after a country's mark.
    ['the price of rice (25,000 CFA francs per sack)'],
    ['fined 50,000 naira each'],
    ['a bail of 2,000 shillings'],
  ])('is not a count: %s', (text) => {
    expect(findQuantities(text)).toEqual([]);
  });

  it('keeps a figure before a unit of money whose name is an everyday word as a count', () => {
    expect(one('12 sent to hospital').estimate).toBe(12);
  });

  it('survives absurd numbers without throwing', () => {
    expect(() => findQuantities(`${'9'.repeat(10_000)} people were killed`)).not.toThrow();
    expect(findQuantities(`${'9'.repeat(10_000)} people`)).toEqual([]);
  });
});

describe('times are not counts', () => {
  it.each([['at 10:54 local time'], ['from 10 a.m. to 5 p.m.']])('%s', (text) => {
    expect(findQuantities(text)).toEqual([]);
  });

  it('reads a total and its breakdown after a spaced colon as counts', () => {
    expect(findQuantities('police put the number of dead at 49: 41 at the mosque').map((q) => q.low)).toEqual([49, 41]);
  });

  it('reads no count in a range of ages, and one vague figure in a spread of vague amounts', () => {
    expect(findQuantities('The dead, aged between 17 and 45, were buried; the ages of 18 to 30; aged from 9 to 60.')).toEqual([]);
    expect(findQuantities('Between 30 and 40 people died.').map((q) => [q.low, q.high])).toEqual([[30, 40]]);
    // An age a copula states, and the later ages of a list joined by "or", are no counts either.
    expect(findQuantities('The average age of those arrested is 17.')).toEqual([]);
    expect(findQuantities('the youngest of whom was 12')).toEqual([]);
    // Ages spelled out, and a decade of age after its owner.
    expect(findQuantities('Victims ranged in age from three to 71.')).toEqual([]);
    expect(findQuantities('a woman in her 20s and men in their early thirties')).toEqual([]);
    expect(findQuantities('55 of them aged 16 or 17.').map((q) => q.low)).toEqual([55]);
    // A number on a noun of people after one age, or after a list of ages, counts them.
    expect(findQuantities('including 15 under the age of 18 and 3 women').map((q) => q.low)).toEqual([15, 3]);
    expect(findQuantities('two girls, aged 14 and 15, and one man').map((q) => q.low)).toEqual([2, 1]);
    // "some" counts a few members of a body, not people at large.
    expect(findQuantities('as well as some members of the security forces').map((q) => [q.low, q.qualifier])).toEqual([[3, 'vague']]);
    expect(findQuantities('some protesters said the police fired first')).toEqual([]);
    expect(one('crowds ranging from hundreds to thousands')).toMatchObject({ low: 100, high: null, qualifier: 'vague' });
  });
});

describe('four-digit figures: years, and levels a count stands at', () => {
  it('reads a level a toll stands at, rises to or reaches as a count, bracketed or not', () => {
    expect(findQuantities('By 4 June, the number of people killed stands at (1870).').map((q) => q.low)).toEqual([1870]);
    expect(findQuantities('The death toll rose to 1940 on Monday.').map((q) => q.low)).toEqual([1940]);
    expect(findQuantities('The toll reached 1815 by the end of the month.').map((q) => q.low)).toEqual([1815]);
  });

  it('keeps years as years', () => {
    expect(findQuantities('In 1988 students rose up; unrest rose to 2019 levels.')).toEqual([]);
    expect(findQuantities('the union (1988) called a strike')).toEqual([]);
  });
});

describe('fractions, "a few" with a scale, and hyphenated ranges', () => {
  it('reads a fraction of a scale word as that share of it', () => {
    expect(one('about half a million marchers')).toMatchObject({ low: 500000, high: 500000, qualifier: 'about', span: 'about half a million' });
    expect(one('a quarter of a million people')).toMatchObject({ low: 250000, span: 'a quarter of a million' });
    expect(one('half a dozen guards')).toMatchObject({ low: 6, qualifier: 'about' });
    // A fraction of a group is no count.
    expect(findQuantities('half the protesters and a quarter of the dead')).toEqual([]);
  });

  it('reads a whole number and a fraction before a scale as one figure, and a measure with a fraction as none', () => {
    expect(one('nearly three and a half million people')).toMatchObject({ low: null, high: 3500000, span: 'nearly three and a half million' });
    expect(one('some 4 and a half thousand marchers')).toMatchObject({ low: 4500, span: 'some 4 and a half thousand' });
    expect(findQuantities('was sentenced to eight and a half years in prison')).toEqual([]);
    expect(findQuantities('a march of three and a half hours')).toEqual([]);
  });

  it('reads "a few" and "a handful of" with or without a scale as 3 of the unit', () => {
    expect(one('a few hundred teachers')).toMatchObject({ low: 300, high: null, qualifier: 'vague', span: 'a few hundred' });
    expect(one('A few villagers')).toMatchObject({ low: 3, qualifier: 'vague' });
    expect(one('a handful of nurses')).toMatchObject({ low: 3, span: 'a handful of' });
    expect(findQuantities('within a few days')).toEqual([]);
  });

  it('reads two figures joined by a hyphen as a range when the second is larger', () => {
    expect(one('300-400 people')).toMatchObject({ low: 300, high: 400, qualifier: 'range', span: '300-400' });
    expect(one('between 25-30 wounded')).toMatchObject({ low: 25, high: 30, qualifier: 'range' });
    expect(findQuantities('on 2020-11-05 and in the 2019-20 season')).toEqual([]);
  });

  it('keeps a vague amount after "in the"/"into the" ("numbering in the thousands")', () => {
    expect(one('numbering in the thousands')).toMatchObject({ low: 1000, qualifier: 'vague', span: 'thousands' });
    expect(findQuantities('the thousands of people held')).toEqual([]);
  });

  it('reads no count in digits glued to a word nor in the first day of a span of days', () => {
    expect(findQuantities('ORSK (Velmar24) \u2013 Soldiers killed 9 people.').map((q) => q.estimate)).toEqual([9]);
    expect(findQuantities('at least 48 people were killed between 16 and 19 November').map((q) => q.estimate)).toEqual([48]);
  });
});
