/**
 * Groups the names figures are attributed to into sources, for one tally.
 *
 * - Spellings of one name are one source (see `sameName`: case, titles, apposition, acronyms,
 *   short forms, a person's transliterations), and so are the aliases an analyst declared.
 * - An office is qualified by its country: the country its name gives ("Kazakhstan's interior
 *   ministry", "Iraqi Interior Ministry"), else the document's (its claims' dominant country).
 *   Offices of two countries, or of a known and an unknown one, are never one source; other
 *   names of two different named countries are not either.
 * - Names an analyst split apart (`separate`) are never grouped again.
 * - A source's display name is stable: the analyst's (the declared name its aliases lead to),
 *   else its first-stored name (the lowest source id), else the first name seen. It never
 *   depends on documents of other crises. Two sources showing the same name are told apart by
 *   their country ("Interior Ministry (Kazakhstan)").
 */
import { countryName } from './countries.js';
import { nameIndexKeys, nameProbeKeys, normaliseSource, parseSourceName, sameName } from './names.js';

export interface DeclaredSource {
  name: string;
  aliases: string[];
  /** Names split off this source by an analyst: never grouped with it. */
  separate?: string[];
}

/** Where a name was read: its stored source id, the document's dominant country. */
export interface NameContext {
  id?: number | null;
  documentCountry?: string | null;
}

interface Group {
  /** The declared name an alias led to (the analyst's), if any. */
  declared: string | null;
  first: string;
  firstId: number;
  names: Set<string>;
  spellings: Set<string>;
  /** The spellings' words without title, role or country (see parseSourceName). */
  bases: Set<string>;
  country: string | null;
  office: boolean;
}

export class SourceResolver {
  private readonly groups: Group[] = [];
  /** Normalised alias or declared name -> the declared name. */
  private readonly aliasOf = new Map<string, string>();
  private readonly separate = new Map<string, Set<string>>();
  /** Normalised spelling + country -> group. */
  private readonly cache = new Map<string, number>();
  /** Names as written (+ country) -> group: most claims repeat a handful of names. */
  private readonly seen = new Map<string, number>();
  /** Name as written -> the document country it was read with ('' for none) -> group: a name met again is not parsed again. */
  private readonly met = new Map<string, Map<string, number>>();
  private displays: Map<string, number> | null = null;
  /**
   * Groups by what a name can match them on (its spellings' `nameIndexKeys`, "d:" its declared
   * name, "b:" its bases): a new name is compared with the few groups filed under its keys, not
   * with every group (quadratic at thousands of names).
   */
  private readonly index = new Map<string, Set<number>>();

  constructor(declared: DeclaredSource[] = []) {
    for (const s of declared) {
      if (s.aliases.length) {
        this.aliasOf.set(normaliseSource(s.name), s.name);
        for (const a of s.aliases) if (!this.aliasOf.has(normaliseSource(a))) this.aliasOf.set(normaliseSource(a), s.name);
      }
      for (const other of s.separate ?? []) {
        const [x, y] = [normaliseSource(s.name), normaliseSource(other)];
        for (const [p, q] of [
          [x, y],
          [y, x],
        ] as const) {
          let set = this.separate.get(p);
          if (!set) this.separate.set(p, (set = new Set()));
          set.add(q);
        }
      }
    }
  }

  /** A stable key for the source a name (read in a document of `ctx.documentCountry`) belongs to. */
  keyOf(name: string, ctx: NameContext = {}): number {
    let byCountry = this.met.get(name);
    if (!byCountry) this.met.set(name, (byCountry = new Map()));
    let key = byCountry.get(ctx.documentCountry ?? '');
    if (key === undefined) {
      const p = parseSourceName(name);
      const country = p.country ?? (p.office ? (ctx.documentCountry ?? null) : null);
      const seenKey = country ? `${name}\u0000${country}` : name;
      key = this.seen.get(seenKey);
      if (key === undefined) this.seen.set(seenKey, (key = this.groupOf(name, country, p.office)));
      byCountry.set(ctx.documentCountry ?? '', key);
    }
    const g = this.groups[key]!;
    g.names.add(name);
    const id = ctx.id ?? Infinity;
    if (id < g.firstId) {
      g.firstId = id;
      g.first = name;
      this.displays = null;
    }
    return key;
  }

  private groupOf(name: string, country: string | null, office: boolean): number {
    const declared = this.aliasOf.get(normaliseSource(name)) ?? null;
    const spelling = declared ?? name;
    const cacheKey = `${normaliseSource(spelling)}|${country ?? ''}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const apart = this.separate.get(normaliseSource(name));
    const base = parseSourceName(spelling).base;
    const matches = (g: Group): boolean => {
      if (office || g.office ? g.country !== country : g.country && country && g.country !== country) return false;
      if (apart) for (const n of g.names) if (apart.has(normaliseSource(n))) return false;
      if (this.keptApart(g, name)) return false;
      if (declared !== null && g.declared === declared) return true;
      // One country's "interior ministry" and its "Iraqi Interior Ministry".
      if (country !== null && g.country === country && g.bases.has(base)) return true;
      for (const n of g.spellings) if (sameName(n, spelling)) return true;
      return false;
    };
    // The first group that matches, of those filed under the name's keys (no other can).
    let found = -1;
    for (const i of this.candidates(spelling, declared, base)) {
      if (matches(this.groups[i]!)) {
        found = i;
        break;
      }
    }
    if (found < 0) {
      this.groups.push({ declared: null, first: name, firstId: Infinity, names: new Set(), spellings: new Set(), bases: new Set(), country, office });
      found = this.groups.length - 1;
      this.displays = null;
    }
    const g = this.groups[found]!;
    if (!g.spellings.has(spelling)) {
      g.spellings.add(spelling);
      for (const k of nameIndexKeys(spelling)) this.file(k, found);
    }
    if (!g.bases.has(base)) {
      g.bases.add(base);
      this.file(`b:${base}`, found);
    }
    if (declared !== null && g.declared === null) {
      g.declared = declared;
      this.file(`d:${declared}`, found);
    }
    if (!g.country) g.country = country;
    this.cache.set(cacheKey, found);
    return found;
  }

  /** The groups a spelling may match, in ascending order. */
  private candidates(spelling: string, declared: string | null, base: string): number[] {
    const { any, all } = nameProbeKeys(spelling);
    const found = new Set<number>();
    const add = (key: string) => {
      for (const i of this.index.get(key) ?? []) found.add(i);
    };
    for (const k of any) add(k);
    if (declared !== null) add(`d:${declared}`);
    add(`b:${base}`);
    // Groups with every one of the words: those filed under the rarest word hold them all.
    let fewest: Set<number> | undefined;
    for (const k of all) {
      const set = this.index.get(k);
      if (!set) return [...found].sort((a, b) => a - b);
      if (!fewest || set.size < fewest.size) fewest = set;
    }
    for (const i of fewest ?? []) found.add(i);
    return [...found].sort((a, b) => a - b);
  }

  private file(key: string, group: number): void {
    const set = this.index.get(key);
    if (set) set.add(group);
    else this.index.set(key, new Set([group]));
  }

  /** Whether a name was split off one of the group's names. */
  private keptApart(g: Group, name: string): boolean {
    if (!this.separate.size) return false;
    for (const n of g.names) if (this.separate.get(normaliseSource(n))?.has(normaliseSource(name))) return true;
    return false;
  }

  /** The source's display name (stable, see above). */
  canonical(key: number): string {
    const g = this.groups[key]!;
    const base = g.declared ?? g.first;
    if (!g.country) return base;
    if (!this.displays) {
      this.displays = new Map();
      for (const o of this.groups) {
        const k = (o.declared ?? o.first).toLowerCase();
        this.displays.set(k, (this.displays.get(k) ?? 0) + 1);
      }
    }
    return (this.displays.get(base.toLowerCase()) ?? 0) > 1 ? `${base} (${countryName(g.country)})` : base;
  }

  /** The analyst's name for the source (the declared name its aliases led to), or null. */
  declaredName(key: number): string | null {
    return this.groups[key]!.declared;
  }

  names(key: number): string[] {
    return [...this.groups[key]!.names];
  }

  /** The country the source belongs to (ISO code), when known. */
  country(key: number): string | null {
    return this.groups[key]!.country;
  }
}
