/**
 * A computed tally is reused only while nothing it depends on changed: new documents in the
 * crisis, reviews, source edits and a new start date all make it recompute, also when the
 * change comes through another Store (another process on the same database). The claims kept
 * in memory and brought up to date by versions give the same tally as a fresh reading.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { pinHeadline, unpinHeadline } from '../../src/store/headline-pins.js';
import { Store } from '../../src/store/index.js';
import { computeTally, tallyForCrisis, warmTallies } from '../../src/tally/index.js';
import { CrisisClaims } from '../../src/tally/crisis-claims.js';
import { backends } from '../store/backends.js';

const CRISIS = 'Revision test';
const MINISTRY_26 = 'At least 26 protesters were killed in the unrest, the Interior Ministry said on Saturday.';
const HRW_40 = 'Human Rights Watch said at least 40 people have been killed in the unrest so far.';
const report = (text: string) => ({ raw: text, report: extract({ text, published: '2022-01-08' }) });

describe.each(backends)('tally revisions on $name', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
    const a = report(MINISTRY_26);
    await store.ingestReport({ raw: a.raw }, a.report, { crisis: CRISIS });
  });
  afterAll(() => cleanup());

  const killed = async (s: Store = store) => (await tallyForCrisis(s, CRISIS, 'killed')).categories[0]!;

  it('reuses the result while unchanged and recomputes after each kind of change', async () => {
    const first = await killed();
    expect(first.conservative?.estimate).toBe(26);
    expect(await killed()).toStrictEqual(first);
    const r0 = await store.crisisRevision((await store.getCrisis(CRISIS))!.id);

    // A new document in the crisis.
    const b = report(HRW_40);
    await store.ingestReport({ raw: b.raw }, b.report, { crisis: CRISIS });
    expect((await killed()).sourceCount).toBe(2);

    // Ingesting the same document again changes nothing, so the revision stays.
    const r1 = await store.crisisRevision((await store.getCrisis(CRISIS))!.id);
    expect(r1).toBeGreaterThan(r0);
    await store.ingestReport({ raw: b.raw }, b.report, { crisis: CRISIS });
    expect(await store.crisisRevision((await store.getCrisis(CRISIS))!.id)).toBe(r1);

    // A source's type.
    const ministry = (await store.listSources()).find((s) => s.name.includes('Interior Ministry'))!;
    await store.updateSource(ministry.id, { type: 'official' });
    expect((await killed()).byType.official?.estimate).toBe(26);

    // A review.
    const claim = (await store.listClaims({ crisis: CRISIS, category: 'killed', source: ministry.name })).items[0]!;
    await store.reviewClaim(claim.id, { status: 'edited', reviewer: 'test', changes: { low: 30, high: 30 } });
    expect((await killed()).byType.official?.estimate).toBe(30);
  });

  it('keeps claims up to date through every kind of change, as a fresh reading would', async () => {
    const fresh = async () => {
      const crisis = (await store.getCrisis(CRISIS))!;
      const claims = new CrisisClaims(crisis.id);
      await claims.update(store, crisis, await store.crisisRevision(crisis.id));
      return claims.categories().flatMap((c) => computeTally(claims.inputs(c), claims.context!.options).categories);
    };
    const same = async () => expect((await tallyForCrisis(store, CRISIS)).categories).toStrictEqual(await fresh());
    await same();

    // A claim moved to another category, rejected, then restored.
    const c = report('Amnesty International said 12 people have been killed and 30 injured in the unrest so far.');
    await store.ingestReport({ raw: c.raw }, c.report, { crisis: CRISIS });
    await same();
    const amnesty = (await store.listClaims({ crisis: CRISIS, source: 'Amnesty International' })).items;
    expect(amnesty.length).toBe(2);
    const killedClaim = amnesty.find((x) => x.category === 'killed')!;
    await store.reviewClaim(killedClaim.id, { status: 'edited', reviewer: 'test', changes: { category: 'missing' } });
    await same();
    expect((await tallyForCrisis(store, CRISIS, 'missing')).categories[0]?.sourceCount).toBe(1);
    await store.reviewClaim(killedClaim.id, { status: 'rejected', reviewer: 'test' });
    await same();
    expect((await tallyForCrisis(store, CRISIS, 'missing')).categories).toEqual([]);
    await store.reviewClaim(killedClaim.id, { status: 'unreviewed', reviewer: 'test' });
    await same();

    // A document stored before, then added to the crisis; a source's aliases.
    const d = report('The Interior Ministry said 35 people were killed in the unrest, according to state media.');
    const outcome = await store.ingestReport({ raw: d.raw }, d.report);
    await same();
    await store.addToCrisis(CRISIS, [outcome.documentId]);
    await same();
    const hrw = (await store.listSources()).find((s) => s.name === 'Human Rights Watch')!;
    await store.updateSource(hrw.id, { aliases: ['HRW'] });
    await same();
    await store.updateSource(hrw.id, { type: 'independent' });
    await same();

    // A wire copy of a stored report (counted once), "day N" reports and a new start date.
    const copy = report(`${c.raw} Reporting by the wire service.`);
    await store.ingestReport({ raw: copy.raw }, copy.report, { crisis: CRISIS });
    await same();
    expect((await tallyForCrisis(store, CRISIS)).duplicates.length).toBe(1);
    const day = report('On day 5 of the protests, Amnesty International said 20 people were killed.');
    const stored = await store.ingestReport({ raw: day.raw }, day.report, { crisis: CRISIS });
    await same();
    // Without a date of its own, the figure holds for "day 5" of the crisis.
    const dayClaim = (await store.listClaims({ documentId: stored.documentId })).items[0]!;
    await store.reviewClaim(dayClaim.id, { status: 'edited', reviewer: 'test', changes: { asOf: null } });
    await same();
    await store.createCrisis({ name: CRISIS, startDate: '2022-01-02' });
    await same();
    const figure = (await tallyForCrisis(store, CRISIS, 'killed')).categories[0]!.sources.flatMap((s) => s.figures).find((f) => f.claimId === dayClaim.id);
    expect(figure?.asOf).toBe('2022-01-06');
  });

  it('shows a pinned claim as the headline with who pinned it and why, until it is unpinned', async () => {
    const before = await killed();
    const other = before.sources.find((s) => s.latest.claimId !== before.conservative!.claimId)!;
    const revision = await store.revision();
    const pin = await pinHeadline(store, {
      crisis: CRISIS,
      category: 'killed',
      claimId: other.latest.claimId,
      by: 'analyst',
      note: 'the monitor counts names',
    });
    expect(pin).toMatchObject({ category: 'killed', claimId: other.latest.claimId, pinnedBy: 'analyst' });
    expect(await store.revision()).toBeGreaterThan(revision);
    const pinned = (await killed()).conservative!;
    expect(pinned).toMatchObject({
      claimId: other.latest.claimId,
      reason: 'pinned by analyst: the monitor counts names',
      pinned: { by: 'analyst', note: 'the monitor counts names' },
    });
    expect(pinned.computed).toEqual(before.conservative!.computed);
    await expect(pinHeadline(store, { crisis: CRISIS, category: 'injured', claimId: other.latest.claimId, by: 'analyst' })).rejects.toThrow(
      /counts killed, not injured/,
    );
    expect(await unpinHeadline(store, CRISIS, 'killed')).toBe(true);
    expect((await killed()).conservative).toEqual(before.conservative);
    expect(await unpinHeadline(store, CRISIS, 'killed')).toBe(false);
  });

  it('sees changes made through another store on the same database', async () => {
    if (store.kind !== 'postgres') return; // PGlite's data directory has one writer.
    const other = await Store.open({
      databaseUrl: process.env.DATABASE_URL!,
      schema: (await store.db.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]!.s,
    });
    try {
      const before = await killed();
      const claim = (await other.listClaims({ crisis: CRISIS, category: 'killed', source: 'Human Rights Watch' })).items[0]!;
      await other.reviewClaim(claim.id, { status: 'rejected', reviewer: 'other process' });
      expect((await killed()).sourceCount).toBe(before.sourceCount - 1);
    } finally {
      await other.close();
    }
  });
});

/** A fresh embedded store holding one report of the crisis (a ministry's 26 killed). */
async function withOneReport(fn: (store: Store) => Promise<void>): Promise<void> {
  const { store, cleanup } = await backends[0]!.open();
  try {
    const a = report(MINISTRY_26);
    await store.ingestReport({ raw: a.raw }, a.report, { crisis: CRISIS });
    await fn(store);
  } finally {
    await cleanup();
  }
}

describe('reading a crisis', () => {
  it('starts afresh after a read that failed half-way', () =>
    withOneReport(async (store) => {
      await tallyForCrisis(store, CRISIS);
      const b = report(HRW_40);
      await store.ingestReport({ raw: b.raw }, b.report, { crisis: CRISIS });
      const failing = vi.spyOn(store, 'claimsForTally').mockRejectedValueOnce(new Error('connection lost'));
      await expect(tallyForCrisis(store, CRISIS)).rejects.toThrow('connection lost');
      failing.mockRestore();
      expect((await tallyForCrisis(store, CRISIS, 'killed')).categories[0]?.sourceCount).toBe(2);
    }));
});

describe('warming tallies', () => {
  it('reads the latest crises ahead of the first request', () =>
    withOneReport(async (store) => {
      await warmTallies(store);
      const reads = vi.spyOn(store, 'claimsForTally');
      expect((await tallyForCrisis(store, CRISIS, 'killed')).categories[0]?.conservative?.estimate).toBe(26);
      expect(reads).not.toHaveBeenCalled();
      // Told to stop, it reads nothing more.
      const b = report(HRW_40);
      await store.ingestReport({ raw: b.raw }, b.report, { crisis: 'Another' });
      await warmTallies(store, () => true);
      expect(reads).not.toHaveBeenCalled();
      await warmTallies(store);
      expect(reads).toHaveBeenCalledTimes(1);
    }));
});
