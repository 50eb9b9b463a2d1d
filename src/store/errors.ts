/**
 * The store's errors, each saying what to change: the first three map to one HTTP status each
 * (404, 400, 409); DataDirInUse is the embedded data directory held by another process.
 */

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** A request the store refuses as given (the message says what to change). */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}

/**
 * A write that conflicts with the stored state: made on a stale version of a record (another
 * reviewer changed it first), or doing more than it says (an alias that merges two sources).
 */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** The data directory is held by a live process; `address` when it shares the database. */
export class DataDirInUse extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
    readonly address: string | null,
  ) {
    super(
      `the data directory ${dir} is in use by another Tally process (pid ${pid}); stop it first, or use a PostgreSQL server (--database-url) for several processes`,
    );
  }
}
