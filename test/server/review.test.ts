/**
 * Reviews over HTTP: every bad value is a 400 naming the field and what to change (never a 500
 * or a stored inconsistent claim), a place edit moves the claim on the map and in exports, and
 * an edit made on a stale version is a 409.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { createApp } from '../../src/server/app.js';
import type { Store, StoredClaim } from '../../src/store/index.js';
import { backends } from '../store/backends.js';

const REPORT = 'Police said 3 people were killed in Dhaka on Monday, July 22. Doctors said 40 people were injured in the capital.';
const CRISIS = 'Review API test';

describe.each(backends)('review API on $name', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let app: ReturnType<typeof createApp>;
  let killed: StoredClaim;

  // Opening a store can take minutes on a loaded 2-core machine: no tight limit.
  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
    await store.ingestReport({ raw: REPORT, origin: 'dhaka.txt' }, extract({ text: REPORT, published: '2024-07-23' }), { crisis: CRISIS });
    killed = (await store.listClaims({ crisis: CRISIS, category: 'killed' })).items[0]!;
    // Login-free on both stores: test/server/auth.test.ts covers logins and roles.
    app = createApp({ store, loginRequired: false });
  }, 600_000);
  afterAll(async () => cleanup?.());

  const review = (id: number, body: unknown) =>
    app.request(`/api/claims/${id}/review`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const claim = async (id: number) => ((await (await app.request(`/api/claims/${id}`)).json()) as { claim: StoredClaim }).claim;

  it('answers each bad value with a 400 naming the field and what to change', async () => {
    const before = await claim(killed.id);
    // Raw JSON: a literal beyond 2^53 must reach the server as written.
    const cases: Array<[string, RegExp]> = [
      ['{"high":1e308}', /changes\.high: must be at most 10,000,000,000/],
      ['{"estimate":2.5}', /changes\.estimate: must be a whole number of people, not 2\.5/],
      ['{"estimate":9007199254740993}', /changes\.estimate: must be at most 10,000,000,000/],
      ['{"low":-5}', /changes\.low: must be 0 or more, not -5/],
      ['{"asOf":"2019-02-31"}', /changes\.asOf: "2019-02-31" is not a calendar date: give one like 2019-12-04/],
      ['{"low":500,"high":100}', /changes\.low: 500 is above high \(100\): make low the smaller bound/],
      ['{}', /changes: an edit needs at least one changed field/],
      // Consistent in itself, not with the stored claim: the store refuses it.
      ['{"estimate":4}', /estimate \(4\) is above high \(3\)/],
    ];
    for (const [changes, message] of cases) {
      const res = await app.request(`/api/claims/${killed.id}/review`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"status":"edited","reviewer":"probe","changes":${changes}}`,
      });
      const body = (await res.json()) as { error: string };
      expect([changes, res.status]).toEqual([changes, 400]);
      expect(body.error).toMatch(message);
      expect(body.error).not.toMatch(/internal|bigint|out of range/);
    }
    expect(await claim(killed.id)).toEqual(before);
  });

  it('moves a claim to the place a review names, on the map and in the CSV export', async () => {
    const res = await review(killed.id, { status: 'edited', reviewer: 'ana', changes: { placeName: 'Narayanganj' }, version: killed.version });
    expect(res.status).toBe(200);
    const moved = ((await res.json()) as { claim: StoredClaim }).claim;
    expect(moved.place).toMatchObject({ name: 'Nārāyanganj', precision: 'city', countryCode: 'BD' });
    expect(moved.place!.id).not.toBe(killed.place!.id);
    const places = (await (await app.request(`/api/places?crisis=${encodeURIComponent(CRISIS)}`)).json()) as {
      items: Array<{ placeId: string; name: string }>;
    };
    expect(places.items.map((p) => p.name)).toContain('Nārāyanganj');
    const csv = await (await app.request(`/api/export?format=csv&crisis=${encodeURIComponent(CRISIS)}&category=killed`)).text();
    expect(csv).toContain(`Nārāyanganj,${moved.place!.lat},${moved.place!.lon},1,killed`);

    const unknown = await review(killed.id, { status: 'edited', reviewer: 'ana', changes: { placeName: 'Xyz' } });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toBe("no place called 'Xyz' in the gazetteer; check the spelling or leave the place empty");
  });

  it('refuses an edit made on a stale version with 409 and says what to do', async () => {
    const injured = (await store.listClaims({ crisis: CRISIS, category: 'injured' })).items[0]!;
    const seen = await claim(injured.id);
    const first = await review(injured.id, { status: 'edited', reviewer: 'Ana', changes: { low: 42, high: 42 }, version: seen.version });
    expect(first.status).toBe(200);
    const stale = await review(injured.id, { status: 'edited', reviewer: 'Ben', changes: { low: 50, high: 50 }, version: seen.version });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: string }).error).toMatch(/^this claim was changed by Ana at .+ UTC; reload it and apply your edit again$/);
    expect(await claim(injured.id)).toMatchObject({ low: 42, version: seen.version + 1 });
    // A script that sends no version is not checked.
    expect((await review(injured.id, { status: 'accepted', reviewer: 'script' })).status).toBe(200);
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(Object.keys(doc.paths['/api/claims/{id}/review']!.post!.responses)).toContain('409');
  });
});
