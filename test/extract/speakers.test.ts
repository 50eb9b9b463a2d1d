import { describe, expect, it } from 'vitest';
import { collectMentions, resolveAnaphor } from '../../src/extract/speakers.js';
import { tokenize } from '../../src/extract/tokens.js';

const mentionsOf = (text: string) => collectMentions(text, 0, tokenize(text));

describe('speaker mentions', () => {
  it('finds people with their title or appositive role, and organisations with their acronym', () => {
    const m = mentionsOf('Mayor Tomas Berg met the Federation of Mine Workers (FMW) on Friday.');
    expect(m.find((x) => x.kind === 'person')).toMatchObject({ name: 'Tomas Berg', role: 'Mayor' });
    expect(m.find((x) => x.kind === 'org')).toMatchObject({ name: 'Federation of Mine Workers', alias: 'FMW' });
    // A short name of two words, one in capitals, in brackets after a body's name is its alias, no body of its own.
    expect(mentionsOf('The National Commission on Civil Liberties (Kompas SIPIL) met on Friday.')).toMatchObject([
      { name: 'National Commission on Civil Liberties', kind: 'org', alias: 'Kompas SIPIL' },
    ]);
    expect(mentionsOf('Lina Haddad, a surgeon at the central clinic, was there.')[0]).toMatchObject({
      name: 'Lina Haddad',
      kind: 'person',
      role: 'surgeon at the central clinic',
    });
  });

  it('ends a titled name before the "of" that says where the person serves', () => {
    expect(mentionsOf('Judge Petra Voss of the Orsk regional court read the verdict.')[0]).toMatchObject({ name: 'Petra Voss', kind: 'person', role: 'Judge' });
    // (A title that governs a complement keeps it.)
    expect(mentionsOf('Minister of Internal Affairs Petra Lom spoke.')[0]).toMatchObject({ name: 'Petra Lom', role: 'Minister of Internal Affairs' });
  });

  it("reads a body's name that closes on a plural noun of people after a title word as the body's, no person's", () => {
    expect(mentionsOf('The Association of Defence Lawyers visited every station.')[0]).toMatchObject({
      name: 'Association of Defence Lawyers',
      kind: 'org',
    });
  });

  it("takes no time zone after a clock time, listed or not, nor a page's section label naming a place, for a body", () => {
    expect(mentionsOf('Published 3 May 2025, 09:40 WIB | Updated 3 May 2025, 4 pm ICT')).toEqual([]);
    expect(mentionsOf('MALAWI')).toEqual([]);
    // (A body's acronym is one still.)
    expect(mentionsOf('The OHCHR released data.')[0]).toMatchObject({ name: 'OHCHR', kind: 'org' });
  });

  it("takes no run with a possessive inside for a person's name, and a name an apposition calls a body for a body", () => {
    expect(mentionsOf("Violence swept Velmar's Eastern coast last month.").some((m) => m.kind === 'person')).toBe(false);
    expect(mentionsOf('The count is by the Orsk Platform, a coalition of civil society groups.')[0]).toMatchObject({
      name: 'Orsk Platform',
      kind: 'org',
      role: 'coalition of civil society groups',
    });
    // With "the", a head a clause follows ("the Italian charity that runs …"); ", the group said" is who speaks.
    expect(mentionsOf('Relief, the Norwegian charity that runs the clinic, says it treated 60 people.')[0]).toMatchObject({ name: 'Relief', kind: 'org' });
    expect(mentionsOf('Protests spread to Orr and Tessa, the group said.').some((m) => m.kind === 'org' && m.name === 'Orr and Tessa')).toBe(false);
    // Said of a person, the apposition leaves a person.
    expect(mentionsOf('The count is by Lina Haddad, a member of the coalition.')[0]).toMatchObject({ name: 'Lina Haddad', kind: 'person' });
  });

  it('reads a title of several words before a name, even an organisation word ("Spokesman")', () => {
    expect(mentionsOf('Deputy Minister of Defence Lena Okafor spoke.')[0]).toMatchObject({
      name: 'Lena Okafor',
      kind: 'person',
      role: 'Deputy Minister of Defence',
    });
    expect(mentionsOf('Spokesman Idris Kane said more.')[0]).toMatchObject({ name: 'Idris Kane', kind: 'person' });
  });

  it('takes no name with an acronym beside it for a person, so "he" is the person before it', () => {
    const text = 'The spokesman, Abdi Farah, told the RTV Somali service.';
    const m = mentionsOf(text);
    expect(m.filter((x) => x.kind === 'person').map((x) => x.name)).toEqual(['Abdi Farah']);
    expect(resolveAnaphor('he', text.length, m, [])).toBe('Abdi Farah');
  });

  it('refers "the party" to a body headed by a party\u2019s noun and "the company" to one named with a company\u2019s legal form', () => {
    const party = 'Police raided the offices of the Alliance for Civic Renewal on Friday.';
    expect(resolveAnaphor('the party', party.length, mentionsOf(party), [])).toBe('Alliance for Civic Renewal');
    const company = 'The shaft is run by Orsk Copper Mining Ltd. and employs 900 people.';
    expect(resolveAnaphor('the company', company.length, mentionsOf(company), [])).toBe('Orsk Copper Mining Ltd');
  });

  it('says a person\u2019s sex where a title, a pronoun of theirs or their role does, and "he" and "she" agree with it', () => {
    const text = 'Ms Ilse Varga spoke. Tomas Orr, who said he was tired, spoke. Dana Pell, the mother of a student, spoke.';
    const m = mentionsOf(text);
    expect(m.filter((x) => x.kind === 'person').map((x) => [x.name, x.gender])).toEqual([
      ['Ilse Varga', 'female'],
      ['Tomas Orr', 'male'],
      ['Dana Pell', 'female'],
    ]);
    const two = 'Ms Ilse Varga spoke. Tomas Orr, who said he was tired, spoke.';
    expect(resolveAnaphor('she', two.length, mentionsOf(two), [])).toBe('Ilse Varga');
    expect(resolveAnaphor('he', two.length, mentionsOf(two), [])).toBe('Tomas Orr');
    // (A clause read as a role says nothing of the person: "had lost her house".)
    expect(mentionsOf('Her cousin, Hana Ruz, had lost her house in May.')[0]).toMatchObject({ name: 'Hana Ruz', gender: 'female' });
    // A name a body's head follows is the body's.
    expect(mentionsOf('Lina Osei leads the Green Workers party.').map((x) => [x.name, x.kind])).toEqual([
      ['Lina Osei', 'person'],
      ['Green Workers', 'org'],
    ]);
  });

  it('reads a region the acronym after it spells with a body\u2019s words as part of the body\u2019s name', () => {
    expect(mentionsOf('The Alliance for Rural Justice in East Africa (ARJEA) met on Friday.').filter((m) => m.kind === 'org')).toMatchObject([
      { name: 'Alliance for Rural Justice in East Africa', alias: 'ARJEA' },
    ]);
    // (A country after "in" stays out of the name, as before.)
    expect(mentionsOf('The Union of Mine Workers in Kenya (UMWK) met on Friday.').find((m) => m.alias === 'UMWK')).toMatchObject({
      name: 'Union of Mine Workers',
    });
  });

  it('reads a body described in lower case before its acronym in brackets as that body, known by the acronym', () => {
    const relief = mentionsOf('The UN relief office (OCHA) said more.');
    expect(relief.find((m) => m.alias === 'OCHA')).toMatchObject({ name: 'UN relief office', kind: 'org' });
    // (The acronym is no body of its own.)
    expect(relief.some((m) => m.name === 'OCHA')).toBe(false);
    expect(mentionsOf("Then Velmar's national police service (NPS) spoke.").find((m) => m.alias === 'NPS')).toMatchObject({
      name: "Velmar's national police service",
      kind: 'org',
    });
  });

  it('never takes a place, a people or a day for a person, so "he" cannot refer to one', () => {
    const text = 'Mayor Tomas Berg spoke after the bombings in New Zealand on Easter Sunday.';
    const m = mentionsOf(text);
    expect(m.filter((x) => x.kind === 'person').map((x) => x.name)).toEqual(['Tomas Berg']);
    expect(resolveAnaphor('he', text.length, m, [])).toBe('Tomas Berg');
  });

  it('leaves a preposition or subordinator opening the sentence out of the name (mention-opener)', () => {
    expect(mentionsOf('After the Water Ministry revised its count, the toll fell.').map((x) => x.name)).toEqual(['Water Ministry']);
    expect(mentionsOf('Since the Relief Network (CRN) began counting, more died.')[0]).toMatchObject({ name: 'Relief Network', alias: 'CRN' });
    // An acronym after the country closing a body's name is the body's; the country is no body.
    expect(mentionsOf('The Union of Rights Monitors in South Sudan (URMS) said so.')).toMatchObject([
      { name: 'Union of Rights Monitors', kind: 'org', alias: 'URMS' },
    ]);
    expect(mentionsOf('According to the Harbour Aid Society, more died.').map((x) => x.name)).toEqual(['Harbour Aid Society']);
    // A name that reads as a person's is a body's after a body's noun.
    expect(mentionsOf('The count comes from the relief group Free Velm Rangers, it said.')).toMatchObject([{ name: 'Free Velm Rangers', kind: 'org' }]);
    // A name that reads as a person's, with an acronym in capitals after it, is a body's.
    expect(mentionsOf('The count comes from the rights group Odhikar Salish Kendra (OSK), it said.')).toMatchObject([
      { name: 'Odhikar Salish Kendra', kind: 'org', alias: 'OSK' },
    ]);
    expect(mentionsOf('When Mayor Tomas Berg spoke, more died.')[0]).toMatchObject({ name: 'Tomas Berg', role: 'Mayor' });
  });

  it('leaves an opening article and a possessive out of the name', () => {
    expect(mentionsOf('The OCHA office opened.').map((x) => x.name)).toContain('OCHA');
    expect(mentionsOf("Yes, Maria Lopez's party won.").map((x) => x.name)).toContain('Maria Lopez');
  });
});

describe('resolving references back', () => {
  const text = 'Colonel Idris Kane spoke first. Then the Coastal Relief Network (CRN) released its count.';
  const mentions = mentionsOf(text);

  it('resolves "he" to the last person and "the network" to the organisation with that head', () => {
    expect(resolveAnaphor('he', text.length, mentions, [])).toBe('Idris Kane');
    expect(resolveAnaphor('the network', text.length, mentions, [])).toBe('Coastal Relief Network');
    expect(resolveAnaphor('the group', text.length, mentions, [])).toBe('Coastal Relief Network');
  });

  it('takes a description whose modifiers the name lacks for another body ("the municipal relief network")', () => {
    const office = 'Ten were hurt, according to the Provincial Health Office.';
    expect(resolveAnaphor('the municipal welfare office', office.length, mentionsOf(office), [])).toBeNull();
    expect(resolveAnaphor('footage reviewed by the office', office.length, mentionsOf(office), [])).toBe('Provincial Health Office');
  });

  it('resolves a role to a person who spoke before, "they" to the last source that is no person', () => {
    const sources = [
      { name: 'Idris Kane', start: 0, entity: { kind: 'person' } },
      { name: 'Coastal Relief Network', start: 40, entity: { kind: 'organisation' } },
    ];
    expect(resolveAnaphor('the spokesman', text.length, mentions, sources)).toBe('Idris Kane');
    expect(resolveAnaphor('they', text.length, mentions, sources)).toBe('Coastal Relief Network');
  });

  it('does not resolve a description that names something new, or a mention after the point', () => {
    expect(resolveAnaphor('the Health Ministry', text.length, mentions, [])).toBeNull();
    expect(resolveAnaphor('he', 5, mentions, [])).toBeNull();
  });
});
