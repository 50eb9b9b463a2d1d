/**
 * One figure told twice is one claim (ANNOTATION.md); two figures that happen to be the same
 * size are two. What tells them apart is who they count.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** The spans of one category's claims in a text. */
const spansOf = (category: string) => (text: string) =>
  extract({ text, published: '2023-09-01' })
    .claims.filter((c) => c.category === category)
    .map((c) => c.span.text);
const killed = spansOf('killed');

describe('repeated figures', () => {
  it('keeps one claim when a figure is restated with a word that names no one in particular', () => {
    expect(killed('Three dead after a mine collapse in the hills.\n\nThree miners were killed when the shaft gave way, the company said.')).toHaveLength(1);
    expect(killed('Officials said 14 people were killed in the floods. The 14 victims included a teacher.')).toHaveLength(1);
    // ("Six police officers" and "six officers": one kind of people, counted once.)
    expect(killed('Six police officers among dead in Sarn protests\n\nSARN - Police spokesman Ivo Brandt said six officers had been killed.')).toHaveLength(1);
  });

  it('keeps one claim, its first span and teller, when a bound is restated exactly by the same teller further on', () => {
    const text =
      'The Orvan Rights Network said at least 61 people had been killed since the vote. The network said the 61 deaths had all been documented by its field teams.';
    const claims = extract({ text, published: '2023-09-01' }).claims.filter((c) => c.category === 'killed');
    expect(claims.map((c) => [c.span.text, c.qualifier, c.source?.name])).toEqual([['at least 61 people had been killed', 'at_least', 'Orvan Rights Network']]);
    // (Another teller's figure of that size, or a place's figure after a figure with no place, is a figure of its own.)
    expect(killed('Police said at least 12 people were killed. Hospital staff in Kessel said 12 people had died there.')).toHaveLength(2);
    expect(killed('At least 12 people were killed on Monday, police said. In Mombasa, police said 12 people were killed.')).toHaveLength(2);
  });

  it('keeps two claims when people as a group tell a figure of the size another teller gave', () => {
    const text =
      'Four more people were shot dead today, said Dr Ada Okafor, who runs the emergency ward.\n\nIn Velmar, witnesses say soldiers fired on marchers near the market, killing four.';
    expect(killed(text)).toHaveLength(2);
    // (A role and the person who holds it may be one teller: "the interior minister" and the minister by name.)
    expect(
      killed('The interior minister said 112 people were killed.\n\nInterior Minister Eduardo Quiroga told reporters on Friday that 112 people were killed.'),
    ).toHaveLength(1);
  });

  it('keeps one claim when a headline in the country restates a lead in its cities, or drops the lead\'s "about"', () => {
    expect(
      killed(
        'Velmar police kill at least six as protests resume\n\nKESSEL (Wire) - Police shot dead at least six people on Wednesday as protests flared again in Kessel and in the west, rights groups said.',
      ),
    ).toHaveLength(1);
    expect(killed('Norvel dismisses report that 900 were killed\n\nThe government rejected a report that about 900 people were killed.')).toHaveLength(1);
  });

  it('keeps the first teller of a figure a later speaker names as the whole of a partitive', () => {
    const text = [
      'Court jails four over Kessel market bombing that killed 23',
      '',
      'A judge on Friday convicted four men over the bombing of the Kessel market, an attack that killed 23 people.',
      '',
      'Justice Ivo Marren read his judgment for three hours. Of the 23 dead, he noted, five were children.',
    ].join('\n');
    const claims = extract({ text, published: '2023-09-01' }).claims.filter((c) => c.category === 'killed');
    expect(claims.map((c) => [c.estimate, c.source?.name ?? null])).toEqual([
      [23, null],
      [5, 'Ivo Marren'],
    ]);
  });

  it('keeps one claim when the lead restates the headline\u2019s figure with a place of its own, and gives it the lead\u2019s teller', () => {
    const text = [
      'Greece: 31 bodies recovered after boat sinks south of Crete',
      '',
      'ATHENS - Coastguard crews have recovered 31 bodies after a boat carrying migrants from Libya capsized, officials said, with dozens of people still missing.',
    ].join('\n');
    const claims = extract({ text, published: '2023-09-01' }).claims.filter((c) => c.category === 'killed');
    expect(claims.map((c) => [c.estimate, c.source?.name ?? null])).toEqual([[31, 'officials']]);
  });

  it('keeps one claim when "all nine" refers to the nine just counted, whoever says it', () => {
    const text =
      'The shaft is operated by Orsk Copper Mining Ltd., which employs 900 people. By noon, the company said nine others had been brought to the surface with injuries. Company spokesperson Ana Velk said all nine were in stable condition.';
    expect(spansOf('injured')(text)).toEqual(['nine others had been brought to the surface with injuries']);
  });

  it('keeps two claims when the second figure counts the rest ("the remaining nine killings")', () => {
    const text =
      'The Orsk Rights Observatory documented 30 killings. In Kessel, security forces killed nine people, according to its records. The remaining nine killings occurred in three other provinces.';
    expect(killed(text)).toEqual(['30 killings', 'nine people', 'nine killings']);
  });

  it('keeps two claims when a vague figure is told again further on, one for each crowd', () => {
    const crowds = spansOf('participants');
    const text = [
      'Thousands of farmers marched on the capital on Monday, the union said.',
      'Police fired tear gas at the march. The union said its leaders would meet ministers.',
      'Thousands of people marched in Orvel on Wednesday in support of the government.',
    ].join('\n\n');
    expect(crowds(text)).toHaveLength(2);
    // (The next sentence telling the crowd again is one crowd.)
    expect(crowds('Thousands rally in Orvel\n\nThousands of people filled the streets of Orvel on Monday.')).toHaveLength(1);
  });

  it('keeps two claims when figures of one size count different people', () => {
    const text = [
      'On 2 May 2022, gunmen ambushed a convoy near the river crossing, killing 3 soldiers.',
      'On 9 May 2022, a roadside bomb killed three children walking to school in the next district.',
      'Two policemen lost their lives in a separate attack, and 2 farmers were shot dead in their fields.',
    ].join('\n');
    expect(killed(text)).toHaveLength(4);
  });
});
