/**
 * Revisions over HTTP: a claim carries its revision on the wire (checked with the API's own
 * schemas), a review sets or clears it (an unknown value is a 400), the tally's figures carry it
 * and the headline's reason names a source's own downward revision, and exports hold its column.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { createApp } from '../../src/server/app.js';
import { ClaimPage, ClaimWithHistory, CrisisTally } from '../../src/server/schemas.js';
import type { Store } from '../../src/store/index.js';
import { backends } from '../store/backends.js';

const CRISIS = 'Revision API test';
const EARLIER = 'The Civil Protection Directorate said 240 people were killed in the floods by Monday, June 12, 2023.';
const REVISED = 'The Civil Protection Directorate revised the flood death toll down to 205 on Tuesday, June 13, 2023, citing errors in hospital records.';

describe.each(backends)('revisions over the API on $name', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
    await store.ingestReport({ raw: EARLIER, origin: 'earlier.txt' }, extract({ text: EARLIER, published: '2023-06-12' }), { crisis: CRISIS });
    await store.ingestReport({ raw: REVISED, origin: 'revised.txt' }, extract({ text: REVISED, published: '2023-06-13' }), { crisis: CRISIS });
    app = createApp({ store, loginRequired: false });
  }, 600_000);
  afterAll(async () => cleanup?.());

  const json = async (path: string, init?: RequestInit) => (await app.request(path, init)).json();
  const review = (id: number, body: unknown) =>
    app.request(`/api/claims/${id}/review`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const tally = async () => CrisisTally.parse(await json(`/api/tally?crisis=${encodeURIComponent(CRISIS)}&category=killed`)).categories[0]!;

  it('sends the revision with each claim, and the headline names the revision', async () => {
    const page = ClaimPage.parse(await json(`/api/claims?crisis=${encodeURIComponent(CRISIS)}&category=killed`));
    expect(page.items.map((c) => [c.estimate, c.revision]).sort()).toEqual([
      [205, 'down'],
      [240, null],
    ]);
    const t = await tally();
    expect(t.conservative).toMatchObject({ estimate: 205, disagreement: null });
    expect(t.conservative!.reason).toMatch(/revised down by .*Civil Protection Directorate on 13 Jun 2023 from its 240 of 12 Jun 2023/);
    expect(t.sources[0]!.figures.map((f) => f.revision)).toEqual([null, 'down']);
    expect(t.flags.filter((f) => f.kind === 'decreasing')).toEqual([]);
  });

  it('sets and clears the revision in a review; an unmarked fall is flagged again', async () => {
    const page = ClaimPage.parse(await json(`/api/claims?crisis=${encodeURIComponent(CRISIS)}&category=killed`));
    const revised = page.items.find((c) => c.revision === 'down')!;
    const bad = await review(revised.id, { status: 'edited', reviewer: 'Ana', changes: { revision: 'sideways' } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/revision/);

    const cleared = await review(revised.id, { status: 'edited', reviewer: 'Ana', changes: { revision: null } });
    expect(cleared.status).toBe(200);
    const body = ClaimWithHistory.parse(await cleared.json());
    expect(body.claim.revision).toBeNull();
    expect(body.history.at(-1)).toMatchObject({ before: { revision: 'down' }, after: { revision: null } });
    const t = await tally();
    expect(t.conservative!.reason).not.toContain('revised');
    expect(t.flags.map((f) => f.kind)).toContain('decreasing');

    expect((await review(revised.id, { status: 'edited', reviewer: 'Ana', changes: { revision: 'correction' } })).status).toBe(200);
    expect((await tally()).conservative!.reason).toContain('revised down by');
  });

  it('exports the revision column', async () => {
    const csv = await (await app.request(`/api/export?format=csv&crisis=${encodeURIComponent(CRISIS)}&category=killed`)).text();
    const [header, ...rows] = csv.trim().split('\n');
    const at = header!.split(',').indexOf('revision');
    expect(at).toBeGreaterThan(0);
    expect(rows.map((r) => r.split(',')[at]).sort()).toEqual(['', 'correction']);
  });
});
