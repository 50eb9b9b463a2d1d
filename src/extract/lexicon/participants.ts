// Participants and crowds: crowd nouns and measures, protests spreading over places, groups and their members.

/**
 * People who take part: a large figure of these, with no harm in its clause, counts participants
 * ("thousands of protesters attacked the airport", "tens of thousands of marchers").
 */
export const PARTICIPANT_NOUNS = new Set(['protesters', 'protestors', 'demonstrators', 'marchers', 'rallygoers', 'participants', 'strikers', 'mourners']);

/** The smallest figure that counts a crowd rather than named individuals. */
export const PARTICIPANT_MIN = 100;

/**
 * Verbs that link a figure to a state rather than an act: "have gone missing", "remain in
 * detention", "were left wounded". The category is the state's word after them; without one,
 * the figure has a predicate of its own ("300 remain free").
 */
export const LINKING_VERBS = new Set([
  'gone',
  'went',
  'go',
  'goes',
  'remain',
  'remained',
  'remains',
  'remaining',
  'left',
  'lay',
  'lie',
  'lies',
  'stayed',
  'stay',
  'stays',
  'became',
  'become',
  'becomes',
  'still',
  'being',
  'kept',
]);

/** Passive verbs of taking part whose agent is the crowd: "was attended by 20,000 people", "joined by thousands". */
export const ATTENDED_VERBS = new Set(['attended', 'joined', 'swelled']);

/** Verbs whose object is a crowd they bring out: "mobilised thousands", "drew tens of thousands". */
export const CROWD_OBJECT_VERBS = new Set([
  'mobilized',
  'mobilised',
  'mobilizing',
  'mobilising',
  'drew',
  'draws',
  'drawn',
  'drawing',
  'attracted',
  'attracting',
  'attracts',
]);

/** Verbs of a crowd growing to a size: "the crowd had swelled to 40,000". */
export const CROWD_GROWTH_VERBS = new Set(['swelled', 'swollen', 'swells', 'grew', 'grown', 'grows', 'rose', 'risen', 'climbed']);

/**
 * Nouns that measure a crowd: a figure they are set at or run into is how many took part
 * ("put the turnout at 550,000", "the crowd numbered 20,000"). "number"/"estimate" measure a
 * crowd only of participants ("the number of protesters ran into tens of thousands").
 */
export const CROWD_MEASURE_NOUNS = new Set(['turnout', 'attendance', 'crowd', 'crowds']);
export const COUNT_NOUNS = new Set(['number', 'numbers', 'estimate', 'estimates', 'count', 'tally', 'size']);

/** Words that take the measure's value: "at 550,000", "ran into tens of thousands", "numbered 3,000", "of 20,000". */
export const MEASURE_LINKS = new Set(['at', 'into', 'numbered', 'numbering', 'numbers', 'of', 'from', 'reached', 'topped', 'exceeded', 'surpassed', 'passed']);

/** Nouns of a body of people: "by a group of 50 people" is the agent, its members counted. */
export const COLLECTIVE_NOUNS = new Set(['group', 'groups', 'gang', 'mob', 'crowd', 'band', 'squad', 'unit', 'contingent', 'team']);

/** Verbs of attack, destruction or flood whose object or subject is a count of places ("attacked 14 villages", "27 villages are submerged"): places affected. */
export const STRIKING_VERBS = new Set([
  'attacked',
  'raided',
  'burned',
  'burnt',
  'torched',
  'razed',
  'looted',
  'shelled',
  'bombed',
  'overran',
  'overrun',
  'flooded',
  'submerged',
  'inundated',
  'underwater',
  'destroyed',
  'damaged',
  'hit',
  'struck',
]);

/** Settlements an attack or a flood strikes, counted as places affected (not "locations", "homes"). */
export const STRUCK_SETTLEMENTS = new Set([
  'villages',
  'towns',
  'cities',
  'communities',
  'settlements',
  'hamlets',
  'neighbourhoods',
  'neighborhoods',
  'districts',
]);

/** Nouns that make a figure a count of places. */
export const PLACE_NOUNS = new Set([
  'cities',
  'towns',
  'provinces',
  'villages',
  'hamlets',
  'settlements',
  'districts',
  'localities',
  'counties',
  'regions',
  'governorates',
  'municipalities',
  'states',
  'neighbourhoods',
  'neighborhoods',
  'campuses',
  'universities',
  'locations',
  'areas',
  'suburbs',
  'townships',
  'departments',
  // Administrative units by their local names: "8 of the country's 33 prefectures".
  'prefectures',
  'oblasts',
  'cantons',
  'wilayas',
  'parishes',
  'communes',
  'kebeles',
  'woredas',
  'upazilas',
  'barangays',
  'tehsils',
  'raions',
  'city',
  'town',
  'province',
]);

/** Words that make a sentence about protests spreading (needed for a count of places). */
export const PROTEST_CONTEXT = new Set([
  'protest',
  'protests',
  'protested',
  'uprising',
  'demonstrations',
  'demonstration',
  'unrest',
  'rallies',
  'spread',
  'reached',
  'strikes',
  'riots',
  'rioting',
  'gatherings',
  'protesters',
  'demonstrators',
  'roadblocks',
  'marches',
  'clashes',
  'across',
  'nationwide',
  'erupted',
  'revolt',
  'disturbances',
  'violence',
  'blockades',
  'sit-ins',
  'barricades',
  // A conflict's reach: "attacks were reported in 14 villages", "fighting in nine districts"; a stoppage's: "the strike was observed in 20 towns".
  'attacks',
  'fighting',
  'strike',
  // A disaster's reach: "flooding has affected 11 provinces", "declared disaster areas", "suffered serious damage".
  'affected',
  'flooded',
  'flooding',
  'disaster',
  'damage',
]);

/** Singular units of people that one figure counts as one unit: "14 members of one family". */
export const UNIT_GROUP_NOUNS = new Set(['family', 'household', 'clan', 'tribe', 'group', 'crowd', 'gang', 'team', 'unit', 'couple', 'village', 'community']);

/** Nouns of one member of a body: "a member of the security forces" is one person of that body. */
export const MEMBER_NOUNS = new Set(['member', 'officer', 'employee', 'soldier', 'supporter', 'activist', 'leader']);

/**
 * Verbs of a crowd's joy that count those present only in a public place: "thousands celebrated
 * in the streets", "danced on the main square" (not "celebrated the verdict", "danced at home").
 */
export const CELEBRATION_VERBS = new Set(['celebrated', 'celebrating', 'celebrate', 'danced', 'dancing', 'rejoiced', 'rejoicing', 'cheered', 'cheering']);

/** Prepositions that put a crowd in a public place: "in the streets", "outside the embassy". */
export const PUBLIC_PLACE_PREPOSITIONS = new Set(['in', 'on', 'onto', 'into', 'through', 'across', 'at', 'outside']);

/**
 * Sites a crowd is present at: "about 12,000 fans were inside the arena", "some 9,000 people were on
 * the esplanade", "There were hundreds of us in the square" count who took part.
 */
export const CROWD_SITE_NOUNS = new Set([
  'stadium',
  'square',
  'bridge',
  'pitch',
  'grounds',
  'streets',
  'shrine',
  'plaza',
  'arena',
  'stands',
  'venue',
  'park',
  'roundabout',
  'boulevard',
  'avenue',
  'esplanade',
]);
/** Words between a crowd's figure and its site: "were", "had been", "still"; "in and around the square". */
export const CROWD_PRESENCE_WORDS = new Set(['were', 'was', 'are', 'is', 'had', 'have', 'has', 'been', 'still', 'already', 'reportedly', 'then']);
export const CROWD_SITE_PREPOSITIONS = new Set(['in', 'on', 'inside', 'at', 'around']);
