/**
 * The headline of a category: one conservative figure an analyst would sign, chosen from each
 * source's latest crisis-wide total (scope `total`) by a written rule, with the reason in words.
 * The README's "The tally" section states the rule with a worked example; in order:
 *
 * 1. Firmness: when any source's latest total is firm (not hedged, not vague), hedged and vague
 *    ones never head ("perhaps thousands" against a stated 1,000).
 * 2. Recency: a total is superseded when a source that stands at least as high
 *    (sourceStanding) states an equal or higher total on a later day (running tolls do not
 *    fall; an opposition claim does not push a monitor's figure aside), and stale when it is
 *    older by more than STALE_AFTER_DAYS than the newest total at least as high (a later, lower
 *    total is a fall to check in 4, not a reason to drop the earlier one). Neither heads; the
 *    rest are the current totals.
 * 3. Outliers: among three or more current totals, one under a tenth of the others' median is
 *    reported, not used (an official "five" against hundreds).
 * 4. Falls: a current total below an earlier total of another source disagrees with it (tolls
 *    do not fall). A source's own earlier totals never do: its latest is its timeline's standing
 *    figure, and a figure the report says revises the source's own earlier ones down ("the
 *    ministry revised the toll down to 253") supersedes them (reconcile.ts) and says so. It is flagged as a disagreement to check; it still heads only when its
 *    source stands at least as high (sourceStanding) as every source it falls below.
 * 5. The headline is the lowest remaining total (ACLED's most conservative credible figure);
 *    ties go to the later figure, then to the source that stands higher.
 */
import type { Qualifier, Reliability, SourceType } from '../domain.js';

/** A total older than the newest one by more than this is no longer current. */
export const STALE_AFTER_DAYS = 14;
/** A total under a tenth of the median of the others is an outlier. */
export const OUTLIER_FACTOR = 10;

/** What the rule reads of a source's latest total. */
export interface Candidate {
  source: string;
  type: SourceType;
  /** The source's Admiralty grade: the analyst's, else its type's default (src/sources/types.ts). */
  reliability: Reliability;
  estimate: number;
  qualifier: Qualifier;
  hedged: boolean;
  asOf: string | null;
  claimId: number;
  /**
   * When the total is the source's own downward revision or correction (the report says so):
   * the highest of its earlier totals it supersedes. Those are not a fall to check.
   */
  revisedFrom?: { estimate: number; asOf: string | null } | null;
  /**
   * For an undated total (its report gives no date) that its source's timeline places after a
   * dated one (running totals do not fall): that one's day. It orders the total; it is not shown
   * as its date.
   */
  notBefore?: string | null;
}

/** Why a source's latest total does or does not head (shown in the per-source table). */
export type HeadlineStatus = 'heads' | 'current' | 'not firm' | 'superseded' | 'stale' | 'outlier' | 'disputed';

export interface CandidateVerdict {
  status: HeadlineStatus;
  /** In words: "superseded by Sri Lanka Police's 359 of 24 Apr 2019". */
  note: string;
  /** A later total below an earlier total of another source: what it falls below. */
  fallsBelow: Candidate | null;
}

export interface HeadlineFigure {
  estimate: number;
  source: string;
  type: SourceType;
  asOf: string | null;
  claimId: number;
}

export interface Headline extends HeadlineFigure {
  /** Why this figure heads, in words. */
  reason: string;
  /** Set when the figure falls below an earlier total of another source. */
  disagreement: string | null;
  /** Set when an analyst pinned it (the rule's choice is then in `computed`). */
  pinned: { by: string; at: string; note: string } | null;
  computed: HeadlineFigure | null;
}

export interface HeadlineResult {
  headline: Headline | null;
  /** The range of current credible totals. */
  range: { min: number; max: number } | null;
  verdicts: Map<Candidate, CandidateVerdict>;
}

/**
 * How far a source is trusted, higher is more: its Admiralty reliability grade. A (completely
 * reliable) above B (usually: by default independent monitors and officials), C (fairly: the
 * media), D (not usually: the opposition) and F (cannot be judged: unknown sources), E (unreliable)
 * lowest. With the default grades this ranks sources by type; an analyst's grade moves one.
 */
export function sourceStanding(c: Pick<Candidate, 'reliability'>): number {
  return STANDING_BY_GRADE[c.reliability];
}
const STANDING_BY_GRADE: Record<Reliability, number> = { A: 4, B: 3, C: 2, D: 1, F: 1, E: 0 };

export const TYPE_PHRASES: Record<SourceType, string> = {
  official: 'an official source',
  independent: 'an independent monitor',
  media: 'the media',
  opposition: 'the opposition',
  unknown: 'a source of unknown type',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2019-12-16" -> "16 Dec 2019" (how the card says it). */
export function dayWords(iso: string | null): string {
  if (!iso || iso.length < 10) return 'an unknown date';
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1] ?? '?'} ${iso.slice(0, 4)}`;
}

const parsedDays = new Map<string, number>();
/** An ISO day as a day number (-Infinity for none), parsed once per distinct day. */
function dayIndex(iso: string | null): number {
  if (!iso || iso.length < 10) return -Infinity;
  let d = parsedDays.get(iso);
  if (d === undefined) {
    d = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;
    if (parsedDays.size > 100_000) parsedDays.clear();
    parsedDays.set(iso, d);
  }
  return d;
}
/** The day a candidate is ordered by: its as-of date, else the day it is known to be no earlier than. */
const candidateDay = (c: Pick<Candidate, 'asOf' | 'notBefore'>) => dayIndex(c.asOf ?? c.notBefore ?? null);
/** 12345 -> "12,345" (Intl formatting is slow for thousands of notes). */
const thousands = (n: number) => (Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : n.toLocaleString('en-US'));
const isFirm = (c: Candidate) => !c.hedged && c.qualifier !== 'vague';
const said = (c: Candidate) => `${c.source}'s ${thousands(c.estimate)} of ${dayWords(c.asOf)}`;
/** "revised down by the Health Ministry on 26 Apr 2019 from its 359 of 24 Apr 2019", for a source's own downward revision. */
const revisedWords = (c: Candidate) =>
  c.revisedFrom ? `revised down by ${c.source} on ${dayWords(c.asOf)} from its ${thousands(c.revisedFrom.estimate)} of ${dayWords(c.revisedFrom.asOf)}` : null;

/** The median of a sorted list without one occurrence of `value` (which it holds): O(log n). */
function medianWithout(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  const n = sorted.length - 1;
  if (n <= 0) return 0;
  const at = (i: number) => sorted[i < lo ? i : i + 1]!;
  const m = n >> 1;
  return n % 2 ? at(m) : (at(m - 1) + at(m)) / 2;
}

/** Whether `b` goes before `a` among totals of the same day: the higher, then by name (any input order gives the same). */
const higherFirst = (b: Candidate, a: Candidate) => b.estimate > a.estimate || (b.estimate === a.estimate && b.source < a.source);

/** Candidates by day (1: earliest first, -1: latest first), the same day the higher first, then by name. */
function inDayOrder(pool: Candidate[], direction: 1 | -1): Candidate[] {
  const day = new Float64Array(pool.length);
  pool.forEach((c, i) => (day[i] = candidateDay(c)));
  const order = Array.from(pool.keys()).sort(
    (a, b) => direction * (day[a]! - day[b]!) || (higherFirst(pool[a]!, pool[b]!) ? -1 : higherFirst(pool[b]!, pool[a]!) ? 1 : 0),
  );
  return order.map((i) => pool[i]!);
}

/** How many leading items of `sorted` satisfy `test` (which holds for a prefix only): a binary search. */
function leadingCount(sorted: number[], test: (d: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(sorted[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For a total, the latest equal-or-higher total of a later day from a source that stands at
 * least as high (what supersedes it), or null. Latest first, with a running maximum per standing
 * so that a total nothing supersedes costs a binary search: a crisis with thousands of sources
 * stays fast.
 */
function superseders(pool: Candidate[]): (c: Candidate) => Candidate | null {
  const desc = inDayOrder(pool, -1);
  const days = desc.map((c) => candidateDay(c));
  const levels = [...new Set(pool.map(sourceStanding))];
  // Per standing: the highest total among the first i+1 (latest) of sources standing at least that high.
  const maxFrom = new Map(
    levels.map((s) => {
      const out = new Float64Array(desc.length);
      let m = -Infinity;
      desc.forEach((o, i) => {
        if (sourceStanding(o) >= s && o.estimate > m) m = o.estimate;
        out[i] = m;
      });
      return [s, out];
    }),
  );
  return (c) => {
    const day = candidateDay(c);
    // How many are of a later day (days descend).
    const lo = leadingCount(days, (d) => d > day);
    const standing = sourceStanding(c);
    if (lo === 0 || maxFrom.get(standing)![lo - 1]! < c.estimate) return null;
    for (let i = 0; i < lo; i++) {
      const o = desc[i]!;
      if (o !== c && o.estimate >= c.estimate && sourceStanding(o) >= standing) return o;
    }
    return null;
  };
}

/**
 * For a total, the day of the newest total at least as high (its own included; -Infinity when
 * only undated ones are): later, lower totals do not make it stale. Highest first, one pass.
 */
function newestNotBelow(pool: Candidate[]): (c: Candidate) => number {
  const desc = [...pool].sort((a, b) => b.estimate - a.estimate);
  const newest = new Map<Candidate, number>();
  let latest = -Infinity;
  for (let i = 0; i < desc.length;) {
    let j = i;
    while (j < desc.length && desc[j]!.estimate === desc[i]!.estimate) latest = Math.max(latest, candidateDay(desc[j++]!));
    for (let k = i; k < j; k++) newest.set(desc[k]!, latest);
    i = j;
  }
  return (c) => newest.get(c)!;
}

/**
 * For a total, the earlier, higher total it falls below that matters most (the highest-standing
 * source, then the highest figure), or null. Prefix maxima per standing, in day order.
 */
function earlierAbove(pool: Candidate[]): (c: Candidate) => Candidate | null {
  const asc = inDayOrder(pool, 1);
  const days = asc.map((c) => candidateDay(c));
  const levels = [...new Set(pool.map(sourceStanding))].sort((a, b) => b - a);
  // Per standing: the highest total (then first by name) among the first i+1 of that standing exactly.
  const best = new Map(
    levels.map((s) => {
      const out: Array<Candidate | null> = new Array(asc.length);
      let m: Candidate | null = null;
      asc.forEach((o, i) => {
        if (sourceStanding(o) === s && (!m || higherFirst(o, m))) m = o;
        out[i] = m;
      });
      return [s, out];
    }),
  );
  return (c) => {
    const day = candidateDay(c);
    // How many are of an earlier day.
    const lo = leadingCount(days, (d) => d < day);
    if (lo === 0) return null;
    for (const s of levels) {
      const top = best.get(s)![lo - 1];
      if (top && top.estimate > c.estimate) return top;
    }
    return null;
  };
}

/** The headline of one category from each source's latest total (one candidate per source). */
export function chooseHeadline(candidates: Candidate[]): HeadlineResult {
  const verdicts = new Map<Candidate, CandidateVerdict>();
  const verdict = (c: Candidate, status: HeadlineStatus, note: string, fallsBelow: Candidate | null = null) => verdicts.set(c, { status, note, fallsBelow });
  if (!candidates.length) return { headline: null, range: null, verdicts };

  // 1. Firmness.
  const firm = candidates.filter(isFirm);
  const pool = firm.length ? firm : candidates;
  if (firm.length) for (const c of candidates) if (!isFirm(c)) verdict(c, 'not firm', 'hedged or vague, and a firm total exists');

  // 2. Recency.
  const current: Candidate[] = [];
  const supersede = superseders(pool);
  // Most superseded totals share a few superseders: one note each.
  const notes = new Map<Candidate, string>();
  const supersededNote = (by: Candidate) => {
    let note = notes.get(by);
    if (note === undefined) notes.set(by, (note = `superseded by ${said(by)}`));
    return note;
  };
  const newest = newestNotBelow(pool);
  for (const c of pool) {
    const day = candidateDay(c);
    const by = supersede(c);
    // An undated total is older than any dated one; among undated ones none is older.
    const age = newest(c) === day ? 0 : newest(c) - day;
    if (by) verdict(c, 'superseded', supersededNote(by));
    else if (age > STALE_AFTER_DAYS) verdict(c, 'stale', `more than ${STALE_AFTER_DAYS} days older than a later total at least as high`);
    else current.push(c);
  }

  // 3. Outliers (low ones are left out; high ones are only noted, the lowest heads anyway).
  const sorted = current.map((c) => c.estimate).sort((a, b) => a - b);
  const credible: Candidate[] = [];
  current.forEach((c) => {
    const m = current.length >= 3 ? medianWithout(sorted, c.estimate) : 0;
    if (m > 0 && c.estimate * OUTLIER_FACTOR < m) verdict(c, 'outlier', `under a tenth of the other current totals' median of ${thousands(m)}`);
    else credible.push(c);
  });

  // 4. Falls: a current total below an earlier (not outlying) total of another source.
  const outlying = new Set([...verdicts].filter(([, v]) => v.status === 'outlier').map(([c]) => c));
  const eligible: Candidate[] = [];
  const fallsBelow = earlierAbove(pool.filter((o) => !outlying.has(o)));
  for (const c of credible) {
    const top = fallsBelow(c);
    if (!top) {
      const revised = revisedWords(c);
      verdict(c, 'current', revised ? `a current total, ${revised}` : 'a current total');
      eligible.push(c);
      continue;
    }
    if (sourceStanding(top) > sourceStanding(c)) {
      verdict(c, 'disputed', `below the earlier ${said(top)}, a source that stands higher: a disagreement to check`, top);
    } else {
      verdict(c, 'current', `below the earlier ${said(top)}: a disagreement to check`, top);
      eligible.push(c);
    }
  }

  // 5. The lowest; ties to the later figure, then the higher-standing source, then by name.
  const from = eligible.length ? eligible : credible.length ? credible : pool;
  const before = (b: Candidate, a: Candidate) =>
    b.estimate !== a.estimate
      ? b.estimate < a.estimate
      : candidateDay(b) !== candidateDay(a)
        ? candidateDay(b) > candidateDay(a)
        : sourceStanding(b) !== sourceStanding(a)
          ? sourceStanding(b) > sourceStanding(a)
          : b.source < a.source;
  const best = from.reduce((a, b) => (before(b, a) ? b : a));
  const v = verdicts.get(best);
  verdicts.set(best, { status: 'heads', note: 'heads the card', fallsBelow: v?.fallsBelow ?? null });
  const rangeOf = credible.length ? credible : from;
  // Counted among what could head: a lower total disputed by a higher-standing source is not.
  const disputedLeftOut = from === eligible && credible.length > eligible.length ? ' not disputed' : '';
  const reasonParts = [
    from.length > 1 ? `lowest of ${from.length} current totals${disputedLeftOut},` : `the only current total${disputedLeftOut},`,
    `from ${TYPE_PHRASES[best.type]}, ${best.asOf || !best.notBefore ? `as of ${dayWords(best.asOf)}` : `undated, after its ${dayWords(best.notBefore)} figure`}`,
  ];
  if (!firm.length) reasonParts.push('(no source gives a firm total)');
  const revised = revisedWords(best);
  if (revised) reasonParts.push(`(${revised})`);
  const figure: HeadlineFigure = { estimate: best.estimate, source: best.source, type: best.type, asOf: best.asOf, claimId: best.claimId };
  return {
    headline: {
      ...figure,
      reason: reasonParts.join(' '),
      disagreement: v?.fallsBelow ? `${thousands(best.estimate)} is below the earlier ${said(v.fallsBelow)}: a disagreement to check` : null,
      pinned: null,
      computed: figure,
    },
    range: { min: Math.min(...rangeOf.map((c) => c.estimate)), max: Math.max(...rangeOf.map((c) => c.estimate)) },
    verdicts,
  };
}

/**
 * The latest total among sources of one type (the same day: the lower), or null. Hedged, vague
 * and outlying totals count only when the type has no other.
 */
export function latestOfType(candidates: Candidate[], type: SourceType, verdicts?: Map<Candidate, CandidateVerdict>): HeadlineFigure | null {
  const ofType = candidates.filter((c) => c.type === type);
  const sound = ofType.filter((c) => isFirm(c) && verdicts?.get(c)?.status !== 'outlier');
  let best: Candidate | null = null;
  for (const c of sound.length ? sound : ofType) {
    if (
      !best ||
      candidateDay(c) > candidateDay(best) ||
      (candidateDay(c) === candidateDay(best) && (c.estimate < best.estimate || (c.estimate === best.estimate && c.source < best.source)))
    ) {
      best = c;
    }
  }
  return best && { estimate: best.estimate, source: best.source, type: best.type, asOf: best.asOf, claimId: best.claimId };
}
