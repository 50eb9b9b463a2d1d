import { describe, expect, it } from 'vitest';
import { countryOf, forgetSourceEntities, sourceEntity } from '../../src/extract/entities.js';
import { extract } from '../../src/extract/index.js';

describe('source entities', () => {
  it('splits a role from a name in apposition', () => {
    expect(sourceEntity('Veteran Chilean senator Ana Rojas Vidal')).toMatchObject({
      name: 'Ana Rojas Vidal',
      kind: 'person',
      role: 'Veteran Chilean senator',
      country: 'CL',
    });
    expect(sourceEntity('the regional newspaper Northern Echo')).toMatchObject({ name: 'Northern Echo', kind: 'outlet', role: 'regional newspaper' });
    // What a named body compiled its figures from is no part of its name.
    expect(sourceEntity('a tally compiled by ORM from police statements and court records')).toMatchObject({ name: 'ORM' });
    // A particle hyphened to a name word is part of a person's name.
    expect(sourceEntity('Committee spokesman Yasser al-Tamimi')).toMatchObject({ name: 'Yasser al-Tamimi', kind: 'person', role: 'Committee spokesman' });
    expect(sourceEntity('the monitoring group Syrian Observatory for Human Rights')).toMatchObject({
      name: 'Syrian Observatory for Human Rights',
      kind: 'organisation',
    });
  });

  it('keeps a title as the role', () => {
    expect(sourceEntity('Governor Lena Marsh')).toMatchObject({ name: 'Lena Marsh', kind: 'person', role: 'Governor' });
  });

  it('reads a hyphened title whose parts are titles or roles as a title ("Secretary-General", "Prosecutor-General")', () => {
    expect(sourceEntity('Prosecutor-General Ivo Brandt')).toMatchObject({ name: 'Ivo Brandt', kind: 'person', role: 'Prosecutor-General' });
    const claims = extract({ text: 'Director-General Ana Ruiz said 80 people had died.' }).claims;
    expect(claims.map((c) => [c.source?.name, c.source?.role])).toEqual([['Ana Ruiz', 'Director-General']]);
  });

  it('tells offices, groups, outlets and documents apart', () => {
    expect(sourceEntity("Kenya's interior ministry")).toMatchObject({ kind: 'office', country: 'KE' });
    expect(sourceEntity('local activists')).toMatchObject({ name: 'local activists', kind: 'group' });
    expect(sourceEntity('eyewitnesses')?.kind ?? 'group').toBe('group');
    expect(sourceEntity('The Morning Herald')).toMatchObject({ kind: 'outlet' });
    expect(sourceEntity('a hospital official')).toMatchObject({ kind: 'person' });
    // An office named by whose it is is the office, not its holder.
    expect(sourceEntity('the office of the provincial governor')).toMatchObject({ kind: 'office' });
    expect(sourceEntity('the provincial governor')).toMatchObject({ kind: 'person' });
    // A capitalised role before "of" is its holder; a capitalised office is the office.
    expect(sourceEntity('the Minister of Water Affairs')).toMatchObject({ kind: 'person' });
    expect(sourceEntity('the Ministry of Water Affairs')?.kind).not.toBe('person');
    // People at a facility, the capital that opens a sentence aside: several people, not a body.
    expect(sourceEntity('Doctors at the Velmar General Hospital')).toMatchObject({ kind: 'group' });
    // A plural noun of people capitalised as a sentence opens is several people; a surname is one.
    expect(sourceEntity('Elders')).toMatchObject({ kind: 'group' });
    expect(sourceEntity('Survivors')).toMatchObject({ kind: 'group' });
    expect(sourceEntity('Khan')).toMatchObject({ kind: 'person' });
    // A title opened by another language's article is no person's name.
    expect(sourceEntity('Le Monde')?.kind).not.toBe('person');
    expect(sourceEntity('El País')?.kind).not.toBe('person');
    expect(sourceEntity('Marine Le Pen')).toMatchObject({ kind: 'person' });
    // A command's post named in capitals is a body of the state; a police post in lower case is a place.
    expect(sourceEntity('the State of Emergency Command Post')).toMatchObject({ name: 'State of Emergency Command Post', kind: 'office' });
    expect(sourceEntity('a police post')).toBeNull();
    expect(sourceEntity('The Kessel Post')).toMatchObject({ kind: 'outlet' });
    // An event noun before a body's noun names the body; before anything else it is an event.
    expect(sourceEntity('the national strike committee')).toMatchObject({ name: 'national strike committee', kind: 'organisation' });
    expect(sourceEntity('the protest committee')).toMatchObject({ kind: 'organisation' });
    expect(sourceEntity('attack one source')).toBeNull();
    // The staff of a body the report names speak for it; a person's, a country's or a hospital ward's do not.
    expect(sourceEntity("UNHCR's emergency teams")).toMatchObject({ name: 'UNHCR', kind: 'organisation', role: 'emergency teams' });
    expect(sourceEntity('MSF doctors')).toMatchObject({ name: 'MSF', kind: 'organisation', role: 'doctors' });
    expect(sourceEntity('Kenyan doctors')).toMatchObject({ name: 'Kenyan doctors' });
    expect(sourceEntity('Hospital staff')).toMatchObject({ name: 'Hospital staff' });
    expect(sourceEntity("Maria Lopez's lawyers")?.name).not.toBe('Maria Lopez');
    // The outlet's own staff after the noun a contact clause describes are no source; a name with "Our" in it is one.
    expect(sourceEntity('crowd our reporter')).toBeNull();
    // A capitalised body's name may close on an event noun; an event's name without a body's word stays an event.
    expect(sourceEntity('The Commission for Missing Persons and Victims of Violence (KontraS)')).toMatchObject({
      name: 'Commission for Missing Persons and Victims of Violence',
      alias: 'KontraS',
    });
    expect(sourceEntity('The Harbour Road bombing')).toBeNull();
    // After a title, a word that names a people is a person's name, of no country.
    expect(sourceEntity('Dr Danish')).toMatchObject({ name: 'Danish', kind: 'person', role: 'Dr', country: null });
    expect(sourceEntity('Danish')).toBeNull();
    expect(sourceEntity('Head of Our Lady Hospital')).not.toBeNull();
    // A lower-case phrase whose head before "of"/"for" names no source is a cause or a manner, no one; a body's or people's head is one.
    expect(sourceEntity('fear of dismissal')).toBeNull();
    expect(sourceEntity('terms of anonymity')).toBeNull();
    expect(sourceEntity('alliance of village councils')).not.toBeNull();
    expect(sourceEntity('relatives of the missing')).not.toBeNull();
  });

  it('reads the author of a document', () => {
    expect(sourceEntity('data from the health ministry')).toMatchObject({ name: 'health ministry', kind: 'office' });
    expect(sourceEntity('the most recent WHO figures')).toMatchObject({ name: 'WHO' });
    expect(sourceEntity('accounts gathered by Human Rights Watch')?.name).toBe('Human Rights Watch');
    // Any participle between the document and "by": "kept", "drawn up".
    expect(sourceEntity('a tally kept by the state home department')?.name).toBe('state home department');
    expect(sourceEntity('a list drawn up by the ministry')?.name).toBe('ministry');
  });

  it('takes a country from a possessive or a demonym', () => {
    expect(sourceEntity("Nigeria's Daily Trust")).toMatchObject({ name: 'Daily Trust', country: 'NG' });
    expect(sourceEntity('Peruvian police')).toMatchObject({ country: 'PE' });
    expect(countryOf('Ukrainian')).toBe('UA');
    expect(countryOf('U.K.')).toBe('GB');
    // Demonyms no suffix derives, as source naming reads them.
    expect(countryOf('French')).toBe('FR');
    expect(countryOf('Norwegian')).toBe('NO');
    expect(sourceEntity('the Dutch foreign ministry')).toMatchObject({ country: 'NL' });
    expect(countryOf('Hospital')).toBeNull();
  });

  it('is nothing for times, adverbs, fragments, harm nouns and bare places', () => {
    for (const phrase of ['Tuesday', 'so far', 'previously', 'lifted its', 'credible', 'injuries', 'the dead', 'Nairobi', 'not yet', 'earlier this week']) {
      expect(sourceEntity(phrase), phrase).toBeNull();
    }
  });

  it('is nothing for a common-noun phrase capitalised only as its sentence opens, unless a noun of a teller or a service heads it', () => {
    for (const phrase of ['Road blockades', 'Power cuts']) expect(sourceEntity(phrase), phrase).toBeNull();
    for (const phrase of ['Civil protection', 'Rescue workers', 'Kessel hospital', "Velmar's embassy", 'Nabil al-Samei'])
      expect(sourceEntity(phrase), phrase).not.toBeNull();
  });
});

describe('source phrases read once per document', () => {
  it('gives each caller its own copy of a phrase read before', () => {
    const first = sourceEntity('the Lorvian health ministry')!;
    first.name = 'changed';
    first.role = 'changed';
    const again = sourceEntity('the Lorvian health ministry')!;
    expect(again.name).not.toBe('changed');
    expect(again.role).not.toBe('changed');
    forgetSourceEntities();
    expect(sourceEntity('the Lorvian health ministry')).toEqual(again);
  });
});
