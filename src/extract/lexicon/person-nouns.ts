// Corrections to WordNet's person-noun table, and irregular plurals.

/**
 * Whether a noun denotes people comes from WordNet (src/extract/person-nouns.ts); these are the
 * corrections to that table, by written form or lemma: `null` says "not people" (a rare person
 * sense of a common word), a kind adds a word WordNet lacks or files elsewhere.
 */
export const PERSON_NOUN_OVERRIDES: ReadonlyMap<string, 'person' | 'group' | null> = new Map<string, 'person' | 'group' | null>([
  // Pronoun-like heads a figure may count: "five others", "12 more", "those".
  ...(['others', 'more', 'those', 'them', 'whom'] as const).map((w) => [w, 'person'] as [string, 'person']),
  // Plurals of group nouns that count members: "20 families", "150 security forces".
  ...(['families', 'forces'] as const).map((w) => [w, 'group'] as [string, 'group']),
  // Lemmas WordNet files under another sense first ("person" is a top-level noun, "agent" a cause).
  ...(['person', 'protestor', 'agent'] as const).map((w) => [w, 'person'] as [string, 'person']),
  // ("a camera operator was killed", "the school's principal"; "councilor", "picketer": spellings and forms WordNet files elsewhere or lacks.)
  ...(['operator', 'principal', 'councilor', 'picketer'] as const).map((w) => [w, 'person'] as [string, 'person']),
  // People who arrive ("5,200 of the new arrivals were children"): WordNet's person sense of "arrival" is its second.
  ['arrival', 'person'],
  // People WordNet lacks or files as a body only: "two abductees", "three deminers", "two coastguards",
  // "four carabineros" (Chile's police), "askaris" (East Africa's soldiers and guards).
  // "seven IDPs": internally displaced persons.
  ...(['abductee', 'deminer', 'coastguard', 'carabinero', 'askari', 'idp'] as const).map((w) => [w, 'person'] as [string, 'person']),
  // Function words with a rare person sense ("the haves"): as a figure's next word they are verbs or adverbs.
  ...(['have', 'here', 'let', 'same', 'tell'] as const).map((w) => [w, null] as [string, null]),
]);

/** Irregular noun plurals WordNet's detachment rules do not reach (its noun.exc, the part we need). */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['children', 'child'],
  ['people', 'person'],
  ['persons', 'person'],
  ['passers-by', 'passer-by'],
  ['passersby', 'passerby'],
  ['bystanders', 'bystander'],
  ['teeth', 'tooth'],
  ['lookers-on', 'looker-on'],
  ['onlookers', 'onlooker'],
  ['alumni', 'alumnus'],
  ['mujahideen', 'mujahid'],
  ['mujahedin', 'mujahid'],
  ['fedayeen', 'fedayee'],
  ['kin', 'kinsman'],
  ['wives', 'wife'],
  // WordNet's group noun "men" (a body of soldiers) hides the plural of "man": "four men and a woman".
  ['men', 'man'],
  ['women', 'woman'],
]);

/**
 * Nouns that are people only after a word of role or public life: "opposition figures", "party
 * figures", "community leaders" are people; bare "figures" are numbers ("official figures show").
 */
export const ROLE_PERSON_NOUNS = new Set(['figures']);
export const ROLE_MODIFIERS = new Set([
  'opposition',
  'political',
  'party',
  'religious',
  'tribal',
  'community',
  'civic',
  'public',
  'prominent',
  'leading',
  'senior',
  'key',
  'rebel',
  'militant',
  'protest',
  'student',
  'union',
  'labour',
  'labor',
  'business',
  'media',
  'cultural',
  'clerical',
  'reformist',
  'dissident',
  'royalist',
  'nationalist',
  'separatist',
]);

/** A person's age as a modifier ("a 19-year-old student", "the 8-month-old"): it describes someone, counts no one. */
export const AGE_MODIFIER = /^\d{1,3}-(?:year|month|week)s?-old$/i;
