import { describe, expect, it } from 'vitest';
import { defaultReliability } from '../../src/sources/index.js';
import { chooseHeadline, dayWords, latestOfType, STALE_AFTER_DAYS, type Candidate } from '../../src/tally/headline.js';

let claimId = 1;
const c = (source: string, estimate: number, asOf: string | null, p: Partial<Candidate> = {}): Candidate => ({
  source,
  estimate,
  asOf,
  type: 'independent',
  qualifier: 'exact',
  hedged: false,
  claimId: claimId++,
  ...p,
  // The grade an unset source gets: its type's default.
  reliability: p.reliability ?? defaultReliability(p.type ?? 'independent'),
});
const statusOf = (r: ReturnType<typeof chooseHeadline>, x: Candidate) => r.verdicts.get(x)?.status;

describe('the headline rule', () => {
  it('puts a firm total before hedged and vague ones, and says why', () => {
    const firm = c('NCRI', 1000, '2019-12-04', { type: 'opposition', qualifier: 'more_than' });
    const vague = c('Trump', 1000, '2019-12-03', { type: 'official', qualifier: 'vague', hedged: true });
    const r = chooseHeadline([vague, firm]);
    expect(r.headline).toMatchObject({ estimate: 1000, source: 'NCRI', reason: 'the only current total, from the opposition, as of 4 Dec 2019' });
    expect(statusOf(r, vague)).toBe('not firm');
    // With no firm total, a vague one heads, and the card says so.
    expect(chooseHeadline([vague]).headline?.reason).toContain('no source gives a firm total');
  });

  it('never heads with a total superseded by a later, higher one of a source that stands as high, or a stale one', () => {
    const old = c('OHCHR', 19, '2019-10-03');
    const inquiry = c('official inquiry', 157, '2019-10-22', { type: 'official' });
    const later = c('monitor', 433, '2019-10-31');
    const r = chooseHeadline([old, inquiry, later]);
    expect(r.headline).toMatchObject({ estimate: 433 });
    expect(statusOf(r, old)).toBe('superseded');
    expect(r.verdicts.get(inquiry)?.note).toBe("superseded by monitor's 433 of 31 Oct 2019");
    // Older by more than the margin than a later total at least as high (of any source): stale.
    const later2 = `2019-09-${String(2 + STALE_AFTER_DAYS).padStart(2, '0')}`;
    const ministry = c('ministry', 300, '2019-09-01', { type: 'official' });
    const opposition = c('opposition', 500, later2, { type: 'opposition' });
    const s = chooseHeadline([ministry, opposition]);
    expect(statusOf(s, ministry)).toBe('stale');
    expect(s.headline).toMatchObject({ estimate: 500 });
    // A later, lower total does not make an earlier one stale: tolls do not fall, so the two
    // disagree, and the lower heads only from a source that stands as high.
    const high = c('ministry', 500, '2019-09-01', { type: 'official' });
    const watch = c('watch', 300, later2);
    const w = chooseHeadline([high, watch]);
    expect(statusOf(w, high)).toBe('current');
    expect(w.headline).toMatchObject({ estimate: 300, source: 'watch' });
    expect(w.range).toEqual({ min: 300, max: 500 });
    const someone = c('someone', 12, later2, { type: 'unknown', qualifier: 'vague' });
    const u = chooseHeadline([c('ministry', 300, '2019-09-01', { type: 'official', qualifier: 'vague' }), someone]);
    expect(statusOf(u, someone)).toBe('disputed');
    expect(u.headline).toMatchObject({
      estimate: 300,
      source: 'ministry',
      reason: 'the only current total not disputed, from an official source, as of 1 Sep 2019 (no source gives a firm total)',
    });
    // An undated total is older than any dated one: stale beside a dated total as high, else current.
    const undated = c('police', 58, null, { type: 'official' });
    const dated = c('spokesman', 24, '2019-04-22', { type: 'unknown' });
    const x = chooseHeadline([undated, dated]);
    expect(statusOf(x, undated)).toBe('heads');
    expect(statusOf(x, dated)).toBe('disputed');
    expect(statusOf(chooseHeadline([undated, c('police', 60, '2019-05-22', { type: 'unknown' })]), undated)).toBe('stale');
  });

  it('flags a total that falls below an earlier one, and keeps it from heading when the earlier source stands higher', () => {
    const police = c('Police', 359, '2019-04-24', { type: 'official' });
    const ministry = c('Health Ministry', 253, '2019-04-25', { type: 'official' });
    const r = chooseHeadline([police, ministry]);
    expect(r.headline).toMatchObject({ estimate: 253, disagreement: "253 is below the earlier Police's 359 of 24 Apr 2019: a disagreement to check" });
    expect(r.range).toEqual({ min: 253, max: 359 });

    const monitor = c('Monitor', 300, '2019-04-24');
    const unknown = c('someone', 120, '2019-04-25', { type: 'unknown' });
    const d = chooseHeadline([monitor, unknown]);
    expect(statusOf(d, unknown)).toBe('disputed');
    expect(d.headline).toMatchObject({ estimate: 300, source: 'Monitor', disagreement: null });
  });

  it('leaves a low outlier out, and takes the lowest of the rest', () => {
    const r = chooseHeadline([c('a', 5, '2022-01-10', { type: 'official' }), c('b', 44, '2022-01-10', { type: 'official' }), c('c', 230, '2022-01-10')]);
    expect(r.headline).toMatchObject({ estimate: 44, source: 'b', reason: 'lowest of 2 current totals, from an official source, as of 10 Jan 2022' });
    expect(chooseHeadline([]).headline).toBeNull();
  });

  it('gives the latest total per source type, leaving out outliers and vague totals when it can', () => {
    const star = c('Daily Star', 209, '2024-08-04', { type: 'media' });
    const stray = c('a site', 1, '2024-08-04', { type: 'media' });
    const vague = c('a blog', 1000, '2024-08-05', { type: 'media', qualifier: 'vague' });
    const others = [c('officials', 201, '2024-07-25', { type: 'official' }), c('x', 202, '2024-07-25', { type: 'media' })];
    const r = chooseHeadline([star, stray, vague, ...others]);
    expect(r.verdicts.get(stray)?.status).toBe('outlier');
    expect(latestOfType([star, stray, vague, ...others], 'media', r.verdicts)).toMatchObject({ estimate: 209, source: 'Daily Star' });
    expect(latestOfType([stray], 'media')).toMatchObject({ estimate: 1 });
    expect(latestOfType([star], 'official')).toBeNull();
  });

  it('writes days as the card says them', () => {
    expect(dayWords('2019-12-16')).toBe('16 Dec 2019');
    expect(dayWords(null)).toBe('an unknown date');
  });
});
