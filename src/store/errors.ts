/** The store's errors: each maps to one HTTP status and says what to change. */

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** A request the store refuses as given (the message says what to change). */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}

/** A change that would do more than it says (an alias that merges two sources): confirm it. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}
