// Victims and populations for scope: subgroups, whole populations, the security side, outcomes.

/** "five of them", "12 of the dead", "nine of these people": what a subgroup is taken from. */
export const SCOPE_SUBGROUP_REFERENTS = new Set(['them', 'whom', 'these', 'those', 'the', 'which']);

/** The hurt a share of deaths is taken from ("six of the wounded died"): deaths added to the toll, not a part of it. */
export const SCOPE_WOUNDED_WHOLES = new Set(['wounded', 'injured', 'hurt']);

/** Nouns of one kind of victim: a count of them is a part of the toll ("including 12 children", "37 journalists"). */
export const SCOPE_SUBGROUP_NOUNS = new Set([
  'children',
  'child',
  'minors',
  'teenagers',
  'teens',
  'adolescents',
  'boys',
  'girls',
  'infants',
  'babies',
  'women',
  'journalists',
  'reporters',
  'photographers',
  'foreigners',
  'nationals',
  'tourists',
  'observers',
  'medics',
  'doctors',
  'nurses',
  'professionals',
  'lawyers',
  'teachers',
  'pupils',
  'bystanders',
  'elderly',
]);

/** A country's own people among the victims when its possessive names them ("14 of its nationals", "scores of their pilgrims"). */
export const SCOPE_NATIONAL_NOUNS = new Set(['citizens', 'nationals', 'pilgrims', 'compatriots', 'expatriates']);

/** Modifiers that pick a subgroup out of any population ("foreign nationals", "political prisoners", "female students"). */
export const SCOPE_SUBGROUP_MODIFIERS = new Set(['foreign', 'political', 'female', 'male', 'underage', 'elderly', 'pregnant', 'disabled', 'minor']);

/** Outcome nouns of a sentence passed ("168 have been given prison terms", "sentenced 310 protesters to prison terms"). */
export const SCOPE_SENTENCE_NOUNS = new Set(['terms', 'sentences']);

/**
 * Words of a further state of victims already counted ("four remain hospitalised", "13 were
 * seriously injured", "82 have been sentenced"): a count in that state is a part.
 */
export const SCOPE_OUTCOME_WORDS = new Set([
  'seriously',
  'critically',
  'severely',
  'gravely',
  'critical',
  'serious',
  'severe',
  'hospitalised',
  'hospitalized',
  'surgery',
  'intensive',
  'sentenced',
  'convicted',
  'charged',
  'indicted',
  'prosecuted',
  ...SCOPE_SENTENCE_NOUNS,
]);

/** Qualifiers that may stand between a subgroup marker and its figure ("including at least 12", "among them some 40"). */
export const SCOPE_QUANTITY_QUALIFIERS = new Set([
  'at',
  'least',
  'more',
  'than',
  'over',
  'about',
  'around',
  'some',
  'nearly',
  'almost',
  'up',
  'to',
  'roughly',
  'approximately',
  'close',
  'as',
  'many',
  'an',
  'estimated',
]);

/** "deaths in custody": where a death happened, making its count a part of the toll. */
export const SCOPE_HARM_SETTINGS = new Set(['custody', 'detention', 'prison', 'jail', 'prisons', 'jails']);

/** Kinds of injury ("firearm injuries", "eye injuries"): a count of one kind is a part of the injured. */
export const SCOPE_INJURY_KINDS = new Set(['firearm', 'gunshot', 'bullet', 'pellet', 'eye', 'head', 'burn', 'stab', 'shrapnel']);

/** Nouns that count everyone, of every side ("people", "persons"). */
export const SCOPE_EVERYONE = new Set(['people', 'persons', 'individuals']);
/**
 * Victim words that name no one in particular: a figure repeated with one of them ("3 dead …
 * three miners were killed") may be the same figure; two named groups of one size are two.
 */
export const UNNAMED_VICTIMS = new Set([
  'people',
  'persons',
  'person',
  'individuals',
  'others',
  'other',
  'dead',
  'victims',
  'bodies',
  'casualties',
  'fatalities',
]);

/**
 * Nouns of the crisis-wide population a figure counts when it names no subgroup: everyone
 * ("people"), the side that suffers ("civilians", "protesters"), or the harm's own word for its
 * victims ("detainees", "refugees", "casualties"). Any other person noun ("journalists", "monks",
 * "farmers") picks out a subgroup (scope.ts reads WordNet's person nouns for those).
 */
export const SCOPE_POPULATION_NOUNS = new Set([
  ...SCOPE_EVERYONE,
  'person',
  'others',
  // ("14 young men were shot dead": in crisis reports men are the victims at large, no subgroup as women or
  // children are; so are a prison's inmates and a student movement's students.)
  'men',
  'inmates',
  'students',
  'civilians',
  'citizens',
  'residents',
  'inhabitants',
  'locals',
  'population',
  'protesters',
  'protestors',
  'protester',
  'demonstrators',
  'marchers',
  'participants',
  'rioters',
  'victims',
  'casualties',
  'fatalities',
  'dead',
  'wounded',
  'injured',
  'bodies',
  'martyrs',
  'detainees',
  'prisoners',
  'arrestees',
  'suspects',
  'refugees',
  'migrants',
  'evacuees',
  'displaced',
  'missing',
]);

/** The held, by the word of their holding: the victims at large of a count of detentions, a subgroup of the dead or hurt ("45 detainees needed hospital treatment"). */
export const SCOPE_HELD_NOUNS = new Set(['detainees', 'detainee', 'arrestees']);

/** Nouns of the security side: their casualties are a part, beside the protesters' or civilians'. */
export const SCOPE_SECURITY_NOUNS = new Set([
  'police',
  'policemen',
  'policeman',
  'officers',
  'officer',
  'soldiers',
  'soldier',
  'troops',
  'personnel',
  'security',
  'guards',
  'agents',
  'servicemen',
  'gendarmes',
  'militiamen',
]);

/** Words of a side in arms besides its nouns ("members of the security forces", "the armed group"): a part by what it is. */
export const SCOPE_ARMED_SIDE_WORDS = new Set(['forces', 'armed']);

/** Words right after a figure that make it the rest beside another ("three other people", "14 others"). */
export const SCOPE_OTHER_WORDS = new Set(['other', 'others']);

/** Person nouns for those a figure counts, never who gives it. */
export const HARMED_NOUNS = new Set([
  'victim',
  'casualty',
  'fatality',
  'detainee',
  'prisoner',
  'hostage',
  'refugee',
  'suspect',
  'protester',
  'demonstrator',
  'person',
  'man',
  'woman',
  'child',
  'boy',
  'girl',
]);

/**
 * Kin a count may name by whose kin they are: "relatives of people killed", "families of the
 * detained". The harm in the "of" phrase is their kin's, not theirs.
 */
export const KIN_NOUNS = new Set([
  'relatives',
  'families',
  'family',
  'parents',
  'mothers',
  'fathers',
  'widows',
  'sons',
  'daughters',
  'wives',
  'husbands',
  'brothers',
  'sisters',
  'siblings',
  'kin',
  'loved',
]);

/** Finite verbs that open a clause's main predicate after a subject's relative clause ("who were detained … remain unaccounted for"). */
export const MAIN_STATE_VERBS = new Set(['remain', 'remains', 'remained', 'are', 'were', 'is', 'was', 'have', 'has', 'had']);

/** Words after a noun of people that say whom they stand for ("lawyers for the detainees", "doctors treating the wounded"). */
export const STANDING_FOR_WORDS = new Set(['for', 'of', 'representing', 'treating', 'defending', 'visiting']);

/** Victims named by their harm alone, as the object of STANDING_FOR_WORDS ("the detainees", "the dead", "the wounded"). */
export const VICTIM_NOUN_CUES = new Set([
  'detainees',
  'detained',
  'dead',
  'wounded',
  'injured',
  'displaced',
  'missing',
  'disappeared',
  'killed',
  'victims',
  'prisoners',
]);
