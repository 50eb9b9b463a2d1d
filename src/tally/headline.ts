/**
 * The headline of a category: one conservative figure an analyst would sign, chosen from each
 * source's latest crisis-wide total (scope `total`) by a written rule, with the reason in words.
 * The README's "The tally" section states the rule with a worked example; in order:
 *
 * 1. Firmness: when any source's latest total is firm (not hedged, not vague), hedged and vague
 *    ones never head ("perhaps thousands" against a stated 1,000).
 * 2. Recency: a total is superseded when a source that stands at least as high
 *    (sourceStanding) states an equal or higher total on a later day (running tolls do not
 *    fall; an opposition claim does not push a monitor's figure aside), and stale when it is older than the newest total by
 *    more than STALE_AFTER_DAYS. Neither heads; the rest are the current totals.
 * 3. Outliers: among three or more current totals, one under a tenth of the others' median is
 *    reported, not used (an official "five" against hundreds).
 * 4. Falls: a current total below an earlier total of another source disagrees with it (tolls
 *    do not fall). It is flagged as a disagreement to check; it still heads only when its
 *    source stands at least as high (sourceStanding) as every source it falls below.
 * 5. The headline is the lowest remaining total (ACLED's most conservative credible figure);
 *    ties go to the later figure, then to the source that stands higher.
 */
import type { Qualifier, SourceType } from '../domain.js';

/** A total older than the newest one by more than this is no longer current. */
export const STALE_AFTER_DAYS = 14;
/** A total under a tenth of the median of the others is an outlier. */
export const OUTLIER_FACTOR = 10;

/** What the rule reads of a source's latest total. */
export interface Candidate {
  source: string;
  type: SourceType;
  estimate: number;
  qualifier: Qualifier;
  hedged: boolean;
  asOf: string | null;
  claimId: number;
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
 * How far a source is trusted, higher is more: the hook for an analyst's reliability grade.
 * Until sources carry a grade, it follows the type: independent monitors and officials above
 * the media, the media above the opposition and sources of unknown type.
 */
export function sourceStanding(c: Pick<Candidate, 'type'>): number {
  return STANDING_BY_TYPE[c.type];
}
const STANDING_BY_TYPE: Record<SourceType, number> = { independent: 3, official: 3, media: 2, opposition: 1, unknown: 1 };

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

const dayIndex = (iso: string | null) => (iso && iso.length >= 10 ? Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000 : -Infinity);
const isFirm = (c: Candidate) => !c.hedged && c.qualifier !== 'vague';
const said = (c: Candidate) => `${c.source}'s ${c.estimate.toLocaleString('en-US')} of ${dayWords(c.asOf)}`;

function medianWithout(values: number[], skip: number): number {
  const s = values.filter((_, i) => i !== skip).sort((a, b) => a - b);
  if (!s.length) return 0;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The headline of one category from each source's latest total (one candidate per source). */
export function chooseHeadline(candidates: Candidate[]): HeadlineResult {
  const verdicts = new Map<Candidate, CandidateVerdict>();
  const verdict = (c: Candidate, status: HeadlineStatus, note: string, fallsBelow: Candidate | null = null) => verdicts.set(c, { status, note, fallsBelow });
  if (!candidates.length) return { headline: null, range: null, verdicts };

  // 1. Firmness.
  const firm = candidates.filter(isFirm);
  const pool = firm.length ? firm : candidates;
  for (const c of candidates) if (!pool.includes(c)) verdict(c, 'not firm', 'hedged or vague, and a firm total exists');

  // 2. Recency.
  const newest = Math.max(...pool.map((c) => dayIndex(c.asOf)));
  const current: Candidate[] = [];
  for (const c of pool) {
    const day = dayIndex(c.asOf);
    let by: Candidate | null = null;
    for (const o of pool) {
      if (o === c || dayIndex(o.asOf) <= day || o.estimate < c.estimate || sourceStanding(o) < sourceStanding(c)) continue;
      // The latest such total; the same day: the higher, then by name (the same answer in any order).
      if (!by || dayIndex(o.asOf) > dayIndex(by.asOf) || (dayIndex(o.asOf) === dayIndex(by.asOf) && (o.estimate > by.estimate || (o.estimate === by.estimate && o.source < by.source)))) by = o;
    }
    if (by) verdict(c, 'superseded', `superseded by ${said(by)}`);
    else if (newest - day > STALE_AFTER_DAYS) verdict(c, 'stale', `more than ${STALE_AFTER_DAYS} days older than the latest totals`);
    else current.push(c);
  }

  // 3. Outliers (low ones are left out; high ones are only noted, the lowest heads anyway).
  const values = current.map((c) => c.estimate);
  const credible: Candidate[] = [];
  current.forEach((c, i) => {
    const m = current.length >= 3 ? medianWithout(values, i) : 0;
    if (m > 0 && c.estimate * OUTLIER_FACTOR < m) verdict(c, 'outlier', `under a tenth of the other current totals' median of ${m.toLocaleString('en-US')}`);
    else credible.push(c);
  });

  // 4. Falls: a current total below an earlier (not outlying) total of another source.
  const outlying = new Set([...verdicts].filter(([, v]) => v.status === 'outlier').map(([c]) => c));
  const eligible: Candidate[] = [];
  for (const c of credible) {
    const day = dayIndex(c.asOf);
    const above = pool.filter((o) => o !== c && !outlying.has(o) && dayIndex(o.asOf) < day && o.estimate > c.estimate);
    if (!above.length) {
      verdict(c, 'current', 'a current total');
      eligible.push(c);
      continue;
    }
    // What it disagrees with most: the highest-standing source, then the highest figure.
    const top = above.reduce((a, b) =>
      sourceStanding(b) > sourceStanding(a) || (sourceStanding(b) === sourceStanding(a) && (b.estimate > a.estimate || (b.estimate === a.estimate && b.source < a.source))) ? b : a,
    );
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
    b.estimate !== a.estimate ? b.estimate < a.estimate
    : dayIndex(b.asOf) !== dayIndex(a.asOf) ? dayIndex(b.asOf) > dayIndex(a.asOf)
    : sourceStanding(b) !== sourceStanding(a) ? sourceStanding(b) > sourceStanding(a)
    : b.source < a.source;
  const best = from.reduce((a, b) => (before(b, a) ? b : a));
  const v = verdicts.get(best);
  verdicts.set(best, { status: 'heads', note: 'heads the card', fallsBelow: v?.fallsBelow ?? null });
  const rangeOf = credible.length ? credible : from;
  const reasonParts = [
    rangeOf.length > 1 ? `lowest of ${rangeOf.length} current totals,` : 'the only current total,',
    `from ${TYPE_PHRASES[best.type]}, as of ${dayWords(best.asOf)}`,
  ];
  if (!firm.length) reasonParts.push('(no source gives a firm total)');
  const figure: HeadlineFigure = { estimate: best.estimate, source: best.source, type: best.type, asOf: best.asOf, claimId: best.claimId };
  return {
    headline: {
      ...figure,
      reason: reasonParts.join(' '),
      disagreement: v?.fallsBelow ? `${best.estimate.toLocaleString('en-US')} is below the earlier ${said(v.fallsBelow)}: a disagreement to check` : null,
      pinned: null,
      computed: figure,
    },
    range: { min: Math.min(...rangeOf.map((c) => c.estimate)), max: Math.max(...rangeOf.map((c) => c.estimate)) },
    verdicts,
  };
}

/** The latest total among sources of one type (firm ones first; the same day: the lower), or null. */
export function latestOfType(candidates: Candidate[], type: SourceType): HeadlineFigure | null {
  const ofType = candidates.filter((c) => c.type === type);
  const firm = ofType.filter(isFirm);
  let best: Candidate | null = null;
  for (const c of firm.length ? firm : ofType) {
    if (
      !best ||
      dayIndex(c.asOf) > dayIndex(best.asOf) ||
      (dayIndex(c.asOf) === dayIndex(best.asOf) && (c.estimate < best.estimate || (c.estimate === best.estimate && c.source < best.source)))
    ) {
      best = c;
    }
  }
  return best && { estimate: best.estimate, source: best.source, type: best.type, asOf: best.asOf, claimId: best.claimId };
}
