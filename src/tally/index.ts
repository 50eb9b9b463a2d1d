/**
 * The tally of a stored crisis: its reviewed claims, reconciled (see reconcile.ts). The one
 * function the CLI and the web API call.
 */
import type { Category, Crisis, SourceType } from '../domain.js';
import { NotFoundError, type Store } from '../store/index.js';
import { findNearDuplicates } from './near-duplicates.js';
import { computeTally, type Tally } from './reconcile.js';

export * from './reconcile.js';
export { findNearDuplicates } from './near-duplicates.js';
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
}

export async function tallyForCrisis(store: Store, crisisName: string, filter: TallyFilter | Category = {}): Promise<CrisisTally> {
  const { category, since, until, sourceTypes } = typeof filter === 'string' ? { category: filter } : filter;
  const crisis = await store.getCrisis(crisisName);
  if (!crisis) throw new NotFoundError(`no crisis named "${crisisName}" (see "tally crisis list")`);
  const [claims, docs, crisisDays, sources] = await Promise.all([
    store.claimsForTally(crisis.id, category),
    store.crisisDocuments(crisis.id),
    store.crisisDays(crisis.id),
    store.listSources(),
  ]);
  const duplicates = findNearDuplicates(docs);
  const publisher = new Map(docs.map((d) => [d.id, d.publisher]));
  const tally = computeTally(
    claims.map((c) => ({ ...c, publisher: publisher.get(c.documentId) ?? null })),
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
