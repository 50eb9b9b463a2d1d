/**
 * The tally: for one crisis, per category, who says how many, as of when.
 *
 * - Each source's figures form a timeline; its latest figure is the one with the latest as-of
 *   date (then the later document, then the larger estimate: a source restating a day's toll
 *   later in the day has usually raised it).
 * - A relayed figure ("according to Amnesty" in a Reuters story) is the original source's;
 *   the relay stays visible in `via`. A figure the outlet states itself belongs to the outlet.
 * - Figures about the whole country form the timelines; figures about a town or region are
 *   events, grouped by place and day. `cumulative` tells running totals from event counts
 *   within a timeline (only totals can "go down").
 * - The conservative figure follows ACLED: the most conservative credible estimate, i.e. the
 *   lowest latest figure among sources, leaving out outliers (a figure under a tenth of the
 *   median of the others: an official denial of "five" against hundreds is reported, not used).
 * - Claims in near-duplicate documents count once; the copies are listed as "also published by".
 */
import type { Category, CountClaim, Qualifier, Reliability, SourceType, Span } from '../domain.js';
import { SourceResolver, defaultReliability } from '../sources/index.js';

export interface TallyInputClaim extends CountClaim {
  id: number;
  documentId: number;
  documentUrl: string | null;
  documentTitle: string | null;
  published: string | null;
  /** The outlet, for figures it states itself (publisher name or URL host). */
  publisher?: string | null;
  sourceType: SourceType | null;
  /** The stored source's id (its first-stored name gives a source its stable display name). */
  sourceId?: number | null;
  /** The stored source's reliability grade, when an analyst set one. */
  sourceReliability?: Reliability | null;
  /** The document's dominant country (ISO code): an unqualified "interior ministry" is this country's. */
  documentCountry?: string | null;
}

export interface TallyOptions {
  /** Crisis start date, for "day N" of the crisis. */
  crisisStart?: string | null;
  /** Document id -> its "day N" number, when the document dates itself that way. */
  crisisDays?: Map<number, number>;
  /** Duplicate document id -> original document id (see near-duplicates.ts). */
  duplicates?: Map<number, number>;
  /** Declared aliases and types of sources. */
  sources?: Array<{ name: string; aliases: string[]; type: SourceType; reliability?: Reliability | null; separate?: string[] }>;
  /** Only figures holding on or after / on or before these ISO dates (by as-of date). */
  since?: string | null;
  until?: string | null;
  /** Only sources of these types (the dashboard's "official vs independent" filter). */
  sourceTypes?: SourceType[] | null;
}

export interface TallyFigure {
  claimId: number;
  documentId: number;
  documentUrl: string | null;
  documentTitle: string | null;
  asOf: string | null;
  low: number | null;
  high: number | null;
  estimate: number;
  qualifier: Qualifier;
  hedged: boolean;
  cumulative: boolean;
  place: string | null;
  /** The source as named in this report, and the outlets it came through. */
  namedAs: string;
  via: string[];
  span: Span;
  /** Documents that carried the same report (near-duplicates). */
  alsoPublishedIn: number[];
}

export type TallyFlagKind = 'decreasing' | 'hedged' | 'outlier';

export interface TallyFlag {
  kind: TallyFlagKind;
  message: string;
  claimId: number;
}

export interface SourceTimeline {
  source: string;
  /** Every name the source appears under ("NCRI", "National Council of Resistance of Iran"). */
  names: string[];
  type: SourceType;
  /** Admiralty grade (A–F): the analyst's, else the default of the source's type. */
  reliability: Reliability;
  /** True when the outlet states the figures itself (no attributed source). */
  outlet: boolean;
  figures: TallyFigure[];
  latest: TallyFigure;
  reports: number;
  firstReport: string | null;
  lastReport: string | null;
  flags: TallyFlag[];
}

export interface ConservativeFigure {
  estimate: number;
  source: string;
  asOf: string | null;
  claimId: number;
}

export interface TallyEvent {
  place: string;
  day: string | null;
  estimate: number;
  figures: Array<{ source: string; estimate: number; qualifier: Qualifier; claimId: number }>;
}

export interface CategoryTally {
  category: Category;
  conservative: ConservativeFigure | null;
  range: { min: number; max: number } | null;
  /** Conservative figure among official sources, and among all others. */
  byType: { official: ConservativeFigure | null; independent: ConservativeFigure | null };
  sourceCount: number;
  /** Per-source timelines, highest latest figure first (the API may send only the first ones). */
  sources: SourceTimeline[];
  eventCount: number;
  /** Local events, latest day first (the API may send only the first ones). */
  events: TallyEvent[];
  flags: TallyFlag[];
}

export interface Tally {
  categories: CategoryTally[];
}

const OUTLIER_FACTOR = 10;
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * A figure about a whole country (or about no place in particular) belongs on the source's
 * timeline; one about a town or region ("eight in Baghdad", even a regional running total) is
 * an event of that place.
 */
const isTotal = (c: TallyInputClaim) => !c.place || c.place.precision === 'country';

function median(values: number[]): number {
  return medianOfSorted([...values].sort((a, b) => a - b));
}

function medianOfSorted(s: ArrayLike<number>): number {
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The median of a sorted list without one occurrence of `value` (which it holds): O(log n). */
function medianWithout(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  const n = sorted.length - 1;
  const at = (i: number) => sorted[i < lo ? i : i + 1]!;
  const m = n >> 1;
  return n % 2 ? at(m) : (at(m - 1) + at(m)) / 2;
}

/** Plain code-unit order: ISO dates and names sort correctly, and much faster than localeCompare. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An ISO day as a number in the same order (yyyymmdd), 0 for none: sorting by it is much faster than by text. */
function dayNumber(iso: string | null): number {
  if (!iso || iso.length < 10) return 0;
  const d = (i: number) => iso.charCodeAt(i) - 48;
  return (((d(0) * 10 + d(1)) * 10 + d(2)) * 10 + d(3)) * 10_000 + (d(5) * 10 + d(6)) * 100 + d(8) * 10 + d(9);
}

const sameNumbers = (a: number[], b: number[]) => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/** What a source's timeline holds that follows from its figures alone. */
type TimelineBody = Pick<SourceTimeline, 'figures' | 'latest' | 'reports' | 'firstReport' | 'lastReport' | 'flags'>;

/**
 * The timeline body last made of a source's claims, by the first of them (inputs, figures and
 * bodies are never changed once made), with what it was made of.
 */
const madeTimelines = new WeakMap<TallyInputClaim, { inputs: TallyInputClaim[]; asOf: Array<string | null>; copies: number[][]; body: TimelineBody }>();

/** Shared empty lists: most figures have no copies and no relays. */
const NONE: number[] = [];
const NONE_TEXT: string[] = [];

export function computeTally(claims: TallyInputClaim[], options: TallyOptions = {}): Tally {
  const resolver = new SourceResolver(options.sources ?? []);
  // Declared types and grades apply to the source a declared name belongs to here; names
  // read in this crisis's documents decide which that is (see SourceResolver).
  const declaredByName = new Map<string, { type: SourceType; reliability: Reliability | null }>();
  for (const s of options.sources ?? []) declaredByName.set(s.name, { type: s.type, reliability: s.reliability ?? null });
  const declaredType = new Map<number, SourceType>();
  const declaredReliability = new Map<number, Reliability>();
  const declare = (key: number, name: string, claimReliability: Reliability | null | undefined) => {
    const d = declaredByName.get(name);
    if (d && d.type !== 'unknown' && !declaredType.has(key)) declaredType.set(key, d.type);
    const grade = claimReliability ?? d?.reliability;
    if (grade && !declaredReliability.has(key)) declaredReliability.set(key, grade);
  };
  const duplicates = options.duplicates ?? new Map<number, number>();

  // Claims of a near-duplicate document count once: keep the original's, note the copies.
  const copies = new Map<number, number[]>();
  for (const [dup, original] of duplicates) copies.set(original, [...(copies.get(original) ?? []), dup]);

  const asOf = (c: TallyInputClaim): string | null => {
    if (c.asOf) return c.asOf;
    const day = options.crisisDays?.get(c.documentId);
    if (day && options.crisisStart) return addDays(options.crisisStart, day - 1);
    return c.published;
  };

  const categories = new Map<Category, TallyInputClaim[]>();
  for (const c of claims) {
    if (duplicates.has(c.documentId)) continue;
    const list = categories.get(c.category) ?? [];
    list.push(c);
    categories.set(c.category, list);
  }

  // The outlet of each document, once (URL parsing is not free at a hundred thousand claims).
  const outlets = new Map<number, string>();
  const outletOf = (c: TallyInputClaim) => {
    let o = outlets.get(c.documentId);
    if (o === undefined) outlets.set(c.documentId, (o = c.publisher ?? hostOf(c.documentUrl) ?? `document ${c.documentId}`));
    return o;
  };
  // Group keys by source name and by document, once: "s" + the resolved source, "o" + the outlet.
  const sourceKeys = new Map<string, string>();
  const outletKeys = new Map<number, string>();
  // Outlets are sources like any other: their declared aliases and types apply.
  const sourceKeyOf = (c: TallyInputClaim) => {
    const nameKey = c.source ? `${c.source.name}\u0000${c.documentCountry ?? ''}` : '';
    let k = c.source ? sourceKeys.get(nameKey) : outletKeys.get(c.documentId);
    if (k === undefined) {
      if (c.source) {
        const key = resolver.keyOf(c.source.name, { id: c.sourceId, documentCountry: c.documentCountry });
        declare(key, c.source.name, c.sourceReliability);
        sourceKeys.set(nameKey, (k = `s${key}`));
      } else {
        const outlet = outletOf(c);
        const key = resolver.keyOf(normaliseOutlet(outlet));
        declare(key, outlet, null);
        declare(key, normaliseOutlet(outlet), null);
        outletKeys.set(c.documentId, (k = `o${key}`));
      }
    }
    return k;
  };

  const out: CategoryTally[] = [];
  for (const [category, list] of categories) {
    const at: Array<string | null> = new Array(list.length);
    const atKey = new Float64Array(list.length);
    const publishedKey = new Float64Array(list.length);
    const bySource = new Map<string, { key: string; outlet: boolean; type: SourceType | null; items: number[]; names: Set<string> }>();
    const events = new Map<string, TallyEvent>();
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      const day = (at[i] = asOf(c));
      if (options.since && (!day || day < options.since)) continue;
      if (options.until && (!day || day > options.until)) continue;
      const outletName = outletOf(c);
      const named = c.source?.name ?? outletName;
      if (!isTotal(c)) {
        if (options.sourceTypes && !options.sourceTypes.includes(c.sourceType ?? (c.source ? 'unknown' : 'media'))) continue;
        const key = `${c.place!.id}|${day ?? ''}`;
        const ev = events.get(key) ?? { place: c.place!.name, day, estimate: c.estimate, figures: [] };
        ev.figures.push({ source: named, estimate: c.estimate, qualifier: c.qualifier, claimId: c.id });
        ev.estimate = Math.min(ev.estimate, c.estimate);
        events.set(key, ev);
        continue;
      }
      atKey[i] = dayNumber(day);
      publishedKey[i] = dayNumber(c.published);
      const sourceKey = sourceKeyOf(c);
      const group = bySource.get(sourceKey) ?? { key: sourceKey, outlet: !c.source, type: c.sourceType, items: [], names: new Set<string>() };
      group.items.push(i);
      group.names.add(named);
      if (!group.type || group.type === 'unknown') group.type = c.sourceType;
      bySource.set(sourceKey, group);
    }
    // Timelines in time order: as-of date, then the later document, then the larger estimate (see above).
    const later = (a: number, b: number) => atKey[a]! - atKey[b]! || publishedKey[a]! - publishedKey[b]! || list[a]!.documentId - list[b]!.documentId || list[a]!.estimate - list[b]!.estimate;
    const figureOf = (i: number): TallyFigure => {
      const c = list[i]!;
      return {
        claimId: c.id,
        documentId: c.documentId,
        documentUrl: c.documentUrl,
        documentTitle: c.documentTitle,
        asOf: at[i] ?? null,
        low: c.low,
        high: c.high,
        estimate: c.estimate,
        qualifier: c.qualifier,
        hedged: c.hedged,
        cumulative: c.cumulative,
        place: c.place?.name ?? null,
        namedAs: c.source?.name ?? outletOf(c),
        via: c.source?.via ?? NONE_TEXT,
        span: c.span,
        alsoPublishedIn: copies.get(c.documentId) ?? NONE,
      };
    };
    // A source's figures and what follows from them alone. The same claims as last time (the
    // same input objects, dates and copies) give the same: after a review of one claim, a
    // large crisis's other sources are not sorted and built again.
    const timelineBodyOf = (items: number[]): TimelineBody => {
      const before = madeTimelines.get(list[items[0]!]!);
      if (
        before &&
        before.inputs.length === items.length &&
        items.every((i, k) => list[i] === before.inputs[k] && (at[i] ?? null) === before.asOf[k] && sameNumbers(copies.get(list[i]!.documentId) ?? NONE, before.copies[k]!))
      ) {
        return before.body;
      }
      const inputs = items.map((i) => list[i]!);
      const asOf = items.map((i) => at[i] ?? null);
      const copiesOf = items.map((i) => copies.get(list[i]!.documentId) ?? NONE);
      const figures = [...items].sort(later).map(figureOf);
      const latest = figures[figures.length - 1]!;
      const flags: TallyFlag[] = [];
      // A source whose running total goes down has revised it (or been misread): worth a look.
      for (let i = 1; i < figures.length; i++) {
        const prev = figures[i - 1]!;
        const cur = figures[i]!;
        if (cur.cumulative && prev.cumulative && cur.estimate < prev.estimate && (cur.asOf ?? '') > (prev.asOf ?? '')) {
          flags.push({ kind: 'decreasing', message: `went down from ${prev.estimate} (${prev.asOf}) to ${cur.estimate} (${cur.asOf})`, claimId: cur.claimId });
        }
      }
      if (latest.hedged) flags.push({ kind: 'hedged', message: 'the latest figure is hedged ("perhaps", "may have")', claimId: latest.claimId });
      const documents = new Set<number>();
      for (const f of figures) documents.add(f.documentId);
      const dated = figures.filter((f) => f.asOf);
      const body: TimelineBody = {
        figures,
        latest,
        reports: documents.size,
        firstReport: dated[0]?.asOf ?? null,
        lastReport: dated[dated.length - 1]?.asOf ?? null,
        flags,
      };
      madeTimelines.set(inputs[0]!, { inputs, asOf, copies: copiesOf, body });
      return body;
    };

    const allTimelines: SourceTimeline[] = [...bySource.values()].map((g) => {
      const body = timelineBodyOf(g.items);
      const key = Number(g.key.slice(1));
      const type = declaredType.get(key) ?? (g.type && g.type !== 'unknown' ? g.type : g.outlet ? 'media' : (g.type ?? 'unknown'));
      return {
        // An outlet goes by the name an analyst gave it, else as its reports name it.
        source: g.outlet ? (resolver.declaredName(key) ?? body.latest.namedAs) : resolver.canonical(key),
        names: g.outlet ? [...g.names] : resolver.names(key),
        type,
        reliability: declaredReliability.get(key) ?? defaultReliability(type),
        outlet: g.outlet,
        ...body,
        // Its own list: outlier flags are added below.
        flags: [...body.flags],
      };
    });

    const timelines = options.sourceTypes ? allTimelines.filter((t) => options.sourceTypes!.includes(t.type)) : allTimelines;
    if (!timelines.length && !events.size) continue;

    // Outliers: a latest figure ten times above or below the median of the other sources.
    const latestSorted = timelines.map((t) => t.latest.estimate).sort((a, b) => a - b);
    if (timelines.length >= 3) {
      for (const t of timelines) {
        const m = medianWithout(latestSorted, t.latest.estimate);
        if (m > 0 && (t.latest.estimate > m * OUTLIER_FACTOR || t.latest.estimate * OUTLIER_FACTOR < m)) {
          t.flags.push({ kind: 'outlier', message: `${t.latest.estimate} is far from the other sources' median of ${m}`, claimId: t.latest.claimId });
        }
      }
    }

    const conservativeOf = (ts: SourceTimeline[]): ConservativeFigure | null => {
      const mid = ts === timelines ? medianOfSorted(latestSorted) : median(ts.map((o) => o.latest.estimate));
      const credible = ts.filter((t) => !t.flags.some((f) => f.kind === 'outlier' && t.latest.estimate < mid));
      const pool = credible.length ? credible : ts;
      if (!pool.length) return null;
      const best = pool.reduce((a, b) => (b.latest.estimate < a.latest.estimate ? b : a));
      return { estimate: best.latest.estimate, source: best.source, asOf: best.latest.asOf, claimId: best.latest.claimId };
    };
    const estimates = timelines.map((t) => t.latest.estimate);
    timelines.sort((a, b) => b.latest.estimate - a.latest.estimate || cmp(a.source, b.source));
    out.push({
      category,
      conservative: conservativeOf(timelines),
      range: estimates.length ? { min: Math.min(...estimates), max: Math.max(...estimates) } : null,
      byType: { official: conservativeOf(timelines.filter((t) => t.type === 'official')), independent: conservativeOf(timelines.filter((t) => t.type !== 'official')) },
      sourceCount: timelines.length,
      sources: timelines,
      eventCount: events.size,
      events: [...events.values()].sort((a, b) => cmp(b.day ?? '', a.day ?? '') || b.estimate - a.estimate),
      flags: timelines.flatMap((t) => t.flags),
    });
  }
  out.sort(byCategoryOrder);
  return { categories: out };
}

const CATEGORY_ORDER: Category[] = ['killed', 'injured', 'detained', 'missing', 'executed', 'displaced', 'participants', 'places'];
/** Categories in the order a tally shows them: deaths first. */
export const byCategoryOrder = (a: { category: Category }, b: { category: Category }) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category);

const normaliseOutlet = (s: string) => s.toLowerCase().replace(/^www\./, '').trim();
