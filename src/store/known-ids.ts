/**
 * Ids of source, outlet and crisis names a Store has seen, learned from committed transactions
 * only (names are unique and never deleted, so an id once committed stays right): most documents
 * repeat the same few sources and crisis, and each lookup is a round trip.
 */
import type { Db, Queryable } from './db.js';

/** What one transaction looked up or created, kept once it commits. */
export interface Learned {
  sources: Map<string, number>;
  outlets: Set<string>;
  crises: Map<string, number>;
}

export class KnownIds {
  readonly sources = new Map<string, number>();
  readonly crises = new Map<string, number>();
  /** Outlet names already stored as sources. */
  readonly outlets = new Set<string>();

  /** Runs `fn` in one transaction and keeps what it learned once the transaction commits. */
  async learning<T>(db: Db, fn: (tx: Queryable, learned: Learned) => Promise<T>): Promise<T> {
    const learned: Learned = { sources: new Map(), crises: new Map(), outlets: new Set() };
    const out = await db.transaction((tx) => fn(tx, learned));
    for (const [name, id] of learned.sources) this.sources.set(name, id);
    for (const [name, id] of learned.crises) this.crises.set(name, id);
    for (const o of learned.outlets) this.outlets.add(o);
    return out;
  }

  /** After a source edit: a name learned for a merged or split source may lead elsewhere now. */
  forgetSources(): void {
    this.sources.clear();
  }
}
