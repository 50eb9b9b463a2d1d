// The missing and the displaced: not knowing where, found again, searched for, homes left, borders crossed.

/** Verbs whose object ends up in a state named after them: "were made homeless", "rendered homeless". */
export const STATE_VERBS = new Set(['made', 'rendered', 'render', 'renders', 'make', 'makes']);

/** Homes a figure is driven from: "forced 20,000 people from their homes" counts the displaced. */
export const HOME_NOUNS = new Set(['home', 'homes', 'houses', 'villages', 'towns', 'land', 'lands', 'neighbourhoods', 'neighborhoods']);

/** Verbs of leaving or being driven from home: "have left their homes", "were evicted from their villages" (displaced). */
export const HOME_LEAVING_VERBS = new Set(['left', 'leave', 'leaving', 'abandoned', 'abandon', 'deserted', 'chased', 'evicted', 'expelled', 'uprooted']);

/** Places a leaving verb's object names as where people lived, with "the" or no article: "had left the camp", "left settlements along the river". */
export const LEFT_DWELLING_NOUNS = new Set(['camp', 'camps', 'settlement', 'settlements', 'village', 'villages', 'homes', 'houses']);

/** Participles of being moved out by the authorities, read after an auxiliary ("have been relocated"). */
export const RELOCATION_PARTICIPLES = new Set(['relocated', 'resettled']);

/** Verbs of driving people from their homes, before a bare "from homes" ("538,000 forced from homes"). */
export const DRIVING_VERBS = new Set(['forced', 'driven', 'chased', 'pushed', 'moved', 'relocated', 'evacuated']);

/** What people still lie under, not yet found: "are still under fallen concrete", "may still lie beneath the ruins". */
export const COVERING_WRECK_NOUNS = new Set(['rubble', 'debris', 'concrete', 'ruins', 'wreckage', 'mud', 'rocks', 'earth', 'snow', 'collapsed', 'fallen']);
/** Verbs of being before "still" or after it, in front of such a wreck ("are still under", "still lie under"). */
export const LYING_VERBS = new Set(['be', 'are', 'were', 'is', 'was', 'lie', 'lies', 'lay', 'lying', 'remain', 'remains', 'remained']);
/** Words before a burial under rubble that leave the buried not yet found: "still buried", "believed to be buried", "feared buried". */
export const UNFOUND_BURIAL_WORDS = new Set(['still', 'believed', 'feared', 'thought']);

/** Infinitives a driving verb takes of leaving home: "were forced to flee", "have been forced to leave". */
export const FORCED_LEAVING_VERBS = new Set(['flee', 'leave', 'evacuate', 'abandon', 'relocate']);
/** Verbs of losing one's home: "some 9,000 villagers have lost their houses". */
export const HOME_LOSING_VERBS = new Set(['lost', 'lose', 'losing', 'loses']);
/** Verbs of an order to leave home, before "to leave their homes": "were instructed to leave their houses", "told to abandon their homes". */
export const HOME_ORDERING_VERBS = new Set(['ordered', 'told', 'instructed', 'asked', 'urged']);
/** Of those, the ones that leave home whatever follows ("forced to flee across the border"); "leave" and "abandon" need a home after them or nothing. */
export const FLEEING_INFINITIVES = new Set(['flee', 'evacuate', 'relocate']);
/** Areas a leaving verb's object may name as home: "forced to leave the area". */
export const LEFT_AREA_NOUNS = new Set(['area', 'areas', 'region', 'district', 'city', 'town', 'island', 'country', 'valley', 'coast']);

/** Verbs of seeking refuge, with a refuge noun after: "sought refuge in churches", "took shelter in schools", "sought asylum abroad". */
export const REFUGE_VERBS = new Set(['sought', 'seek', 'seeking', 'seeks', 'took', 'taking', 'take', 'taken', 'takes', 'found', 'finding', 'find']);
export const REFUGE_NOUNS = new Set(['refuge', 'shelter', 'sanctuary', 'asylum']);
/** Verbs of sheltering away from home: "8,000 people were sheltering in schools". */
export const SHELTERING_VERBS = new Set(['sheltering', 'sheltered']);
/** Words after such a verb that say where the shelter is ("sheltering in schools", "sheltering there", "sheltering with relatives"). */
export const SHELTER_SITE_WORDS = new Set(['in', 'at', 'inside', 'there', 'here', 'with']);
/** Verbs of living somewhere, displacement with a camp after: "40,000 people are living in makeshift camps". */
export const DWELLING_VERBS = new Set([
  'living',
  'staying',
  'sleeping',
  'camped',
  'camping',
  'crammed',
  'housed',
  'lived',
  'stayed',
  'slept',
  'remain',
  'remains',
  'remained',
  'remaining',
  // ("12,400 residents are accommodated in 58 safety centres", "hosted in transit sites".)
  'accommodated',
  'hosted',
]);
/** Camps proper, which people are driven or registered into ("forced 9,870 people into 142 relief camps", "registered at two temporary camps"). */
export const RELIEF_CAMP_NOUNS = new Set(['camp', 'camps', 'shelter', 'shelters', 'tents']);

/** Verbs of entering a camp's books or gates: "had registered at two camps", "were admitted to camps". */
export const CAMP_ENTRY_VERBS = new Set(['registered', 'register', 'registering', 'admitted', 'moved', 'relocated', 'crammed', 'herded']);

/** Places the displaced live in. */
export const CAMP_NOUNS = new Set(['camp', 'camps', 'shelter', 'shelters', 'tent', 'tents', 'settlements', 'school', 'schools', 'churches', 'mosques']);

/** Centres that are camps when named for the displaced ("evacuation centres", "relief centers"), not any centre ("a health centre"). */
export const CAMP_CENTRE_NOUNS = new Set(['centre', 'centres', 'center', 'centers', 'sites', 'site']);
export const CAMP_CENTRE_MODIFIERS = new Set(['evacuation', 'relief', 'transit', 'displacement', 'reception', 'collective', 'accommodation', 'safety']);
/** Nights spent away from home: "2,000 villagers spent a second night in evacuation centres" (with a camp after). */
export const NIGHT_NOUNS = new Set(['night', 'nights']);

/** Possessives before a home noun ("from their homes"). */
export const POSSESSIVES = new Set(['their', 'his', 'her', 'its', 'our']);

/**
 * Verbs of not knowing where someone is: "relatives of six men do not know where they are"
 * counts the missing (with a negation before and "where" after).
 */
export const KNOW_VERBS = new Set(['know', 'knows', 'knew', 'known', 'knowing']);
export const NEGATIONS = new Set(['not', "n't", 'no', 'never']);

/** Verbs of a sign of someone, negated the missing: "have not been seen since", "not heard from since". */
export const SIGHT_VERBS = new Set(['seen', 'heard']);

/** Verbs of witnessing in the active: "some of them saw their neighbours killed" (the harm is what they saw, not theirs). */
export const WITNESSING_VERBS = new Set(['saw', 'seen', 'watched', 'witnessed', 'filmed', 'see', 'watch', 'witness']);

/** Verbs of a missing person found again: "of those, 92 have turned up", "40 were located". */
export const FOUND_VERBS = new Set(['found', 'located', 'traced', 'reappeared', 'resurfaced', 'returned', 'freed', 'released']);

/** Of FOUND_VERBS, those whose negated perfect passive leaves people missing ("have still not been located"; not "not been released", still held). */
export const UNFOUND_PERFECT = new Set(['found', 'located', 'traced']);

/** Particles that make a found verb of "turn"/"show": "turned up", "showed up". */
export const FOUND_PARTICLE_VERBS = new Set(['turned', 'showed', 'shown', 'turn', 'show']);

/** Those searched for who are no victims: "police are searching for 12 suspects". */
export const SOUGHT_OFFENDERS = new Set([
  'suspects',
  'attackers',
  'gunmen',
  'assailants',
  'fugitives',
  'perpetrators',
  'escapees',
  'bombers',
  'militants',
  'robbers',
  'culprits',
]);

/** Verbs whose "for" object is sought: "rescuers searched for 40 villagers". */
export const SEARCH_VERBS = new Set(['searching', 'search', 'searched', 'searches', 'looking', 'hunting']);

/**
 * Verbs of crossing a border: "2,000 people crossed into Chad", "registered crossing from Sudan
 * into South Sudan", "fled across the border" count the displaced (with a country or a border after).
 */
export const CROSSING_VERBS = new Set(['crossed', 'crossing', 'cross', 'crosses']);
/**
 * Verbs of arriving or being registered where one has fled to: "70,000 Burundians have arrived in
 * Tanzania", "26,300 Burundians have been registered" count the displaced (with a people named by
 * its country as the subject).
 */
export const ARRIVAL_VERBS = new Set(['arrived', 'arrive', 'arrives', 'arriving', 'registered']);
/** Nouns of people who arrived ("7,850 new arrivals registered", "5,200 of the new arrivals"): in a report of flight, more of the displaced. */
export const ARRIVAL_NOUNS = new Set(['arrivals', 'newcomers']);
/** Words of flight in a figure's sentence that make its arrivals displaced people ("refugees", "fled", "crossed"). */
export const FLIGHT_WORDS = new Set(['refugees', 'refugee', 'fled', 'fleeing', 'displaced', 'crossed', 'crossing', 'asylum', 'influx', 'registered']);
/** Auxiliaries and adverbs between counted people or places and their verb ("have now been registered", "had been attacked"). */
export const VERB_GROUP_FILLERS = new Set(['have', 'has', 'had', 'been', 'are', 'were', 'now', 'already', 'also', 'since', 'reportedly']);
/** Prepositions of where counted places lie, before their verb ("22 villages in the area had been attacked"). */
export const LOCATING_PREPOSITIONS = new Set(['in', 'across', 'of', 'near', 'around']);
export const BORDER_NOUNS = new Set(['border', 'borders', 'frontier']);
/** A border crossed without naming the country: "crossed into neighbouring countries". */
export const NEIGHBOUR_WORDS = new Set(['neighbouring', 'neighboring', 'neighbour', 'neighbor']);

/** Who takes people when no one names them: "seized by unidentified attackers", "taken away by masked men" (missing, not held). */
export const UNKNOWN_TAKERS = new Set(['unidentified', 'unknown', 'masked', 'hooded', 'plainclothes', 'plain-clothes', 'anonymous']);

/** Words before "clothes" that hide who took people ("men in plain clothes", "in civilian clothes"). */
export const PLAIN_DRESS = new Set(['plain', 'civilian']);

/** Plain verbs of taking people away, which say nothing of who took them: "seized", "snatched", "taken away". */
export const SEIZING_VERBS = new Set(['seized', 'snatched', 'grabbed', 'taken', 'took', 'take', 'takes', 'dragged', 'bundled', 'picked']);

/** Words saying no one knows what became of people ("the fate of 30 people remains unknown"). */
export const UNKNOWN_WORDS = new Set(['unknown', 'unclear', 'uncertain', 'unconfirmed']);

/**
 * Verbs of listing people in a state ("are listed as missing", "were registered as missing",
 * "recorded as dead"); not "reported as", which other rules read.
 */
export const RECORDED_AS_VERBS = new Set(['listed', 'declared', 'classified', 'registered', 'recorded', 'counted', 'confirmed']);

/** Verbs of finding someone, denied before their people: "cannot trace 14 of its members", "nine men whose wives could not locate them". */
export const FINDING_VERBS = new Set(['find', 'locate', 'trace']);
/** Words that deny such a verb right before it ("cannot", "could not", "unable to", "failed to"). */
export const UNABLE_WORDS = new Set(['cannot', "can't", 'not', 'unable', 'failed', 'never']);
