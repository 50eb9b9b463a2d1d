// Clause structure the claim rules read: auxiliaries, clause breaks, object openers, prepositions, neutral verbs.

/** Conjunctions that join clauses or phrases ("puts the toll at 10 and says …"): never a noun. */
export const COORDINATING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor', 'yet']);

/** Adverbs that may follow the "and" of two coordinated subjects ("12 civilians and also two police were killed"). */
export const COORDINATION_ADVERBS: ReadonlySet<string> = new Set(['also', 'even']);

/** Adverbs of sequence inside a predicate: "… and were later arrested", "and were then taken away". */
export const SEQUENCE_ADVERBS: ReadonlySet<string> = new Set(['later', 'then', 'also', 'subsequently', 'eventually', 'all']);

/** Prepositions that take a toll's figure as their object ("stood at 215", "rose to 30"): such a figure is no clause's subject. */
export const FIGURE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'to']);

/** Prepositions that place a speaking group ("officials in the capital said"): the speakers stand before them. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'on']);

/**
 * Prepositions that make the capitalised name they govern a place, not a person ("reported in
 * Greater Jakarta", "near Old Market"). Not "from" or "by": "a statement from Anna Lom".
 */
export const NAME_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'towards', 'into']);

/** Prepositions that open a participle's phrase after a subject ("students draped in flags", "men armed with sticks"). */
export const REDUCED_RELATIVE_PREPOSITIONS = new Set(['in', 'with', 'by', 'from', 'on', 'at', 'near', 'inside', 'outside', 'during', 'after', 'over']);

/**
 * Prepositions after a past participle with no harm of its own, right after the people, that make it a
 * phrase describing them ("nine men suspected of looting", "three men convicted over the riots", "four
 * traders jailed for hoarding"): the harm after the auxiliary that resumes the clause is theirs.
 */
export const PASSIVE_RELATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'to', 'with', 'over', 'for', 'after', 'during', 'in']);

/** Words that refer back to a group counted before ("Of those, 12…", "Among them…", "They included…"). */
export const ANAPHORS = new Set(['them', 'those', 'these', 'whom', 'they']);

/** Words that open a verb's object ("killed a guard", "arrested the journalist", "beat them"). */
export const OBJECT_OPENERS = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'our',
  'him',
  'them',
  'us',
  'me',
  'one',
  'another',
  'several',
  'dozens',
  'scores',
  'hundreds',
  'thousands',
]);

/** Prepositions that place a share of a count with no verb of its own: "two of them among the police", "three of them in the capital". */
export const SHARE_PLACING_WORDS = new Set(['among', 'in', 'at', 'from', 'near', 'inside', 'outside']);

/**
 * Words of a reason, an inquiry or a trigger (prepositions, and verbs of a cause): "arrested over the killing of a man", "a probe into
 * the death of a student", "the riots that followed the killing of a teenager".
 */
export const REASON_WORDS = new Set(['over', 'for', 'into', 'followed', 'following', 'sparked', 'triggered', 'prompted']);

/** Nouns of a part taken in an act: "his role in the killing of a farmer". */
export const INVOLVEMENT_NOUNS = new Set(['role', 'part', 'involvement', 'complicity', 'participation']);

/** Verbs that report a figure without changing what it counts: look further for the category. */
export const NEUTRAL_VERBS = new Set([
  'sustained',
  'suffered',
  'received',
  'reported',
  'registered',
  'recorded',
  'confirmed',
  // "21 of them were declared dead on arrival", "pronounced dead at the scene".
  'declared',
  'pronounced',
  'counted',
  'documented',
  'found',
  'brought',
  'said',
  'believed',
  'feared',
  'thought',
  'estimated',
  'listed',
  'taken',
  'verified',
  'identified',
  'included',
  'including',
  'among',
  'reportedly',
  'also',
  'now',
  'still',
  'already',
  'since',
  'so',
  'far',
  'allegedly',
  'presumed',
  'known',
  'to',
  'have',
  'been',
  'be',
  'being',
  'were',
  'was',
  'are',
  'is',
  'had',
  'has',
  'may',
  'might',
  'could',
  'would',
  'will',
  'later',
  'subsequently',
  'apparently',
  'officially',
  'initially',
  'here',
  'there',
  'all',
  'both',
  'each',
  'in',
  'at',
  'by',
  'on',
  'during',
  'the',
  'a',
  'an',
  'more',
  'new',
  'other',
  'further',
  'additional',
  'another',
  'of',
  'them',
  'whom',
  'which',
  'who',
  'that',
  'those',
  '—',
  '–',
  '-',
  '(',
  ')',
]);

/** Adverbs inside a verb group: "which has so far documented", "who had already reported". */
export const VERB_GROUP_ADVERBS = new Set(['so', 'far', 'also', 'already', 'now', 'still', 'since', 'just', 'later', 'then']);

/** Adverbs after a copula that are no main verb of their own: "were back on the streets", "were out in the squares again". */
export const COPULA_ADVERBS = new Set(['back', 'out', 'again', 'once', 'there']);

/** Adverbs inside a verb group that put its event after another ("have since been executed", "was later killed"). */
export const LATER_ADVERBS = new Set(['since', 'later', 'then', 'subsequently', 'also']);

/** Auxiliaries before a main verb. */
export const AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'being', 'will', 'would', 'got', 'get']);

/** Words opening an aside that gives a share of the people before it ("most of them", "many of whom"). */
export const SHARE_ASIDE_OPENERS = new Set(['most', 'many', 'some', 'all', 'half', 'several', 'none', 'few', 'both']);
/** Modals that resume a clause after such an aside ("…, cannot be found"). */
export const ASIDE_RESUMING_MODALS = new Set(['cannot', 'could', 'can', 'may', 'might', 'must', 'will', 'would']);
/** Tokens that end a sentence or a clause outright. */
export const SENTENCE_STOPS = new Set(['.', ';', '?', '!', ':']);

/** Tokens that end the clause a figure belongs to, looking right. */
export const CLAUSE_BREAKS = new Set([
  ';',
  '.',
  '?',
  '!',
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'however',
  'after',
  'before',
  'as',
  'when',
  'because',
  'following',
]);

/** Words of a clause's own verb (an auxiliary, a negation, an infinitive's "to") that no speaker's name holds. */
export const CLAUSE_VERB_WORDS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'to', 'not', 'could', 'would', 'will', 'did', 'does']);

/** Words that open a clause's own subject after "since" or "until" ("since her husband died", "until they were freed"). */
export const CLAUSE_SUBJECT_OPENERS = new Set(['his', 'her', 'their', 'its', 'he', 'she', 'they', 'it', 'we', 'i', 'the', 'a', 'an']);

/** Conjunctions that open a subordinate clause whose reporting verb covers that clause only. */
export const SUBORDINATORS = new Set(['once', 'when', 'where', 'whenever', 'since', 'although', 'though']);

/** Words that open a clause of its own after a figure's words ("31 killed as police disperse …", "one dies after guards storm …"): the figure's noun phrase ends before them. */
export const FIGURE_PHRASE_ENDS = new Set(['as', 'after', 'when', 'while', 'since', 'because', 'before', 'until', 'once', 'whereas']);

/** Conjunctions of contrast that may open a sentence with a clause of its own. */
export const CONTRASTS = new Set(['while', 'whereas', 'although', 'though']);

/** The contrasts that concede ("…, though its head said …"): a clause they open after a comma is its speaker's own. */
export const CONCESSIONS = new Set(['although', 'though']);

/** Finite auxiliaries and "said"/"says" (not FINITE_VERB_WORDS, the modals, nor AUXILIARIES, which hold participles): after an inverted speaker they open a new clause; before a document they end its author. */
export const FINITE_AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'said', 'says']);

/** Auxiliaries of a passive reporting verb ("were reported", "are said", "as confirmed by"); not REVISION_PASSIVE_AUX (see there). */
export const PASSIVE_AUX = new Set(['were', 'was', 'been', 'being', 'are', 'is', 'be', 'as']);

/**
 * Determiners and conjunctions before a document noun: they leave it without a named author ("the figures", "while data").
 * Not DETERMINERS: the conjunctions are here on purpose, and "both" is not (unifying them changes output).
 */
export const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'while', 'whereas', 'and', 'but']);

/** Modal and finite auxiliary verbs: no name holds one in lower case. */
export const FINITE_VERB_WORDS = new Set([
  'must',
  'should',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'shall',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'does',
  'did',
  'do',
]);

/** Personal pronouns that can be the subject of a reporting verb. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Pronouns that are only objects, the one told after a verb of telling ("told me", "told us"); "her" is a possessive too. */
export const HEARER_PRONOUNS = new Set(['me', 'us', 'him', 'them']);

/** Pronouns as objects ("according to her"), with the subject form they refer as. */
export const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
]);

/** Determiners a subject phrase sheds ("the the", a lone "the"): no name starts with two of them. Not DETERMINER_WORDS (see there). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'both']);

/** Superlatives a comparison with a past event opens with: "the deadliest attack since 2016, when…". */
export const SUPERLATIVE_WORDS: ReadonlySet<string> = new Set([
  'worst',
  'most',
  'first',
  'largest',
  'biggest',
  'deadliest',
  'highest',
  'bloodiest',
  'heaviest',
]);

/** Marks that open a line of a list: "• Javanrud: 11", "- Killed: at least 196", "* Amnesty International: …". */
export const BULLETS = new Set(['•', '*', '-', '–', '—', '·', '▪', '◦']);

/** Words before a plural that make it a noun, not a verb: "other counts", "several reports", "both estimates". */
export const NOUN_MARKING_WORDS = new Set([
  'other',
  'several',
  'many',
  'some',
  'both',
  'all',
  'such',
  'previous',
  'earlier',
  'independent',
  'our',
  'my',
  'your',
]);

/** Words that set a figure against a document ("more than the police count", "well above the official tally"): the document tells none of the figure. */
export const COMPARING_WORDS = new Set(['than', 'above', 'below', 'beyond', 'exceeding', 'exceeds', 'surpassing', 'under']);

/**
 * Verbs of rejecting what others said: the plural after them is their object ("the army rejected
 * claims that 200 were killed", "dismissed reports"), a statement of someone else's, not a verb.
 */
export const DISPUTING_VERBS = new Set([
  ...['reject', 'rejects', 'rejected', 'rejecting', 'dismiss', 'dismisses', 'dismissed', 'dismissing', 'deny', 'denies', 'denied', 'denying'],
  ...['dispute', 'disputes', 'disputed', 'disputing', 'refute', 'refutes', 'refuted', 'refuting', 'contradict', 'contradicts', 'contradicted'],
  ...['question', 'questions', 'questioned', 'challenge', 'challenges', 'challenged', 'rebut', 'rebuts', 'rebutted', 'downplay', 'downplays', 'downplayed'],
]);

/** Pronouns that open a relative clause ("…, which says 57 have died overall"). */
export const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose']);

/** Verbs a figure stands after as their complement ("Among the dead were two inmates", "the dead included four children"), so no clause on it is its predicate. */
export const COMPLEMENT_VERBS = new Set(['were', 'was', 'are', 'is', 'include', 'includes', 'included']);

/** Prepositions that end a noun phrase an article opens ("a figure for civilian deaths"): a person noun after them is no head of it. */
export const COMPOUND_BREAKING_PREPOSITIONS = new Set(['for', 'of', 'in', 'at', 'from', 'with', 'by', 'on', 'to', 'near', 'about']);

/** Quotation marks, which may set off scare quotes inside a predicate ("had been "temporarily held""). */
export const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);

/** Subordinators that open a later clause of its own after a figure's ("… marched before police fired …, according to witnesses, …"). */
export const LATER_CLAUSE_SUBORDINATORS = new Set(['before', 'after', 'until', 'when', 'once']);

/** Tokens after which a subject opens its own clause (or the sentence's start): ", Malawi has reported …", "and Chile said …". */
export const CLAUSE_OPENERS = new Set([',', ';', ':', 'and', 'but', 'while', 'whereas', 'as']);

/** Prepositions that open a sentence with a place or time phrase set off by a comma ("In Abuja, police …", "On Monday, the army …"). */
export const FRONTED_PHRASE_OPENERS = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'across',
  'outside',
  'inside',
  'near',
  'by',
  'since',
  'later',
  'earlier',
  'elsewhere',
  'meanwhile',
]);

/** Prepositions that open a phrase on a person before their predicate ("a reporter for a local station was shot"). */
export const PERSON_PHRASE_PREPOSITIONS = new Set(['for', 'from', 'with', 'at', 'on', 'in', 'near', 'inside']);

/** Words that open a phrase after a group's head noun ("officials at the ministry", "doctors who treated them"): where "one of the …" finds the head. */
export const MEMBER_PHRASE_STARTS = new Set([...PERSON_PHRASE_PREPOSITIONS, 'of', 'who', 'working']);

/** Prepositions that open a past participle's phrase on a person ("accused of", "deputed for", "known to"). */
export const PARTICIPLE_PHRASE_PREPOSITIONS = new Set(['of', 'for', 'with', 'to', 'in', 'at', 'from', 'on', 'by', 'as']);

/** Particles of a phrasal harm verb before its object ("rounded up 500", "gunned down three"). */
export const PHRASAL_PARTICLES = new Set(['up', 'off', 'away', 'down']);

/** Words before "as" that make it a comparison, not a clause of its own ("such as", "as well as", "the same as", "so as"). */
export const AS_COMPARISON_WORDS = new Set(['such', 'well', 'same', 'so']);

/** Irregular past verbs that may close a relative clause without a pronoun ("the miners the doctor treated had died"). */
export const CONTACT_CLAUSE_PASTS = new Set(['saw', 'took', 'met', 'brought', 'found', 'knew', 'heard', 'caught', 'sent', 'got']);

/** Words that open a present participle's object or clause ("showing that …", "putting the toll at …"): after a lower-case author's head, the participle ends the author. */
export const PARTICIPLE_OBJECT_OPENERS = new Set(['that', 'the', 'a', 'an', 'its', 'their', 'how', 'at', 'some', 'about', 'more', 'over', 'nearly', 'almost']);

/** Words that follow a participle used as a verb, not as an adjective before its noun ("sent to", "passed on", "published the"). */
export const PARTICIPLE_FOLLOWERS = new Set(['to', 'on', 'by', 'in', 'at', 'into', 'through', 'around', 'out', 'up', 'the', 'a', 'an', 'its', 'their']);

/** Dashes that, spaced, set off an aside: "X - a spokeswoman - said", "Abdul Musavir, 31 - were". */
export const SPACED_DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
