/** The store's errors: each maps to one HTTP status (404, 400, 409) and says what to change. */

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
