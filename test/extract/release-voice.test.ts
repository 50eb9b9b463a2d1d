import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const sources = (text: string, published = '2023-03-02') =>
  extract({ text, published }).claims.map((c) => [c.estimate, c.source?.name ?? null, c.rules?.source ?? '']);

// Invented releases and stories (no real body, place or figure of any corpus).
const briefing = [
  'Briefing notes on Velmaria',
  '',
  'Orsk Human Rights Office (OHRO)',
  'Spokesperson for the Orsk Human Rights Office: Tam Ellery',
  'Location: Orsk',
  '',
  'We are deeply troubled by the events of the past fortnight in Velmaria, where security forces have met protests with live fire.',
  '',
  'Information gathered by our Office indicates that at least 73 people have been killed, among them 9 children. More than 2,100 people have been detained.',
  '',
  'ENDS',
].join('\n');

const release = [
  'Velmaria: toll from protest crackdown climbs',
  '',
  'At least 57 people were killed during the crackdown, according to reports received by the Coastal Rights Federation. The organization fears the real number is higher.',
  '',
  'Witnesses said soldiers fired from rooftops.',
  '',
  'In the capital, the organization has recorded 21 deaths. Hundreds of people have been arrested since the protests began.',
  '',
  'Take action: write to the interior minister.',
].join('\n');

const story = [
  'Velmaria protests live: crowds defy curfew',
  '',
  '20:10',
  'Two more bodies were brought to Orsk General Hospital this evening, a hospital official told us, bringing the number of dead received there to nine.',
  '',
  '18:30',
  'Protests are now under way in at least 14 of the country\u2019s 20 provinces, according to a tally by our reporters.',
].join('\n');

const monitor = [
  'Monitor verifies 38 deaths in the north',
  'Orsk Monitoring Group',
  'Thursday, 5 March 2023',
  'The group has so far verified the identities of 38 people killed by security forces since the protests began. Our information indicates that the real number is higher.',
  '',
  'At least 400 people have been arrested in the northern provinces.',
].join('\n');

describe('release voice', () => {
  it('reads a monitor\'s own page ("our information") in the voice its header names', () => {
    expect(sources(monitor).map(([n, s]) => [n, s])).toEqual([
      [38, 'Orsk Monitoring Group'],
      [400, 'Orsk Monitoring Group'],
    ]);
  });

  it('gives a briefing note\u2019s unattributed figures to the body its header names', () => {
    expect(sources(briefing)).toEqual([
      [73, 'Orsk Human Rights Office', 'report-continues+release-voice'],
      [9, 'Orsk Human Rights Office', 'report-continues+release-voice'],
      [2100, 'Orsk Human Rights Office', 'report-continues+release-voice'],
    ]);
  });

  it('gives a release\u2019s figures to the body its lead names, and "the organization" to that body, not to witnesses', () => {
    const got = sources(release);
    expect(got.map(([n, s]) => [n, s])).toEqual([
      [57, 'Coastal Rights Federation'],
      [21, 'Coastal Rights Federation'],
      [100, 'Coastal Rights Federation'],
    ]);
  });

  it("gives what people told the releasing body's staff to those people, who assert it (not to the release)", () => {
    const text = briefing.replace('ENDS', 'Families in Orsk told our monitors that at least 23 young men have not been seen since their arrest.\n\nENDS');
    expect(sources(text).find(([n]) => n === 23)?.[1]).toBe('Families');
  });

  it('gives the figures a release tells as "we" to the body its lead has speaking today, past a quote', () => {
    const text = [
      'The Tarsk Civic Watch said today that it had documented the deaths of 27 people in the crackdown on protests in Orsk.',
      '',
      '"Every one of them had a family, and 12 more people were wounded," the Watch\u2019s director, Ilse Maren, said.',
      '',
      'We have also received credible reports that at least 900 people have been detained. Our data show that 85 of those detained are women.',
    ].join('\n');
    expect(sources(text).map(([n, s]) => [n, s])).toEqual([
      [27, 'Tarsk Civic Watch'],
      [12, 'Ilse Maren'],
      [900, 'Tarsk Civic Watch'],
      [85, 'Tarsk Civic Watch'],
    ]);
  });

  it('gives a statement\u2019s figures to the body its title line names', () => {
    const text = [
      'STATEMENT BY THE MINISTRY OF INTERIOR OF VELMARIA',
      '',
      'Yesterday, groups of rioters attacked public buildings in three cities. Law enforcement acted with restraint.',
      '',
      'As a result of the riots, 38 police officers were injured. Regrettably, 2 civilians lost their lives.',
    ].join('\n');
    expect(sources(text).map(([n, s]) => [n, s])).toEqual([
      [38, 'Ministry of Interior of Velmaria'],
      [2, 'Ministry of Interior of Velmaria'],
    ]);
  });

  it('gives a report excerpt\u2019s figures to the body its title line names', () => {
    const text = [
      'Velmaria: Annual Report 2025, Chapter 2',
      '',
      'Excerpt from the annual report of the Orsk Rights Observatory',
      '',
      'Between January and December, the Orsk Rights Observatory documented 41 killings in Velmaria.',
      '',
      'In Kessel, security forces killed eleven people, according to our records, and detained 230.',
    ].join('\n');
    expect(sources(text).map(([n, s]) => [n, s])).toEqual([
      [41, 'Orsk Rights Observatory'],
      [11, 'Orsk Rights Observatory'],
      [230, 'Orsk Rights Observatory'],
    ]);
  });

  it('gives a bulletin\u2019s figures to the body its "Issued by" line names, its list by district too', () => {
    const text = [
      'Weekly bulletin No. 6: election violence in Velmaria',
      '',
      'Issued by the Velmar Rights Forum (VRF), Orsk',
      '',
      'Twenty-three people were killed in election-related violence during the week.',
      '',
      'Deaths by district:',
      'Tarvo: 31 killed',
      'Kessel: 22 killed',
    ].join('\n');
    expect(sources(text).map(([n, s]) => [n, s])).toEqual([
      [23, 'Velmar Rights Forum'],
      [31, 'Velmar Rights Forum'],
      [22, 'Velmar Rights Forum'],
    ]);
  });

  it('gives a numbered bulletin\u2019s figures to the body its masthead names in capitals', () => {
    const text = [
      'KESSEL VALLEY MONITORING CENTRE',
      'Weekly Bulletin No. 12',
      'Data to 31 May | Published 4 June',
      'Fighting went on through May around the lakeside villages.',
      '',
      'At least 17 people were killed and 40 injured during the month.',
    ].join('\n');
    expect(sources(text).map(([n, s]) => [n, s])).toEqual([
      [17, 'Kessel Valley Monitoring Centre'],
      [40, 'Kessel Valley Monitoring Centre'],
    ]);
  });

  it('leaves a news story\u2019s own figures to the outlet, even when it says "told us"', () => {
    expect(sources(story).map(([n, s]) => [n, s])).toEqual([
      [2, 'hospital official'],
      [9, 'hospital official'],
      [14, null],
    ]);
  });
});
