/**
 * When two source names are one source: "NCRI" = "National Council of Resistance of Iran"
 * (an acronym of the long name), "Amnesty" = "Amnesty International" and "Trump" = "Donald
 * Trump" (a proper short form whose words stand in the long one), "the country's Health
 * Ministry" = "Health Ministry" (determiners and possessive scope dropped), plus aliases an
 * analyst recorded. Shared by the tally and the evaluation.
 */

export function normaliseSource(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’`]/g, "'")
    // Dotted initials are one word: "U.N." = "UN".
    .replace(/(?<![\p{L}.])((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, ''))
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/^(?:country|nation|state|government|regime)'s\s+/, '')
    .replace(/^[\p{L}.-]+'s\s+/u, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const STOP = new Set(['of', 'for', 'the', 'and', 'in', 'on', 'de', 'al']);
const initials = (words: string[]) => words.filter((w) => !STOP.has(w)).map((w) => w[0]).join('');

/** Are two source names the same source? */
export function sameSource(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = normaliseSource(a ?? '');
  const y = normaliseSource(b ?? '');
  if (x === y) return true;
  if (!x || !y) return false;
  const [short, long, rawShort] = x.length <= y.length ? [x, y, a ?? ''] : [y, x, b ?? ''];
  const shortWords = short.split(' ');
  const longWords = long.split(' ');
  if (shortWords.length === 1 && short.length >= 2 && (initials(longWords) === short || longWords.map((w) => w[0]).join('') === short)) return true;
  return /\p{Lu}/u.test(rawShort) && shortWords.every((w) => longWords.includes(w));
}

/**
 * Groups source names into sources. The canonical name of a group is its longest name (the
 * most explicit: "National Council of Resistance of Iran" over "NCRI"); `aliases` are names an
 * analyst declared equal to a source.
 */
export class SourceResolver {
  private readonly groups: Array<{ canonical: string; names: Set<string> }> = [];
  private readonly cache = new Map<string, number>();
  /** Names as written -> group: most claims repeat a handful of names. */
  private readonly seen = new Map<string, number>();

  constructor(aliases: Array<{ name: string; aliases: string[] }> = []) {
    for (const s of aliases) {
      const g = this.groupOf(s.name);
      for (const a of s.aliases) {
        this.groups[g]!.names.add(a);
        this.cache.set(normaliseSource(a), g);
      }
    }
  }

  private groupOf(name: string): number {
    const key = normaliseSource(name);
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.groups[cached]!.names.add(name);
      return cached;
    }
    let found = this.groups.findIndex((g) => [...g.names].some((n) => sameSource(n, name)));
    if (found < 0) {
      this.groups.push({ canonical: name, names: new Set([name]) });
      found = this.groups.length - 1;
    } else {
      const g = this.groups[found]!;
      g.names.add(name);
      if (normaliseSource(name).length > normaliseSource(g.canonical).length) g.canonical = name;
    }
    this.cache.set(key, found);
    return found;
  }

  /** A stable key for the source a name belongs to. */
  keyOf(name: string): number {
    let key = this.seen.get(name);
    if (key === undefined) this.seen.set(name, (key = this.groupOf(name)));
    return key;
  }

  canonical(key: number): string {
    return this.groups[key]!.canonical;
  }

  names(key: number): string[] {
    return [...this.groups[key]!.names];
  }
}
