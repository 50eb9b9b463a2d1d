/**
 * First guesses about a source from the words of its name, given when it is first stored:
 *
 * - its type: "Interior Ministry", "police", "officials" are official; "Human Rights Watch",
 *   "rights groups", "medics" are independent; "Press TV", "the Daily Star", "Reuters" are
 *   media; "opposition", "resistance", "activists" are the opposition; else unknown;
 * - its kind (person, organisation, office, group, document, outlet);
 * - its reliability on the Admiralty scale, from its type (see DEFAULT_RELIABILITY).
 *
 * Analysts correct all three on the Sources page (or `tally sources set`).
 */
import type { Reliability, SourceKind, SourceType } from '../domain.js';
import { normaliseSource, parseSourceName, stripApposition } from './names.js';
import { guessSourceType } from './type-rules.js';

export { guessSourceType };

const GROUP =
  /\b(?:activists|witnesses|residents|protesters|medics|doctors|sources|officials|lawyers|families|relatives|rights groups|groups|monitors|organi[sz]ations|authorities|people|journalists|reporters)\b/i;
const DOCUMENT = /\b(?:figures|report|statement|data|count|tally|records?|list|document|bulletin|census|estimates?)\b/i;
const OUTLET_HOST = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/** What a name names: "Mojtaba Zolnour" a person, "activists" a group, "Interior Ministry" an office... */
export function guessSourceKind(name: string): SourceKind {
  if (OUTLET_HOST.test(name.trim())) return 'outlet';
  if (DOCUMENT.test(name)) return 'document';
  const p = parseSourceName(name);
  if (p.office) return /\b(?:officials|authorities)\b/i.test(name) ? 'group' : 'office';
  if (GROUP.test(name)) return 'group';
  if (guessSourceType(name) === 'media') return 'outlet';
  if (p.person) return /\s/.test(stripApposition(name)) || p.base !== normaliseSource(name) ? 'person' : 'organisation';
  return 'organisation';
}

/**
 * The reliability a source starts with, from its type, until an analyst grades it:
 *
 * - official B (usually reliable): a state body counts from records (morgues, hospitals,
 *   arrests) and is rarely wrong about what it chooses to publish, though it may publish less;
 *   an analyst lowers a party to the violence that has misstated figures before;
 * - independent monitors B: UN offices and rights groups document case by case and revise in
 *   the open;
 * - media C (fairly reliable): usually relays others, its own counts are partial;
 * - opposition D (not usually reliable): an interested party whose counts run high and are
 *   rarely verifiable;
 * - unknown F (cannot be judged).
 *
 * E (unreliable) and A (completely reliable) are the analyst's to give, never a default.
 */
export const DEFAULT_RELIABILITY: Record<SourceType, Reliability> = {
  official: 'B',
  independent: 'B',
  media: 'C',
  opposition: 'D',
  unknown: 'F',
};

export function defaultReliability(type: SourceType): Reliability {
  return DEFAULT_RELIABILITY[type];
}
