/**
 * Attribution probes: invented sentences (names, places, numbers and wording of our own) in the
 * ways reports attribute figures. Each row is a text and the source of each claim it states, in
 * order (null: the outlet's own). Classes, not corpus sentences: a failing row is a construction
 * the attribution stage does not read.
 */
import { describe, expect, it } from 'vitest';
import { sourceEntity } from '../../src/extract/entities.js';
import { extract } from '../../src/extract/index.js';

const sourcesOf = (text: string) => extract({ text, published: '2024-03-05' }).claims.map((c) => c.source?.name ?? null);
const kindOf = (text: string) => extract({ text, published: '2024-03-05' }).claims.map((c) => c.source?.kind ?? null);

type Row = [text: string, ...sources: Array<string | null>];

const check = (rows: Row[]) =>
  it.each(rows)('%s', (text, ...want) => {
    expect(sourcesOf(text)).toEqual(want);
  });

describe('attribution probes: reporting verbs', () => {
  check([
    // An idiom of giving states nothing: the speaker is the one at the sentence's end.
    ['A quarry wall gave way outside Sokoto on Thursday, killing 9 workers, the state emergency agency said.', 'state emergency agency'],
    ['The old footbridge gave way during the festival, killing 14 pilgrims, the district office said.', 'district office'],
    ['A crowded balcony gave way on Friday night, killing 6 guests, police said.', 'police'],
    // A verb of recognising a count, as one of acknowledging it, past an aside.
    ['The interior ministry, in a note sent to reporters, recognised only two deaths.', 'interior ministry'],
    // A participle of speech shares the main clause's subject past an aside between commas.
    ['The mayor, in a radio interview, disputed the count, saying no more than 9 officers had been hurt.', 'mayor'],
    // An adverb before an ambiguous verb marks it a verb; a one-word aside between subject and verb.
    ['The Orvan Rights Network also puts the toll at 44.', 'Orvan Rights Network'],
    ['The national relief agency, however, put the death toll at 112 in a statement.', 'national relief agency'],
    ['Local activists submitted evidence that at least seven protesters were shot dead.', 'Local activists'],
    ['The government acknowledges 27 deaths in the unrest.', 'government'],
    ['The ministry admits 12 people died in custody.', 'ministry'],
    // A body that assigns a figure to a cause states it; a panel or a tribunal is a body that may speak.
    ['The review board, chaired by a former judge, attributed 41 deaths to the floods in the valley.', 'review board'],
    ['The panel said 17 people died in the camp fire.', 'panel'],
    ['The tribunal found that 23 prisoners had been executed.', 'tribunal'],
    // People named by the victims they stand for, the victims named by what befell them.
    ['Families of the missing say at least 31 fishermen are still unaccounted for.', 'Families of the missing'],
    ['Families of those abducted say 18 girls are still held.', 'Families of those abducted'],
    // A body in the subject of "claimed N lives" is where the harm fell; the verb takes lives and states nothing.
    ['The mudslide in the Tarvo Regional Council alone claimed 14 lives.', null],
    ['The Tarvo Regional Council claimed 14 lives had been lost.', 'Tarvo Regional Council'],
    // A body's name in apposition to its description keeps the particles of its language.
    ['A rights monitor, the Centro Andino de Memoria (CAM), said it had confirmed 16 deaths.', 'Centro Andino de Memoria'],
    // A body's one team speaks for it, as its staff do; "the directorate" refers back to a directorate named.
    ["The Orsk Tenants Union (OTU) said 12 were evicted. At least 9 tenants were hurt, according to OTU's legal team.", 'OTU'],
    [
      'The Regional Water Directorate said 6 people drowned. The directorate said 20 more were missing.',
      'Regional Water Directorate',
      'Regional Water Directorate',
    ],
    // "Hon." is a title before a name in apposition: the name speaks the quote after "said:".
    ['The Minister of Water, Hon. Piet Varga, said: "I regret to inform the public that three divers have lost their lives."', 'Piet Varga'],
    // A prefect is a title; a role of a place is the role its holder, named next, holds.
    [
      'The death toll has risen to 31, the prefect of Orsk department said on Monday.\n\nPrefect Lena Darou told reporters that 45 people were wounded.',
      'Lena Darou',
      'Lena Darou',
    ],
    // One person who may also be counted speaks as a witness.
    ['A woman said she had seen eight bodies at the clinic.', 'woman'],
    ['One protester told reporters that 30 people had been arrested.', 'protester'],
    // "The official" is no resident named before; the role set off after it says which official.
    [
      '"We buried 27 people," resident Abebe Tolosa said. The official, a district administrator who spoke on condition of anonymity, said 18 others had been wounded.',
      'Abebe Tolosa',
      'district administrator',
    ],
    ['"We buried 27 people," resident Abebe Tolosa said. The official said 18 others had been wounded.', 'Abebe Tolosa', 'official'],
    // A participle of affiliation after the speaker's head goes on with its object; the description names the body next.
    ['A monitor affiliated with the opposition said 108 people had been killed.', 'monitor affiliated with the opposition'],
    [
      "A doctors' committee linked to the protest movement said 108 people had been killed. The Velmar Committee of Doctors had put the toll at 60 on Tuesday.",
      'Velmar Committee of Doctors',
      'Velmar Committee of Doctors',
    ],
    // "The group" is the body that spoke since an apposition called another one a group; a body's noun before a name makes it a body's.
    [
      'Jets struck villages held by the Orvan National Union, an ethnic armed group, killing at least three people, according to the relief group Free Velm Rangers. The group said about 3,000 villagers fled.',
      'Free Velm Rangers',
      'Free Velm Rangers',
    ],
    // A place within a place after the people who speak is read back past both.
    ['Doctors at two hospitals in the city said they treated dozens of civilians, most for tear gas.', 'Doctors'],
    ['Officials at the health ministry in the capital said 40 people had died.', 'Officials at the health ministry'],
    // An age describes the one who speaks; it counts no one.
    ['A 19-year-old student told reporters that six people had been killed.', '19-year-old student'],
    ['The father of a 17-year-old said at least 12 people had been arrested.', 'father of a 17-year-old'],
    // A scene-setting phrase opening the sentence without a comma is no part of the subject.
    ['In March the interior minister said the toll was 200.', 'interior minister'],
    ['In a televised speech the governor said 14 people had died.', 'governor'],
    ['Colonel Marta Ivers said 23 people were killed in the clashes.', 'Marta Ivers'],
    // "The spokesman" is the person whose role says so, not the last person who spoke.
    [
      'The army spokesman, Abdi Farah, said 16 were killed. Relatives gathered. Sahra Ali, 45, said she had not heard from her brother. The spokesman added that troops had arrested 12 people.',
      'Abdi Farah',
      'Abdi Farah',
    ],
    // A role with a demonstrative ("that hospital") before a titled name in apposition.
    ['The wounded were taken to the regional hospital. The director of that hospital, Dr. Mara Veldt, said eight were still being treated.', 'Mara Veldt'],
    // A body's name in apposition after the people it is, its acronym in brackets after it.
    ['The organisers of the sit-in, the Tessa Rights Movement (TRM), say 11 people died.', 'Tessa Rights Movement'],
    // Tellers joined by "and" are no one state body of the report's country.
    ['Rallies spread across Velmaria on Sunday. Doctors and police said 14 people had been hurt in Orsk.', 'Doctors and police'],
    // A plural subject's present of a verb of asserting.
    ['The Orvan police insist that only eight people have died.', 'Orvan police'],
    ['Rights groups allege that 40 people were tortured in custody and 12 died.', 'Rights groups', 'Rights groups'],
    // A generic source covers its own sentence, past a semicolon.
    ['The ministry said 32 police officers were hurt; 13 of the wounded needed surgery.', 'ministry', 'ministry'],
    // A coordinated verb shares the subject of its own clause, after a semicolon or a fronted phrase.
    ['Crowds marched on Monday; the Orvan police fired tear gas and said they had arrested 46.', 'Orvan police'],
    ['After the rally, the Orvan police fired tear gas and said they had arrested 46.', 'Orvan police'],
    // After a role set off by commas, what follows the verb is what was said, not a speaker after it.
    ['Colonel Marta Ivers, a spokeswoman, said the dead included three soldiers.', 'Marta Ivers'],
    // A military unit's name is a body's, so "she" is the person before it.
    ['Colonel Marta Ivers, spokeswoman for the army\'s 4th Mountain Division, spoke. "Nine civilians lost their lives," she told reporters.', 'Marta Ivers'],
    // A number may close a body's name.
    ['Pravda 21, a group of lawyers that compiles names from relatives, says it has documented 1,395 detentions.', 'Pravda 21'],
    ['Forty said they had been beaten in custody.', null],
    ['The interior ministry says 140 protesters have been detained.', 'interior ministry'],
    ['Bexley Relief told reporters that 31 people had been injured.', 'Bexley Relief'],
    ['The Norland Red Crescent reported 17 deaths in the town.', 'Norland Red Crescent'],
    ['Police announced that 210 people had been arrested overnight.', 'Police'],
    ['The regional governor confirmed 12 deaths on Tuesday.', 'regional governor'],
    ['The Harbour Monitor estimated that 4,000 people had fled the district.', 'Harbour Monitor'],
    ['The Civic Rights Union put the figure at 88 killed.', 'Civic Rights Union'],
    ['The Civic Rights Union put the death toll at 88.', 'Civic Rights Union'],
    ['The provincial morgue recorded 19 deaths over the weekend.', 'provincial morgue'],
    ['Lawyers for Justice documented 301 arrests in the capital.', 'Lawyers for Justice'],
    ['Amnesty International has recorded at least 143 deaths.', 'Amnesty International'],
    ['The Kessel Bar Association estimated on Friday that more than 1,000 people had been arrested.', 'Kessel Bar Association'],
    ['The Darrow Medical Council put the number of injured at 450.', 'Darrow Medical Council'],
    ['Local journalists counted 14 bodies at the morgue.', 'Local journalists'],
    ['In a statement, the Orvan Rights Network said 44 people had been killed.', 'Orvan Rights Network'],
    ['The Orvan Rights Network said in a statement on Monday that 44 people had been killed.', 'Orvan Rights Network'],
    ['The Orvan Rights Network estimates the toll at 44.', 'Orvan Rights Network'],
    ['The Orvan Rights Network puts the number of dead at 44.', 'Orvan Rights Network'],
    // A modifier between article and noun, and a count set above or below a figure.
    ['The exiled party puts the number of dead above 2,000.', 'exiled party'],
    // Critics assert the harm they criticise others for.
    ['Aid groups criticised the authorities for detaining 140 migrants.', 'Aid groups'],
    ['The Orvan Rights Network has verified 44 deaths.', 'Orvan Rights Network'],
    ['The Orvan Rights Network tallied 44 deaths in the first week.', 'Orvan Rights Network'],
    ['The Orvan Rights Network reported on Monday 44 deaths.', 'Orvan Rights Network'],
    ['Yesterday 12 protesters were arrested, officials said.', 'officials'],
    ['The toll stands at 71, officials say.', 'officials'],
    // A service named by one lower-case noun, as "the navy" is.
    ['At least 38 people are feared dead after a boat capsized, the coastguard said.', 'coastguard'],
  ]);
});

describe('attribution probes: according to, citing, documents', () => {
  check([
    // Figures compiled by one body and reported by another are the compiler's.
    [
      "At least 43 people were killed, according to figures compiled by the Orsk Nurses' Association and published by the daily Vell Herald.",
      "Orsk Nurses' Association",
    ],
    // A body's name runs on past "for the" and "of the" to its capitalised words.
    ['According to the UN Office for the Relief of Flood Victims, 250,000 people have been displaced.', 'UN Office for the Relief of Flood Victims'],
    [
      'According to the Kessel Office for the Relief of Flood Victims (KORF), 250,000 people have been displaced. KORF said 40 died.',
      'Kessel Office for the Relief of Flood Victims',
      'Kessel Office for the Relief of Flood Victims',
    ],
    // A speaker opening a clause after a semicolon tells that clause only.
    ['Rescuers find 34 bodies; villagers say more dead', null],
    // A body's death toll is that body's count (a country's or an event's is no one's).
    ["The Government's official death toll stands at 92, with 118 people still missing.", 'Government', 'Government'],
    ["Kenya's death toll rose to 40.", null],
    // "The army" is the state's, never an insurgency named with the word.
    ['Gunmen from the Orsk Liberation Army ambushed a patrol on Tuesday, killing three soldiers and wounding five, the army said.', 'army', 'army'],
    // A speaker in a clause "as" opens tells that clause's figures, not the main clause's.
    ['Strikes spread to at least 12 towns on Tuesday, as the health ministry reported four more deaths.', null, 'health ministry'],
    // An outlet that carried a statement relays it; the statement is its speaker's.
    ['Police gave a very different account. In a statement carried by the official Orsk News Agency, the force said it had recorded one death.', 'Police'],
    // A toll the sentence opens on, given by a body, is that body's.
    ['The earlier toll, given by the prison authority on Tuesday, was 84.', 'prison authority'],
    // A description holding an acronym, set off before a body's acronym: the acronym names it.
    ['Eleven people died, according to the UN refugee agency, UNHCR.', 'UNHCR'],
    // A participle's agent after people describes them; after a figure it is who gave it.
    ['Soldiers killed at least four people, according to witnesses and doctors interviewed by the Kessel Rights Forum.', 'witnesses and doctors'],
    ['Soldiers killed at least four people, according to a toll released by the ministry.', 'ministry'],
    // People at an office cited are that office's officials.
    ['About 1,500 people were killed, according to three officials at the interior ministry.', 'interior ministry officials'],
    ['At least 56 people have died, according to the Velmar Health Institute.', 'Velmar Health Institute'],
    ['According to local medics, 14 people were wounded.', 'local medics'],
    ['The toll, according to the Orvan Rights Network, has risen to 44.', 'Orvan Rights Network'],
    ['Forty-four people were killed, according to figures from the Orvan Rights Network.', 'Orvan Rights Network'],
    ['Forty-four people were killed, according to data compiled by the Orvan Rights Network.', 'Orvan Rights Network'],
    ['Forty-four people were killed, according to a tally by the Orvan Rights Network.', 'Orvan Rights Network'],
    // The keeper of a record, past the state it lists people in.
    ['Her husband is one of 23 people listed as missing by the Orvan Rights Network.', 'Orvan Rights Network'],
    // A time between the document's participle and its author.
    ['The protests spread to more than 50 towns, according to a count compiled at the time by Orvan Radio.', 'Orvan Radio'],
    ["Forty-four people were killed, according to the Orvan Rights Network's latest count.", 'Orvan Rights Network'],
    ["The Orvan Rights Network's latest figures show 44 dead.", 'Orvan Rights Network'],
    // "The confederation" refers back to the confederation named before.
    [
      'A leader died, according to the Velmar Confederation of Farmers. The confederation said the toll may stand at six, but the ombudsman said it had not confirmed that death.',
      'Velmar Confederation of Farmers',
      'Velmar Confederation of Farmers',
    ],
    // People "on" a ward speak as people "at" a hospital do; a relative clause's "on a landline" places no one.
    ['A doctor on the emergency ward said staff had treated about 120 people since Tuesday.', 'doctor'],
    // People of a hospital are named with it, as one person at a hospital is; people of a town are the people.
    ['Doctors at the Velmar General Hospital said 28 people had been admitted with gunshot wounds.', 'Doctors at the Velmar General Hospital'],
    ['Medical staff at a public hospital in Sarn said 28 people had been admitted with gunshot wounds.', 'Medical staff at a public hospital in Sarn'],
    ['Doctors in Sarn said 28 people had been admitted with gunshot wounds.', 'Doctors'],
    // A body of a level of government is no earlier body whose name does not say so; a bare "agency" is the one before.
    [
      'The Velmar Youth Forum says the real toll is far higher. The state disaster agency said on Wednesday that about 38,000 people were living in camps.',
      'state disaster agency',
    ],
    [
      'The Velmar Relief Network says the real toll is far higher. The agency said on Wednesday that about 38,000 people were living in camps.',
      'Velmar Relief Network',
    ],
    // A relative clause's own verb of speech leaves the speaker before it ("on condition of anonymity" is no one).
    ['A nurse who spoke on condition of anonymity said 70 people had been admitted with gunshot wounds.', 'nurse'],
    // "It" is a body, never people named in the plural since.
    [
      'A week of rain has killed at least 31 people, the Velmar disaster agency said. Villagers said the slide came at night. More than 12,000 people have been evacuated from their homes, it said.',
      'Velmar disaster agency',
      'Velmar disaster agency',
    ],
    // "They" is the people just named, a plural noun opening the sentence (not the body before them).
    [
      'The agency said 86 people had died. Elders in Sarn said the official figures understated the toll in their area, where they said at least 25 people had been buried.',
      'agency',
      'Elders',
    ],
    ['A man in Sarn who reached our newsroom on a landline said he had seen at least four bodies.', 'man in Sarn'],
    // A participle of where people are posted is read past to the people.
    ['Network volunteers stationed at three city hospitals recorded 27 people admitted with gunshot wounds.', 'Network volunteers'],
    // A body's monitoring or documentation is its count.
    ["Protests were recorded in more than 160 cities, according to the Network's monitoring.", 'Network'],
    ["The Orvan Rights Network's figures put the death toll at 44.", 'Orvan Rights Network'],
    ['Data compiled by the Orvan Rights Network show 44 people dead.', 'Orvan Rights Network'],
    ['Figures from the Orvan Rights Network show 920 people in detention.', 'Orvan Rights Network'],
    // A present participle with its object after an author written in lower case opens a clause: it ends the author.
    ['The governor dismissed a tally released by an alliance of civic groups showing that 27 people had died in the unrest.', 'alliance of civic groups'],
    // The rest of an agents' list after "by X," is no subject of the verb: the first agent named is the author.
    // (A time after "by" is no agent.)
    ['Lawyers said 300 men were held. By Sunday, the lawyers said, dozens were still unaccounted for.', 'Lawyers', 'lawyers'],
    ['A joint survey by the Red Cross, local clinics and two churches counted 70 deaths.', 'Red Cross'],
    ['A review by OCHA, its partners and the provincial government recorded 300 deaths.', 'OCHA'],
    // (A participle that makes a document, after its noun with an agent, is no verb of the words before it.)
    ['Officials dismissed numbers issued by a network of village monitors putting the toll at 31.', 'network of village monitors'],
    ['Officials rejected a report released by a network of village monitors showing 31 deaths.', 'network of village monitors'],
    ["According to the Orvan Rights Network's figures, 920 people are in detention.", 'Orvan Rights Network'],
    // A body's website is where it publishes its counts; "the union" refers back to the union named before.
    [
      "Thousands marched on Friday, the Velmar teachers' union said. Rallies were held in 31 towns, according to the union's website.",
      "Velmar teachers' union",
      "Velmar teachers' union",
    ],
    ['A report by the Delta Observatory found that 45 people were killed.', 'Delta Observatory'],
    ['The figure of 300 detained was given by the Orvan Rights Network.', 'Orvan Rights Network'],
    ["Forty deaths were confirmed by the coroner's office.", "coroner's office"],
    // The one cited is the origin; an anonymous group cited leaves the named relay to stand on, unless
    // the report calls it its source ("citing police sources"): an informant is an origin, named or not.
    ['State radio, citing the health ministry, said 33 people had died.', 'health ministry'],
    ['Citing police, the Velmar Rights Network says 600 officers have been injured.', 'police'],
    ['The Velmar Times reported that 40 people had been arrested, citing security officials.', 'Velmar Times'],
    // A list of modifiers sharing one head is one phrase cited, its commas no boundary of the aside.
    ['The Velmar Times, citing security, medical and local sources, reported that 40 people had died.', 'security, medical and local sources'],
    ['Channel Six, quoting sources at the port, reported that 40 people had died.', 'sources at the port'],
    ['The Velmar Times, citing the health, interior and defence ministries, reported that 40 people had died.', 'health, interior and defence ministries'],
    // A relative clause on a figure that no one else tells is told by the clause it hangs on.
    [
      'The Orvan health ministry said 6,200 people had been treated for injuries, of whom 380 were still in hospital.',
      'Orvan health ministry',
      'Orvan health ministry',
    ],
    [
      'A ministry spokesman said 90 people had been treated for wounds, of whom 12, according to doctors, were in intensive care.',
      'ministry spokesman',
      'doctors',
    ],
    // A document referred back to is its makers', even named in an "according to".
    [
      'At least 180 people were killed, according to tallies compiled by rights groups. At least 2,000 were wounded and 7,000 detained, the tallies show.',
      'rights groups',
      'rights groups',
      'rights groups',
    ],
    // An "according to" opening the sentence frames its later clauses too.
    ['According to Okello, the attackers set the dormitory alight, while the bodies of 20 boys were recovered from the river.', 'Okello'],
    // A body's acronym closing the role before a name in apposition; a day between a relative pronoun and its verb.
    ['The head of the Velmar Defence Command (VDC), General Ana Ruiz, told reporters that 12 soldiers had been killed.', 'Ana Ruiz'],
    ['Prime Minister Tomas Helm, who on Thursday had put the toll at 15, has suspended the police chief.', 'Tomas Helm'],
  ]);
  it('keeps the relay in via', () => {
    const [c] = extract({ text: 'State radio, citing the health ministry, said 33 people had died.' }).claims;
    expect(c!.source?.via).toEqual(['State radio']);
  });
  it('relays through the outlet a speaker told, named or described', () => {
    const vias = (text: string) => extract({ text }).claims.map((c) => c.source?.via);
    expect(vias('A senior security official told the Velmora Times that 19 officers were wounded.')).toEqual([['Velmora Times']]);
    expect(vias('The governor told state television that 7 people had died.')).toEqual([['state television']]);
    expect(vias('At least one person was killed, the acting governor told the state news agency VNA.')).toEqual([['VNA']]);
    // A hearer that is no outlet relays nothing.
    expect(vias('The minister told a news conference that 12 people had been arrested.')).toEqual([[]]);
    expect(vias('The police chief told the Varno High Court that 12 people had been arrested.')).toEqual([[]]);
  });
  it('relays through a speaker only while its own words run on', () => {
    const vias = (text: string) => extract({ text }).claims.map((c) => c.source?.via);
    // A speaker whose figure came before the next speaker's verb has told its own figure.
    expect(vias('Police said 40 people were detained, and activists said 12 were hurt.')).toEqual([[], []]);
    expect(vias('Police said activists had told them that 12 were hurt.')).toEqual([['Police']]);
  });
});

describe('attribution probes: trailing and inverted speakers', () => {
  check([
    // A quote closed on its own stop, then a sentence with a verb of its own: that sentence's subject said nothing.
    [
      'Police spokesman Ali Karim told journalists that 40 people had been arrested and that "only three people died while attacking a checkpoint." The Kessel Rights Forum was unable to confirm it.',
      'Ali Karim',
      'Ali Karim',
    ],
    ['Nine people were killed when the bus crashed, the coroner said.', 'coroner'],
    ['Two officers were hurt, a spokesman for the city police said.', 'city police'],
    ['Eleven people were detained, a spokeswoman for the Kerrow prosecutor said.', 'Kerrow prosecutor'],
    ['Forty-four people were killed, the Orvan Rights Network said in a statement.', 'Orvan Rights Network'],
    ['Security forces have killed at least 36 people since Friday, the Kessel Bar Association said in a statement on Tuesday.', 'Kessel Bar Association'],
    ['Forty people died, said Lena Park, a doctor at the Central Hospital.', 'Lena Park'],
    ['Forty people died, said Dr Lena Park of the Central Hospital.', 'Lena Park'],
    ['At least 30 people have been killed, the country’s interior minister, Piet Olsen, said.', 'Piet Olsen'],
    ['Twenty people were killed on Saturday, police said, adding that 40 more were wounded.', 'police', 'police'],
    ['“We have counted 27 dead since Friday,” said Amira Dessel, a volunteer in the town.', 'Amira Dessel'],
    ['“At least 15 are still missing,” the mayor said.', 'mayor'],
  ]);
});

describe('attribution probes: roles, names and kinds', () => {
  check([
    // Where a speaker lies, set off by commas, and "alone" after a subject, are no part of who speaks.
    ['The governor of Velt province, east of the capital, said 44 people had died.', 'governor of Velt province'],
    [
      'Ilse Marovic, a surgeon at Orsk Regional Hospital, said 40 people died. Her clinic alone had taken in 90 wounded since Monday, she said.',
      'Ilse Marovic',
      'Ilse Marovic',
    ],
    // A participle of saying after a subject named in full, "of" in its name and a relative clause set off after it.
    [
      'The Confederation of Orsk Labour, which coordinates the strike from exile, went further on Wednesday, claiming that 40 people had been killed.',
      'Confederation of Orsk Labour',
    ],
    // A name given in an aside keeps its particles ("del", "de").
    ['The office, known as the Oficina del Pueblo, said in a statement that police had detained 406 people.', 'Oficina del Pueblo'],
    // People who belong to a body named in full speak for it.
    ['Leaders of the Tarvo Farmers Union said at least 25 protesters had been killed.', 'Tarvo Farmers Union'],
    // People from a body speak for it; people from a place are named by their noun.
    ['Organisers from the Tarvo Farmers Union said about 9,000 people joined the march.', 'Tarvo Farmers Union'],
    ['Doctors from Tarvo said 40 people had been hurt.', 'Doctors'],
    // A role in capitals after its article, in apposition to a name.
    ['The Assembly Member, Ama Owusu, said 7 residents were still unaccounted for.', 'Ama Owusu'],
    // A role with no name is the one person the report names with that role, before or after.
    ["Kessel's interior minister said 40 people were arrested. Interior Minister Ana Ruiz later visited the city.", 'Ana Ruiz'],
    ["Nine people died, Port Varla's governor said. Gov. Tomas Brandt toured the hospital.", 'Tomas Brandt'],
    // The role's head, definite, in apposition to a name soon after names its holder, a rank or title before the name or not;
    // a role in capitals ("Chief District Officer") is a role, its first word no title of a name.
    ['A police spokeswoman said 8 people had been arrested. The spokeswoman, Sergeant Lena Ortiz, said patrols would go on.', 'Lena Ortiz'],
    ['The regional health minister said 50 people were treated for wounds. The minister, Dr Alain Kasongo, visited the ward.', 'Alain Kasongo'],
    ['The Chief District Officer said 17 people were missing. The officer, Ram Prasad Thapa, toured the site.', 'Ram Prasad Thapa'],
    ['The Chief Medical Officer said 17 people were missing.', 'Chief Medical Officer'],
    // (Two who hold such a role leave it a role.)
    ['The minister said 40 people were killed. Interior Minister Ana Ruiz met Defence Minister Ivo Brandt later.', 'minister'],
    // One person told apart by where they are: the place is part of who speaks.
    ['A doctor at Kessel General Hospital said 40 people had died.', 'doctor at Kessel General Hospital'],
    ['Nine people were killed, a senior nurse in Port Varla told reporters.', 'senior nurse in Port Varla'],
    ['Defence Minister Jane Roe said 18 soldiers were killed.', 'Jane Roe'],
    ['Health Ministry spokesman Ali Karim said 64 people had been wounded.', 'Ali Karim'],
    ['Interior Minister Piet Olsen told parliament that 120 people had been detained.', 'Piet Olsen'],
    ['Marta Ivers, a spokeswoman for the regional police, said 9 people were arrested.', 'Marta Ivers'],
    ['A spokesman for the ministry, Ali Karim, said 40 people had been arrested.', 'Ali Karim'],
    ['Ministry spokesman Ali Karim told AFP that 40 people had been arrested.', 'Ali Karim'],
    ['Jane Roe, who heads the Darrow Relief Committee, said 40 families had been displaced.', 'Jane Roe'],
    ['Speaking to reporters, Jane Roe said 40 people had been arrested.', 'Jane Roe'],
    ['Speaking on condition of anonymity, a police officer said 40 people had been arrested.', 'police officer'],
    ['Activists said 25 people were arrested in the square.', 'Activists'],
    ['Organisers said 80,000 people joined the march.', 'Organisers'],
    ['Medics said 13 people were treated for gunshot wounds.', 'Medics'],
    ['Analysts estimate that 2,000 fighters have been killed.', 'Analysts'],
    ['Witnesses said at least eight bodies lay in the street.', 'Witnesses'],
    ['Residents said 5 people were killed when the shell hit.', 'Residents'],
    ['Relatives said 40 people were still missing.', 'Relatives'],
    ['Rescue workers said 40 people had been killed.', 'Rescue workers'],
    ['Rights groups say 40 people have been detained.', 'Rights groups'],
    ['Local media reported that 40 people had been detained.', 'Local media'],
    ['Hospital officials in Darrow said 22 wounded people had been admitted.', 'Hospital officials'],
    ['Officials in Darrow said 40 people had been killed.', 'Officials'],
    ['Police in Darrow said 40 people had been arrested.', 'Darrow police'],
    ['In Darrow, police said 40 people had been arrested.', 'police'],
    ['A security source said 40 people had been arrested.', 'security source'],
    ['Human Rights Watch said 61 people had been detained without charge.', 'Human Rights Watch'],
    ["Peru's human rights office said 17 people had been killed.", "Peru's human rights office"],
    ["Norland's interior ministry said 40 people had been arrested.", "Norland's interior ministry"],
    ['The UN refugee agency said 300,000 people had fled.', 'UN refugee agency'],
    ['UNICEF said 12 children had been killed.', 'UNICEF'],
    ['Medecins Sans Frontieres (MSF) said 40 wounded people had been treated at its clinic.', 'Medecins Sans Frontieres'],
    ['The Velmar Times reported that 40 people had been detained.', 'Velmar Times'],
  ]);
  it('reads the kind of source', () => {
    expect(kindOf('Defence Minister Jane Roe said 18 soldiers were killed.')).toEqual(['person']);
    expect(kindOf('Activists said 25 people were arrested in the square.')).toEqual(['group']);
    // A press word in a description in apposition makes the name an outlet's.
    expect(kindOf('Independent news site Orvan Today put the number of dead at 34.')).toEqual(['outlet']);
    // Bodies named in Spanish, Portuguese or French are bodies, not people.
    expect(sourceEntity('Observatorio Humanitario Velm')?.kind).toBe('organisation');
    expect(sourceEntity('Fundación Paz Velm')?.kind).toBe('organisation');
    expect(kindOf('Nine people were killed when the bus crashed, the coroner said.')).toEqual(['person']);
    expect(kindOf('A doctor at Kessel General Hospital said 40 people had died.')).toEqual(['person']);
    expect(kindOf('The acting governor of Velmo confirmed that one man was killed.')).toEqual(['person']);
    // A name whose head is a role noun is a body when an organisation's word stands before it; not a state body's word in a title.
    expect(kindOf('Orvan Rights Monitor said 40 people had died.')).toEqual(['organisation']);
    expect(kindOf('Deputy Police Chief said 40 people had died.')).toEqual(['person']);
    expect(kindOf('Human Rights Watch said 61 people had been detained without charge.')).toEqual(['organisation']);
    expect(kindOf('The UN refugee agency said 300,000 people had fled.')).not.toEqual(['person']);
    const [c] = extract({ text: 'Defence Minister Jane Roe said 18 soldiers were killed.' }).claims;
    expect(c!.source?.role?.toLowerCase()).toBe('defence minister');
  });
});

describe('attribution probes: references back and continuation', () => {
  check([
    // A description refers back only to a body its head heads ("Government" opens a school's name, no government's),
    // and whose owner a role's possessive names; a name in another language's order opens on its head.
    [
      'Gunmen raided the Government Technical College in Tarvo. On Friday the federal government confirmed that 40 students had been abducted.',
      'federal government',
    ],
    ["The Flood Response Office said roads were cut. The governor's office said 300 families had fled.", "governor's office"],
    ["The Public Defender's Office visited the jail. The mayor's office said 12 inmates were missing.", "mayor's office"],
    ['Staff at the Hospital Regional de Tarvo worked all night. The hospital said 14 people had died.', 'Hospital Regional de Tarvo'],
    // A harm the sentence says was reported, by no one named, is the outlet's news: the teller before does not run on;
    // it does when the sentence names the reporter, or says nothing of a report, and "reported missing" is a state.
    ['The relief agency said 24 people had died. Four further deaths were reported overnight in the hills.', 'relief agency', null],
    ['The relief agency said 24 people had died. Four further deaths were reported by the agency overnight.', 'relief agency', 'relief agency'],
    ['The relief agency said 24 people had died. Two more people died on Wednesday in the hills.', 'relief agency', 'relief agency'],
    ['The relief agency said 24 people had died. Another 30 have been reported missing in the hills.', 'relief agency', 'relief agency'],
    // A body's description set off before its name is what a definite head refers back to.
    ['The UN aid office, OCHA, said 8,500 people had fled. About 2,000 of them were sleeping in schools, the office said.', 'OCHA', 'OCHA'],
    [
      'The national relief agency, the Vell Relief Authority, said 9 people died. Another 40 were hurt, the agency said.',
      'Vell Relief Authority',
      'Vell Relief Authority',
    ],
    // A name in apposition to a role whose last part a particle opens, hyphened ("al-Hakimi").
    ['The field clinic received 9 bodies on Friday, according to its director, Dr. Salma Yusuf al-Hakimi.', 'Salma Yusuf al-Hakimi'],
    // A known place's body named in passing, then by its head and modifiers: that place's body.
    [
      'Aid reached villages listed by the Tarvin district administration on Sunday. Nine people have died in the floods, the district administration said.',
      'Tarvin district administration',
    ],
    ['The Orsk regional council met on Monday. At least 14 people were hurt, the regional council said.', 'Orsk regional council'],
    // A name closing on a feature of the land is no person a pronoun may be.
    ['Superintendent Anil Das said pilgrims slipped on the steps down to the Vell River. "Eleven of the dead are children," he said.', 'Anil Das'],
    // A body's first name word alone that is no source by itself (a place's name) is the body named
    // before; one that is a name by itself stays as written (the tally matches the two).
    ['The Karvan news agency said 300 people took part. Karvan said 40 people had been arrested.', 'Karvan news agency', 'Karvan'],
    ['The Fars news agency said 300 people took part. Fars later said 40 people had been arrested.', 'Fars news agency', 'Fars news agency'],
    ['Police chief Tomas Brandt spoke to reporters on Friday. He added that 40 people had been arrested.', 'Tomas Brandt'],
    ['The Ministry of Health released new data on Monday. The ministry said 52 people had died.', 'Ministry of Health'],
    // A body's own members who counted ("its activists had compiled …") give the body's figure.
    ['The Velt Farmers party said on Monday that its members had counted 310 dead in the hill villages.', 'Velt Farmers party'],
    // A mission, a panel, a tribunal named by its description, then by its head alone.
    ["A UN fact-finding mission issued its report on Tuesday. The mission's report says soldiers killed 31 people.", 'UN fact-finding mission'],
    // The members a body of them is made of, named by a description ("the monitors"), are who the report cites; a
    // body with a name of its own is that body whole.
    [
      'The Orvan Rights Centre said 20 people had been killed, citing counts gathered by its network of field observers. The observers counted 12 deaths in Lemba.',
      'Orvan Rights Centre',
      'field observers',
    ],
    [
      'The Network of Lemba Observers said 20 people had been killed. The observers counted 12 deaths in the town.',
      'Network of Lemba Observers',
      'Network of Lemba Observers',
    ],
    [
      'The Syrian Observatory for Human Rights said 12 were killed. The London-based group said a further 5 were missing.',
      'Syrian Observatory for Human Rights',
      'Syrian Observatory for Human Rights',
    ],
    ['The Velmar Health Institute said 56 people had died. It said another 12 were critically injured.', 'Velmar Health Institute', 'Velmar Health Institute'],
    // A described body's document ("the London-based group's count") is the body's named before, in a sentence or the list it opens.
    [
      "The Syrian Observatory for Human Rights said 12 were killed. The London-based group's count of the wounded stood at 40.",
      'Syrian Observatory for Human Rights',
      'Syrian Observatory for Human Rights',
    ],
    [
      "The Orvan Rights Network said 61 people had been killed.\n\nThe Geneva-based network's count rose steadily:\n\n- 3 May: at least 20 dead\n\n- 9 May: at least 44 dead",
      'Orvan Rights Network',
      'Orvan Rights Network',
      'Orvan Rights Network',
    ],
    ['The UN human rights office said 40 had been killed. The UN agency also said 300 were detained.', 'UN human rights office', 'UN human rights office'],
    [
      'The Kessel Bar Association said on Tuesday that 36 people had been killed since Friday.\n\nAt least 300 people have been arrested, it said.',
      'Kessel Bar Association',
      'Kessel Bar Association',
    ],
    ['Jane Roe said 36 people had been killed.\n\nShe told reporters that 300 people had been arrested.', 'Jane Roe', 'Jane Roe'],
    ['Activists said 36 people had been killed. They said 300 more had been arrested.', 'Activists', 'Activists'],
    ['The ministry of health said 36 people had been killed. It added that 300 were injured.', 'ministry of health', 'ministry of health'],
    ['Interior Minister Piet Olsen said 36 people had been killed. The minister added that 300 were arrested.', 'Piet Olsen', 'Piet Olsen'],
    ['The Darrow Medical Council said 36 people had been killed. The council also said 300 were injured.', 'Darrow Medical Council', 'Darrow Medical Council'],
    ['The Darrow Medical Council said 36 people had been killed. The watchdog also said 300 were injured.', 'Darrow Medical Council', 'Darrow Medical Council'],
    [
      'The Darrow Medical Council said 36 people had been killed. According to the council, 300 were injured.',
      'Darrow Medical Council',
      'Darrow Medical Council',
    ],
    ['The government said 12 people had been killed, while activists put the toll at 36.', 'government', 'activists'],
    ['Officials said 12 people had been killed, but the opposition said the toll was 36.', 'Officials', 'opposition'],
  ]);
});

describe('attribution probes: a report running on into the next paragraph', () => {
  check([
    // A named speaker's account, begun in a paragraph without a figure, runs on through it; not once it turns to another person.
    [
      'The Orr coroner, Ana Ruiz, said the fire had spread from the kitchens. Most victims were found in the east wing, where 31 people died. Six people died on the stairs.',
      'Ana Ruiz',
      'Ana Ruiz',
    ],
    [
      'A spokesman for the governor said relief funds had been set aside. Ivo Brandt, a farmer from the hills, lost his home; three of his sons were killed in a raid on the village.',
      null,
    ],
    // A harm the report did not count, told in the paragraph after it, is the outlet's; its running count of another harm goes on with it.
    [
      'The Velt Rights League said 40 people had died in the clashes.\n\nTwo union organisers, Ana Ruiz and Ivo Brandt, were arrested by soldiers at dawn on Friday.',
      'Velt Rights League',
      null,
    ],
    [
      'The Velt Rights League said 40 people had died in the clashes.\n\nThe number of people hurt has risen to 300.',
      'Velt Rights League',
      'Velt Rights League',
    ],
    [
      'The Velt Rights League said 40 people had died in the clashes.\n\nAt least 12 more people died in hospital on Friday.',
      'Velt Rights League',
      'Velt Rights League',
    ],
  ]);
});

describe('attribution probes: interviews, transcripts and statements read out', () => {
  check([
    // A parliamentary record's labels: a titled member and seat, an office and its holder in brackets.
    [
      'RECORD OF DEBATES\n\n8 August 2023\nSHRI ARUN DEV (NORTH SEAT): Sir, nearly 90 people have died.\n\n9 August 2023\nTHE MINISTER OF RELIEF (SHRI KIRAN MEHTA): Sir, 94 people have lost their lives.',
      'Arun Dev',
      'Kiran Mehta',
    ],
    // An interview's questions labelled "Q:", however long, leave its answers to the one interviewed.
    [
      'Interview: the clinics of Orsk\n\nMara Velt runs the aid group Open Door. She spoke to us by phone; the interview has been edited.\n\nQ: Officials say 30 people have died. Is that what you saw?\n\nA: No. Our teams have recorded at least 212 deaths.\n\nQ: And the wounded?\n\nA: We have treated more than 900 people with wounds since June.',
      'Officials',
      'Mara Velt',
      'Mara Velt',
    ],
    // A transcript's turns labelled by a surname the report gives a person.
    [
      'Briefing transcript\n\nThe briefing was given by Interior Minister Tal Orsen on Monday.\n\nQuestion (Orsk Courier): How many people died in Velt?\n\nOrsen: In Velt, 15 civilians died.\n\nQuestion (Radio Orsk): How many are detained?\n\nOrsen: Fewer than 40 people are held.',
      'Tal Orsen',
      'Tal Orsen',
    ],
    // A statement a paragraph announces, quoted in the paragraphs after it, is its reader's or issuer's.
    [
      'Minister’s statement\n\nThis statement was read out by Minister Tal Orsen on Monday.\n\n"Nine police officers died on duty, and 88 were hurt.\n\n"Officers have arrested 612 people."',
      'Tal Orsen',
      'Tal Orsen',
      'Tal Orsen',
    ],
    ['Strike ends\n\nThe ministry said in a statement:\n\n"Police detained 40 people on Friday.\n\n"At least 12 officers were hurt."', 'ministry', 'ministry'],
    // A transcript's turn goes on over the paragraphs after its label, up to the next label.
    [
      'Briefing\n\nParticipants: Commander Tal Orsen, prison spokesperson\n\nORSEN: Good morning. We can confirm that 11 inmates died overnight.\n\nIn addition, 31 people were hurt.\n\nREPORTER: How many escaped?\n\nORSEN: Four, who are still at large. Nine guards were hurt as well.',
      'Tal Orsen',
      'Tal Orsen',
      'Tal Orsen',
    ],
    // A quote told as someone's remarks in the paragraph after it.
    [
      'Police chief speaks\n\n"We arrested 212 people overnight.\n\n"Nineteen officers were hurt."\n\nThese remarks were given by the police chief, Tal Orsen.',
      'Tal Orsen',
      'Tal Orsen',
    ],
  ]);
});

describe('attribution probes: a release’s own voice', () => {
  check([
    // The body's first person in its release is the body, not the speaker of the sentence before.
    [
      'PRESS RELEASE\n\nVelmar, 21 October 2020\n\nThe Velmar Rights Watch (VRW) today called for an inquiry into the shooting.\n\nThe Velmar Police Service said 3 officers were hurt. By our count, at least 51 people have died since the protests began. Our legal desk has recorded at least 94 arrests.',
      'Velmar Police Service',
      'Velmar Rights Watch',
      'Velmar Rights Watch',
    ],
    // A monitor's own report: its header in capitals names it, its people speak as "our monitors", and the
    // figures of its later sections are its own.
    [
      'ORLAN CIVIC MONITORING NETWORK\n\nMonthly Report: May 2024\n\n1. Summary\n\nIn May our monitors recorded 3 deaths and 40 arrests.\n\n2. Violence\n\nA farmer was beaten in Tessin.\n\n3. Arrests\n\nOf the 40 arrests, 12 were of students.\n\n4. Displacement\n\nAbout 200 villagers fled Varn.',
      'Orlan Civic Monitoring Network',
      'Orlan Civic Monitoring Network',
      'Orlan Civic Monitoring Network',
      'Orlan Civic Monitoring Network',
      'Orlan Civic Monitoring Network',
    ],
  ]);
});

describe('attribution probes: headlines and the outlet’s own statements', () => {
  const body = '\n\nThe fighting continued overnight.';
  check([
    [`Trellis Watch: 40 killed in Darrow${body}`, 'Trellis Watch'],
    [`40 killed in Darrow, Trellis Watch says${body}`, 'Trellis Watch'],
    [`At least 40 killed in Darrow, officials say${body}`, 'officials'],
    [`Police say 40 arrested after march${body}`, 'Police'],
    [`Protests: 40 killed in Darrow${body}`, null],
    [`Latest: 40 killed in clashes${body}`, null],
    // A page's label before the colon is what the page is, no teller.
    [`BREAKING: 40 killed in clashes${body}`, null],
    [`LIVE: Darrow protests\n\n11:45 | Thousands of protesters are marching on parliament.`, null],
    // A participle after a tally's author opens what the tally rests on.
    ['More than 3,000 people have been arrested, according to a tally by the Darrow Courier based on ministry figures.', 'Darrow Courier'],
    ['The death toll rose to 50 on Monday.', null],
    ['On Monday, 40 people were killed in Darrow.', null],
    ['Over the weekend, 19 people were injured in the capital.', null],
    ['About 3,000 people marched through the capital on Sunday.', null],
    ['The death toll has risen to 40 since Friday.', null],
    ['Last week, 40 people were arrested in Darrow.', null],
    ['Hundreds of people have been detained so far.', null],
    ['Meanwhile, 40 were hurt.', null],
    ['Reportedly, 40 people died in the clashes.', null],
    ['Separately, 40 people were arrested.', null],
    ['Clashes in Darrow left 40 dead.', null],
    ['So far, 40 have died.', null],
  ]);
});

describe('attribution probes: verbs of knowing, holding and counting', () => {
  check([
    ['The Orvan Rights Network has information that 44 people were killed.', 'Orvan Rights Network'],
    ['The Orvan Rights Network received reports of 44 deaths.', 'Orvan Rights Network'],
    ['The Orvan Rights Network cites reports putting the number of dead at 44.', 'Orvan Rights Network'],
    ['The Orvan Rights Network is aware of 44 deaths.', 'Orvan Rights Network'],
    ['The Orvan Rights Network has been able to verify 44 deaths.', 'Orvan Rights Network'],
    ['The Orvan Rights Network was able to confirm 44 deaths.', 'Orvan Rights Network'],
    ['The Orvan Rights Network believes 44 people were killed.', 'Orvan Rights Network'],
    ['The Orvan Rights Network fears that 44 people were killed.', 'Orvan Rights Network'],
    ['The Orvan Rights Network has tracked at least 44 deaths.', 'Orvan Rights Network'],
    ['The Orvan Rights Network keeps a list of 44 people killed.', 'Orvan Rights Network'],
    ['The Orvan Rights Network has compiled the names of 44 people killed.', 'Orvan Rights Network'],
    ['The Darrow hospital received 44 wounded people on Sunday.', 'Darrow hospital'],
    ['The Velmar Clinic treated 44 wounded protesters on Sunday.', 'Velmar Clinic'],
    ['Doctors at the Velmar Clinic treated 44 wounded protesters.', 'Doctors at the Velmar Clinic'],
    // Who tells of an intake speaks for it, by "according to" as by a verb of saying.
    ['Hospitals in Sarn treated more than 90 people for injuries, according to the regional health directorate.', 'regional health directorate'],
    ['The Velmar Clinic treated 44 wounded protesters, a nurse said.', 'nurse'],
    // Not knowing: denied, passive, or an act.
    ['The Orvan Rights Network was unable to confirm 44 deaths.', null],
    ['At least 44 people are believed to have been killed.', null],
    ['Police tracked down and arrested 44 suspects.', null],
    ['The health ministry raised the death toll to 44 on Monday.', 'health ministry'],
    ['The ministry has since raised the number of dead to 44.', 'ministry'],
    ["The health ministry's toll rose to 40 on Monday.", 'health ministry'],
    ['The total number of arrests recorded by Velmar Watch reached 40.', 'Velmar Watch'],
  ]);
});

describe('attribution probes: subjects with time, ranks and places', () => {
  check([
    // A relative clause that denies a verb of giving (a name) reports nothing; the cause after it ("for fear of …") is no one.
    ['A surgeon who would not give her name for fear of dismissal said 23 patients had died.', 'surgeon'],
    ['A guard who refused to give his name said 8 inmates were missing.', 'guard'],
    // (Nor is the one who speaks a victim of the death they tell of.)
    ['A warden who asked not to be named said 8 inmates had died.', 'warden'],
    // A date after "by" between a subordinator and its clause's subject.
    [
      'The Varna health bureau said 94 people died. A monitor said 120 were killed. That figure was never revised, although by 4 May the bureau was already reporting 57 deaths.',
      'Varna health bureau',
      'monitor',
      'Varna health bureau',
    ],
    // A lone adverb of time opening the sentence, before an article.
    ['Later the coastguard said 6 fishermen were missing.', 'coastguard'],
    ['Later a provincial official said 6 fishermen were missing.', 'provincial official'],
    ['On Tuesday the Orvan Rights Network said 44 people had been killed.', 'Orvan Rights Network'],
    ['Last week the Orvan Rights Network said 44 people had been killed.', 'Orvan Rights Network'],
    ['Earlier on Monday, the Orvan Rights Network said 44 people had been killed.', 'Orvan Rights Network'],
    ['According to authorities earlier, the blasts left 44 people dead.', 'authorities'],
    ['Police spokesperson Lt. Col. Piet Olsen said 44 people had been arrested.', 'Piet Olsen'],
    ['Sources at the Darrow hospital said 44 people had died.', 'Sources'],
    [
      'The UN Office for the Coordination of Humanitarian Affairs (OCHA) said 44,000 people had fled.',
      'UN Office for the Coordination of Humanitarian Affairs',
    ],
    ['The U.N. said at least 44 civilians had been killed.', 'U.N.'],
    ['The Velmar Times, quoting a police source, reported that 44 people had been arrested.', 'police source'],
    ['At least 44 people were killed, the Velmar Times reported, citing the Darrow health department.', 'Darrow health department'],
    ['At least 44 people were killed, the Velmar Times reported, citing hospital sources.', 'hospital sources'],
    ['Jane Roe, a researcher at the Velmar Institute, estimated that 4,000 people had been displaced.', 'Jane Roe'],
    ['Velmar Institute researcher Jane Roe estimated that 4,000 people had been displaced.', 'Jane Roe'],
    ['In an interview with the Velmar Times, Jane Roe said 44 people had been arrested.', 'Jane Roe'],
    ['Speaking at a news conference, the interior minister said 44 people had been arrested.', 'interior minister'],
    ['The Orvan Rights Network, which tracks arrests, said 44 people had been held.', 'Orvan Rights Network'],
    ['The Orvan Rights Network, a monitoring group, said 44 people had been held.', 'Orvan Rights Network'],
    ['Velmar Watch, a rights group, counted 44 deaths.', 'Velmar Watch'],
    ['Rights group Velmar Watch said 44 people had been detained.', 'Velmar Watch'],
    ['The government denied that 44 people had died.', null],
    ['Soldiers shot dead 44 protesters in Darrow on Sunday.', null],
    // A headline's passive hedge is no one's knowing; a bare document's noun closing a headline names no one.
    ["UN rights office: at least 160 killed in Velloua massacre; 'dozens' of children feared among dead", 'UN rights office', 'UN rights office'],
    ['Crackdown in Velmar killed 1,500: Report', null],
    // A capital that speaks or takes a stand is its government; one where deaths were recorded is a place.
    ['Kyiv said 14 civilians were killed in the strike.', 'Kyiv'],
    ['Moscow says 3 soldiers were wounded.', 'Moscow'],
    ['Fighting spread across the north. Nairobi has acknowledged only 12 deaths.', 'Nairobi'],
    ['Nairobi recorded the most deaths, 17, the commission said.', 'commission'],
    // A country, or its capital, that moves its running toll is its government, after a dateline's dash too.
    ['Ghana on Friday lowered the death toll from the bombings to 57.', 'Ghana'],
    ['UPDATE — OSTREL (wire) — Jordan on Friday lowered the death toll from the bombings to 57.', 'Jordan'],
    // A document's noun before a place noun names the place ("tally centre"): no author.
    ["Police fired on thousands of supporters who had gathered outside the Electoral Commission's tally centre.", null],
    // A unit named by a person's possessive speaks through that person.
    ['Dr Amadou Diallo runs the district hospital. His emergency ward treated 23 survivors for burns.', 'Amadou Diallo'],
    // A generic head of a body refers back to the body named before, whatever its name.
    [
      'The Velmar Farmers League said 40 people had died. The association also says more than 300 people are missing.',
      'Velmar Farmers League',
      'Velmar Farmers League',
    ],
    // People before a place move a toll, not the place.
    ['Officials in the southern Philippines revised the death toll down to 38.', 'Officials'],
  ]);
});

describe('attribution probes: bodies named before, speakers of quotes', () => {
  check([
    // A police unit named in capitals is a body, no person "he" may refer to.
    [
      'Judge Petra Voss of the county court found that the guards, members of the Tactical Support Unit, fired first. Seven people died at the gate, he said.',
      'Petra Voss',
    ],
    // A department's description with a domain of its own is no department of another named before.
    [
      'Storms killed 12 people, the Ministry of Health said.\n\nPolice arrested 40 looters in Arvo, the interior ministry said.',
      'Ministry of Health',
      'interior ministry',
    ],
    // "A ministry spokesman" speaks for the ministry named last before, by its name or its minister's title.
    ['Water Minister Lena Okoro visited the dam on Sunday. A ministry spokesman said 14 workers had drowned.', 'Water Ministry spokesman'],
    ['The Ministry of Roads and Transport closed the pass. A ministry official said 6 drivers were missing.', 'Ministry of Roads and Transport official'],
    // (A minister's rank is no part of the ministry; a prime minister heads none.)
    ['Deputy Water Minister Lena Okoro visited the dam. A ministry spokesman said 14 workers had drowned.', 'Water Ministry spokesman'],
    ['Prime Minister Lena Okoro visited the dam. A ministry spokesman said 14 workers had drowned.', 'ministry spokesman'],
    // "He" after a quote whose speaker was named by surname goes on from that speaker.
    [
      'Police spokesman Ivo Marek said the roads were closed. Officers seized cash, city police chief Tomas Brek Halloran said.\n\n“The situation is now under control,” Marek said. “But we will not tolerate looting.” He said 20 officers had been hurt.',
      'Ivo Marek',
    ],
    // (A bare "police", a force seated in every town, is not tied to the national body named before; "the police" refers back.)
    ['The Velmar National Police said 40 people were arrested on Monday.\n\nPolice said 12 officers were hurt.', 'Velmar National Police', 'Police'],
    [
      'The Velmar National Police said 40 people were arrested on Monday.\n\nThe police said 12 officers were hurt.',
      'Velmar National Police',
      'Velmar National Police',
    ],
    [
      'The Ministry of Internal Affairs said 40 people were arrested.\n\nThe interior ministry said 12 officers were hurt.',
      'Ministry of Internal Affairs',
      'Ministry of Internal Affairs',
    ],
    // A bare group noun is the group of that noun named before with a proper modifier, not with a common one.
    [
      'Valley toll: Sarnese activists say 90 villagers were killed.\n\nIn the hills, activists counted 12 dead in Orlo.',
      'Sarnese activists',
      'Sarnese activists',
    ],
    ['Local activists say 90 villagers were killed.\n\nIn the hills, activists counted 12 dead in Orlo.', 'Local activists', 'activists'],
    ['“At least 44 people are dead,” Jane Roe, a nurse, said.', 'Jane Roe'],
    // "he" after a person who spoke is that person in full, not another of the surname named later.
    [
      'Police spokesman Tom Okoro said six officers had been killed. “We lost six brothers,” he told reporters. He said 58 officers had been injured.\n\n“They took my son,” said Adaeze Okoro, a trader.',
      'Tom Okoro',
      'Tom Okoro',
    ],
    ['“At least 44 people are dead,” said the nurse, Jane Roe.', 'Jane Roe'],
    ['“At least 44 people are dead,” Roe said. “Another 12 are missing.”', 'Roe', 'Roe'],
    ['“We have recorded 44 deaths,” the Orvan Rights Network said.', 'Orvan Rights Network'],
    ['Jane Roe said: “We have recorded 44 deaths.”', 'Jane Roe'],
    ['Jane Roe spoke to reporters. “We have recorded 44 deaths,” she said.', 'Jane Roe'],
  ]);
});

describe('attribution probes: clauses, spokespeople, closing speakers', () => {
  check([
    ['While police said 44 people were arrested, activists said the number was 120.', 'police', 'activists'],
    ['Although the government said 12 people died, the opposition counted 40 deaths.', 'government', 'opposition'],
    ['The Orvan Rights Network said 44 people had died. Its spokesman added that 12 were missing.', 'Orvan Rights Network', 'Orvan Rights Network'],
    ["The Orvan Rights Network said 44 people had died. The group's spokeswoman said 12 were missing.", 'Orvan Rights Network', 'Orvan Rights Network'],
    ['The Velmar Relief Society (VRS) took in more than 600 wounded refugees last week.', 'Velmar Relief Society'],
    [
      'Some 113 officers have been injured in recent days. On Sunday, 21 officers were hurt, the Velmar interior ministry reported.',
      'Velmar interior ministry',
      'Velmar interior ministry',
    ],
    // A speaker of a later main clause joined by ", and" who says something of his own tells that;
    // one who speaks of the figures ("the toll") still tells them.
    ['Three suspects have been detained, and the interior ministry has said the attack was meant to sow panic.', null],
    ['Nine people were killed and 40 injured, and police said the toll could rise.', 'police', 'police'],
    // A speaker of a later main clause who tells a figure of his own tells that one only.
    ['Two more civilians were killed in Orsk, and the district administrator reported that 11 people had been abducted.', null, 'district administrator'],
    ['Police said 12 people were killed, and 40 were injured.', 'Police', 'Police'],
    // A figure's participle names who gave it, in words as in digits.
    ['Police now say nine people were killed, up from the four announced by Mayor Ana Ruiz on Monday.', 'Police', 'Ana Ruiz'],
    // A legislator's seat is part of who he is, no place speaking.
    [
      'A member of parliament for Karsk, who asked not to be named, told a local radio station that fewer than 30 people died.',
      'member of parliament for Karsk',
    ],
    // Documents described by adjectives keep their noun: "diplomatic" names no one.
    ['Dozens may have been killed, according to opposition and foreign estimates, as a blackout slowed the news.', 'opposition and foreign estimates'],
    // A figure's participle agent with its article refers back to the body named before.
    [
      'The Velmar Civic Forum said 27 people had been killed. Among the dead listed by the forum are at least three schoolchildren.',
      'Velmar Civic Forum',
      'Velmar Civic Forum',
    ],
    // A document a figure is set against tells none of it; its own figure is its own.
    ['Those three clinics alone account for at least 12 deaths, more than the police count.', null],
    ["The toll of 60 is higher than the ministry's figure of 40.", null, 'ministry'],
    // "It" goes back to a lone name when no body was named; never to one named inside a fronted phrase.
    ['Al-Harakat has said it carried out the attack. It claimed its fighters had killed more than 30 soldiers.', 'Al-Harakat'],
    [
      'The Orr Workers Union said 12 members were hurt. In a statement carried by a radio station, it said 30 more had been detained.',
      'Orr Workers Union',
      'Orr Workers Union',
    ],
    // A document's author after "by" past its article and description; a name of digits run into letters; a name closed by "Today".
    ['The protests spread within hours to more than 50 towns, according to a count compiled at the time by the independent news site 9novosti.', '9novosti'],
    ['The protests spread within hours to more than 50 towns, according to a count compiled by the news site Vell Today.', 'Vell Today'],
    // A speaker closing a later clause after a semicolon tells that clause only, when it is a clause of its own.
    ['Hundreds of students rally outside the town hall; 31 are held overnight, police say.', null, 'police'],
    ['At least nine people are still missing; their families told us they were last seen being led into a police van.', null],
    ['Twelve people were killed; 40 injured, police said.', 'police', 'police'],
    // The name a relative clause on a speaker gives is who speaks ("who gave only his first name, Tamim").
    ['"We only wanted work," said a student at the university who gave only his first name, Tamim. He said two of his classmates had been shot dead.', 'Tamim'],
    ['At least 12 people were killed, said a doctor who gave his name as Omar Selim.', 'Omar Selim'],
    ['At least 12 people were killed, said a doctor who was not authorised to speak to the media.', 'doctor'],
    // Local authorities are not the state authorities named before.
    [
      'River levels rose, according to readings shared by state authorities. In Orr district, local authorities report that about 2,900 people have been displaced.',
      'local authorities',
    ],
  ]);
});

describe('attribution probes: no source (times, places, narrative, clauses)', () => {
  check([
    ['On Monday alone, 44 people were killed.', null],
    ['Earlier this month, 44 people were arrested in Darrow.', null],
    ['In Darrow, 44 people were killed.', null],
    ['In the capital, police arrested 44 people.', null],
    ['Since Friday, at least 44 people have been killed.', null],
    ['By Sunday evening, 44 people had been arrested.', null],
    ['As of Tuesday, 44 people were still missing.', null],
    ['Altogether, 44 people have died.', null],
    ['In total, 44 people were arrested.', null],
    ['Officially, 44 people have died.', null],
    ['The crackdown has left 44 people dead.', null],
    ['Fighting in Darrow has displaced 44,000 people.', null],
    ['The attack, which happened on Monday, killed 44 people.', null],
    ['Troops reportedly killed 44 people.', null],
    ['There were 44 deaths on Monday.', null],
    ['The government has promised an inquiry into the deaths of 44 protesters.', null],
    ['Asked about the 44 people killed, the minister declined to comment.', null],
    // A clause inside the subject tells of the speaker; a clause after "said" is no speaker.
    ['Jane Roe, whose son was among the 44 people killed, said she wanted justice.', null],
    ['Jane Roe, whose son was among the 44 people killed, said the army should leave.', null],
    ['Police arrested 44 people, said the ministry will investigate.', null],
    ['The Orvan Rights Network, which has recorded 44 deaths, said the crackdown must end.', 'Orvan Rights Network'],
    ['Jane Roe, a mother of three, said 44 people had been killed.', 'Jane Roe'],
  ]);
});

describe('attribution probes: relays, quoted speakers and described documents', () => {
  check([
    ['Jane Roe told Reuters by telephone that 44 people had been killed.', 'Jane Roe'],
    ['In comments to the Velmar Times, Jane Roe said 44 people had been killed.', 'Jane Roe'],
    ["Darrow's governor said 44 people had been killed.", "Darrow's governor"],
    ['A hospital official, who declined to be named, said 44 bodies had been brought in.', 'hospital official'],
    ['Velmar TV quoted the hospital director as saying 44 people had died.', 'hospital director'],
    ['The hospital director was quoted as saying 44 people had died.', 'hospital director'],
    ['44 people have died, the hospital director was quoted as saying.', 'hospital director'],
    ['Forty-four people died. The figure was confirmed by the hospital director.', 'hospital director'],
    ['Forty-four people died, a figure confirmed by the hospital director.', 'hospital director'],
    ['Forty-four people died, according to a Velmar Times count.', 'Velmar Times'],
    ['Forty-four people died, according to an AFP tally based on hospital sources.', 'AFP'],
    ['Forty-four people died, according to hospital records seen by AFP.', 'hospital records'],
    ['The Velmar Times reported that 44 people had died, citing a UN report.', 'UN'],
  ]);
});

describe('attribution probes: a headline’s description restated by the body’s named source', () => {
  check([
    // The headline's generic speaker and telegraphic figure are the body's named speaker and fuller figure: one claim.
    [
      'Rights group says 208 killed in Norvel crackdown\n\nThe Velmar Rights Network said on Monday that at least 208 people were killed.',
      'Velmar Rights Network',
    ],
    ['Activists: 50 dead after troops open fire\n\nAt least 50 people were killed, the Norvel Human Rights Committee said.', 'Norvel Human Rights Committee'],
    // A headline's bare subject before "puts … at", opening it or its part after a colon; a document its possessive owns.
    ['Monitoring group puts toll at 163\n\nThe Velmar Rights Network said at least 163 people had died since the strikes began.', 'Velmar Rights Network'],
    [
      "Velmar: monitoring group's latest report puts unrest toll at 163\n\nThe Velmar Rights Network said at least 163 people had died since the strikes began.",
      'Velmar Rights Network',
    ],
    // A page's section crumbs above the headline do not hide it.
    [
      'Home > World > Americas\n\nToll in Chile earthquake rises to 86 as rescuers search valleys\n\nThe number of people killed in the earthquake that struck the Atacama region has risen to 86, the national disaster agency said on Monday.',
      'national disaster agency',
    ],
    [
      'Watchdog says 1,200 detained since protests began\n\nMore than 1,200 people have been detained, the Kessel Monitoring Centre said in a report.',
      'Kessel Monitoring Centre',
    ],
    ['Ministry: 36 dead in floods\n\nThe Norvel health ministry said 36 people had died in the floods.', 'Norvel health ministry'],
    ['208 killed in Norvel crackdown, rights group says\n\nAt least 208 people were killed in the crackdown, Velmar Watch said on Monday.', 'Velmar Watch'],
    [
      'Belarus: 208 protesters killed, say activists\n\nThe Viasna Human Rights Centre said at least 208 protesters had been killed.',
      'Viasna Human Rights Centre',
    ],
    ['UN agency says 1.2 million displaced\n\nThe UN refugee agency said on Tuesday that 1.2 million people had been displaced.', 'UN refugee agency'],
    ['Minister says 40 officers injured\n\nInterior Minister Piet Olsen said 40 police officers had been injured.', 'Piet Olsen'],
    // The headline's description named by the body, its figure told in fuller form there: one claim.
    ['Watchdog: 1,200 detained\n\nOn Monday the Kessel Monitoring Centre said more than 1,200 people had been detained.', 'Kessel Monitoring Centre'],
    // Both unnamed, the headline's professionals and a body of their field: one claim.
    ["Medics say 40 killed in crackdown\n\nAt least 40 people have been killed in the crackdown, a doctors' committee said on Monday.", "doctors' committee"],
    ['Medics say 40 killed in crackdown\n\nAt least 40 people have been killed in the crackdown, police said on Monday.', 'Medics', 'police'],
    // Another kind of speaker, or another figure, stays a claim of its own.
    ['Police say 300 arrested after rally\n\nThe Kessel Monitoring Centre said 300 people had been arrested.', 'Police', 'Kessel Monitoring Centre'],
    ['Activists: 50 dead after troops open fire\n\nThe Norvel Interior Ministry said 50 people were killed.', 'Activists', 'Norvel Interior Ministry'],
    [
      'Rights group says 208 killed in Norvel crackdown\n\nThe Velmar Rights Network said 208 people were killed. Police said 40 officers were hurt.',
      'Velmar Rights Network',
      'Police',
    ],
  ]);
  it('keeps the headline’s span and takes the body’s bounds', () => {
    const [c] = extract({
      text: 'Rights group says 208 killed in Norvel crackdown\n\nThe Velmar Rights Network said that at least 208 people were killed.',
    }).claims;
    expect(c!.span.text).toBe('208 killed');
    expect([c!.low, c!.high, c!.qualifier]).toEqual([208, null, 'at_least']);
    expect(c!.rules?.source).toMatch(/headline-restated|headline-description/);
  });
});

describe('attribution probes: split names, openers and closers that are no part of the source', () => {
  check([
    // A role of lower-case words ending in any noun of a person, or a capitalised title ending in a title word, then the name.
    ['Veteran opposition politician Karel Danek said 40 people had been killed.', 'Karel Danek'],
    ['Norvel Health Minister Dr. Ana Sorell said 40 people had died.', 'Ana Sorell'],
    ['Former deputy health minister Ana Sorell told reporters that 40 people had died.', 'Ana Sorell'],
    // An opening time cut at its preposition, an age set off, a place adverb closing the subject.
    ['Late on Tuesday the interior ministry said 40 people had been detained.', 'interior ministry'],
    ['Ana Sorell, 34, said 40 of her neighbours had been detained.', 'Ana Sorell'],
    ['The bodies of 40 people were brought to the morgue, a doctor there said.', 'doctor'],
    ['Protest organisers Velmar Youth Front said 40,000 people took part.', 'Velmar Youth Front'],
    ['Many of the 40 dead were students, their families said.', 'families'],
    // A capitalised adjective opening the sentence names nobody; a document described by adjectives alone has no author.
    ['Early estimates suggest 40 people were killed.', null],
    ['According to preliminary figures released on Tuesday, 40 people were killed.', null],
    ['Newly released figures show 40 people have died.', null],
    // Pictures assert nothing of their own; their author, when named, does.
    ['Footage showed 40 bodies in the street.', null],
    ['Photos posted online showed at least 40 bodies.', null],
    ['Velmar Watch footage showed 40 bodies.', 'Velmar Watch'],
    ['Video footage verified by Velmar Watch showed 40 bodies in the street.', 'Velmar Watch'],
    ['Health officials said 52 people had died. Another 17 remain missing, according to the same report.', 'Health officials', 'Health officials'],
  ]);
  it('keeps the title as the role', () => {
    const [c] = extract({ text: 'Veteran opposition politician Karel Danek said 40 people had been killed.' }).claims;
    expect(c!.source).toMatchObject({ name: 'Karel Danek', kind: 'person', role: 'Veteran opposition politician' });
    const [d] = extract({ text: 'Norvel Health Minister Dr. Ana Sorell said 40 people had died.' }).claims;
    expect(d!.source?.role).toBe('Norvel Health Minister Dr.');
  });
});

describe('attribution probes: a report carried on, or the outlet narrating', () => {
  check([
    // A new paragraph narrating an act, in the simple past, done by an actor to the figure: the outlet's.
    [
      'The Velmar Rights Network said 36 people had been killed in Darrow since Friday.\n\nOn Tuesday, police fired tear gas at mourners and arrested 14 people.',
      'Velmar Rights Network',
      null,
    ],
    [
      'The Orvan Rights Network said 44 people had been killed.\n\nThe unrest erupted on March 3 when security forces opened fire on a march. Soldiers killed 9 people in the first hour.',
      'Orvan Rights Network',
      null,
    ],
    // The dead a crew recovered, "the bodies of" them or as "bodies", narrated so too.
    [
      'A ferry sank off Port Adel late on Tuesday, the Norvel Maritime Authority said, and 40 people were missing.\n\nDivers pulled 12 survivors from the hull overnight and recovered the bodies of 9 people.',
      'Norvel Maritime Authority',
      null,
    ],
    [
      'The Norvel Maritime Authority said 40 people were missing.\n\nOn Wednesday, soldiers recovered two more bodies from the riverbed.',
      'Norvel Maritime Authority',
      null,
    ],
    // The actor is the speaker, or the harm is told, not narrated as an act: the report runs on.
    [
      'The Kessel National Police said 40 protesters had been arrested.\n\nSeparately, police arrested 12 people on Monday.',
      'Kessel National Police',
      'Kessel National Police',
    ],
    // A bare state body, like an unnamed group, covers its own sentence only.
    ['Police said 40 protesters had been arrested.\n\nAt least 12 people were injured in the clashes.', 'Police', null],
    ['The government said 40 people had died. Another 12 were wounded.', 'government', null],
    [
      'The Orvan Rights Network said 44 people had been killed.\n\nAnother 300 people were detained over the weekend.',
      'Orvan Rights Network',
      'Orvan Rights Network',
    ],
    [
      'The Norvel Rights Network said 36 people had been killed.\n\nThe victims included 5 children, the group said.',
      'Norvel Rights Network',
      'Norvel Rights Network',
    ],
    [
      'The UN refugee agency said 300,000 people had fled to neighbouring countries.\n\nMore than 1 million others are displaced inside the country, the agency added.',
      'UN refugee agency',
      'UN refugee agency',
    ],
    [
      'The Norvel Rights Network said 36 people had been killed.\n\nIn a separate statement, police said 12 officers had been wounded.',
      'Norvel Rights Network',
      'police',
    ],
    // A quote's figures are its speaker's.
    ['Ana Sorell, a lawyer, said 40 of her clients were in custody.\n\n“At least 12 of them have been beaten,” she said.', 'Ana Sorell', 'Ana Sorell'],
  ]);
});

describe('attribution probes: descriptions, staff and relays of a named source', () => {
  check([
    // "the Geneva-based monitor": a noun of a person or a body names the body when no person spoke.
    [
      'The Kessel Monitoring Centre said 36 people had been killed. The Geneva-based monitor added that 200 people had been detained.',
      'Kessel Monitoring Centre',
      'Kessel Monitoring Centre',
    ],
    // A body's staff give its figures.
    ['Velmar Watch said 36 people had been killed. Its researchers counted 12 more deaths in hospitals.', 'Velmar Watch', 'Velmar Watch'],
    ["The Velmar Red Crescent said 36 people had died. The charity's volunteers said a further 12 were missing.", 'Velmar Red Crescent', 'Velmar Red Crescent'],
    // A capitalised word after a name is part of it, not an adverb.
    ['Citing hospital sources, Norvel Today reported that 36 people had died.', 'hospital sources'],
    ['Citing hospital staff, Norvel Today reported that 36 people had died.', 'Norvel Today'],
    // Relays: the hearer, the quoting outlet and the one citing stay in via.
    ['Norvel state television quoted the health ministry as saying 36 people had died.', 'health ministry'],
    ['Ana Sorell, a spokeswoman for the Velmar Red Cross, told the Norvel Post that 36 people had died.', 'Ana Sorell'],
    ['36 people have been killed, the state-run Norvel News Agency reported, citing the health ministry.', 'health ministry'],
    ['Interior Minister Piet Olsen said 36 people had been arrested.\n\nAccording to the minister, 12 officers were injured.', 'Piet Olsen', 'Piet Olsen'],
    // "the experts", "the activists": a definite plural of people names the group said before.
    [
      'UN human rights experts said 450 people had been detained.\n\nThe experts said at least 6 people were still missing.',
      'UN human rights experts',
      'UN human rights experts',
    ],
    [
      'Norvel opposition activists said 450 people had been detained. The activists said 6 were missing.',
      'Norvel opposition activists',
      'Norvel opposition activists',
    ],
    // Who supplied a figure gives it; a news site's kind is its role.
    ['The toll, provided by the Velmar Health Institute, stood at 36.', 'Velmar Health Institute'],
    ['Local news site Norvel Now reported that 36 people had died.', 'Norvel Now'],
  ]);
});

describe('attribution probes: counted bodies and a relative clause told by another', () => {
  check([
    // A closing speaker that is a bare plural of people or a state body.
    ['Forty people were killed, said witnesses.', 'witnesses'],
    ['Forty people were arrested, said authorities.', 'authorities'],
    // The next sentence says who gave the figure.
    ['Forty people died on Sunday. That is according to the Velmar health ministry.', 'Velmar health ministry'],
    ['Forty people died on Sunday. The figures were released by the Velmar health ministry.', 'Velmar health ministry'],
    // "As X reported, …": a reporting frame opening the sentence.
    ['As Velmar Watch reported on Monday, 40 people have been killed.', 'Velmar Watch'],
    ['The toll, the Velmar health ministry says, has risen to 40.', 'Velmar health ministry'],
    // A count of bodies speaking together is a source, not a figure.
    ['In a joint statement, 12 Velmar member states said 30,000 people had been arrested.', '12 Velmar member states'],
    ['The 12 Velmar member states cite credible reports putting the number of people arrested at 30,000.', '12 Velmar member states'],
    ['Two UN agencies said 400,000 people had fled.', 'Two UN agencies'],
    // "…, of whom 47 have been found, according to the police": the closing source tells the relative clause.
    ["The Ombudsman's Office puts the number of missing at 89, of whom 47 have been found, according to the police.", "Ombudsman's Office", 'police'],
  ]);
});

describe('attribution probes: joint subjects, references back, paragraphs and headline labels', () => {
  check([
    // Two persons joined as one subject: the first named speaks (a joint source matches its first name).
    ['Mayor Lina Ortez and police chief Ivo Brandt said 12 people died in the flooding.', 'Lina Ortez'],
    ['Governor Tomas Reyl and health minister Anya Koss told reporters that 30 people had been injured.', 'Tomas Reyl'],
    // A collective body's noun refers back to the body named before when its modifiers fit the name.
    [
      "The Velmar Medical Association said 40 people were wounded.\n\nThe doctors' union said 9 people had been arrested.",
      'Velmar Medical Association',
      'Velmar Medical Association',
    ],
    [
      'The Orsk Human Rights Commission said 77 people had been detained.\n\nThe rights body said 14 people were injured.',
      'Orsk Human Rights Commission',
      'Orsk Human Rights Commission',
    ],
    [
      "The Velmar Medical Association said 40 people were wounded.\n\nThe teachers' union said 9 people were arrested.",
      'Velmar Medical Association',
      "teachers' union",
    ],
    // A crowd in a new paragraph: each speaker its own; unsaid, the outlet's, unless the lead is a release's own voice.
    ['Organisers said some 20,000 people joined the rally.\n\nPolice estimated the crowd at 8,000.', 'Organisers', 'Police'],
    ['The Velmar Rights Network said 12 people were killed.\n\nHundreds of thousands of people marched in Orsk on Friday.', 'Velmar Rights Network', null],
    [
      '(Orsk) – The Velmar Rights Network said today that 12 people were killed.\n\nHundreds of thousands of people marched in Orsk on Friday.',
      'Velmar Rights Network',
      'Velmar Rights Network',
    ],
    // A headline's label before a colon: an organisation or acronym speaks; a place the gazetteer lacks does not; a person only if the body names one so.
    ['HRW: 40 detained in crackdown\n\nThe arrests came on Monday.', 'HRW'],
    ['Brennick: 12 killed in clashes\n\nThe clashes began on Monday.', null],
    ['Port Varla: 12 dead after floods\n\nThe town was hit on Monday.', null],
    ['Ortez: 12 killed in clashes\n\nMayor Lina Ortez said the clashes began on Monday.', 'Lina Ortez'],
    // A holding verb ends its subject: the document it holds is its object.
    ['The Velmar Rights Network holds records of 61 people killed in the crackdown.', 'Velmar Rights Network'],
    ['The Orsk experts hold information about 45 cases of people detained.', 'Orsk experts'],
    // A crowd in a relative clause running to the sentence's end, after a speaker's clause, is the writer's aside.
    ["Police believe the weapons were meant for Sunday's march in Orsk, which drew tens of thousands of marchers.", null],
    ['Organisers said the rally, which drew 20,000 people, was peaceful.', 'Organisers'],
  ]);
});

describe('attribution probes: appositions, bare tellers, roles named before (attrib3)', () => {
  check([
    // An organisation's name in apposition to a lower-case description (apposition-subject).
    ['The UN humanitarian office, OCHA, said 25,000 people had fled the fighting in Kordo.', 'OCHA'],
    ['The country’s biggest union, the Norvan Workers Federation, said 25,000 people had marched.', 'Norvan Workers Federation'],
    ['The regional aid office, KESTRA, said 3,400 families had fled the valley.', 'KESTRA'],
    // A bare description of a body closing a headline.
    ['58 dead in port clashes, says rights group', 'rights group'],
    ['Dozens detained in Orvik, says monitoring group', 'monitoring group'],
    ['Toll in Varnay quake rises to 320 - officials', 'officials'],
    ['Flood toll climbs to 41 — police', 'police'],
    // A named body before a place preposition speaks, not the place.
    ['The Red Cross in Tavel said 27 bodies had been recovered.', 'Red Cross in Tavel'],
    ['The Velmar Medical Council in Orsk said 33 doctors had been detained.', 'Velmar Medical Council'],
    ['The ministry of health in Dravosk reported 27 deaths on Monday.', 'ministry of health in Dravosk'],
    // "A report by X released on …": the author's name ends before the participle.
    ['A report by the Lunar Crisis Group released on Wednesday estimated that 9,000 people had been displaced by the fighting.', 'Lunar Crisis Group'],
    ['A study by the Orvan Health Trust published on Friday found that 212 people had died.', 'Orvan Health Trust'],
    // A role named again after a time adverbial, and a role in apposition before the name.
    [
      'Defence Minister Tarik Ondrava said on Monday that troops had secured the border. Later in the day the defence minister said 14 soldiers had been killed.',
      'Tarik Ondrava',
    ],
    ['Interior Minister Hana Vos spoke to reporters on Friday. Later that evening the interior minister said 80 people had been arrested.', 'Hana Vos'],
    [
      "Velmaria's interior minister, Oskar Brandt, met protest leaders on Wednesday. Velmaria's interior minister later said 300 people had been detained.",
      'Oskar Brandt',
    ],
    ["Norland's health minister, Ida Sorensen, visited the wards. Norland's health minister said 95 people had been injured.", 'Ida Sorensen'],
    // A street's name is no person for "she" to refer to.
    [
      'Dr Mira Solen, who runs the Kettle Street clinic, said her staff had treated 54 wounded protesters. She said at least six of them were in critical condition.',
      'Mira Solen',
      'Mira Solen',
    ],
    ['Jon Harrow, who manages the shelter on Dock Road, said 40 people had been wounded. He said 12 of them were children.', 'Jon Harrow', 'Jon Harrow'],
  ]);
});

describe('attribution probes: an unnamed group the report links to a named body (attrib3)', () => {
  check([
    // organiser-named: the body the report says called the gathering.
    ['Organisers said 80,000 people joined the march, which was called by the Coastal Workers Federation.', 'Coastal Workers Federation'],
    ["The rally was organised by the Teachers' Union of Norvia. Organisers said 80,000 people took part.", "Teachers' Union of Norvia"],
    ['The Dessa Students Council, which organised the sit-in, has been banned. Organizers said 12,000 people attended.', 'Dessa Students Council'],
    // Two different bodies said to organise: no link.
    [
      'The march was organised by the Velmar Union and the rally was staged by the Orsk Tenants Federation. Organisers said 5,000 people took part.',
      'Organisers',
    ],
    // figure-owner-named: a following sentence names the figure's owner.
    [
      'Organisers say at least 90,000 people took part in a march in Orvik on Sunday. Demonstrators walked from the harbour to the old town.\n\nThe figure from the Orvik Civic Front covered marchers in the centre only. Police put the number at 30,000.',
      'Orvik Civic Front',
      'Police',
    ],
    ['Activists said 47 people had been detained overnight. The count by the Dessa Rights Union was the highest this year.', 'Dessa Rights Union'],
    // No owner named: the group stays.
    ['Activists said 47 people had been detained overnight. The figure could not be verified.', 'Activists'],
  ]);
});

describe('attribution probes: carry-over and its end, quotes with a named speaker set off (attrib3)', () => {
  check([
    // A group named by its body runs on into the next paragraph as the body does.
    [
      'UN human rights experts said they were alarmed by reports of torture in Dessa.\n\nRelatives of at least 14 detainees have had no news of them for weeks.',
      'UN human rights experts',
    ],
    ['OSCE election observers said they had been barred from polling stations.\n\nAt least 31 monitors were detained on Sunday.', 'OSCE election observers'],
    // question-heading: an explainer's question standing as a heading opens the writer's answer; the report before it does not run on.
    [
      'The Orlan Civic Coalition said 33 protesters were detained on Saturday.\n\nHow many people have been hurt?\n\nAt least 40 people were treated for tear gas and rubber bullets.',
      'Orlan Civic Coalition',
      null,
    ],
    [
      'The Orlan Civic Coalition said 33 protesters were detained on Saturday.\n\nAt least 40 people were treated for injuries, it said.',
      'Orlan Civic Coalition',
      'Orlan Civic Coalition',
    ],
    // topic-shift: a report turned to another matter does not run on …
    [
      'The Orlan Civic Coalition said 33 protesters were detained on Saturday.\n\nIn a separate incident on Sunday, 12 people were injured when a bus overturned on the coast road.',
      'Orlan Civic Coalition',
      null,
    ],
    [
      'The Velmar Rights Union said 40 people had been arrested. Separately, two people were killed in a fire at a market in Orsk.',
      'Velmar Rights Union',
      null,
    ],
    ['Kessel Watch said 18 protesters were shot dead.\n\nMeanwhile, 5 people drowned when a ferry capsized near Tarn.', 'Kessel Watch', null],
    // A verb whose subject stands before its aside says the figure after it: no speaker after the verb.
    [
      'The office said 350 people had fled.\n\nThe Velm Council, which represents farmers, said five people, among them a leader, were killed.',
      'office',
      'Velm Council',
    ],
    // A contrast inside what a speaker said, with no teller of its own, is still the speaker's.
    ['Police chief Ana Ruiz said most of those held had been freed, but 47 remained in custody.', 'Ana Ruiz'],
    ['Police said most of those held had been freed, but rights groups said 47 remained in custody.', 'rights groups'],
    // … nor into a timeline's entry, the writer's own chronicle.
    [
      'Timeline\n\nJuly 8: The Velm Rights Centre says 212 people have been killed.\n\nJuly 13: Gunmen besiege a church in Orsk; two students are killed.',
      'Velm Rights Centre',
      null,
    ],
    // … nor into a picture's caption, the page's own line.
    [
      'The Velm Relief Agency said 52 deaths had been recorded.\n\n[Photo: Residents wade through floodwater in Orsk, where 12 people died on Saturday.]',
      'Velm Relief Agency',
      null,
    ],
    ['The Velm Relief Agency said 52 deaths had been recorded.\n\nImage caption: Mourners in Orsk, where 12 people died', 'Velm Relief Agency', null],
    // … unless its speaker acts in it.
    [
      'The Orvik Police Service said 200 people had been detained. Separately, police arrested 12 people suspected of arson.',
      'Orvik Police Service',
      'Orvik Police Service',
    ],
    // A quote's speaker named before an apposition or "of the …".
    ['"We counted 51 dead in the first two days," Hana Rilke of the Orvik Doctors\' Union said by phone.', 'Hana Rilke'],
    ['"At least 200 people have been detained," Amina Sarr, a lawyer with the Brevan Legal Collective, told reporters.', 'Amina Sarr'],
  ]);
});

describe('attribution probes: role labels, possessive roles, relative speakers, indefinite authors (attrib3)', () => {
  check([
    // A role noun alone labelling a headline.
    ['Ombudsman: 40 killed in Dessa crackdown', 'Ombudsman'],
    ['Governor: 17 dead after dam collapse', 'Governor'],
    // A role in apposition opening on a possessive scope.
    ["Omar Bayat, Kessel's civil defence chief, said in a televised address that the number of dead had climbed to 88.", 'Omar Bayat'],
    ["Lena Hart, Orvik's police commissioner, said 64 people had been arrested.", 'Lena Hart'],
    // A speech verb ends the subject of the verb after it.
    ['Doctors Without Borders said its teams had treated 340 wounded in Kessel.', 'Doctors Without Borders'],
    ['The Velmar Red Cross said volunteers had counted 52 bodies.', 'Velmar Red Cross'],
    // relative-speaker: the antecedent of "who say".
    [
      'The interior ministry said 2,000 people had been arrested. That figure is disputed by rights groups, who say more than 5,000 are in custody.',
      'interior ministry',
      'rights groups',
    ],
    ['The claim was rejected by the Dessa Lawyers Guild, which said 73 people had been detained.', 'Dessa Lawyers Guild'],
    // An indefinite article before a named author of a document.
    ['An AFP tally based on official sources puts the death toll at 510.', 'AFP'],
    ['A Velmar Watch count puts the number of arrests at 1,250.', 'Velmar Watch'],
  ]);
});

describe('attribution probes: lower-case roles before a name, possessive bodies, lone surnames, figures that come from (attrib3)', () => {
  check([
    // A lower-case role right before a name is that person's role.
    ['Health Minister Dana Orlov and police chief Ivo Mertz gave a joint briefing on Monday. The police chief said 230 people had been arrested.', 'Ivo Mertz'],
    ['Mayor Ana Ruiz met fire chief Pavel Dunn at the scene. The fire chief said 17 people had died.', 'Pavel Dunn'],
    // A body named in the possessive is the body "the ministry" refers to.
    [
      "The Velmar Interior Ministry's spokeswoman, Ana Lind, spoke on state television. The ministry said 410 people had been detained.",
      'Velmar Interior Ministry',
    ],
    ["The Orsk Health Department's director, Ivo Brand, toured the wards. The department said 66 people had been injured.", 'Orsk Health Department'],
    // "he" after a lone surname that spoke.
    ['"The situation is catastrophic," Hale said. He said at least 30 of the wounded were children.', 'Hale'],
    ['"We are overwhelmed," Marsh told reporters. She said 45 people had been wounded.', 'Marsh'],
    // Who the figures come from, in the same sentence.
    [
      'The figures come from the Orvan Monitoring Network, which tracks violence across the region: 600 killed and 1,400 wounded since January.',
      'Orvan Monitoring Network',
      'Orvan Monitoring Network',
    ],
    ['The numbers came from the Kessel Legal Aid Centre: 230 people detained in a week.', 'Kessel Legal Aid Centre'],
  ]);
});

describe('attribution probes: a speaker who describes (attrib3)', () => {
  check([
    [
      'The Dessa Herald said dozens of people had been arrested, while the state agency KNA described what looked like an ambush: 4 police officers killed near Tarn.',
      'Dessa Herald',
      'KNA',
    ],
    ['The Velmar Rights Union described the raid as a massacre in which 23 people were killed.', 'Velmar Rights Union'],
  ]);
});

describe('attribution probes: titles governing a complement, acronyms opening a name (attrib3)', () => {
  check([
    // "Minister of Internal Affairs Petra Lom": the title's complement is no part of the name.
    ['Minister of Internal Affairs Petra Lom addressed parliament on Tuesday. The interior minister said 1,100 people had been detained.', 'Petra Lom'],
    ['Minister for Public Health Aron Vell toured the camps. The health minister said 45 people had died of cholera.', 'Aron Vell'],
    // "the UN agency" after the long name whose initials open with "UN".
    [
      "The United Nations Children's Fund said at least 31 children had been killed. The UN agency said another 70 were wounded.",
      "United Nations Children's Fund",
      "United Nations Children's Fund",
    ],
    [
      'The European Union Border Agency said 2,300 migrants had been intercepted. The EU agency said 41 people were missing at sea.',
      'European Union Border Agency',
    ],
  ]);
});

describe('attribution probes: participles of speech and descriptions a named body restates', () => {
  check([
    ['The defence ministry rejected the reports, saying only 14 soldiers had died.', 'defence ministry'],
    ['Harlan Relief criticised the army, adding that 230 families had fled the valley.', 'Harlan Relief'],
    ['Farmers blocked the highway on Monday, saying 40 of their members had been arrested.', 'Farmers'],
    [
      'Rights group says 61 killed in Doral unrest\n\nAt least 61 people have been killed, the Doral Civil Liberties Union said on Friday. The group added that 900 people had been detained.',
      'Doral Civil Liberties Union',
      'Doral Civil Liberties Union',
    ],
  ]);
});

describe('attribution probes: a body described by its affiliation', () => {
  check([
    ['At least 12 protesters were killed, according to a doctors’ committee aligned with the opposition.', 'doctors’ committee'],
    ['Some 300 people were detained, according to a monitoring group linked to the exiled opposition.', 'monitoring group'],
    ['Eighteen guards have been arrested, according to officials close to the inquiry.', 'officials close to the inquiry'],
    ['Officials close to the inquiry said 18 guards had been arrested.', 'Officials close to the inquiry'],
    ['The Velmar Commission on Human Rights (VCHR) said 30 people had been injured.', 'Velmar Commission on Human Rights'],
    ['Police on Monday said 40 people were arrested.', 'Police'],
  ]);
});

describe('attribution probes: quotes, references back, documents and datelines of whole invented reports (attrib4)', () => {
  check([
    // A quote after a speaker tag whose role is set off goes on in that speaker's voice.
    ['"We have no beds left," said Dr Ana Pell, head of Corran General Hospital. "We have also admitted 57 wounded since dawn."', 'Ana Pell'],
    ['"The wards are full," the director of the clinic, Tomas Brek, said. "Another 23 people died overnight."', 'Tomas Brek'],
    // A headline's description of a collective body is the body the lead names; so is "the union" after it.
    [
      "Doctors' union says 61 killed in Tamsin\n\nThe Syndicate of Doctors (SoD) said on Saturday that at least 61 civilians had been killed. The union said more than 1,100 people had been injured.",
      'Syndicate of Doctors',
      'Syndicate of Doctors',
    ],
    // A rank alone refers back to the officer who holds it.
    [
      'Police chief Brigadier Omar Selk said his officers had arrested four suspects. The brigadier said two other suspects had been killed in a shootout.',
      'Omar Selk',
      'Omar Selk',
    ],
    // A document described by a measure ("the 48-page report") is the report under way, never a name ("page report").
    [
      'A report by the Dovrin Legal Aid Centre found that police arrested 1,340 people. The 48-page report said 212 of those arrested were minors.',
      'Dovrin Legal Aid Centre',
      'Dovrin Legal Aid Centre',
    ],
    // A possessive document ("its database", "their figures") is its owner's.
    [
      'Figures compiled by the independent monitoring group Civic Watch paint a similar picture. According to its database, 1,290 people were detained.',
      'Civic Watch',
    ],
    ['The Orvan Network said 40 were held. According to their figures, 1,290 people were detained.', 'Orvan Network', 'Orvan Network'],
    ['Figures compiled by the monitoring group Civic Watch show 1,290 people were detained.', 'Civic Watch'],
    // Who someone belongs to, named in apposition: the name, not "employer".
    ['Two journalists were also briefly arrested, their employer, the daily Vell Courier, said.', 'Vell Courier'],
    // "The news agency" is the agency of the dateline; with none, the words stay as they are.
    ['SARELLE, June 2 (Reuters) - Fighting went on. An earlier round killed at least 19 people, according to a tally by the news agency.', 'Reuters'],
    ['SARELLE, June 2 (Reuters) - Fighting went on. Nineteen people were killed, the agency said.', 'Reuters'],
    ['At least 19 people were killed, according to a tally by the news agency.', 'news agency'],
    // "a tally by the group": the document's author, resolved like any reference back.
    ['The Orvan Monitor said 40 were held. At least 19 people were killed, according to a tally by the group.', 'Orvan Monitor', 'Orvan Monitor'],
    // A second clause of a headline with its own subject: "as opposition puts toll at 35".
    ['Minister says 8 police killed as opposition puts protest toll at 35', 'Minister', 'opposition'],
  ]);
});

describe('attribution probes: no time, adverb or place as the source; the nearest compatible antecedent (attrib4)', () => {
  check([
    ['Earlier, police said 43 people had been detained.', 'police'],
    ['Later on Tuesday, a police spokeswoman said 43 people had been detained.', 'police spokeswoman'],
    ['Yesterday, the regional governor said 12 people had died.', 'regional governor'],
    ['On Wednesday, two more protesters were shot dead near the central market, witnesses said.', 'witnesses'],
    ['Separately, riot police in the capital detained 30 students on Tuesday evening.', null],
    // Two sources of one paragraph disagreeing: each keeps its own figure.
    [
      "At least nine people were killed, according to the camp's residents' committee. Police gave a lower figure, saying five people died.",
      "camp's residents' committee",
      'Police',
    ],
    // Pronouns and titles resolve to the nearest compatible person named before.
    [
      'Interior Minister Sara Kovac said eight officers had been killed. The party spokesman, Tomas Reyes, said that 14 protesters had been killed in Brava. He said 30 more were missing.',
      'Sara Kovac',
      'Tomas Reyes',
      'Tomas Reyes',
    ],
    [
      "The Belmar Medical Association said hospitals had treated more than 900 injured people. The association's president, Dr Ilse Varga, told reporters that surgeons were overwhelmed. She said at least 40 of the wounded had lost limbs.",
      'Belmar Medical Association',
      'Ilse Varga',
    ],
    [
      'The Kesh Conflict Observatory (KCO) said 210 fighters had been killed. The group said it had documented the deaths of 31 civilians.',
      'Kesh Conflict Observatory',
      'Kesh Conflict Observatory',
    ],
    ['Local media reported that a further six people were killed on Thursday.', 'Local media'],
  ]);
});

describe('attribution probes: titles in apposition, premodifiers, lists and counts referred back (attrib4)', () => {
  check([
    // An abbreviated or full title before the name in apposition is no part of it.
    ['The Interior Ministry spokesman, Col. Piet Olsen, said 40 people had been arrested.', 'Piet Olsen'],
    ['The army chief, Gen. Tom Reyes, said 40 soldiers had died.', 'Tom Reyes'],
    ['The spokesman, Lt. Col. Piet Olsen, told reporters 40 people had been arrested.', 'Piet Olsen'],
    ['The police chief, Colonel Idris Manaf, said 40 people had been arrested.', 'Idris Manaf'],
    // Where a body is based, or who runs or backs it, describes the name after it.
    ['The London-based Orvan Observatory for Human Rights said 40 fighters were killed.', 'Orvan Observatory for Human Rights'],
    ['The opposition-run Civic Rights Office said 40 people were detained.', 'Civic Rights Office'],
    ['The New York-based Human Rights Watch said 40 people were killed.', 'Human Rights Watch'],
    // …unless it is all that names the body.
    ['The Velmar-run health ministry said 40 people were killed.', 'Velmar-run health ministry'],
    // A list after the colon of the sentence introducing it is that speaker's.
    ['The health ministry gave the following figures:\n- 40 killed\n- 120 injured', 'health ministry', 'health ministry'],
    // A transcript's speaker labels: the person named with a role, then by surname; not the questioner.
    [
      'Briefing on the floods\n\nMARA VELDT, head of the ministry press office: Good afternoon. So far 14 people have died.\n\nQUESTION: Is it true that 30 are missing?\n\nVELDT: Altogether 22 people are missing.',
      'Mara Veldt',
      null,
      'Mara Veldt',
    ],
    // One labelled paragraph alone is no transcript.
    ['Briefing on the floods\n\nMARA VELDT, head of the press office: So far 14 people have died.', null],
    // A body's name set off after a description in "according to" is who tells the figure.
    ['At least 12 were killed, according to the organisers, the Civic Rights Forum.', 'Civic Rights Forum'],
    // A live page's time before an entry is no part of the label that opens it.
    ['15:40 - Crowds gathered.\n\n15:10 - Orvan health ministry figures: 403 people have been treated for injuries.', 'Orvan health ministry'],
    // A heading that names its figures' source in brackets: its list's lines are that source's.
    [
      'Storms hit the coast.\n\nFIGURES BY DISTRICT (Orvan Relief Agency, as of 8 May)\n- Tessa: 18 dead\n- Vorn: 4 dead',
      'Orvan Relief Agency',
      'Orvan Relief Agency',
    ],
    // …and ends with the list.
    [
      'The health ministry released these figures on Monday:\n\n40 killed\n\n120 injured\n\nIn the capital, 3,000 people marched on Sunday and 12 were hurt, while police fired tear gas at the crowds outside the parliament building.',
      'health ministry',
      'health ministry',
      null,
      null,
    ],
    // A generic teller's count referred back to in the next sentence ("The figures include", "Among them").
    ['The ministry said 57 people had died. The figures include 9 police officers killed in the north.', 'ministry', 'ministry'],
    ['Police said 57 people had been arrested. The detainees include 9 minors.', 'Police', 'Police'],
    ['Police said 57 people had been arrested. Among them were 9 minors.', 'Police', 'Police'],
  ]);
});

describe('attribution probes: unnamed speakers of quotes, names given in an aside, agents that end at their name (attrib4)', () => {
  check([
    // A quote's speaker is the phrase before its relative clause.
    ['"There are at least 40 dead," a police officer who declined to be named told AFP.', 'police officer'],
    ['"We have counted 40 bodies," said a doctor who asked not to be named.', 'doctor'],
    // The name an aside gives ("who gave his name as", "identified only as") is who speaks.
    ['A commander of one of the factions, who gave his name only as Abu Karim, told AFP that 12 of his fighters had been killed.', 'Abu Karim'],
    ['A resident, identified only as Lena, said 12 people were killed.', 'Lena'],
    // How many spoke is no part of the source.
    ['Two police sources said 40 people had been killed, while a medical source put the toll at 52.', 'police sources', 'medical source'],
    // An agent's name ends with its capitals: "compiled by AFP from hospital sources".
    ['The toll, compiled by AFP from hospital sources, stood at 40 on Monday.', 'AFP'],
    ['The toll, provided by the Velmar Health Institute of the Ministry, stood at 36.', 'Velmar Health Institute of the Ministry'],
  ]);
});

describe('attribution probes: passive accusations and names given in asides (attrib4, held-out reports)', () => {
  check([
    // An accusing participle with no object of its own is a passive: no source from it.
    ['In the town of Serra alone, 610 people were detained during a single week in May, most of them young men accused of links to armed groups.', null],
    ['Velmar Watch accused police of killing 20 protesters.', 'Velmar Watch'],
    // The name closing an aside that gives one is who speaks.
    [
      "The front's commander, known by his nom de guerre Sayf, claimed in a video posted online that his men had killed 40 soldiers in an ambush last week.",
      'Sayf',
    ],
    ['The commander, known as Sayf, said his men had killed 40 soldiers.', 'Sayf'],
  ]);
});

describe('attribution probes: "on" inside a body’s name (attrib4)', () => {
  check([
    // "on" joins a name's capitalised words ("Commission on Human Rights"), so a reference back finds the whole name…
    [
      'The Commission on Human Rights and Administrative Justice opened an inquiry. The commission said 12 people were missing.',
      'Commission on Human Rights and Administrative Justice',
    ],
    // …but not a day ("Police on Monday").
    ['Police on Monday said 40 people were arrested.', 'Police'],
  ]);
});

describe('attribution probes: "the group" is no state body (attrib4)', () => {
  check([
    // A state body named in between ("Police fired …") is no "group": the body that spoke before is.
    [
      'Human Rights Watch said Monday that police killed at least 40 protesters.\n\nPolice fired tear gas and live rounds at crowds. At least 12 of the dead were children, the group said.',
      'Human Rights Watch',
      'Human Rights Watch',
    ],
  ]);
});

describe('attribution probes: an indefinite role the report names next (attrib4)', () => {
  check([
    // The person named next whose role holds every word of the description is its speaker…
    [
      'The number of people killed has risen to 27, a provincial health official said on Friday.\n\n"Six of the wounded died overnight," said Dr Yusuf Benali, director of the provincial health department.',
      'Yusuf Benali',
      'Yusuf Benali',
    ],
    // …not one whose role lacks a word of it.
    [
      'Twelve people were killed, a senior police official said.\n\nInterior Minister Ana Ruiz, a former police officer, visited the site.',
      'senior police official',
    ],
    // A lead's unnamed speaker is the person the next paragraph names when they go on about the
    // figure's dead, state the figure again, or are then called by the role's noun…
    [
      'A senior Norlandic lawmaker said on Monday that 140 people were killed in the unrest.\n\nAldo Varga, head of the security committee, said nine of the dead were police officers.',
      'Aldo Varga',
      'Aldo Varga',
    ],
    [
      'A senior lawmaker says around 3,000 people were arrested during the protests.\n\nMira Tomas, spokeswoman for the security committee, told reporters on Tuesday that about 3,000 people had been taken into custody.',
      'Mira Tomas',
    ],
    [
      'A senior lawmaker says 1,200 people were arrested during the protests.\n\nMira Tomas, spokeswoman for the security committee, spoke on Tuesday in Varlo. The lawmaker said most had been freed.',
      'Mira Tomas',
    ],
    // The figure may open the role's sentence, and be one a year's digits would spell without its comma.
    [
      'At least 2,000 people have been arrested, a senior lawmaker said.\n\nHossein Karimi, spokesman for the security committee, said about 2,000 people had been held.',
      'Hossein Karimi',
      'Hossein Karimi',
    ],
    // A role with only a nationality names no one the report names next.
    ['An Iranian official said 12 people died.\n\nHossein Karimi, spokesman for the committee, said 30 were hurt.', 'Iranian official', 'Hossein Karimi'],
    // …not one who speaks of other things, on the same day of the month.
    [
      'A senior lawmaker said on 16 May that 140 people were killed in the unrest.\n\nAldo Varga, head of the security committee, said on 16 May that the budget would pass.',
      'senior lawmaker',
    ],
  ]);
});

describe('attribution probes: bodies referred back, documents of a body, speakers described', () => {
  check([
    // A collective body's head refers back to the body named with it.
    [
      "The Garment Workers' Federation of Norland said at least 60 workers had been injured since the strike began. The federation said 15 of its members were still in custody.",
      "Garment Workers' Federation of Norland",
      "Garment Workers' Federation of Norland",
    ],
    // A body's noun before a document names its author.
    ['A police statement said 46 people had been arrested.', 'police'],
    ['An army statement said 12 soldiers were killed.', 'army'],
    // Research is a document of its author; a verb of reporting ends an author in lower case.
    ["The group's research shows 58 protesters were killed.", 'group'],
    ['A report by the group found at least 58 protesters had been killed.', 'group'],
    // How many spoke, a participle with its object, the participle of the clause before (whose unnamed counter is the speaker's report): no part of who speaks.
    ['One doctor said dozens of wounded had arrived.', 'doctor'],
    ['Lawyers representing the students said at least 480 people were taken into custody.', 'Lawyers'],
    ['One of the organisers said 40 people were detained.', 'organiser'],
    ['The hospital issued a statement on Monday, saying staff had counted 52 dead.', 'hospital'],
    // A vague count of speakers, a first-person possessive in a quote, a time zone: no part of a source.
    ['Several Kessel Union leaders said at least 12 of its workers had been killed.', 'Kessel Union leaders'],
    ['"Our monitors recorded 214 people wounded," the Citizen Vote Observatory said in a statement.', 'Citizen Vote Observatory'],
    ['Protesters clashed with police at 14:00 GMT. At least six children were among the injured.', null],
    // "the party" is the political body named before it.
    ['The Awami Justice Movement called a strike. The party said 40 of its members were arrested.', 'Awami Justice Movement'],
  ]);
});

describe('attribution probes: received documents, speakers in a time clause, headline verbs', () => {
  check([
    // A document with no author of its own is its receiver's; one that names an author is that author's.
    ['According to information obtained by the Velmar Rights Office, at least 90 people were killed.', 'Velmar Rights Office'],
    ['According to documents seen by the Harbour Courier, 75 people were detained.', 'Harbour Courier'],
    ['According to hospital records seen by the Harbour Courier, 75 people were injured.', 'hospital records'],
    // What a speaker said in a clause of time is the speaker's.
    ['His remarks came two days after Interior Minister Davor Kest said on Saturday that 40 people were killed.', 'Davor Kest'],
    // A verb of the headline ends its subject: no author "Norvel dismisses".
    // An indefinite role, then a named person with a role of their own who speaks of "the figure": that person.
    [
      "Varnian lawmaker says 900 detained in fuel protests\n\nAbout 900 people were arrested during the protests, a senior lawmaker said.\n\nDavor Kest, spokesman for parliament's security committee, said on Tuesday that the figure had been given to lawmakers by the police.",
      'Davor Kest',
    ],
    // An aside between subject and verb; a name with a particle in apposition; an owner's estimate after the figure.
    ['The interior ministry, for its part, said 119 police officers had been hurt.', 'interior ministry'],
    ['The director of the hospital, Dr. Nabil al-Kessel, said 17 people had died.', 'Nabil al-Kessel'],
    ["The rally drew between 80,000 and 120,000 people by the Varno Monitor's estimate.", 'Varno Monitor'],
    // An indefinite description of a body is the body the next sentences name with its head, speaker or not; its references back too.
    [
      'A panel of international experts said on Tuesday that 37 people died.\n\nThe Varnian Group of Independent Experts, set up under an agreement with the government, handed its report to the president.\n\nThe experts said 800 people were injured.',
      'Varnian Group of Independent Experts',
      'Varnian Group of Independent Experts',
    ],
    ['A government commission said 40 people were killed. The Interior Ministry said 50 were detained.', 'government commission', 'Interior Ministry'],
    // A definite description of a body nothing before names is the body named next with all its words; another body is not it.
    [
      "At least 31 people have died in the clashes, the country's human rights commission said. The Velmar Commission for Human Rights said 12 of them died in Sarn.",
      'Velmar Commission for Human Rights',
      'Velmar Commission for Human Rights',
    ],
    [
      'At least 31 people have died in the clashes, the electoral commission said. The Velmar Commission for Human Rights said 12 of them died in Sarn.',
      'electoral commission',
      'Velmar Commission for Human Rights',
    ],
    // A description's modifier must stand in the earlier name it refers to: the interior ministry is not the health ministry's "ministry".
    [
      "The health ministry, known as Vemsa, said that 1,240 people had been injured. The ministry's figures include people treated for smoke. The interior ministry said 310 people had been arrested.",
      'Vemsa',
      'interior ministry',
    ],
    ['The Orvan health ministry said 60 people were injured. The same ministry said 12 had died.', 'Orvan health ministry', 'Orvan health ministry'],
    // A compiler's "from" gives where the figures came from; "the activists" refers back to the activists named before.
    [
      'Kessel activists say at least 152 residents were killed. Their count, as compiled by the activists from families and hospital workers:\n- Orr marshes: 64 named dead\n- Lemba district: 19',
      'Kessel activists',
      'Kessel activists',
      'Kessel activists',
    ],
    // A body named only by its head's possessive speaks through that person.
    ['Arman Velić, director of the Varno Rights Centre, told the panel that his organisation had verified 290 deaths.', 'Arman Velić'],
    ['Ombudsman Tamar Lezava said her office had found that 47 people needed hospital treatment for head injuries.', 'Tamar Lezava'],
    // A placed person whose place has an address set off after it; a role of a named place, placed further; a role of a body.
    ['A hospital official in Orr, Kessel State, tells us four bodies were brought in this afternoon.', 'hospital official in Orr'],
    // A person's name, with no title, in apposition to a role placed "in" a town is who speaks; so past a body's name
    // with its short name in brackets, inside the role.
    ['The police chief in Varna, Ivo Petrov, said three people died in the fire.', 'Ivo Petrov'],
    // A role capitalised after its article is a role whatever noun of a person it is ("The Public Defender").
    ['The Public Defender, Ana Ruiz, told journalists that her staff had visited 40 detainees in the jail.', 'Ana Ruiz'],
    ['The head of the National Coast and Rescue Agency (Nacora) office in Varna, Ivo Petrov, says divers recovered three more bodies.', 'Ivo Petrov'],
    ['The acting governor of Velmo in Tarsk province confirmed that one man was killed there on Friday.', 'acting governor of Velmo'],
    ['The head of Amnesty said 12 people died.', 'head of Amnesty'],
    // A modified role is a person whose own role says so, not the last name the report gave.
    ['Protests spread after the Kessel Square vigil. The interior minister has claimed that 30 of the dead were killed by other weapons.', 'interior minister'],
    // An outlet's noun is the outlet named before, not a time zone's letters.
    [
      '09:10 GMT\n\nFour more people have died, bringing the toll to 37, according to a tally compiled by the daily Kessel Times. Among the dead are at least five children, the paper said.',
      'Kessel Times',
      'Kessel Times',
      'Kessel Times',
    ],
    // A collective body's head refers back to the body named before ("the forum", "the alliance").
    [
      'The Kessel Rights Forum said 15 people were killed. Fear of raids drove hundreds from their homes, residents said. The forum said at least 22 people remained unaccounted for.',
      'Kessel Rights Forum',
      'residents',
      'Kessel Rights Forum',
    ],
    // A quoted fragment no speaker is found for is the words of the clause it stands in.
    ['A man in Orr said he had watched "at least three bodies" being taken away.', 'man in Orr'],
    // A crowd counted in words is what the figure counts, not who tells it.
    ['Crowds of thousands have gathered outside the court each night, residents said.', 'residents'],
    // An unnamed counter in what a speaker says, after a participle of speech, is the speaker's report.
    ['A nurse gave a higher figure, saying staff had counted 38 dead by morning.', 'nurse'],
    // A conjunction opening the sentence is no part of its subject; a body its owner names is not the state's.
    ['Officials said 17 died. But the Kessel Network, a local rights group, said 26 died.', 'Officials', 'Kessel Network'],
    ["Fighting continued in Kestria. The rebels' health ministry said troops had killed nine people.", "rebels' health ministry"],
    ['Now the Kessel Network says 26 died.', 'Kessel Network'],
    // A participle's phrase after people describes them; after a document its agent is the author.
    ['Residents reached by phone said 26 people died.', 'Residents'],
    ['Figures published by the state health department put the number of injured at 9,800.', 'state health department'],
    // A noun with its article opening the sentence before "estimates … at"; a name's possessive owns the figure wherever it stands.
    ['The Kessel Network estimates the toll at 50.', 'Kessel Network'],
    ["The government disputes Amnesty's figure of 50 dead.", 'Amnesty'],
    ["Officials dismissed the Kessel Rights Network's count of 50 dead.", 'Kessel Rights Network'],
    ["It was not possible to verify the Kessel Network's claim that 26 people died.", 'Kessel Network'],
    // A lone surname of a person named before is that person, even when a town bears the name.
    ['Interior Minister Ana Ruiz visited the city. Speaking in parliament, Ruiz said 26 people died.', 'Ana Ruiz'],
    // A counted plural of bodies is the joint source named before.
    [
      'The Kessel Network and the Orvan Monitor said 26 died. The two groups said 40 were detained.',
      'Kessel Network and the Orvan Monitor',
      'Kessel Network and the Orvan Monitor',
    ],
    // A list line's label that ends on a common noun of no source is no teller.
    ['- Freedom of expression: 14 journalists arrested for reporting', null],
    ['* Rights groups: at least 300 killed', 'Rights groups'],
    // A definite body with the head and modifiers of one named before is that body; a quantity opening a sentence is no part of a name.
    [
      "The Varnian Professionals Association called the march. The professionals' association said 40 doctors were arrested.",
      'Varnian Professionals Association',
    ],
    ['Several KJM lawmakers were placed under house arrest. The KJM, however, claimed that at least 12 of its workers had been killed.', null, 'KJM'],
    // A body named in full keeps its name over the acronym an aside gives it, and the acronym is that name.
    [
      'The Civic Defence League, known by its Spanish initials LDC, said 23 marchers had died. The group recorded 64 wounded. LDC later said 26 had died.',
      'Civic Defence League',
      'Civic Defence League',
      'Civic Defence League',
    ],
    ['A commander, who gave his name only as Tarek, said 17 people had been killed.', 'Tarek'],
    // The people counted who speak of themselves are no source of their count.
    ['Police freed 25 students on Friday. Seven of them told us they were beaten while held, and two of them were hospitalised.', null, null],
    // A passive harm with the circumstances of its one event, in a new paragraph, is the outlet's narration.
    [
      'The Kessel Red Cross said 58 people had been injured in Varno.\n\nThree photographers were injured when riot police fired tear gas into the press pen.',
      'Kessel Red Cross',
      null,
    ],
    // A press word closing a name is an outlet's ("Post" is also a document noun); more heads of bodies, so "It" refers back.
    ['At least 23 people were killed, the Varno Post reported.', 'Varno Post'],
    ['The Orvan Relief Corps said 3,000 people had been displaced. It said another 500 were missing.', 'Orvan Relief Corps', 'Orvan Relief Corps'],
    ['The Kessel Civil Defence said 40 people were missing. It said 12 bodies had been recovered.', 'Kessel Civil Defence', 'Kessel Civil Defence'],
    // Verbs of believing and suspecting hold a count as "believes" does, past "up to".
    ['The Kessel Rights Network believes up to 40 people may have been killed.', 'Kessel Rights Network'],
    ['Officials think at least 30 people were killed.', 'Officials'],
    ['Police suspect that 12 people were abducted.', 'Police'],
    // People of a trade and a fire brigade speak; those who found or buried the dead give way to who tells of it.
    ['At least 14 people died, the fire brigade said.', 'fire brigade'],
    ['At least 14 people died, firefighters said.', 'firefighters'],
    ['Divers found 6 bodies in the river, police said.', 'police'],
    ['Volunteers buried 21 bodies on Sunday, a local official said.', 'local official'],
    ['Divers found 6 bodies in the river.', 'Divers'],
    // A person named before where they work; a role opening the sentence before a name in apposition; an age before the apposition.
    ['Mira Dornik from the Orvan Medical Association said 45 people had died.', 'Mira Dornik'],
    ['Head of the Varno Doctors Syndicate, Elin Sova, said 17 medics had been detained.', 'Elin Sova'],
    ['Ana Ruiz, 61, the interior minister, said 150 people had been arrested.', 'Ana Ruiz'],
    // Words that describe a document or an outlet are no part of its author's name.
    ['A leaked ministry document shows that 410 people have been detained.', 'ministry'],
    ['A confidential UN report said 95 civilians were killed.', 'UN'],
    ['The pro-government Orvan Voice said only 3 people had died.', 'Orvan Voice'],
    // A place in capitals before a colon opening a whole sentence is its dateline.
    ['KESSEL: The death toll in the unrest rose to 32 on Tuesday, officials said.', 'officials'],
    ['Norvel dismisses report that 900 were killed\n\nThe government on Tuesday rejected a report that about 900 people were killed.', null],
    // A relative clause's antecedent speaks, a preposition's object too, and no speaker before it relays it.
    [
      'The tally is far above that of the Velm Rights League, which says at least 120 people were killed, and the Interior Ministry, which said it had confirmed 30 deaths.',
      'Velm Rights League',
      'Interior Ministry',
    ],
    ['The Velm Rights League, which says 64 people were killed, and the army, which says 9 died, disagree.', 'Velm Rights League', 'army'],
    // A speaker in a clause on a place ("…, where …") tells only what follows it.
    ['Police said 40 were detained in Brel, where activists said 12 were killed.', 'Police', 'activists'],
    ['At least 41 people were killed in Tarsk, where witnesses described soldiers firing into crowds.', null],
    // People named by the victims they stand for speak; the victims do not.
    ['A lawyer for the families said 26 people were still being held without charge.', 'lawyer for the families'],
    ['Relatives of the detained said at least 70 young men had been arrested.', 'Relatives of the detained'],
    ['A spokesman for the ministry said 40 people were detained.', 'ministry'],
    // A document's author read short and the subject read whole are one source.
    ['Figures released by the Kessia health ministry recorded 37 deaths.', 'Kessia health ministry'],
    // Speech in single marks, as British papers print it; an apostrophe opens no quote.
    ["'We have 30 bodies here,' said Dr. Petr Aswin.", 'Petr Aswin'],
    ["'More than 200 people have been arrested,' Mira Toval said.", 'Mira Toval'],
    ["'At least 200 were arrested,' said the Brenn Lawyers' Association.", "Brenn Lawyers' Association"],
    // A headline's label headed by a role; a body's one noun after a headline's dash.
    ["Talmar minister: 'No more than 20 detained'", 'Talmar minister'],
    ['At least 50 hurt in Brenn clashes - hospital', 'hospital'],
    // A description in apposition that names a body makes the name a body's, so "It" refers back to it.
    ['The rights group Freedom Ledger said 300 people were detained. It said 12 of them were children.', 'Freedom Ledger', 'Freedom Ledger'],
    // A pronoun as the object of "according to" refers back as the subject pronoun does.
    ['Police chief Anouk Relle spoke to reporters. According to her, 60 people were detained.', 'Anouk Relle'],
    // Claims that a speaker rejects are not the speaker's; what it says after a participle of speech is.
    ['The army rejected claims that 200 civilians were killed in the shelling.', null],
    ['Officials dismissed reports that 50 people had died.', null],
    ['The government denied reports that 3,000 people had been detained, putting the figure at 450.', null, 'government'],
    // Whoever a figure was given by gives it; a restrictive clause on people speaks for them.
    ['Police dispute the figure of 40 deaths given by activists, saying only 9 people died.', 'activists', 'Police'],
    // A figure issued by someone, or put down to them, is theirs (not deaths put down to a force, who caused them).
    [
      'The regional government lowered the toll to 63, saying an earlier count of 71 released by the Tarvo District Hospital was too high.',
      'regional government',
      'Tarvo District Hospital',
    ],
    [
      'The relief agency revised the toll down to 2,410, from a figure of 5,200 that it had attributed to the Kessel Red Crescent.',
      'relief agency',
      'Kessel Red Crescent',
    ],
    ['The commission said 90 people were killed, most of them in shootings attributed to the security forces.', 'commission'],
    // A count "of" other documents rests on them: its author stands before it (or it is the outlet's own).
    ['At least 31 people were killed, according to a Velmar Wire tally of hospital reports.', 'Velmar Wire'],
    ['At least 31 people were killed, according to our tally of police and hospital reports.', null],
    ['At least 31 people were killed, according to the findings of the Kessel commission.', 'Kessel commission'],
    // A description with words of its own names the one of joined tellers it repeats; "the officials" may be both.
    [
      "Soldiers shot dead at least nine people in Tarvo, according to residents and a volunteer ambulance crew. The deaths of 14 people this week, by the ambulance crew's count, brought the toll in the town to 51.",
      'residents and a volunteer ambulance crew',
      'volunteer ambulance crew',
      'volunteer ambulance crew',
    ],
    ['Officials insisted no more than 5 people had been hurt, contradicting hospital staff who said 60 were wounded.', 'Officials', 'hospital staff'],
    // An event and where it is ("Protests in Velmora:") labels no teller; a plural's possessive owns a document.
    ['Protests in Velmora: At least 17 dead, 800 injured', null, null],
    ["The authorities' report estimates that at least 17 people have died.", 'authorities'],
    // A police post is a place, no document of the police.
    ['Rioters attacked a police post, stabbing to death two members of the militia.', null],
    ['Separatists overran a gendarmerie post, killing 3 gendarmes.', null],
    // An event a place follows labels no teller, whatever the event's word ("Gunfight near Tessin:").
    ['Gunfight near Tessin: 3 raiders and 1 policeman dead', null, null],
    // ...but an acronym before the place is a body's name; a label of harm names what is counted.
    ['UNHCR in Velmora: 40 refugees killed', 'UNHCR in Velmora'],
    ['Reported casualties: 4 KIA, 6 WIA.', null, null],
    // People named by where they live are a group, and their words do not run on into the outlet's narration.
    [
      'Residents of Drast said that civilians were among the dead.\n\nDrast has seen heavy fighting since April. The conflict in the north has killed more than 5,000 people since 2019.',
      null,
    ],
    // A verb coordinated after an aside set off by commas shares the sentence's subject; a live blog's clock time opens no name.
    ['A rebel spokesman, reached by telephone, denied the figures and said the rebels had killed more than 30 soldiers.', 'rebel spokesman'],
    ['18:00 Rights group Orrin Watch says 120 people have been detained in the city today.', 'Orrin Watch'],
    // A contact clause after a figure names who gave it, whoever's figure it is compared with.
    ["The president's figure was higher than the 45 deaths police had confirmed on 24 November.", 'police'],
    // (A figure with no noun of people is no count a contact clause gives: "a 24-hour curfew announced hours earlier".)
    ['Thousands had gathered in the square, defying a 24-hour curfew announced hours earlier.', null],
    // A figure's own participle names who gave that figure alone, whoever else speaks.
    ['The government says 40 people have died, lower than the 56 reported by activists.', 'government', 'activists'],
    // A body named in "according to" runs on into the figures of the next sentence, as one that speaks does.
    ['According to the Velm Rights League, Kessel saw the worst of it. In Tarsk, at least 41 people were killed.', 'Velm Rights League'],
    // "They" and "it" refer back to the body or group the sentence before opened on, though it said nothing.
    ['Doctors at the central hospital painted a grimmer picture. They said 12 people were killed.', 'Doctors'],
    ['The army launched an offensive in the north. It said 40 militants were killed.', 'army'],
    // An aside between spaced dashes is read past, as one between commas is.
    ['Lena Okafor - a spokeswoman for the Civic Ledger Project - said 52 people had been detained.', 'Lena Okafor'],
    ['Police — who had earlier refused to give any figures — said on Friday that 63 people had been arrested.', 'Police'],
    // "Respectively" gives each conjunct of the subject its figure, in order.
    ['Police and activists put the toll at 12 and 40 respectively.', 'Police', 'activists'],
    ['Interior Minister Helga Moor and rights lawyer Kofi Adjei said 150 and 400 people respectively had been detained.', 'Helga Moor', 'Kofi Adjei'],
    // A phrasal verb of telling a count's parts reports them; the same verb with another particle tells nothing.
    ['The relief agency breaks down the toll as 35 in the north and 18 in the coastal districts.', 'relief agency', 'relief agency'],
    ['Violence broke out on Monday and 12 people died.', null],
    // A participle of speaking with its phrase, unpunctuated, describes the subject before it.
    ['A volunteer medic talking to journalists by the bridge said about 60 people were feared dead.', 'volunteer medic'],
    ['A police officer speaking on condition of anonymity said 12 people had died.', 'police officer'],
    // What a count was compiled from is no part of who compiled it.
    ['According to figures compiled by the Orvan Red Cross from hospital records, 40 people died.', 'Orvan Red Cross'],
    // An adverb of when among a speaker's statements between subject and verb.
    ['Mayor Ana Ruiz first said that two fishermen had drowned.', 'Ana Ruiz'],
    // "puts … at" a figure is a verb after an aside set off on its subject.
    ["The rights office, headed by Ana Ruiz, puts the month's toll at 48 dead.", 'rights office'],
    // A capitalised role after a possessive heads the role a name stands in apposition to.
    ["Orvania's Ombudsman, Ana Ruiz, told a briefing that 27 people had died.", 'Ana Ruiz'],
    // A relative clause after a body's indefinite apposition is the body's; a headline's description is the body described so.
    [
      'Those figures were rejected by the Orvan Rights Monitor (ORM), a volunteer network allied with the students, which said it had counted 31 deaths.',
      'Orvan Rights Monitor',
    ],
    [
      'Monitor tallies 31 deaths in Orvan unrest\n\nInterior Minister Ana Ruiz told the state-run Orvan Press Agency (OPA) that order had returned. OPA also quoted the attorney general as saying the courts would be firm.\n\nThe numbers were rejected by the Orvan Rights Observatory (ORO), an independent monitor, which said it had counted 31 deaths.',
      'Orvan Rights Observatory',
    ],
    // "according to" distributes too, before or after its figures; conjuncts sharing the last one's head are each named with it.
    [
      'By Sunday 31 people had been detained and 9 treated for burns, according to the justice and health departments respectively.',
      'justice department',
      'health department',
    ],
    ['According to police and medics respectively, 31 people were detained and 9 were hurt.', 'police', 'medics'],
    // A document possessed with a premodifier is its owner's; who set a figure in the passive gives it.
    ["The government's new toll of 40 dead was published on Sunday.", 'government'],
    ["The government's initial figure, announced by Prime Minister Jon Arle on the evening of the protests, was about 50 dead.", 'Jon Arle'],
    ['The number of dead was put at 73 by local officials in Derna.', 'local officials'],
    ['The toll was revised up to 62 by the regional health authority on Thursday.', 'regional health authority'],
    // A plural subject's present tense reports.
    ['16:20 Hospital sources in Mosul tell us 40 people have been admitted with injuries.', 'Hospital sources'],
    ['Officials confirm 12 people died in the fire.', 'Officials'],
    // People a sentence names only by a noun speak from the facility its opening phrase names.
    ['At the city morgue, officials told reporters that 19 bodies had been received.', 'officials at the city morgue'],
    ['At Kessel General Hospital, a senior nurse said 41 people with gunshot wounds had been admitted.', 'senior nurse at Kessel General Hospital'],
    // The person a role names in apposition after "according to"; a verb after a relative clause set off on a name.
    ['At least 61 people have died, according to the local government chairman, Pam Dalyop.', 'Pam Dalyop'],
    // A body's acronym set off after its description names it, after "according to" or an inverted verb.
    ['By Wednesday nine bodies had been recovered, according to the national disaster agency, ORVA.', 'ORVA'],
    ['Nine bodies had been recovered, said the national relief agency, NRAV.', 'NRAV'],
    ['Twelve people were arrested, said the organisers, the Velm Civic Coalition.', 'Velm Civic Coalition'],
    ['Justina Mamani, who leads the federation, claims some 200,000 people have joined the blockades.', 'Justina Mamani'],
    // "It" refers back to a group named in the singular; a verb the tagger read as a noun still ends the subject.
    ['Police say 9 people were killed. The opposition disputes this. It says 31 died.', 'Police', 'opposition'],
    // People named by what befell them speak as a group; the outlet that interviewed them relays.
    ['Refugees interviewed by the Accra Observer said gunmen had killed dozens of people.', 'Refugees'],
    // A sentence turning to other news, with no figure, ends the speaker's run.
    [
      'The Frontline Medics Union said 14 people were wounded on Friday. In other news, the central bank raised rates. Earlier this year, floods killed 200 people in the south.',
      'Frontline Medics Union',
      null,
    ],
    // A definite description with the head of a body described before is that body.
    [
      "At least 23 people were killed in the riot, Norland's national prison service said. Guards found two more bodies, the service said. The prison service said 41 people were hurt.",
      "Norland's national prison service",
      "Norland's national prison service",
      "Norland's national prison service",
    ],
  ]);
  it.each([
    // A capitalised "Monitor" or "Team" closing a name names a body.
    ['The Ferrand Monitor said 47 people were killed.', 'organisation'],
    ['The Kessel Forensic Team said it had exhumed 12 bodies.', 'organisation'],
  ])('kind: %s', (text, kind) => {
    expect(kindOf(text)).toEqual([kind]);
  });
});

describe('attribution probes: places the gazetteer does not know, offices named by their head (attrib5)', () => {
  check([
    // A name a place preposition governs, or one before a place's head noun, is no person a pronoun can refer to.
    ['Board chair Lina Osei said the deaths were reported in Upper Varno, Kessel and Orr. She said more than 300 people had been injured.', 'Lina Osei'],
    ['Spokesperson Teo Vanek said crowds gathered in the Old Dastor area. Two people were shot dead in Lemba, he said.', 'Teo Vanek'],
    // A body's head word alone, capitalised as in its name ("the Office"), refers back to that body, by the acronym the report uses for it.
    [
      'Speaker: Mira Dahl, spokesperson for the Office of the Velmar Commissioner for Refugees (OVCR)\n\nOVCR has recorded 412 killings. On 4 July the Office said it had recorded 280 killings as of 27 June.',
      'OVCR',
      'OVCR',
    ],
    [
      'The Orvan Electoral Commission said 40 people had been arrested. On Monday the Commission said 12 more had been detained.',
      'Orvan Electoral Commission',
      'Orvan Electoral Commission',
    ],
    // A time's bound opening the sentence without a comma is no part of the subject.
    ['The strike was called off. By Monday evening police said more than 500 people had been detained.', 'police'],
    // A relative "which said" after a body named as an agent: that body speaks, not the figure it cited.
    [
      'The estimate is twice the figure first cited by the Kessel Relief Agency, which said in the days after the attack that at least 90 people had been killed.',
      'Kessel Relief Agency',
    ],
  ]);
});

describe('attribution probes: asides and placed roles (attrib6)', () => {
  check([
    // A singular role noun placed by where it is ("a security source in Orr") speaks, the place no part of who.
    [
      'Mayor Tova Reln said 30 people died. A security source in Port Varno told the Vell Courier there was evidence that at least 80 people may have been killed.',
      'Tova Reln',
      'security source in Port Varno',
    ],
    // A relative clause after a body's name, closed by an apposition of its own, is skipped to the body.
    [
      'The Kessel Relief Agency said 12 people died. The Orvan Rights Network, which on Monday had counted three deaths in Lemba, a nurse and a driver, said on Tuesday that it had received reports that at least 40 people had been killed.',
      'Kessel Relief Agency',
      'Orvan Rights Network',
      'Orvan Rights Network',
    ],
    // A country that speaks is its government; after a preposition it is no subject, and a headline's stands for the body named.
    [
      'Fighting went on near the border. Norway says 13 of its soldiers died in the clashes, and Chile has reported three deaths among its troops.',
      'Norway',
      'Chile',
    ],
    ['A report by a panel monitoring sanctions on Norway says that between 100 and 150 people died.', 'panel monitoring sanctions'],
    ['Norway says at least 40 killed in storm\n\nOSLO (Vell Wire) - At least 40 people were killed, the civil defence agency said.', 'civil defence agency'],
    // A particle inside a place's name ("do", "es") is no verb: the body it owns speaks, and its definite description after.
    [
      "Four more deaths were confirmed on Monday, bringing the toll to 147, Vila Nova do Sul's civil defence agency said. The agency said 127 people were still missing.",
      "Vila Nova do Sul's civil defence agency",
      "Vila Nova do Sul's civil defence agency",
      "Vila Nova do Sul's civil defence agency",
    ],
    // A headline's label that names an event ("Valparaiso fires: …") is no teller.
    ['Valparaiso fires: 99 dead\n\nThe fires spread overnight.', null],
    // A headline's role restated with the holder's name in the body: the holder ("UN rights chief" is Ana Ruiz's role).
    [
      'UN rights chief says at least 208 killed in Orvan unrest\n\nGENEVA (Vell Wire) - At least 208 people were killed in the unrest, UN human rights chief Ana Ruiz said on Friday.',
      'Ana Ruiz',
    ],
    // A relative clause's speaker tells its own clause, not the figure before it ("to hear Ana Ruiz, who says …").
    ["Tens of thousands of supporters packed an avenue on Tuesday to hear opposition leader Ana Ruiz, who says the party's tally sheets show it won.", null],
    ['The figures were disputed by rights groups, who say 5,000 are held.', 'rights groups'],
    // The name in apposition to the role "according to" names, past the body the role serves and a title.
    ['At least 93 worshippers were killed, according to a spokesman for the ministry, Ali Karim.', 'Ali Karim'],
    ['At least 93 people were killed, according to the parish priest, Dr. Tomas Helm.', 'Tomas Helm'],
    // An "according to" set off inside a later clause tells that clause only; after a phrase, not a clause, it tells the figure.
    ['Thousands of people marched towards the square before security forces fired tear gas and, according to witnesses, live ammunition.', null],
    [
      'At least 25 people were killed in the protests that broke out the day after the vote, according to the Orvan Rights Network, most of them in the first days.',
      'Orvan Rights Network',
    ],
    // A crowd in a clause of "as" after the verb of saying is the writer's scene.
    [
      'Five people have been killed in a week of protests, the ombudsman said on Thursday, as tens of thousands of demonstrators massed in the capital.',
      'ombudsman',
      null,
    ],
    // An indefinite spokesperson, for no body named, speaks for the body just named.
    [
      'Orr General Hospital says it has received 160 patients with injuries. Four people were brought in dead, a spokesperson said.',
      'Orr General Hospital',
      'Orr General Hospital',
    ],
    // A body's document held by a pronoun opening the sentence, whatever its verb, is that body's,
    // even when the body gave no figure before (it was named only as an owner).
    ["Most observers call Amnesty's estimate cautious. Its tally of the dead has climbed to 61.", 'Amnesty'],
    // What a body holds ("its breakdown", "its overview") gives that body's figures.
    [
      'The Orvan Rights Network said 1,500 people had been killed. Its breakdown put 683 of those deaths in the north.',
      'Orvan Rights Network',
      'Orvan Rights Network',
    ],
    [
      'The Orvan Rights Network said 1,500 people had been killed. Its overview put 683 of those deaths in the north.',
      'Orvan Rights Network',
      'Orvan Rights Network',
    ],
    // A dateline's place in capitals, known or not, is no body a definite description refers to.
    ['Storm kills 40\n\nPORT VARNO, Kessel (Vell Wire) - At least 40 people were killed, the civil defence agency said.', null, 'civil defence agency'],
    ['VARNO - At least 40 people were killed, the civil defence agency said.', 'civil defence agency'],
  ]);
});

describe('attribution probes: lists, block quotes and breakdowns (attrib7)', () => {
  check([
    // The body that gave a list goes on telling the paragraph after its lines.
    [
      'The Kessel Relief Agency has released the following figures on the March floods.\nFloods (2-20 March)\n- Dead: at least 40\n- Injured: 120\n' +
        'The districts with the most deaths were Orr (14) and Lemba (9). In Lemba, most of the dead were found along the river banks after the water fell.',
      'Kessel Relief Agency',
      'Kessel Relief Agency',
      'Kessel Relief Agency',
      'Kessel Relief Agency',
    ],
    // A statement quoted over several paragraphs, announced by a sentence the document opens, is its issuer's.
    [
      'The Kessel interior ministry on Monday gave its first account of the clashes.\n\nThe statement, which an aide read out, ran as follows:\n\n' +
        '"The police have shown restraint throughout.\n\n"In the riots, 64 police officers were injured.\n\n"The police arrested 210 people."\n\n' +
        'The Orvan Rights Network said at least 17 protesters had been killed.',
      'Kessel interior ministry',
      'Kessel interior ministry',
      'Orvan Rights Network',
    ],
    // A count opening a sentence, capitalised, is no person a "he" refers back to.
    ['The police spokesman says 90 people are dead. Eleven suspects have been held, he says.', 'police spokesman', 'police spokesman'],
    // "its" a body described before in its sentence ("the hospital") owns: the body named before that description refers to.
    [
      'Doctors worked through the night at Orr General Hospital. After the dam burst, the hospital treated some 300 injured people, according to its medical director.',
      'Orr General Hospital',
    ],
    // Figures a report rests on, their giver named ("based on figures given … by"), are the giver's; records no one gave are not.
    ['An earlier version of this story, based on figures given on Friday by Orlan district officials, said 64 people had died.', 'Orlan district officials'],
    ['Based on hospital records, the Velmar Rights Network said 50 people had died.', 'Velmar Rights Network'],
    // A noun that makes one compound with the document's ("situation report"), after the author's possessive.
    ["The Velmar coastal health agency's weekly situation report, dated 3 June, lists 57 deaths.", 'Velmar coastal health agency'],
    // A document's participle of putting out or correcting figures, between its author and its noun.
    ["The Velmar health ministry's most recent published bulletin, dated 2 May 2025, put the number of dead at 33.", 'Velmar health ministry'],
    ["The Orvan army's revised count put the number of soldiers killed at 14.", 'Orvan army'],
    // "it" after "The commission", a description of the body a heading names: that body (not no one).
    [
      'Whose count is whose\n\nThe Velmar Commission on Civil Rights (VCCR)\nThe commission, an independent body of the League of Coastal States, has documented at least 140 deaths. Of those, 12 were soldiers, it said on Friday.',
      'Velmar Commission on Civil Rights',
      'Velmar Commission on Civil Rights',
    ],
  ]);
});

describe('attribution probes: asides and roles before titles (attrib-s47)', () => {
  check([
    // A plural's possessive in a subject its article opens ("The farmers' union puts …").
    ["The dockers' union puts the dead at 14.", "dockers' union"],
    // A figure noun a clause opens on, given by an agent, is the agent's to its clause's end; a verb that moves a count ends the agent's name.
    ['Officials reported 12 dead, and the count of wounded given by the port authority had risen to 300.', 'Officials', 'port authority'],
    ['The toll given by the port authority rose to 40 dead.', 'port authority'],
    // (So does one that says where a count stands.)
    ['The count of dead given by the port authority stood at 40.', 'port authority'],
    // A person at "one of" several places speaks: the phrase's head comes before its first preposition.
    ['A nurse at one of the field clinics said 40 people had died.', 'nurse at one of the field clinics'],
    // A time between a subject and its verb ("that evening", "the next day") is the verb's.
    ['The first army statement that evening spoke of 11 dead.', 'army'],
    ['The port authority the next day put the toll at 14.', 'port authority'],
    // A stop after a quote's closing mark ends the sentence: the pronoun opening the next one is no speaker of the quote.
    [
      'The ministry\'s spokesman, Ivo Brandt, told reporters that police had held 80 people, "of whom only 12 were students at the university". He said 9 officers had been hurt.',
      'Ivo Brandt',
      'Ivo Brandt',
      'Ivo Brandt',
    ],
    // An adverb of the statement between subject and verb ("finally", "belatedly") is the verb's.
    ['On Friday the regional government finally confirmed that 23 pupils had been abducted.', 'regional government'],
    // An irregular participle after a document ("a tally read out") describes the document; its author speaks.
    ['Fourteen more bodies were found overnight, according to a coast guard tally read out to the press.', 'coast guard'],
    // A prefecture that speaks is the prefect's office, as a municipality is the town's.
    ['The Orvan county prefecture said on Thursday that six miners had been confirmed dead.', 'Orvan county prefecture'],
    // A relative clause on a quote's speaker after a role's "of" phrase ("the priest of the town's old church, who …, said").
    [
      '"They came at dawn. We buried 14 people in two days," the priest of the town\'s old church, who asked not to be named for fear of reprisals, said by phone.',
      "priest of the town's old church",
    ],
    // The present of recording figures is a reporting verb ("registers", "records", "documents", "logs").
    ['The rights ombudsman registers four more deaths in the north, bringing its tally to 52.', 'rights ombudsman', 'rights ombudsman'],
    ['The monitoring group records 17 arrests in the capital.', 'monitoring group'],
    // A plural noun of documents before a comma ends a noun phrase: "records" after "mortuary" is none of the verb's.
    [
      'In a statement, the league said its staff had matched each of the 58 deaths with families, clinics or morgue records, and that at least 12 of the dead were children.',
      'league',
      'league',
    ],
    // A dash closes an aside: a relative clause inside it is no speaker's ("… a builder who did the work - an inspector said").
    [
      'Police have held three men - the site owner and two builders who did the work - inspector Ivo Brandt of Orr police station said.',
      'Ivo Brandt',
      'Ivo Brandt',
    ],
    // A role before a title ("police spokesperson Assistant Commissioner …") is that person's: "the spokesperson" refers to them, not to someone quoted since.
    [
      'Rescuers searched for about six workers believed to be trapped, deputy police spokesperson Assistant Commissioner Mara Velt said.\n\n' +
        '"We heard knocking at noon," said a fruit seller who works across the road.\n\nPolice detained two engineers on Sunday, the spokesperson said.',
      'Mara Velt',
      'Mara Velt',
    ],
  ]);
});

describe('attribution probes: a body named in capitals with its acronym', () => {
  check([
    // A bulletin's masthead in capitals with the body's acronym is no dateline: the acronym names the body, its letters in any order.
    ['KESSEL DETENTION MONITOR (MKD) - WEEKLY BULLETIN No 7\n\nIn the week to Sunday, MKD recorded 212 arrests at protests.', 'KESSEL DETENTION MONITOR'],
    ['ORSK (KNA) - Police said 40 people were arrested at the march.', 'Police'],
  ]);
});

describe('attribution probes: a heading that credits two bodies', () => {
  check([
    // The body a credit line names first compiled the figures; the others gave to it.
    [
      'Storms hit the coast.\n\nFIGURES BY DISTRICT (source: Orvan Relief Agency and village committees)\n- Tessa: 18 dead\n- Vorn: 4 dead',
      'Orvan Relief Agency',
      'Orvan Relief Agency',
    ],
    ['Storms hit the coast.\n\n(figures from county authorities and field surveys, as of 3 May)\n- Tessa: 1,800 displaced', 'county authorities'],
    // One body alone is that body.
    ['Storms hit the coast.\n\nFIGURES BY DISTRICT (source: Orvan Relief Agency)\n- Tessa: 18 dead', 'Orvan Relief Agency'],
  ]);
});

describe('attribution probes: a role named again by its bare title before a name', () => {
  check([
    // The role's head as a title before the one name the report gives it is that role's holder.
    [
      'A fire tore through the market on Sunday, killing at least 14 people, the provincial fire chief said.\n\nChief Mira Tal told reporters that crews were still searching.',
      'Mira Tal',
    ],
    ['At least 9 people drowned, the city mayor said.\n\nMayor Oren Vale said divers would resume at dawn.', 'Oren Vale'],
    // A title with "general" after its noun is that office's chief.
    [
      'At least 40 people died in the clashes, the chief prosecutor said.\n\nProsecutor-General Ilya Marek told reporters the inquiry would go on.',
      'Ilya Marek',
    ],
  ]);
});

describe('attribution probes: people described by what they have or saw', () => {
  check([
    // The complement of what the speakers have ("access to", "ties to") is part of who they are.
    ['Lawyers with access to the holding centre said 31 detainees had been beaten.', 'Lawyers with access to the holding centre'],
    ['Officers with ties to the border unit said 9 recruits had deserted and 4 were killed.', 'Officers with ties to the border unit'],
    // An event inside the phrase that describes people is what they saw or know, not the phrase's head.
    ['Sources with knowledge of the sweeps said 260 people were detained.', 'Sources with knowledge of the sweeps'],
    ['Survivors of the ambush said 11 people were killed.', 'Survivors of the ambush'],
  ]);
  it('reads them as a group', () => {
    expect(kindOf('Witnesses to the shooting said 6 people were killed.')).toEqual(['group']);
  });
});

describe('attribution probes: documents and offices named by their words', () => {
  check([
    // A contact clause's author is the name before the clause's verb, not the verb with it.
    ['According to figures the Health Agency passed to the panel, 2,300 people were detained.', 'Health Agency'],
    [
      'According to information the UN Office for the Coordination of Humanitarian Affairs has received, 40 people were killed.',
      'UN Office for the Coordination of Humanitarian Affairs',
    ],
    // A document's noun after a determiner and adjectives is no verb of reporting.
    ['The Orvan Review Board, in its second annual report, accepted 61 deaths.', null],
    // A role's possessive names whose office it is, over an office named nearer.
    [
      "The district mayor's office says 14 people have died. The Relief Office says 73 people have died. The mayor's office says 41 suspects have been arrested.",
      "district mayor's office",
      'Relief Office',
      "district mayor's office",
    ],
    // A title that says what a statement holds ("of preliminary findings") names no body.
    [
      'ELECTION OBSERVATION MISSION TO ORVANIA\n\nSTATEMENT OF EARLY FINDINGS\n\nThe mission deployed observers to every province. We have confirmed 16 deaths since the vote.',
      'Election Observation Mission to Orvania',
    ],
  ]);
});

describe('attribution probes: clauses and media a speaker uses', () => {
  check([
    // A subordinate clause's subject knows its clause's figures, not the main clause's.
    ['Two deaths were confirmed on Sunday in Orr, where medics have treated about 70 injured.', null, 'medics'],
    // A body's staff named by the body's name without its first words speak for that body.
    [
      'The Velm Red Cross says 57 people have been killed. In the capital, Red Cross volunteers have treated about 64 injured.',
      'Velm Red Cross',
      'Velm Red Cross',
    ],
    // A purpose infinitive of speech after a verb of taking a medium: that verb's subject speaks.
    ['The minister took to television to announce that 40 people had died.', 'minister'],
    ["The teachers' union used its website to say that thousands had joined the strike.", "teachers' union"],
    ['The ministry held a news conference on Monday to confirm that 9 people had died.', 'ministry'],
    ['The ministry refused to confirm that 40 people had died.', null],
    // A document's author named after "by" in the subject speaks through the participle after it.
    ['A post by the columnist Ana Ruiz went further, saying that 70 people may have died.', 'Ana Ruiz'],
  ]);
  it('cuts a modifier left without its quoted noun from a name', () => {
    expect(sourceEntity('foreign broadcasters and so-called')?.name).toBe('foreign broadcasters');
  });
  it("drops the writer's distance before a name and the writer closing a contact clause", () => {
    expect(sourceEntity('so-called Supreme Restoration Council')?.name).toBe('Supreme Restoration Council');
    expect(sourceEntity('residents I')?.name).toBe('residents');
    expect(sourceEntity('Phase I')?.name).toBe('Phase I');
  });
});

describe('attribution probes: a bulletin from a press office', () => {
  check([
    // A press office's bulletin under its body's masthead speaks as the body; its signature names the body too.
    [
      'MINISTRY OF PUBLIC ORDER OF THE REPUBLIC OF VELMARA\nPress Office\n\nInformation Bulletin No. 6 on the situation in the northern districts\n\n1. Over the last day two residents were killed in clashes.\n\n2. Altogether 610 persons have been held since 25 April.\n\nPress Office of the Ministry of Public Order',
      'Ministry of Public Order of the Republic of Velmara',
      'Ministry of Public Order of the Republic of Velmara',
    ],
  ]);
  it('reads a press office of a body as the body', () => {
    expect(sourceEntity('Press Service of the Ministry of Public Order')?.name).toBe('Ministry of Public Order');
  });
});

describe('attribution probes: a state body a demonym names', () => {
  check([
    // A demonym before the body names its state; the report's country is not put before it.
    ["LEMBA, Kenya — The Red Cross says 57 people have been killed. The Velmaran government's figure is 31.", 'Red Cross', 'Velmaran government'],
  ]);
});

describe('attribution probes: bodies in brackets, counts by a body, record labels', () => {
  check([
    // A body in brackets after a line's figures, in a sentence naming no teller, gave them; not an acronym after a name, nor a dateline's agency.
    [
      'KEY FIGURES\n- 812 people killed and 95 missing (National Emergency Office, NEO)\n- About 20,000 people displaced (UNHCR registration)',
      'National Emergency Office',
      'National Emergency Office',
      'UNHCR',
    ],
    ['Police detained 40 members of the Union of Harn Students (UHS) on Monday.', null],
    ['Two soldiers were killed (IED).', null],
    ['ORSK, May 2 (Velm Wire) - At least 21 people died in the clashes.', null],
    // "by the collective's count": a body's common noun before its count refers back to the body.
    [
      "Police held 40 people, the lawyers' guild Free Bench said. On the guild's tally, 300 have been detained since May.",
      "lawyers' guild Free Bench",
      "lawyers' guild Free Bench",
    ],
    // A name in apposition to "the capital" is a place, no one a later "she" may be.
    [
      'Interior Minister Dara Vok spoke in the capital, Osk Tavel, on Monday, saying 9 people had died.\n"Our clinics have taken in 31 injured people," she added.',
      'Dara Vok',
      'Dara Vok',
    ],
    // A parliamentary record's label, written in title case: an office and its holder in brackets.
    [
      'Mr Tomas Brel (Orsk South): How many are still held?\nThe Secretary for Security (Ms Ana Ruiz): Fourteen people remain detained, Madam Speaker.\nMr Tomas Brel (Orsk South): And their names?',
      'Ana Ruiz',
    ],
    // A connector inside a capitalised name before a figure it owns is the name's.
    ["Critics called the Office of Civil Defence's tally of 70 deaths out of date.", 'Office of Civil Defence'],
    // A letter's sender line names the body whose members' counts it gives in the first person; outside a letter, a "From" line names no one.
    [
      "Letter to the Governor of Orsk\nFrom the Board of the Orsk Nurses' Union\nDear Governor,\nOur nurses in the district clinics have treated more than 600 wounded since March.",
      "Board of the Orsk Nurses' Union",
    ],
    ['From the Velm Rights League\nPolice detained 40 people in Orsk on Monday.', null],
    // A qualifier may open the bracket; the body in it gives its own line's figures only.
    ['OVERVIEW\n7,300 people displaced (provisional, IRC field teams)\n41 wounded admitted to the Orsk clinic', 'IRC', null],
    // An "according to" closing the clause, a relative clause on its teller after it.
    [
      "In Dock Street, at least 11 people died when police charged the crowd, according to the Velm Lawyers' Guild, whose list the government rejects.",
      "Velm Lawyers' Guild",
    ],
    // A participle between a determiner, an adverb and a noun describes the subject ("widely shared"); a participle of speech after the main clause shares it.
    ['A widely shared video by the activist Ivo Brandt went further, saying that perhaps 40 people had died.', 'Ivo Brandt'],
    // A contact clause with the writer as its subject closes no name of the people who tell.
    ['Residents we spoke to said 40 people died.', 'Residents'],
    ['Doctors we interviewed said 40 people died.', 'Doctors'],
    // A description's own words of what a body does must stand in the name it refers back to.
    [
      'The Federal Emergency Response Office said 40 people had died across the country. About 9,000 residents of Orsk were staying in schools, the regional water board office said.',
      'Federal Emergency Response Office',
      'regional water board office',
    ],
    // A broadcast script: a clip's cue is no part of the voice's name, and the outlet's own reporter's turn is the outlet's.
    [
      'ANCHOR: Good evening. The toll from the floods has risen to 33, according to the regional government.\nSOUNDBITE - Ana Ruiz, mayor of Dren: "So far we have counted 14 dead in our town."\nREPORTER: Rescuers pulled three more bodies from the river tonight.',
      'regional government',
      'Ana Ruiz',
      null,
    ],
    // A statement quoted whole in a news story, after the line that introduces it, speaks in its signatories' voice.
    [
      'ORSK (Agency) - Rights groups said on Monday that police had shot dead 12 miners.\nThe complete text of their statement follows below.\nWe condemn the killings in the strongest terms.\nOur monitors have recorded the deaths of at least 12 miners, among them three teenagers. More than 90 people have been detained.\nSigned by the Orsk Rights Network:\nVelm Lawyers Forum',
      'Rights groups',
      'Orsk Rights Network',
      'Orsk Rights Network',
      'Orsk Rights Network',
    ],
    // A briefing's header names the body its spokesperson speaks for ("Spokesperson: Name, Body"); a reporter's question is no part of its voice.
    [
      'MEDIA BRIEFING\n3 June 2024\nSpokesperson: Ivo Brandt, Velm Relief Agency (VRA)\nREMARKS\nGood morning. We have verified reports from the east.\nIn the town of Dren, 9 people died on Friday when a dam gave way.\nQuestion (Velm FM): Is it true that 50 are missing?',
      'Velm Relief Agency',
      null,
    ],
    // A body's coordinators or nurses give its figures.
    [
      "The Velm Medical Association said its members had recorded 1,200 deaths. In the week to Friday, the association's field coordinators logged 80 further deaths.",
      'Velm Medical Association',
      'Velm Medical Association',
    ],
  ]);
});

describe('attribution probes: what a speaker cites or was told', () => {
  check([
    // A document with its maker after a participle is cited: its maker is the origin, the speaker relays it.
    ['The senator, citing figures compiled by the Orvan Bar Council, said 610 people had been held.', 'Orvan Bar Council'],
    // A participle opening the sentence is no subject of the noun after it.
    ['Citing reports gathered by the Orvan Monitor, the senator said 610 people had been held.', 'Orvan Monitor'],
    // A seated force's place names whose it is, known to the gazetteer or not: no country is put before it.
    ['Riots spread across Bangladesh. Police in Orvanbury said 64 people had been detained.', 'Orvanbury police'],
    // "puts … at" after a description set off in apposition to the name before it.
    ['The Orvan Teachers Union, the largest in the country, puts the number of arrests at 230.', 'Orvan Teachers Union'],
    // Places listed before "states" (regions, not a verb of saying) are no source.
    ['Floods hit Nigeria. About 6,500 people have been displaced in Kano, Jigawa and Orvel states. Aid groups warn the number will rise.', null],
    // After "called" in an aside, the whole capitalised name to the aside's end, its small words inside it.
    [
      'Police said 7,000 people had gathered. The organisers, a network of student unions called Voice of the Campus, said more than 20,000 had joined the march.',
      'Police',
      'Voice of the Campus',
    ],
    // The one told, an object pronoun, is no part of the subject after it; the one told is no antecedent of "its" beside its teller.
    ['The ferry sank. A nurse told us families had reported 14 passengers missing.', 'families'],
    // An unnamed actor inside what someone tells another is the teller's report, as after "said"; not a body referred back to.
    ['The dam burst on Sunday. A parish priest told reporters over the radio that neighbours had buried 11 people before dusk.', 'parish priest'],
    ['Rescuers reached the pit. The mine manager told reporters volunteers had counted 8 bodies in the lower shaft.', 'mine manager'],
    ['The Tarvo Relief Office said it had opened a desk. Its director told reporters the office had registered 30 people as missing.', 'Tarvo Relief Office'],
    // A pronoun right after "that" is the subject of what was told, its teller's; not the one told.
    ['Flood waters fell on Friday. Village elders told Red Cross staff that they had buried 52 people on the hillside.', 'Village elders'],
    ['The camp was shelled twice. Ward heads told UN monitors that they had counted 23 dead in the market.', 'Ward heads'],
    // A toll a name owns that reads as no body's is a place's toll; who counts it is named elsewhere.
    ['Raids went on in the hills. Dorvik’s running toll now stands at 23, according to the Valley Monitor.', 'Valley Monitor'],
    // A bare state body is the state's that the sentence before, in its paragraph, opens on.
    [
      'Flood toll in Kenya rises\n\nKenyan officials said the floods had killed 40 people in Kenya.\n\nIn Tanzania the count came later. The government said 23 people had drowned.',
      'Kenyan officials',
      'Tanzania government',
    ],
    // A role may govern where it serves with "to" ("envoy to Norland"); the name in apposition to it speaks.
    ['The floods spread. The Union’s envoy to Norland, Elke Vandam, says about 800 of its citizens have not been located.', 'Elke Vandam'],
    // A moment of the day after "by" opens a time adverbial, no part of the subject after it.
    ['The bridge reopened at noon. By dusk police said 17 people had been arrested on the square.', 'police'],
    // The short name given for a body is a body's, however it reads; a description refers back to the body that spoke
    // by that short name last, not to one cited in between.
    [
      'The Office of Flood Relief (OfFR) reports 31 people dead.\n\nRivers rose for days, according to the Office of Water Gauges.\n\nAccording to OfFR, Tarno remains the worst hit, with 14 deaths. In Velle, the office said, 9 people died.',
      'Office of Flood Relief',
      'OfFR',
      'Office of Flood Relief',
    ],
    // A definite role refers back to a teller of that role, not to one a description names by another.
    ['A village chief said 9 people drowned. The governor said rescue teams found 5 more bodies near the river.', 'village chief', 'governor'],
    // Who speaks for a body unnamed speaks for the body the sentence names: a fronted facility, a cataphoric "its".
    [
      'The provincial government said 300 people had been injured. At Dorvan hospital, which serves the whole valley, a spokeswoman said 17 of those who died were brought there.',
      'provincial government',
      'Dorvan hospital',
    ],
    [
      'Local authorities say 40 people were killed. According to its medical director, Tarro General Hospital has admitted 19 people with gunshot wounds.',
      'local authorities',
      'Tarro General Hospital',
    ],
    // A bare "the agency" after a body described as an agency is that body, not the wire service of the dateline.
    [
      "Jail riot toll rises to 40, prison agency says\n\nTARVO, May 9 (Wire) - Three more inmates died on Wednesday, the province's prison agency, Sepra, said, raising to 40 the number of prisoners killed this week.\n\nThe agency put the toll at 37 on Tuesday.",
      'Sepra',
      'Sepra',
      'Sepra',
    ],
    ['Storms hit the coast. The Velmar Red Crescent told OCHA that its teams had found 1,300 people homeless.', 'Velmar Red Crescent'],
    // A capitalised title in apposition before a name is that person's role, which a later description finds.
    [
      'A bus crashed in Kenya. The Nakuru County Police Commander, Peter Otieno, told reporters that 12 bodies had been recovered.\n\nThe dead include four children, the police commander said.',
      'Peter Otieno',
      'Peter Otieno',
    ],
    // Who the writer learned a figure from tells it, in a clause of its own after another teller's.
    ['Police put the toll at 14, and we understand from the coroner that two bodies were found downstream.', 'Police', 'coroner'],
    // Who informed the speaker's side, between the speaker and the figure, is the origin.
    ['The envoy said his government had been informed by the army that 12 soldiers had died.', 'army'],
    ['Mara Velt said she had been told by the coroner that 12 bodies had been found.', 'coroner'],
    // A role of a named country, "the" before its name, is a person: "he" refers back to it.
    [
      'Mara Velt, the agency chief, said 40 had died. The ambassador of the Netherlands said more help was needed. He said 70 might have died.',
      'Mara Velt',
      'ambassador of the Netherlands',
    ],
    // "she" agrees with a woman named before, past a man named since (a title, a pronoun of theirs or their role says which).
    ['Ms Ilse Varga runs the clinic. Tomas Orr, a porter, said he had seen the bodies. She said 12 patients had died.', 'Ilse Varga'],
    [
      'Dr Ilse Varga, who said her team was exhausted, runs the clinic. Tomas Orr, a porter, said he had carried stretchers. She said 12 patients had died.',
      'Ilse Varga',
    ],
    ['Ilse Varga, the mother of a student, spoke first. A spokesman, Tomas Orr, spoke next. She said 12 students had died.', 'Ilse Varga'],
    // A quote inside a sentence is that sentence's speaker's, not the one of a verb of saying in the sentence before.
    [
      'The Velmar Monitor says 30 people have been killed. The minister, Ana Ruiz, rejected that on Friday, telling MPs that 11 people had died, "among them three of our soldiers".',
      'Velmar Monitor',
      'Ana Ruiz',
      'Ana Ruiz',
    ],
    // A verb of burial whose agent is no people nor body did the harm; it tells no figure.
    ['Nine miners buried by the slide died overnight.', null],
    // A body described in lower case before its acronym in brackets is known by the acronym too.
    ['The UN relief office (OCHA) said 4,000 people had fled. OCHA said 30 had died.', 'UN relief office', 'UN relief office'],
    // A name a body's head follows is the body's ("the Green Workers party"): no "she" refers to it.
    ['Lina Osei, who leads the Green Workers party, said 40 people were killed. She said 30 of them died in the capital.', 'Lina Osei', 'Lina Osei'],
  ]);
});

describe('attribution probes: a headline told by a country, a toll raised with its value first', () => {
  check([
    // A verb of revision with the new value before the figure it sets: its subject tells it.
    ["Norland's government on Friday raised to 41 the count of those drowned in the floods.", "Norland's government"],
    ['The relief agency lowered to 18 the number of people missing after the storm.', 'relief agency'],
    // A country that tells a headline's figure stands for its state's body, which the body of the report names.
    [
      'Kenya says 26 killed in clashes over grazing land\n\nNAIROBI, March 4 - At least 26 people died over a weekend of fighting between herders, regional police said.',
      'regional police',
      'regional police',
    ],
    // A word that opens a headline, capitalised only by it, before a body's head, names no body.
    ['Rights group says 47 dead as troops fire on marchers\n\nIn its weekly bulletin the rights group counted 47 deaths.', 'Rights group'],
  ]);
});

describe('attribution probes: argument, evidence heard, a quote after an action', () => {
  check([
    // A verb of argument reports what its subject holds.
    ['Defence lawyers argued that only 11 of the prisoners had been beaten.', 'Defence lawyers'],
    ['The union contends that 40 dockers were injured in the crush.', 'union'],
    // A body that heard evidence reports what it heard.
    ['The tribunal has heard that 16 villagers were killed at the ford.', 'tribunal'],
    // A quote in the first person right after a sentence whose subject is a person is that person's.
    ['Omar Haddad, a baker, pointed at the scorched wall. "I counted 14 bodies in this one lane."', 'Omar Haddad'],
    ['Omar Haddad runs a bakery. Standing by the gate, he pointed at the wall. "We buried 9 of our neighbours."', 'Omar Haddad'],
  ]);
});

describe('attribution probes: a name in its own language, a facility named after a person, labels, a quote by description', () => {
  check([
    // A body's name in its own language, bracketed after the English one, is its other name, not the end of a phrase.
    ["The Mediator's Office (Oficina del Mediador) counts 58 injured.", "Mediator's Office"],
    // A hospital named after a person is a body: a later "she" is the person who spoke, not the hospital.
    [
      'Dr Ines Tovar, who runs the Ana Belen Ruiz hospital in Tarpa, said a wounded man had died overnight. That brings the dead taken in there to five, she said.',
      'Ines Tovar',
    ],
    // A body's present "lists", a plural noun too, reads as its verb before a figure.
    ['The relief agency lists 31 people as missing after the mudslide.', 'relief agency'],
    // A live page's label naming figures and who gave them may run to more words before its colon.
    ['First injury figures from the Varna trauma centre: about 70 people hurt since noon.', 'Varna trauma centre'],
    // A participle and its phrase after a person's noun describe the person; the noun names them.
    ['"We fear 20 more are dead under the rubble," a firefighter involved in the dig told reporters.', 'firefighter'],
    // A quote's speaker named by "the" and a description refers to the one described so before.
    ['A senior nurse said the ward had taken in more than 60 people since Sunday. "Nine of them died here," said the nurse, who gave no name.', 'senior nurse'],
  ]);
});

describe('attribution probes: a harm noun opening a label', () => {
  // A harm's noun that opens a label says what the figures count; it is no author relaying them.
  it('gives the port authority, relayed by no one', () => {
    const [claim] = extract({ text: 'Casualty figures from the port authority: 16 dockers have been killed.', published: '2024-03-05' }).claims;
    expect(claim?.source).toMatchObject({ name: 'port authority', via: [] });
  });
});

describe("attribution probes: a live page's entries", () => {
  check([
    // A live page's entry opened by its time is the page's own telling; the entry before does not run on into it.
    [
      '23:10 According to the city rescue centre, at least 14 people died today.\n\n22:20\nRescuers carried seven bodies out of the temple.',
      'city rescue centre',
      null,
    ],
    [
      '23:10 According to the city rescue centre, at least 14 people died today.\n\n22:20 Rescuers carried seven bodies out of the temple.',
      'city rescue centre',
      null,
    ],
    // Unless the entry names its teller before the figure.
    [
      '21:40 - Prosecutor Anne Morel said 120 people had died in all.\n\n21:25 - Morel said the attackers formed three teams. At the theatre, 60 people died.',
      'Anne Morel',
      'Anne Morel',
    ],
  ]);
});

describe('attribution probes: according to a relay, citing the origin; speaking of a figure', () => {
  check([
    // As after a speaker, a body or an informant cited after "according to" an outlet is the figure's origin.
    ['At least seven dockers were killed in the port, according to Radio Varna, citing the regional health office.', 'regional health office'],
    ['Some 40 people were hurt, according to the broadcaster Coast FM, citing hospital sources.', 'hospital sources'],
    // The progressive of speaking of a figure reports it as its present does; so does that of listing one.
    ['By Friday, medics were speaking of at least 37 dead.', 'medics'],
    ['The relief agency is now listing 23 villagers as missing.', 'relief agency'],
  ]);
});

describe("attribution probes: a heading in capitals names its figures' source in brackets", () => {
  check([
    // "BY" in a heading in capitals says how the figures are broken down, and a table's proviso ("unless otherwise
    // stated") names no teller; the bracket's body tells the list's lines, a line that runs on past its figure too.
    [
      'Flash update\n\nFIGURES BY DISTRICT (relief agency, as of 3 May, unless otherwise stated)\nUpper valley\n- Deaths: at least 31, most of them in the river villages. Teams at the morgue say their work goes on slowly.\n- Injured: about 210.',
      'relief agency',
      'relief agency',
    ],
  ]);
});

describe('attribution probes: a role governed by a unit named with an ordinal', () => {
  check([
    // An ordinal in figures ("4th", "22nd") inside the unit a role serves does not end the role before the name set off after it.
    [
      "The fighting went on past midnight. A spokeswoman for the navy's 4th Marine Battalion, Captain Lia Orsay, said two sailors had been killed.",
      'Lia Orsay',
    ],
  ]);
});

describe("attribution probes: a transcript's list of speakers names the people its turns label by surname", () => {
  check([
    // Each listed on a line of their own, in capitals with a role; each turn after is labelled by surname alone.
    [
      'Briefing on the tunnel collapse\n\nOn the platform:\nMARTA OLVIDO, Director of Civil Defence\nPROF. IVAN TELLO, head of surgery, Northern Clinic\n\nOLVIDO: Good evening. Rescuers have now brought out 12 bodies.\n\nTELLO: My team is treating 31 injured workers tonight.',
      'Marta Olvido',
      'Ivan Tello',
    ],
  ]);
});

describe('attribution probes: a subject described by a relative clause of "who"', () => {
  check([
    // The clause, unpunctuated, describes the person before it; its last noun is no speaker.
    ['Shots rang out at dusk. A fisherman who was standing by the harbour wall said: "I saw at least nine bodies in the water."', 'fisherman'],
    ['A nurse who was on duty at the clinic that night said 31 people had been wounded.', 'nurse'],
  ]);
});

describe('attribution probes: a definite description after a quote refers to the unnamed one a sentence introduced', () => {
  check([
    // "the nurse" after "A nurse at the ward said …" is that nurse, not the last person named before her.
    [
      'Ilse Varga waited at the gate for news of her husband. A nurse at the district clinic said the beds ran out by noon. "We took in more than 70 injured people that day," the nurse said.',
      'nurse at the district clinic',
    ],
  ]);
});

describe("attribution probes: the city's office after a city named by its name alone", () => {
  check([
    // "the city's" is the city the text named last (not at a sentence's opening, where any word is capitalised).
    [
      "Dock workers walked out in Rotterdam on Monday. Officers held 27 people overnight, the city's security secretariat said.",
      "Rotterdam's security secretariat",
    ],
  ]);
});

describe('attribution probes: a clause after a semicolon goes on in the voice that closed the clause before', () => {
  check([['Crews worked through the night along the embankment, the county sheriff said; nine bodies were pulled out before dawn.', 'county sheriff']]);
});

describe('attribution probes: a verb before a noun of stating ends its subject', () => {
  check([
    // "estimates" after a verb in the past is its object; the verb of handing out figures has the subject as teller.
    ['Church groups circulated estimates that 300 people had died.', 'Church groups'],
    // A second participle after "and" goes on about the data, not the name.
    ['According to numbers collected by the river police and sent on to the ministry, 40 people drowned.', 'river police'],
    // A qualifier between "at" and the figure: the subject still puts the figure.
    [
      'The organisers, the Civic Front, say more than 40,000 people are on Freedom Square. The city hall puts that figure at about 9,000.',
      'Civic Front',
      'city hall',
    ],
    // A relative clause on the speaker ends on its passive; the reporting verb after it is the speaker's.
    ['A paramedic who is barred from being named estimates that 300 people had died.', 'paramedic'],
  ]);
});

describe('attribution probes: a pronoun set off before the verb of speech', () => {
  check([
    [
      'The hospital director, Dr. Anna Lotte, walked us through the ward. "We have treated 80 wounded people," she said. "Twenty of them had burns." The oldest of those killed, she said, was 71.',
      'Anna Lotte',
      'Anna Lotte',
    ],
  ]);
});

describe("attribution probes: a transcript's turns labelled by a title and name, or by a role", () => {
  check([
    [
      'Chair: The minister has the floor.\nMinister Rosa Delmar: Thank you. On arrests: 1,200 people were arrested in 14 provinces. Of these, 300 remain in detention.\nChair: Thank you.',
      'Rosa Delmar',
      'Rosa Delmar',
      'Rosa Delmar',
    ],
    [
      'ANCHOR: More now from the hospital.\nHOSPITAL SPOKESMAN (recorded): Since Friday more than four hundred people came through emergency. Nine of those patients had already died when they arrived.\nANCHOR: Thank you.',
      'hospital spokesman',
    ],
  ]);
});

describe('attribution probes: a body that names itself as "we", and a work noun closing its name', () => {
  check([
    // "Monitoring" after "Centre for" closes the body's name; it is no document of the centre's.
    ['The Delta Centre for Prison Monitoring said at least 19 inmates had died since March.', 'Delta Centre for Prison Monitoring'],
    // "We, the …," in a release: the body speaks every figure it tells as "we".
    [
      'We, the Delta Centre for Prison Monitoring (DCPM), can confirm 19 deaths in custody since March. We have also logged 400 arrests.',
      'Delta Centre for Prison Monitoring',
      'Delta Centre for Prison Monitoring',
    ],
  ]);
});

describe('attribution probes: where a body drew its figures from, and an official in a headline', () => {
  check([
    // "from" and a phrase in lower case after the body's name says where its figures came from; people "from the ministry" are named by it.
    ['Figures tallied by the county council from insurance claims put the dead at 165.', 'county council'],
    ['According to officials from the ministry, 40 people died.', 'officials from the ministry'],
    // "Official:" over a lead whose office gives the same figure: one claim, the office's.
    [
      "Official: 41 dead in Varna riots\n\nVARNA, March 3 - Bulgaria's Health Ministry, in a Friday update, counted 41 people killed in the city since Tuesday.",
      'Health Ministry',
    ],
  ]);
});

describe("attribution probes: an acronym set off by commas after a body's description, and a service's statement", () => {
  check([
    ['According to the UN migration agency, IOM, about 6,400 people have fled the flooded valley since Sunday.', 'IOM'],
    // A state's armed service is an office; its statement is its own.
    ['By nightfall divers had recovered 14 bodies from the hull, a navy statement said.', 'navy'],
  ]);
});

describe('attribution probes: a role spelled two ways is one role', () => {
  check([
    [
      "Orvania's defense minister said 31 suspects had been held overnight. Defence Minister Ilse Marran later told parliament 54 had died.",
      'Ilse Marran',
      'Ilse Marran',
    ],
  ]);
});

describe('attribution probes: asides and relative clauses on the subject, a passive quotation, a fact box', () => {
  check([
    // A clause that gives a name sets it off with a comma of its own; the name closing it speaks.
    ['A porter, who gave his first name only, Okafor, said at least nine bodies lay in the yard.', 'Okafor'],
    // A verb of holding a belief after a relative clause set off on a plural subject.
    ['Fishermen in Tamsa, most of whom lost boats, fear the toll may yet reach 60.', 'Fishermen'],
    // A relative clause in the perfect may join its objects with "and"; "staff" is plural without an s.
    [
      'Clinic nurses and parish volunteers who have visited the camps and the river villages believe more than 300 died.',
      'Clinic nurses and parish volunteers',
    ],
    ['Ward staff believe 25 patients died.', 'Ward staff'],
    // The one quoted, passive, by an outlet relaying them.
    ['Provincial police were quoted by the Vell Courier as saying that 14 people had been held overnight.', 'provincial police'],
    // A bracket closing a fact box's line names its source, a place before it notwithstanding.
    [
      'FLOOD DAY 2\n12      dead across Kassala (PDMO)\n4       still missing in the valley (PDMO)\n610     displaced to school shelters (DSWO Harn)',
      'PDMO',
      'PDMO',
      'DSWO Harn',
    ],
  ]);
});

describe('attribution probes: a body described by a clause, people named by where they are from, a fronted phrase of time', () => {
  check([
    // A body described by a clause with no pronoun of its own, then named in apposition.
    ['The network he leads, the Delta Rights Forum, says 40 people were killed.', 'Delta Rights Forum'],
    // "men" or "women" alone is no source; with where they are from, they are.
    ['At the school, men from Harnai said at least six villagers had been killed.', 'men from Harnai'],
    // A fronted phrase of where or when ends on the name that is the subject.
    ['In its 12 March update OVM listed 75 deaths in the province.', 'OVM'],
  ]);
});

describe("attribution probes: a state body's kept records", () => {
  check([
    // Writers name a body's records as the source, not the body.
    ['According to police records seen by the court, 340 people were arrested in the three towns.', 'police records'],
    ['Army records released in 2004 later raised the number of conscripts killed to 31.', 'Army records'],
  ]);
});

describe('attribution probes: a role closing on what it is for, a law is no one, a body called by another kind of body', () => {
  check([
    // "The spokesman" is the one whose role, closing on its complement, says so; not the person named last.
    [
      'Gunmen stormed the hotel, the police spokesman for the northern region, Abdul Farah Musa, told the radio. Outside the hospital, Amina Yusuf, 45, said she had come to look for her son. The spokesman added that soldiers had arrested several people.',
      'Abdul Farah Musa',
    ],
    // A law's title is no person "the prosecutor" could be.
    [
      'Public prosecutor: Rudi Hartono Lubis\n\nThe officers were charged under Article 338 of the Criminal Code. The prosecutor said in court that 11 protesters died.',
      'Rudi Hartono Lubis',
    ],
    // "the agency" is not a body the report called an aid group.
    [
      'The Relief Coordination Office (RCO) said on Thursday that 64 people had died. About 17,200 people have fled rising water, by RCO figures that the aid group Hands Together passed on. Some 4,100 of them have been housed in schools, the agency said.',
      'Relief Coordination Office',
      'RCO',
      'RCO',
    ],
  ]);
});

describe("attribution probes: a debate record's turns labelled by an abbreviated title and a seat", () => {
  check([
    // "Hon. Okelo:" is the member the record named in full before, not the one who spoke last.
    [
      'Hon. Ruth Okelo (Lurambi): The minister speaks of 300 arrests.\n\nHon. Peter Kamau (Gatundu): I have seen the lists myself.\n\nHon. Okelo: And the 14 bodies found at the dam? We think the toll is nearer 40.',
      'Ruth Okelo',
      'Ruth Okelo',
      'Ruth Okelo',
    ],
  ]);
});

describe("attribution probes: a testimony's label line", () => {
  check([
    // A line naming a person and who they are, above a quotation filling its own paragraph, names its speaker.
    [
      'Troops fired on the strikers.\n\nDARA, 31, machinist\n"At first we were a few hundred. Two men were wounded right beside me."\n\nLina Sorn, nurse at a clinic near the bridge\n"We took in about 15 people with gunshot injuries that afternoon."',
      'Dara',
      'Lina Sorn',
    ],
    // A roundup's label line names the channel whose post is quoted under it.
    [
      'Posts are shown as they appeared.\n\nDelta Watch (rights channel, 12,000 subscribers), 13:30\n"So far we have the names of 85 people held since Monday."',
      'Delta Watch',
    ],
  ]);
});

describe("attribution probes: a collective body's document", () => {
  check([
    // "the association's own count" is the association's, past a relative clause on it.
    [
      "The Orvel Advocates Association had sent lawyers to every station. The association's own count, which MPs have seen, is about 650 arrests.",
      'Orvel Advocates Association',
    ],
  ]);
});

describe('attribution probes: the head of a hospital or a morgue', () => {
  check([
    // One who runs a hospital tells what was seen there: the teller is the role, not the building.
    [
      "Riots went on in Kerova for a second night. At the Kerova General Hospital the beds were full. The hospital's director told our reporter that eleven bodies had reached the morgue by Tuesday.",
      "hospital's director",
    ],
    // Not a group's staff: a director who speaks for a group gives the group's figures.
    ["The Velan Rights Forum has sent monitors to the border. The group's director said 40 people had been detained in Tarsk.", 'Velan Rights Forum'],
  ]);
});

describe("attribution probes: a section's or an item's number opening the line", () => {
  check([
    // A committee's numbered paragraphs: the number is no part of who told.
    ['3. Evidence heard\n3.2 Commissioner Ana Ruiz told the committee that 212 people were held during the first week.', 'Ana Ruiz'],
    ['Findings of the mission:\n(c) Marsh Relief reported that 14 people remained missing once the floods receded.', 'Marsh Relief'],
  ]);
});

describe("attribution probes: a row's label naming whom it counts", () => {
  check([
    // A label of people no teller is named by ("Cleaners", "Students") counts them; "Witnesses" still tell.
    ['Toll of the warehouse fire\nDrivers: 2 dead\nCleaners: 3 dead, 4 injured', null, null, null],
    ['Witnesses: 14 killed at the market', 'Witnesses'],
  ]);
});

describe('attribution probes: a currency names no country', () => {
  check([
    // "the US dollar" is money: the report is not about the United States, whose police would tell.
    ['Six people were killed in clashes in the hills, police said. In other news, the local currency fell again against the US dollar.', 'police'],
  ]);
});

describe("attribution probes: a rank's initials before a name", () => {
  check([
    // "SSP Arjun Malhotra" is a person with a rank in initials, who holds the role named before.
    [
      'The toll rose to nine overnight, according to the district police superintendent. The superintendent, SSP Arjun Malhotra, told reporters that 14 people had been arrested.',
      'Arjun Malhotra',
      'Arjun Malhotra',
    ],
  ]);
});

describe("attribution probes: a place's body named with lower-case words", () => {
  check([
    // "the Orvan city government" is the body, not the place's name alone.
    ['Figures compiled by the Orvan city government from those relief registers recognise 88 people killed in the floods.', 'Orvan city government'],
  ]);
});

describe('attribution probes: a month’s name in lower case, and the object of disputing', () => {
  check([
    // "the march" in lower case is the gathering, no month: "the march report" is no document, "report" the verb.
    ['Organisers of the march report that 20,000 people have taken to the streets.', 'Organisers of the march'],
    // The claims a verb of disputing takes as its object, a modifier between, are no verb: no one tells there.
    ['Police dismissed opposition claims that 30 people were killed.', null],
  ]);
});

describe('attribution probes: asides, testimony, a figure given by someone, a body named after a description, "list"', () => {
  check([
    // A denial inside an aside before the comma is not the verb's own: the command still tells.
    [
      "The Teachers' Guild counted 6,000 marchers; the district governor, in remarks he has never withdrawn, said barely 900 had turned out.",
      "Teachers' Guild",
      'district governor',
    ],
    // Evidence given in court is told by whoever gives it.
    ['Ana Pirel, a nurse at the field clinic, testified that 31 people had been killed.', 'Ana Pirel'],
    // A figure set off as given by someone is theirs.
    ["The ministry's figure, given by Mr. Oren Vasc on Friday, is 31 wounded.", 'Oren Vasc'],
    // A body named after its description, its acronym in brackets and a relative clause on it.
    ['Some 9,000 people marched in Orr, according to the organisers, the Orr Growers League (OGL), which wants a new land law.', 'Orr Growers League'],
    // "list" after a plural subject is the verb.
    ['By Sunday the strike had spread, and union leaders now list protests in 14 towns.', 'union leaders'],
  ]);
});

describe('attribution probes: a numbered paragraph opening on a date, "whose", an adverb of time before the verb', () => {
  check([
    // A section's number and then a time opening the sentence are no part of the subject.
    ['Findings\n\n4.2 In March the interior ministry said that 14 people had been detained.', 'interior ministry'],
    // A relative clause of "whose" on someone just named tells what it goes on to tell, not the figure before it.
    ['A man died after the march: Tomas Irle, a baker, whose brother says he was shot by a soldier.', null],
    // "have long maintained": an adverb of time between the auxiliary and the verb.
    ['Lawyers for the miners have long maintained that 11 more men died in the flooded gallery.', 'Lawyers for the miners'],
  ]);
});

describe('attribution probes: a lone capitalised word opening the sentence before a group', () => {
  check([
    // "Rights monitors" names a group, no body called "Rights" that "the commission" could refer back to.
    [
      'Rights monitors have long maintained that 16 strikers died. Later a parliamentary commission looked into the strike. The commission said that 40 of the arrested had been abused.',
      'Rights monitors',
      'commission',
    ],
  ]);
});
