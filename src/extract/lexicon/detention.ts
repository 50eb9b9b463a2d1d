// Detention and courts: court verbs, prisons and custody, sentences, release, prisoner lists.

/**
 * A court's verbs: their object is a defendant, not a victim ("sentenced 12 men to death",
 * "charged 40 people"), and "sentenced to death" is a judgement, not a death (claims.ts:
 * judicial-outcome).
 */
export const COURT_VERBS = new Set([
  'sentenced',
  'sentence',
  'sentences',
  'sentencing',
  'condemned',
  'condemn',
  'condemns',
  'condemning',
  'convicted',
  'convicts',
  'convicting',
  'charged',
  'charges',
  'charging',
  'indicted',
  'acquitted',
  'fined',
  'tried',
]);

/**
 * Words of a charge against someone, before "of"/"with"/"for"/"over" and a killing: "convicted of
 * killing a militiaman", "arrested over the killing of a police officer" (claims.ts: charged-killing).
 */
export const CHARGE_WORDS = new Set([...COURT_VERBS, 'accused', 'guilty', 'suspected', 'arrested', 'detained', 'executed', 'hanged', 'prosecuted', 'blamed']);

/** Nouns and gerunds of a killing a charge names: "the killing of", "the murder of", "killing". */
export const CHARGED_KILLING_WORDS = new Set(['killing', 'killings', 'murder', 'murdering', 'murders', 'death', 'deaths', 'stabbing', 'shooting']);

/** Courts people are brought before or appear in, held to answer a charge ("brought before magistrates", "appeared in court"). */
export const COURT_NOUNS = new Set(['court', 'courts', 'magistrate', 'magistrates', 'judge', 'judges', 'tribunal', 'tribunals', 'prosecutor', 'prosecutors']);

/** Places of a police force that hold people: "taken to the police station", "brought to police headquarters". */
export const POLICE_HOLDING_NOUNS = new Set(['station', 'stations', 'headquarters', 'cells', 'lock-up', 'lockup', 'precinct']);

/** Places of detention: being in or behind one is being detained ("are still in jail", "behind bars"). */
/** Verbs of passing through custody ("had passed through police cells", "went through the detention centre"). */
export const THROUGH_PASSING_VERBS = new Set(['passed', 'pass', 'passing', 'went', 'gone']);

export const DETENTION_PLACES = new Set(['jail', 'jails', 'prison', 'prisons', 'bars', 'cells', 'detention']);

/** Prisoners, detained when held for their politics ("political prisoners", "prisoners of conscience"). */
export const PRISONER_NOUNS = new Set(['prisoners', 'prisoner']);
export const POLITICAL_MODIFIERS = new Set(['political', 'politically']);

/** Nouns of a list whose entries are people: "the list of political prisoners contains 450 names". */
export const LIST_NOUNS = new Set(['list', 'lists', 'register', 'roll', 'registry', 'database']);
export const ENTRY_NOUNS = new Set(['names', 'entries']);

/**
 * A custodial sentence: "sentenced 300 people to administrative arrest", "were handed jail terms",
 * "received prison sentences" put the figure in detention (a death sentence does not).
 */
export const CUSTODY_WORDS = new Set(['jail', 'prison', 'custodial', 'arrest', 'detention', 'imprisonment', 'incarceration']);
export const SENTENCE_NOUNS = new Set(['terms', 'term', 'sentences', 'sentence']);

/** Verbs of a court's outcome for people already held: "82 of them have been sentenced". */
export const HELD_OUTCOME = /^(?:sentenc|convict|charg|tried|prosecut|indict|jail)/;

/** Verbs of setting the detained free: "released 300 detainees" counts releases, not detentions. */
export const FREEING_VERBS = new Set([
  'released',
  'releases',
  'releasing',
  'release',
  'freed',
  'frees',
  'freeing',
  'free',
  'pardoned',
  'amnestied',
  'discharged',
  // "11 of the abducted pupils had escaped": held no longer.
  'escaped',
]);

/** Units of a prison term: "sentenced five activists to three years in prison". */
export const TERM_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);

/** Words after "held" that make it blame, not custody: "those held responsible", "held accountable". */
export const HELD_TO_ACCOUNT = new Set(['responsible', 'accountable', 'liable', 'to']);

/** What the held are held for, after "for": "taken in for questioning", "held for interrogation". */
export const QUESTIONING_NOUNS = new Set(['questioning', 'interrogation', 'interview']);

/** Verbs that "take in" people, custody when it is "for questioning": "took in 14 youths for questioning". */
export const TAKING_IN_VERBS = new Set(['took', 'take', 'takes', 'taking', 'brought', 'bring', 'brings', 'bringing', 'pulled', 'hauled']);

/** Verbs of detention that also take things: "seized 3 AK-47 rifles", "captured 2 T-72 tanks". */
export const THING_TAKING_VERBS = new Set(['seized', 'seizing', 'seizes', 'seize', 'captured', 'capturing', 'captures', 'capture']);

/** What a takeover takes, which holds no one: "the junta seized power", "the rebels captured control of the port". */
export const TAKEOVER_OBJECTS = new Set(['power', 'control', 'office', 'command']);

/** Where the held are kept: "died in custody", "deaths in detention", "under arrest". */
export const CUSTODY_NOUNS = new Set(['custody', 'detention', 'prison', 'prisons', 'jail', 'jails', 'captivity', 'arrest']);
