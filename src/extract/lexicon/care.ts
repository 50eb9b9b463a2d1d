// Care of the injured: treatment verbs and places, patients' condition, seeking care.

/**
 * Care for the injured: "375 are still being treated in hospital", "12 were hospitalised",
 * "four required surgery", "six underwent operations".
 */
export const TREATMENT_VERBS = new Set([
  'treated',
  'admitted',
  'receiving',
  'received',
  'taken',
  'rushed',
  // "6 patients were transferred by helicopter to the regional hospital", "nine were airlifted to hospital".
  'transferred',
  'airlifted',
  'required',
  'requiring',
  'underwent',
  'undergoing',
  'undergone',
  'sent',
  // "13 victims needed surgery", "two needing stitches".
  'needed',
  'needing',
  'need',
  'needs',
]);

/** Words after a treatment verb that make it care for the injured. */
export const TREATMENT_PLACES = new Set([
  'hospital',
  'hospitals',
  'clinic',
  'clinics',
  'injuries',
  'wounds',
  'treatment',
  'icu',
  'care',
  'surgery',
  'surgeries',
  'operations',
  'stitches',
  'hospitalisation',
  'hospitalization',
]);

/** Places of care: being in one is being injured ("six remain in hospital", "are in intensive care"). */
export const CARE_PLACES = new Set(['hospital', 'hospitals', 'icu', 'care', 'clinic']);

/** Prepositions before a care place that make it a state of care, not a facility ("in hospital", "to hospital"). */
export const CARE_STATE_PREPOSITIONS = new Set(['to', 'in', 'into']);

/** Levels of care between such a preposition and "care" ("in intensive care", "in critical care"). */
export const CARE_LEVELS = new Set(['intensive', 'critical']);

/** A hospital's word for its patients right after "remain" ("Five remain admitted"); not "were admitted" (to a school, a bar). */
export const CARE_STATES_REMAINING = new Set(['admitted']);
export const REMAINING_VERBS = new Set(['remain', 'remains', 'remained']);

/** A hospital's words for being its patient after "on" ("remain on admission", "are on the wards"). */
export const CARE_STATES_ON = new Set(['admission', 'ward', 'wards']);

/** Verbs of leaving hospital after care ("treated and discharged"). */
export const DISCHARGE_VERBS = new Set(['discharged', 'released']);

/** Verbs whose object is a patient: "medics treated 200 people", "the clinic is treating 40". */
export const TREATMENT_OBJECT_VERBS = new Set(['treated', 'treating', 'treats', 'treat']);

/** A facility taking people in, before the figure: "the hospital received 160 casualties", "it had admitted 210 patients". */
export const INTAKE_VERBS = new Set(['received', 'receiving', 'receives', 'admitted', 'admitting', 'admits']);

/** Those a facility takes in who are hurt by the word itself (not "bodies": the dead are read by their own noun). */
export const INTAKE_PATIENT_NOUNS = new Set(['casualties', 'patients', 'wounded', 'injured']);

/** Care given to people, before "to" and the figure: "gave first aid to 65 people", "provided medical care to 40". */
export const CARE_GIVEN_NOUNS: ReadonlyArray<readonly string[]> = [['first', 'aid'], ['medical', 'care'], ['medical', 'attention'], ['treatment']];

/** Gravity of a patient's condition: "15 were in critical condition" counts the injured. */
export const CONDITION_GRAVITY = new Set(['critical', 'serious', 'grave', 'stable', 'life-threatening', 'severe']);

/** Kin a figure after "of" counts the children of: "a mother of three", "the father of two". */
export const KIN_OF_NOUNS = new Set(['mother', 'father', 'parent', 'parents', 'grandmother', 'grandfather', 'mum', 'mom', 'dad']);

/** Words before a count of wounds on one body: "died of two gunshot wounds", "treated for three stab wounds". */
export const WOUND_COUNT_OPENERS = new Set(['of', 'from', 'with', 'for', 'suffered', 'sustained', 'received', 'had']);

/** Verbs of seeking care: "400 people sought treatment", "12 needed medical attention". */
export const CARE_SEEKING_VERBS = new Set(['sought', 'seeking', 'seek', 'needed', 'needing', 'required', 'received', 'receiving', 'got']);

/** Injuries a person has: "300 of them had pellet wounds", "40 had burns". */
export const INJURY_NOUNS = new Set(['wounds', 'injuries', 'burns', 'fractures', 'lacerations']);
/** Verbs whose object is an injury the subject has ("suffered fractures", "sustained burns"). */
export const INJURY_TAKING = new Set(['suffered', 'suffer', 'suffers', 'sustained', 'sustain', 'sustains']);
/** Verbs of care whose "with"/"for" phrase names the injury ("admitted with burns", "treated for fractures"). */
export const INJURY_CARE_VERBS = new Set(['admitted', 'treated', 'hospitalised', 'hospitalized', 'brought']);

/** Verbs of having, before an injury noun: "had pellet wounds". */
export const HAVING_VERBS = new Set(['had', 'has', 'have']);

/** Nouns of wounds that describe the people who have them ("85 patients with head injuries"). */
export const WOUND_NOUNS = new Set(['injuries', 'wounds', 'burns', 'fractures', 'injury', 'wound', 'cuts', 'bruises', 'lacerations']);

/** Degree words before a condition's gravity ("in an extremely grave condition", "in a particularly critical state"). */
export const DEGREE_ADVERBS = new Set(['very', 'extremely', 'especially', 'particularly', 'highly']);

/** Verbs of struggling to stay alive ("were battling for their lives", "is struggling for his life"): the wounded. */
export const LIFE_FIGHTING_VERBS = new Set(['fighting', 'battling', 'struggling']);

/**
 * Moves and states of patients, told of a part of the injured just counted ("Six are still
 * admitted", "14 of whom were airlifted to the capital", "five of them were referred to the burns unit").
 * Read only after a count of the injured.
 */
export const PATIENT_PART_VERBS = new Set([
  'admitted',
  'hospitalised',
  'hospitalized',
  'transferred',
  'referred',
  'flown',
  'airlifted',
  'evacuated',
  'operated',
  'discharged',
]);
