/** Moved to src/sources (a leaf); kept for the imports that still use this path. */
export { SourceResolver, normaliseSource, sameSource, type DeclaredSource, type NameContext } from '../sources/index.js';
