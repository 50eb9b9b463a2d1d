// Verbs of sources: speech, release, knowing, toll updates, citing.

/**
 * Verbs of speech: a count that is their subject counts speakers, not victims ("three officials
 * said", "One source said the injuries…"). Not "reported" or "found", which also take victims
 * ("five people reported missing", "two people found dead").
 */
export const SPEECH_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tell',
  'tells',
  'added',
  'adds',
  'stated',
  'wrote',
  'tweeted',
  'explained',
  'insisted',
  'warned',
  'noted',
  'testified',
  'recalled',
  'described',
  'spoke',
  'asked',
  'claimed',
  'alleged',
  'estimated',
]);

/** Verbs by which a body puts out figures ("issued its latest figures", "updated the toll"), read only with a document object. */
export const RELEASE_VERBS = new Set([
  'gave',
  'gives',
  'issued',
  'issues',
  'updated',
  'updates',
  'provided',
  'provides',
  'shared',
  'shares',
  'released',
  'releases',
  'published',
  'publishes',
]);

/** Determiners that deny there is a speaker: "no group claimed responsibility", "none has confirmed". */
export const NEGATING_DETERMINERS = new Set(['no', 'none', 'nobody', 'neither', 'nor']);

/** Objects of "claimed" that make it an act owned, not a figure stated: "claimed responsibility for the blast". */
export const CLAIMED_ACT_OBJECTS = new Set(['responsibility', 'credit', 'involvement', 'authorship']);

/**
 * Verbs of a speaker moving its own running figure ("the ministry raised the death toll to 44",
 * "has since lifted the number of dead to 44"): with a toll or figure as object, the subject
 * states the figure (attribution).
 */
export const TOLL_UPDATE_VERBS = new Set([
  'raised',
  'raises',
  'raise',
  'lifted',
  'lifts',
  'increased',
  'increases',
  'revised',
  'revises',
  'lowered',
  'lowers',
  'adjusted',
  'adjusts',
]);

/**
 * Verbs by which a body or person holds a count without a verb of saying ("the network believes
 * 44 were killed", "has tracked 44 deaths", "cites reports putting the toll at 44", "the clinic
 * treated 44 wounded"): their subject, when it reads as a source, asserts the figure (attribution).
 */
export const KNOWING_VERBS = new Set([
  'believes',
  'believe',
  'fears',
  'fear',
  'feared',
  'tracked',
  'tracks',
  'compiled',
  'compiles',
  'collected',
  'collects',
  'cites',
  'cite',
  'received',
  'receives',
  'treated',
  'treats',
  'keeps',
  'kept',
]);

/** Nouns of what a source holds ("has information that …", "had reports of …"): "has" then one of these is knowing. */
export const HELD_KNOWLEDGE_NOUNS = new Set(['information', 'data', 'reports', 'evidence', 'figures', 'records', 'details', 'knowledge', 'confirmation']);

/** Infinitives of verbs of counting after "able to" ("was able to verify 44 deaths"). */
export const ABLE_TO_VERBS = new Set(['verify', 'confirm', 'count', 'document', 'record', 'identify', 'establish', 'register']);

/** Words before the head of what "citing" cites ("citing the ministry", "citing unnamed officials"). */
export const CITED_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'local', 'unnamed', 'anonymous', 'several', 'two', 'three']);

/** Prepositions that end the head of what "citing" cites ("citing errors in hospital records": "errors"). */
export const CITED_PREPOSITIONS = new Set(['in', 'of', 'at', 'from', 'on', 'for', 'with', 'by', 'about']);
