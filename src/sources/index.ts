/**
 * Sources: who figures are attributed to. Naming (normalisation, transliteration, acronyms,
 * countries), first guesses of type, kind and reliability, and grouping names into sources.
 * A leaf: it depends on the domain types only.
 */
export { normaliseSource, parseSourceName, sameName, samePerson, sameSource, stripApposition, type ParsedName } from './names.js';
export { SourceResolver, type DeclaredSource, type NameContext } from './resolver.js';
export { DEFAULT_RELIABILITY, defaultReliability, guessSourceKind, guessSourceType } from './types.js';
export { countryName, countryOfWords } from './countries.js';
export { IRREGULAR_DEMONYMS } from './words.js';
