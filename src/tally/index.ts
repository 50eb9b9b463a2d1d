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
}

export async function tallyForCrisis(store: Store, crisisName: string, filter: TallyFilter | Category = {}): Promise<CrisisTally> {
  const { category, since, until, sourceTypes, maxSources, maxEvents } = typeof filter === 'string' ? ({ category: filter } as TallyFilter) : filter;
  const crisis = await store.getCrisis(crisisName);
  if (!crisis) throw new NotFoundError(`no crisis named "${crisisName}" (see "tally crisis list")`);
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
      return {
        ...c,
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
  for (const c of tally.categories) {
    if (maxSources !== undefined && c.sources.length > maxSources) {
      const kept = c.sources.slice(0, maxSources);
      const conservative = c.sources.find((t) => t.source === c.conservative?.source);
      if (conservative && !kept.includes(conservative)) kept[kept.length - 1] = conservative;
      c.sources = kept;
      c.flags = c.flags.filter((f) => kept.some((t) => t.flags.includes(f)));
    }
    if (maxEvents !== undefined && c.events.length > maxEvents) c.events = c.events.slice(0, maxEvents);
  }
  return { crisis, documents: docs.length, duplicates: [...duplicates].map(([documentId, originalId]) => ({ documentId, originalId })), ...tally };
}
