// Place words for scope: sites, areas, locatives, the whole country, compass parts, facilities.

/** Words that spread a figure over the whole country ("nationwide", "across the country"): the crisis's figure. */
export const SCOPE_NATIONWIDE = new Set(['nationwide', 'countrywide', 'country-wide', 'nationally']);

/** Words before a toll noun that make it the whole country's ("the national toll", "the overall death toll"), whoever tells it. */
export const SCOPE_WHOLE_TOLL_MODIFIERS = new Set(['national', 'overall']);

/**
 * Nouns of a conflict that spans a country's regions ("as war erupted between the RSF and Sudan's
 * army"): a report about one town of it is not about the whole crisis. Not before the words that
 * make it a charge ("war crimes").
 */
export const SCOPE_WIDE_CONFLICTS = new Set(['war']);
export const SCOPE_CONFLICT_CHARGES = new Set(['crimes', 'crime', 'criminals']);

/** Nouns of the whole country after "across the", "throughout the", "all over the". */
export const SCOPE_WHOLE_COUNTRY = new Set(['country', 'nation']);

/** Places beyond one, after "other" ("in other cities"): a report whose events reach them is not confined to one place. */
export const SCOPE_OTHER_PLACE_NOUNS = new Set(['cities', 'towns', 'provinces', 'regions', 'districts', 'states', 'counties', 'parts', 'areas', 'villages']);

/** Words of many before those places ("in several cities", "across many provinces"): places beyond one too. */
export const SCOPE_MANY_WORDS = new Set(['several', 'many', 'numerous', 'various', 'multiple', 'dozens', 'scores', 'hundreds']);

/** Words that tie a count to one facility with no preposition ("brought here dead", "buried 21 bodies"). */
export const SCOPE_AREA_NOUNS = new Set(['here', 'buried']);

/**
 * Nouns of one facility or named site a count stands at: local when placed by a preposition
 * (SCOPE_LOCATIVES) over names and determiners only ("at the morgue", "on Rustaveli Avenue",
 * "beneath the Arsenal Street footbridge").
 */
export const SCOPE_SITE_NOUNS = new Set([
  'hospital',
  'morgue',
  'mortuary',
  'cemetery',
  'graveyard',
  'street',
  'avenue',
  'boulevard',
  'road',
  'square',
  'park',
  'bridge',
  'footbridge',
  'airport',
  'stadium',
  'campus',
  'plaza',
  'compound',
  'roadblock',
  'checkpoint',
  'barricade',
  'barracks',
  'prison',
  'jail',
  'market',
  'mosque',
  'church',
  'cathedral',
  'university',
  'factory',
  'palace',
  'embassy',
  'courthouse',
  'zone',
  'depot',
  'refinery',
  'headquarters',
  'parliament',
  'gate',
]);

/** Venues a crowd fills, one site each ("the theatre, where 41 were shot dead", "a nightclub"). */
export const SCOPE_VENUE_NOUNS = new Set([
  'hall',
  'theatre',
  'theater',
  'nightclub',
  'club',
  'bar',
  'restaurant',
  'cafe',
  'hotel',
  'school',
  'temple',
  'synagogue',
  'shrine',
  'station',
  'mall',
]);

/** Words that open an aside on who a figure's people are ("…, many of them students, …", "…, most in uniform, …"). */
export const SCOPE_ASIDE_OPENERS = new Set(['many', 'most', 'some', 'all', 'mostly', 'mainly', 'largely']);

/** Sites where statements are made ("told reporters at its headquarters", "told parliament"): before a figure, no site of it. */
export const SCOPE_STATEMENT_SITES = new Set(['headquarters', 'parliament']);

/**
 * Prepositions, and verbs of taking or filling a site, that place a figure at one ("at the
 * hospital", "beneath the footbridge", "attacked the airport"); a site noun led by other words
 * is a modifier ("needed hospital care").
 */
export const SCOPE_LOCATIVES = new Set([
  'in',
  'at',
  'on',
  'to',
  'into',
  'from',
  'near',
  'outside',
  'inside',
  'beneath',
  'under',
  'along',
  'around',
  'across',
  'toward',
  'towards',
  'through',
  'attacked',
  'stormed',
  'surrounded',
  'filled',
  'occupied',
]);

/** Nouns of one settlement or area, local when singular and determined ("the port city", "one town", "the country's capital"). */
export const SCOPE_AREA_PLACES = new Set(['city', 'town', 'village', 'capital', 'district', 'neighbourhood', 'neighborhood', 'camp', 'region', 'province']);

/** Area nouns that name a town by its kind alone ("the city", "the town"): a report confined to a town refers to it so. */
export const SCOPE_TOWN_AREA_NOUNS = new Set(['city', 'town', 'capital', 'village']);

/** Area nouns that name a region by its kind alone ("the province", "the region"). */
export const SCOPE_REGION_AREA_NOUNS = new Set(['region', 'province', 'district']);

/** Words before an area noun that make it one area ("the port city", "a single town", "Chile's capital"). */
export const SCOPE_AREA_DETERMINERS = new Set(['the', 'this', 'that', 'one', 'a', 'single', "country's"]);

/** Determiners and pronouns that may stand between a locative and its site ("at both the airport", "in its main hospital"). */
export const SCOPE_SITE_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'both', 'its', 'their', 'his', 'her', 'one', 'single']);

/** Prepositions that sweep a whole area ("across the province", "throughout the city"). */
export const SCOPE_SWEEP_PREPOSITIONS = new Set(['across', 'throughout']);

/** "in the south of the country": a part of the country. */
export const SCOPE_COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'centre', 'center']);

/** Features of the land and water a name may end on ("the Vell River", "Lake Orsk"): a place's name, no person's. */
export const NATURAL_FEATURE_NOUNS = new Set([
  'river',
  'lake',
  'sea',
  'bay',
  'gulf',
  'mountain',
  'mountains',
  'mount',
  'hill',
  'hills',
  'valley',
  'island',
  'islands',
  'coast',
  'desert',
  'forest',
  'canal',
  'strait',
  'peninsula',
  'delta',
  'creek',
  'beach',
  'falls',
  'dam',
  'plateau',
  'reservoir',
  'volcano',
]);

/** Place nouns that make a phrase a place, not a body: "Sahib District", "the village of Tarkint". */
export const PLACE_HEAD_NOUNS = new Set([...SCOPE_AREA_PLACES, 'area', 'county', 'prefecture', 'municipality', 'township']);

/** Nouns of an area that a name before them makes one ("Kordo state", "Lemba county"); alone they may be no place ("the state"). */
export const SCOPE_NAMED_AREAS = new Set([
  'state',
  'county',
  'governorate',
  'prefecture',
  'municipality',
  'township',
  'oblast',
  'department',
  'suburb',
  'valley',
]);

/** Facilities of care, where the dead and wounded are taken ("eight of the dead were brought to the main hospital"). */
export const SCOPE_CARE_FACILITY_NOUNS = new Set(['hospital', 'morgue', 'mortuary', 'clinic', 'infirmary']);
/** Facilities that count their own dead, wounded or held ("the morgue has received 45 bodies", "hospitals treated 230"). */
export const SCOPE_FACILITY_NOUNS = new Set([...SCOPE_CARE_FACILITY_NOUNS, 'cemetery', 'prison', 'jail']);

/** Buildings a witness may see the dead or wounded inside, one site each ("bodies lined up in a gymnasium", "at the mortuary"). */
export const INDOOR_SITE_NOUNS: ReadonlySet<string> = new Set([
  ...SCOPE_VENUE_NOUNS,
  ...SCOPE_CARE_FACILITY_NOUNS,
  'church',
  'mosque',
  'cathedral',
  'chapel',
  'prison',
  'jail',
  'building',
  'gym',
  'gymnasium',
  'warehouse',
]);

/** Prepositions that put what a witness saw inside a building ("in", "inside", "into", "on the floor of"). */
export const INDOOR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'inside', 'into', 'at', 'on']);

/** Heads of a care facility named with "health" before them ("health centre", "health post"). */
export const HEALTH_FACILITY_HEADS = new Set(['centre', 'center', 'post', 'clinic', 'facility']);

/** Articles that make a facility one ("the same hospital", "a field hospital"): its staff tell its own count. */
export const ONE_FACILITY_DETERMINERS = new Set(['the', 'a', 'this', 'that', 'its']);

/** Verbs of a facility taking in or counting people ("received", "treated", "admitted"). */
export const SCOPE_FACILITY_VERBS = new Set([
  'received',
  'receives',
  'treated',
  'treats',
  'admitted',
  'admits',
  'recorded',
  'registered',
  'counted',
  'buried',
  'holds',
  'held',
  'houses',
]);

/**
 * Verbs of a facility taking people in ("the facility had treated 140 people", "we have received
 * 17 bodies"): with a facility or its staff as the subject, the figure is that facility's count.
 */
export const SCOPE_INTAKE_VERBS = new Set(['received', 'receives', 'receiving', 'treated', 'treats', 'treating', 'admitted', 'admits', 'admitting']);

/** Verbs of taking people to a facility, or keeping them there ("taken to", "rushed to", "being treated at"). */
export const SCOPE_TRANSFER_VERBS = new Set(['taken', 'brought', 'rushed', 'transferred', 'moved', 'admitted', 'treated', 'hospitalised', 'hospitalized']);

/** Verbs of taking that, with "in" after them, are a facility's intake ("the morgue has taken in 44 bodies"). */
export const SCOPE_TAKING_VERBS = new Set(['taken', 'took', 'takes', 'taking']);

/**
 * Verbs of people arriving at a facility, before "dead" ("were brought in dead", "arrived dead"):
 * a count of those is what a hospital or morgue took in (ANNOTATION.md: "Four people were
 * brought here dead" is local). Read with SCOPE_ARRIVAL_PLACES between the verb and "dead".
 */
export const SCOPE_ARRIVAL_VERBS = new Set(['brought', 'arrived', 'carried', 'wheeled']);
export const SCOPE_ARRIVAL_PLACES = new Set(['in', 'here', 'there']);

/** Words that make a count of places more of them ("four other cities", "another 12 towns"). */
export const SCOPE_MORE_PLACES = new Set(['other', 'more', 'another', 'additional', 'further', 'new']);

/** Verbs of an event held in each place ("protests were held in 48 towns on Sunday"). */
export const SCOPE_EVENTS_HELD = new Set(['held', 'staged', 'organised', 'organized']);

/** Subjects that are a facility with no name of its own ("the facility had treated", "the ward admitted"). */
export const SCOPE_FACILITY_SUBJECTS = new Set(['facility', 'ward', 'wards', 'unit']);

/**
 * A facility's people as the subject of a verb of intake ("his staff had treated 40", "staff said
 * they had treated 28", "we have received 96 bodies"): the facility's count when the sentence, or
 * the one before it, names a facility.
 */
export const SCOPE_FACILITY_STAFF = new Set(['staff', 'doctors', 'nurses', 'medics', 'we', 'they']);

/**
 * One medical or mortuary worker: who tells a count of the dead or wounded tells their own
 * facility's ("a doctor said more than 40 bodies had been brought in", "a medic", "an attendant").
 * Not the plurals: "doctors said 96 were killed" may be a doctors' body speaking for the crisis.
 */
export const SCOPE_MEDICAL_WORKERS = new Set(['doctor', 'medic', 'surgeon', 'nurse', 'paramedic', 'physician', 'attendant', 'mortician']);

/** The dead as taken in ("received 17 bodies", "the bodies of 9 people"): only a facility takes bodies in. */
export const SCOPE_BODY_NOUNS = new Set(['bodies', 'corpses', 'remains']);

/**
 * Verbs of finding or burying the dead ("divers found 6 bodies", "volunteers buried 21 bodies"):
 * those who did it took the count, which gives way to anyone who tells of it ("…, police said").
 */
export const RECOVERY_VERBS = new Set(['found', 'finds', 'recovered', 'recovers', 'retrieved', 'pulled', 'buried', 'buries', 'exhumed', 'collected']);

/** Words that end a place name and say what kind it is: "Khuzestan Province", "Wasit province". */
export const REGION_SUFFIX = new Set([
  'province',
  'governorate',
  'division',
  'region',
  'state',
  'district',
  'subdistrict',
  'county',
  'territory',
  'municipality',
  'township',
  'oblast',
  'prefecture',
  'department',
]);

/** "(Washington, D.C.) –": a release's dateline opening its lead: where it was filed. */
export const RELEASE_DATELINE = /^\s*\([^)]{2,40}\)\s*[–—-]/u;

/**
 * A wire story's dateline opening a line: a place in capitals, perhaps its region or country, then
 * a date, an agency in brackets or a dash ("QUITO, Jan 16 (Andes Wire) -", "MALANG, East Java -",
 * "GOMA, Democratic Republic of Congo, May 4 -", "GENEVA/MANAGUA, Aug 29 -"): where the story was filed,
 * no place of its figures.
 */
export const WIRE_DATELINE =
  /^\s*\p{Lu}{2,}[\p{Lu}'’./-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’./-]*)*(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*)*){0,3}(?=\s*(?:[–—(]|-\s|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))/u;

/**
 * A release's dateline written as a name is ("Oslo - The group said …", "Geneva, 12 May – …"): a
 * place of one to three capitalised words, perhaps a date after a comma, then a spaced dash before
 * the sentence's capital.
 */
export const TITLE_DATELINE =
  /^\s*\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}(?:,\s*(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?(?=\s+[–—-]\s+\p{Lu})/u;

/** Words that end a settlement's name: "Chahbahar port", "Sarbaz city". */
export const CITY_SUFFIX = new Set(['city', 'town', 'village', 'port']);

/** Lowercase nouns after a name that make it a place: "Chahbahar port", "Savar area". */
export const PLACE_AFTER = new Set([
  ...REGION_SUFFIX,
  ...CITY_SUFFIX,
  'area',
  'neighbourhood',
  'neighborhood',
  'border',
  'airport',
  'suburb',
  'outskirts',
  'square',
]);

/** Words before a name that make it a place: "in Baghdad", "the city of Sarbaz". */
export const LOCATIVE_BEFORE = new Set([
  'in',
  'at',
  'near',
  'from',
  'across',
  'throughout',
  'outside',
  'around',
  'of',
  'to',
  'into',
  'towards',
  'toward',
  'via',
  'capital',
]);

/** Capitalised function words that start a sentence, not a name. */
export const LEADING_STOP = new Set([
  'the',
  'in',
  'on',
  'at',
  'from',
  'for',
  'during',
  'after',
  'before',
  'since',
  'and',
  'but',
  'while',
  'both',
  'as',
  'of',
  'to',
  'a',
  'an',
  'meanwhile',
  'across',
  'throughout',
  'near',
  'outside',
  'with',
  'by',
  'under',
  'over',
  'when',
  'if',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'some',
  'many',
  'most',
  'all',
  'several',
  'among',
  'between',
  'inside',
]);

/** Particles of Romance and Arabic names, lower case between capitalised words ("Rio Grande do Sul", "Dar es Salaam", "Rio de Janeiro"). */
export const NAME_INNER_PARTICLES = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'di', 'du', 'des', 'es']);

/** Particles inside a place name, between capitalised words ("Bandar al Abbas", "Rio de Janeiro"). */
export const PLACE_NAME_CONNECTORS = new Set(['and', 'of', 'al', 'el', 'ad', 'as', 'an', 'ar', 'at', 'az', 'la', 'le', 'e', 'i', '-', ...NAME_INNER_PARTICLES]);

/** People a facility counts as its own ("Three patients were dead on arrival"): its intake, no subgroup of the victims. */
export const SCOPE_FACILITY_PEOPLE = new Set(['patients', 'patient', 'inpatients', 'outpatients']);

/** Verbs that say where harms happened ("the killings took place in 40 towns", "occurred in", "were recorded in"). */
export const OCCURRENCE_VERBS = new Set(['place', 'occurred', 'occur', 'happened', 'reported', 'recorded', 'registered', 'documented']);

/** Lower-case particles between the words of a place's name ("San Cristóbal de las Peñas", "Dar es Salaam", "Castillo del Romeral"). */
export const PLACE_NAME_PARTICLES = new Set([...NAME_INNER_PARTICLES, 'la', 'las', 'los', 'el', 'al', 'sur', 'am', 'an', 'der']);
