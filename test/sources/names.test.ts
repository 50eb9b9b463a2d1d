import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  countryName,
  DEFAULT_RELIABILITY,
  guessSourceKind,
  normaliseSource,
  parseSourceName,
  sameName,
  samePerson,
  sameSource,
  SourceResolver,
  stripApposition,
} from '../../src/sources/index.js';
import { nameIndexKeys, nameProbeKeys } from '../../src/sources/names.js';
import { sharedCorpusFile } from '../shared-corpus.js';

describe('source names', () => {
  it('normalises case, articles, titles, possessive scope and apposition', () => {
    expect(normaliseSource('The Health Ministry')).toBe('health ministry');
    expect(normaliseSource('Dr. Ali Karimi')).toBe('ali karimi');
    expect(normaliseSource('President Trump')).toBe('trump');
    expect(normaliseSource("the country's Health Ministry")).toBe('health ministry');
    expect(stripApposition('Senior Iranian lawmaker Mojtaba Zolnour')).toBe('Mojtaba Zolnour');
    expect(stripApposition('Mojtaba Zolnour, a senior lawmaker')).toBe('Mojtaba Zolnour');
    // A body's name is not a role and a name.
    expect(stripApposition('Interior Ministry spokesman')).toBe('Interior Ministry spokesman');
    expect(sameSource('Senior Iranian lawmaker Mojtaba Zolnour', 'Mojtaba Zolnour')).toBe(true);
  });

  it("names a country by its short common name where its formal one holds it, and by no other country's", () => {
    expect(countryName('TZ')).toBe('Tanzania');
    expect(countryName('US')).toBe('United States');
    expect(countryName('KZ')).toBe('Kazakhstan');
    expect(countryName('CD')).toBe('Democratic Republic of the Congo');
    expect(countryName('AG')).toBe('Antigua and Barbuda');
  });

  it('reads the country a name gives, by possessive, demonym or "of"', () => {
    expect(parseSourceName("Kazakhstan's interior ministry")).toMatchObject({ base: 'interior ministry', country: 'KZ', office: true });
    expect(parseSourceName('Iraqi Interior Ministry')).toMatchObject({ base: 'interior ministry', country: 'IQ', office: true });
    expect(parseSourceName('the Interior Ministry of Iraq')).toMatchObject({ base: 'interior ministry', country: 'IQ' });
    // An opposition council naming a country is not that state's office.
    expect(parseSourceName('National Council of Resistance of Iran')).toMatchObject({ office: false });
  });

  it('merges an office named with its country and without, and keeps a word before an office', () => {
    expect(sameSource("Kenya's justice ministry", 'justice ministry')).toBe(true);
    expect(sameSource('Justice Ministry', 'justice ministry')).toBe(true);
    expect(sameSource("Kenya's justice ministry", "Uganda's justice ministry")).toBe(false);
    expect(sameSource('Justice Ministry', 'Interior Ministry')).toBe(false);
    expect(sameSource('Chilean civil defence', 'civil defence')).toBe(true);
    expect(sameSource('Justice Amina Odhiambo', 'Amina Odhiambo')).toBe(true);
  });

  // Abbreviated words of a name fold ("govt", "UN"); a city's police is one however it is worded.
  it.each([
    ['KV govt', 'Kessel Valley government', true],
    ['UN rights office', 'United Nations human rights office', true],
    ['U.N. refugee agency', 'United Nations refugee agency', true],
    ['UN rights office', 'UNICEF', false],
    ['Police in Orr', 'Orr police', true],
    ['Orr police', 'Orr Metropolitan Police', true],
  ] as const)('sameSource(%s, %s) is %s', (a, b, same) => {
    expect(sameSource(a, b)).toBe(same);
  });

  it('merges acronyms and short forms', () => {
    expect(sameSource('HRW', 'Human Rights Watch')).toBe(true);
    expect(sameSource('Amnesty', 'Amnesty International')).toBe(true);
    expect(sameSource('OHCHR', 'Office of the High Commissioner for Human Rights')).toBe(true);
    expect(sameSource('NCRI', 'National Council of Resistance of Iran')).toBe(true);
    expect(sameSource('Amnesty International', 'Human Rights Watch')).toBe(false);
  });

  it('leaves the articles and prepositions of French, Spanish and Portuguese names out of their acronyms', () => {
    expect(sameSource('OVDP', 'Observatoire Velmarien des Droits du Peuple')).toBe(true);
    expect(sameSource('CNDH', 'Comisión Nacional de los Derechos Humanos')).toBe(true);
    expect(sameSource('CVDH', 'Centro Velmarense de Derechos Humanos')).toBe(true);
    expect(sameSource('OVDP', 'Observatoire Velmarien des Droits de la Presse')).toBe(true);
  });

  it('merges a name in another word order, and a name beside the acronym of the rest', () => {
    expect(sameSource('National Institute for Human Rights', 'National Human Rights Institute')).toBe(true);
    // People at a facility, named either way round.
    expect(sameSource('officials at the city morgue', 'city morgue officials')).toBe(true);
    expect(sameSource('HRC Harbour', 'Harbour Human Rights Centre')).toBe(true);
    expect(sameSource('UN Security Council', 'UN Human Rights Council')).toBe(false);
    expect(sameSource('HRC Harbour', 'HRC Valley')).toBe(false);
  });

  it("never merges one country's office with another's", () => {
    expect(sameSource("Kazakhstan's interior ministry", 'Iraqi Interior Ministry')).toBe(false);
    expect(sameSource("Iraq's interior ministry", 'Iraqi Interior Ministry')).toBe(true);
  });

  it('merges one body whose country is named by demonym or by name, a name of several words too', () => {
    expect(sameSource('Belarusian Interior Ministry', 'Belarus Interior Ministry')).toBe(true);
    expect(sameSource('Sri Lankan authorities', 'Sri Lanka authorities')).toBe(true);
    expect(parseSourceName('South African police')).toMatchObject({ base: 'police', country: 'ZA' });
    expect(sameSource('Belarusian Interior Ministry', 'Belarusian Health Ministry')).toBe(false);
    expect(sameSource('Sri Lankan police', 'Kenyan police')).toBe(false);
    expect(sameSource('Sudan health ministry', 'Sudanese Ministry of Health')).toBe(true);
    expect(sameSource('Sudan health ministry', 'Sudanese Interior Ministry')).toBe(false);
  });

  it('reads where a source is based as a place after it', () => {
    expect(sameSource('Orr-based independent researcher', 'independent researcher in Orr')).toBe(true);
    expect(sameSource('independent researcher based in Orr', 'Orr-based independent researcher')).toBe(true);
    expect(sameSource('Orr-based researcher', 'Lemba-based researcher')).toBe(false);
  });

  it('folds British and American spelling and the wordings of one office', () => {
    expect(sameSource('Kenyan Ministry of Internal Affairs', 'Kenya Interior Ministry')).toBe(true);
    expect(sameSource('Ministry of the Interior', 'Home Ministry')).toBe(true);
    expect(sameSource('Ministry of Home Affairs', 'Interior Ministry')).toBe(true);
    expect(sameSource('Lakeside Legal Aid Center', 'Lakeside Legal Aid Centre')).toBe(true);
    expect(sameSource('Ministry of Defense', 'Defence Ministry')).toBe(true);
    expect(sameSource('World Health Organization', 'World Health Organisation')).toBe(true);
    expect(sameSource('Interior Ministry', 'Defence Ministry')).toBe(false);
    expect(sameSource('Kenyan Ministry of Internal Affairs', 'Ugandan Interior Ministry')).toBe(false);
  });

  it('reads a state office named in Spanish, Portuguese or French as its English title, and accents as spelling', () => {
    expect(sameSource('Defensoría del Pueblo', "the Ombudsman's Office")).toBe(true);
    expect(sameSource('Defensor do Povo', 'Ombudsperson’s Office')).toBe(true);
    expect(sameSource('Fiscalía General de la República', "Attorney General's Office")).toBe(true);
    expect(sameSource('Procuradoria-Geral da República', "Prosecutor General's Office")).toBe(true);
    expect(sameSource('Ministerio de Salud', 'Ministry of Health')).toBe(true);
    expect(sameSource('Ministério da Defesa', 'Defence Ministry')).toBe(true);
    expect(sameSource('Policía Nacional', 'National Police')).toBe(true);
    expect(sameSource('Defensoría del Pueblo', 'Fiscalía de la Nación')).toBe(false);
    // An office is its holder's.
    expect(sameSource('Defensoría del Pueblo', 'human rights ombudsman')).toBe(true);
    expect(sameSource('Ruritanian prosecutors', "the Public Prosecutor's Office")).toBe(true);
    expect(sameSource('prosecutors', 'ombudsman')).toBe(false);
    expect(sameSource('Ministerio de Salud', 'Ministry of Defence')).toBe(false);
    expect(sameSource('Lucía Méndez', 'Lucia Mendez')).toBe(true);
  });

  it('reads an acronym that leaves out a closing generic head', () => {
    expect(sameSource('CRED', 'Coastal Relief and Emergency Data Project')).toBe(true);
    expect(sameSource('CRED', 'Coastal Relief and Emergency Data Centre')).toBe(false);
  });

  it("keeps an office named by its holder apart from another holder's", () => {
    expect(sameSource("the Ombudsperson's Office", "Ombudsman's Office")).toBe(true);
    expect(sameSource("Ombudsman's Office", "Prosecutor's Office")).toBe(false);
    expect(sameSource("the Coroner's Office", 'Coroner')).toBe(true);
    // Scope is still dropped before a role: "the city's mayor" is "mayor".
    expect(normaliseSource("the city's mayor")).toBe('mayor');
  });

  it("merges a person's transliterations, and not near-miss names", () => {
    expect(sameSource('Zolnour', 'Mojtaba Zolnour')).toBe(true);
    expect(sameSource('Zolnouri', 'Mojtaba Zolnour')).toBe(true);
    expect(sameSource('Zonnour', 'Zolnour')).toBe(true);
    expect(sameSource('Mojtaba Zonnour', 'Mojtaba Zolnouri')).toBe(false); // two letters apart
    expect(sameSource('Hassan Rouhani', 'Hassan Rohani')).toBe(true);
    // Near misses: other people.
    expect(sameSource('Ali Khamenei', 'Ali Khomeini')).toBe(false);
    expect(sameSource('Maryam Rajavi', 'Massoud Rajavi')).toBe(false);
    expect(sameSource('Ali Ahmadi', 'Reza Ahmadi')).toBe(false);
    expect(sameSource('Karimi', 'Rahimi')).toBe(false);
    expect(sameSource('Ali Bali', 'Ali Baki')).toBe(false); // surnames under five letters
    // Only persons: organisations one letter apart stay apart.
    expect(samePerson('Human Rights Watch', 'Human Rights Match')).toBe(false);
  });

  it('guesses a kind and gives a default grade per type', () => {
    expect(guessSourceKind('Mojtaba Zolnour')).toBe('person');
    expect(guessSourceKind('Interior Ministry')).toBe('office');
    expect(guessSourceKind('activists')).toBe('group');
    expect(guessSourceKind('Amnesty International')).toBe('organisation');
    expect(guessSourceKind("the ministry's figures")).toBe('document');
    expect(guessSourceKind('reuters.com')).toBe('outlet');
    expect(DEFAULT_RELIABILITY).toEqual({ official: 'B', independent: 'B', media: 'C', opposition: 'D', unknown: 'F' });
  });
});

describe('SourceResolver', () => {
  it("qualifies an unqualified office by its document's country", () => {
    const r = new SourceResolver();
    const kz = r.keyOf('Interior Ministry', { documentCountry: 'KZ', id: 5 });
    const iq = r.keyOf('Iraqi Interior Ministry', { documentCountry: 'IQ', id: 3 });
    expect(r.keyOf("Kazakhstan's interior ministry", { documentCountry: 'KZ', id: 9 })).toBe(kz);
    expect(r.keyOf('interior ministry', { documentCountry: 'IQ', id: 7 })).toBe(iq);
    expect(kz).not.toBe(iq);
    // An office of an unknown country is not guessed into a known one.
    expect(r.keyOf('Interior Ministry', { documentCountry: null, id: 5 })).not.toBe(kz);
    expect(r.country(kz)).toBe('KZ');
  });

  it('keeps a display name stable: the first-stored name, whatever arrives later', () => {
    const r = new SourceResolver();
    const k = r.keyOf('Amnesty', { id: 4 });
    expect(r.keyOf('Amnesty International', { id: 10 })).toBe(k);
    expect(r.canonical(k)).toBe('Amnesty');
    const r2 = new SourceResolver();
    r2.keyOf('Amnesty International', { id: 10 });
    expect(r2.canonical(r2.keyOf('Amnesty', { id: 4 }))).toBe('Amnesty');
  });

  it("takes the analyst's name and aliases, and keeps split names apart", () => {
    const r = new SourceResolver([
      { name: 'Iran Human Rights', aliases: ['IHRNGO'] },
      { name: 'Mojtaba Zolnour', aliases: [], separate: ['Zonnour'] },
    ]);
    expect(r.keyOf('IHRNGO', { id: 1 })).toBe(r.keyOf('Iran Human Rights', { id: 2 }));
    expect(r.canonical(r.keyOf('IHRNGO'))).toBe('Iran Human Rights');
    const z = r.keyOf('Mojtaba Zolnour', { id: 3 });
    expect(r.keyOf('Zolnouri', { id: 4 })).toBe(z);
    expect(r.keyOf('Zonnour', { id: 5 })).not.toBe(z);
  });

  it('tells two sources of one name apart by their country', () => {
    const r = new SourceResolver();
    const kz = r.keyOf('Interior Ministry', { documentCountry: 'KZ', id: 1 });
    const iq = r.keyOf('Interior Ministry', { documentCountry: 'IQ', id: 1 });
    expect(r.canonical(kz)).toBe('Interior Ministry (Kazakhstan)');
    expect(r.canonical(iq)).toBe('Interior Ministry (Iraq)');
  });
});

describe('the index of names', () => {
  /** Source names of the gold corpora (when beside the repository) and of the cases above. */
  const names = new Set([
    'NCRI',
    'National Council of Resistance of Iran',
    'Amnesty',
    'Amnesty International',
    'HRW',
    'Human Rights Watch',
    'OHCHR',
    'U.N.',
    'UN',
    'Office of the High Commissioner for Human Rights',
    'Trump',
    'Donald Trump',
    'President Trump',
    'Zolnour',
    'Zolnouri',
    'Zonnour',
    'Mojtaba Zolnour',
    'senior Iranian lawmaker Mojtaba Zolnour',
    'Mojtaba Zolnour, a senior lawmaker',
    'Hassan Rouhani',
    'Hassan Rohani',
    'Rouhani',
    'Ali Khamenei',
    'Ali Khomeini',
    'Maryam Rajavi',
    'Massoud Rajavi',
    'Karimi',
    'Rahimi',
    'Dr. Ali Karimi',
    "Kazakhstan's interior ministry",
    'Iraqi Interior Ministry',
    'interior ministry',
    'the Health Ministry',
    "the country's Health Ministry",
    'Ministry of Health',
    'reuters.com',
    'document 12',
    'document 123',
    'Document Cloud',
    'of',
    'the',
  ]);
  for (const file of ['seed.jsonl', 'dev.jsonl', 'dev-2.jsonl', 'dev-3.jsonl']) {
    const path = sharedCorpusFile(file);
    if (!path) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      for (const c of (JSON.parse(line) as { claims?: Array<{ source?: string | { name?: string } | null }> }).claims ?? []) {
        const name = typeof c.source === 'string' ? c.source : c.source?.name;
        if (name) names.add(name);
      }
    }
  }

  it('files every spelling a name is the same name as under one of the keys it is looked up by', () => {
    const all = [...names];
    let same = 0;
    for (const a of all) {
      const filed = new Set(nameIndexKeys(a));
      for (const b of all) {
        if (!sameName(a, b)) continue;
        same++;
        const probe = nameProbeKeys(b);
        const found = probe.any.some((k) => filed.has(k)) || (probe.all.length > 0 && probe.all.every((k) => filed.has(k)));
        expect(found, `${b} looks ${a} up`).toBe(true);
      }
    }
    // More than each name with itself: acronyms, short forms and transliterations were tried.
    expect(same).toBeGreaterThan(all.length + 20);
  });
});
