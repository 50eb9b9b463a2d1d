/**
 * The claims of a crisis as the tally reads them, kept in memory per store and brought up to
 * date by versions: after a change (a review, an ingest), only the claims of documents whose
 * version changed are read again, and only the categories they belong to are reconciled again.
 *
 * Reading a hundred thousand claims costs about a second; the versions of their documents cost
 * a few milliseconds. Every process sees the others' writes: versions come from the database
 * (see `Store.crisisDocuments`).
 */
import type { Category, Crisis, Reliability, SourceType } from '../domain.js';
import type { CrisisDocument, Store, TallyClaim } from '../store/index.js';
import { groupNearDuplicates } from './near-duplicates.js';
import type { TallyInputClaim, TallyOptions } from './reconcile.js';

interface Kept {
  claim: TallyClaim;
  input: TallyInputClaim | null;
}

interface SourceEntry {
  /** The stored source a claim's source row stands for (a merged row: the one it joined). */
  id: number;
  name: string;
  type: SourceType;
  reliability: Reliability | null;
}

/** Everything but the claims that a category's tally depends on. */
export interface CrisisContext {
  documents: Map<number, CrisisDocument>;
  options: Required<Pick<TallyOptions, 'crisisStart' | 'crisisDays' | 'duplicates' | 'sources'>>;
  sources: Map<number, SourceEntry>;
}

export class CrisisClaims {
  /** The crisis revision this state was last brought up to date at (-1: never). */
  revision = -1;
  context: CrisisContext | null = null;
  private declaredKey = '';
  /** Document id -> the version of its claims, and the claims. */
  private readonly versions = new Map<number, string>();
  private readonly claims = new Map<number, TallyClaim[]>();
  /** Category -> claim id -> the claim and, once made, its reconciler input. */
  private readonly byCategory = new Map<Category, Map<number, Kept>>();
  /** Bumped for a category whenever anything its tally depends on changes. */
  private readonly generations = new Map<Category, number>();
  private readonly signatures = new Map<number, number[]>();
  /** Document id -> the country most of its placed claims are in (null: none placed). */
  private readonly countries = new Map<number, string | null>();
  private updating: Promise<void> | null = null;

  constructor(readonly crisisId: number) {}

  categories(): Category[] {
    return [...this.byCategory].filter(([, m]) => m.size).map(([c]) => c);
  }

  generation(category: Category): number {
    return this.generations.get(category) ?? 0;
  }

  /**
   * The category's claims with their document's and source's fields, ready to reconcile. The
   * same objects while nothing about them changes, so that the reconciler can reuse its work.
   */
  inputs(category: Category): TallyInputClaim[] {
    const out: TallyInputClaim[] = [];
    for (const kept of this.byCategory.get(category)?.values() ?? []) out.push((kept.input ??= this.inputOf(kept.claim)));
    return out;
  }

  private inputOf(c: TallyClaim): TallyInputClaim {
    const ctx = this.context!;
    const d = ctx.documents.get(c.documentId);
    const s = c.sourceId === null ? undefined : ctx.sources.get(c.sourceId);
    // Spelled out rather than spread: this runs for every claim of a crisis.
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
      scope: c.scope,
      revision: c.revision,
      span: c.span,
      source: s ? { name: s.name, via: c.via, role: c.sourceRole } : null,
      sourceType: s?.type ?? null,
      sourceId: s?.id ?? null,
      sourceReliability: s?.reliability ?? null,
      documentCountry: this.countryOf(c.documentId),
      documentUrl: d?.url ?? null,
      documentTitle: d?.title ?? null,
      published: d?.published ?? null,
      publisher: d?.publisher ?? null,
    };
  }

  /** The document's dominant country: an unqualified "interior ministry" in it is that country's. */
  private countryOf(documentId: number): string | null {
    let country = this.countries.get(documentId);
    if (country === undefined) {
      const counts = new Map<string, number>();
      for (const c of this.claims.get(documentId) ?? []) if (c.place) counts.set(c.place.countryCode, (counts.get(c.place.countryCode) ?? 0) + 1);
      country = null;
      let best = 0;
      for (const [code, n] of counts) if (n > best || (n === best && country !== null && code < country)) [country, best] = [code, n];
      this.countries.set(documentId, country);
    }
    return country;
  }

  /** Brings the state up to `revision` (one read at a time; concurrent callers share it). */
  async update(store: Store, crisis: Crisis, revision: number): Promise<void> {
    // Revisions only grow: a state read at a later one is up to date for an earlier one.
    while (this.revision < revision) {
      if (this.updating) {
        await this.updating;
        continue;
      }
      this.updating = this.read(store, crisis, revision).finally(() => {
        this.updating = null;
      });
    }
  }

  private async read(store: Store, crisis: Crisis, revision: number): Promise<void> {
    const [documents, crisisDays, directory] = await Promise.all([store.crisisDocuments(crisis.id), store.crisisDays(crisis.id), store.sourceDirectory()]);
    const dirty = new Set<Category>();
    const before = this.context;

    // Documents new or changed since the last read. Claims of those read before (edited) and of
    // sources whose name or type changed get new inputs; new ones only matter to new claims.
    const changedDocuments = new Set<number>();
    for (const d of documents) if (before?.documents.get(d.id)?.version !== d.version) changedDocuments.add(d.id);
    const editedDocuments = new Set([...changedDocuments].filter((id) => before?.documents.has(id)));
    const present = new Set(documents.map((d) => d.id));
    const documentsGone = !!before && [...before.documents.keys()].some((id) => !present.has(id));
    // A merged source's row stands for the source it joined.
    const rows = new Map(directory.map((s) => [s.id, s]));
    const targetOf = (s: (typeof directory)[number]) => {
      let t = s;
      for (let hops = 0; t.mergedInto !== null && rows.has(t.mergedInto) && hops < 16; hops++) t = rows.get(t.mergedInto)!;
      return t;
    };
    const sources = new Map(
      directory.map((s) => {
        const t = targetOf(s);
        return [s.id, { id: t.id, name: t.name, type: t.type, reliability: t.reliability }];
      }),
    );
    const changedSources = new Set<number>();
    for (const [id, s] of sources) {
      const old = before?.sources.get(id);
      if (old && (old.name !== s.name || old.type !== s.type || old.id !== s.id || old.reliability !== s.reliability)) changedSources.add(id);
    }

    // Near-duplicates, when the documents changed.
    let duplicates = before?.options.duplicates ?? new Map<number, number>();
    if (!before || changedDocuments.size || documentsGone) {
      for (const id of this.signatures.keys()) if (!present.has(id)) this.signatures.delete(id);
      const missing = documents.filter((d) => !this.signatures.has(d.id)).map((d) => d.id);
      if (missing.length) for (const [id, sig] of await store.documentSignatures(missing)) this.signatures.set(id, sig);
      duplicates = groupNearDuplicates(
        documents.flatMap((d) => {
          const signature = this.signatures.get(d.id);
          return signature ? [{ id: d.id, published: d.published, signature }] : [];
        }),
      );
    }

    // What every category depends on: a change reconciles them all again (reusing what the
    // reconciler made of unchanged sources). New documents alone only add their own claims.
    const declared = directory
      .filter((s) => s.mergedInto === null && (s.aliases.length || s.type !== 'unknown' || s.reliability || s.separate.length))
      .map((s) => ({ name: s.name, aliases: s.aliases, type: s.type, reliability: s.reliability, separate: s.separate }));
    const declaredKey = JSON.stringify(declared);
    const everything =
      !before ||
      before.options.crisisStart !== crisis.startDate ||
      declaredKey !== this.declaredKey ||
      !sameEntries(before.options.crisisDays, crisisDays, (id) => !changedDocuments.has(id));
    // A document that became (or stopped being) a copy, and its originals: their claims count
    // differently, or list other copies.
    if (before && duplicates !== before.options.duplicates) {
      const touched = new Set<number>();
      for (const [copy, original] of duplicates) {
        const was = before.options.duplicates.get(copy);
        if (was === original) continue;
        touched.add(copy).add(original);
        if (was !== undefined) touched.add(was);
      }
      for (const [copy, original] of before.options.duplicates) if (!duplicates.has(copy)) touched.add(copy).add(original);
      for (const id of touched) for (const c of this.claims.get(id) ?? []) dirty.add(c.category);
    }
    this.context = {
      documents: new Map(documents.map((d) => [d.id, d])),
      options: { crisisStart: crisis.startDate, crisisDays, duplicates, sources: declared },
      sources,
    };
    this.declaredKey = declaredKey;
    if (everything) for (const c of this.byCategory.keys()) dirty.add(c);
    if (editedDocuments.size || changedSources.size) {
      for (const [c, kept] of this.byCategory) {
        for (const k of kept.values()) {
          const { documentId, sourceId } = k.claim;
          if (!k.input || !(editedDocuments.has(documentId) || (sourceId !== null && changedSources.has(sourceId)))) continue;
          // An unchanged input keeps its object: the reconciler reuses what it made of it.
          const input = this.inputOf(k.claim);
          if (sameInput(k.input, input)) continue;
          k.input = input;
          dirty.add(c);
        }
      }
    }

    // Claims: drop those of documents gone, read those of documents whose claims changed.
    const versions = new Map(documents.map((d) => [d.id, d.claimsVersion]));
    const changed: number[] = [];
    for (const [id, version] of versions) {
      if (this.versions.get(id) === version) continue;
      changed.push(id);
      this.versions.set(id, version);
    }
    for (const id of this.versions.keys()) {
      if (versions.has(id)) continue;
      this.versions.delete(id);
      this.forget(id, dirty);
    }
    if (changed.length) {
      // A first read takes the whole crisis in one scan, later ones only what changed.
      const rows = await store.claimsForTally(crisis.id, changed.length > versions.size / 2 ? {} : { documentIds: changed });
      const fresh = new Map<number, TallyClaim[]>(changed.map((id) => [id, []]));
      for (const c of rows) fresh.get(c.documentId)?.push(c);
      for (const [id, claims] of fresh) this.replace(id, claims, dirty);
    }
    for (const c of dirty) this.generations.set(c, this.generation(c) + 1);
    this.revision = revision;
  }

  /**
   * Puts a document's claims in place of those kept; only the categories of claims that differ
   * are marked (a review of one claim does not make its document's other categories stale).
   */
  private replace(documentId: number, claims: TallyClaim[], dirty: Set<Category>): void {
    const before = new Map((this.claims.get(documentId) ?? []).map((c) => [c.id, c]));
    for (const c of claims) {
      const old = before.get(c.id);
      before.delete(c.id);
      if (old && JSON.stringify(old) === JSON.stringify(c)) continue;
      if (old) this.drop(old, dirty);
      let m = this.byCategory.get(c.category);
      if (!m) this.byCategory.set(c.category, (m = new Map()));
      m.set(c.id, { claim: c, input: null });
      dirty.add(c.category);
    }
    for (const old of before.values()) this.drop(old, dirty);
    this.countries.delete(documentId);
    if (claims.length)
      this.claims.set(
        documentId,
        claims.map((c) => this.byCategory.get(c.category)?.get(c.id)?.claim ?? c),
      );
    else this.claims.delete(documentId);
  }

  /** Drops a document's claims from memory. */
  private forget(documentId: number, dirty: Set<Category>): void {
    for (const c of this.claims.get(documentId) ?? []) this.drop(c, dirty);
    this.claims.delete(documentId);
    this.countries.delete(documentId);
  }

  private drop(c: TallyClaim, dirty: Set<Category>): void {
    this.byCategory.get(c.category)?.delete(c.id);
    dirty.add(c.category);
  }
}

/** Whether two maps hold the same entries (among the keys `only` keeps). */
function sameEntries<K, V>(a: Map<K, V>, b: Map<K, V>, only: (key: K) => boolean = () => true): boolean {
  for (const [k, v] of a) if (only(k) && b.get(k) !== v) return false;
  for (const [k, v] of b) if (only(k) && a.get(k) !== v) return false;
  return true;
}

/** Whether two inputs made of the same claim say the same (the fields the context fills in). */
function sameInput(a: TallyInputClaim, b: TallyInputClaim): boolean {
  return (
    a.source?.name === b.source?.name &&
    a.source?.via === b.source?.via &&
    a.source?.role === b.source?.role &&
    a.sourceType === b.sourceType &&
    a.sourceId === b.sourceId &&
    a.sourceReliability === b.sourceReliability &&
    a.documentCountry === b.documentCountry &&
    a.documentUrl === b.documentUrl &&
    a.documentTitle === b.documentTitle &&
    a.published === b.published &&
    a.publisher === b.publisher
  );
}
