/**
 * The tally of a stored crisis: its reviewed claims, reconciled (see reconcile.ts). The one
 * function the CLI and the web API call.
 */
import type { Category, Crisis, SourceType } from '../domain.js';
import { headlinePins, type HeadlinePin } from '../store/headline-pins.js';
import { NotFoundError, type Store } from '../store/index.js';
import { CrisisClaims } from './crisis-claims.js';
import {
  byCategoryOrder,
  computeTally,
  ResolutionMemo,
  type CategoryTally,
  type Tally,
  type TallyInputClaim,
  type TallyOptions,
  type TimelineMemo,
} from './reconcile.js';

export * from './reconcile.js';
export { chooseHeadline, sourceStanding, dayWords, STALE_AFTER_DAYS } from './headline.js';
export { findNearDuplicates, groupNearDuplicates } from './near-duplicates.js';
export { SourceResolver, normaliseSource, sameSource } from './source-names.js';
export { reviewOrder, type ReviewOrder } from './review-order.js';

export interface CrisisTally extends Tally {
  crisis: Crisis;
  documents: number;
  /** Documents counted once as copies of another. */
  duplicates: Array<{ documentId: number; originalId: number }>;
}

/** Narrows a tally: one category, a window of as-of dates, some source types. */
export interface TallyFilter {
  category?: Category;
  since?: string;
  until?: string;
  sourceTypes?: SourceType[];
  /**
   * Send at most this many source timelines / events per category (the headline's source always
   * stays); sub-counts: those under a sent timeline, and at most maxEvents others.
   */
  maxSources?: number;
  maxEvents?: number;
  /** Keep only the latest this-many figures of each timeline (`reports` still counts them all). */
  maxFigures?: number;
  /** Send only this place's timelines (a gazetteer place id, as the map's places give it). */
  place?: string;
  /** Send at most this many places' timelines per category (highest latest figure first). */
  maxPlaces?: number;
}

/**
 * A recently asked crisis: its claims (see crisis-claims.ts), its reconciled categories per
 * filter (a category is reconciled again only when something it depends on changed since: a
 * review of one of its claims, a new document, a source's type) and the source timelines made
 * of its claims.
 */
interface CrisisEntry {
  claims: CrisisClaims;
  /**
   * Filter key + category -> the reconciled category at a generation (null: nothing to show),
   * and the source resolution it was made with (the next reconciliation resolves only new names).
   */
  reconciled: Map<string, { generation: number; tally: CategoryTally | null; memo: ResolutionMemo }>;
  timelines: TimelineMemo;
}

/** The tallies a Store keeps: owned by it (`store.owned`), brought up to date by its revisions. */
class KeptTallies {
  /** Crisis id -> entry, most recently used last. */
  readonly crises = new Map<number, CrisisEntry>();
}
const CRISES_PER_STORE = 4;
const RECONCILED_PER_CRISIS = 256;

export async function tallyForCrisis(store: Store, crisisName: string, filter: TallyFilter | Category = {}): Promise<CrisisTally> {
  const f: TallyFilter = typeof filter === 'string' ? { category: filter } : filter;
  const crisis = await store.getCrisis(crisisName);
  if (!crisis) throw new NotFoundError(`no crisis named "${crisisName}" (see "tally crisis list")`);
  const byId = store.owned.of(KeptTallies).crises;
  let entry = byId.get(crisis.id);
  if (!entry) {
    entry = { claims: new CrisisClaims(crisis.id), reconciled: new Map(), timelines: new WeakMap() };
    if (byId.size >= CRISES_PER_STORE) byId.delete(byId.keys().next().value!);
  }
  // Most recently used last.
  byId.delete(crisis.id);
  byId.set(crisis.id, entry);

  const { claims, reconciled, timelines } = entry;
  try {
    await claims.update(store, crisis, await store.crisisRevision(crisis.id));
  } catch (err) {
    // A read that failed half-way leaves nothing to trust: the next request starts afresh.
    byId.delete(crisis.id);
    throw err;
  }
  const ctx = claims.context!;
  const filterKey = JSON.stringify([f.since ?? null, f.until ?? null, [...(f.sourceTypes ?? [])].sort()]);
  const options: TallyOptions = {
    ...ctx.options,
    since: f.since ?? null,
    until: f.until ?? null,
    sourceTypes: f.sourceTypes?.length ? f.sourceTypes : null,
    timelines,
  };
  const categories: CategoryTally[] = [];
  const pins = new Map((await headlinePins(store, crisis.id)).map((p) => [p.category, p]));
  for (const category of f.category ? [f.category] : claims.categories()) {
    const key = `${filterKey}|${category}`;
    const generation = claims.generation(category);
    let done = reconciled.get(key);
    if (!done || done.generation !== generation) {
      const memo = done?.memo ?? new ResolutionMemo();
      done = { generation, tally: computeTally(claims.inputs(category), { ...options, memo }).categories[0] ?? null, memo };
      if (reconciled.size >= RECONCILED_PER_CRISIS) reconciled.delete(reconciled.keys().next().value!);
    }
    reconciled.delete(key);
    reconciled.set(key, done);
    const pin = pins.get(category);
    if (done.tally) categories.push(pin ? withPin(done.tally, pin, claims.inputs(category)) : done.tally);
  }
  categories.sort(byCategoryOrder);
  const tally: CrisisTally = {
    crisis,
    documents: ctx.documents.size,
    duplicates: [...ctx.options.duplicates].map(([documentId, originalId]) => ({ documentId, originalId })),
    categories,
  };
  return truncate(tally, f);
}

/**
 * Reads and reconciles the latest crises (as many as are kept per store) ahead of the first
 * request: a server started over a large crisis answers its first dashboard at once instead of
 * after seconds. Stops between crises once `stopped()` says so; failures are left to requests.
 */
export async function warmTallies(store: Store, stopped: () => boolean = () => false): Promise<void> {
  const recent = (await store.listCrises()).sort((a, b) => b.id - a.id).slice(0, CRISES_PER_STORE);
  for (const c of recent) {
    if (stopped()) return;
    await tallyForCrisis(store, c.name).catch(() => undefined);
  }
}

/**
 * The category with an analyst's pinned claim as its headline (a copy: the reconciled tally is
 * shared). A pin whose claim is no longer a figure of the category (rejected, moved) is left out.
 */
function withPin(tally: CategoryTally, pin: HeadlinePin, inputs: TallyInputClaim[]): CategoryTally {
  const c = inputs.find((x) => x.id === pin.claimId);
  if (!c) return tally;
  const row = tally.sources.find((s) => s.figures.some((x) => x.claimId === c.id));
  const source = row?.source ?? c.source?.name ?? c.publisher ?? `document ${c.documentId}`;
  const type = row?.type ?? c.sourceType ?? 'unknown';
  const computed = tally.conservative?.computed ?? null;
  return {
    ...tally,
    conservative: {
      estimate: c.estimate,
      source,
      type,
      asOf: row?.figures.find((x) => x.claimId === c.id)?.asOf ?? c.asOf ?? c.published,
      claimId: c.id,
      reason: `pinned by ${pin.pinnedBy}${pin.note ? `: ${pin.note}` : ''}`,
      disagreement: null,
      pinned: { by: pin.pinnedBy, at: pin.pinnedAt, note: pin.note },
      computed,
    },
  };
}

/** A copy with at most `maxSources` timelines (the conservative figure's kept) and `maxEvents` events per category. */
function truncate(t: CrisisTally, f: TallyFilter): CrisisTally {
  const { maxSources, maxEvents, maxFigures, maxPlaces, place } = f;
  return {
    ...t,
    categories: t.categories.map((c) => {
      let sources = c.sources;
      let flags = c.flags;
      if (maxSources !== undefined && sources.length > maxSources) {
        sources = sources.slice(0, maxSources);
        const conservative = c.sources.find((s) => s.source === c.conservative?.source);
        if (conservative && !sources.includes(conservative)) sources[sources.length - 1] = conservative;
        flags = flags.filter((fl) => sources.some((s) => s.flags.includes(fl)));
      }
      const events = maxEvents !== undefined && c.events.length > maxEvents ? c.events.slice(0, maxEvents) : c.events;
      if (maxFigures !== undefined) sources = sources.map((s) => (s.figures.length > maxFigures ? { ...s, figures: s.figures.slice(-maxFigures) } : s));
      // Sub-counts: those under a kept source's figures, and at most maxEvents others.
      let parts = c.parts;
      if (maxEvents !== undefined && parts.length > maxEvents) {
        const kept = new Set(sources.flatMap((s) => s.figures.map((x) => x.claimId)));
        let others = 0;
        parts = parts.filter((p) => (p.ofClaimId !== null && kept.has(p.ofClaimId)) || others++ < maxEvents);
      }
      let places = place !== undefined ? c.places.filter((p) => p.placeId === place) : c.places;
      if (maxPlaces !== undefined && places.length > maxPlaces) places = places.slice(0, maxPlaces);
      if (maxFigures !== undefined) {
        places = places.map((p) => ({
          ...p,
          sources: p.sources.map((s) => (s.figures.length > maxFigures ? { ...s, figures: s.figures.slice(-maxFigures) } : s)),
        }));
      }
      return { ...c, sources, events, parts, places, flags };
    }),
  };
}
