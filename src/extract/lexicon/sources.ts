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
  'circulated',
  'circulates',
  'distributed',
  'distributes',
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

/** A verb of knowing that opens a noun with the word after it ("an Orsk-based think tank"): no verb there. */
export const KNOWING_VERB_COMPOUNDS = new Map([['think', new Set(['tank', 'tanks'])]]);

/**
 * Verbs by which a body or person holds a count without a verb of saying ("the network believes
 * 44 were killed", "police suspect 12 were abducted", "has tracked 44 deaths", "cites reports putting the toll at 44", "the clinic
 * treated 44 wounded"): their subject, when it reads as a source, asserts the figure (attribution).
 */
export const KNOWING_VERBS = new Set([
  'believes',
  'believe',
  'thinks',
  'think',
  'suspects',
  'suspect',
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
  // ("The inquiry has heard that 12 miners died": a body told in evidence.)
  'heard',
]);

/** Nouns of what a source holds ("has information that …", "had reports of …"): "has" then one of these is knowing. */
export const HELD_KNOWLEDGE_NOUNS = new Set(['information', 'data', 'reports', 'evidence', 'figures', 'records', 'details', 'knowledge', 'confirmation']);

/** Verbs of holding that take a HELD_KNOWLEDGE_NOUNS object ("has information", "the experts hold information about 40 cases"). */
export const HOLDING_VERBS = new Set(['has', 'have', 'had', 'hold', 'holds', 'held', 'possess', 'possesses', 'possessed']);

/** Infinitives of verbs of counting after "able to" ("was able to verify 44 deaths"). */
export const ABLE_TO_VERBS = new Set(['verify', 'confirm', 'count', 'document', 'record', 'identify', 'establish', 'register']);

/** Words before the head of what "citing" cites ("citing the ministry", "citing unnamed officials"). */
export const CITED_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'local', 'unnamed', 'anonymous', 'several', 'two', 'three']);

/**
 * Words that open a cited person who cannot stand as the origin: the relay's own staff ("citing its
 * photographer at the scene") or a name withheld ("quoting unnamed officials").
 */
export const WITHHELD_CITED_WORDS = new Set(['its', 'their', 'unnamed', 'anonymous', 'unidentified']);

/**
 * Heads by which a report names an informant it keeps unnamed ("citing police sources", "quoting a
 * hospital source"): the informant, cited by a named outlet, is still the figure's origin.
 */
export const INFORMANT_HEADS = new Set(['source', 'sources']);

/** Verbs of learning something from someone ("we understand from the directorate that …", "learned from police that …"). */
export const LEARNING_VERBS = new Set(['learned', 'learnt', 'learn', 'understand', 'understood', 'heard', 'hear', 'gathered']);

/** Participles of being told, whose agent informed the subject ("had been informed by the army that …"). */
export const INFORMING_PARTICIPLES = new Set(['informed', 'told', 'briefed', 'notified', 'assured', 'advised']);

/** Prepositions that end the head of what "citing" cites ("citing errors in hospital records": "errors"). */
export const CITED_PREPOSITIONS = new Set(['in', 'of', 'at', 'from', 'on', 'for', 'with', 'by', 'about']);

/** Verbs by which a government takes a stand on a count ("Tehran has acknowledged 40 deaths", "Moscow denied …"). */
export const STANCE_VERBS = new Set([
  'acknowledged',
  'acknowledges',
  'admitted',
  'admits',
  'confirmed',
  'confirms',
  'denied',
  'denies',
  'insisted',
  'insists',
  'claimed',
  'claims',
  'announced',
  'announces',
  'disputed',
  'disputes',
  'rejected',
  'rejects',
]);

/** Reporting verbs whose object is who heard it ("told Reuters", "informed the ministry"), never the speaker. */
export const ADDRESSEE_VERBS = new Set(['told', 'tells', 'informed', 'informs', 'briefed', 'briefs']);

/** Nouns that name a figure given before ("The toll was confirmed by …", "The figures come from …"). */
export const FIGURE_NOUNS = new Set(['toll', 'figure', 'figures', 'number', 'numbers', 'count', 'tally', 'estimate', 'estimates', 'data']);

/** Nouns of a figure someone put forward, whose owner is its teller ("opposition claims of 12 dead", "the league's estimate of 40"). */
export const OWNED_FIGURE_NOUNS = new Set(['claim', 'claims', 'estimate', 'estimates', 'figure', 'figures', 'count', 'counts', 'tally', 'tallies']);

/** Words that end an owner phrase read back from its figure noun ("rejecting the opposition's claim"): articles, prepositions, conjunctions. */
export const OWNER_PHRASE_STOPS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'of',
  'by',
  'to',
  'in',
  'on',
  'at',
  'for',
  'and',
  'or',
  'than',
  'with',
  'from',
  'as',
]);

/** Participles of affiliation that describe a body after its name ("a committee aligned with the opposition"). */
export const AFFILIATION_PARTICIPLES = new Set(['aligned', 'linked', 'affiliated', 'allied', 'tied', 'connected', 'loyal']);

/**
 * Verbs of speaking in a purpose infinitive after a verb of taking a medium ("took to television to
 * announce …", "used its website to say …", "held a news conference to say …"): the main clause's
 * subject speaks.
 */
export const PURPOSE_SPEECH_VERBS = new Set(['say', 'announce', 'claim', 'report', 'confirm', 'declare', 'state', 'reveal', 'allege', 'disclose', 'publish']);

/** Verbs of taking up a medium to speak through ("used its website", "took to the radio", "held a news conference"). */
export const MEDIUM_TAKING_VERBS = new Set(['used', 'uses', 'use', 'took', 'takes', 'went', 'goes', 'held', 'holds']);

/** Verbs of telling someone, whose object (the one told) stands before what they report: "told us that …", "informed reporters …". */
export const TELLING_VERBS = new Set([...ADDRESSEE_VERBS, 'tell', 'telling', 'assured']);

/** Participles of speech that share the subject of the clause before their comma ("…, saying 19 had died"). */
export const SPEECH_PARTICIPLES = new Set([
  'saying',
  'adding',
  'stating',
  'noting',
  'insisting',
  'arguing',
  'estimating',
  'putting',
  'claiming',
  'reporting',
  'confirming',
  // ("…, telling the court that 12 had been hurt": a participle of telling someone.)
  'telling',
]);

/** Verbs that attribute a statement or a figure to their subject. */
export const REPORTING_VERBS = new Set([
  'said',
  'says',
  'say',
  'reported',
  'reports',
  'report',
  'reporting',
  'announced',
  'announces',
  'announce',
  'told',
  'tells',
  // ("Hospital sources tell us …", "Officials confirm …": a plural subject's present.)
  'tell',
  'stated',
  'states',
  'confirmed',
  'confirms',
  'confirm',
  'wrote',
  'writes',
  'added',
  'adds',
  'estimated',
  'estimates',
  // ("local officials estimate that …": a plural subject's present; as a noun, see VERB_OR_SINGULAR_NOUN.)
  'estimate',
  'found',
  'finds',
  'counted',
  'counts',
  'claimed',
  'claims',
  'noted',
  'notes',
  'declared',
  'tweeted',
  'posted',
  'documented',
  'recorded',
  'registered',
  'released',
  'published',
  'revealed',
  'disclosed',
  'listed',
  // ("The relief agency lists 31 people as missing": a plural noun too, read as VERB_OR_PLURAL_NOUN says.)
  'lists',
  // ("The unions now list strikes at 14 mills": a plural subject's present; as a noun, see VERB_OR_SINGULAR_NOUN.)
  'list',
  'logged',
  // The present of recording and putting out figures ("The rights ombudsman registers four more deaths"); those
  // that are plural nouns too ("hospital records") are read as verbs only where VERB_OR_PLURAL_NOUN says.
  'documents',
  'records',
  'registers',
  'releases',
  'publishes',
  'logs',
  'declares',
  'calculates',
  'monitored',
  'mentioned',
  'calculated',
  'spoke',
  'speaks',
  // ("Local activists speak of at least 20 killed": a plural subject's present.)
  'speak',
  // ("By Friday, medics were speaking of at least 37 dead": its progressive.)
  'speaking',
  // ("The group is listing 41 people as missing", "officials were already listing 41 as dead".)
  'listing',
  'knows',
  'indicated',
  'indicate',
  'indicates',
  'asserted',
  // ("A nurse at the field clinic testified that …": evidence given in court.)
  'testified',
  'testifies',
  'alleged',
  'buried',
  'verified',
  'tallied',
  'put',
  'puts',
  'quoted',
  'cited',
  // "The paper quotes the ministry as saying …": the one quoted speaks (QUOTING_FORMS).
  'quotes',
  'acknowledged',
  'acknowledges',
  // "The review board attributed 41 deaths to the floods": a body that assigns the figure states it.
  'attributed',
  'attributes',
  // "The government recognised only four deaths".
  'recognised',
  'recognized',
  'recognises',
  'recognizes',
  'admitted',
  'admits',
  'insisted',
  'insists',
  'explained',
  'explains',
  'alleges',
  'asserts',
  // A plural subject's present ("Police insist that only eight died", "Rights groups allege …").
  'insist',
  'allege',
  'assert',
  'admit',
  'acknowledge',
  'maintain',
  'maintains',
  'maintained',
  'argued',
  'argues',
  'argue',
  'contended',
  'contends',
  'reveals',
  'discloses',
  'verifies',
  'tallies',
  'mentions',
  'warns',
  // "Baloch activists submitted evidence that at least seven protesters were shot dead".
  'submitted',
  // "IRNA described what looked like an act of revenge: a member of the security forces slain".
  'described',
  'describes',
  'informed',
  'briefed',
  'warned',
  'updated',
  'shows',
  'showed',
  'show',
  'concluded',
  'concludes',
  'gave',
  'given',
  'give',
  'gives',
  // Who revises a figure states the new one: "the ministry corrected the figure to 253", "revised by the authorities".
  'revised',
  'revises',
  'corrected',
  'corrects',
  'lowered',
  'lowers',
  'amended',
  // Accusers assert the harm they blame on others: "the watchdog blamed police for the deaths of 20",
  // "aid groups criticised the authorities for detaining 140 migrants".
  'blamed',
  'blames',
  'accused',
  'accuses',
  'denounced',
  'denounces',
  'condemned',
  'condemns',
  'criticised',
  'criticized',
  'criticises',
  'criticizes',
]);

/**
 * Past participles that end in neither "-ed" nor "-en" ("a coast guard tally read out to the press", "a list made public",
 * "The Orvan Casualty Monitor, run by volunteer medics, puts the toll at 60").
 */
export const IRREGULAR_PARTICIPLES = new Set([
  'run',
  'led',
  'built',
  'born',
  'begun',
  'read',
  'made',
  'kept',
  'put',
  'set',
  'sent',
  'held',
  'found',
  'brought',
  'told',
  'drawn',
  'shown',
  'known',
  'spread',
  'cut',
  'shared',
]);

/** Forms of quoting or citing someone "as saying": the one quoted or cited speaks ("state TV quoted the ministry as saying", "the paper cites the guild as saying"). */
export const QUOTING_FORMS = new Set(['quoted', 'cited', 'quotes', 'cites']);

/** Particles a participle of passing figures on may take before its agent ("passed on by", "handed out by"). */
export const PASSING_PARTICLES = new Set(['on', 'along', 'out', 'over', 'up']);

/** Participles of receiving or carrying a document: their agent relays it ("a report seen by AFP", "a statement carried by the state news agency"), the author is elsewhere. */
export const RECEPTION_PARTICIPLES = new Set([
  'seen',
  'obtained',
  'reviewed',
  'received',
  'viewed',
  'cited',
  'quoted',
  'shared',
  'carried',
  'aired',
  'relayed',
]);

/** Verbs that attribute a quotation to who follows or precedes them: the reporting verbs and verbs of speaking. */
export const SPEECH_AFTER = new Set([
  ...REPORTING_VERBS,
  'reads',
  'read',
  'continued',
  'asked',
  'urged',
  'stressed',
  'emphasised',
  'emphasized',
  'argued',
  'recalled',
]);

/** Participles of setting a figure whose passive agent after it ("was put at 73 by X", "revised up to 62 by X") gives it. */
/** "puts the toll at 50", "puts the number above 2,000": what sets a count after a verb of putting. */
export const FIGURE_SETTING_PREPOSITIONS = new Set(['at', 'above', 'over', 'below', 'under', 'around', 'near']);
export const FIGURE_SETTING_PARTICIPLES = new Set(['put', 'placed', 'set', 'pegged', 'revised', 'raised', 'lowered', 'updated', 'corrected']);

/** Participles of supplying a figure whose agent ("provided by X") is its source. */
export const SUPPLY_PARTICIPLES = new Set(['provided', 'supplied', 'compiled', 'issued', 'gathered', 'collected', 'furnished', 'given']);

/** Participles of making a count whose agent, when it is the outlet itself, makes the count the outlet's own ("a tally compiled by this news site"). */
export const COUNT_MAKING_PARTICIPLES = new Set(['compiled', 'collected', 'gathered', 'kept', 'made', 'conducted']);

/**
 * Nouns of those who called a gathering, and the verbs by which a text says who did ("the march,
 * organised by the Workers Federation", "the union, which called the rally"): "organisers" is the
 * body the text links so.
 */
export const ORGANISER_NOUNS = new Set(['organisers', 'organizers', 'organiser', 'organizer']);
export const ORGANISING_VERBS = new Set(['organised', 'organized', 'organising', 'organizing', 'called', 'convened', 'staged', 'organises', 'organizes']);

/**
 * Openers that turn a report to another matter ("Separately, …", "Meanwhile, …", "In a separate
 * incident, …"): a figure after one is not the report before it running on.
 */
/**
 * Conjunctions and linking adverbs that open a sentence, capitalised, and join it to the one before
 * ("But police said …", "Now Amnesty says …"): no part of its subject.
 */
export const OPENING_CONJUNCTIONS = new Set(['But', 'And', 'Yet', 'So', 'Or', 'Still', 'Nor', 'Now', 'Then']);

/** Prepositions that govern a document's phrase ("according to the ministry's count", "by Amnesty's tally"): that reading is made where they are. */
export const GOVERNING_PREPOSITIONS = new Set(['to', 'by', 'from', 'of', 'in']);

/** Participles of where people are posted, before the place's preposition ("volunteers stationed at three hospitals said"). */
export const POSTED_PARTICIPLES = new Set(['stationed', 'posted', 'based', 'working', 'deployed']);

export const TOPIC_SHIFT_OPENERS = new Set(['separately', 'meanwhile']);
/** "In a separate incident", "In another attack": the nouns after "separate"/"another" that open a new matter. */
export const TOPIC_SHIFT_NOUNS = new Set([
  'incident',
  'attack',
  'development',
  'case',
  'clash',
  'clashes',
  'raid',
  'operation',
  'blast',
  'bombing',
  'explosion',
]);

/** Heads, besides FIGURE_NOUNS, of a subject that is a count given before ("The dead include …", "The detainees include …"). */
export const COUNTED_SUBJECT_NOUNS = new Set(['toll', 'dead', 'victims', 'detainees', 'wounded', 'injured', 'arrested', 'missing', 'casualties']);

/** Forms of "give", a reporting verb ("gave a toll of 40") unless an idiom's word follows (GIVING_IDIOM_WORDS). */
export const GIVE_FORMS = new Set(['give', 'gives', 'gave', 'given', 'giving']);

/** Words after "give" that make an idiom stating nothing: "the wall gave way", "gave chase", "gave rise to", "gave up". */
export const GIVING_IDIOM_WORDS = new Set(['way', 'chase', 'birth', 'rise', 'up']);

/** Accusing participles and the preposition that follows one with no object: "young men accused of links to …" is a passive, no speaker. */
export const ACCUSATION_PARTICIPLES = new Map([
  ['accused', 'of'],
  ['blamed', 'for'],
  ['suspected', 'of'],
  ['condemned', 'for'],
  ['denounced', 'for'],
  ['criticised', 'for'],
  ['criticized', 'for'],
]);

/** Words of an aside that gives a speaker's name: "who gave his name as X", "known by his nom de guerre X", "identified only as X". */
export const NAMING_WORDS = new Set(['name', 'named', 'known', 'identified', 'called', 'nicknamed', 'alias', 'guerre']);

/**
 * Lines that furnish an organisation's own release, never a news story's body: "ENDS", "Take
 * action: …", "Notes to editors", "For more information …", "Press briefing notes on …". Read
 * only as a short paragraph of their own.
 */
/** Words before an interview's questions that say it is one ("We spoke to him by phone", "The interview has been edited"). */
export const INTERVIEW_WORDS = new Set(['interview', 'interviewed', 'spoke', 'talked', 'asked']);

/** Verbs whose object is people heard from ("interviewed 50 witnesses", "spoke to 40 people"): sources, no count of harm. */
export const HEARING_VERBS = new Set(['interviewed', 'interviewing', 'interviews', 'surveyed', 'consulted']);
export const SPEAKING_WITH_VERBS = new Set(['spoke', 'spoken', 'speaking', 'talked', 'talking']);
/** First-person words an interviewee answers in. */
export const FIRST_PERSON_WORDS = new Set(['i', 'we', 'our', 'us', 'my', 'me']);

/** A picture's caption opening its line ("[Photo: …", "Image caption: …", "PHOTO: …"): the page's own words. */
/** A broadcast script's turn by the outlet's own presenter or reporter ("CORRESPONDENT (Ana Ruiz):", "PRESENTER:"). */
export const OUTLET_TURN_LABEL = /^(?:presenter|host|anchor|reporter|correspondent|narrator)\b[^:\n]{0,60}:\s/i;

export const CAPTION_LINE = /^\[?\(?(?:(?:photo|image|picture)\s+caption|caption|photo|image|picture|pictured)\s*:/i;

export const RELEASE_FURNITURE =
  /^(?:-*\s*ends\s*-*|take action\b|notes? to editors?\b|for more information\b|media contacts?\b|press briefing notes?\b|press release\b|public statement\b|press (?:centre|center|office|service)\b|information bulletin\b|(?:(?:daily|weekly|monthly|quarterly)\s+)?(?:monitoring\s+)?bulletin\s+(?:no\.?|number|#)\s*\d+)/i;

/** Determiners before a document named by when it was issued ("its June report", "the Monday statement"). */
export const DOCUMENT_DETERMINERS = new Set(['its', 'their', 'the', 'a', 'his', 'her', 'this']);

/** First-person plural words: an institution that speaks as "we" outside any quotation is the document's author. */
export const FIRST_PERSON_PLURAL = new Set(['we', 'our', 'us']);

/** Verbs after "This"/"That" opening a sentence that restate the figure just given ("That is 110 more deaths than …"). */
export const RESTATING_VERBS = new Set(['is', 'was', 'means', 'meant', 'brings', 'brought', 'takes', 'took', 'puts', 'put', 'makes', 'made']);

/** Words that end an apposition's head noun phrase: "a member of …", "a group that …". */
export const APPOSITION_HEAD_ENDS = new Set(['of', 'for', 'that', 'which', 'who', 'in', 'at', 'with', 'from', 'on']);

/** Verbs of a body keeping to its count, before "to" or "by" ("the government holds to 56", "police stand by their figure"). */
export const FIGURE_KEEPING_VERBS = new Set(['holds', 'hold', 'held', 'sticks', 'stick', 'stuck', 'stands', 'stand', 'stood']);

/** Of those, the verbs that keep to a figure with "by" ("police stand by their figure of 12"); "villages held by rebels" is a participle. */
export const FIGURE_STANDING_VERBS = new Set(['sticks', 'stick', 'stuck', 'stands', 'stand', 'stood']);

/** Bodies a city has of its own, named with it when placed there ("Police in Dhaka" = the Dhaka police). */
export const SEATED_FORCES = new Set(['police']);

/** Areas a seated force may be placed in by reference to one named before ("Police in the district say …"). */
export const SEATED_AREAS = new Set(['district', 'province', 'county', 'region', 'state', 'city', 'town']);

/**
 * Words before a state body that make it an area's below the country ("the provincial health
 * ministry", "district police", "local authorities"): such a body is no more the country's.
 * (Beside the kinds of area in JURISDICTION_KINDS.)
 */
export const SUBNATIONAL_BODY_MODIFIERS = new Set(['local', 'village', 'communal']);

/**
 * An area's own office, named by the area's kind: "the city's mayor", "the district
 * administration", "the provincial governor's office" (the kind as a possessive or as its adjective).
 */
export const JURISDICTION_KINDS = new Map([
  ['city', 'city'],
  ['town', 'town'],
  ['district', 'district'],
  ['province', 'province'],
  ['provincial', 'province'],
  ['county', 'county'],
  ['region', 'region'],
  ['regional', 'region'],
  ['municipality', 'municipality'],
  ['municipal', 'municipality'],
]);

/** The offices an area has of its own, as the head of such a name ("the district administration", "the city's mayor"). */
export const JURISDICTION_OFFICES = new Set([
  'administration',
  'administrator',
  'authorities',
  'authority',
  'council',
  'governor',
  'governorate',
  'mayor',
  'commissioner',
  'prefect',
  'prefecture',
  'officials',
  'office',
  'secretariat',
]);

/** A transcript's labels of the interviewer's questions and of the answers given ("Q:", "A:"): an answer is the interviewee's turn, a question no one's figures. */
export const TRANSCRIPT_QUESTION_LABELS = new Set(['q', 'question']);
export const TRANSCRIPT_ANSWER_LABELS = new Set(['a', 'answer']);

/**
 * A broadcast script's cues for a clip of someone speaking ("[SOT - ANA RUIZ, MAYOR]": sound on
 * tape), before the speaker's name; the quote under the cue is theirs.
 */
export const BROADCAST_SPEECH_CUES = new Set(['sot', 'sync', 'clip', 'soundbite', 'bite', 'interview', 'sound on tape', 'grab']);

/** A transcript's labels for who asks or presents, no speaker of figures ("QUESTION:", "PRESENTER:"). */
export const TRANSCRIPT_ROLE_LABELS = new Set([
  'q',
  'a',
  'question',
  'answer',
  'presenter',
  'host',
  'anchor',
  'reporter',
  'correspondent',
  'interviewer',
  'moderator',
  'journalist',
  'narrator',
  'translator',
  'interpreter',
  'chair',
]);

/** Participles of speaking whose phrase describes a subject before its verb ("an official speaking to reporters said"). */
export const SPEAKING_PARTICIPLES = new Set(['speaking', 'talking']);

/** Words that end a subject read back from its verb, past a participle's phrase ("that", "who", "which"). */
export const CLAUSE_BREAKS_OF_SUBJECT = new Set(['that', 'who', 'which', 'whom', 'where', 'when', 'while', 'and', 'but', ';', ':']);

/** Verbs that report a count only with their particle ("breaks down the deaths as …"; "violence broke out" tells nothing). */
export const REPORTING_PHRASAL_VERBS = new Map([
  ['breaks', 'down'],
  ['broke', 'down'],
]);

/** Verbs whose agentless passive tells a figure as the outlet's own news ("two more deaths were reported"). */
export const AGENTLESS_REPORT_VERBS = new Set(['reported']);
/** States after such a passive that name a harm, no report of one ("were reported missing"). */
export const REPORTED_STATES = new Set(['missing']);

/** Nouns of a body's kept records, which writers name as the source themselves ("police records showed", "according to prison registers"). */
export const RECORD_NOUNS: ReadonlySet<string> = new Set(['records', 'registers', 'files', 'archives', 'logs']);
