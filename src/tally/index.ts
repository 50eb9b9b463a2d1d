/**
 * The tally of a stored crisis: its reviewed claims, reconciled (see reconcile.ts). The one
 * function the CLI and the web API call.
 */
import type { Category, Crisis, SourceType } from '../domain.js';
import { NotFoundError, type Store } from '../store/index.js';
import { groupNearDuplicates } from './near-duplicates.js';
import { computeTally, type Tally, type TallyInputClaim } from './reconcile.js';

export * from './reconcile.js';
export { findNearDuplicates, groupNearDuplicates, documentSignature } from './near-duplicates.js';
export { SourceResolver, normaliseSource, sameSource } from './source-names.js';

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
  /** Send at most this many source timelines / events per category (the conservative figure's source always stays). */
  maxSources?: number;
  maxEvents?: number;
  /** Keep only the latest this-many figures of each timeline (`reports` still counts them all). */
  maxFigures?: number;
}

/**
 * Computed tallies by store, crisis and filter, valid while the crisis's revision is unchanged
 * (the store bumps it on every write the tally depends on, from any process): a large crisis
 * takes seconds to reconcile, and the dashboard asks for it on every visit.
 */
const computed = new WeakMap<Store, Map<string, { revision: number; tally: CrisisTally }>>();
const CACHED_PER_STORE = 32;

export async function tallyForCrisis(store: Store, crisisName: string, filter: TallyFilter | Category = {}): Promise<CrisisTally> {
  const f: TallyFilter = typeof filter === 'string' ? { category: filter } : filter;
  const crisis = await store.getCrisis(crisisName);
  if (!crisis) throw new NotFoundError(`no crisis named "${crisisName}" (see "tally crisis list")`);
  const revision = await store.crisisRevision(crisis.id);
  const key = JSON.stringify([crisis.id, f.category ?? null, f.since ?? null, f.until ?? null, [...(f.sourceTypes ?? [])].sort()]);
  let cache = computed.get(store);
  if (!cache) computed.set(store, (cache = new Map()));
  let entry = cache.get(key);
  if (!entry || entry.revision !== revision) {
    entry = { revision, tally: await computeCrisisTally(store, crisis, f) };
    if (cache.size >= CACHED_PER_STORE) cache.delete(cache.keys().next().value!);
  }
  // Most recently used last.
  cache.delete(key);
  cache.set(key, entry);
  return truncate(entry.tally, f);
}

/** A copy with at most `maxSources` timelines (the conservative figure's kept) and `maxEvents` events per category. */
function truncate(t: CrisisTally, f: TallyFilter): CrisisTally {
  const { maxSources, maxEvents, maxFigures } = f;
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
      return { ...c, sources, events, flags };
    }),
  };
}

async function computeCrisisTally(store: Store, crisis: Crisis, f: TallyFilter): Promise<CrisisTally> {
  const { category, since, until, sourceTypes } = f;
  const [claims, docs, crisisDays, sources] = await Promise.all([
    store.claimsForTally(crisis.id, category),
    store.crisisDocuments(crisis.id),
    store.crisisDays(crisis.id),
    store.sourceDirectory(),
  ]);
  const duplicates = groupNearDuplicates(docs);
  const docById = new Map(docs.map((d) => [d.id, d]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const tally = computeTally(
    claims.map((c): TallyInputClaim => {
      const d = docById.get(c.documentId);
      const s = c.sourceId === null ? undefined : sourceById.get(c.sourceId);
      // Spelled out rather than spread: this runs for every claim of the crisis.
      return {
        id: c.id,
        documentId: c.documentId,
        category: c.category,
        low: c.low,
        high: c.high,
        estimate: c.estimate,
        qualifier: c.qualifier,
        hedged: c.hedged,
        who: c.who,
        place: c.place,
        asOf: c.asOf,
        cumulative: c.cumulative,
        span: c.span,
        source: s ? { name: s.name, via: c.via } : null,
        sourceType: s?.type ?? null,
        documentUrl: d?.url ?? null,
        documentTitle: d?.title ?? null,
        published: d?.published ?? null,
        publisher: d?.publisher ?? null,
      };
    }),
    {
      crisisStart: crisis.startDate,
      crisisDays,
      duplicates,
      sources: sources.filter((s) => s.aliases.length || s.type !== 'unknown'),
      since: since ?? null,
      until: until ?? null,
      sourceTypes: sourceTypes?.length ? sourceTypes : null,
    },
  );
  return { crisis, documents: docs.length, duplicates: [...duplicates].map(([documentId, originalId]) => ({ documentId, originalId })), ...tally };
}
