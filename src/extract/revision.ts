/**
 * Revisions: a figure the grammar says corrects an earlier one ("the ministry revised the death
 * toll down to 40", "lowered its count to", "corrected the figure to", "the revised toll of 40",
 * "40, down from 52", "40, below the earlier toll"). The tally lets a source's own downward
 * revision supersede its earlier, higher totals (src/tally/headline.ts) instead of reading the
 * fall as a disagreement. An ordinary rise ("raised the toll to", "rose to") is no revision.
 *
 * Rules, first that holds decides; its name goes in `claim.rules.revision`:
 *   revised-to      a revision verb whose "to" takes the figure ("lowered the toll to 40",
 *                   "was revised from 52 to 40", "cut by 12 to 40")
 *   revised-count   a revision participle on the count noun the figure gives ("the revised
 *                   toll of 40", "the corrected figure now stands at 40")
 *   down-from       the figure "down from" another ("40, down from 52")
 *   revising-earlier  the figure, then a revision verb on an earlier one ("40, correcting its
 *                   earlier count of 52")
 *   below-earlier   the figure compared as lower than an earlier one ("40, below the earlier
 *                   count", "fewer than previously reported")
 * Direction: a lowering verb, "down", or a "from M" above the figure give `down`; "up" or a
 * "from M" below it give `up`; a correction that states none is a `correction`.
 */
import type { Revision, Source } from '../domain.js';
import { sourceEntity } from './entities.js';
import {
  COUNT_COMPLEMENT_PREPOSITIONS,
  REVISION_AUX,
  REVISION_BELOW,
  REVISION_CLAUSE_STOPS,
  REVISION_COMPARATIVES,
  REVISION_COUNT_NOUNS,
  REVISION_DOWN_PARTICLES,
  REVISION_EARLIER,
  REVISION_FIGURE_LINKS,
  REVISION_FIGURE_QUALIFIERS,
  REVISION_PARTICIPLES,
  REVISION_PASSIVE_AUX,
  REVISION_UNREALISED,
  REVISION_UP_PARTICLES,
  REVISION_VERBS_DOWN,
  REVISION_VERBS_NEUTRAL,
} from './lexicon/index.js';
import { isPronoun, phraseAfter, subjectBefore } from './names.js';
import type { Token } from './tokens.js';

export type RevisionRule = 'revised-to' | 'revised-count' | 'down-from' | 'revising-earlier' | 'below-earlier';

export interface RevisionFound {
  revision: Revision;
  rule: RevisionRule;
  /** revised-to: the token index of the revision verb (its subject or "by" agent revised the figure). */
  verb?: number;
}

/** How far the rules look from the figure, in tokens. */
const VERB_WINDOW = 10;
const COUNT_WINDOW = 6;
const AFTER_WINDOW = 8;
/** How long the complement of a revised count may be ("the toll from … to"). */
const COMPLEMENT_WINDOW = 16;

const isFigureToken = (t: Token | undefined) => !!t && /^\d/.test(t.text);

/** A figure's value when the token is one ("1,200"), else null. */
function valueOf(t: Token | undefined): number | null {
  if (!isFigureToken(t)) return null;
  const n = Number(t!.text.replaceAll(',', ''));
  return Number.isFinite(n) ? n : null;
}

/** Whether the verb at tokens[v] is negated, future or only possible ("did not revise", "may be lowered"). */
function unrealised(tokens: Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && REVISION_AUX.has(tokens[k]!.lower)) k--;
  for (let j = k; j >= 0 && j >= k - 1; j--) if (REVISION_UNREALISED.has(tokens[j]!.lower)) return true;
  return false;
}

/** The direction a stated earlier figure gives: above the revised one is down, below is up. */
const fromDirection = (from: number | null, figure: number | null): Revision | null =>
  from === null || figure === null || from === figure ? null : from > figure ? 'down' : 'up';

/** "… to 40 from 52", "… to 40, down from 52": the earlier figure stated after the revised one. */
function fromAfter(tokens: Token[], end: number): { value: number | null; particle: Revision | null } | null {
  let k = end;
  if (tokens[k]?.text === ',') k++;
  const w = tokens[k]?.lower ?? '';
  const particle: Revision | null = REVISION_DOWN_PARTICLES.has(w) ? 'down' : REVISION_UP_PARTICLES.has(w) ? 'up' : null;
  if (particle) k++;
  if (tokens[k]?.lower !== 'from') return null;
  k++;
  return { value: earlierValue(tokens, k), particle };
}

/** The earlier figure stated right at tokens[k…] ("52", "an earlier 52", "its previous count of 52"), else null. */
function earlierValue(tokens: Token[], k: number): number | null {
  for (let j = k; j < k + 5 && j < tokens.length; j++) {
    const v = valueOf(tokens[j]);
    if (v !== null) return v;
    if (REVISION_CLAUSE_STOPS.has(tokens[j]!.lower)) return null;
  }
  return null;
}

/** revised-to: a revision verb before the figure's "to", in one clause. */
function revisedTo(tokens: Token[], first: number, last: number, value: number | null): { revision: Revision; verb: number } | null {
  let k = first - 1;
  for (let q = 0; q < 3 && k >= 0 && REVISION_FIGURE_QUALIFIERS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'at'; q++) k--;
  // "to at least 40": "at" only as part of "at least".
  if (tokens[k]?.lower === 'at' && tokens[k + 1]?.lower === 'least') k--;
  if (tokens[k]?.lower !== 'to') return null;
  let particle: Revision | null = null;
  let from: number | null = null;
  // "cut the death toll from Sunday's bombings of churches and hotels to about 253": the event the
  // count's complement names lies between the verb and "to"; a conjunction inside it ends no clause.
  let complement = -1;
  for (let c = k - 1; c >= 0 && c >= k - COMPLEMENT_WINDOW; c--) {
    if (isFigureToken(tokens[c]) || [',', ';', ':', '.'].includes(tokens[c]!.text)) break;
    if (REVISION_COUNT_NOUNS.has(tokens[c]!.lower) && COUNT_COMPLEMENT_PREPOSITIONS.has(tokens[c + 1]?.lower ?? '')) {
      complement = c;
      break;
    }
  }
  const reach = Math.min(k - VERB_WINDOW, complement < 0 ? k : complement - VERB_WINDOW / 2);
  for (let j = k - 1; j >= 0 && j >= reach; j--) {
    const t = tokens[j]!;
    if (REVISION_CLAUSE_STOPS.has(t.lower) && !(j > complement && complement >= 0 && /^\p{L}/u.test(t.text))) return null;
    if (isFigureToken(t)) {
      // "from 52 to 40" gives the earlier figure; "down by 12 to 40" the change.
      const before = tokens[j - 1]?.lower;
      if (before === 'from') from = valueOf(t);
      else if (before !== 'by') return null;
      continue;
    }
    if (REVISION_DOWN_PARTICLES.has(t.lower)) particle ??= 'down';
    else if (REVISION_UP_PARTICLES.has(t.lower)) particle ??= 'up';
    const down = REVISION_VERBS_DOWN.has(t.lower);
    if (!down && !REVISION_VERBS_NEUTRAL.has(t.lower)) continue;
    if (unrealised(tokens, j)) return null;
    const after = fromAfter(tokens, last + 1);
    return { revision: particle ?? after?.particle ?? fromDirection(from ?? after?.value ?? null, value) ?? (down ? 'down' : 'correction'), verb: j };
  }
  return null;
}

/** revised-count: "the revised death toll of 40", "the corrected figure now stands at 40", "revised toll: 40". */
function revisedCount(tokens: Token[], first: number, last: number, value: number | null): Revision | null {
  let k = first - 1;
  for (let q = 0; q < 3 && k >= 0 && REVISION_FIGURE_QUALIFIERS.has(tokens[k]!.lower) && !REVISION_FIGURE_LINKS.has(tokens[k]!.lower); q++) k--;
  let sawNoun = false;
  for (let j = k; j >= 0 && j > k - COUNT_WINDOW; j--) {
    const w = tokens[j]!.lower;
    if (REVISION_FIGURE_LINKS.has(w)) {
      if (sawNoun) return null;
      continue;
    }
    if (REVISION_COUNT_NOUNS.has(w)) {
      sawNoun = true;
      continue;
    }
    if (!sawNoun || !REVISION_PARTICIPLES.has(w)) return null;
    // A participle before its noun modifies it; after an auxiliary it is a verb (revised-to's).
    if (REVISION_AUX.has(tokens[j - 1]?.lower ?? '') || unrealised(tokens, j)) return null;
    const after = fromAfter(tokens, last + 1);
    const particle = REVISION_DOWN_PARTICLES.has(tokens[j - 1]?.lower ?? '') ? 'down' : REVISION_UP_PARTICLES.has(tokens[j - 1]?.lower ?? '') ? 'up' : null;
    const down = REVISION_VERBS_DOWN.has(w);
    return particle ?? after?.particle ?? fromDirection(after?.value ?? null, value) ?? (down ? 'down' : 'correction');
  }
  return null;
}

/** down-from: "down from" after the figure, in its clause ("340 remain in custody, down from 410"). */
function downFrom(tokens: Token[], last: number): boolean {
  let commas = 0;
  for (let j = last + 1; j < tokens.length && j <= last + AFTER_WINDOW; j++) {
    const w = tokens[j]!.lower;
    if (w === ',' ? ++commas > 1 : REVISION_CLAUSE_STOPS.has(w)) return false;
    if (REVISION_DOWN_PARTICLES.has(w) && tokens[j + 1]?.lower === 'from') return true;
  }
  return false;
}

/**
 * revising-earlier: the figure, then a revision verb in -ing on an earlier figure, in its clause
 * ("88, revising an earlier figure of 96", "correcting its previous count"). The direction is
 * the verb's, else the earlier figure's, else a correction.
 */
function revisingEarlier(tokens: Token[], last: number, value: number | null): Revision | null {
  let commas = 0;
  for (let j = last + 1; j < tokens.length && j <= last + AFTER_WINDOW; j++) {
    const w = tokens[j]!.lower;
    if (w === ',' ? ++commas > 1 : REVISION_CLAUSE_STOPS.has(w)) return null;
    const down = REVISION_VERBS_DOWN.has(w);
    if (!w.endsWith('ing') || (!down && !REVISION_VERBS_NEUTRAL.has(w))) continue;
    if (!tokens.slice(j + 1, j + 4).some((t) => REVISION_EARLIER.has(t.lower))) return null;
    return down ? 'down' : (fromDirection(earlierValue(tokens, j + 1), value) ?? 'correction');
  }
  return null;
}

/**
 * below-earlier: the figure, then "below"/"lower than" an earlier one, in its clause. Right after
 * the figure the comparison makes it a difference ("100 below the earlier toll"), not a total.
 */
function belowEarlier(tokens: Token[], last: number): boolean {
  let commas = 0;
  for (let j = last + 1; j < tokens.length && j <= last + AFTER_WINDOW; j++) {
    const w = tokens[j]!.lower;
    if (w !== ',' && REVISION_CLAUSE_STOPS.has(w)) return false;
    if (w === ',' && ++commas > 1) return false;
    if (j === last + 1) continue;
    const compared = REVISION_BELOW.has(w) ? j + 1 : REVISION_COMPARATIVES.has(w) && tokens[j + 1]?.lower === 'than' ? j + 2 : -1;
    if (compared < 0) continue;
    for (let e = compared; e < compared + 3 && e < tokens.length; e++) if (REVISION_EARLIER.has(tokens[e]!.lower)) return true;
    return false;
  }
  return false;
}

/**
 * Whether the figure (its offsets in the sentence's tokens; `value` its estimate) revises an
 * earlier one, by which rule and in which direction; null when nothing in its clause says so.
 */
export function revisionOf(tokens: Token[], figure: { start: number; end: number }, value: number | null): RevisionFound | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start >= figure.start && t.end <= figure.end) {
      if (first < 0) first = i;
      last = i;
    } else if (t.start >= figure.end) break;
  }
  if (first < 0) return null;
  const to = revisedTo(tokens, first, last, value);
  if (to) return { revision: to.revision, rule: 'revised-to', verb: to.verb };
  const count = revisedCount(tokens, first, last, value);
  if (count) return { revision: count, rule: 'revised-count' };
  // An ordinary "up from" is a running toll going on, not a revision.
  if (downFrom(tokens, last)) return { revision: 'down', rule: 'down-from' };
  const revising = revisingEarlier(tokens, last, value);
  if (revising) return { revision: revising, rule: 'revising-earlier' };
  if (belowEarlier(tokens, last)) return { revision: 'down', rule: 'below-earlier' };
  return null;
}

/**
 * Who revised the figure, as the revision verb's clause names them: its "by" agent ("was revised
 * by the civil defence agency to 40") or its subject ("the health ministry lowered its count to
 * 40"). A figure an outlet reports as a source's correction is that source's, even without a
 * verb of speech. Null when neither names a source.
 */
export function reviserOf(text: string, tokens: Token[], found: RevisionFound): Source | null {
  const v = found.verb;
  if (v === undefined) return null;
  let phrase: { from: number; to: number } | null = null;
  // The figure's "to" bounds the agent: "revised by the ministry from 52 to 40".
  let to = v + 1;
  while (to < tokens.length && tokens[to]!.lower !== 'to') to++;
  const by = tokens.findIndex((t, i) => i > v && i < to && t.lower === 'by');
  if (by > 0 && !isFigureToken(tokens[by + 1])) {
    const from = tokens.findIndex((t, i) => i > by && i < to && t.lower === 'from');
    phrase = phraseAfter(tokens, by + 1, from > 0 ? from : to);
  } else {
    let k = v - 1;
    while (k >= 0 && REVISION_AUX.has(tokens[k]!.lower) && !REVISION_PASSIVE_AUX.has(tokens[k]!.lower)) k--;
    if (!REVISION_PASSIVE_AUX.has(tokens[k]?.lower ?? '') && !REVISION_PASSIVE_AUX.has(tokens[v - 1]?.lower ?? '')) phrase = subjectBefore(tokens, v);
  }
  if (!phrase || phrase.to <= phrase.from) return null;
  const raw = text.slice(tokens[phrase.from]!.start, tokens[phrase.to - 1]!.end);
  if (isPronoun(raw) || tokens.slice(phrase.from, phrase.to).some((t) => isFigureToken(t) || REVISION_COUNT_NOUNS.has(t.lower))) return null;
  const entity = sourceEntity(raw);
  if (!entity) return null;
  const source: Source = { name: entity.name, via: [], kind: entity.kind };
  if (entity.country) source.country = entity.country;
  if (entity.role) source.role = entity.role;
  return source;
}
