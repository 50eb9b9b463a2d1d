/**
 * The revision protocol (src/store/revisions.ts): every public write of the Store moves the
 * revisions the caches compare, the store's for every write, a crisis's when its tally's inputs
 * change and a document's claims version when its claims do, and leaves the others as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { addUser, updateUser } from '../../src/store/accounts.js';
import { pinHeadline, unpinHeadline } from '../../src/store/headline-pins.js';
import { setCrisisAccess } from '../../src/store/visibility.js';
import type { Store } from '../../src/store/index.js';
import { backends } from './backends.js';

const doc = (text: string) => ({ input: { raw: text }, report: extract({ text, published: '2022-01-08' }) });
const MINISTRY = doc('At least 26 protesters were killed in the unrest, the Interior Ministry said on Saturday.');
const HRW = doc('Human Rights Watch said at least 40 people have been killed in the unrest so far.');
const AMNESTY = doc('Amnesty International said 12 people were killed and 30 were injured in Almaty on Sunday.');
const LATER = doc('The Interior Ministry said 35 people were killed in the unrest, according to state media.');
const LOOSE = doc('Officials said 3 people were injured in a separate incident, the Red Crescent said.');
const OTHER = doc('Human Rights Watch said 50 people were detained in the capital on Monday.');

describe.each(backends)('revisions on $name', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
    ids.ministry = (await store.ingestReport(MINISTRY.input, MINISTRY.report, { crisis: 'A' })).documentId;
    ids.hrw = (await store.ingestReport(HRW.input, HRW.report, { crisis: 'A' })).documentId;
    ids.amnesty = (await store.ingestReport(AMNESTY.input, AMNESTY.report, { crisis: 'B' })).documentId;
  });
  afterAll(async () => cleanup?.());

  /** Every revision a cache compares: the store's, each crisis's, each crisis document's claims version. */
  async function revisions(): Promise<Map<string, string | number>> {
    const out = new Map<string, string | number>([['store', await store.revision()]]);
    for (const c of await store.listCrises()) {
      out.set(`crisis ${c.name}`, await store.crisisRevision(c.id));
      for (const d of await store.crisisDocuments(c.id)) out.set(`${c.name}/${docName(d.id)}`, d.claimsVersion);
    }
    return out;
  }
  const docName = (id: number) => Object.keys(ids).find((k) => ids[k] === id) ?? String(id);

  /** The revisions `write` moved (a crisis or membership it created counts as moved). */
  async function moved(write: () => Promise<unknown>): Promise<string[]> {
    const before = await revisions();
    await write();
    const after = await revisions();
    return [...after]
      .filter(([k, v]) => before.get(k) !== v)
      .map(([k]) => k)
      .sort();
  }

  it('moves the right revisions for every write, and no others', async () => {
    // Documents.
    expect(await moved(async () => (ids.later = (await store.ingestReport(LATER.input, LATER.report, { crisis: 'A' })).documentId))).toEqual([
      'A/later',
      'crisis A',
      'store',
    ]);
    expect(await moved(() => store.ingestReport(LATER.input, LATER.report, { crisis: 'A' }))).toEqual([]);
    expect(await moved(async () => (ids.loose = (await store.ingestReport(LOOSE.input, LOOSE.report)).documentId))).toEqual(['store']);
    expect(
      await moved(async () => {
        const [other] = await store.ingestReports([
          { ...OTHER, crisis: 'B' },
          { ...LOOSE, crisis: 'B' },
        ]);
        ids.other = other!.documentId;
      }),
    ).toEqual(['B/loose', 'B/other', 'crisis B', 'store']);
    expect(await moved(() => store.ingestReports([]))).toEqual([]);

    // Crises.
    expect(await moved(() => store.addToCrisis('B', [ids.ministry!]))).toEqual(['B/ministry', 'crisis B', 'store']);
    expect(await moved(() => store.addToCrisis('B', [ids.ministry!]))).toEqual([]);
    expect(await moved(() => store.createCrisis({ name: 'C' }))).toEqual(['crisis C', 'store']);
    expect(await moved(() => store.createCrisis({ name: 'A', startDate: '2022-01-02' }))).toEqual(['crisis A', 'store']);

    // Reviews: the claim's document in each crisis it is in.
    const claim = (await store.listClaims({ documentId: ids.ministry })).items[0]!;
    expect(await moved(() => store.reviewClaim(claim.id, { status: 'edited', reviewer: 'test', changes: { low: 27 } }))).toEqual([
      'A/ministry',
      'B/ministry',
      'crisis A',
      'crisis B',
      'store',
    ]);

    // Sources: every crisis (names and types decide grouping), and the documents whose claims moved.
    const hrw = (await store.findSource('Human Rights Watch'))!;
    expect(await moved(() => store.updateSource(hrw.id, { type: 'independent' }))).toEqual(['crisis A', 'crisis B', 'crisis C', 'store']);
    expect(await moved(() => store.mergeSources('Amnesty International', 'Human Rights Watch', 'test'))).toEqual([
      'B/amnesty',
      'crisis A',
      'crisis B',
      'crisis C',
      'store',
    ]);
    expect(await moved(() => store.splitSource('Human Rights Watch', 'Amnesty International', 'test'))).toEqual([
      'B/amnesty',
      'crisis A',
      'crisis B',
      'crisis C',
      'store',
    ]);
    const amnesty = (await store.findSource('Amnesty International'))!;
    expect(await moved(() => store.updateSource(hrw.id, { aliases: ['Amnesty International'], merge: true, editor: 'test' }))).toEqual([
      'B/amnesty',
      'crisis A',
      'crisis B',
      'crisis C',
      'store',
    ]);
    expect(amnesty.id).not.toBe(hrw.id);

    // Pins: the tally reads them on every request, so only kept API answers are renewed.
    const killed = (await store.listClaims({ crisis: 'A', category: 'killed', source: 'Interior Ministry' })).items[0]!;
    expect(await moved(() => pinHeadline(store, { crisis: 'A', category: 'killed', claimId: killed.id, by: 'test' }))).toEqual(['store']);
    expect(await moved(() => unpinHeadline(store, 'A', 'killed', 'test'))).toEqual(['store']);

    // Accounts change kept API answers only; a crisis's access is an edit of that crisis.
    expect(await moved(() => addUser(store.db, { name: 'reader', password: 'a long enough secret', role: 'viewer' }, 'test'))).toEqual(['store']);
    expect(await moved(() => updateUser(store.db, 'reader', { role: 'analyst' }, 'test'))).toEqual(['store']);
    expect(await moved(() => setCrisisAccess(store.db, 'C', { private: true, members: ['reader'] }, 'test'))).toEqual(['crisis C', 'store']);
  });
});
