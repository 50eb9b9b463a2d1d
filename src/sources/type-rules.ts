/** The words that give a source's type (see types.ts), apart so that names.ts can use them. */
import type { SourceType } from '../domain.js';

const RULES: Array<[SourceType, RegExp]> = [
  // Opposition first: "the National Council of Resistance" is not a government council.
  ['opposition', /\b(opposition|resistance|rebels?|insurgents?|activists?|protest(?:er)?s'? (?:groups?|committees?|network)|dissidents?)\b/i],
  // Rights bodies and health workers before officials: "the government's human rights commission" reports as a monitor.
  [
    'independent',
    /\b(human rights|rights (?:groups?|monitors?|organi[sz]ations?|watch)|amnesty|watch|united nations|u\.?n\.?\b|ohchr|unicef|unhcr|red cross|red crescent|ngos?|observatory|monitor(?:s|ing)? group|medics?|doctors?|physicians|hospitals?|medical sources|lawyers?|bar association|journalists'? (?:union|syndicate)|committee to protect)\b/i,
  ],
  [
    'media',
    /\b(news|newspaper|tv|television|radio|times|post|press|daily|tribune|herald|journal|gazette|reuters|afp|agence france|associated press|bbc|al[- ]jazeera|cnn|anadolu|xinhua|tass|interfax|irna|isna|fars|tasnim|media|reporters?|correspondents?)\b/i,
  ],
  [
    'official',
    /\b(ministry|minister|government|officials?|authorities|authority|police|army|military|armed forces|security forces|interior|president|presidential|prime minister|governor|mayor|spokes(?:man|woman|person)|prosecutors?|parliament|state|department|agency|council|commission|office|embassy|ambassador|kremlin|white house|cabinet|civil defen[cs]e|directorate|coroner|gendarmerie|presidency|junta|judiciary)\b/i,
  ],
];

export function guessSourceType(name: string): SourceType {
  for (const [type, pattern] of RULES) if (pattern.test(name)) return type;
  return 'unknown';
}
