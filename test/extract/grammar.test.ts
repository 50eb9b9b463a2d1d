/**
 * One test per grammatical form that links a count to a harm (issue: "grammar over open
 * vocabulary"). Sentences are written for these tests, not taken from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { claimsInSentence } from '../../src/extract/claims.js';
import { countsPeople, isSingularPerson, personNoun } from '../../src/extract/person-nouns.js';

const claims = (text: string) => claimsInSentence({ start: 0, end: text.length, text, paragraph: 0 }, 0).map((c) => [c.category, c.estimate, c.who] as const);
const pairs = (text: string) => claims(text).map(([category, estimate]) => [category, estimate]);

describe('person nouns come from WordNet', () => {
  it('knows people outside any hand list, in the singular and the plural', () => {
    for (const w of ['hostages', 'assailants', 'sailors', 'herders', 'militiamen', 'policewomen', 'children']) expect(countsPeople(w), w).toBe(true);
    for (const w of ['employee', 'pilgrim', 'contractor', 'vendor']) expect(isSingularPerson(w), w).toBe(true);
  });

  it('reads a plural WordNet also lists as a lemma, and compounds of "children", as plurals of people', () => {
    for (const w of ['aides', 'grandchildren', 'schoolchildren']) expect(countsPeople(w), w).toBe(true);
    // Not a group's plural: "troops" are soldiers, not troop units.
    expect(countsPeople('troops')).toBe(true);
    expect(countsPeople('species')).toBe(false);
  });

  it('takes the lexicon corrections for people WordNet files under another sense first', () => {
    for (const w of ['operator', 'principal', 'councilor']) expect(isSingularPerson(w), w).toBe(true);
    expect(pairs('A camera operator was killed by a drone strike.')).toEqual([['killed', 1]]);
  });

  it('reads a hyphenated compound as its last part when that is a person, not a group', () => {
    for (const w of ['hostage-takers', 'ex-soldiers']) expect(countsPeople(w), w).toBe(true);
    for (const w of ['pro-government', 'anti-government', 'year-old']) expect(personNoun(w), w).toBeNull();
    expect(pairs('In the firefight 19 hostages and 7 hostage-takers were killed.')).toEqual([
      ['killed', 19],
      ['killed', 7],
    ]);
  });

  it('counts members with uninflected group nouns, not with plural groups', () => {
    expect(countsPeople('police')).toBe(true);
    expect(countsPeople('troops')).toBe(true);
    expect(countsPeople('personnel')).toBe(true);
    expect(countsPeople('committees')).toBe(false);
    expect(personNoun('crowd')?.kind).toBe('group');
  });

  it('leaves out things and words with only a rare person sense', () => {
    for (const w of ['cars', 'buildings', 'cases', 'heads', 'marks', 'numbers', 'cattle']) expect(countsPeople(w), w).toBe(false);
    expect(isSingularPerson('case')).toBe(false);
  });

  it('reads no named person of WordNet as a noun of people', () => {
    // "Marsh" (the painter), "Bush", "Stone": proper names, while the common nouns stay.
    for (const w of ['marsh', 'marshes', 'bush', 'stone', 'wood']) expect(countsPeople(w), w).toBe(false);
    for (const w of ['bakers', 'carpenters', 'kurds', 'democrats']) expect(countsPeople(w), w).toBe(true);
  });
});

describe('claims: grammatical relations', () => {
  it('active verb with its object', () => {
    expect(claims('Soldiers repelled the raid, killing four assailants.')).toEqual([['killed', 4, 'assailants']]);
    expect(pairs('The flood of gunfire wounded eleven herders near the well.')).toEqual([['injured', 11]]);
  });

  it('present-tense headline verb', () => {
    expect(pairs('Bandits kill three ferry passengers')).toEqual([['killed', 3]]);
    expect(pairs('Car bomb kills 7, injures 30 in market')).toEqual([
      ['killed', 7],
      ['injured', 30],
    ]);
  });

  it('object of a verb with a qualifier between', () => {
    expect(pairs('The blast killed at least nine pilgrims.')).toEqual([['killed', 9]]);
  });

  it('singular object: "a" + person noun is one', () => {
    expect(claims('Masked men shot and killed a railway clerk on Friday.')).toEqual([['killed', 1, 'railway clerk']]);
    expect(pairs('Raiders shot dead a shepherd outside the village.')).toEqual([['killed', 1]]);
  });

  it('coordinated predicates keep their own category', () => {
    expect(pairs('The gunman shot and killed one guard and injured another.')).toEqual([
      ['killed', 1],
      ['injured', 1],
    ]);
  });

  it('passive with an adverb', () => {
    expect(pairs('Fourteen sailors were badly wounded.')).toEqual([['injured', 14]]);
  });

  it('passive with coordinated participles', () => {
    expect(pairs('Six traders were robbed and murdered on the highway.')).toEqual([['killed', 6]]);
  });

  it('passive of a verb outside the old cue list', () => {
    expect(pairs('Two aid workers were beheaded by the group.')).toEqual([['killed', 2]]);
  });

  it('proper adjectives before a person head', () => {
    expect(claims('Five Moldovan lorry drivers were killed in the crash.')).toEqual([['killed', 5, 'lorry drivers']]);
  });

  it('coordinated subjects share the predicate', () => {
    expect(pairs('Seven guards and three attackers died in the assault.')).toEqual([
      ['killed', 7],
      ['killed', 3],
    ]);
  });

  it('a subgroup inside the subject without commas', () => {
    expect(pairs('Twelve villagers including four children were injured.')).toEqual([
      ['injured', 12],
      ['injured', 4],
    ]);
  });

  it('nominal: a harm noun with an of-phrase', () => {
    expect(pairs('Officials confirmed the deaths of 23 miners.')).toEqual([['killed', 23]]);
    expect(pairs('Rights groups condemned the arrest of 40 students.')).toEqual([['detained', 40]]);
  });

  it('linking verbs before a state', () => {
    expect(pairs('Nineteen fishermen have gone missing since the storm.')).toEqual([['missing', 19]]);
    expect(pairs('Thirty of them remain in pre-trial detention.')).toEqual([['detained', 30]]);
    expect(pairs('Some 300 remain free on bail.')).toEqual([]);
  });

  it('"lost their lives" and "among those killed"', () => {
    expect(pairs('At least 16 climbers have lost their lives this season.')).toEqual([['killed', 16]]);
    expect(pairs('Three tourists were among those killed.')).toEqual([['killed', 3]]);
  });

  it('an added member shares the claim before it', () => {
    expect(pairs('Police detained 60 students, along with two teachers.')).toEqual([
      ['detained', 60],
      ['detained', 2],
    ]);
  });

  it('crowds: verbs of gathering and crowd-sized counts of protesters', () => {
    expect(pairs('Tens of thousands poured into the main square on Sunday.')).toEqual([['participants', 10000]]);
    expect(pairs('About 20,000 people took part in the march.')).toEqual([['participants', 20000]]);
    expect(pairs('Thousands of demonstrators blocked the ring road.')).toEqual([['participants', 1000]]);
    expect(pairs('Some 150 protesters were released on bail.')).toEqual([]);
  });

  it('a bare "one" needs its own harm verb or predicate', () => {
    expect(pairs('The bomb killed one.')).toEqual([['killed', 1]]);
    expect(pairs('Twenty were arrested in the capital; one of the organisers spoke to us.')).toEqual([['detained', 20]]);
  });

  it('a relative clause between the subject and its predicate', () => {
    expect(pairs('Four miners who were underground at the time were killed.')).toEqual([['killed', 4]]);
  });

  it('singular subject: compound head, adverb, linking and coordinated verbs', () => {
    expect(claims('A Peruvian border guard was badly wounded.')).toEqual([['injured', 1, 'border guard']]);
    expect(pairs('A local councillor was left injured.')).toEqual([['injured', 1]]);
    expect(pairs('A taxi driver was shot and injured near the bridge.')).toEqual([['injured', 1]]);
  });

  it('"another one" after a harm verb', () => {
    expect(pairs('The mine killed three herders and wounded another one.')).toEqual([
      ['killed', 3],
      ['injured', 1],
    ]);
  });

  it('a death brought about by an event counts one', () => {
    expect(pairs('The fire spread to the market, resulting in the death of a night watchman.')).toEqual([['killed', 1]]);
    expect(pairs('Relatives mourned the death of a teacher who had retired in May.')).toEqual([]);
  });

  it('care for the injured', () => {
    expect(pairs('Of the wounded, 48 are still being treated in hospital.')).toEqual([['injured', 48]]);
  });

  it('noun-like verb forms are not cues by themselves', () => {
    expect(pairs('More than 500 inmates broke out of the jail overnight.')).toEqual([]);
    // A gathering named by its article after a participle is that verb's object ("covering the march"), no taking part.
    expect(pairs('Two journalists covering the march were also briefly held.').filter(([c]) => c === 'participants')).toEqual([]);
    expect(pairs('Thousands joined the march on Sunday.')).toEqual([['participants', 1000]]);
  });

  it('care as treatment, a patient as the object, a place or condition of care as a state', () => {
    expect(pairs('Four miners required surgery after the collapse.')).toEqual([['injured', 4]]);
    expect(pairs('Eighteen people received treatment for smoke inhalation.')).toEqual([['injured', 18]]);
    expect(pairs('Volunteer medics treated 200 people near the bridge.')).toEqual([['injured', 200]]);
    expect(pairs('Pepper spray sent 31 fans to hospital.')).toEqual([['injured', 31]]);
    expect(pairs('Six remain in hospital in the port city.')).toEqual([['injured', 6]]);
    expect(pairs('Doctors said 15 pilgrims were in critical condition.')).toEqual([['injured', 15]]);
    expect(pairs('Nine are in intensive care.')).toEqual([['injured', 9]]);
    // Staff of a hospital, and care not given for injuries, are no injured (a walkout is taking part).
    expect(pairs('Forty nurses in the hospital walked out.')).toEqual([['participants', 40]]);
    expect(pairs('Some 2 million people required humanitarian care.')).toEqual([]);
  });

  it('a toll of another harm counts that harm', () => {
    expect(pairs('The injury toll from the riots climbed to 412.')).toEqual([['injured', 412]]);
  });

  it('a state the verb puts the figure in', () => {
    expect(pairs('Nearly 400 strikers were put in detention.')).toEqual([['detained', 400]]);
    expect(pairs('About 500 students have been locked up since the vote.')).toEqual([['detained', 500]]);
    expect(pairs('Police picked up 35 people near the parliament.')).toEqual([['detained', 35]]);
    expect(pairs('Thousands have been made homeless by the floods.')).toEqual([['displaced', 1000]]);
    expect(pairs('The shelling has forced 20,000 people from their homes.')).toEqual([['displaced', 20000]]);
    expect(pairs('Twenty-three villagers were burned alive.')).toEqual([['killed', 23]]);
  });

  it('lives taken in an of-phrase, and a later death of the wounded', () => {
    expect(pairs('The epidemic of violence has claimed the lives of 56 people since May.')).toEqual([['killed', 56]]);
    expect(pairs('Two of the miners were wounded and later died.')).toEqual([['killed', 2]]);
  });

  it('the subject of an active harm verb with an object is who did it, not a victim', () => {
    expect(pairs('Two gunmen killed three guards.')).toEqual([['killed', 3]]);
    expect(pairs('Five officers arrested the journalist at dawn.')).toEqual([]);
    expect(pairs('Three soldiers killed in ambush')).toEqual([['killed', 3]]);
    expect(pairs('12 killed Monday in clashes')).toEqual([['killed', 12]]);
  });

  it('the members of a group that is the agent are no victims, nor an age set off by commas', () => {
    expect(pairs('Two reporters were injured by a mob of about 40 men.')).toEqual([['injured', 2]]);
    expect(pairs('The driver, 45, was killed on Monday.')).toEqual([]);
  });

  it('one death given as the reason for an arrest or an inquiry is no count', () => {
    expect(pairs('Two officers were charged over the killing of a teenager.')).toEqual([]);
    expect(pairs('Prosecutors opened an inquiry into the shooting of a street vendor.')).toEqual([]);
    expect(pairs('His role in the killing of a farmer is under review.')).toEqual([]);
    expect(pairs('The raid resulted in the killing of a farmer.')).toEqual([['killed', 1]]);
  });

  it('political prisoners are detained; plain prisoners are not counted', () => {
    expect(pairs('The junta now holds more than 900 political prisoners.')).toEqual([['detained', 900]]);
    expect(pairs('Monitors count 40 prisoners of conscience.')).toEqual([['detained', 40]]);
    expect(pairs('The amnesty freed 200 prisoners.')).toEqual([]);
  });

  it('a compound harm participle before the people counted', () => {
    expect(pairs('The clinic took in more than 600 war-wounded refugees last week.')).toEqual([['injured', 600]]);
    expect(pairs('Medics saw 40 bullet-wounded protesters.')).toEqual([['injured', 40]]);
  });

  it('reads care needed and injuries suffered past an adjective in "s" ("serious", "numerous")', () => {
    expect(pairs('Surgeons said 17 victims needed surgery.')).toEqual([['injured', 17]]);
    expect(pairs('Two of the wounded needed stitches.')).toEqual([['injured', 2]]);
    expect(pairs('Some of them suffered serious injuries to the chest.')).toEqual([['injured', 3]]);
    expect(pairs('Nine of them suffered various injuries.')).toEqual([['injured', 9]]);
    expect(pairs('About 300 families need shelter after the storm.')).toEqual([]);
  });

  it('counts no single arrest and no agent of an active harm verb', () => {
    expect(pairs('A soldier has been detained over the shooting.')).toEqual([]);
    expect(pairs('A sergeant was arrested after the raid on the camp.')).toEqual([]);
    expect(pairs('A gunman shot and killed one and injured another.')).toEqual([
      ['killed', 1],
      ['injured', 1],
    ]);
    expect(pairs('A sniper wounded two marchers near the bridge.')).toEqual([['injured', 2]]);
    expect(claimsInSentence({ start: 0, end: 40, text: 'A constable was shot dead in Lirabad.', paragraph: 0 }, 0)[0]?.span.text).toBe(
      'A constable was shot dead',
    );
  });

  it('counts the missing in unknown whereabouts, in those searched for and in those found again', () => {
    expect(pairs('Relatives of at least nine marchers still do not know where they are.')).toEqual([['missing', 9]]);
    expect(pairs('Rescuers were still searching for 40 villagers on Tuesday.')).toEqual([['missing', 40]]);
    expect(pairs('Police are searching for 12 suspects after the bombing.')).toEqual([]);
    expect(pairs('Divers are searching for a fisherman swept away by the flood.')).toEqual([]);
    expect(pairs('More than 500 marchers turned up at the rally.')).toEqual([['participants', 500]]);
  });

  it('counts the displaced who cross a border, not a crossing into a square nor troops sent with it', () => {
    expect(pairs('About 2,000 people crossed the border into Varda on Sunday.')).toEqual([['displaced', 2000]]);
    expect(pairs('Almost 90,000 people had been registered crossing from Ostria into Varda.')).toEqual([['displaced', 90000]]);
    expect(pairs('The number of people who have crossed into Varda since May passed 300,000.')).toEqual([['displaced', 300000]]);
    expect(pairs('Two thousand marchers crossed into the square at noon.')).toEqual([['participants', 2000]]);
    expect(pairs('The army crossed into Norland with 3,000 troops.')).toEqual([]);
  });

  it('counts a people named by its country arriving or registered where it fled to as displaced, not others arriving', () => {
    expect(pairs('Some 40,000 Syrians have arrived in Jordan since March.')).toEqual([['displaced', 40000]]);
    expect(pairs('In Chad, 12,500 Sudanese have been registered.')).toEqual([['displaced', 12500]]);
    expect(pairs('About 3,000 Congolese have now arrived in the camp.')).toEqual([['displaced', 3000]]);
    expect(pairs('Some 500 delegates have arrived in Geneva.')).toEqual([]);
  });

  it('reads tolls of a figure, lists of names, and cases that count no people', () => {
    expect(pairs('The monitor said the revised death toll of 93 was released by the ministry.')).toEqual([['killed', 93]]);
    expect(pairs('An injury toll of 40 was published on Friday.')).toEqual([['injured', 40]]);
    expect(pairs('The list of political prisoners, which keeps growing, now contains more than 450 names.')).toEqual([['detained', 450]]);
    expect(pairs('The list of guests held 300 names.')).toEqual([]);
    expect(pairs('The group documented at least 700 cases of detainees being beaten.')).toEqual([]);
    expect(pairs('Monitors recorded 1,500 cases of enforced disappearance.')).toEqual([['missing', 1500]]);
  });

  it('reads no verb after a bare figure a preposition takes as its own', () => {
    expect(pairs('The newest deaths push the overall toll up to 39 since the riots began in May, sparked by the ouster of the mayor.')).toEqual([
      ['killed', 39],
    ]);
  });

  it('shares the predicate after a list of figures by place (list-predicate)', () => {
    expect(pairs('Three in Lashio, one in Myitkyina and two in Monywa were shot dead on Friday.')).toEqual([
      ['killed', 3],
      ['killed', 1],
      ['killed', 2],
    ]);
    expect(pairs('2 in Kalay Town, Chin State, lost their lives on Sunday.')).toEqual([['killed', 2]]);
    // Every member of a complement's list, a relative clause after the last.
    expect(pairs('The dead include four children and two soldiers who were buying food for their unit.')).toEqual([
      ['killed', 4],
      ['killed', 2],
    ]);
    // Administrative units by their local names are places.
    expect(pairs("Protests were reported in 8 of the country's 33 prefectures.")).toEqual([['places', 8]]);
    // Other countries' units by their own names.
    expect(pairs('The floods have reached 23 barangays, the disaster office said.')).toEqual([['places', 23]]);
    // Adverbs of degree, joined, between the auxiliary and the verb of a flood.
    expect(pairs('About 75 villages have been partly or totally destroyed.')).toEqual([['places', 75]]);
    // What a record puts people down as; people buried (not under rubble) are dead.
    expect(pairs('The ombudsman registered seven people as missing.')).toEqual([['missing', 7]]);
    expect(pairs('Elders said at least 25 people had been buried by Monday.')).toEqual([['killed', 25]]);
    expect(pairs('Dozens of people were buried under the rubble.')).toEqual([]);
    // A denied victim is none; one person the sentence names as one of a count is no count.
    expect(pairs('The minister said not a single civilian died.')).toEqual([]);
    expect(pairs('Musa is one of at least 27 people killed since the protests began.')).toEqual([['killed', 27]]);
    // Two figures a comma alone parts are two clauses: the people a relay cites are no victims.
    expect(pairs('According to the Velmar Courier, which cited two doctors, 15 people died.')).toEqual([['killed', 15]]);
  });

  it('counts no children of kin, no wounds on one body, and no death in a bare "shot and"', () => {
    expect(pairs('A mother of three was shot dead at the checkpoint.')).toEqual([]);
    expect(pairs('The father of two died in hospital on Sunday.')).toEqual([]);
    expect(pairs('He died of two gunshot wounds to the chest.')).toEqual([]);
    expect(pairs('Police said three officers had been shot and one of them died.')).toEqual([['killed', 1]]);
    expect(pairs('Gunmen shot and killed four guards.')).toEqual([['killed', 4]]);
  });

  it('counts custodial sentences and people held as detained, not death sentences', () => {
    expect(pairs('Courts sentenced 300 people to administrative arrest.')).toEqual([['detained', 300]]);
    expect(pairs('About 150 marchers were handed jail terms of up to 15 days.')).toEqual([['detained', 150]]);
    expect(pairs('Twenty activists were sentenced to prison on Monday.')).toEqual([['detained', 20]]);
    expect(pairs('The court sentenced 12 men to death.')).toEqual([]);
    expect(pairs('Police held 90 people overnight.')).toEqual([['detained', 90]]);
    expect(pairs('By Friday 2,410 people remained in detention; 75 of them have been sentenced.')).toEqual([
      ['detained', 2410],
      ['detained', 75],
    ]);
  });

  it('reads injury predicates without an injury word (beaten, hit by rounds, lost an eye, sought care)', () => {
    expect(pairs('Police said 25 officers were beaten by rioters.')).toEqual([['injured', 25]]);
    expect(pairs('At least 60 people were hit by rubber bullets.')).toEqual([['injured', 60]]);
    expect(pairs('Some 45 marchers lost an eye to pellet rounds.')).toEqual([['injured', 45]]);
    expect(pairs('Nine protesters lost sight in one eye.')).toEqual([['injured', 9]]);
    expect(pairs('At least 18 people may have lost the sight of an eye.')).toEqual([['injured', 18]]);
    expect(pairs('The party lost the vote by 12.')).toEqual([]);
    expect(pairs('Twelve people needed medical attention after the clashes.')).toEqual([['injured', 12]]);
    expect(pairs('Over 400 people sought treatment at the clinic.')).toEqual([['injured', 400]]);
    expect(pairs('Two men were stabbed to death.')).toEqual([['killed', 2]]);
    expect(pairs('The 40 detainees were kept in a gym.')).toEqual([['detained', 40]]);
  });

  it('counts no single family, the dead among the wounded, and remains found', () => {
    expect(pairs('The dead included 14 members of one family.')).toEqual([['killed', 14]]);
    expect(pairs('Five of the wounded succumbed to their injuries.')).toEqual([['killed', 5]]);
    expect(pairs('Two of the injured were in critical condition.')).toEqual([['injured', 2]]);
    expect(pairs('The remains of 27 people were found near the river.')).toEqual([['killed', 27]]);
    expect(pairs('Officials said one police officer had lost his life.')).toEqual([['killed', 1]]);
    expect(pairs('A young marcher lost his life in the clashes.')).toEqual([['killed', 1]]);
  });

  it('counts no release of detainees as detentions', () => {
    expect(pairs('Authorities released 300 detainees on Friday.')).toEqual([]);
    expect(pairs('More than 500 detainees were freed under the amnesty.')).toEqual([]);
    expect(pairs('More than 500 detainees remain in the camp.')).toEqual([['detained', 500]]);
  });

  it('reads one member of a body as one person ("a member of the riot police was killed")', () => {
    expect(pairs('Officials described a member of the security forces slain by a resident of Dorn.')).toEqual([['killed', 1]]);
    expect(pairs('A member of the riot police was killed on Friday.')).toEqual([['killed', 1]]);
    expect(pairs('A member of the opposition party said the vote was rigged.')).toEqual([]);
    expect(pairs('A relative of the victim was arrested.')).toEqual([]);
  });
});
