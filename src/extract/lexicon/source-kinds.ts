// Kinds of source: documents, organisations, outlets, offices, groups, generic heads, roles.

/** Heads that make a source phrase a document: its author, when named, is the source ("the ministry's figures"). */
export const DOCUMENT_NOUNS = new Set([
  'report',
  'reports',
  'figure',
  'figures',
  'data',
  'statistics',
  'numbers',
  'estimate',
  'estimates',
  'statement',
  'statements',
  'count',
  'counts',
  'tally',
  'tallies',
  'records',
  'record',
  'review',
  'document',
  'documents',
  'findings',
  'information',
  'list',
  'bulletin',
  'update',
  'updates',
  'accounts',
  'account',
  'assessment',
  'survey',
  'study',
  'analysis',
  'research',
  'tweet',
  'post',
  'release',
  'database',
  'databases',
  'dataset',
  // "Its breakdown put 683 of those deaths in Latakia": a count split by place or kind.
  'breakdown',
  'breakdowns',
  // "according to the Observatory's monitoring": the work that yields a body's counts.
  'monitoring',
  'documentation',
  'verification',
  // What its owner asserts: "the network's claim that 26 died".
  'claim',
  // What a body gathered from witnesses: "citing testimony gathered by the UN rights office".
  'testimony',
  'testimonies',
  // Where its owner publishes: "according to the union's website".
  'website',
]);

/** Press words: they name an outlet, and make a capitalised phrase an organisation rather than a person. */
const PRESS_WORDS = [
  'times',
  'news',
  'press',
  'post',
  'tv',
  'television',
  'radio',
  'journal',
  'herald',
  'guardian',
  'tribune',
  'daily',
  'agence',
  'reuters',
  'afp',
  'bbc',
  'cnn',
  'ap',
  'dw',
  'irna',
  'media',
  'channel',
  'outlet',
  'newspaper',
  'magazine',
  'website',
  'wire',
];

/** Words that make a capitalised phrase an organisation rather than a person. */
export const ORG_WORDS = new Set([
  'watch',
  'international',
  'amnesty',
  'organization',
  'organisation',
  'council',
  'commission',
  'committee',
  // "The panel said", "the tribunal found": bodies convened to judge or inquire.
  'panel',
  'tribunal',
  'network',
  'centre',
  'center',
  'institute',
  'foundation',
  'federation',
  'confederation',
  'union',
  'coalition',
  'observatory',
  // "Kessel Forensic Team": a team named as a body.
  'team',
  'society',
  'association',
  'movement',
  'front',
  'party',
  'ministry',
  'agency',
  'office',
  'department',
  'government',
  'police',
  'army',
  'forces',
  'service',
  'services',
  'star',
  'hospital',
  // Heads of bodies' names in Spanish, Portuguese and French, kept as reports write them ("Fundación
  // Velm", "Instituto de Orsk", "Ligue velmienne des droits").
  'observatorio',
  'observatório',
  'observatoire',
  'defensoría',
  'defensoria',
  'fundación',
  'fundacion',
  'fundação',
  'fondation',
  'instituto',
  'institut',
  'comisión',
  'comision',
  'comissão',
  'coordinadora',
  'asociación',
  'asociacion',
  'associação',
  'colectivo',
  'coletivo',
  'collectif',
  'comité',
  'sindicato',
  'syndicat',
  'consejo',
  'conselho',
  'conseil',
  'ministerio',
  'ministério',
  'ministère',
  'ligue',
  'movimiento',
  'movimento',
  'frente',
  'university',
  'court',
  'parliament',
  'majlis',
  'assembly',
  'bureau',
  'authority',
  'authorities',
  'group',
  'nations',
  'un',
  'unicef',
  'red',
  'crescent',
  'cross',
  'mission',
  'inquiry',
  'secretariat',
  'headquarters',
  'directorate',
  'board',
  'company',
  'monitor',
  'institution',
  'administration',
  'cabinet',
  'presidency',
  'prosecutor',
  'prosecutors',
  'officials',
  'sources',
  'spokesman',
  'spokesperson',
  'spokeswoman',
  'doctors',
  'medics',
  'activists',
  'witnesses',
  'residents',
  'hospitals',
  'morgue',
  'morgues',
  'mortuary',
  'rights',
  'alliance',
  'league',
  'collective',
  'initiative',
  'project',
  'trust',
  'fund',
  'corps',
  'defence',
  'defense',
  // A trial's parties ("the prosecution told the court").
  'prosecution',
  // A company's legal form closing its name ("Kessel Copper Mining Ltd.").
  'ltd',
  'limited',
  'inc',
  'plc',
  'llc',
  'corp',
  'guard',
  'syndicate',
  'forum',
  'brigade',
  // Military units named as bodies ("the army's 6th Infantry Division", "Northern Command").
  'division',
  'battalion',
  'regiment',
  // Police and military units named as bodies ("the Rapid Response Unit", "the Flying Squad", "Border Patrol").
  // (Not "force": "the force said" refers back to the police named before.)
  'unit',
  'squad',
  'patrol',
  'command',
  'navy',
  'coastguard',
  ...PRESS_WORDS,
]);

/** Words that make a source an outlet (press, broadcaster, news agency). */
export const OUTLET_WORDS = new Set([
  ...PRESS_WORDS,
  'mirror',
  'broadcaster',
  'gazette',
  'telegraph',
  'chronicle',
  'express',
  'observer',
  'xinhua',
  'tass',
  'anadolu',
  'paper',
  'courier',
  'voice',
  'sentinel',
  'standard',
]);

/** Heads that make a source an office of a state (a ministry, the police, an ombudsman). */
export const OFFICE_WORDS = new Set([
  'ministry',
  'office',
  'department',
  'police',
  'government',
  'authorities',
  'authority',
  'presidency',
  'prosecutor',
  'prosecutors',
  'ombudsman',
  'ombudsperson',
  'inquiry',
  'army',
  // ("A navy statement said": a state's armed service speaks as the army does.)
  'navy',
  'coastguard',
  'military',
  'brigade',
  'forces',
  'junta',
  'cabinet',
  'administration',
  'parliament',
  'court',
  'directorate',
  'secretariat',
  'governorate',
  'municipality',
  // ("the county prefecture said": the prefect's office, as a municipality is the town's.)
  'prefecture',
  'council',
  'commission',
  'bureau',
  'service',
  'services',
  'carabineros',
  'gendarmerie',
  'judiciary',
  'regime',
  'state',
]);

/** Bodies of a state that a report names without their state ("police said", "the government said"): they are the report's country's. */
export const STATE_BODY_NOUNS = new Set(['police', 'government', 'authorities', 'army', 'military', 'ministry', 'prosecutors', 'prosecutor', 'junta']);

/** Plural heads of an unnamed group of people as a source ("activists", "rights groups", "witnesses"). */
export const GROUP_NOUNS = new Set([
  'activists',
  'witnesses',
  'residents',
  'officials',
  'sources',
  'contacts',
  'doctors',
  'medics',
  'groups',
  'organisations',
  'organizations',
  'monitors',
  'organisers',
  'organizers',
  'protesters',
  'relatives',
  'families',
  'parents',
  'lawyers',
  'journalists',
  'rescuers',
  'volunteers',
  'observers',
  'researchers',
  'opposition',
  'campaigners',
  'locals',
  'hospitals',
  'morgues',
  'nurses',
  'experts',
  'diplomats',
  'agencies',
  'states',
  'members',
  'leaders',
  'workers',
  'staff',
  'people',
  'militants',
  'rebels',
  'insurgents',
  'fighters',
  'soldiers',
  'troops',
  'villagers',
  'elders',
  'survivors',
  'eyewitnesses',
  'paramedics',
  'investigators',
  'analysts',
  'reporters',
  'correspondents',
  'clerics',
  'physicians',
  'surgeons',
  'firefighters',
  'firemen',
  'lifeguards',
  'divers',
  'coroners',
  'pathologists',
  'gravediggers',
  'undertakers',
  'students',
  'teachers',
  'militia',
  'militias',
]);

/** Heads of a generic organisation that refer back to the last organisation named ("the group said", "the U.N. agency"). */
export const GENERIC_ORG_HEADS = new Set([
  'organization',
  'organisation',
  'group',
  'piece',
  'newspaper',
  'paper',
  'outlet',
  'channel',
  'broadcaster',
  'agency',
  'monitor',
  'watchdog',
  'ngo',
  'charity',
  'body',
  'institute',
  'network',
]);

/** Nouns a report calls one civil body by in turn ("the group", "the organisation", "the charity"); a state body is called by others ("the agency", "the authority"). */
export const INTERCHANGEABLE_BODY_HEADS = new Set([
  'group',
  'organisation',
  'organization',
  'ngo',
  'charity',
  'body',
  'network',
  'monitor',
  'watchdog',
  'coalition',
  'association',
  'movement',
  'alliance',
  'platform',
  'collective',
]);

/**
 * A legislator's words before "for" and his seat ("member of parliament for Karsk", "the MP for
 * Orr"): "for" names a constituency, a place, no body he speaks for.
 */
export const CONSTITUENCY_ROLE_WORDS = new Set([
  'parliament',
  'mp',
  'lawmaker',
  'legislator',
  'deputy',
  'senator',
  'congressman',
  'congresswoman',
  'parliamentarian',
  'assemblyman',
  'assemblywoman',
]);

/** Roles that say only that someone holds office ("the official"): an apposition after one says which. */
export const VAGUE_ROLE_NOUNS = new Set(['official', 'officer', 'source', 'contact']);

/** A body's voice: what one says, the body says ("Its spokesperson told reporters that the office had …"). */
export const SPOKESPERSON_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople']);

/** Nouns for a person's role ("senior lawmaker", "police spokesman"): a name after one is a person. */
export const ROLE_NOUNS = new Set([
  'lawmaker',
  'legislator',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'minister',
  'official',
  'officer',
  'commander',
  'chief',
  'head',
  'director',
  // "the municipal chief executive", "the district administrator".
  'executive',
  'administrator',
  'president',
  'leader',
  'activist',
  'lawyer',
  'doctor',
  'researcher',
  'governor',
  // "the prefect of Orr department": a state's officer over a department.
  'prefect',
  'mayor',
  'member',
  'mp',
  'senator',
  'deputy',
  'inspector',
  'secretary',
  'coordinator',
  'analyst',
  'journalist',
  'reporter',
  'correspondent',
  'editor',
  'cleric',
  'general',
  'colonel',
  // Ranks that stand alone as a reference back: "the brigadier said", "the captain told reporters".
  'brigadier',
  'captain',
  'lieutenant',
  'sergeant',
  'admiral',
  'marshal',
  'prosecutor',
  'judge',
  'ambassador',
  'envoy',
  'representative',
  'chairman',
  'chairwoman',
  'chair',
  'founder',
  'witness',
  'resident',
  'surgeon',
  'physician',
  'nurse',
  'medic',
  'dean',
  'professor',
  'expert',
  'adviser',
  'advisor',
  'rapporteur',
  'commissioner',
  'superintendent',
  'ombudsman',
  'ombudsperson',
  'premier',
  'king',
  'emir',
  'monitor',
  'source',
  // "One contact, a nurse, said": someone a writer reaches for news.
  'contact',
]);

/** Determiners that quantify a plural ("Other clinics", "some residents"): the phrase is several speakers, a group. */
export const GROUP_DETERMINERS = new Set(['other', 'some', 'several', 'many', 'various', 'numerous', 'most', 'all', 'both']);

/** Adjectives before a document or source that do not name it ("the latest UN estimates"). */
export const SOURCE_PREMODIFIERS = new Set([
  'latest',
  'new',
  'recent',
  'earlier',
  'previous',
  'last',
  'initial',
  'preliminary',
  'official',
  'unofficial',
  'updated',
  'final',
  'first',
  'weekly',
  'daily',
  'monthly',
  'annual',
  'conservative',
  'credible',
  'unconfirmed',
  'most',
  'internal',
  'confidential',
  'leaked',
  'secret',
  'classified',
  'unpublished',
  'draft',
  'own',
  'pro-government',
  'state-run',
  'state-owned',
]);

/** Titles that precede a person's name ("President Trump", "Inspector Bachchu Mia"). */
export const TITLES = new Set([
  // Abbreviated ranks ("Lt. Col. Piet Olsen"), read without their stop.
  'lt',
  'col',
  'gen',
  'maj',
  'capt',
  'sgt',
  'president',
  'prime',
  'minister',
  'inspector',
  'officer',
  'commander',
  'general',
  'colonel',
  'brigadier',
  'admiral',
  'marshal',
  'captain',
  'major',
  'lieutenant',
  'sergeant',
  'chief',
  'governor',
  'prefect',
  'mayor',
  'senator',
  'representative',
  'ambassador',
  'secretary',
  'undersecretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'dr',
  'dr.',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'sheikh',
  'ayatollah',
  'judge',
  'justice',
  'deputy',
  'professor',
  'prof',
  'rev',
  'hon',
  // South Asian honorifics before a name ("Shri Arun Dev", "Smt. Leela Rao"; not "Sri", which opens "Sri Lanka").
  'shri',
  'smt',
  'shrimati',
  'kumari',
  'imam',
  'king',
  'queen',
  'prince',
  'emir',
  'sultan',
  'superintendent',
  'commissioner',
  'director',
  'u.s.',
  'us',
  'former',
  'foreign',
  'interior',
  'defence',
  'defense',
  'health',
  'vice',
  'official',
  'activist',
  'lawyer',
]);

/** Heads of generic, unnamed sources ("the sources", "the commission") that refer back. */
export const ANAPHORIC_HEADS = new Set([
  'department',
  'directorate',
  'sources',
  'source',
  'commission',
  'organization',
  'organisation',
  'group',
  'inquiry',
  'ministry',
  'agency',
  'network',
  'council',
  'office',
  'committee',
  'report',
  'statement',
  'monitor',
  'observatory',
  'newspaper',
  'paper',
  'outlet',
  'channel',
  'broadcaster',
  'piece',
  'officials',
  'authorities',
  'official',
  'government',
  'hospital',
  'coalition',
  'union',
  'institute',
  'mission',
  'panel',
  'tribunal',
]);

/**
 * Articles of other languages that open a newspaper's or a body's title, never a person's name
 * ("Le Monde", "La Nación", "El País", "Die Welt"). ("Al" is left out: "Al Gore".)
 */
export const TITLE_ARTICLES = new Set(['Le', 'La', 'Les', 'El', 'Los', 'Las', 'Il', 'Lo', 'Die', 'Der', 'Das', 'De', 'Het']);

/** Particles a person's name holds in lower case, alone between its words ("Ruud van Nistelrooy") or glued by a hyphen ("Nabil al-Samei"). */
export const PERSON_NAME_PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'as',
  'ash',
  'at',
  'az',
  'ar',
  'an',
  'bin',
  'ibn',
  'bint',
  'abu',
  'ben',
  'van',
  'von',
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'dos',
  'das',
  'la',
  'le',
]);

/** Abbreviated titles whose stop is not a sentence end ("Dr. Ali Hassan", "Gen. Tom Reyes"; "Hon. Lena Orsk", a minister's or a member's style). */
export const ABBREVIATED_TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'rev', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'sen', 'gov', 'rep', 'st', 'hon']);

/** The role an abbreviated title stands for ("Gov. Anies Baswedan" is a governor). */
export const ABBREVIATED_TITLE_ROLES: Readonly<Record<string, string>> = {
  gen: 'general',
  col: 'colonel',
  lt: 'lieutenant',
  sgt: 'sergeant',
  capt: 'captain',
  maj: 'major',
  sen: 'senator',
  gov: 'governor',
  rep: 'representative',
};

/** Words a role may govern its body with, reading back from a name ("a spokesman for the ministry", "at the"). */
export const ROLE_CONNECTORS = new Set(['of', 'for', 'at', 'the', 'to']);

/**
 * The last word of a law's or a treaty's title ("the Criminal Code", "the Public Order Act", "the
 * Geneva Conventions"): such a title names no person. ("Law" and "Bill" are people's names too.)
 */
export const LEGAL_TEXT_HEADS = new Set([
  'code',
  'act',
  'constitution',
  'convention',
  'conventions',
  'charter',
  'treaty',
  'decree',
  'ordinance',
  'statute',
  'covenant',
]);

/** Prepositions a role in apposition may close its complement with, before a name: "the spokesman for the northern region, Abdul Musa". */
export const ROLE_COMPLEMENT_PREPOSITIONS = new Set(['of', 'for', 'at', 'in']);

/** Words that end a role's complement read back from a name: a clause, not a role, runs through them. */
export const ROLE_COMPLEMENT_STOPS = new Set(['said', 'says', 'told', 'who', 'whom', 'which', 'that']);

/** How many words a role's complement may run to between the role noun and the name's comma. */
export const ROLE_COMPLEMENT_WORDS = 6;

/** Words a role's phrase may hold besides its connectors, before a name in apposition: "the director of a hospital in Orr", "the director of that hospital". */
export const ROLE_PLACE_WORDS = new Set(['a', 'an', 'in', 'that', 'this']);

/** Lower-case words inside an organisation's name, between capitalised words ("Ministry of Health", "Doctors for Rights"). */
export const SPEAKER_NAME_CONNECTORS = new Set(['of', 'for', 'de', 'al', 'el', 'and', 'the', '&']);

/** Pictures and recordings: they show, but only an author named with them asserts ("Footage showed 40 bodies"). */
export const EVIDENCE_NOUNS = new Set(['footage', 'video', 'videos', 'images', 'image', 'photos', 'photo', 'photographs', 'pictures', 'recordings']);

/** Plural heads of bodies that may speak together under a count ("37 member states said", "12 agencies said"). */
/** Bodies made of counted members: "a coalition of 22 rights organisations" speaks as one. */
export const COLLECTIVE_BODY_NOUNS = new Set([
  'coalition',
  'alliance',
  'group',
  'network',
  'union',
  'federation',
  'confederation',
  'platform',
  'consortium',
  'forum',
  'collective',
]);

export const COUNTED_BODY_NOUNS = new Set([
  'states',
  'countries',
  'governments',
  'nations',
  'groups',
  'organisations',
  'organizations',
  'agencies',
  'ngos',
  'unions',
  'parties',
]);

/** Plural nouns of those who work for a body and give its figures ("its researchers counted …"). */
export const STAFF_NOUNS = new Set([
  'researchers',
  'staff',
  'doctors',
  'medics',
  'lawyers',
  'monitors',
  'investigators',
  'officials',
  'experts',
  'workers',
  'volunteers',
  'observers',
  'analysts',
  'representatives',
  'officers',
  'teams',
  'activists',
  'members',
  'coordinators',
  'nurses',
  'paramedics',
  'personnel',
  'enumerators',
  // "the union's legal team": one team, its body's too.
  'team',
]);

/**
 * Heads of a collective body ("the doctors' union", "the rights body", "the bar association"): a
 * definite description with one refers back to the nearest earlier body whose own head is one too,
 * when its modifiers fit that body's name.
 */
export const BODY_REFERENCE_HEADS = new Set([
  'panel',
  'party',
  'movement',
  'union',
  'association',
  'body',
  'group',
  'commission',
  'council',
  'committee',
  'federation',
  'confederation',
  'syndicate',
  'society',
  'organisation',
  'organization',
  'network',
  'league',
  'chamber',
  'order',
  'guild',
  'coalition',
  'centre',
  'center',
  'institute',
  'watch',
  'monitor',
  'watchdog',
  'forum',
  'platform',
  'front',
  'alliance',
  'foundation',
  'collective',
  'initiative',
  'consortium',
  'bloc',
]);

/**
 * Body heads that also follow a name as other words ("the Jan Kos order", "a Mara Velis piece",
 * "Ana Ruiz's body"): after a name they do not make it a body's.
 */
export const AMBIGUOUS_BODY_HEADS = new Set(['order', 'watch', 'front', 'piece', 'paper', 'body', 'platform', 'chamber']);

/**
 * Titles and role nouns that say a person's sex ("Ms", "spokeswoman", "father"): "she" does not
 * refer back to a man so named, nor "he" to a woman.
 */
export const GENDERED_PERSON_WORDS: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ...(
    [
      'ms',
      'mrs',
      'miss',
      'madam',
      'madame',
      'mme',
      'dame',
      'lady',
      'sister',
      'queen',
      'princess',
      'duchess',
      'countess',
      'baroness',
      'spokeswoman',
      'chairwoman',
      'congresswoman',
      'assemblywoman',
      'councilwoman',
      'businesswoman',
      'policewoman',
      'sportswoman',
      'stateswoman',
      'frontwoman',
      'forewoman',
      'alderwoman',
      'headmistress',
      'actress',
      'waitress',
      'stewardess',
      'nun',
      'abbess',
      'woman',
      'girl',
      'mother',
      'grandmother',
      'daughter',
      'wife',
      'widow',
      'aunt',
      'niece',
      'granddaughter',
      'stepmother',
    ] as const
  ).map((w) => [w, 'female'] as const),
  ...(
    [
      'mr',
      'sir',
      'lord',
      'king',
      'prince',
      'duke',
      'count',
      'baron',
      'brother',
      'sheikh',
      'imam',
      'monk',
      'abbot',
      'spokesman',
      'chairman',
      'congressman',
      'assemblyman',
      'councilman',
      'businessman',
      'policeman',
      'sportsman',
      'statesman',
      'frontman',
      'foreman',
      'alderman',
      'headmaster',
      'man',
      'boy',
      'father',
      'grandfather',
      'son',
      'husband',
      'widower',
      'uncle',
      'nephew',
      'grandson',
      'stepfather',
    ] as const
  ).map((w) => [w, 'male'] as const),
]);

/** Pronouns of a person's sex, the first after a name telling it ("Jan Kos, a porter, who said he …"). */
export const PRONOUN_GENDER: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ...(['he', 'him', 'his', 'himself'] as const).map((w) => [w, 'male'] as const),
  ...(['she', 'her', 'hers', 'herself'] as const).map((w) => [w, 'female'] as const),
]);

/** Counts of bodies that refer back to a joint source ("the two groups", "both organisations"). */
export const JOINT_COUNTS = new Set(['two', 'both', 'three']);

/**
 * Modifiers of a definite description that refer back or set its level without telling one body
 * from another: "the same ministry", "the national police" may be the "ministry" or "police"
 * named before; "the interior ministry" may not be a "ministry" that gave a health ministry's figures.
 */
export const NON_DISTINGUISHING_MODIFIERS = new Set([
  'same',
  'local',
  'national',
  'federal',
  'state',
  'provincial',
  'regional',
  'central',
  'official',
  'new',
  'latest',
  'main',
  'aforementioned',
]);

/** A profession's noun and the words of its bodies' names ("the doctors' union" = "X Medical Association"). */
export const PROFESSION_FIELDS = new Map<string, readonly string[]>([
  ['doctors', ['medical', 'medicine', 'doctors', 'physicians', 'health']],
  ['physicians', ['medical', 'medicine', 'doctors', 'physicians', 'health']],
  ['medics', ['medical', 'medicine', 'doctors', 'physicians', 'health', 'medics']],
  ['nurses', ['nurses', 'nursing', 'medical', 'health']],
  ['lawyers', ['bar', 'lawyers', 'legal', 'law', 'advocates', 'jurists']],
  ['journalists', ['journalists', 'press', 'media', 'reporters']],
  ['teachers', ['teachers', 'education', 'educators']],
  ['students', ['students', 'student']],
  ['workers', ['workers', 'labour', 'labor', 'trade']],
]);

/**
 * Nouns for who a person or a group belongs to, heading a description a body's name stands in
 * apposition to: "their employer, the daily Vell Courier, said" -> Vell Courier.
 */
export const AFFILIATION_NOUNS = new Set(['employer', 'employers', 'publisher', 'owner', 'owners', 'operator', 'organisers', 'organizers', 'sponsor']);

/** People who speak for the body they belong to ("Leaders of the Velmar Farmers Union said": the union). */
export const BODY_MEMBER_NOUNS = new Set(['leaders', 'members', 'officials', 'representatives', 'heads', 'spokespeople', 'spokespersons']);

/** Words describing an outlet or a body between "the" and its name: "the daily Vell Courier", "the state broadcaster KTV". */
export const OUTLET_DESCRIPTORS = new Set([
  'daily',
  'weekly',
  'newspaper',
  'broadcaster',
  'magazine',
  'news',
  'agency',
  'website',
  'independent',
  'state-run',
  'state-owned',
  'private',
  'online',
  'local',
]);

/**
 * Second parts of a hyphened premodifier that tells where a body is based or who runs or backs it
 * ("London-based", "opposition-run", "Iran-backed"): it describes the name after it, and is no part of it.
 */
export const PREMODIFIER_PARTICIPLES = [
  'based',
  'run',
  'backed',
  'led',
  'funded',
  'owned',
  'aligned',
  'affiliated',
  'controlled',
  'supported',
  'linked',
  'allied',
];

/** Heads of a political body's name that "the party" refers back to ("the Awami Justice Movement … the party said"). */
export const PARTY_NAME_HEADS = new Set(['party', 'movement', 'front', 'alliance', 'league', 'congress', 'coalition', 'bloc']);

/** Nouns a report refers back to a company by ("the company said", "the operator said"). */
export const COMPANY_HEADS = new Set(['company', 'firm', 'operator']);

/** A company's legal form closing its name ("Kessel Copper Mining Ltd."), which "the company" refers back to. */
export const COMPANY_FORMS = new Set(['ltd', 'limited', 'inc', 'plc', 'llc', 'corp', 'corporation']);

/** Role nouns that, capitalised to close a name, name a body: "Ferrand Monitor", "Lindqvist Prison Monitor". */
export const BODY_NAMING_ROLE_NOUNS = new Set(['monitor']);

/** Heads of a description in apposition that make the name after it a body's ("the rights group Freedom Monitor"). */
export const BODY_DESCRIPTION_HEADS = new Set(['group', 'organisation', 'organization', 'watchdog', 'network', 'centre', 'center', 'monitor']);

/** Units a person heads or works in, named by their possessive ("his emergency ward", "her team"): the person speaks for them. */
export const WORKPLACE_UNIT_NOUNS = new Set(['ward', 'wards', 'unit', 'team', 'department', 'hospital', 'clinic', 'morgue']);

/** Nouns after a document's noun that make it name a place, not a document: "the tally centre", "the count room". */
export const DOCUMENT_COMPOUND_PLACES = new Set(['centre', 'center', 'centres', 'centers', 'room', 'rooms', 'hall', 'station', 'stations', 'desk', 'booth']);

/** Things a document's noun may modify ("the party's tally sheets", "the count forms"): the document is the thing's, no figure's. */
export const DOCUMENT_COMPOUND_THINGS = new Set(['sheet', 'sheets', 'form', 'forms', 'books', 'book', 'boxes', 'box']);

/** Words before "post" that make it a place, not a document: "a police post", "a border post". */
export const POST_PLACE_MODIFIERS = new Set([
  'police',
  'army',
  'military',
  'border',
  'guard',
  'command',
  'observation',
  'security',
  'customs',
  'checkpoint',
  'trading',
  'gendarmerie',
  'militia',
  'rebel',
  'health',
  'control',
  'sentry',
  'forward',
]);

/** Words that make a description in apposition an outlet's ("independent news site Orvan Today"). */
export const PRESS_DESCRIPTION_WORDS = new Set(['news', 'press', 'newspaper', 'broadcaster']);

/** Nouns after an outlet's word that make it something else: "a news conference", "a press briefing". */
export const NOT_OUTLET_AFTER = new Set(['conference', 'conferences', 'briefing', 'briefings', 'release', 'releases', 'statement']);

/**
 * Levels of government a body's name may state ("the municipal welfare office", "the Provincial
 * Health Office"): a description at one level never refers back to a body named at another.
 */
export const GOVERNMENT_LEVELS = new Set([
  'local',
  'municipal',
  'city',
  'district',
  'county',
  'provincial',
  'regional',
  'state',
  'federal',
  'national',
  'central',
  'village',
]);

/** Lower-case words inside a name written in capitals ("MINISTRY OF INTERIOR": "Ministry of Interior"). */
export const NAME_CONNECTORS_IN_CAPITALS = new Set(['of', 'for', 'and', 'the', 'on', 'to', 'in', 'at']);

/**
 * Nouns of what a public service does, which head the plain names of bodies ("Civil protection",
 * "Disaster management", "Legal aid"): with them a common-noun phrase may still be a teller.
 */
export const SERVICE_FUNCTION_NOUNS = new Set([
  'protection',
  'management',
  'aid',
  'relief',
  'rescue',
  'defence',
  'defense',
  'response',
  'security',
  'intelligence',
]);

/** Words an insurgency names itself by ("Orsk Liberation Army", "Revolutionary Front"): no state body "the army" refers to. */
export const INSURGENT_NAME_WORDS = new Set([
  'liberation',
  'rebel',
  'rebels',
  'resistance',
  'revolutionary',
  'insurgent',
  'insurgents',
  'mujahideen',
  'jihad',
  'militia',
]);

/** Words before "Minister" that give a minister's rank, not a department ("Deputy Interior Minister"): left out of the ministry's name. */
export const MINISTER_RANK_WORDS = new Set(['deputy', 'vice', 'junior', 'assistant', 'acting', 'former', 'state']);

/** Words before "Minister" that name no ministry at all ("Prime Minister", "Chief Minister"). */
export const MINISTERS_OF_NO_MINISTRY = new Set(['prime', 'chief', 'first', 'senior', 'cabinet']);

/** Heads of a government's departments, which a domain word tells apart ("the interior ministry", "the health department"). */
export const DEPARTMENT_HEADS = new Set(['ministry', 'department', 'directorate']);

/** A department's domain words that name the same department ("the interior ministry" is the "Ministry of Internal Affairs"). */
export const DEPARTMENT_DOMAIN_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['interior', ['internal', 'home']],
  ['home', ['interior', 'internal']],
  ['internal', ['interior', 'home']],
  ['defence', ['defense']],
  ['defense', ['defence']],
  ['foreign', ['external']],
]);

/** Words of a body's record after its name in brackets: "(UNHCR registration data)", "(IRC field teams)". */
export const BRACKETED_RECORD_WORDS = new Set([...DOCUMENT_NOUNS, 'tracking', 'registration', 'registrations', 'monitoring', 'assessment', 'partners']);

/** Connectors inside a body's name before its field of work ("Centre for Prison Monitoring", "Office of Statistics"). */
export const BODY_NAME_CONNECTORS = new Set(['for', 'of', 'on']);
