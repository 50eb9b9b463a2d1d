/**
 * Part-of-speech tags from wink-nlp, for the few places where the word rules cannot tell a
 * verb from a noun ("The spokesman laid the blame … and reported that …": where does the
 * subject end?). Loaded on first use and run on single sentences only, so an article that
 * never needs it pays nothing.
 */
import winkNLP from 'wink-nlp';
// The package's model with a quicker core loader, the parts this pipe does not run left unread (see wink-model.ts).
import { modelFor } from './wink-model.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;
const getNlp = (): Nlp => (nlp ??= winkNLP(modelFor(['pos']), ['pos']));

export interface Tagged {
  text: string;
  pos: string;
}

/**
 * The tags of texts already tagged in the document under way: the rules ask again for the same
 * word or phrase. Emptied by `forgetTags` at each document's start (and when it grows large, for
 * callers outside `extract`), so no document reads another's.
 */
const tagged = new Map<string, readonly Tagged[]>();

/** Starts a new document: the texts tagged for the one before are dropped. */
export function forgetTags(): void {
  tagged.clear();
}

/** The words of a short text with their universal part-of-speech tags (NOUN, VERB, AUX, PROPN, …). */
export function tag(text: string): readonly Tagged[] {
  let out = tagged.get(text);
  if (out) return out;
  const n = getNlp();
  const doc = n.readDoc(text);
  const words = doc.tokens().out(n.its.value) as string[];
  const tags = doc.tokens().out(n.its.pos) as string[];
  out = words.map((w, i) => ({ text: w, pos: tags[i]! }));
  if (tagged.size > 5_000) tagged.clear();
  tagged.set(text, out);
  return out;
}

/**
 * The subject noun phrase that opens a sentence: the words before its first verb, when they
 * hold a noun, a name or a pronoun ("The spokesman" in "The spokesman laid … and reported …").
 */
export function openingSubject(sentence: string): string | null {
  const head = subjectWords(tag(sentence));
  // ("A post by the columnist Ana Ruiz went further, saying …": "by" names a document's author, part of the subject.)
  const author = (k: number) => head![k]!.text === 'by' && k > 0 && head![k - 1]!.pos === 'NOUN';
  if (!head || head.some((t, k) => t.pos === 'PUNCT' || (t.pos === 'ADP' && !nameConnector(head, k) && !author(k)) || t.pos === 'SCONJ')) return null;
  if (!head.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON')) return null;
  return joined(head);
}

/**
 * The noun phrase a sentence opens on as its subject, without the phrase after a preposition
 * that places it ("Doctors at the central hospital painted …" -> "Doctors"); null when the
 * sentence opens otherwise (a clause, a pronoun).
 */
export function subjectNoun(sentence: string): string | null {
  let head = subjectWords(tag(sentence));
  if (!head) return null;
  const adp = head.findIndex((t) => t.pos === 'ADP');
  if (adp > 0) head = head.slice(0, adp);
  if (!head.every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'PART'].includes(t.pos)) || !['NOUN', 'PROPN'].includes(head[head.length - 1]!.pos)) return null;
  return joined(head.filter((t, k) => k > 0 || t.pos !== 'DET'));
}

/** Is word `k` a connector inside a capitalised name ("Confederation of Velt Labour", "Office for the Coordination")? */
function nameConnector(words: readonly Tagged[], k: number): boolean {
  const next = words[k + 1]?.text.toLowerCase() === 'the' ? words[k + 2] : words[k + 1];
  return /^(?:of|for)$/i.test(words[k]!.text) && /^\p{Lu}/u.test(words[k - 1]?.text ?? '') && /^\p{Lu}/u.test(next?.text ?? '');
}

// The tagger splits "Colombia's" into two words; the name is written with them joined.
const joined = (words: readonly Tagged[]) =>
  words
    .map((t) => t.text)
    .join(' ')
    .replace(/\s+(['’]s)\b/g, '$1');

/** The longest aside between commas read past between a subject and its verb, in words. */
const ASIDE_WORDS = 8;

/** The words before a sentence's first verb, with an aside between commas after them left out; null when a verb opens it. */
function subjectWords(tagged: readonly Tagged[]): readonly Tagged[] | null {
  // "The mayor, in a radio interview, disputed the count, saying …": an aside of a preposition's or a participle's
  // phrase between commas, a verb of its own inside it or not, is read past to the main verb.
  // ("The Union of Orsk Miners, which leads the stoppage, said": a relative clause too.)
  const opened = tagged.findIndex((t) => t.text === ',');
  if (
    opened > 0 &&
    tagged.slice(0, opened).every((t, k, all) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'PART'].includes(t.pos) || nameConnector(all, k)) &&
    (['ADP', 'VERB'].includes(tagged[opened + 1]?.pos ?? '') || /^(?:which|who)$/i.test(tagged[opened + 1]?.text ?? ''))
  ) {
    const closed = tagged.findIndex((t, k) => k > opened + 1 && t.text === ',');
    if (closed > 0 && closed - opened <= ASIDE_WORDS && ['VERB', 'AUX'].includes(tagged[closed + 1]?.pos ?? '')) return tagged.slice(0, opened);
  }
  // ("A widely shared video by …": a participle between a determiner, perhaps an adverb, and a noun describes the noun.)
  const describing = (k: number) => {
    const det = tagged[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
    return /(?:ed|en)$/i.test(tagged[k]!.text) && tagged[det]?.pos === 'DET' && tagged[k + 1]?.pos === 'NOUN';
  };
  // ("Police dispute the figure …": a noun after a noun and before an article is the verb the tagger missed.)
  const verb = tagged.findIndex(
    (t, k) =>
      (t.pos === 'VERB' && !describing(k)) ||
      t.pos === 'AUX' ||
      (t.pos === 'NOUN' &&
        k > 0 &&
        ['NOUN', 'PROPN'].includes(tagged[k - 1]!.pos) &&
        // ("The opposition disputes this": a demonstrative or a possessive after it too.)
        ['DET', 'PRON'].includes(tagged[k + 1]?.pos ?? '') &&
        /^(?:the|a|an|this|that|these|those|its|their)$/i.test(tagged[k + 1]!.text)),
  );
  if (verb <= 0) return null;
  let head = tagged.slice(0, verb);
  // "A rebel spokesman, reached by telephone, denied …": an aside between commas after the subject.
  const comma = head.findIndex((t) => t.text === ',');
  if (comma > 0 && head[head.length - 1]!.text === ',' && head.slice(0, comma).every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos)))
    head = head.slice(0, comma);
  return head;
}
