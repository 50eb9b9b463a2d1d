/**
 * Reviews in the store, its last line of defence: a place edit geocodes the new name, bounds and
 * counts stay a claim's, an edit made on a stale version is refused. Both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimRow } from '../../src/store/export.js';
import { ConflictError, InvalidInputError, type StoredClaim, type Store } from '../../src/store/index.js';
import { backends } from './backends.js';

const DHAKA = 'Police said 3 people were killed in Dhaka on Monday, July 22. Doctors said 40 people were injured in the capital.';
const KARACHI = 'At least 5 people were killed in Karachi on Friday, the police said.';

describe.each(backends)('reviews on $name', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let dhaka: StoredClaim;
  let karachi: StoredClaim;
  let crisisId: number;

  // Opening a store can take minutes on a loaded 2-core machine: no tight limit.
  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
    await store.ingestReport({ raw: DHAKA, origin: 'dhaka.txt' }, extract({ text: DHAKA, published: '2024-07-23' }), { crisis: 'Review test' });
    await store.ingestReport({ raw: KARACHI, origin: 'karachi.txt' }, extract({ text: KARACHI, published: '2024-07-20' }), { crisis: 'Review test' });
    dhaka = (await store.listClaims({ crisis: 'Review test', category: 'killed', place: 'Dhaka' })).items[0]!;
    karachi = (await store.listClaims({ crisis: 'Review test', category: 'killed', place: 'Karachi' })).items[0]!;
    crisisId = (await store.listCrises()).find((c) => c.name === 'Review test')!.id;
  }, 600_000);
  afterAll(async () => cleanup?.());

  const placeColumns = async (id: number) =>
    (await store.db.query('SELECT place_id, place_name, place_precision, country_code, country_name, admin1, lat, lon FROM claims WHERE id = $1', [id]))
      .rows[0];

  it('geocodes a new place name: id, coordinates, precision, country and region follow it', async () => {
    expect(dhaka.place?.countryCode).toBe('BD');
    const moved = await store.reviewClaim(dhaka.id, { status: 'edited', reviewer: 'ana', changes: { placeName: 'Chittagong' } });
    expect(moved.place).toMatchObject({ precision: 'city', countryCode: 'BD', countryName: 'Bangladesh' });
    expect(moved.place!.id).toMatch(/^city:\d+$/);
    expect(moved.place!.id).not.toBe(dhaka.place!.id);
    expect(moved.place!.admin1).toBeTruthy();
    expect(moved.place!.lat).toBeCloseTo(22.3, 0);
    expect(moved.place!.lon).toBeCloseTo(91.8, 0);
    // The map, the CSV export and the tally read the new place.
    const places = await store.listPlaces({ crisis: 'Review test' });
    expect(places.find((p) => p.placeId === moved.place!.id)).toMatchObject({ lat: moved.place!.lat, lon: moved.place!.lon });
    expect(claimRow(moved)).toMatchObject({ location: moved.place!.name, latitude: moved.place!.lat, longitude: moved.place!.lon, geo_precision: 1 });
    const forTally = (await store.claimsForTally(crisisId, { category: 'killed' })).find((c) => c.id === dhaka.id);
    expect(forTally?.place).toEqual(moved.place);
  });

  it("prefers a place in the claim's own country when the name is ambiguous", async () => {
    expect(karachi.place?.countryCode).toBe('PK');
    // Hyderabad, India, is the larger city; this claim is in Pakistan.
    const moved = await store.reviewClaim(karachi.id, { status: 'edited', reviewer: 'ana', changes: { placeName: 'Hyderabad' } });
    expect(moved.place).toMatchObject({ name: 'Hyderabad', countryCode: 'PK', precision: 'city' });
  });

  it('moves a claim to another country only when the country is written', async () => {
    // The gazetteer's only Savar is in Sweden; the reviewer of a Bangladeshi claim means another.
    await expect(store.reviewClaim(dhaka.id, { status: 'edited', reviewer: 'ana', changes: { placeName: 'Savar' } })).rejects.toThrow(
      "no place called 'Savar' in Bangladesh in the gazetteer; it knows one in Sweden: write 'Savar, Sweden' to move the claim there, or check the spelling",
    );
    await expect(store.reviewClaim(dhaka.id, { status: 'edited', reviewer: 'ana', changes: { placeName: 'Savar, Bangladesh' } })).rejects.toThrow(
      "no place called 'Savar' in Bangladesh in the gazetteer",
    );
    await expect(store.reviewClaim(dhaka.id, { status: 'edited', reviewer: 'ana', changes: { placeName: 'Paris, Narnia' } })).rejects.toThrow(
      /no country called 'Narnia'/,
    );
    const paris = await store.reviewClaim(dhaka.id, { status: 'edited', reviewer: 'ana', changes: { placeName: 'Paris, France' } });
    expect(paris.place).toMatchObject({ name: 'Paris', countryCode: 'FR', precision: 'city' });
    const back = await store.reviewClaim(dhaka.id, { status: 'edited', reviewer: 'ana', changes: { placeName: 'Chittagong, Bangladesh' } });
    expect(back.place).toMatchObject({ countryCode: 'BD', precision: 'city' });
  });

  it('refuses a name the gazetteer does not know, and changes nothing', async () => {
    const before = (await store.getClaim(dhaka.id))!;
    const history = (await store.claimHistory(dhaka.id)).length;
    await expect(store.reviewClaim(dhaka.id, { status: 'edited', reviewer: 'ana', changes: { placeName: 'Xyzzyqx' } })).rejects.toThrow(
      new InvalidInputError("no place called 'Xyzzyqx' in the gazetteer; check the spelling or leave the place empty"),
    );
    expect(await store.getClaim(dhaka.id)).toEqual(before);
    expect(await store.claimHistory(dhaka.id)).toHaveLength(history);
  });

  it('clears every place column when the place is cleared', async () => {
    const cleared = await store.reviewClaim(karachi.id, { status: 'edited', reviewer: 'ana', changes: { placeName: null } });
    expect(cleared.place).toBeNull();
    expect(Object.values((await placeColumns(karachi.id))!)).toEqual([null, null, null, null, null, null, null, null]);
    expect((await store.listPlaces({ crisis: 'Review test' })).some((p) => p.countryCode === 'PK')).toBe(false);
  });

  it('keeps low <= estimate <= high and whole counts, and stores nothing inconsistent', async () => {
    const claim = (await store.getClaim(dhaka.id))!;
    const history = (await store.claimHistory(dhaka.id)).length;
    const refused: Array<[Parameters<Store['reviewClaim']>[1]['changes'], RegExp]> = [
      [{ low: 500, high: 100 }, /low \(500\) is above high \(100\)/],
      [{ estimate: 4 }, /estimate \(4\) is above high \(3\)/],
      [{ estimate: 2.5 }, /estimate must be a whole number/],
      [{ high: 1e308 }, /high must be at most/],
      [{ estimate: 2 ** 53 }, /estimate must be at most/],
      [{ low: -5 }, /low must be 0 or more/],
      [{ low: 10, high: 20, estimate: 30 }, /estimate \(30\) is above high \(20\)/],
      [{ asOf: '2019-02-31' }, /asOf "2019-02-31" is not a calendar date/],
      [{}, /changes nothing/],
      [{ low: claim.low, estimate: claim.estimate }, /changes nothing/],
    ];
    for (const [changes, message] of refused) {
      await expect(store.reviewClaim(dhaka.id, { status: 'edited', reviewer: 'ana', changes })).rejects.toThrow(message);
      await expect(store.reviewClaim(dhaka.id, { status: 'edited', reviewer: 'ana', changes })).rejects.toBeInstanceOf(InvalidInputError);
    }
    expect(await store.getClaim(dhaka.id)).toEqual(claim);
    expect(await store.claimHistory(dhaka.id)).toHaveLength(history);
    // A valid range is kept; a leap day is a date.
    const ok = await store.reviewClaim(dhaka.id, { status: 'edited', reviewer: 'ana', changes: { low: 3, high: 5, asOf: '2024-02-29' } });
    expect(ok).toMatchObject({ low: 3, high: 5, estimate: 3, asOf: '2024-02-29' });
    // Restating the values on accept is an accept.
    const accepted = await store.reviewClaim(dhaka.id, { status: 'accepted', reviewer: 'ana', changes: { low: 3 } });
    expect(accepted.reviewStatus).toBe('accepted');
  });

  it('refuses a review made on a stale version of the claim (optimistic concurrency)', async () => {
    const injured = (await store.listClaims({ crisis: 'Review test', category: 'injured' })).items[0]!;
    expect(injured.version).toBe(1);
    const first = await store.reviewClaim(injured.id, { status: 'edited', reviewer: 'ana', version: 1, changes: { low: 41, high: 41 } });
    expect(first).toMatchObject({ low: 41, version: 2 });
    // Ben opened the claim at version 1 too: his edit would silently undo Ana's.
    const stale = store.reviewClaim(injured.id, { status: 'edited', reviewer: 'ben', version: 1, changes: { low: 45, high: 45 } });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(store.reviewClaim(injured.id, { status: 'accepted', reviewer: 'ben', version: 1 })).rejects.toThrow(
      /^this claim was changed by ana at \d{4}-\d\d-\d\d \d\d:\d\d UTC; reload it and apply your edit again$/,
    );
    expect(await store.getClaim(injured.id)).toMatchObject({ low: 41, version: 2, reviewStatus: 'edited' });
    // On the current version it goes through; a script that sends no version is not checked.
    expect(await store.reviewClaim(injured.id, { status: 'edited', reviewer: 'ben', version: 2, changes: { low: 45, high: 45 } })).toMatchObject({
      low: 45,
      version: 3,
    });
    expect(await store.reviewClaim(injured.id, { status: 'accepted', reviewer: 'script' })).toMatchObject({ version: 4 });
    // Three reviewers save at once on the same version: one wins, the others are told.
    const results = await Promise.allSettled(
      [1, 2, 3].map((i) => store.reviewClaim(injured.id, { status: 'edited', reviewer: `racer ${i}`, version: 4, changes: { low: 50 + i, high: 50 + i } })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([
      expect.any(ConflictError),
      expect.any(ConflictError),
    ]);
    expect((await store.claimHistory(injured.id)).length).toBe(4);
  });
});
