import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { datelineNames, findPlaces, documentCountry } from '../../src/extract/places.js';
import { editDistance, foldName, getGazetteer, resolvePlace } from '../../src/places/gazetteer.js';
import { defaultCorpusFiles } from '../../src/eval/cli.js';

const corpus = defaultCorpusFiles().flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; text: string; claims: Array<{ place: string }> }),
);
const seed = corpus.find((d) => d.id.startsWith('seed'))!;

describe('gazetteer', () => {
  it('folds accents, case, apostrophes and the Arabic article', () => {
    expect(foldName('Ad Dīwānīyah')).toBe(foldName('Al Diwaniyah'));
    expect(foldName("Karbala'")).toBe('karbala');
    expect(editDistance('chahbahar', 'chabahar', 1)).toBe(1);
    expect(editDistance('tehran', 'baghdad', 2)).toBe(3);
  });

  it('resolves countries, regions and cities with their precision', () => {
    expect(resolvePlace('Iran')).toMatchObject({ id: 'country:IR', precision: 'country' });
    expect(resolvePlace('Khuzestan')).toMatchObject({ precision: 'region', countryCode: 'IR' });
    expect(resolvePlace('Khuzistan')?.name).toBe(resolvePlace('Khuzestan')?.name);
    expect(resolvePlace('Baghdad')).toMatchObject({ precision: 'city', countryCode: 'IQ' });
    expect(resolvePlace('Syria')).toMatchObject({ precision: 'country', countryCode: 'SY' });
  });

  it('prefers the document country for ambiguous names', () => {
    expect(resolvePlace('Dhaka', { countryCode: 'BD' })?.countryCode).toBe('BD');
    expect(resolvePlace('Dhaka', { countryCode: 'IN' })?.countryCode).toBe('IN');
  });

  it('resolves close spellings only within a country', () => {
    expect(resolvePlace('Chahbahar', { countryCode: 'IR' })?.name).toBe('Chabahar');
    expect(resolvePlace('Chahbahar')).toBeNull();
    const khuzestan = resolvePlace('Khuzestan')!;
    expect(getGazetteer().closeMatch('Shayegan', 'IR', khuzestan.id)?.place.admin1).toBe('Khuzestan');
  });
});

describe('gazetteer corrections', () => {
  // Natural Earth names West Darfur "West Soudan" and lists its names, and South Darfur's, under the
  // states carved out of them (scripts/build-gazetteer.ts corrects them).
  it('resolves each Darfur state by its own name', () => {
    const g = getGazetteer();
    const named = (n: string) => g.candidates(n).map((e) => e.place.name);
    expect(named('West Darfur')).toEqual(['West Darfur']);
    expect(named('Central Darfur')).toEqual(['Central Darfur']);
    expect(named('South Darfur')).toEqual(['South Darfur']);
  });

  it("names a country by its name, not the abbreviation Natural Earth's maps use", () => {
    expect(
      getGazetteer()
        .candidates('South Sudan')
        .map((e) => e.place.name),
    ).toEqual(['South Sudan']);
  });
});

describe('places stage', () => {
  it('finds the seed places with country and precision', () => {
    const mentions = findPlaces(seed.text);
    const byName = new Map(mentions.map((m) => [m.name, m.place]));
    expect(byName.get('Iran')).toMatchObject({ precision: 'country', countryCode: 'IR' });
    expect(byName.get('London')).toMatchObject({ precision: 'city', countryCode: 'GB' });
    expect(byName.get('Khuzestan')).toMatchObject({ precision: 'region', countryCode: 'IR' });
    expect(byName.get('Shayegan')).toMatchObject({ precision: 'city', countryCode: 'IR', admin1: 'Khuzestan' });
    expect(byName.get('Sistan and Baluchistan')).toMatchObject({ precision: 'region', name: 'Sistan and Baluchestan' });
    expect(byName.get('Chahbahar')).toMatchObject({ precision: 'city', name: 'Chabahar' });
    for (const n of ['Pakistan', 'Lebanon', 'Syria', 'Iraq']) expect(byName.get(n)?.precision, n).toBe('country');
    expect(documentCountry(mentions)?.countryCode).toBe('IR');
  });

  it("takes no country's vote from a one-word region name that also names cities of other countries", () => {
    // "Santarém" is a district of Portugal and a city of Brazil: a report on Brazil that names it often stays Brazil's.
    const text = "Floods hit Brazil's Pará state on Monday. Roads in Santarém were cut. Families in Santarém slept outside. Aid reached Santarém.";
    expect(documentCountry(findPlaces(text))?.countryCode).toBe('BR');
  });

  it('reads names joined by a hyphen in one word as each of them, unless the whole is a place', () => {
    const names = (text: string) => findPlaces(text).map((m) => `${m.name} ${m.span.text} ${m.place.countryCode}`);
    expect(names('Türkiye-Syria earthquakes: the toll rises')).toEqual(['Türkiye Türkiye TR', 'Syria Syria SY']);
    expect(names('Guinea-Bissau protests')).toEqual(['Guinea-Bissau Guinea-Bissau GW']);
    expect(names('Jean-Pierre Okello said')).toEqual([]);
    // A region word that is part of the gazetteer's name names that place, not what the words before it name.
    expect(names('Rallies were held in Lagos and the Federal Capital Territory.')).toEqual(['Lagos Lagos NG', 'Federal Capital Federal Capital Territory NG']);
    // A headline's last word and the dateline on the next line are two names, not one run.
    expect(names('Voices from a week of protest in Yerevan\n\nYEREVAN - On the eighth day of protests, the square was full.')).toEqual(['Yerevan Yerevan AM']);
    // An article's two letters before the hyphen are no name ("AL" is Alabama's).
    expect(names('Sudan: shells hit a market in the southern Al-Thawra district of El Fasher')).toEqual(['Sudan Sudan SD', 'El Fasher El Fasher SD']);
  });

  it('finds the gold places of the development corpus in their texts', () => {
    const gazetteered = [
      'Baghdad',
      'Maysan',
      'Dhi Qar',
      'Al Muthanna',
      'Al Diwaniyah',
      'Wasit',
      'Karbala',
      'Basra',
      'Dhaka',
      'Almaty',
      'Aktobe',
      'Kazakhstan',
      'Bangladesh',
      'Iraq',
    ];
    const missing: string[] = [];
    for (const doc of corpus) {
      const names = new Set(findPlaces(doc.text).map((m) => m.name));
      for (const p of new Set(doc.claims.map((c) => c.place)))
        // Only where the name stands alone, not inside a longer name ("Dhaka Medical College Hospital").
        if (gazetteered.includes(p) && new RegExp(`\\b${p}\\b(?! [A-Z])`).test(doc.text) && !names.has(p)) missing.push(`${doc.id}: ${p}`);
    }
    expect(missing).toEqual([]);
  });

  it('does not take organisations, people or common words for places', () => {
    const text =
      'Police said the Health Ministry and Reuters confirmed it. Mahfuz Ara Begum, an official at Kuwait Moitri Hospital, spoke to the High Commission For Human Rights in Dhaka. March was calm.';
    expect(findPlaces(text).map((m) => m.name)).toEqual(['Dhaka']);
  });

  it('takes a country\'s short name ("US", "UK") only in capitals, not a word of a title ("Leave It to Us")', () => {
    const found = (text: string) => findPlaces(text).map((m) => `${m.name}/${m.place.countryCode}`);
    expect(found("Marchers in Belgrade answered a call from Leave It to Us, a residents' group.")).toEqual(['Belgrade/RS']);
    expect(found('Troops from the US and the UK arrived.')).toEqual(['US/US', 'UK/GB']);
  });

  it('finds the place a headline\'s capitals join to an event by "of", not an organisation\'s', () => {
    expect(findPlaces('Shelling of Mosul bus depot kills 12').map((m) => m.name)).toEqual(['Mosul']);
    expect(findPlaces('The University of Lagos closed.').map((m) => m.name)).toEqual([]);
  });

  // Sentences split as the pipeline splits them: findPlaces reads their starts.
  const opening = (text: string) => {
    const starts = [0, ...[...text.matchAll(/[.!?]\s+(?=\S)/g)].map((m) => m.index + m[0].length)];
    return findPlaces(text, starts).map((m) => m.name);
  };

  it('finds a place name that opens a sentence or a headline', () => {
    expect(opening('Unrest spread in the north. Mosul recorded 57 of the deaths.')).toEqual(['Mosul']);
    expect(opening('Kano saw the heaviest clashes on Friday.')).toEqual(['Kano']);
    expect(opening('Medan: 9 killed as protests turn violent')).toEqual(['Medan']);
    expect(opening("Nairobi's hospitals treated 80 people.")).toEqual(['Nairobi']);
    expect(opening('Homs province reported 31 deaths.')).toEqual(['Homs']);
  });

  it('does not take a capitalised common word, month or person opening a sentence for a place', () => {
    // Each is also the name of a place somewhere in the gazetteer.
    expect(opening('Police said 14 were held. May was the worst month.')).toEqual([]);
    expect(opening('Reading between the lines, the toll is higher. Mobile phone footage showed the crowd.')).toEqual([]);
    expect(opening('Victoria said she fled the shelling. Aurora was seen over the camp.')).toEqual([]);
    expect(opening('Florence Nightingale nursed the wounded.')).toEqual([]);
    // A region of the report's own country, as much as a city.
    expect(opening('Rallies spread across the United States. Virginia told reporters she saw 12 arrests.')).toEqual(['United States']);
  });

  it('does not take a dateline for a place of the story', () => {
    expect(opening('Peshawar (AP): Nine people were killed in the blast.')).toEqual([]);
    expect(opening('Maputo, March 3 (Reuters) - Twelve people died.')).toEqual([]);
  });

  it("does not take a wire story's dateline in capitals, with its region or country, for a place of the story", () => {
    const places = (text: string) => findPlaces(text).map((m) => m.span.text);
    expect(places('Floods in the south\n\nQUITO, Jan 16 (Andes Wire) - Twelve people died in Guayaquil.')).toEqual(['Guayaquil']);
    expect(places('Floods in the south\n\nMALANG, East Java - Twelve people died in Surabaya.')).toEqual(['Surabaya']);
    expect(places('Floods in the south\n\nGOMA, North Kivu, May 4 - Twelve people died in Beni.')).toEqual(['Beni']);
    // (A story filed from two places.)
    expect(places('Floods in the south\n\nGENEVA/QUITO, Aug 29 (wire) - Twelve people died in Guayaquil.')).toEqual(['Guayaquil']);
    expect(datelineNames('Floods in the south\n\nGENEVA/QUITO, Aug 29 (wire) - Twelve people died in Guayaquil.')).toEqual(['GENEVA', 'QUITO']);
    // A name alone before a verb of speech is someone speaking, wherever it stands.
    expect(places('Twelve people died in Guayaquil, Mendoza said.')).toEqual(['Guayaquil']);
    // Capitals inside a line are no dateline.
    expect(places('Twelve people died in QUITO, Ecuador, on Monday.')).toEqual(['QUITO', 'Ecuador']);
  });

  it("does not take a press release's dateline for a place of the story", () => {
    expect(findPlaces('(Washington, DC) – The group said today that 21 people were killed.').map((m) => m.span.text)).toEqual([]);
  });

  it('reads a place by the address written after it, and lets no region of two countries pick the country', () => {
    // "Beni" is a region of Bolivia and a town of the DR Congo; "Bor" a district of Serbia and a town of South Sudan.
    const text =
      'Fighting in the east\n\nOn Monday, rebels killed 12 civilians in Beni territory, North Kivu province. In Bor county, South Sudan, clashes left 8 dead.';
    const found = findPlaces(text).map((m) => `${m.name}/${m.place.countryCode}`);
    expect(found).toEqual(['Beni/CD', 'North Kivu/CD', 'Bor/SS', 'South Sudan/SS']);
    const claims = extract({ text, published: '2024-03-01' }).claims.map((c) => `${c.estimate} ${c.place?.name}`);
    expect(claims).toEqual(['12 Beni', '8 Bor']);
  });

  it('reads "X State" as the region named with that word ("Plateau State" is Nigeria\'s, not Benin\'s Plateau)', () => {
    expect(findPlaces('Clashes killed 40 people in Plateau State on Monday.').map((m) => `${m.place.name}/${m.place.countryCode}`)).toEqual([
      'Plateau State/NG',
    ]);
    expect(findPlaces('Clashes killed 40 people in Plateau, Benin, on Monday.').map((m) => m.place.countryCode)).toEqual(['BJ', 'BJ']);
  });

  it('gives a place coordinated before the next figure to that figure', () => {
    const text = 'In Mosul, 23 people were killed, and in Basra 17, the monitor said. Police arrested 30 people in Mosul and 45 in Basra.';
    const claims = extract({ text, published: '2024-03-01' }).claims.map((c) => `${c.estimate} ${c.place?.name}`);
    expect(claims).toEqual(['23 Mosul', '17 Basra', '30 Mosul', '45 Basra']);
  });

  it('does not take the city a group is based in for the country of the report', () => {
    const text =
      'Rights group says 40 killed\n\nAmnesty International, which is headquartered in London, said on Friday that at least 40 people had been killed since the protests began.';
    expect(extract({ text, published: '2024-03-01' }).claims.map((c) => c.place)).toEqual([null]);
    const placed = 'Amnesty International, which is headquartered in London, said at least 40 people had been killed in Kenya since the protests began.';
    expect(extract({ text: placed, published: '2024-03-01' }).claims.map((c) => c.place?.countryCode)).toEqual(['KE']);
  });

  it('does not move a small foreign town into the story', () => {
    // Savar (Bangladesh) is not in the gazetteer; Sävar (Sweden) must not stand in for it.
    const text = 'Bangladesh protests: another death reported in Savar, just outside Dhaka.';
    expect(findPlaces(text).map((m) => m.place.countryCode)).toEqual(['BD', 'BD']);
  });

  it('reads a demonym after a locative word as no misspelt place of the country', () => {
    expect(findPlaces('In Lima, hundreds of nurses wrapped in Peruvian flags marched.').map((m) => m.span.text)).toEqual(['Lima']);
    expect(findPlaces('In Nairobi, crowds dressed in Kenyan colours sang.').map((m) => m.span.text)).toEqual(['Nairobi']);
  });

  it('returns spans that slice the text', () => {
    for (const m of findPlaces(seed.text)) expect(seed.text.slice(m.span.start, m.span.end)).toBe(m.span.text);
  });
});

describe('gazetteer snapshot', () => {
  it('restores exactly the state construction computes', async () => {
    const { deserialize, serialize } = await import('node:v8');
    const { Gazetteer, buildGazetteerState, packGazetteer, unpackGazetteer } = await import('../../src/places/gazetteer.js');
    const { default: admin1 } = await import('../../assets/gazetteer/admin1.json', { with: { type: 'json' } });
    const { default: countries } = await import('../../assets/gazetteer/countries.json', { with: { type: 'json' } });
    // The real sources' countries and regions, and cities that share, fold and differ only in case (one a capital).
    const cities = [
      { cityId: 1, name: 'Kherson', altName: 'Cherson', country: 'UA', featureCode: 'PPLA', adminCode: '08', population: 280_000, lat: 46.6, lon: 32.6 },
      { cityId: 2, name: 'Ad Dīwānīyah', altName: '', country: 'IQ', featureCode: 'PPLA', adminCode: '04', population: 300_000, lat: 32, lon: 44.9 },
      { cityId: 3, name: 'Kherson', altName: '', country: 'RU', featureCode: 'PPL', adminCode: '', population: 10, lat: 50, lon: 40 },
      { cityId: 4, name: 'Zürich', altName: 'Zurich', country: 'CH', featureCode: 'PPLC', adminCode: 'ZH', population: 400_000, lat: 47.4, lon: 8.5 },
    ];
    const built = buildGazetteerState(admin1 as never, countries as never, (visit) => cities.forEach((c) => visit({ ...c })));
    const restored = unpackGazetteer(deserialize(serialize(packGazetteer(built))) as ReturnType<typeof packGazetteer>);
    for (const column of ['name', 'country', 'code', 'adminCode', 'key'] as const) {
      expect(
        built[column].map((_, i) => restored[column].at(i)),
        column,
      ).toEqual(built[column]);
    }
    for (const column of ['kind', 'cityId', 'lat', 'lon', 'population'] as const) expect(restored[column]).toEqual(built[column]);
    for (const [name, places] of built.byName) expect(restored.byName.get(name), name).toEqual(places);
    for (const missing of ['', 'a', 'zzzz', 'kherso', 'khersonn', 'al']) expect(restored.byName.has(missing)).toBe(built.byName.has(missing));
    for (const [country, places] of built.byCountry) expect([...restored.byCountry.get(country)!]).toEqual(places);
    const ids = (g: InstanceType<typeof Gazetteer>, name: string) => g.candidates(name).map((e) => e.place.id);
    expect(ids(Gazetteer.fromState(restored), 'Kherson')).toEqual(['admin1:UA-65', 'city:1', 'city:3']);
    expect(ids(Gazetteer.fromState(restored), 'Diwaniyah')).toEqual(ids(Gazetteer.fromState(built), 'Diwaniyah'));
    const capital = (name: string) =>
      Gazetteer.fromState(restored)
        .candidates(name)
        .map((e) => `${e.place.precision}:${e.capital}`);
    expect(capital('Zurich')).toEqual(['region:false', 'city:true']);
    expect(capital('Kherson')).toEqual(['region:false', 'city:false', 'city:false']);
  });

  it("knows a country's capital from GeoNames' feature code", () => {
    const capitals = (name: string) =>
      getGazetteer()
        .candidates(name)
        .filter((e) => e.capital)
        .map((e) => e.place.countryCode);
    expect(capitals('Kyiv')).toEqual(['UA']);
    expect(capitals('Nairobi')).toEqual(['KE']);
    expect(capitals('Mombasa')).toEqual([]);
  });

  it('is what the process-wide gazetteer answers from once built', () => {
    expect(
      getGazetteer()
        .candidates('Kherson')
        .map((e) => e.place.id),
    ).toContain('city:706448');
  });
});
