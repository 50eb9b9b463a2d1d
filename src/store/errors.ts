/** The store's errors: each message says what to change (the server maps them to 404, 400 and 409). */

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** A request the store refuses as given (the message says what to change). */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}

/** A write made on a stale version of a record: another reviewer changed it first. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}
