import { describe, expect, it } from 'vitest';
import { claimsInSentence } from '../../src/extract/claims.js';
import { extract } from '../../src/extract/index.js';

const claims = (text: string) =>
  claimsInSentence({ start: 0, end: text.length, text, paragraph: 0 }, 0).map((c) => ({
    category: c.category,
    estimate: c.estimate,
    who: c.who,
    hedged: c.hedged,
    span: c.span.text,
  }));

/** Each claim of a whole report (dated 1 May 2024) as [category, estimate]. */
const extractedCounts = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate]);
/** Each claim of one sentence as [category, estimate]. */
const sentenceCounts = (text: string) => claims(text).map((c) => [c.category, c.estimate]);

describe('claims: tying figures to categories', () => {
  it('reads a figure alone in brackets as a count of the noun beside it (parenthesised-count)', () => {
    const listed = extract({ text: 'The monitor lists deaths (1,204) and detainees (6,318).' }).claims;
    expect(listed.map((c) => [c.category, c.estimate, c.rules?.category])).toEqual([
      ['killed', 1204, 'parenthesised-count'],
      ['detained', 6318, 'parenthesised-count'],
    ]);
    // A four-digit figure in brackets is a count, not a year, beside a noun of people.
    expect(claims('Miners (1204) were killed in the crackdown.').map((c) => [c.category, c.estimate, c.who])).toEqual([['killed', 1204, 'miners']]);
    // A noun of people before the plural head it modifies is part of who they are.
    expect(claims('Six police officers were killed on Monday.').map((c) => c.who)).toEqual(['police officers']);
    expect(claims('In all, (1204) people have been killed by the army.').map((c) => [c.category, c.estimate])).toEqual([['killed', 1204]]);
    expect(claims('Since then 1204 people have been killed.').map((c) => [c.category, c.estimate])).toEqual([['killed', 1204]]);
    // A year stays a year.
    expect(claims('In 1988 students rose up.')).toEqual([]);
    expect(claims('The union (1988) marched again.')).toEqual([]);
  });

  it('reads a figure a count noun puts "at" as that count\u2019s value, whatever follows it (count-value)', () => {
    // ("… at 10 and says …": a conjunction before a verb of speech is no noun of speakers.)
    expect(sentenceCounts('The government puts the toll at 10 and says 97 police officers are among the injured.')).toEqual([
      ['killed', 10],
      ['injured', 97],
    ]);
    expect(sentenceCounts('The ministry puts the toll at 40 and many are in hospital.')).toEqual([['killed', 40]]);
    expect(extract({ text: 'The ministry puts the toll at 40 and many are in hospital.' }).claims[0]!.rules?.category).toBe('count-value');
  });

  it('reads the places where harms the subject names took place as places affected', () => {
    expect(sentenceCounts('The killings took place in at least 23 towns and cities as the parade went ahead.')).toEqual([['places', 23]]);
    expect(sentenceCounts('The arrests occurred in 12 provinces.')).toEqual([['places', 12]]);
  });

  it('reads mourners at a funeral as a crowd, not the dead', () => {
    expect(sentenceCounts('Funerals for the victims drew thousands of mourners.')).toEqual([['participants', 1000]]);
    expect(sentenceCounts('Hundreds of mourners followed the coffin through the town.')).toEqual([['participants', 100]]);
  });

  it('reads a sentence to death as a judgement, not a death (judicial-outcome)', () => {
    expect(claims('In all, 64 have been sentenced to death, the monitor said.')).toEqual([]);
    expect(claims('The tribunal condemned 14 strikers to death on Monday.')).toEqual([]);
    expect(extract({ text: 'A student was sentenced to death in absentia.' }).claims).toEqual([]);
    // A death by violence still counts.
    expect(claims('Five miners were beaten to death.').map((c) => [c.category, c.estimate])).toEqual([['killed', 5]]);
  });

  it('reads a neutral "victims" as the harm its paragraph counted last', () => {
    const injured = extract({
      text: 'The clinic has treated 820 wounded since the march. Most victims are students (512), though workers (96) also feature.',
    }).claims;
    expect(injured.map((c) => [c.category, c.estimate])).toEqual([
      ['injured', 820],
      ['injured', 512],
      ['injured', 96],
    ]);
    expect(injured[1]!.rules?.category).toBe('victims-of-before');
    // With no injured count before it, "victims" still reads as deaths.
    const killed = extract({ text: 'The storm hit the coast on Monday. Most victims were fishermen, 41 in all.' }).claims;
    expect(killed.map((c) => c.category)).toEqual(['killed']);
    // A new paragraph does not carry the harm over.
    const apart = extract({ text: 'The clinic has treated 820 wounded since the march.\n\nThe victims numbered 17 by Friday.' }).claims;
    expect(apart.map((c) => [c.category, c.estimate])).toEqual([
      ['injured', 820],
      ['killed', 17],
    ]);
  });

  it('reads the value of a crowd measure as participants (crowd-measure)', () => {
    const measured = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category]);
    expect(measured('Organisers put the turnout at 80,000 people on Saturday.')).toEqual([['participants', 80000, 'crowd-measure']]);
    expect(measured('The number of marchers ran into hundreds of thousands.')).toEqual([['participants', 100000, 'crowd-measure']]);
    expect(measured('Demonstrators numbered about 4,000 by noon.')).toEqual([['participants', 4000, 'crowd-measure']]);
    // A harm word between the measure and the figure makes it a toll, and a small figure counts no crowd.
    expect(measured('The number of marchers killed rose to 130.')).toEqual([['killed', 130, 'counted-subject']]);
    expect(measured('Organisers put the turnout at 40 people.')).toEqual([]);
  });

  it('reads the predicate past a participle phrase that describes the figure (predicate-after-modifier)', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category]);
    expect(found('In the capital, thousands of students draped in flags marched to the palace.')).toEqual([['participants', 1000, 'predicate-after-modifier']]);
    expect(found('Nine miners buried by the slide died overnight.')).toEqual([['killed', 9, 'predicate-after-modifier']]);
    expect(found('Nine miners trapped in the shaft died overnight.')).toEqual([['killed', 9, 'predicate-after-modifier']]);
    // A verb of the figure's own, or a relative clause that holds the cue, is no such phrase.
    expect(found('About 900 inmates escaped from the jail where they were held.')).toEqual([]);
  });

  it('ties detention and disappearance by their verbs and nouns ("seized", "whereabouts")', () => {
    const found = extractedCounts;
    expect(found('Police detained 40 marchers, and 17 were seized at the border.')).toEqual([
      ['detained', 40],
      ['detained', 17],
    ]);
    expect(found('Officers seized 23 students outside the university.')).toEqual([['detained', 23]]);
    expect(found('Customs officers seized 300 kilograms of heroin and 12 trucks.')).toEqual([]);
    expect(found('The whereabouts of 14 activists remain unknown.')).toEqual([['missing', 14]]);
    expect(found('Relatives of 30 people whose whereabouts are unknown held a vigil.')).toEqual([['missing', 30]]);
    expect(found('The whereabouts of the convoy were announced by 3 officials.')).toEqual([]);
  });

  it("gives a figure that refers back to the paragraph's last claim that claim's category (part-of-previous)", () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.scope, c.rules?.category]);
    expect(found('The agency put the toll at 73. Of those, 19 were women.')[1]).toEqual(['killed', 19, 'part', 'part-of-previous']);
    expect(found('Some 240 students were detained. Among them were 31 minors.')[1]).toEqual(['detained', 31, 'part', 'part-of-previous']);
    expect(found('At least 88 people were wounded. They included 9 medics.')[1]).toEqual(['injured', 9, 'part', 'part-of-previous']);
    // A predicate of its own that is no harm, or a new paragraph, ends the reference.
    expect(found('Some 240 students were detained. Of them, 200 were later released.')).toHaveLength(1);
    expect(found('Some 240 students were detained.\n\nAmong them were 31 minors.')).toHaveLength(1);
  });

  it('reads a participle inside the counted noun phrase as a modifier ("one reported death", "three armed men")', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.who]);
    expect(found('The monitor listed dozens of detainees and one reported death after the vote.')).toEqual([
      ['detained', 12, 'people'],
      ['killed', 1, 'people'],
    ]);
    expect(found('Officials gave 14 confirmed deaths on Monday.')).toEqual([['killed', 14, 'people']]);
    expect(found('Four armed men were arrested at the checkpoint.')).toEqual([['detained', 4, 'armed men']]);
    expect(found('Two unidentified women were killed in the raid.')).toEqual([['killed', 2, 'unidentified women']]);
  });

  it("counts no victims in a court's object, and continues a crowd only into crowd-sized figures", () => {
    const found = extractedCounts;
    expect(found('The tribunal sentenced 14 men to death on Tuesday.')).toEqual([]);
    expect(found('Prosecutors charged 61 people with rioting, and 3 officers were injured.')).toEqual([['injured', 3]]);
    expect(found('Over 3,000 people attended the funeral of the 11 victims.')).toEqual([['participants', 3000]]);
    expect(found('Thousands marched in the capital and hundreds in the port city.')).toEqual([
      ['participants', 1000],
      ['participants', 100],
    ]);
  });

  it('reads detention in a place of detention, deaths in bodies, drownings and lives claimed past a qualifier', () => {
    const found = extractedCounts;
    expect(found('Lawyers say more than 1,400 people are behind bars.')).toEqual([['detained', 1400]]);
    expect(found('Nearly 2,000 remain in jail a year on.')).toEqual([['detained', 2000]]);
    expect(found('The bodies of 23 people were pulled from the river.')).toEqual([['killed', 23]]);
    expect(found('Some 40 migrants are believed to have drowned.')).toEqual([['killed', 40]]);
    expect(found('The crackdown has claimed at least 300 lives.')).toEqual([['killed', 300]]);
    // A harm the figure escaped, a prison's count and lives saved are none.
    expect(found('Fishermen saved 30 people from drowning.')).toEqual([]);
    expect(found('The state built 3 prisons in the north.')).toEqual([]);
    expect(found('Medics saved more than 300 lives.')).toEqual([]);
  });

  it("gives the part of a partitive the whole's predicate (partitive-subject), and forces no crowd", () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category]);
    expect(found('At least 3 of the 5 suspects were arrested on Friday.')).toEqual([['detained', 3, 'partitive-subject']]);
    expect(found('Two of the 12 marchers died in hospital.')).toEqual([['killed', 2, 'partitive-subject']]);
    // A harm participle right after the whole describes the whole; a harm noun keeps both figures.
    expect(found('Nine of the 14 students detained on Monday were released.')).toEqual([['detained', 14, 'predicate-after']]);
    expect(found('Five of the 20 deaths were children.').map((c) => c[1])).toEqual([5, 20]);
    // Forces sent against a crowd are no crowd.
    expect(found('Tens of thousands of police officers were mobilised.')).toEqual([]);
  });

  it('reads the value of a figure noun ("the figure of 100 given by officials") as the harm under way (earlier-figure)', () => {
    expect(sentenceCounts('The agency said 410 people were feared dead, far above the figure of 60 given by village elders.')).toEqual([
      ['killed', 410],
      ['killed', 60],
    ]);
    expect(sentenceCounts('The ministry lowered the toll to 52, saying an earlier count of 58 released by a hospital was wrong.')).toEqual([
      ['killed', 52],
      ['killed', 58],
    ]);
    // (A verb of its own after the value decides, as for any figure.)
    expect(sentenceCounts('Nine people died; a tally of 40 were arrested.')).toEqual([
      ['killed', 9],
      ['detained', 40],
    ]);
  });

  it('reads a count of time right after a figure as when it held, not what it counts ("143 six days later")', () => {
    expect(sentenceCounts('The death toll rose to 97 two weeks later.')).toEqual([['killed', 97]]);
    expect(sentenceCounts("The group's tally of the dead reached 61 on 3 May and 88 three days later.")).toEqual([
      ['killed', 61],
      ['killed', 88],
    ]);
  });

  it('reads death tolls in the plural ("tolls ranged from 74 to 90")', () => {
    const found = extract({ text: 'On the worst day, tolls ranged from 74 to 90.', published: '2024-05-01' }).claims;
    expect(found.map((c) => [c.category, c.low, c.high, c.qualifier])).toEqual([['killed', 74, 90, 'range']]);
  });

  it('reads one person set off in apposition after a name ("Sami Aziz, a 19-year-old student, died")', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category]);
    expect(found('Sami Aziz, a 19-year-old student, died in hospital on Friday.')).toEqual([['killed', 1, 'one-person']]);
    expect(found('A 19-year-old student, Sami Aziz, died in hospital on Friday.')).toEqual([['killed', 1, 'one-person']]);
  });

  it('counts the dead in a participle of death before a person noun ("6 fallen heroes", "two slain reporters")', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.who]);
    expect(found('The monitor documented 6 fallen heroes on Sunday.')).toEqual([['killed', 6, 'heroes']]);
    expect(found('Police named two slain reporters.')).toEqual([['killed', 2, 'reporters']]);
    expect(found('Twelve fallen trees blocked the road.')).toEqual([]);
  });

  it('reads a gathering word right after a crowd figure as its verb ("Thousands rally against the law")', () => {
    const found = extractedCounts;
    expect(found('Thousands rally against the new law')).toEqual([['participants', 1000]]);
    expect(found('Tens of thousands march in the capital')).toEqual([['participants', 10000]]);
    expect(found('Hundreds protest the verdict')).toEqual([['participants', 100]]);
    // Before a person noun the word is a modifier.
    expect(found('12 protest leaders were arrested on Monday.')).toEqual([['detained', 12]]);
    expect(found('Dozens may have been killed in the clashes.')).toEqual([['killed', 12]]);
  });

  it.each([
    [
      'At least 433 were killed, and thousands were wounded.',
      [
        ['killed', 433],
        ['injured', 1000],
      ],
    ],
    ['So far, 255 deaths have been reported in protest-related incidents.', [['killed', 255]]],
    [
      'The total number of killed outside of protest violence was 183; another 27 were found in a mass grave.',
      [
        ['killed', 183],
        ['killed', 27],
      ],
    ],
    [
      'The unrest has led to a death toll of up to 115 and over 1,500 injuries.',
      [
        ['killed', 115],
        ['injured', 1500],
      ],
    ],
    [
      'Nearly 8,000 people were arrested and dozens died throughout Kazakhstan last week.',
      [
        ['detained', 8000],
        ['killed', 12],
      ],
    ],
    [
      'Hundreds of people have been detained and dozens injured in nationwide protests.',
      [
        ['detained', 100],
        ['injured', 12],
      ],
    ],
    ['Anjuman Mufidul Islam, a local welfare organization, buried 21 bodies.', [['killed', 21]]],
    ['Latest reports indicate the nationwide protests reached at least 189 cities across the country.', [['places', 189]]],
    [
      'The majority of those injured — 1,493 people — was registered in Baghdad, while 90 people were injured in Dhi Qar, 10 people in the Wasit province.',
      [
        ['injured', 1493],
        ['injured', 90],
        ['injured', 10],
      ],
    ],
    ['Iran is killing perhaps thousands and thousands of people right now.', [['killed', 1000]]],
    ['Iran’s official news agency reported a revenge killing of a security officer by a resident.', [['killed', 1]]],
    ['A 17-year-old boy, Mohammad Emon, died at the hospital.', [['killed', 1]]],
    ['The violence has claimed 164 lives, according to the latest government figures.', [['killed', 164]]],
    ['Tens of thousands of protesters marched through the capital.', [['participants', 10000]]],
    ['Five journalists were executed last year.', [['executed', 5]]],
    ['More than 200,000 people have been displaced by the fighting.', [['displaced', 200000]]],
    [
      'Officials said 23 miners and also two rescuers have lost their lives underground.',
      [
        ['killed', 23],
        ['killed', 2],
      ],
    ],
    [
      'Inspectors believe three of the 14 deaths at the depot were caused by guards.',
      [
        ['killed', 3],
        ['killed', 14],
      ],
    ],
    [
      'Seven of the 40 injuries were from rubber bullets.',
      [
        ['injured', 7],
        ['injured', 40],
      ],
    ],
    [
      'By Tuesday the death toll had risen to 48, and 130 people were wounded.',
      [
        ['killed', 48],
        ['injured', 130],
      ],
    ],
    // (A definite group's part, picked out to tell more of it, counts no one.)
    ['Some of the wounded were flown to the capital for surgery.', []],
    ['Two detained miners, both in their sixties, died in custody last week.', [['killed', 2]]],
    ['Nine wounded soldiers were evacuated by helicopter.', [['injured', 9]]],
    ['Some protesters threw stones, and some of the time the roads were closed.', []],
    ['Police killed 12 protesters, three officials said.', [['killed', 12]]],
    // After a copula a person noun is what the figure is: it takes the harm of the claim it is part of.
    [
      'At least 50 people were killed, of whom 12 were children.',
      [
        ['killed', 50],
        ['killed', 12],
      ],
    ],
    [
      'Of the 300 detained, 40 were women.',
      [
        ['detained', 300],
        ['detained', 40],
      ],
    ],
    [
      'The toll rose by 12 to 80, officials said.',
      [
        ['killed', 12],
        ['killed', 80],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c.category, c.estimate])).toEqual(expected);
  });

  it.each([
    ['Some 400 cars, mostly police cars, were destroyed in the violence, as well as more than 100 shopping centers and banks.'],
    ['So far 154 have been released on bail.'],
    ['In Narshingdi district, more than 900 inmates have escaped from jail.'],
    ['Russia responded by sending several thousand soldiers.'],
    ['Prices rose by 40 percent and the fine was 500 dollars.'],
    ['With these four, the death toll rose.'],
    ['There are grave concerns over the fate of the thousands of people held behind bars.'],
    // The subject of a verb of speech counts speakers.
    ['One source said the injuries came from blows to the head.'],
    ['Two witnesses told reporters the wounded had been beaten.'],
    // The agent of a passive did the harm.
    ['The bombings, in which many were wounded, were carried out by nine attackers.'],
    // A bare participle after one person, a finite verb after it, describes the person.
    ['Doctors said a 27-year-old man detained during the protests was still in intensive care.'],
    // A count of gatherings is not a count of people.
    ['After two huge rallies last month, the organisers called a strike.'],
  ])('no claim: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it('marks hedges in the predicate', () => {
    expect(claims('At least 208 people are believed to have been killed.')[0]).toMatchObject({ category: 'killed', estimate: 208, hedged: true });
  });

  it('reads "suspected" before the people counted as who they are, no hedge', () => {
    expect(claims('Troops killed 8 suspected militants.')[0]).toMatchObject({ category: 'killed', estimate: 8, hedged: false });
    expect(claims('A suspected thief was lynched by a mob in Kano.')[0]).toMatchObject({ category: 'killed', estimate: 1, hedged: false });
  });

  it.each([
    ['At least 200 people have been killed so far.', [[200, true]]],
    // A superlative's "so far" and another's relative clause count nothing so far.
    ['Soldiers killed 11 protesters on Sunday, the deadliest day so far.', [[11, false]]],
    ['The death toll rose to 201 on Sunday.', [[201, true]]],
    [
      'Four more people died on Friday, bringing the death toll to 201.',
      [
        [4, false],
        [201, true],
      ],
    ],
    ['Three new deaths were reported at the hospital.', [[3, false]]],
    ['Another 27 were killed in Basra.', [[27, false]]],
    ['Four people were brought to the hospital dead.', [[4, false]]],
    [
      'In Dhaka alone, 641 people were detained, bringing the total arrests in the capital to 1,758.',
      [
        [641, false],
        [1758, true],
      ],
    ],
    ['A 17-year-old boy died in the death toll’s latest update.', [[1, false]]],
  ])('tells running totals from increments: %s', (text, expected) => {
    const found = claimsInSentence({ start: 0, end: text.length, text, paragraph: 0 }, 0);
    expect(found.map((c) => [c.estimate, c.cumulative])).toEqual(expected);
  });

  it('keeps the victim group', () => {
    expect(claims('72 security officers had been killed in the unrest.')[0]!.who).toBe('security officers');
    expect(claims('Two protesters had been killed.')[0]!.who).toBe('protesters');
    expect(claims('Four more protesters died on Friday.')[0]!.who).toBe('protesters');
    expect(claims('Three more deaths were reported by other hospitals.')[0]!.who).toBe('people');
    expect(claims('Five more were killed on Monday.')[0]!.who).toBe('people');
  });

  it('a figure repeated from the headline keeps the headline span (the first mention) and the body source', () => {
    const found = extract({
      text: 'Flood toll climbs to 640\n\nThe number of people killed by the floods has risen to 640, the disaster agency said on Tuesday.',
      published: '2024-05-01',
    }).claims;
    expect(found.map((c) => [c.category, c.estimate, c.span.start < 24, c.source?.name])).toEqual([['killed', 640, true, 'disaster agency']]);
  });

  it("merges an abbreviated headline figure with the body's qualified one, and a headline place named in the body sentence", () => {
    const rounded = extract({
      text: 'Monitor tallies a year of crackdown: 14K detainees, 300 trials\n\nMore than 14,000 people were detained in the year, the Lantern rights centre said.',
    }).claims;
    expect(rounded.filter((c) => c.category === 'detained').map((c) => [c.low, c.high, c.qualifier, c.span.start < 40])).toEqual([
      [14000, null, 'more_than', true],
    ]);
    const placed = extract({
      text: 'More Than 2,000 Dead in Korvana\n\nRaids on Korvana, the main town of Ostrel province, left more than 2,000 people dead, a local council said.',
    }).claims;
    expect(placed.filter((c) => c.category === 'killed').length).toBe(1);
  });

  it('counts among the missing those found again after a reference back (found-of-missing)', () => {
    const found = extract({
      text: 'The commission said 300 people had gone missing since May. Of that number, 85 have already turned up, while 215 remain unaccounted for.',
    }).claims;
    expect(found.map((c) => [c.category, c.estimate, c.rules?.category])).toEqual([
      ['missing', 300, 'predicate-after'],
      ['missing', 85, 'found-of-missing'],
      ['missing', 215, 'predicate-after'],
    ]);
  });

  it("reads a bare count noun's value as what the report counted last (bare-measure), and a vague spread as one figure", () => {
    const found = extract({ text: 'Organisers said at least 900,000 people joined the march. Police put the number in Union Square at 110,000.' }).claims;
    expect(found.map((c) => [c.category, c.estimate, c.rules?.category])).toEqual([
      ['participants', 900000, 'predicate-after'],
      ['participants', 110000, 'bare-measure'],
    ]);
    expect(extract({ text: 'Organisers said 2 million people marched. The number of buses stood at 400.' }).claims.length).toBe(1);
    // "it", the count just told, before a verb of its level.
    const later = extract({ text: 'Police put the number of dead at 149 early on Sunday; by Sunday evening it stood at 153.' }).claims;
    expect(later.map((c) => [c.category, c.estimate, c.scope])).toEqual([
      ['killed', 149, 'total'],
      ['killed', 153, 'total'],
    ]);
    const spread = extract({ text: 'Analysts say turnout has ranged anywhere from several thousand to tens of thousands.' }).claims;
    expect(spread.map((c) => [c.category, c.low, c.high, c.qualifier])).toEqual([['participants', 3000, null, 'vague']]);
  });

  it("keeps a crowd placed in a city apart from the report's crowd whose sentence names the country", () => {
    const found = extract({
      text: 'Unions have mobilised thousands of people across Portugal since Monday.\n\nIn Porto, thousands of students draped in Portuguese flags marched to the square.',
    }).claims;
    expect(found.filter((c) => c.category === 'participants').length).toBe(2);
  });

  it("gives a figure first named as a revision's old value the span of its first statement", () => {
    const found = extract({
      text: 'Agency cuts flood toll from 410 to 388\n\nThe interior minister had earlier said the floods had claimed 410 lives. The agency later put the figure at 388.',
    }).claims;
    const old = found.find((c) => c.estimate === 410);
    expect(old?.span.text).toBe('410 lives');
    expect(old!.span.start).toBeGreaterThan(40);
  });

  it('counts who stage or hold a gathering, strike or walk out, and the crowd a gathering is "of"', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category]);
    expect(found('Around 300 nurses staged a sit-in outside the health ministry.')).toEqual([['participants', 300, 'predicate-after']]);
    expect(found('About 650 residents held a candlelight vigil in Dorval.')).toEqual([['participants', 650, 'predicate-after']]);
    expect(found('Nearly 4,000 dockers went on strike in the port.')).toEqual([['participants', 4000, 'predicate-after']]);
    expect(found('Hundreds of pupils walked out of their schools.')).toEqual([['participants', 100, 'predicate-after']]);
    expect(found('A rally of 12,000 supporters was held at the stadium.')).toEqual([['participants', 12000, 'crowd-measure']]);
    // "held" as custody stays custody: passive, or with a preposition after it.
    expect(found('Some 45 activists were held in a rally crackdown.')).toEqual([['detained', 45, 'predicate-after']]);
    expect(found('Some 70 students held since the protests began are on hunger strike.').map((c) => c[0])).toEqual(['detained']);
    // A gathering's "of" counts people, not kilometres or trucks.
    expect(found('The march of 300 km ended in the capital.')).toEqual([]);
  });

  it('ties detention to its phrasal and custodial forms ("hauled off", "bundled into vans", "house arrest", "kidnapped")', () => {
    const found = extractedCounts;
    expect(found('Some 26 strikers were hauled off to a police station.')).toEqual([['detained', 26]]);
    expect(found('Fourteen pupils were bundled into unmarked vans.')).toEqual([['detained', 14]]);
    expect(found('Three union leaders were placed under house arrest.')).toEqual([['detained', 3]]);
    expect(found('Armed men kidnapped 19 travellers near Ebute.')).toEqual([['detained', 19]]);
    expect(found('The kidnapping of 8 engineers was condemned.')).toEqual([['detained', 8]]);
    // Other company of the same words is no detention.
    expect(found('Some 26 strikers hauled banners through Merlo.')).toEqual([]);
    expect(found('The house has 14 rooms.')).toEqual([]);
  });

  it('counts one victim found dead, a body found, and a possessive person a harm verb takes (one-person)', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.scope]);
    expect(found('An elderly farmer was found dead near the well in Sorba.')).toEqual([['killed', 1, 'new']]);
    expect(found('The body of a taxi driver was discovered in a ditch.')).toEqual([['killed', 1, 'new']]);
    expect(found('Militiamen shot dead a herder and wounded his nephew.')).toEqual([
      ['killed', 1, 'new'],
      ['injured', 1, 'new'],
    ]);
    // A body handed over, or a person found guilty or hiding, is no new death.
    expect(found('The body of a marcher was handed over to his family.')).toEqual([]);
    expect(found('A clerk was found guilty of fraud.')).toEqual([]);
    expect(found('Police found his cousin hiding in a barn.')).toEqual([]);
  });

  it('reads the predicate past a long parenthesis inside the subject', () => {
    const found = extractedCounts;
    expect(found('At least eleven miners, including a foreman and a boy of sixteen, were killed.')).toEqual([['killed', 11]]);
    expect(found('Some 40 people, including 9 guards and 3 nurses, were wounded.')).toEqual([
      ['injured', 40],
      ['injured', 9],
      ['injured', 3],
    ]);
  });

  it('shares the predicate with a coordinated figure that has a qualifier, and past "from one family"', () => {
    const found = extractedCounts;
    expect(found('Eleven guards and at least 30 raiders lost their lives.')).toEqual([
      ['killed', 11],
      ['killed', 30],
    ]);
    expect(found('At least six people from one household were wounded.')).toEqual([['injured', 6]]);
    expect(found('Four people from one village were killed.')).toEqual([['killed', 4]]);
  });

  it('counts a crowd by where it is, what it fills, what it joins to another verb, and how a gathering is measured', () => {
    const found = extractedCounts;
    expect(found('Tens of thousands filled the streets of Oruna.')).toEqual([['participants', 10000]]);
    expect(found('Several hundred farmers blocked the main highway.')).toEqual([['participants', 300]]);
    expect(found('Some 8,000 residents massed outside the town hall.')).toEqual([['participants', 8000]]);
    expect(found('Around 60,000 people were on the streets of Tavel.')).toEqual([['participants', 60000]]);
    expect(found('About 1,200 people came out to protest in Menlo.')).toEqual([['participants', 1200]]);
    expect(found('Thousands of pensioners braved the snow and marched on parliament.')).toEqual([['participants', 1000]]);
    expect(found('The crowd, estimated by police at 9,000, dispersed at dusk.')).toEqual([['participants', 9000]]);
    expect(found('Rallies involving more than 3,000 people were held.')).toEqual([['participants', 3000]]);
    expect(found('The march brought together 45,000 people.')).toEqual([['participants', 45000]]);
    // Armed men, vehicles and people leaving a place are no crowd; a harm after a clause of taking part is the harm.
    expect(found('About 300 insurgents occupied the main road.')).toEqual([]);
    expect(found('Some 2,000 cars filled the streets.')).toEqual([]);
    expect(found('The 300 families came out of the camp.')).toEqual([]);
    expect(found('Twenty students who chanted slogans were arrested.')).toEqual([['detained', 20]]);
    expect(found('Nine people who were at the vigil were injured.')).toEqual([['injured', 9]]);
  });

  it('counts those conveyed into custody ("sent to pre-trial detention", "taken away by police")', () => {
    const found = extractedCounts;
    expect(found('Over 70 people were sent to pre-trial detention centres.')).toEqual([['detained', 70]]);
    expect(found('Scores of students were taken away by riot police.')).toEqual([['detained', 20]]);
    // Taken away by others, or sent to hospital, is no custody.
    expect(found('Twelve people were taken away by ambulance.')).toEqual([]);
    expect(found('Some 20 people were sent to hospital.')).toEqual([['injured', 20]]);
  });

  it('reads a military "neutralised" as killed, and one person who sustained injuries as injured', () => {
    const found = extractedCounts;
    expect(found('Eleven insurgents were neutralised near the border post.')).toEqual([['killed', 11]]);
    expect(found('A shepherd sustained serious injuries in the blast.')).toEqual([['injured', 1]]);
    expect(found('Sappers neutralised 4 explosive devices.')).toEqual([]);
    expect(found('A driver suffered a heart attack.')).toEqual([]);
  });

  it('counts a crowd in the streets after "with", that turned up at a rally, or that a protest numbered; "held placards" is no custody', () => {
    const found = extractedCounts;
    expect(found('The strike spread north, with tens of thousands in the streets of Vessa.')).toEqual([['participants', 10000]]);
    expect(found('Some 4,000 people turned up at the rally in Ormo.')).toEqual([['participants', 4000]]);
    expect(found('At its height, the march numbered about 7,000.')).toEqual([['participants', 7000]]);
    expect(found('About 150 people in the streets were hurt by tear gas canisters.')).toEqual([['injured', 150]]);
    expect(found('Some 250 people held placards outside the consulate.')).toEqual([]);
    expect(found('Hundreds held across the country, the monitor said.')).toEqual([['detained', 100]]);
  });

  it('reads the object of a harm verb past "all", a time phrase, a possessive, and a noun of state', () => {
    const found = extractedCounts;
    expect(found('A shell hit a van near Mako, killing all 5 passengers who were from one family.')).toEqual([['killed', 5]]);
    expect(found('A bomb in Tessa injured eight this morning.')).toEqual([['injured', 8]]);
    expect(found("The crash killed nine of the ferry's passengers.")).toEqual([['killed', 9]]);
    expect(found('Raiders killed at least 14 refugees near the camp.')).toEqual([['killed', 14]]);
    expect(found('The blast killed three vendor and injured ten others.')).toEqual([
      ['killed', 3],
      ['injured', 10],
    ]);
    // A state noun after a verb that is no harm keeps its own category; things stay things.
    expect(found('Guards beat 40 detainees.')).toEqual([['detained', 40]]);
    expect(found('Rioters torched 12 buses.')).toEqual([]);
  });

  it('reads a one-person figure past a nationality or participle, a part inside the subject, and "of his"', () => {
    const found = extractedCounts;
    expect(found('One Sudanese citizen was killed in the raid.')).toEqual([['killed', 1]]);
    expect(found('One decorated colonel was wounded.')).toEqual([['injured', 1]]);
    expect(found('Five of his aides were injured.')).toEqual([['injured', 5]]);
    expect(found('At least 9 Iranian backed PMF fighters were killed.')).toEqual([['killed', 9]]);
    expect(found('Some 22 people, eight of them nurses, were hurt in the blast.')).toEqual([
      ['injured', 22],
      ['injured', 8],
    ]);
  });

  it('reads a harm verb past "another"/"an additional", an unclosed "including", "-goers", and a body found past a relative clause', () => {
    const found = extractedCounts;
    expect(found('The sniper killed three, wounded another five and was shot dead.')).toEqual([
      ['killed', 3],
      ['injured', 5],
    ]);
    expect(found('The mine killed two porters and injured an additional eleven others.')).toEqual([
      ['killed', 2],
      ['injured', 11],
    ]);
    expect(found('Seven persons, including two policemen were killed, while four others were hurt.')).toEqual([
      ['killed', 7],
      ['killed', 2],
      ['injured', 4],
    ]);
    expect(found('The blast killed at least 19 churchgoers.')).toEqual([['killed', 19]]);
    expect(found('The body of a trader who was seized by gunmen last week was found.')).toEqual([['killed', 1]]);
    // An age before the person keeps the one person.
    expect(found('A 19 year old porter was killed.')).toEqual([['killed', 1]]);
  });

  it('passes over a harm participle that describes a later noun, and counts those present in a square', () => {
    const found = extractedCounts;
    expect(found('About 400 supporters of the imprisoned mayor rallied in Cavo.')).toEqual([['participants', 400]]);
    expect(found('Organisers said 30,000 people were in the square by noon.')).toEqual([['participants', 30000]]);
    // A road is travelled, not occupied.
    expect(found('Twelve people were on the road when the shell landed.')).toEqual([]);
  });

  it('counts one person a verb brings "to death", and reads no one-person mention across a second article', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.who]);
    expect(found('Raiders torched a hut, burning a blind herder to death.')).toEqual([['killed', 1, 'blind herder']]);
    expect(found('A mob beat a young cashier to death.')).toEqual([['killed', 1, 'young cashier']]);
    expect(found('The tribunal condemned a blogger to death.')).toEqual([]);
  });

  it('measures a crowd "in the thousands" and a human chain "of" its people', () => {
    const found = extractedCounts;
    expect(found('Marchers numbering in the thousands crossed the bridge.')).toEqual([['participants', 1000]]);
    expect(found('A human chain of 20,000 people linked the two cities.')).toEqual([['participants', 20000]]);
    // A reference back with "the" stays no new figure.
    expect(found('The thousands of people held were freed.')).toEqual([]);
  });

  it('reads "both" before people as two, and "and another injured" as one more person', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.scope]);
    expect(found('Both gunmen were killed by the guards.')).toEqual([['killed', 2, 'part']]);
    expect(found('A guard was killed and another wounded.')).toEqual([
      ['killed', 1, 'new'],
      ['injured', 1, 'new'],
    ]);
    // "both … and" joins two groups, and "both sides" are no people.
    expect(found('Both police and marchers were injured.')).toEqual([]);
    expect(found('Both sides reported casualties.')).toEqual([]);
  });

  it('reads a custodial sentence past the length of its term', () => {
    const found = extractedCounts;
    expect(found('Fourteen marchers were given 10-day jail sentences.')).toEqual([['detained', 14]]);
    expect(found('Twelve men were given 3-day passes.')).toEqual([]);
  });

  it('counts a coordinated list of single people as one object (person-list)', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category]);
    expect(found('Raiders shot dead a pharmacist, a porter and a bus driver.')).toEqual([['killed', 3, 'person-list']]);
    expect(found('An elderly farmer and her three grandsons were killed in the shelling.')).toEqual([['killed', 4, 'person-list']]);
    expect(found('A girl and a young shepherd drowned after the dam burst.')).toEqual([['killed', 2, 'person-list']]);
    expect(found('A guard and a cook were wounded in the attack.')).toEqual([['injured', 2, 'person-list']]);
    // Places and things are no people; a bare figure closes the list and keeps a count of its own.
    expect(found('The drones struck a bakery, a depot and a school.')).toEqual([]);
    expect(found('A policeman and four marchers were injured.')).toEqual([
      ['injured', 5, 'person-list'],
      ['injured', 4, 'predicate-after'],
    ]);
    // After a harm verb's object, a member with a verb of its own opens a new clause.
    expect(found('The mortar killed a cook and a medic was hurt.')).toEqual([
      ['killed', 1, 'one-person'],
      ['injured', 1, 'one-person'],
    ]);
  });

  it('reads taking prisoners and the abducted as detention (capture, abducted/kidnapped before people)', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category]);
    expect(found('The army said it captured 12 fighters and killed 3 in the hills.')).toEqual([
      ['detained', 12, 'harm-verb-object'],
      ['killed', 3, 'harm-verb-object'],
    ]);
    expect(found('Nine gunmen were captured after a shootout.')).toEqual([['detained', 9, 'predicate-after']]);
    expect(found('Families of the 8 abducted nurses held a vigil.')).toEqual([['detained', 8, 'harm-noun']]);
    // A part freed is no count of the held; the whole still is.
    expect(found('Troops freed 14 of the 30 kidnapped workers.')).toEqual([['detained', 30, 'harm-noun']]);
    expect(found('Police freed 12 kidnapped traders.')).toEqual([]);
    // A place taken is no prisoner.
    expect(found('After rebels captured the town on Monday, 300 residents were left without water.')).toEqual([]);
    // A scene recorded is no prisoner taken.
    expect(found('Security cameras captured 40 soldiers leaving the base.').filter((c) => c[0] === 'detained')).toEqual([]);
    expect(found('Dozens of police officers were captured on video beating students.').filter((c) => c[0] === 'detained')).toEqual([]);
  });

  it('reads a bare figure in the passive of speech as counted, no speakers ("1,500 were said to be displaced")', () => {
    const found = extractedCounts;
    expect(found('Some 2,400 were said to be displaced.')).toEqual([['displaced', 2400]]);
    expect(found('Nearly 700 were estimated to have fled their villages.')).toEqual([['displaced', 700]]);
  });

  it('reads the predicate past a relative clause with no pronoun ("the miners the doctor treated had died")', () => {
    const found = extractedCounts;
    expect(found('Four of the miners Dr. Okafor treated had died by nightfall, she said.')).toEqual([['killed', 4]]);
    expect(found('Police said 40 people the crowd attacked were hurt.')).toEqual([['injured', 40]]);
    // With no predicate of theirs after it, the clause's own verb is read as before.
    expect(found('Twelve people the army detained were released.')).toEqual([['detained', 12]]);
  });

  it('reads a verb of death by a named cause as the killed ("electrocuted", "suffocated")', () => {
    const found = extractedCounts;
    expect(found('A storm brought down power lines, killing 9 people, five of them electrocuted.')).toEqual([
      ['killed', 9],
      ['killed', 5],
    ]);
    expect(found('Seven migrants suffocated in the container.')).toEqual([['killed', 7]]);
  });

  it('reads no toll of the dead in a road\'s toll ("the toll gate", "toll booths")', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category]);
    expect(found('Medics said 14 drivers queuing at the toll gate were hurt.')).toEqual([['injured', 14, 'predicate-after']]);
    expect(found('Soldiers fired on 30 drivers at the toll booths.')).toEqual([]);
    expect(found('The toll rose to 40 on Monday.').map((c) => c[0])).toEqual(['killed']);
  });

  it('reads one more person in an elided second clause ("and her mother wounded", "another was hurt")', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.span.text]);
    expect(found('A farmer was shot dead and his brother injured on the road to the market.')).toEqual([
      ['killed', 1, 'A farmer was shot dead'],
      ['injured', 1, 'his brother injured'],
    ]);
    // (A definite person opening the clause with a harm verb of its own is one person too.)
    expect(found('The boy was killed and his father wounded in the crossfire.')).toEqual([
      ['killed', 1, 'The boy was killed'],
      ['injured', 1, 'his father wounded'],
    ]);
    expect(found('One guard was killed and another was seriously hurt.')).toEqual([
      ['killed', 1, 'One guard was killed'],
      ['injured', 1, 'another was seriously hurt'],
    ]);
    // A possessive person after a verb of its own, with no "and", is no second clause.
    expect(found('He visited his mother wounded in the clash.')).toEqual([]);
  });

  it("closes a share's span on its adverb of degree, before the next clause", () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.span.text]);
    expect(found('Medics said 150 people had been wounded, 30 of them seriously, and that the dead included three children.')).toEqual([
      ['injured', 150, '150 people had been wounded'],
      ['injured', 30, '30 of them seriously'],
      ['killed', 3, 'three children'],
    ]);
  });

  it('reads a crowd that turned up somewhere to protest as participants, past where and when', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.span.text]);
    expect(found('Hundreds of people showed up at the courthouse in Lagos on 8 May to protest the verdict.')).toEqual([
      ['participants', 100, 'Hundreds of people showed up'],
    ]);
    expect(found('About 300 supporters turned up at the party offices on Friday to demonstrate against the ban.')).toEqual([
      ['participants', 300, 'About 300 supporters turned up'],
    ]);
    // Coming for another purpose, or late, is no taking part.
    expect(found('Dozens of relatives showed up at the morgue to identify the bodies.')).toEqual([]);
    expect(found('Twenty people showed up late to the meeting.')).toEqual([]);
  });

  it("counts a list of full names as a harm verb's object or a harm predicate's subject (name-list)", () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category]);
    expect(found('Security forces detained Maria Lopez, Juan Perez, Luis Ortega and Ana Ruiz at the border.')).toEqual([['detained', 4, 'name-list']]);
    expect(found('Ama Owusu and Kofi Mensah were abducted from their farm.')).toEqual([['detained', 2, 'name-list']]);
    expect(found('Gunmen killed Tomas Vidal and Rosa Marin outside their shop.')).toEqual([['killed', 2, 'name-list']]);
    // One name is no count, nor names that speak or condemn, nor places.
    expect(found('Police arrested Ahmed Musa.')).toEqual([]);
    expect(found('John Smith and Mary Jones said 12 people were killed.')).toEqual([['killed', 12, 'predicate-after']]);
    expect(found('The attack was condemned by Kofi Annan and Ban Ki-moon.')).toEqual([]);
    expect(found('Protests spread to New York, Los Angeles and San Francisco, where 40 people were arrested.')).toEqual([['detained', 40, 'predicate-after']]);
  });

  it('reads "another" with its noun, a possessive person opening a clause, and a list a figure heads (one-person, person-list)', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.span.text]);
    expect(found('Troops shot dead a miner; another miner was wounded.')).toEqual([
      ['killed', 1, 'a miner'],
      ['injured', 1, 'another miner was wounded'],
    ]);
    expect(found('Another student said the crowd was calm.')).toEqual([]);
    expect(found('Raiders torched the bus; its conductor was burnt alive.')).toEqual([['killed', 1, 'its conductor was burnt alive']]);
    expect(found('Her son was stabbed to death outside the school.')).toEqual([['killed', 1, 'Her son was stabbed to death']]);
    expect(found('Her son told reporters the police had fired first.')).toEqual([]);
    // A figure of people, then single people: the list's total, and the figure's own count.
    expect(found('Shrapnel wounded four nurses and a doctor.')).toEqual([
      ['injured', 4, 'four nurses'],
      ['injured', 5, 'four nurses and a doctor'],
    ]);
    // Figures alone stay counts of their own.
    expect(found('The clash killed 9 rebels and 2 soldiers.').map((c) => c[1])).toEqual([9, 2]);
  });

  it('reads a bare increment after a count of a harm noun as more of that noun (elided-noun)', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category]);
    expect(found('The ministry confirmed 40 arrests and said 12 more were under review.')).toEqual([
      ['detained', 40, 'harm-noun'],
      ['detained', 12, 'elided-noun'],
    ]);
    expect(found('The monitor counted 25 deaths; a further six remain unverified.')).toEqual([
      ['killed', 25, 'harm-noun'],
      ['killed', 6, 'elided-noun'],
    ]);
    // After people a verb took, the increment has a verb of its own.
    expect(found('Police arrested 30 people and a further ten were questioned.')).toEqual([['detained', 30, 'harm-verb-object']]);
  });

  it('counts the places a harm reached ("deaths in 24 cities") as places affected', () => {
    const found = (text: string) =>
      extract({ text, published: '2024-05-01' })
        .claims.filter((c) => c.category === 'places')
        .map((c) => [c.estimate, c.rules?.category]);
    expect(found('Rights groups recorded arrests across 40 towns last week.')).toEqual([[40, 'places-affected']]);
    expect(found('The count stood at 61, with deaths in more than a dozen towns.')).toEqual([[12, 'places-affected']]);
    // Troops or damage in places count no places affected by the crisis's harm.
    expect(found('Soldiers were deployed in 12 provinces.')).toEqual([]);
    expect(found('The storm destroyed homes in 30 villages.')).toEqual([]);
  });

  it('reads people treated for what hurt them as injured', () => {
    const found = extractedCounts;
    expect(found('At least 23 marchers were treated for tear gas inhalation, medics said.')).toEqual([['injured', 23]]);
  });

  it('reads people driven from their homes as displaced, people seized there as held (or missing)', () => {
    const found = extractedCounts;
    expect(found('Some 9,000 people were driven from their homes.')).toEqual([['displaced', 9000]]);
    expect(found('Police dragged 14 people from their homes overnight.')).toEqual([['detained', 14]]);
    // Any tense of "take", past names set off after the people.
    expect(found('Soldiers took two union organisers, Ana Ruiz and Omar Diaz, from their homes to an army base.')).toEqual([['detained', 2]]);
    expect(found('Fourteen people were taken from their homes by unidentified men.')).toEqual([['missing', 14]]);
    // Takers no one names may stand a few words after "by", or be known only by their clothes.
    expect(found('The league knows of 14 people taken from their homes since Sunday by men it believes were plain-clothes officers.')).toEqual([
      ['missing', 14],
    ]);
    expect(found('Fourteen people were seized by men in civilian clothes.')).toEqual([['missing', 14]]);
    expect(found('Nine students were taken away by masked men, relatives said.')).toEqual([['missing', 9]]);
    expect(found('Nine students were taken away by police, relatives said.')).toEqual([['detained', 9]]);
    // Taken from anywhere, with the takers a long phrase later.
    expect(found('In the port city, four men were taken from a tea stall in the old market area on the night of 3 May by men in plain clothes.')).toEqual([
      ['missing', 4],
    ]);
    expect(found('Twelve students were dragged from a hostel by police on Sunday.')).toEqual([['detained', 12]]);
    expect(found('Twelve students were taken from the hostel to a clinic by volunteers.')).toEqual([]);
  });

  it('reads a share set off by a dash as the share of the claim before it', () => {
    const found = extractedCounts;
    expect(found('Nine people have died - five of them from gunshot wounds, the mayor said.')).toEqual([
      ['killed', 9],
      ['killed', 5],
    ]);
  });

  it('reads what a count rose by as the harm its subject names, else the harm under way', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category]);
    expect(found('Medics said 96 people had died and 210 had been hurt. The toll rose by two overnight.')).toEqual([
      ['killed', 96, 'predicate-after'],
      ['injured', 210, 'predicate-after'],
      ['killed', 2, 'earlier-figure'],
    ]);
    expect(found('Medics said 210 people had been hurt. The figure rose by 12 overnight.')).toEqual([
      ['injured', 210, 'predicate-after'],
      ['injured', 12, 'earlier-figure'],
    ]);
  });

  it("reads a place's name before the plural of a thing as the thing's modifier", () => {
    const found = extractedCounts;
    expect(found('Police said the number of people killed at two Mombasa mosques had risen to 51.')).toEqual([['killed', 51]]);
    expect(found('Gunmen killed three Red Cross workers.')).toEqual([['killed', 3]]);
  });

  it('reads a share of a whole of places with no figure of its own as places, not as the verb before it counts', () => {
    const found = extractedCounts;
    expect(found("Strikes and road blockades were held in all seven of Velmaria's departments.")).toEqual([['places', 7]]);
    expect(found("Protests had spread to 14 of the country's provinces.")).toEqual([['places', 14]]);
  });

  it('closes a list of people with a part of kin or a figure, and lets a definite person head it (person-list)', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category]);
    expect(found('A herder and one of his nephews were shot dead near the well.')).toEqual([['killed', 2, 'person-list']]);
    expect(found('Raiders killed a trader, his wife and two of their daughters.')).toEqual([['killed', 4, 'person-list']]);
    expect(found('Militias abducted a pastor and his three wives from the mission.')).toEqual([['detained', 4, 'person-list']]);
    expect(found('The blast killed the muezzin and six worshippers.')).toEqual([
      ['killed', 7, 'person-list'],
      ['killed', 6, 'cue-before'],
    ]);
    expect(found('Soldiers detained a nurse and three students at the gate.')).toEqual([
      ['detained', 4, 'person-list'],
      ['detained', 3, 'cue-before'],
    ]);
    // One arrest alone stays no count; a definite person a killing takes alone is one (as incident
    // descriptions name a victim: "ambushed a van, killing the driver").
    expect(found('Soldiers detained a nurse at the gate.')).toEqual([]);
    expect(found('The blast killed the muezzin.')).toEqual([['killed', 1, 'one-person']]);
    // A list said to be among a toll names its parts: the figure in it is the count.
    expect(found('A Dutch woman, a Kenyan man and three Swiss tourists were among those killed.')).toEqual([['killed', 3, 'predicate-after']]);
  });

  it('reads "as many" after a figure as that figure again, and "as many as" as a bound', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.who]);
    expect(found('Three guards and as many smugglers died in the gunfight.')).toEqual([
      ['killed', 3, 'guards'],
      ['killed', 3, 'smugglers'],
    ]);
    expect(found('The ambush wounded seven soldiers and as many porters.')).toEqual([
      ['injured', 7, 'soldiers'],
      ['injured', 7, 'porters'],
    ]);
    expect(found('Eight pickets were hurt, and as many as 25 were held.')).toEqual([
      ['injured', 8, 'pickets'],
      ['detained', 25, 'people'],
    ]);
  });

  it('reads being taken in or held "for questioning" as custody, and a summons as none', () => {
    const found = extractedCounts;
    expect(found('Eleven cyclists were taken in for questioning after the march.')).toEqual([['detained', 11]]);
    expect(found('Officers brought in 23 dockers for interrogation.')).toEqual([['detained', 23]]);
    expect(found('Some 40 miners held for questioning were released at dawn.')).toEqual([['detained', 40]]);
    expect(found('Seventeen clerks were summoned for questioning.')).toEqual([]);
    expect(found('The town took in 600 families.')).not.toContainEqual(['detained', 600]);
  });

  it('counts "figures" as people only after a word of role, with a harm predicate deciding', () => {
    const found = (text: string) => extract({ text, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.who]);
    expect(found('Fourteen dissident figures were rounded up overnight.')).toEqual([['detained', 14, 'dissident figures']]);
    expect(found('Three tribal figures were shot dead at the market.')).toEqual([['killed', 3, 'tribal figures']]);
    // Numbers, not people: no count of them, or no harm done to them.
    expect(found('Ministry figures were contested by the union.')).toEqual([]);
    expect(found('Six community figures addressed the crowd.')).toEqual([]);
    expect(found('Auditors kept questioning the figures.')).toEqual([]);
    expect(found('Eight figures in the report were revised.')).toEqual([]);
    // One such person: "a … figure" (not "a figure of 40").
    expect(found('A veteran union figure was gunned down outside his home.')).toEqual([['killed', 1, 'union figure']]);
    expect(found('A figure of 40 dead was given.')).not.toContainEqual(['killed', 1, 'figure']);
  });

  it('counts a crowd that showed up or celebrated in a public place, and none that signed up', () => {
    const found = extractedCounts;
    expect(found('Thousands of Berbers rejoiced in the streets after the vote.')).toEqual([['participants', 1000]]);
    expect(found('Some 800 people showed up outside the parliament.')).toEqual([['participants', 800]]);
    expect(found('About 250 nurses turned up to march on the ministry.')).toEqual([['participants', 250]]);
    expect(found('Hundreds of fans cheered on the central boulevard.')).toEqual([['participants', 100]]);
    // No public place, or no gathering: no crowd.
    expect(found('Thousands celebrated the ruling online.')).toEqual([]);
    expect(found('Roughly 3,000 recruits signed up in the capital.')).toEqual([]);
    expect(found('Two delegates showed up late to the hearing.')).toEqual([]);
  });

  it('reads the whole a harm verb draws its part from as a population, no count (partitive population)', () => {
    const got = sentenceCounts;
    expect(got('Soldiers arrested 14 of the 60 union delegates on Friday.')).toEqual([['detained', 14]]);
    // A whole that counts a harm of its own stays a claim.
    expect(got('Soldiers arrested 14 of the 60 wounded marchers.')).toEqual([
      ['detained', 14],
      ['injured', 60],
    ]);
  });

  it('counts a part of the injured who died among the dead', () => {
    const got = sentenceCounts;
    expect(got('Four of the 35 injured died later in hospital.')).toEqual([
      ['killed', 4],
      ['injured', 35],
    ]);
    expect(got('Three of the 18 wounded have since died.')).toEqual([
      ['killed', 3],
      ['injured', 18],
    ]);
  });

  it('reads a figure after its verb by the verb before it, whatever a relative clause after it says', () => {
    const got = sentenceCounts;
    expect(got('Among the dead were three guards who had been due for leave, relatives said.')).toEqual([['killed', 3]]);
    expect(got('The dead included five pupils who had stayed behind after class.')).toEqual([['killed', 5]]);
    expect(got('The dead include at least 14 pupils, the youngest of whom was nine years old.')).toEqual([['killed', 14]]);
  });

  it('counts one body or fatality, and no harm noun that modifies a noun after it', () => {
    const got = sentenceCounts;
    expect(got('Divers recovered one more body from the reservoir.')).toEqual([['killed', 1]]);
    expect(got('The clinic reported one fatality.')).toEqual([['killed', 1]]);
    expect(got('The court handed down one death sentence.')).toEqual([]);
    expect(got('Police said one body part was found.')).toEqual([]);
  });

  it('counts a share of a whole a harm participle names by that harm (part-of-named-whole)', () => {
    const found = (t: string) => extract({ text: t, published: '2024-05-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category]);
    expect(found('The front said 95 of those held were party members.')).toEqual([['detained', 95, 'part-of-named-whole']]);
    expect(found('The court convicted 12 of those tried.')).toEqual([]);
  });

  it('reads the main clause after a relative clause on the subject', () => {
    const got = sentenceCounts;
    expect(got('Six linemen who were repairing the cable died in the blast.')).toEqual([['killed', 6]]);
    expect(got('Three guards who had been due for leave were among the dead.')).toEqual([['killed', 3]]);
    // A harm in the relative clause itself still describes the people.
    expect(got('Twelve people who were wounded in the blast were taken to hospital.')).toEqual([['injured', 12]]);
  });

  it('reads past one more person, determined and with an "of" phrase, coordinated in the subject', () => {
    const got = sentenceCounts;
    expect(got('Three Velmari citizens and the daughter of a fourth were among the dead.')).toEqual([['killed', 3]]);
  });

  it('does not read "more" past other words as the people a figure counts', () => {
    expect(claims('Clinics filled with the wounded, with one facility alone treating more than 170.').map((c) => [c.category, c.estimate])).toEqual([
      ['injured', 170],
    ]);
  });

  it('reads "N of them" after a speaker\'s clause as a part of the claim before', () => {
    const report = extract({
      text: 'The Coastal Rights Federation said 47 people had been killed. The federation said 8 of them were children.',
      published: '2023-03-02',
    });
    expect(report.claims.map((c) => [c.category, c.estimate, c.scope])).toEqual([
      ['killed', 47, 'total'],
      ['killed', 8, 'part'],
    ]);
  });

  it('lets coordinated subjects share the predicate past the first one\'s "of" phrase', () => {
    expect(claims('Two members of the riot police and three marchers were killed.').map((c) => [c.category, c.estimate])).toEqual([
      ['killed', 2],
      ['killed', 3],
    ]);
  });

  it('reads the predicate of a subject with coordinated people, an aside in dashes, or an of-phrase list', () => {
    const got = sentenceCounts;
    expect(got('Some 900 men, women and children, including girls as young as 12, were detained.')).toEqual([['detained', 900]]);
    expect(got('More than 900 men, women and children \u2014 some as young as 12 \u2014 were detained.')).toEqual([['detained', 900]]);
    expect(got('Several members of the police, the militia and the guard were killed.')).toEqual([['killed', 3]]);
  });

  it('reads "as high as" as an upper bound and "as young as" as an age', () => {
    expect(claims('The real toll may be as high as 340.').map((c) => [c.category, c.estimate])).toEqual([['killed', 340]]);
    expect(extract({ text: 'The real toll may be as high as 340.', published: '2023-01-01' }).claims[0]!.qualifier).toBe('up_to');
  });

  it('reads kin by their own predicate, not the harm their kin suffered', () => {
    const got = sentenceCounts;
    expect(got('At least six relatives of people killed in the clashes were arrested.')).toEqual([['detained', 6]]);
    expect(got('Dozens of relatives who were detained during the unrest remain unaccounted for.')).toEqual([['missing', 12]]);
  });

  it('reads no one in "a national death toll"', () => {
    expect(claims('The government has not published a national death toll.')).toEqual([]);
  });

  it('reads shares told by what the people were, after an aside of speech (part-of-previous)', () => {
    const report = extract({
      text: 'The president said 61 people had lost their lives. Of those, he said, 35 had been "looters" and 26 had been passers-by.',
      published: '2023-01-01',
    });
    expect(report.claims.map((c) => [c.category, c.estimate])).toEqual([
      ['killed', 61],
      ['killed', 35],
      ['killed', 26],
    ]);
  });

  it("reads a count's value by the harm its subject names, and earlier figures of that count", () => {
    const text =
      'The number of people killed in the riots that followed the arrest of the opposition leader has risen to 31, police said.\n\nThe spokesman said the figure had climbed by 9 from the 22 announced on Thursday.';
    expect(extract({ text, published: '2023-01-01' }).claims.map((c) => [c.category, c.estimate, c.scope])).toEqual([
      ['killed', 31, 'total'],
      ['killed', 9, 'new'],
      ['killed', 22, 'total'],
    ]);
  });

  it('reads people not seen since, held people not heard from, and people seized by unnamed takers as missing', () => {
    const got = sentenceCounts;
    expect(got('The league listed at least 14 people who had not been seen since the raids.')).toEqual([['missing', 14]]);
    expect(got('At least six detainees from the port had not been heard from since their arrest.')).toEqual([['missing', 6]]);
    expect(got('Two students were seized outside the campus by unidentified men on Friday.')).toEqual([['missing', 2]]);
    // Police taking people hold them; an abduction keeps its reading.
    expect(got('Police seized 30 protesters outside the campus.')).toEqual([['detained', 30]]);
  });

  it('reads the lines of a list by the harm its introducing line names (list-item)', () => {
    const text = [
      'Breakdown of verified deaths by town:',
      '\u2022 Orsk: 11',
      '\u2022 Velm: 6',
      '\u2022 Other towns in the north: 4',
      'The league urged an inquiry.',
    ].join('\n');
    expect(extract({ text, published: '2023-01-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category])).toEqual([
      ['killed', 11, 'list-item'],
      ['killed', 6, 'list-item'],
      ['killed', 4, 'list-item'],
    ]);
  });

  it('reads the values a count took, its earlier value and a figure with an apposition on it', () => {
    const got = (text: string) => extract({ text, published: '2023-01-01' }).claims.map((c) => [c.category, c.estimate]);
    expect(got('The league said at least 240 people were killed. Its count climbed week by week: 96 on 4 May, 150 a week later and 240 by June.')).toEqual([
      ['killed', 240],
      ['killed', 96],
      ['killed', 150],
      ['killed', 240],
    ]);
    // The count may open a long clause before the colon.
    const long =
      'The league said at least 240 people were killed. Its count has risen steadily as news trickled out of a region cut off for a week: 96 on 4 May and 150 a week later.';
    expect(got(long)).toEqual([
      ['killed', 240],
      ['killed', 96],
      ['killed', 150],
    ]);
    expect(got('The league said 240 people were killed. Its count, up from 150 last week, rests on hospital records.')).toEqual([
      ['killed', 240],
      ['killed', 150],
    ]);
    expect(got('The minister said the toll was between 90 and 120, a figure rights groups called an undercount.')).toEqual([['killed', 90]]);
  });

  it('reads a list whose opening line names no harm by the harm its first line names', () => {
    const text = ['Local count, as compiled by the activists:', '- Port district: 31 named dead', '- Old town: 12', '- Other villages: 4'].join('\n');
    expect(extract({ text, published: '2023-01-01' }).claims.map((c) => [c.category, c.estimate])).toEqual([
      ['killed', 31],
      ['killed', 12],
      ['killed', 4],
    ]);
  });

  it('reads a figure noun standing for a figure as the harm of its sentence, not the places counted last', () => {
    const text =
      'At least 140 marchers have been killed in 18 towns across Velmaria since demonstrations over a rise in the price of bread erupted on Friday, according to the Velmar Rights League, which warned that the true number may be as high as 300.';
    expect(extract({ text, published: '2023-01-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category])).toEqual([
      ['killed', 140, 'predicate-after'],
      ['places', 18, 'places-affected'],
      ['killed', 300, 'figure-refers-back'],
    ]);
  });

  it("reads a list's lines each by the harm its own label names, and a month in the opening line as no march", () => {
    const text = ['The league has compiled its figures for March:', '- Killed: at least 31', '- Injured: 240', '- Arrested: 1,200'].join('\n');
    expect(extract({ text, published: '2023-04-01' }).claims.map((c) => [c.category, c.estimate, c.rules?.category])).toEqual([
      ['killed', 31, 'cue-before'],
      ['injured', 240, 'cue-before'],
      ['detained', 1200, 'cue-before'],
    ]);
  });

  it('reads a share with a noun of its own set off after a claim, however its clause goes on, and people not heard from by a day', () => {
    const got = (text: string) => extract({ text, published: '2023-01-01' }).claims.map((c) => [c.category, c.estimate]);
    expect(got('The committee says 31 people were killed in the raids, seven of them guards who had stepped between the gunmen and the crowd.')).toEqual([
      ['killed', 31],
      ['killed', 7],
    ]);
    // A bare share with a verb of release counts no harm.
    expect(got('Police said 300 people were arrested, 40 of whom have since been released.')).toEqual([['detained', 300]]);
    expect(got('At least five of those taken had not been heard from by Friday morning.')).toEqual([['missing', 5]]);
  });

  it('reads no harm past a bracketed note that closes after the figure ("[size=around 300] No injuries were reported")', () => {
    const text =
      'On 12 March, members of the teachers union staged a two-day strike in Orsk demanding salary arrears. [size=around 300] No injuries were reported.';
    expect(extract({ text, published: '2023-01-01' }).claims).toEqual([]);
  });

  it('reads a harm participle coordinated after a passive verb and its phrase as the predicate', () => {
    const got = (text: string) => extract({ text, published: '2023-01-01' }).claims.map((c) => [c.category, c.estimate]);
    expect(got('Of the 14 passengers aboard the bus, 9 were pulled off and shot dead by the roadside.')).toEqual([['killed', 9]]);
    expect(got('Five men were dragged out of the house and killed.')).toEqual([['killed', 5]]);
  });

  it('reads one person past a long aside set off by commas ("a 23-year-old university student")', () => {
    const text = 'A young man, later identified as a 23-year-old university student, was hacked to death by a mob in Orsk.';
    expect(extract({ text, published: '2023-01-01' }).claims.map((c) => [c.category, c.estimate])).toEqual([['killed', 1]]);
  });

  it('reads "a third" with a verb of its own after a count as one more person, and one person after "Among the injured was"', () => {
    const got = (text: string) => extract({ text, published: '2023-01-01' }).claims.map((c) => [c.category, c.estimate]);
    expect(got('Two soldiers were shot dead and a third was injured when gunmen ambushed a checkpoint.')).toEqual([
      ['killed', 2],
      ['injured', 1],
    ]);
    expect(got('A third of the marchers were students.')).toEqual([]);
    expect(got('Shelling hit the market. Among the injured was a 14-year-old boy.')).toEqual([['injured', 1]]);
  });
});

describe('claims: one person in a report that counts the harm', () => {
  const report = (single: string) =>
    [
      'Clashes spread across the north of Ruvania.',
      'At least 40 people have been killed since the protests began, the health ministry said on Tuesday.',
      'Shops stayed shut in the capital.',
      single,
      'Police denied using live rounds.',
      'The opposition called for a general strike on Friday.',
    ].join(' ');

  it('reads a person the outlet tells of as a member of the count, no figure of its own', () => {
    expect(extractedCounts(report('A 25-year-old man died after being shot in the neck.'))).toEqual([['killed', 40]]);
    expect(extractedCounts(report('The league puts the toll at 16, including a 14-year-old boy shot near his school.'))).toEqual([
      ['killed', 40],
      ['killed', 16],
    ]);
  });

  it('keeps one person another teller reports, and one harmed in a way no count covers', () => {
    expect(extractedCounts(report('The state news agency said a police officer was killed by rioters.'))).toEqual([
      ['killed', 40],
      ['killed', 1],
    ]);
    expect(extractedCounts(report('A 25-year-old man was wounded in the neck.'))).toEqual([
      ['killed', 40],
      ['injured', 1],
    ]);
  });

  it("keeps each person an incident's short note names", () => {
    expect(extractedCounts('Gunmen killed two traders in Kano on Sunday. A third man died in hospital.')).toEqual([
      ['killed', 2],
      ['killed', 1],
    ]);
  });
});

describe('claims: the place of a figure that names none', () => {
  const placeOf = (text: string, span: string) =>
    extract({ text, published: '2024-12-02' }).claims.find((c) => c.span.text.includes(span))?.place?.name ?? null;
  const report = (extra: string) =>
    [
      'Police clash with protesters in Tbilisi for a fifth night',
      'Twelve people were hurt in Tbilisi on Sunday night as riot police used water cannon outside parliament.',
      `Protesters in Tbilisi blocked the main avenue for hours.${extra}`,
      'The interior ministry said 43 people had been detained.',
    ].join('\n\n');

  it('is the one place a report is confined to', () => {
    expect(placeOf(report(''), '43 people')).toBe('Tbilisi');
  });

  it('is the place the sentences before named, for a figure placed "there"', () => {
    const text =
      'Iran protests: what we know\n\nThe worst violence took place in Shiraz, in Fars province. The UN said at least 23 people were killed there. There were also reports of 40 deaths elsewhere.';
    expect(placeOf(text, '23 people')).toBe('Shiraz');
    expect(placeOf(text, '40 deaths')).toBe('Iran');
  });

  it('is not the place of a contrasting clause after the figure', () => {
    const text =
      'Iraq protests\n\nDhi Qar province has suffered the most fatalities, with 10 deaths registered to date, whereas Baghdad has recorded the most wounded.';
    expect(placeOf(text, '10 deaths')).toBe('Dhi Qar');
  });

  it('is the place a figure is given "with", not the next one in the list', () => {
    const text = 'Kenya protests\n\nNairobi recorded the most deaths, followed by Nakuru with six and Kisumu with five, the commission said.';
    expect(placeOf(text, 'six')).toBe('Nakuru');
    expect(placeOf(text, 'five')).toBe('Kisumu');
  });

  it('is the place a "where" clause describes, not one named after the clause', () => {
    const text = 'Velmar protests\n\nThe highest toll was in Kisumu, where 12 people had died, followed by Nairobi, the group said.';
    expect(placeOf(text, '12 people')).toBe('Kisumu');
  });

  it('is the place a figure in brackets stands right after, not the next one in the list', () => {
    const text = 'Kenya protests\n\nCounties with the most verified deaths were Nairobi (17), Nakuru (6) and Kisumu (5), the commission said.';
    expect(placeOf(text, '17')).toBe('Nairobi');
    expect(placeOf(text, '6')).toBe('Nakuru');
    expect(placeOf(text, '5')).toBe('Kisumu');
  });

  it('is where people went, not where they came from', () => {
    const text = 'Sudan war\n\nAlmost 517,000 people had been registered crossing from Sudan into South Sudan by January, the UN said.';
    expect(placeOf(text, '517,000')).toBe('South Sudan');
  });

  it("is the place a country's possessive owns, not the country", () => {
    const text = "Refugees reach Ghana\n\nMore than 9,500 people have crossed into Ghana's Upper East Region over the past three weeks, officials said.";
    expect(placeOf(text, '9,500')).toBe('Upper East');
  });

  it('is the country when the report names other places of it', () => {
    expect(placeOf(report(' Smaller rallies were held in Batumi and Kutaisi.'), '43 people')).toBe('Georgia');
  });
});
