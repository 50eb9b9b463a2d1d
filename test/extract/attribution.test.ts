import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const sources = (text: string, published = '2022-01-10') =>
  extract({ text, published }).claims.map((c) => [c.estimate, c.source?.name ?? null, c.source?.via ?? []]);

describe('attribution', () => {
  it('reads who revises a figure as its source (revision verbs)', () => {
    expect(sources('The health ministry revised the death toll to 253.')).toEqual([[253, 'health ministry', []]]);
    expect(sources('The Harbour Aid Society corrected the death toll to 41 on Friday.')).toEqual([[41, 'Harbour Aid Society', []]]);
  });

  it('reads a name closing a headline after a dash or colon as its source (headline-trailing-source)', () => {
    const body = '\n\nThe army continues its raids in all regions.';
    expect(sources(`Army has killed 1,204 people — HRRN${body}`)).toEqual([[1204, 'HRRN', []]]);
    expect(sources(`Toll rises to 1,204: Harbour Aid Society${body}`)).toEqual([[1204, 'Harbour Aid Society', []]]);
    expect(extract({ text: `Army has killed 1,204 people — HRRN${body}` }).claims[0]!.rules?.source).toContain('headline-trailing-source');
    // A place closing a headline, or a dash inside a word, is no source.
    expect(sources(`Army kills 12 in raids - Lisbon${body}`)).toEqual([[12, null, []]]);
    expect(sources(`Twelve people were killed in Covid-19 riots${body}`)).toEqual([[12, null, []]]);
  });

  it('takes the speaking group before a place, not the place ("doctors at the clinic said"), named with the facility it is at', () => {
    expect(sources('Doctors at the district clinic said 31 people were treated for injuries.')).toEqual([[31, 'Doctors at the district clinic', []]]);
    expect(sources('Correspondents in their own capitals reported that four tourists were among those killed.')).toEqual([[4, 'Correspondents', []]]);
  });

  it('reads "estimate" as a verb of a plural subject, not as the noun ("officials estimate that" / "every estimate")', () => {
    expect(sources('Whole villages have emptied: local officials estimate that 35,000 people have left their homes.')).toEqual([
      [35000, 'local officials', []],
    ]);
    expect(sources('Rescue teams now estimate that 400 people are missing.')).toEqual([[400, 'Rescue teams', []]]);
    expect(sources('Each of the two figures exceeds every estimate for March 4, when tolls ranged from 74 to 90.')).toEqual([[74, null, []]]);
  });

  it('reads a reporting verb that is also a noun before a qualified figure ("the network counts at least 1,900")', () => {
    expect(sources('The Kessel Legal Network was founded in 2010. The network counts at least 1,900 arrests.')).toEqual([[1900, 'Kessel Legal Network', []]]);
    // A contact clause whose subject is the outlet's own staff gives no speaker.
    expect(sources('In Orsk, a crowd our reporter estimates at about 2,000 has marched to the square.')).toEqual([[2000, null, []]]);
  });

  it('reads no newspaper a person spoke to as the "he" who goes on', () => {
    const text =
      'More than 9,500 people have fled into Kessel, officials said.\n\nLena Varga, the regional coordinator, told The Orsk Observer that 520 of the new arrivals were children. On Monday alone, he said, 640 people were registered at the border post.';
    expect(sources(text).at(-1)).toEqual([640, 'Lena Varga', []]);
  });

  it('reads the name a relative clause gives as who speaks ("an official who gave his name only as Dr Danish said")', () => {
    expect(sources('A provincial health official who gave his name only as Dr Danish said more than 200 bodies had been brought to hospitals.')).toEqual([
      [200, 'Danish', []],
    ]);
    expect(sources('A volunteer doctor who asked to be identified only as Dr. Zaw said his team had treated more than 200 wounded people.')).toEqual([
      [200, 'Zaw', []],
    ]);
  });

  it('reads an "according to" closing the second of two main clauses as that clause\u2019s only', () => {
    expect(
      sources('Thousands of people marched in Orsk on Wednesday, and protests have been held in more than 50 towns, according to the strike committee.'),
    ).toEqual([
      [1000, null, []],
      [50, 'strike committee', []],
    ]);
    // A second verb or a bare figure after ", and" shares the first clause and its teller.
    expect(sources('Fighting has killed more than 700 people, and displaced nearly 4,000, according to government figures.').map((r) => r[1])).toEqual([
      'government',
      'government',
    ]);
    expect(sources('At least 40 people were killed, and 200 were injured, according to the ministry.').map((r) => r[1])).toEqual(['ministry', 'ministry']);
  });

  it('reads a speaker after the verb whose relative clause describes them ("said a senior officer who was not authorised to speak")', () => {
    expect(sources('Police have made 54 arrests since the violence began, said a senior officer who was not authorised to speak to the media.')).toEqual([
      [54, 'senior officer', []],
    ]);
  });

  it('reads the staff of a named body as that body ("UNHCR\u2019s emergency teams", "CRWN volunteers")', () => {
    expect(sources("UNHCR's emergency teams now estimate that up to 400,000 people have been uprooted.")).toEqual([[400000, 'UNHCR', []]]);
    expect(sources('CRWN volunteers recorded 27 people admitted with gunshot wounds.')).toEqual([[27, 'CRWN', []]]);
  });

  it('reads a trial\u2019s party as a body that tells ("the prosecution told the court")', () => {
    expect(sources('The prosecution had told the court that 47 people were treated for injuries.')).toEqual([[47, 'prosecution', []]]);
  });

  it('reads no day as a speaker: "since Sunday" between a subject and its verb is the subject\u2019s time', () => {
    expect(sources('A video circulating since Sunday claims that "40 protesters were killed" in Orsk.')).toEqual([[40, 'video', []]]);
  });

  it('gives a figure put forward by someone else to its owner, whoever speaks (figure-owner)', () => {
    expect(sources('Minister Ivo Darn said five people had died, rejecting opposition claims of 14 dead.')).toEqual([
      [5, 'Ivo Darn', []],
      [14, 'opposition', []],
    ]);
    // (The document disputed relays none of the speaker's own figures.)
    expect(sources("The ministry said five people had died, dismissing the Orsk League's estimate of at least 30.")).toEqual([
      [5, 'ministry', []],
      [30, 'Orsk League', []],
    ]);
    expect(extract({ text: 'The minister rejected opposition claims of 14 dead.' }).claims[0]!.rules?.source).toContain('figure-owner');
    // (The owner is read back a few words, to the verb before it.)
    expect(sources('Officials said opposition claims of 14 dead were false.')).toEqual([[14, 'opposition', []]]);
    // A word that describes the figure owns none of it.
    expect(sources('Officials said five had died, against independent estimates of 14 dead.')).toEqual([
      [5, 'Officials', []],
      [14, 'Officials', []],
    ]);
  });

  it('reads a phrase of time between the auxiliary and the verb as the verb\u2019s, past an aside ("had at the time put")', () => {
    expect(sources('The Orsk Red Crescent, which ran the first field clinic, had at the time put the toll at 19 dead.')).toEqual([
      [19, 'Orsk Red Crescent', []],
    ]);
    expect(sources('The ministry, for its part, said 40 people were hurt.')).toEqual([[40, 'ministry', []]]);
  });

  it('reads a speaker set off inside a clause after the figure as that clause\u2019s ("…, where, an official said, 41 …")', () => {
    expect(
      sources('Two of the wounded died at Orsk General Hospital, where, a hospital official told the court, 41 of the injured had been admitted.'),
    ).toEqual([
      [2, null, []],
      [41, 'hospital official', []],
    ]);
  });

  it('reads "held by" after a noun as a participle, not a body keeping to its figure ("villages held by rebels")', () => {
    expect(
      sources(
        'In the east, jets struck villages held by the Orsk Liberation Front on Saturday, killing at least four people, according to the relief group Valley Aid.',
      ),
    ).toEqual([[4, 'Valley Aid', []]]);
    // ("Police stand by their figure of 12": a body keeping to its count still states it.)
    expect(sources('Police stand by their figure of 12 dead.')).toEqual([[12, 'Police', []]]);
  });

  it('reads the outlet\u2019s own count as the outlet\u2019s ("compiled by this news site", "a count by this newspaper")', () => {
    expect(sources('At least 151 people are dead, according to a tally of hospital figures compiled by this news site.')).toEqual([[151, null, []]]);
    expect(sources('At least 87 people are dead, according to a count by this newspaper.')).toEqual([[87, null, []]]);
    // (Another outlet's count is that outlet's.)
    expect(sources('At least 87 people are dead, according to a count by the Orsk Courier.')).toEqual([[87, 'Orsk Courier', []]]);
  });

  it('reads an "according to" set off right after a later subordinator as that clause\u2019s ("when, according to police, …")', () => {
    expect(sources('One man was killed in Kessel on Monday when, according to police, a device he was carrying went off.')).toEqual([[1, null, []]]);
  });

  it('reads a group placed "on" something as the speaker, not the place ("teams on both sides of the border report")', () => {
    expect(sources('Emergency teams on both sides of the border report that 4,000 people have fled.')).toEqual([[4000, 'Emergency teams', []]]);
  });

  it('reads a company named with its legal form and its full stop as the speaker ("Velm Oil Corp. said")', () => {
    expect(sources('Velm Oil Corp. said 12 workers were missing.')).toEqual([[12, 'Velm Oil Corp', []]]);
  });

  it('reads "X said" with time adverbs between subject and verb', () => {
    expect(sources('Some 7,939 people were detained by police, the interior ministry said Monday.')).toEqual([[7939, 'interior ministry', []]]);
  });

  it('reads "according to X" and strips "\'s count"', () => {
    expect(sources('The total fatalities rose to 209, according to The Daily Star’s count.')).toEqual([[209, 'Daily Star', []]]);
  });

  it('keeps the relay when a speaker and an "according to" are both named', () => {
    expect(sources('Government officials told local media at least 44 people died, according to the BBC.')).toEqual([
      [44, 'Government officials', ['local media', 'BBC']],
    ]);
  });

  it('prefers the named one of "X, citing Y"', () => {
    expect(sources('State television, citing the country’s Health Ministry, reported that 164 people had been killed.')).toEqual([
      [164, 'Health Ministry', ['State television']],
    ]);
    expect(sources('Press TV reported that dozens of arrests had been made on Tuesday, citing intelligence officials.')).toEqual([
      [12, 'Press TV', ['intelligence officials']],
    ]);
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

  it("does not extend a clause's source over a contrasting clause that cites an earlier report", () => {
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
    // A short description any noun of a teller heads, in a script's bracketed line too.
    expect(sources('[LOWER THIRD: Bus crash: 23 hurt, says fire service]')[0]?.[1]).toBe('fire service');
    // A figure in words, quoted, on a live page's entry; and a body's figures named by its possessive there.
    expect(sources('Live.\n\n09:10 — Nurses union: "at least four dead". More were hurt.')[0]?.[1]).toBe('Nurses union');
    expect(sources("Live.\n\n09:10 — Rescue service's latest figures: six dead, 52 injured.").map((s) => s[1])).toEqual(['Rescue service', 'Rescue service']);
    // A country's label in a round-up, a page's "RELATED", and an area named by its kind label where, not who.
    expect(sources('IN BRIEF\n\nKENYA: 3 dead in clashes')[0]?.[1]).toBeNull();
    expect(sources('RELATED: 14 arrested at rally')[0]?.[1]).toBeNull();
    expect(sources('Kessel state: Villagers seized two men; both died.').map((s) => s[1])).toEqual([null, null]);
    // A script's fields, a running time or a date after a word in capitals, label no one the figures after run on from.
    expect(sources('EVENING BULLETIN\nAIRED: 4 MAY 2024 | LENGTH: 1\'55"\n\n[CAPTION: FERRY FIRE: 11 DEAD]')[0]?.[1]).toBeNull();
  });

  it('gives a nested report to the speaker nearest the figure, the outer one relaying', () => {
    expect(sources('The Evening Standard reported that police spokesman Tom Reyes said 21 people were arrested.')).toEqual([
      [21, 'Tom Reyes', ['Evening Standard']],
    ]);
    expect(sources('State radio quoted the interior ministry as saying that 45 people had been detained.')).toEqual([
      [45, 'interior ministry', ['State radio']],
    ]);
    // In the present tense too, and after "cites" (a verb of knowing) or "quotes" (a noun as well).
    expect(sources('Protests went on. The Harbour Gazette cites the Dock Workers Union as saying at least 27 people died.')).toEqual([
      [27, 'Dock Workers Union', ['Harbour Gazette']],
    ]);
    expect(sources('Papers differ. The broadsheet quotes the health ministry as saying that 16 people died.')[0]?.[1]).toBe('health ministry');
    expect(sources('Reporters asked about the quotes. The ministry said 12 died.')).toEqual([[12, 'ministry', []]]);
    // A body referred back to inside what one of its people says is that person's account; a spokesperson's is the body's.
    const director =
      'The Velm Rights Observatory says 300 people are held. Its director, Ines Varo, told reporters that the observatory had recorded 9 deaths in custody.';
    expect(sources(director)[1]).toEqual([9, 'Ines Varo', []]);
    const voice =
      'The Velm Rights Observatory says 300 people are held. Its spokesman, Ivo Marek, told reporters that the observatory had recorded 9 deaths in custody.';
    expect(sources(voice)[1]?.[1]).toBe('Velm Rights Observatory');
    // A subject in apposition closes on the comma before its verb: what follows is said, no speaker after the verb.
    expect(sources('The clinic director, Hana Ost, said the tally now stood at 27 dead.')).toEqual([[27, 'Hana Ost', []]]);
    // A body the speaker's own clause names by "according to" before the figure is its origin; the speaker after relays it.
    expect(sources('According to figures from the Orsk Relief Office passed on by the mayor, 19 people drowned, Ivo Petrov said.')).toEqual([
      [19, 'Orsk Relief Office', ['Ivo Petrov']],
    ]);
  });

  it("gives a transcript's labelled answers to the interviewee of the turn, past the questions between them", () => {
    const text = [
      'Radio Velm — transcript',
      'HOST (Ana Birk): With me is Tomas Orrel, who leads the Velm Casualty Project.',
      'ORREL: Good morning. We have verified 44 deaths so far.',
      'Q: And arrests?',
      'A: Our best estimate is that about 900 people have been detained.',
      'HOST: Now the police spokesman, Major Ivo Lasko.',
      'LASKO: The official number of fatalities is 12.',
      'Q: How many are held?',
      'A: At this moment, we hold 300 people in custody.',
    ].join('\n\n');
    expect(sources(text).map((s) => [s[0], s[1]])).toEqual([
      [44, 'Tomas Orrel'],
      [900, 'Tomas Orrel'],
      [12, 'Ivo Lasko'],
      [300, 'Ivo Lasko'],
    ]);
  });

  it('keeps a speaker inside a relative clause set off by commas to that clause, unless the clause describes a document', () => {
    expect(sources('The rallies, which officials described as small, drew about 6,000 people.')).toEqual([[6000, null, []]]);
    expect(sources('The unrest, which police said was planned, has left 14 people dead.')).toEqual([[14, null, []]]);
    expect(sources('Protests went on, which activists said left 14 dead.')[0]?.[1]).toBe('activists');
    expect(sources('The count, which the ministry released on Monday, shows 40 dead.')[0]?.[1]).toBe('ministry');
  });

  it('reads a speaker past a participle phrase set off after its name, an irregular participle too', () => {
    const lead = 'The Velm Bar Council counts 20 dead.\n\n';
    expect(sources(`${lead}The Orvan Casualty Monitor, run by volunteer medics, puts the toll at 60.`)[1]?.[1]).toBe('Orvan Casualty Monitor');
    expect(sources(`${lead}The Orvan Casualty Monitor, founded by nurses, puts the toll at 60.`)[1]?.[1]).toBe('Orvan Casualty Monitor');
  });

  it("keeps a concession's speaker and a quoting after a figure to their own clauses", () => {
    expect(sources('About 45 people were hurt, according to the city clinic, though its head, Ivo Marn, warned that many more had stayed away.')).toEqual([
      [45, 'city clinic', []],
    ]);
    const quoting = sources('It said its staff counted 14 bodies at a clinic, and quoted a nurse as saying that 30 more had been brought in.');
    expect(quoting.map((s) => s[1])).toEqual([null, 'nurse']);
  });

  it('reads a contact as a vague role an apposition names, and people described by what they have', () => {
    expect(sources('One contact, a nurse, said 25 people had been arrested.')[0]?.[1]).toBe('nurse');
    expect(sources('A contact said that 25 people had been arrested.')[0]?.[1]).toBe('contact');
    expect(sources('People with knowledge of the matter said 30 were arrested.')[0]?.[1]).toBe('People with knowledge of the matter');
  });

  it('reads a progressive verb of speech and a participle of telling after a comma', () => {
    expect(sources('Officials are saying 23 died.')[0]?.[1]).toBe('Officials');
    expect(sources('The ministry was reporting 17 dead by noon.')[0]?.[1]).toBe('ministry');
    expect(sources('The lawyer, Ana Ruiz, disputed the charge, telling judges that nine guards had been injured.')[0]?.[1]).toBe('Ana Ruiz');
  });

  it('reads a titled name in apposition to a role placed somewhere as the speaker, and a place after a place as its address', () => {
    expect(sources('The police chief in Orvel, Colonel Ivo Lasko, said officers had detained 16 people.')[0]?.[1]).toBe('Ivo Lasko');
    expect(sources('A hospital official in Orvel, Kessel State, said 12 were hurt.')[0]?.[1]).toBe('hospital official in Orvel');
  });

  it('gives a generic document to the one who issued it', () => {
    const text =
      'In a report released on Monday, the Coastal Relief Network said the floods had displaced thousands.\n\nAccording to the report, 230 people were killed.';
    expect(sources(text).find((s) => s[0] === 230)?.[1]).toBe('Coastal Relief Network');
  });

  it('resolves "the group" and a coordinated reporting verb', () => {
    const text = 'The Valley Rescue Alliance sent teams to the area.\n\nThe group visited three villages and reported that 19 people were missing.';
    expect(sources(text)).toEqual([[19, 'Valley Rescue Alliance', []]]);
    // A verb after "but" shares the subject too: "… have not published a toll but say …".
    const but = 'The Valley Rescue Alliance gave a higher toll. Orsk officials have not published a toll but say 12 soldiers have been killed.';
    expect(sources(but)).toEqual([[12, 'Orsk officials', []]]);
  });

  it('leaves a figure the outlet states itself unattributed, and a "by X\'s count" to X', () => {
    expect(sources('Floods killed 40 people across the province last week.')).toEqual([[40, null, []]]);
    expect(sources('By the Harbour Tribune’s count, 63 people have died.')).toEqual([[63, 'Harbour Tribune', []]]);
  });
});

/** The source and the rules that read it, per claim. */
const explained = (text: string, published = '2022-01-10') =>
  extract({ text, published }).claims.map((c) => [c.estimate, c.source?.name ?? null, c.rules?.source ?? '']);

describe('attribution on unseen phrasing', () => {
  const names = (text: string) => sources(text).map((s) => s[1]);

  it('reads a single role noun after an article as the speaker ("an official said")', () => {
    expect(names('Four fishermen drowned off the coast late Sunday, an official said.')).toEqual(['official']);
    expect(names('Nine miners were trapped and two died, a rescue official told reporters.')).toEqual(['rescue official']);
  });

  it('reads armed groups, fighters and villagers as speakers', () => {
    expect(names('According to the rebels, 30 soldiers were killed in the ambush.')).toEqual(['rebels']);
    expect(names('Villagers said 14 people were killed on the farms.')).toEqual(['Villagers']);
  });

  it('reads no speaker in a verb phrase after an infinitive\'s "to" ("permitted to view the report")', () => {
    const text =
      'Two more detainees died in custody in April. Their families were told both men had died of heart failure; neither was permitted to view a second post-mortem report.';
    expect(names(text)).toEqual([null]);
    // ("to" before a body a relative clause tells of still names it.)
    expect(names('The statement seemed to refer to the Orsk Rights Office, which on Monday put the toll at 44.')).toEqual(['Orsk Rights Office']);
  });

  it('reads a time fronted without its comma as no part of who speaks ("That evening officials said")', () => {
    expect(names('That evening officials said 23 people had perished in the blaze.')).toEqual(['officials']);
    expect(names('The first count spoke of 11 dead. The following morning officials gave a toll of 23.')).toEqual([null, 'officials']);
  });

  it('reads a distance set off after where the speakers are as an aside ("Doctors in Orr, 90 km to the north, said")', () => {
    expect(names('Nurses in Velmora, 90 kilometres to the north, said they had received 14 bodies.')).toEqual(['Nurses']);
  });

  it('reads a plural subject that speaks of a figure as its teller ("Local activists speak of 20 killed")', () => {
    expect(names('Fishermen in the bay speak of at least 17 people drowned.')).toEqual(['Fishermen']);
  });

  it('takes a name that is also a hamlet somewhere for the body, and a known town for a place', () => {
    expect(names('The Taliban said 13 guards were killed.')).toEqual(['Taliban']);
    expect(names('Twelve people were hurt, Lagos reported.')).toEqual([null]);
  });

  it('gives each of two contrasting clauses its own speaker, a subordinator aside', () => {
    expect(names('Though district officials said 46 fighters died, the militia said 13 were killed.')).toEqual(['district officials', 'militia']);
    expect(names('Provincial officials said 20 people died, the insurgents said 7 were killed.')).toEqual(['Provincial officials', 'insurgents']);
  });

  it('resolves a role described with its country to the person introduced with that title', () => {
    const text = 'Deputy Minister of Defence Tomas Varga said 40 people were arrested. Ruritania’s defense minister said 12 more were detained later.';
    expect(names(text)).toEqual(['Tomas Varga', 'Tomas Varga']);
    expect(names('Interior Minister Carla Mendes said 5 died. The interior minister later said 9 had died.')).toEqual(['Carla Mendes', 'Carla Mendes']);
  });

  it('reads a month or day before a document as when it was issued, not as its author', () => {
    expect(names('The Velm Rights League, which sent a mission in May, said in its June report that 212 people had been killed.')).toEqual([
      'Velm Rights League',
    ]);
    expect(names('The commission said in its Monday statement that 40 people were detained.')).toEqual(['commission']);
  });

  it("gives an interview's answers to the interviewee named before its questions (interview-answer), not an explainer's", () => {
    const interview =
      "'We ran out of beds': a surgeon on the Orsk attack\n\nBy Mara Lind\n\nDr. Tomas Velk runs the only hospital in Orsk. We spoke to him by phone on Monday.\n\nWhen did the wounded arrive?\n\nShortly after midnight. By morning we had treated 140 injured people.\n\nHow many are still with you?\n\nThirty-one wounded are still on the wards.";
    expect(explained(interview)).toEqual([
      [140, 'Tomas Velk', 'own-clause+interview-answer'],
      [31, 'Tomas Velk', 'own-clause+interview-answer'],
    ]);
    const explainer =
      'Orsk unrest: what we know\n\nPresident Ivo Darn spoke on television on Monday.\n\nHow many have died?\n\nAt least 40 people have been killed.\n\nWhat happens next?\n\nThe parliament meets on Friday.';
    expect(explained(explainer).map((c) => c[1])).toEqual([null]);
  });

  it('reads passive reporting verbs: "as reported by X" gives X, "are said to" gives none', () => {
    expect(names('Two guards died in the gun battle, as reported by regional police chief Amos Bello.')).toEqual(['Amos Bello']);
    expect(names('Five people died, as confirmed by the Red Crescent.')).toEqual(['Red Crescent']);
    expect(names('Several herders are said to have been killed.')).toEqual([null]);
    expect(names('Four other guards are reported missing.')).toEqual([null]);
  });

  it('reads "with X saying" as covering the figures after it, and "per X" as "according to X"', () => {
    expect(names('The blast killed 12, with clinic sources saying 40 were wounded.')).toEqual([null, 'clinic sources']);
    expect(names('Per the Lakeside Monitor, 20 students were detained.')).toEqual(['Lakeside Monitor']);
  });

  it('gives the body for its spokesperson in the possessive, and reads more reporting verbs and adverbs', () => {
    expect(names("The Kivu Rights Group's spokesperson said 20 students were detained.")).toEqual(['Kivu Rights Group']);
    expect(names('The Lakeside Monitor has so far confirmed 31 deaths.')).toEqual(['Lakeside Monitor']);
    expect(names('The Lakeside Monitor has already documented 31 deaths.')).toEqual(['Lakeside Monitor']);
    expect(names('The union listed the names of 14 detained students.')).toEqual(['union']);
    expect(names('The Lakeside Monitor’s tally stands at 230 dead.')).toEqual(['Lakeside Monitor']);
  });

  it('reads an organisation named after those it counts ("… of the Detained") as a source', () => {
    expect(names('The Association of Relatives of the Detained said 140 people remain in custody.')).toEqual(['Association of Relatives of the Detained']);
    expect(names('Doctors said the injured numbered 40.')).toEqual(['Doctors']);
  });

  it('never resolves "the governor" to a place whose name opens with a title word', () => {
    const text = 'Governor Lena Holt visited the site. Gunmen attacked a post in Major Hill District, killing ten, according to the governor.';
    expect(names(text)).toEqual(['Lena Holt']);
  });

  it('gives the figures after a body released them to that body, within the paragraph', () => {
    expect(names('The port authority issued its latest figures on Monday. Nine dockers have died and 31 were injured.')).toEqual([
      'port authority',
      'port authority',
    ]);
    expect(names('The port authority issued its latest figures on Monday.\n\nNine dockers have died.')).toEqual([null]);
    // Without a document released, an unnamed body's words cover their own sentence.
    expect(names('The port authority visited the docks on Monday. Nine dockers have died.')).toEqual([null]);
  });

  it('reads the subject before a relative clause that ends on the verb', () => {
    expect(names('A Lagos-based analyst who has been logging casualties almost in real time issued a count putting the death toll at 88.')).toEqual([
      'Lagos-based analyst',
    ]);
    expect(names('A local reporter who has been collecting names since March said 40 people were killed.')).toEqual(['local reporter']);
    expect(names('Nurses who treated the wounded said 12 people died.')).toEqual(['Nurses']);
  });

  it('figure-named-next: a figure-less next sentence naming who gave the figure gives it', () => {
    expect(names('Nine hikers died in the avalanche. The toll was confirmed by the mountain rescue service.')).toEqual(['mountain rescue service']);
    expect(names('Nine hikers died in the avalanche. The figures come from the regional health office.')).toEqual(['regional health office']);
    // A next sentence about something else gives nothing; nor one in the next paragraph.
    expect(names('Nine hikers died in the avalanche. The rescue service said the pass would stay closed.')).toEqual([null]);
    expect(names('Nine hikers died in the avalanche.\n\nThe toll was confirmed by the mountain rescue service.')).toEqual([null]);
  });

  it('never takes a clause fragment for a source', () => {
    expect(names('A drone strike in the border district killed six alleged smugglers.')).toEqual([null]);
    expect(names('Other reports put the number of dead at seventy.')).toEqual([null]);
    expect(names('Black Tuesday: 9 miners were killed and 30 hurt in the collapse.')).toEqual([null, null]);
    expect(names('The floods left 7 dead and 20,000 displaced people reported Sunday.')[0]).toBe(null);
  });

  it('never takes an event, a denied speaker or a quantity fragment for a source', () => {
    expect(names('Harbour ferry bombing: 17 passengers were killed and 40 hurt.')).toEqual([null, null]);
    expect(names('A blast killed 6 people near the port, no group has claimed responsibility.')).toEqual([null]);
    expect(names('A car bomb killed 9 people at the checkpoint and the Northern Front claimed responsibility for the attack.')).toEqual([null]);
    expect(names('Three blasts, at least two confirmed to be mortar rounds, left 11 people dead.')).toEqual([null]);
  });
});

describe('source rules', () => {
  it('definite-description: "the U.N. agency" is the U.N. office named before', () => {
    const text = 'Nine people were killed on Friday, the U.N. refugee office says.\n\nThe U.N. agency has confirmed that 40 people have died since March.';
    expect(explained(text)[1]).toEqual([40, 'U.N. refugee office', 'own-clause+definite-description']);
  });

  it('definite-description: "the group", "the coalition" after a name an apposition called a coalition', () => {
    const named = 'At least 14 people were killed, according to a count by the Velmar Platform, a coalition of civil society organisations.';
    expect(explained(`${named} At least four of the dead were minors, the coalition says.`)[1]?.slice(0, 2)).toEqual([4, 'Velmar Platform']);
    expect(explained(`${named} The group said at least four of the dead were minors.`)[1]?.slice(0, 2)).toEqual([4, 'Velmar Platform']);
    // ", the group said" after a name is who speaks there, not what the name is.
    const places = 'Protests spread to Orr and Tessa, the group said on Monday. The coalition said 30 people were detained.';
    expect(explained(places)[0]?.[1]).not.toBe('Orr and Tessa');
  });

  it('reads the subject past a long relative clause whose pronoun is its subject, not past one with a subject of its own', () => {
    const nurse =
      'At the city hospital, a nurse who asked not to be named because staff had been warned not to speak to reporters said 52 people had been injured.';
    expect(explained(nurse)[0]?.slice(0, 2)).toEqual([52, 'nurse at the city hospital']);
    const own = 'Thousands gathered in Orr. In the port, a crowd that organisers put at 15,000 marched to the cathedral.';
    expect(explained(own).find((c) => c[0] === 15000)?.[1]).toBe('organisers');
  });

  it("outlet-staff: the outlet's own correspondent tells in the outlet's voice, and no earlier speaker carries on", () => {
    const before = 'The Orsk Rights League said at least five people had been shot dead.\n\n';
    expect(explained(`${before}Our correspondent outside parliament saw the bodies of at least three people on the road.`)[1]).toEqual([
      3,
      null,
      'outlet+outlet-staff',
    ]);
    expect(explained(`${before}One of our reporters at the scene said she saw the bodies of at least three people.`)[1]?.slice(0, 2)).toEqual([3, null]);
    // The intake it tells of too.
    expect(explained(`${before}Our correspondent in Tessa reports that the city's main hospital has received nine bodies.`)[1]?.slice(0, 2)).toEqual([9, null]);
  });

  it("seated-force: police placed in a city are that city's police, not the country's", () => {
    const claim = extract({ text: 'Police in Nairobi say they have arrested 150 people since Friday.', published: '2024-06-26' }).claims[0];
    expect(claim?.source).toMatchObject({ name: 'Nairobi police', kind: 'office' });
    expect(claim?.rules?.source).toBe('own-clause+seated-force');
  });

  it('reads "think tank" as a noun, no verb of knowing whose subject relays the speaker', () => {
    const text = 'Omar Diaz, who directs research at the Velm Policy Forum (VPF), an Orsk-based think tank, said 19 people had died.';
    expect(extract({ text, published: '2024-06-26' }).claims[0]?.source).toMatchObject({ name: 'Omar Diaz', via: [] });
  });

  it('seated-force: police "in the district" with no district named so are those of the one place a dateline names', () => {
    const text = 'LEMBA — Shops stayed shut on Friday.\n\nPolice in the district reported 31 arrests.';
    expect(extract({ text, published: '2024-06-26' }).claims[0]?.source?.name).toBe('Lemba police');
  });

  it("jurisdiction-named: an area's own office named by the area's kind is the office of the area named before", () => {
    const named = (text: string) => extract({ text, published: '2024-06-26' }).claims[0];
    const district = named('Floods cut off Lemba district. The district administration said 17 villagers were missing.');
    expect(district?.source).toMatchObject({ name: "Lemba's district administration", kind: 'office' });
    expect(district?.rules?.source).toBe('own-clause+jurisdiction-named');
    // (The possessive read off as scope is given back by the sentence.)
    const city = named("Two fishermen drowned in the port city of Tarnow, the city's mayor said.");
    expect(city?.source?.name).toBe("Tarnow's mayor");
    // Nothing named before: the office as written; a compass word is no area's name.
    expect(named('The district administration said 17 villagers were missing.')?.source?.name).toBe('district administration');
    expect(named('Floods hit the Far East region. The regional officials said 17 villagers were missing.')?.source?.name).toBe('regional officials');
    // Several tellers joined are no one area's office.
    expect(named('Floods cut off Lemba district. The district officials and aid partners said 17 villagers were missing.')?.source?.name).toBe(
      'district officials and aid partners',
    );
  });

  it("takes a headline's label naming the event for no teller or relay", () => {
    const claims = extract({ text: 'Stadium crush: rights groups raise death toll to over 150', published: '2024-12-12' }).claims;
    expect(claims[0]?.source).toMatchObject({ name: 'rights groups', via: [] });
  });

  it('a body keeping to its count states it ("the government holds to 56", "police stand by their figure")', () => {
    expect(explained('Rights groups raised the death toll to over 150 while the government holds to 56.')[1]?.slice(0, 2)).toEqual([56, 'government']);
  });

  it('a speaker after "but" who says more of his own does not tell the figures before', () => {
    const intro = 'Police Commissioner Tomas Berg said the attack was planned. ';
    expect(explained(`${intro}Four people were taken into custody on Friday, but Berg said the others were not believed to be involved.`)[0]?.[1]).toBeNull();
    // Closing the sentence, he tells them.
    expect(explained(`${intro}Four people were taken into custody on Friday, Berg said.`)[0]?.[1]).toBe('Tomas Berg');
  });

  it('pronoun-antecedent: "it" goes on from the body that cited another, not from the one it cited', () => {
    const text =
      "The Velmar Aid Office's update on Friday put the dead in the port at 900, citing the Coastal Relief Network. It also said 75 people had been killed inland.";
    expect(explained(text)[1]).toEqual([75, 'Velmar Aid Office', 'own-clause+pronoun-antecedent']);
    // Named alone, the cited body is "it" as before.
    expect(explained('The Coastal Relief Network said 900 had died. It also said 75 people had been killed inland.')[1]?.[1]).toBe('Coastal Relief Network');
  });

  it('pronoun-antecedent: "he said" skips places and days that look like names', () => {
    const text =
      'Interior Minister Tomas Berg says 30 people died in the blasts across New Zealand on Easter Sunday.\n\nHe said 12 tourists were among those killed.';
    expect(explained(text)[1]).toEqual([12, 'Tomas Berg', 'own-clause+pronoun-antecedent']);
  });

  it('apposition-subject: "the prime minister, Ana Ruiz, said" gives the name in apposition', () => {
    expect(explained("The country's prime minister, Ana Ruiz, said thousands of protesters had stormed the airport.")).toEqual([
      [1000, 'Ana Ruiz', 'own-clause+apposition-subject'],
    ]);
  });

  it('first-conjunct: "the Relief Unit and 12 other groups informed …" gives the named first conjunct', () => {
    const [claim] = explained('The Missing Persons Unit and 12 other rights groups have informed prosecutors that 210 people have gone missing.');
    expect(claim).toEqual([210, 'Missing Persons Unit', 'own-clause+first-conjunct']);
  });

  it('told-addressee: in "…, X, a doctor, told the radio station Y" X speaks and Y only heard it', () => {
    const text = 'At least 12 people had been shot dead, Omar Diaz, who heads the regional clinic, told the local radio station Radio Norte.';
    expect(explained(text)).toEqual([[12, 'Omar Diaz', 'own-clause+told-addressee']]);
  });

  it('contact-clause-author: "according to information the Relief Office has received" gives the Relief Office', () => {
    const text = 'Police fired on crowds which, according to credible information the Regional Relief Office has received, has killed at least 14 people.';
    expect(explained(text)).toEqual([[14, 'Regional Relief Office', 'own-clause+contact-clause-author']]);
  });

  it('reads the author after "by" in a document phrase, whatever "of" says it is about', () => {
    expect(explained('More than 900 people were detained, according to a review of the year in the region by the Harbour Rights Centre.')[0]?.[1]).toBe(
      'Harbour Rights Centre',
    );
  });

  it('subordinate-clause: a speaker inside "once officials had announced …" does not cover the main clause', () => {
    const text = 'Thousands of people marched through the city once election officials had announced the results.';
    expect(explained(text)).toEqual([[1000, null, 'outlet+subordinate-clause']]);
    // …while a figure inside that clause is theirs.
    expect(explained('Turnout was lower, when officials said 40 people had died.')[0]?.[1]).toBe('officials');
  });

  it('generic-source-ends: an unnamed group covers its own sentence, a named source runs on', () => {
    const text = 'Foreign news agencies reported that two tourists were among those killed.\n\nBy evening the death toll stood at 215.';
    expect(explained(text)).toEqual([
      [2, 'Foreign news agencies', 'own-clause'],
      [215, null, 'outlet+generic-source-ends'],
    ]);
  });

  it("an acronym in apposition after a body's name, with its article, is the name's other name", () => {
    const [claim] = extract({ text: 'The Flood Response Office, the FRO, said at noon that 83 people had died.', published: '2024-05-10' }).claims;
    expect(claim!.source).toMatchObject({ name: 'Flood Response Office', alias: 'FRO' });
  });

  it('state-of-report: "police said" in a report about one country is that country\'s police', () => {
    const text = 'Police said 58 people had been detained in Nairobi and Mombasa since Sunday.';
    const [claim] = extract({ text, published: '2022-01-10' }).claims;
    expect(claim!.source).toMatchObject({ name: 'Kenya police', country: 'KE' });
    expect(claim!.rules?.source).toBe('own-clause+state-of-report');
    // Without a place, the country the report's demonyms name.
    expect(explained('Police said 40 suspects were detained after the attacks on Kenyan churches.')[0]?.[1]).toBe('Kenya police');
    // The country's name takes a definite article's place.
    expect(
      explained(
        'Floods hit northern Moldova. An official said three people remained unaccounted for, down from the five the ministry had listed on Friday.',
      )[1]?.[1],
    ).toBe('Moldova ministry');
    // A named body and a group of its people keep their names.
    expect(explained('Government officials said 8 people had been detained in Nairobi.')[0]?.[1]).toBe('Government officials');
    // A city's police is that city's, not the country's, though its name opens the sentence.
    expect(explained('Unrest spread in Kenya. Mombasa police said 32 people had been detained overnight.')[0]?.[1]).toBe('Mombasa police');
    // Police "in the district" are the police of the district named before.
    expect(explained('Protests spread to Mangochi district on Tuesday. Police in the district say they have arrested 73 people.')[0]?.[1]).toBe(
      'Mangochi police',
    );
    // People named by whom they stand for keep where or when it befell those they stand for.
    expect(explained('Families of those detained at the border post say at least 30 people are still held.')[0]?.[1]).toBe(
      'Families of those detained at the border post',
    );
    // "He" after a capitalised role before "of" is that role's holder.
    const holder = 'The mayor said 40 people had died. The Minister of Water Affairs said that figure was low. He said 12 people were missing.';
    expect(explained(holder)[1]?.[1]).toBe('Minister of Water Affairs');
    // A country the sentence opens on is whose body speaks.
    expect(explained('Floods have killed 410 people across Kenya. In Tanzania, the government said 52 people had died.')[1]?.[1]).toBe('Tanzania government');
    // A body of an area below the country is no more the country's, and keeps the words it was given.
    for (const [body, name] of [
      ['The provincial health ministry', 'provincial health ministry'],
      ['District police', 'district police'],
      ['Local authorities', 'local authorities'],
    ])
      expect(explained(`Clashes spread across Kenya this week. ${body} said 19 people were detained in Kisumu.`)[0]?.[1]).toBe(name);
  });

  it('federal-state: "the state government" after a federal state named before is that state\'s body', () => {
    const text = 'Herders and farmers clashed near two villages of Kaduna State on Sunday. The state government said 12 people were killed.';
    const [claim] = extract({ text, published: '2024-01-10' }).claims;
    expect(claim!.source).toMatchObject({ name: 'Kaduna State government', country: 'NG', kind: 'office' });
    expect(claim!.rules?.source).toBe('own-clause+federal-state');
    // Only a state the gazetteer knows as a region: "Islamic State" names none.
    expect(explained('Islamic State fighters attacked the town. The state government said 40 people were killed.')[0]?.[1]).toBe('state government');
    // A state the sentence opens on, with no "State" written after it, is that state too.
    const lagos = 'Protests spread across Nigeria on Monday. In Lagos, where turnout was smaller, the state government said four people had been injured.';
    expect(extract({ text: lagos, published: '2024-01-10' }).claims[0]!.source).toMatchObject({ name: 'Lagos State government', country: 'NG' });
  });

  it('document-refers-back: a figure naming the report under way ("in the official tally") states its source again', () => {
    const text = [
      'The Northern Relief Board said on Friday that 90 people had died.',
      'Among the dead counted in the official tally were 60 farmers.',
      'Twelve children died in the capital.',
    ].join('\n\n');
    expect(explained(text)).toEqual([
      [90, 'Northern Relief Board', 'own-clause'],
      [60, 'Northern Relief Board', 'report-continues+document-refers-back'],
      [12, 'Northern Relief Board', 'report-continues'],
    ]);
    // "That is …" restates the figure just given, even a bare state body's.
    const restated = 'The interior ministry has issued its latest figures, confirming 2,100 deaths. That is 110 more deaths than in its last update.';
    expect(explained(restated)[1]).toEqual([110, 'interior ministry', 'report-continues+document-refers-back']);
  });

  it('reads a subject from its capitalised article, not from the page chrome before it', () => {
    expect(explained('date 2021-05-07 The Missing Persons Unit says 300 people remain missing.')).toEqual([[300, 'Missing Persons Unit', 'own-clause']]);
  });

  it('acronym-of-name: an acronym the report introduced with a name it does not spell is that name', () => {
    const text =
      'An observer of the Coastal Institute for Civil Rights (ICDC) was hurt on Saturday.\n\nThe ICDC reported that 340 people have been injured since October.';
    expect(explained(text)).toEqual([[340, 'Coastal Institute for Civil Rights', 'own-clause+acronym-of-name']]);
    // One that spells its name, or a longer form of it, stays as written: the tally joins them.
    const spelled = 'The Coastal Relief Network (CRN) opened a camp.\n\nThe CRN said 25 people had died.';
    expect(explained(spelled)[0]?.[1]).toBe('CRN');
  });

  it('gives a source the other name the report gives it: its acronym, or the name its acronym stands for', () => {
    const source = (text: string) => extract({ text, published: '2022-01-10' }).claims[0]?.source;
    expect(source('The Coastal Institute for Civil Rights (ICDC) said 340 people had been injured since October.')).toMatchObject({
      name: 'Coastal Institute for Civil Rights',
      alias: 'ICDC',
    });
    const text = 'An observer of the Coastal Institute for Civil Rights (ICDC) was hurt on Saturday.\n\nThe ICDC reported that 340 people have been injured.';
    expect(source(text)).toMatchObject({ name: 'Coastal Institute for Civil Rights', alias: 'ICDC' });
    expect(source('The Coastal Relief Network (CRN) opened a camp.\n\nThe CRN said 25 people had died.')).toMatchObject({
      name: 'CRN',
      alias: 'Coastal Relief Network',
    });
    expect(source('The Coastal Relief Network said 25 people had died.')?.alias ?? null).toBeNull();
    // People of a body named by its acronym: "an ICDC official" is a "Coastal Institute for Civil Rights official".
    const official = 'The Coastal Institute for Civil Rights (ICDC) opened a clinic.\n\nAn ICDC official said 40 people had been injured.';
    expect(source(official)).toMatchObject({ name: 'ICDC official', alias: 'Coastal Institute for Civil Rights official' });
    // A source carried on from a sentence with no figure keeps the acronym that sentence gave it.
    const release = 'The Union of Rights Monitors in Kenya (URMK) has compiled the following figures:\n- Killed: at least 58\n- Arrested: 400';
    expect(source(release)).toMatchObject({ name: 'Union of Rights Monitors', alias: 'URMK' });
  });

  it('headline-description: "Rights watchdog: …" is the organisation the body names first', () => {
    const text = 'Rights watchdog: dozens of detainees after the vote\n\nHRC Harbour reports that at least 70 protesters were detained in the capital.';
    expect(explained(text)).toEqual([
      [12, 'HRC Harbour', 'own-clause+headline-description'],
      [70, 'HRC Harbour', 'own-clause'],
    ]);
    // With no organisation named after it, the description stays.
    expect(explained('Rights watchdog: dozens of detainees after the vote')[0]?.[1]).toBe('Rights watchdog');
    // The headline's speaker after its figure too ("…, rights group says").
    const says =
      'One inmate dies after guards raid prison ward, rights group says\n\nORSK - The Velm Detainee Committee, a London-based group, said at least 23 prisoners were injured.';
    expect(explained(says)).toEqual([
      [1, 'Velm Detainee Committee', 'own-clause+headline-description'],
      [23, 'Velm Detainee Committee', 'own-clause'],
    ]);
  });

  it('reads the author after "by" in a document, and lets an organisation named with an acronym run on like one', () => {
    const text = [
      'More than 900 people were detained in May, according to a review of the year in the region by HRC Harbour.',
      'The rights defenders say the vote was held amid repression.',
      'The security forces left hundreds of people injured.',
    ].join('\n\n');
    expect(explained(text)).toEqual([
      [900, 'HRC Harbour', 'own-clause'],
      [100, 'HRC Harbour', 'report-continues'],
    ]);
  });

  it('carries a report into a new paragraph for the harms it counts, not for a crowd, a flight or a spread told there (narrated-in-new-paragraph)', () => {
    const text = [
      'Flood-hit towns buried their dead on Friday.',
      'According to the Northern Relief Board, 151 people were detained at protests over the response.',
      'The Board said more arrests were likely.',
      "On Saturday, thousands of protesters marched to the governor's office, and 40 people were injured.",
    ].join('\n\n');
    expect(explained(text)).toEqual([
      [151, 'Northern Relief Board', 'own-clause'],
      [1000, null, 'outlet+narrated-in-new-paragraph'],
      [40, 'Northern Relief Board', 'report-continues'],
    ]);
    // A spread of protests told in a new paragraph is narrated too, unless the sentence cites the reports under way.
    const spread = (line: string) =>
      explained(['According to the Northern Relief Board, 151 people were detained at protests over the response.', line].join('\n\n'))[1];
    expect(spread('Within two days, the protests had reached 40 towns.')).toEqual([40, null, 'outlet+narrated-in-new-paragraph']);
    expect(spread('Latest reports indicate the protests have reached 40 towns.')).toEqual([40, 'Northern Relief Board', 'report-continues']);
    // In the same paragraph the report runs on to every figure.
    const one = 'According to the Northern Relief Board, 151 people were detained. Thousands of protesters marched on Saturday.';
    expect(explained(one).map((c) => c[1])).toEqual(['Northern Relief Board', 'Northern Relief Board']);
  });

  it('reads the speaker past a participle phrase set off by commas, and an organisation named in apposition to its description', () => {
    expect(explained('A border guard, speaking on condition of anonymity, said 14 soldiers were killed.')).toEqual([
      [14, 'border guard', 'own-clause+parenthetical-participle'],
    ]);
    expect(explained('The relief group, founded in 1990, said 23 people were missing.')).toEqual([[23, 'relief group', 'own-clause+parenthetical-participle']]);
    expect(explained('The UN migration agency, IOM, said 8,000 people had fled.')).toEqual([[8000, 'IOM', 'own-clause+apposition-subject']]);
    // A description headed by a body's noun before its complement: "a coalition of medical associations".
    expect(explained('A coalition of medical associations, the Orsk Medics Alliance, said 500 people had been treated for injuries.')).toEqual([
      [500, 'Orsk Medics Alliance', 'own-clause+apposition-subject'],
    ]);
  });

  it('gives a figure to the author of the document that states it (document-by-author), and "it" before the verb to the body before', () => {
    expect(explained('Figures released by the Northern Relief Board on Monday showed 40 deaths.')).toEqual([
      [40, 'Northern Relief Board', 'own-clause+document-by-author'],
    ]);
    const it = 'The Northern Relief Board said on Monday that aid was short. Thirty people had died in the floods, it said.';
    expect(explained(it)).toEqual([[30, 'Northern Relief Board', 'own-clause+pronoun-antecedent']]);
    // "the bulletin" refers back to the document its owner's possessive named, not to the teller named last.
    const bulletin =
      "The Velm coast guard's daily bulletin put the number of people drowned at 30. A fishermen's union puts it closer to 50. Nine of the drowned were children, the bulletin says.";
    expect(explained(bulletin)[1]?.[1]).toBe('Velm coast guard');
    // An unnamed group of people is an author too.
    expect(explained('A register kept by parents put the number of pupils still missing at 40.')[0]?.[1]).toBe('parents');
  });

  it('resolves "it" to an office held by one person that speaks just before ("the ombudsman said it had confirmed")', () => {
    const text = "The regional government said 18 people had died. On Monday, the country's ombudsman said it had confirmed 58 deaths.";
    expect(explained(text).map((c) => c.slice(0, 2))).toEqual([
      [18, 'regional government'],
      [58, 'ombudsman'],
    ]);
  });

  it("reads the subject past a time adverbial, an accuser as a source, and a report received by an outlet as the report's", () => {
    expect(explained('The Northern Relief Board yesterday said 20 people had died.')[0]?.[1]).toBe('Northern Relief Board');
    expect(explained('The interior ministry late on Monday said 31 people had been detained.')[0]?.[1]).toBe('interior ministry');
    expect(explained('Rights Watch accused security forces of killing 30 protesters.')[0]?.[1]).toBe('Rights Watch');
    expect(explained('An international watchdog blamed the police for the deaths of 20 people.')[0]?.[1]).toBe('international watchdog');
    expect(explained('A Northern Relief Board report seen by Reuters on Monday says 400 people have died.')[0]?.[1]).toBe('Northern Relief Board');
  });

  it('names an indefinite description by the organisation the text names next (indefinite-description)', () => {
    const text = 'A regional relief group said on Friday that 20 people had drowned. In a statement, the Northern Relief Board said 16 of them were children.';
    expect(explained(text)[0]).toEqual([20, 'Northern Relief Board', 'own-clause+indefinite-description']);
    // Named far later, or never, it stays a description.
    const far = `A regional relief group said 20 people had drowned. ${'The river rose again overnight. '.repeat(15)}The Northern Relief Board said shelters were open.`;
    expect(explained(far)[0]?.[1]).toBe('regional relief group');
  });

  it('gives a first-person figure in a quote to whoever speaks the quote, a title or role kept out of the name', () => {
    const text = '“We have counted 40 bodies so far in the morgue,” said Dr. Lina Haddad, director of the hospital.';
    expect(explained(text)).toEqual([[40, 'Lina Haddad', 'quote-speaker']]);
    // A lower-case role before the name after the quote is the person's role, and "the forum" after
    // it is the body, not the person whose role holds its word.
    const forum =
      'The Orsk Civic Forum, a coalition of unions and churches, says the toll is far higher. “We have the names of 38 people who were killed,” forum spokesperson Ana Dreml said on Monday. The forum said at least four of those killed were schoolchildren.';
    const claims = extract({ text: forum, published: '2022-01-10' }).claims;
    expect(claims.map((c) => [c.estimate, c.source?.name, c.source?.role ?? null])).toEqual([
      [38, 'Ana Dreml', 'forum spokesperson'],
      [4, 'Orsk Civic Forum', null],
    ]);
  });

  it('apposition-subject: the role may head a longer phrase ("the governor of the northern state, X, said")', () => {
    expect(explained('The governor of the northern state, Tomas Berg, said 12 people were killed.')).toEqual([
      [12, 'Tomas Berg', 'own-clause+apposition-subject'],
    ]);
  });

  it('apposition-subject: an article and a place inside the role, a plural possessive inside the name', () => {
    expect(explained('The director of a public hospital in Hodan district, Dr Ana Sorell, says her staff have received 47 wounded people.')).toEqual([
      [47, 'Ana Sorell', 'own-clause+apposition-subject'],
    ]);
    expect(explained("A herders' group, the Middle Valley Pastoralists' Union, said two herdsmen had been killed.")).toEqual([
      [2, "Middle Valley Pastoralists' Union", 'own-clause+apposition-subject'],
    ]);
  });

  it('role-holder-named: a role told with no name is the person its definite head names in apposition soon after', () => {
    const text =
      "Rescuers recovered five more bodies on Tuesday, the valley's district collector told reporters. The collector, Mara Veldt, said 23 people were still unaccounted for.";
    expect(explained(text)).toEqual([
      [5, 'Mara Veldt', 'own-clause+role-holder-named'],
      [23, 'Mara Veldt', 'own-clause+apposition-subject'],
    ]);
    // (Another role's head names no one: "The spokesman, …" is not the collector.)
    expect(explained('Rescuers recovered five bodies, the district collector said. The spokesman, Ivo Brandt, declined to comment.')[0]?.[1]).toBe(
      'district collector',
    );
  });

  it('reads no speaker after a verb that sets a figure ("…, puts the toll higher"): "it" then refers to the subject', () => {
    expect(
      explained('The Orsk Legal Defence Network, which provides lawyers to detainees, puts the toll higher. It said at least 36 people had been killed.'),
    ).toEqual([[36, 'Orsk Legal Defence Network', 'own-clause+pronoun-antecedent']]);
  });

  it('document-author: "while the police estimate stood at 190,000" gives the estimate to the police', () => {
    const text = 'Organisers counted 550,000 participants, while the police estimate stood at 190,000 at the peak.';
    expect(explained(text)).toEqual([
      [550000, 'Organisers', 'own-clause'],
      [190000, 'police', 'own-clause+document-author'],
    ]);
    // A document with no author named in it ("the official estimate") gives none.
    expect(explained('Organisers counted 550,000 participants, while the official estimate stood at 190,000 at the peak.')[1]?.[2]).not.toContain(
      'document-author',
    );
    // "own" describes the document, as "latest" does; an aside between it and its verb leaves it the author's.
    const own = "The Velmar Rights League says 40 people have been killed. The government's own tally, last given on Friday, stands at 23 dead.";
    expect(explained(own)[1]).toEqual([23, 'government', 'own-clause+document-author']);
  });

  it('reads the subject across an ordinal time between auxiliary and verb ("has for the first time given")', () => {
    const text = 'The Velmar Rights League says 40 people have been killed. The health ministry has for the first time given a figure for the dead: 67.';
    expect(explained(text)[1]?.slice(0, 2)).toEqual([67, 'health ministry']);
  });
});

describe('reporting participles on the victims', () => {
  it('reads "people confirmed killed", "reported dead" as the victims, not a speaker', () => {
    expect(sources('The number of people confirmed killed by the army stands at 1,240.')).toEqual([[1240, null, []]]);
    expect(sources('Nine villagers reported dead were buried on Sunday.')).toEqual([[9, null, []]]);
    // A reporting verb before a figure still names its subject.
    expect(sources('The ministry confirmed 14 deaths.')).toEqual([[14, 'ministry', []]]);
  });
});

describe('citing', () => {
  it('cites people, bodies and documents, not reasons', () => {
    expect(sources('The flood office cut the death toll to 61 on Friday, citing errors in clinic records.')).toEqual([[61, 'flood office', []]]);
    expect(sources('Channel Nine, citing the Health Ministry, said 44 people were killed.')).toEqual([[44, 'Health Ministry', ['Channel Nine']]]);
    // Testimony a body gathered is that body's.
    expect(sources('Citing testimony gathered by the Velm Rights Office, the envoy said 31 villagers had died.')[0]?.[1]).toBe('Velm Rights Office');
  });

  it('reads a person cited before the figure by what they are as its origin, the outlet as its relay', () => {
    expect(sources('Radio Orsk, citing a harbour police officer, reported late on Monday that nine fishermen had drowned.')).toEqual([
      [9, 'harbour police officer', ['Radio Orsk']],
    ]);
    // Not one cited after the figure, nor the outlet's own staff, nor a name withheld: the outlet stands.
    expect(sources('Radio Orsk said nine fishermen had drowned, quoting a harbour police officer.')).toEqual([[9, 'Radio Orsk', ['harbour police officer']]]);
    expect(sources('Radio Orsk, citing its reporter at the harbour, said nine fishermen had drowned.')[0]?.[1]).toBe('Radio Orsk');
    expect(sources('Radio Orsk, quoting an unnamed port official, said nine fishermen had drowned.')[0]?.[1]).toBe('Radio Orsk');
  });

  it('reads the body a relative clause describes as the source of its figure, past auxiliaries (relative-speaker)', () => {
    expect(sources('The Orsk Rights Office, which has so far documented at least 64 killings, called for an inquiry.')).toEqual([
      [64, 'Orsk Rights Office', []],
    ]);
    // A place described so is no source.
    expect(sources('Protests went on in the port, which has seen 40 deaths.')).toEqual([[40, null, []]]);
    // A body a participle tells of is the antecedent, not the agent that made it; a document's maker is.
    expect(sources('The toll is lower than that of a review board appointed by the mayor, which counted 31 dead.')).toEqual([[31, 'review board', []]]);
    expect(sources('The toll is lower than a tally kept by the Orsk Rights Office, which counted 31 dead.')).toEqual([[31, 'Orsk Rights Office', []]]);
  });

  it("gives a facility's intake to whoever tells of it (intake subjects yield)", () => {
    expect(sources('The city morgue received 23 bodies, a mortuary worker said.')).toEqual([[23, 'mortuary worker', []]]);
    expect(sources('Nurses told the Orsk Rights Office that the district hospital treated dozens of people for gunshot wounds.')).toEqual([[12, 'Nurses', []]]);
    // With no one else telling of it, the facility stays the source.
    expect(sources('The district hospital said it had treated 37 people.')).toEqual([[37, 'district hospital', []]]);
  });

  it('reads "the governor" as a person whose stated role is another no more than a new source', () => {
    const text = 'Orsk Watch researcher Lena Dace said the raids were brutal. The provincial governor said 6 people had died.';
    expect(sources(text)).toEqual([[6, 'provincial governor', []]]);
    // A person named with that role is still the one meant.
    expect(sources('Governor Ivo Brandt toured the city. The governor said 6 people had died.')).toEqual([[6, 'Ivo Brandt', []]]);
  });

  it('reads no victims in those a figure is credited to ("according to three officials")', () => {
    expect(
      extract({ text: 'Some 410 people died, according to three officials at the interior ministry.', published: '2023-01-01' }).claims.map((c) => c.estimate),
    ).toEqual([410]);
  });

  it('merges a figure named again as a count given before ("the 410 toll")', () => {
    const text = 'Some 410 people died, officials said.\n\nThe 410 toll is far above what rights groups have documented.';
    expect(extract({ text, published: '2023-01-01' }).claims.map((c) => [c.estimate, c.qualifier])).toEqual([[410, 'about']]);
  });

  it('reads no source in adverbs, contact clauses, datelines or outlets told', () => {
    expect(sources('The authorities have only ever acknowledged seven deaths.')).toEqual([[7, 'authorities', []]]);
    expect(sources('A coalition of 14 rights groups says soldiers killed at least 23 people, more than double the figure the army has acknowledged.')).toEqual([
      [23, 'coalition of 14 rights groups', []],
    ]);
    const text = 'ORSK, Velmaria (AP) \u2014 Ana Ruiz, head of the Velmar Rights League, told AFP that the organisation had confirmed eight deaths.';
    expect(extract({ text, published: '2023-01-01' }).claims[0]!.source?.name).not.toMatch(/ORSK|AFP/);
  });

  it('reads the label of a bulleted list line as its source, without its aside or relay', () => {
    const text = [
      'Other counts are far higher:',
      '* Velmar Rights League: at least 212 killed',
      '* Orsk Watch (Oslo-based): at least 230 documented deaths',
    ].join('\n');
    expect(sources(text).map(([n, s]) => [n, s])).toEqual([
      [212, 'Velmar Rights League'],
      [230, 'Orsk Watch'],
    ]);
  });

  it('reads a body\'s relative clause opened by "that", no month as a source, and a body cited by description then named', () => {
    expect(sources("The medics' committee that has tracked casualties since December says 31 people were killed.")).toEqual([[31, "medics' committee", []]]);
    const text =
      'Soldiers fired on marchers, killing at least four people, according to a medical group linked to the opposition.\n\nThe Velmar Doctors Union said the four were shot in the market.';
    expect(sources(text)[0]!.slice(0, 2)).toEqual([4, 'Velmar Doctors Union']);
  });

  it('reads a day that names what a person leads as part of their role ("the Friday prayer leader")', () => {
    expect(sources('In the port, the Friday prayer leader said in a sermon that about 150 rioters had been rounded up.')).toEqual([
      [150, 'Friday prayer leader', []],
    ]);
  });

  it('gives a list\'s lines to its compiler, after a colon or "the following figures", past a short heading', () => {
    const text = [
      'The statistics unit of the Orsk Rights League has compiled the following figures for March.',
      'Protests (1\u201331 March)',
      '- Killed: at least 96, including 11 under the age of 18',
      '- Arrested: at least 2,040',
    ].join('\n');
    expect(sources(text).map(([n, s]) => [n, s])).toEqual([
      [96, 'statistics unit of the Orsk Rights League'],
      [11, 'statistics unit of the Orsk Rights League'],
      [2040, 'statistics unit of the Orsk Rights League'],
    ]);
    const compiled = ['Local count, as compiled by the Velmar Doctors Union:', '- Port district: 31 named dead', '- Old town: 12'].join('\n');
    expect(sources(compiled).map(([n, s]) => [n, s])).toEqual([
      [31, 'Velmar Doctors Union'],
      [12, 'Velmar Doctors Union'],
    ]);
  });

  it('names people of an office with their office ("officials at the interior ministry")', () => {
    expect(sources('Officials at the interior ministry said 12 people were killed.')).toEqual([[12, 'Officials at the interior ministry', []]]);
    // People at a place or a facility are the people.
    expect(sources('Officials in the capital said 12 people died.')).toEqual([[12, 'Officials', []]]);
  });

  it("keeps a role's complement and drops a participle that describes the speaker", () => {
    expect(sources('In the north, the deputy governor-general for security affairs said that four people died.')).toEqual([
      [4, 'deputy governor-general for security affairs', []],
    ]);
    expect(sources('Up to 90 people were killed, according to a local official briefed on the raid.')).toEqual([[90, 'local official', []]]);
    // A spokesman for a body speaks as the body.
    expect(sources('Two officers were hurt, a spokesman for the city police said.')[0]![1]).not.toMatch(/spokesman for/);
  });

  it('reads "she" as the person who spoke, not the author of a document named since', () => {
    const text =
      "The ombudsman's office said five people had died. Interior Minister Ana Ruiz disputed the ombudsman's count. Speaking to reporters, she said the government could confirm only two deaths.";
    expect(sources(text).map(([n, s]) => [n, s])).toEqual([
      [5, "ombudsman's office"],
      [2, 'Ana Ruiz'],
    ]);
  });

  it('reads "by the team\'s count" as the team named before, with all its words', () => {
    const text =
      "Gunmen shot dead at least eight people across Dorvo on Friday, according to a volunteer rescue team. By the rescue team's count, 12 people were hurt there this week.";
    expect(sources(text).map(([n, s]) => [n, s])).toEqual([
      [8, 'volunteer rescue team'],
      [12, 'volunteer rescue team'],
    ]);
  });

  it('reads "His office" opening a sentence as the office named before that its holder heads', () => {
    const text =
      "The Public Defender's Office gave its own figures: five dead. Public Defender Ilse Marten said four of the five deaths were in the north. His office has also registered seven people as missing.";
    expect(sources(text).map(([n, s]) => [n, s])).toEqual([
      [5, "Public Defender's Office"],
      [4, expect.stringContaining('Ilse Marten')],
      [7, "Public Defender's Office"],
    ]);
  });

  it('gives what "three of them" say to the group "them" refers to', () => {
    const text =
      'Former detainees interviewed by the Velmar Rights Network described beatings in the trucks. Three of them told researchers that they saw at least four fellow prisoners die on the way.';
    expect(sources(text).map(([n, s]) => [n, s])).toEqual([[4, 'Former detainees']]);
  });

  it('reads the subject of "puts the number at" past a relative clause a preposition opens', () => {
    const text = 'The health ministry says seven people have died. The opposition Velmar Union (VU), to which the victims belonged, puts the number at 15.';
    expect(sources(text).map(([n, s]) => [n, s])).toEqual([
      [7, 'health ministry'],
      [15, 'Velmar Union'],
    ]);
  });

  it('gives a figure to the author of the toll it raises ("raising the toll compiled by the rights league to nine")', () => {
    const text =
      'Police detained 37 activists, the party says. A boy wounded on Monday died in hospital, raising the toll compiled by the Orsk Rights League to nine.';
    expect(sources(text).map(([n, s]) => [n, s])).toContainEqual([9, 'Orsk Rights League']);
  });
});
