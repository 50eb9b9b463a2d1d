/**
 * Objects a Store owns for its lifetime, one per kind: the caches that read models keep of it
 * (the tally's kept crises, for one). They live and die with the Store that feeds them, and are
 * kept current by its revisions (see revisions.ts), never by module-level state.
 */
export class Owned {
  private readonly byKind = new Map<abstract new () => unknown, unknown>();

  /** The Store's one object of this kind, made on first use. */
  of<T>(kind: new () => T): T {
    let it = this.byKind.get(kind) as T | undefined;
    if (it === undefined) this.byKind.set(kind, (it = new kind()));
    return it;
  }
}
