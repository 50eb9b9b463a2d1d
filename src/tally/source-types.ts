/** Moved to src/sources (a leaf); kept for the imports that still use this path. */
export { guessSourceType, guessSourceKind, defaultReliability, DEFAULT_RELIABILITY } from '../sources/types.js';
