/**
 * The tally: for one crisis, per category, who says how many, as of when.
 *
 * - Each source's figures form a timeline; its latest figure is the one with the latest as-of
 *   date (then the later document; within one report, the figure more reports give the source
 *   that day, then the larger: a source restating a day's toll later has usually raised it).
 * - A relayed figure ("according to Amnesty" in a Reuters story) is the original source's;
 *   the relay stays visible in `via`. A figure the outlet states itself belongs to the outlet.
 * - The claim's scope decides where a figure goes: `total` figures (the crisis's running
 *   total) form the source's timeline; `local` figures (one place) and `new` figures (an
 *   increment, one day's or one incident's count) are events, grouped by place and day, never
 *   a running total; `local` figures also form each source's timeline for its place (the map's
 *   "who says how many here"); `part` figures (a subgroup) show under the total of the same
 *   source and day, never on a timeline of their own.
 * - The headline (`conservative`) is chosen from each source's latest total by the written rule
 *   of headline.ts: firm over hedged or vague, current over superseded or stale, outliers and
 *   falls below a higher-standing source's earlier total set aside, then the lowest.
 * - Claims in near-duplicate documents count once; the copies are listed as "also published by".
 */
import {
  SOURCE_TYPES,
  type Category,
  type CountClaim,
  type Qualifier,
  type Reliability,
  type Revision,
  type Scope,
  type SourceType,
  type Span,
} from '../domain.js';
import { SourceResolver, defaultReliability } from '../sources/index.js';
import { chooseHeadline, latestOfType, type Candidate, type CandidateVerdict, type Headline, type HeadlineFigure, type HeadlineStatus } from './headline.js';

export type { Headline, HeadlineFigure, HeadlineStatus } from './headline.js';

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
  /** Timelines made before from the same input objects, reused while unchanged (none: each made afresh). */
  timelines?: TimelineMemo;
  /**
   * Source resolution kept between tallies of one category and filter (tallyForCrisis keeps
   * one per crisis): names already resolved are not resolved again.
   */
  memo?: ResolutionMemo;
}

/**
 * The names a category's tally resolved into sources, kept for the next tally of it. Reused
 * while the declared sources are the same and no name has gone (names only added group as a
 * fresh resolution would); a name gone (a review, a merge) or a declared change starts afresh.
 */
export class ResolutionMemo {
  declared = '';
  resolver: SourceResolver | null = null;
  used: Resolved = { names: new Set(), outlets: new Set() };
  /** Each document's outlet name, with the publisher and address it was made of. */
  readonly outlets = new Map<number, DocumentOutlet>();
}

/** A document's outlet: its name (normalised), what it was made of, and its group key under a resolver. */
interface DocumentOutlet {
  publisher: string | null | undefined;
  url: string | null;
  outlet: string;
  normalised: string;
  resolver: SourceResolver | null;
  key: string;
}

/** What a tally resolved: each source's name, stored id and document country; each outlet. */
interface Resolved {
  names: Set<string>;
  outlets: Set<string>;
}
const resolved = (): Resolved => ({ names: new Set(), outlets: new Set() });
/** Whether everything `before` holds is in `now`. */
const holdsAll = (now: Resolved, before: Resolved) => [...before.names].every((n) => now.names.has(n)) && [...before.outlets].every((o) => now.outlets.has(o));

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
  scope: Scope;
  /** Whether the report says the figure revises the source's earlier one (extract/revision.ts). */
  revision: Revision | null;
  place: string | null;
  /** The source as named in this report, and the outlets it came through. */
  namedAs: string;
  via: string[];
  span: Span;
  /** Documents that carried the same report (near-duplicates). */
  alsoPublishedIn: number[];
}

export type TallyFlagKind = 'decreasing' | 'hedged' | 'outlier' | 'disagreement';

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
  /** Whether its latest total heads the card, and if not, why (headline.ts). */
  headline: { status: HeadlineStatus; note: string };
}

/** The headline figure of a category (kept under its first name on the wire). */
export type ConservativeFigure = Headline;

export interface TallyEvent {
  /** Null for an increment stated for no place in particular ("three new deaths"). */
  place: string | null;
  day: string | null;
  estimate: number;
  figures: Array<{ source: string; estimate: number; qualifier: Qualifier; scope: Scope; claimId: number }>;
}

/** One source's figures for one place (`local` scope), in time order like a source's timeline. */
export interface PlaceSourceTimeline {
  source: string;
  type: SourceType;
  figures: TallyFigure[];
  latest: TallyFigure;
}

/** The per-source timelines of one place: who says how many there, as of when. */
export interface PlaceTimelines {
  /** The gazetteer id of the place (as the map's places have it) and its name. */
  placeId: string;
  place: string;
  /** Highest latest figure first. */
  sources: PlaceSourceTimeline[];
}

/** A subgroup figure ("72 of them security officers"), under the total it belongs to. */
export interface TallyPart {
  source: string;
  estimate: number;
  qualifier: Qualifier;
  who: string;
  asOf: string | null;
  claimId: number;
  documentId: number;
  /** The total of the same source and day it is a part of (the same report's first), or null. */
  ofClaimId: number | null;
}

export interface CategoryTally {
  category: Category;
  /** The headline: one conservative figure, with its reason (headline.ts). */
  conservative: ConservativeFigure | null;
  /** The range of current credible totals. */
  range: { min: number; max: number } | null;
  /** The latest total per source type. */
  byType: Record<SourceType, HeadlineFigure | null>;
  sourceCount: number;
  /** Per-source timelines, highest latest figure first (the API may send only the first ones). */
  sources: SourceTimeline[];
  eventCount: number;
  /** Local events, latest day first (the API may send only the first ones). */
  events: TallyEvent[];
  /** Subgroup figures, each under its total when one is found. */
  parts: TallyPart[];
  placeCount: number;
  /** Per-place timelines of `local` figures, highest latest figure first (the API may send only some). */
  places: PlaceTimelines[];
  flags: TallyFlag[];
}

export interface Tally {
  categories: CategoryTally[];
}

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
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
type TimelineBody = Omit<SourceTimeline, 'source' | 'names' | 'type' | 'outlet' | 'headline' | 'reliability'>;

/**
 * The timeline bodies last made of sources' claims, by the first of them (inputs, figures and
 * bodies are never changed once made), with what each was made of. Kept by whoever keeps the
 * inputs (the tally's kept crisis, see tally/index.ts) and handed in as `TallyOptions.timelines`.
 */
export type TimelineMemo = WeakMap<TallyInputClaim, { inputs: TallyInputClaim[]; asOf: Array<string | null>; copies: number[][]; body: TimelineBody }>;

/** Shared empty lists: most figures have no copies and no relays. */
const NONE: number[] = [];
const NONE_TEXT: string[] = [];

export function computeTally(claims: TallyInputClaim[], options: TallyOptions = {}): Tally {
  const memo = options.memo;
  if (!memo) return reconcile(claims, options, new SourceResolver(options.sources ?? []), resolved());
  const declared = JSON.stringify(options.sources ?? []);
  if (memo.resolver && memo.declared === declared) {
    const used = resolved();
    const tally = reconcile(claims, options, memo.resolver, used);
    if (holdsAll(used, memo.used)) {
      memo.used = used;
      return tally;
    }
  }
  const resolver = new SourceResolver(options.sources ?? []);
  const used = resolved();
  const tally = reconcile(claims, options, resolver, used);
  memo.declared = declared;
  memo.resolver = resolver;
  memo.used = used;
  return tally;
}

/** The tally of `claims`, their sources resolved by `resolver`; what it resolves goes in `used`. */
function reconcile(claims: TallyInputClaim[], options: TallyOptions, resolver: SourceResolver, used: Resolved): Tally {
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

  // The outlet of each document, once (URL parsing is not free at a hundred thousand claims),
  // and once for the tallies that keep a memo while the document's publisher and address stay.
  const outlets = options.memo?.outlets ?? new Map<number, DocumentOutlet>();
  const outletEntry = (c: TallyInputClaim): DocumentOutlet => {
    let o = outlets.get(c.documentId);
    if (o === undefined || o.publisher !== c.publisher || o.url !== c.documentUrl) {
      const outlet = c.publisher ?? hostOf(c.documentUrl) ?? `document ${c.documentId}`;
      outlets.set(c.documentId, (o = { publisher: c.publisher, url: c.documentUrl, outlet, normalised: normaliseOutlet(outlet), resolver: null, key: '' }));
    }
    return o;
  };
  const outletOf = (c: TallyInputClaim) => outletEntry(c).outlet;
  // Group keys by source name (and document country) and by document, once: "s" + the
  // resolved source, "o" + the outlet. Maps of maps: no key is built per claim.
  const sourceKeys = new Map<string, Map<string, string>>();
  const outletKeys = new Map<number, string>();
  // Outlets are sources like any other: their declared aliases and types apply.
  const sourceKeyOf = (c: TallyInputClaim) => {
    if (c.source) {
      const name = c.source.name;
      let byCountry = sourceKeys.get(name);
      if (!byCountry) sourceKeys.set(name, (byCountry = new Map()));
      let k = byCountry.get(c.documentCountry ?? '');
      if (k === undefined) {
        const key = resolver.keyOf(name, { id: c.sourceId, documentCountry: c.documentCountry });
        used.names.add(`${name}\u0000${c.sourceId ?? ''}\u0000${c.documentCountry ?? ''}`);
        declare(key, name, c.sourceReliability);
        byCountry.set(c.documentCountry ?? '', (k = `s${key}`));
      }
      return k;
    }
    let k = outletKeys.get(c.documentId);
    if (k === undefined) {
      const o = outletEntry(c);
      // Resolved once per resolver (an outlet's name has no stored id or country to change).
      if (o.resolver !== resolver) {
        o.key = `o${resolver.keyOf(o.normalised)}`;
        o.resolver = resolver;
      }
      used.outlets.add(o.normalised);
      if (declaredByName.size) {
        const key = Number(o.key.slice(1));
        declare(key, o.outlet, null);
        declare(key, o.normalised, null);
      }
      outletKeys.set(c.documentId, (k = o.key));
    }
    return k;
  };

  // A spokesperson speaks for a body ("Ali Karim, a police spokesman"): their figures count in
  // that body's timeline when the body is itself a source of this crisis (else they stay the
  // person's: a row named after a bare role would say less than the name).
  let bodySources: Set<string> | null = null;
  const spokenFor = new Map<string, string | null>();
  const spokenForKey = (c: TallyInputClaim): string | null => {
    const body = spokesBody(c.source?.role);
    if (!body) return null;
    const memoKey = `${body}\u0000${c.documentCountry ?? ''}`;
    let k = spokenFor.get(memoKey);
    if (k === undefined) {
      if (!bodySources) {
        bodySources = new Set();
        for (const o of claims) if (o.source && !spokesBody(o.source.role)) bodySources.add(sourceKeyOf(o));
      }
      const key = `s${resolver.keyOf(body, { documentCountry: c.documentCountry })}`;
      k = bodySources.has(key) ? key : null;
      spokenFor.set(memoKey, k);
    }
    return k;
  };

  const out: CategoryTally[] = [];
  for (const [category, list] of categories) {
    const at: Array<string | null> = new Array(list.length);
    const atKey = new Float64Array(list.length);
    const publishedKey = new Float64Array(list.length);
    const bySource = new Map<string, { key: string; outlet: boolean; type: SourceType | null; items: number[]; names: Set<string> }>();
    // Place id -> day -> its event (maps of maps: no key is built per claim), and the events in
    // the order they were first met.
    const eventsAt = new Map<string, Map<string, TallyEvent>>();
    const eventList: TallyEvent[] = [];
    const partItems: number[] = [];
    /** Place id -> its `local` figures. */
    const placeItems = new Map<string, number[]>();
    const typeOf = (c: TallyInputClaim): SourceType => c.sourceType ?? (c.source ? 'unknown' : 'media');
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      const day = (at[i] = asOf(c));
      if (options.since && (!day || day < options.since)) continue;
      if (options.until && (!day || day > options.until)) continue;
      const scope = c.scope;
      atKey[i] = dayNumber(day);
      publishedKey[i] = dayNumber(c.published);
      if (scope === 'local' || scope === 'new') {
        if (options.sourceTypes && !options.sourceTypes.includes(typeOf(c))) continue;
        let byDay = eventsAt.get(c.place?.id ?? '');
        if (!byDay) eventsAt.set(c.place?.id ?? '', (byDay = new Map()));
        let ev = byDay.get(day ?? '');
        if (!ev) {
          byDay.set(day ?? '', (ev = { place: c.place?.name ?? null, day, estimate: c.estimate, figures: [] }));
          eventList.push(ev);
        }
        ev.figures.push({ source: c.source?.name ?? outletOf(c), estimate: c.estimate, qualifier: c.qualifier, scope, claimId: c.id });
        ev.estimate = Math.min(ev.estimate, c.estimate);
        if (scope === 'local' && c.place) {
          const items = placeItems.get(c.place.id);
          if (items) items.push(i);
          else placeItems.set(c.place.id, [i]);
        }
        continue;
      }
      if (scope === 'part') {
        if (options.sourceTypes && !options.sourceTypes.includes(typeOf(c))) continue;
        partItems.push(i);
        continue;
      }
      const sourceKey = spokenForKey(c) ?? sourceKeyOf(c);
      let group = bySource.get(sourceKey);
      if (!group) bySource.set(sourceKey, (group = { key: sourceKey, outlet: !c.source, type: c.sourceType, items: [], names: new Set<string>() }));
      group.items.push(i);
      // An outlet's names are as its reports give them (a source's are the resolver's).
      if (!c.source) group.names.add(outletOf(c));
      if (!group.type || group.type === 'unknown') group.type = c.sourceType;
    }
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
        scope: c.scope === 'local' ? 'local' : 'total',
        revision: c.revision ?? null,
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
      const before = options.timelines?.get(list[items[0]!]!);
      if (
        before &&
        before.inputs.length === items.length &&
        items.every(
          (i, k) =>
            list[i] === before.inputs[k] &&
            (at[i] ?? null) === before.asOf[k] &&
            sameNumbers((copies.size && copies.get(list[i]!.documentId)) || NONE, before.copies[k]!),
        )
      ) {
        return before.body;
      }
      const inputs = items.map((i) => list[i]!);
      const asOf = items.map((i) => at[i] ?? null);
      const copiesOf = items.map((i) => copies.get(list[i]!.documentId) ?? NONE);
      // How many reports give the source each figure on each day: within one report that
      // states two figures for a day ("now 253, not the 290 said before"), the one others
      // repeat is the standing one.
      const reportsOf = new Map<string, Set<number>>();
      for (const i of items) {
        const k = `${atKey[i]}|${list[i]!.estimate}`;
        let docs = reportsOf.get(k);
        if (!docs) reportsOf.set(k, (docs = new Set()));
        docs.add(list[i]!.documentId);
      }
      const support = (i: number) => reportsOf.get(`${atKey[i]}|${list[i]!.estimate}`)!.size;
      // Time order: as-of date, a source's own correction after the figures of its day, then the
      // later document, then support, then the larger estimate (see above).
      const later = (a: number, b: number) =>
        atKey[a]! - atKey[b]! ||
        Number(lowers(list[a]!)) - Number(lowers(list[b]!)) ||
        publishedKey[a]! - publishedKey[b]! ||
        list[a]!.documentId - list[b]!.documentId ||
        support(a) - support(b) ||
        list[a]!.estimate - list[b]!.estimate;
      const figures = placeUndated([...items].sort(later).map(figureOf));
      const latest = standingFigure(figures);
      const flags: TallyFlag[] = [];
      // A source whose running total goes down has revised it (or been misread): worth a look,
      // unless the report says it revised it.
      for (let i = 1; i < figures.length; i++) {
        const prev = figures[i - 1]!;
        const cur = figures[i]!;
        if (cur.estimate < prev.estimate && (cur.asOf ?? '') > (prev.asOf ?? '') && !lowers(cur)) {
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
      options.timelines?.set(inputs[0]!, { inputs, asOf, copies: copiesOf, body });
      return body;
    };

    // A source's type: the analyst's, else its claims', else an outlet's "media".
    const typeOfSource = (g: { key: string; outlet: boolean; type: SourceType | null }): SourceType =>
      declaredType.get(Number(g.key.slice(1))) ?? (g.type && g.type !== 'unknown' ? g.type : g.outlet ? 'media' : (g.type ?? 'unknown'));
    // An outlet goes by the name an analyst gave it, else as its reports name it.
    const nameOfSource = (g: { key: string; outlet: boolean }, body: TimelineBody): string =>
      g.outlet ? (resolver.declaredName(Number(g.key.slice(1))) ?? body.latest.namedAs) : resolver.canonical(Number(g.key.slice(1)));

    const groupKeys = new Map<SourceTimeline, string>();
    const allTimelines: SourceTimeline[] = [...bySource.values()].map((g) => {
      const body = timelineBodyOf(g.items);
      const key = Number(g.key.slice(1));
      const type = typeOfSource(g);
      const timeline: SourceTimeline = {
        source: nameOfSource(g, body),
        names: g.outlet ? [...g.names] : resolver.names(key),
        type,
        reliability: declaredReliability.get(key) ?? defaultReliability(type),
        outlet: g.outlet,
        ...body,
        // The body's list (shared with later tallies): the headline's flags go on a copy (below).
        flags: body.flags,
        headline: { status: 'current', note: '' },
      };
      groupKeys.set(timeline, g.key);
      return timeline;
    });

    const timelines = options.sourceTypes ? allTimelines.filter((t) => options.sourceTypes!.includes(t.type)) : allTimelines;
    if (!timelines.length && !eventList.length && !partItems.length) continue;

    // Each place's `local` figures, per source, as a source's totals are.
    const places: PlaceTimelines[] = [];
    for (const [placeId, items] of placeItems) {
      const bySourceHere = new Map<string, { key: string; outlet: boolean; type: SourceType | null; items: number[] }>();
      for (const i of items) {
        const c = list[i]!;
        const key = sourceKeyOf(c);
        const g = bySourceHere.get(key);
        if (!g) bySourceHere.set(key, { key, outlet: !c.source, type: c.sourceType, items: [i] });
        else {
          g.items.push(i);
          if (!g.type || g.type === 'unknown') g.type = c.sourceType;
        }
      }
      const sources: PlaceSourceTimeline[] = [...bySourceHere.values()].map((g) => {
        const body = timelineBodyOf(g.items);
        return { source: nameOfSource(g, body), type: typeOfSource(g), figures: body.figures, latest: body.latest };
      });
      sources.sort((a, b) => b.latest.estimate - a.latest.estimate || cmp(a.source, b.source));
      places.push({ placeId, place: list[items[0]!]!.place!.name, sources });
    }
    places.sort((a, b) => b.sources[0]!.latest.estimate - a.sources[0]!.latest.estimate || cmp(a.place, b.place));

    timelines.sort((a, b) => b.latest.estimate - a.latest.estimate || cmp(a.source, b.source));
    // The headline, by the rule of headline.ts, over each source's latest total.
    const candidates: Candidate[] = timelines.map((t) => ({
      source: t.source,
      type: t.type,
      reliability: t.reliability,
      estimate: t.latest.estimate,
      qualifier: t.latest.qualifier,
      hedged: t.latest.hedged,
      asOf: t.latest.asOf,
      claimId: t.latest.claimId,
      revisedFrom: revisedFrom(t.figures, t.latest),
      notBefore: t.latest.asOf ? null : datedBefore(t.figures, t.latest),
    }));
    const chosen = chooseHeadline(candidates);
    timelines.forEach((t, i) => {
      const v: CandidateVerdict | undefined = chosen.verdicts.get(candidates[i]!);
      if (!v) return;
      t.headline = { status: v.status, note: v.note };
      if (v.status === 'outlier') t.flags = [...t.flags, { kind: 'outlier', message: `${t.latest.estimate} is ${v.note}`, claimId: t.latest.claimId }];
      // The heading total's note is "heads the card": its flag says what it falls below.
      const falls = v.status === 'heads' ? chosen.headline?.disagreement : `${t.latest.estimate} ${v.note}`;
      if (v.fallsBelow && falls) t.flags = [...t.flags, { kind: 'disagreement', message: falls, claimId: t.latest.claimId }];
    });

    // Sub-counts under the total of the same source and day (the same report's first): source
    // key -> day -> the total's claim, for the sources that have sub-counts.
    const partKeys = partItems.map((i) => sourceKeyOf(list[i]!));
    const totalOf = new Map<string, Map<string, number>>();
    for (const k of partKeys) totalOf.set(k, new Map());
    if (partItems.length) {
      for (const t of timelines) {
        const byDay = totalOf.get(groupKeys.get(t)!);
        if (!byDay) continue;
        for (const f of t.figures) {
          const day = f.asOf ?? '';
          if (!byDay.has(day) || f.documentId === t.latest.documentId) byDay.set(day, f.claimId);
        }
      }
    }
    const parts: TallyPart[] = partItems.map((i, n) => {
      const c = list[i]!;
      return {
        source: c.source?.name ?? outletOf(c),
        estimate: c.estimate,
        qualifier: c.qualifier,
        who: c.who,
        asOf: at[i] ?? null,
        claimId: c.id,
        documentId: c.documentId,
        ofClaimId: totalOf.get(partKeys[n]!)!.get(at[i] ?? '') ?? null,
      };
    });

    const byType = {} as Record<SourceType, HeadlineFigure | null>;
    for (const type of SOURCE_TYPES) byType[type] = latestOfType(candidates, type, chosen.verdicts);
    out.push({
      category,
      conservative: chosen.headline,
      range: chosen.range,
      byType,
      sourceCount: timelines.length,
      sources: timelines,
      eventCount: eventList.length,
      events: eventList.sort((a, b) => cmp(b.day ?? '', a.day ?? '') || b.estimate - a.estimate),
      parts,
      placeCount: places.length,
      places,
      flags: timelines.flatMap((t) => t.flags),
    });
  }
  out.sort(byCategoryOrder);
  return { categories: out };
}

/** A figure that revises its source's earlier one downward, or corrects it without a stated direction. */
const lowers = (f: { revision?: Revision | null }) => f.revision === 'down' || f.revision === 'correction';

/**
 * A source's standing figure, from its figures in time order: the last, except that a figure
 * restated after the source's own downward revision of it (an old report relayed again) does
 * not undo the revision. A later figure that differs is a new total, as always.
 */
const SPOKES = '(?:spokes(?:man|woman|person)|press (?:officer|secretary))';
const BODY_BEFORE = new RegExp(`^(?:the |a |an )?(?:(?:chief|senior|deputy|acting|official|top) )*(.+?) ${SPOKES}$`, 'i');
const BODY_AFTER = new RegExp(`^(?:the |a |an )?(?:(?:chief|senior|deputy|acting|official|top) )*${SPOKES} (?:for|of|at) (?:the )?(.+)$`, 'i');

/** The body a spokesperson's role names: "police spokesman" and "a spokeswoman for the UN rights office" give "police", "UN rights office". */
export function spokesBody(role: string | null | undefined): string | null {
  if (!role) return null;
  // Asked for every claim with a role, each tally: a crisis repeats a handful of roles.
  let body = bodies.get(role);
  if (body === undefined) {
    const m = BODY_AFTER.exec(role.trim()) ?? BODY_BEFORE.exec(role.trim());
    if (bodies.size > 10_000) bodies.clear();
    bodies.set(role, (body = m?.[1]?.trim() || null));
  }
  return body;
}
const bodies = new Map<string, string | null>();

/**
 * A total whose report gives no date sits where its value puts it among its source's dated
 * totals (running tolls do not fall): before the first larger one, else last. Sorting it first,
 * as an unknown date would, made a later count read as an old one and the source's own lower,
 * earlier figure as its latest.
 */
export function placeUndated(figures: TallyFigure[]): TallyFigure[] {
  if (!figures.some((f) => f.asOf) || figures.every((f) => f.asOf)) return figures;
  const placed = figures.filter((f) => f.asOf);
  for (const f of figures) {
    if (f.asOf) continue;
    const at = placed.findIndex((d) => d.asOf && d.estimate > f.estimate);
    placed.splice(at < 0 ? placed.length : at, 0, f);
  }
  return placed;
}

/** The as-of date of the last dated figure before `latest` in its timeline (see placeUndated), or null. */
function datedBefore(figures: TallyFigure[], latest: TallyFigure): string | null {
  let day: string | null = null;
  for (const f of figures) {
    if (f === latest) break;
    if (f.asOf) day = f.asOf;
  }
  return day;
}

function standingFigure(figures: TallyFigure[]): TallyFigure {
  let latest = figures[figures.length - 1]!;
  if (!figures.some(lowers)) return latest;
  const revisedAway = new Set<number>();
  latest = figures[0]!;
  figures.forEach((f, i) => {
    // Quadratic only in a source's own revisions, which are few.
    if (lowers(f)) for (let j = 0; j < i; j++) if (figures[j]!.estimate > f.estimate) revisedAway.add(figures[j]!.estimate);
    if (lowers(f) || !revisedAway.has(f.estimate)) latest = f;
  });
  return latest;
}

/** For a standing figure that revises its source's own earlier ones down: the highest of those it supersedes. */
function revisedFrom(figures: TallyFigure[], latest: TallyFigure): { estimate: number; asOf: string | null } | null {
  if (!lowers(latest)) return null;
  let top: TallyFigure | null = null;
  for (const f of figures) {
    if (f === latest) break;
    if (f.estimate > latest.estimate && (!top || f.estimate > top.estimate)) top = f;
  }
  return top && { estimate: top.estimate, asOf: top.asOf };
}

const CATEGORY_ORDER: Category[] = ['killed', 'injured', 'detained', 'missing', 'executed', 'displaced', 'participants', 'places'];
/** Categories in the order a tally shows them: deaths first. */
export const byCategoryOrder = (a: { category: Category }, b: { category: Category }) =>
  CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category);

/** Outlet names normalised (once per name: every tally meets every document's outlet). */
const normalisedOutlets = new Map<string, string>();
function normaliseOutlet(s: string): string {
  let n = normalisedOutlets.get(s);
  if (n === undefined) {
    if (normalisedOutlets.size > 50_000) normalisedOutlets.clear();
    normalisedOutlets.set(
      s,
      (n = s
        .toLowerCase()
        .replace(/^www\./, '')
        .trim()),
    );
  }
  return n;
}
