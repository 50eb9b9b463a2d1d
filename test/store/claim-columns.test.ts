/**
 * The claim-column table (src/store/claim-columns.ts) generates the insert, the StoredClaim
 * select and mapping, the tally's JSON tuple and the review record: a claim with every field set
 * comes back the same through each of them, and the table's columns are the database's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CountClaim, Report } from '../../src/domain.js';
import { extract } from '../../src/extract/index.js';
import { CLAIM_TABLE_COLUMNS, claimRecord } from '../../src/store/claim-columns.js';
import type { Store } from '../../src/store/index.js';
import { backends } from './backends.js';

const TEXT =
  'Dhaka, 4 March 2020. Perhaps between 12 and 30 garment workers were injured so far in Savar, the Regional Health Office said, as carried by two wires.';
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });

/** Every field set, and none to its column's default. */
const CLAIM: CountClaim = {
  category: 'injured',
  low: 12,
  high: 30,
  estimate: 12,
  qualifier: 'at_least',
  hedged: true,
  who: 'garment workers',
  source: { name: 'Regional Health Office', via: ['Wire One', 'Wire Two'] },
  place: {
    id: 'test-savar',
    name: 'Savar',
    precision: 'city',
    countryCode: 'BD',
    countryName: 'Bangladesh',
    admin1: 'Dhaka Division',
    lat: 23.858,
    lon: 90.266,
  },
  asOf: '2020-03-04',
  cumulative: true,
  scope: 'local',
  revision: 'correction',
  span: span('between 12 and 30 garment workers were injured'),
};

/** The extracted claim's own fields (what every reading must give back unchanged). */
const OWN = ['category', 'low', 'high', 'estimate', 'qualifier', 'hedged', 'who', 'place', 'asOf', 'cumulative', 'scope', 'revision', 'span'] as const;

describe.each(backends)('claim columns on $name', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let id: number;
  let documentId: number;
  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
    const extracted = extract({ text: TEXT, published: '2020-03-05' });
    const report: Report = { ...extracted, claims: [CLAIM] };
    ({ documentId } = await store.ingestReport({ raw: TEXT, url: 'https://example.org/savar', publisher: 'Example News' }, report, { crisis: 'Columns' }));
    id = (await store.listClaims({ documentId })).items[0]!.id;
  });
  afterAll(async () => cleanup?.());

  it('reads a claim back the same through listClaims, getClaim and claimsForTally', async () => {
    const listed = (await store.listClaims({ documentId })).items;
    expect(listed).toHaveLength(1);
    const got = (await store.getClaim(id))!;
    expect(got).toEqual(listed[0]);
    for (const field of OWN) expect(got[field], field).toEqual(CLAIM[field]);
    const source = (await store.findSource('Regional Health Office'))!;
    expect(got).toMatchObject({
      id,
      documentId,
      source: CLAIM.source,
      sourceType: source.type,
      sourceReliability: source.reliability,
      reviewStatus: 'unreviewed',
      version: 1,
      documentTitle: (await store.getDocument(documentId))!.title,
      documentUrl: 'https://example.org/savar',
      published: '2020-03-05',
      timePrecision: 1,
    });

    const crisis = (await store.getCrisis('Columns'))!;
    const [tally] = await store.claimsForTally(crisis.id);
    for (const field of OWN) expect(tally![field], field).toEqual(CLAIM[field]);
    expect(tally).toEqual({
      ...Object.fromEntries(OWN.map((f) => [f, CLAIM[f]])),
      id,
      documentId,
      sourceId: source.id,
      via: CLAIM.source!.via,
      sourceRole: CLAIM.source!.role ?? null,
      reviewStatus: 'unreviewed',
    });
  });

  it('records the same values in the review history as the claim holds', async () => {
    const before = (await store.getClaim(id))!;
    const after = await store.reviewClaim(id, { status: 'edited', reviewer: 'test', changes: { who: 'workers', via: ['Wire Three'] } });
    const [record] = await store.claimHistory(id);
    const expected = {
      category: 'injured',
      low: 12,
      high: 30,
      estimate: 12,
      qualifier: 'at_least',
      hedged: true,
      who: 'garment workers',
      source: 'Regional Health Office',
      via: ['Wire One', 'Wire Two'],
      placeName: 'Savar',
      asOf: '2020-03-04',
      cumulative: true,
      scope: 'local',
      revision: 'correction',
      reviewStatus: 'unreviewed',
    };
    expect(record!.before).toEqual(expected);
    expect(record!.before).toEqual(claimRecord(before));
    expect(record!.after).toEqual({ ...expected, who: 'workers', via: ['Wire Three'], reviewStatus: 'edited' });
    expect(after.version).toBe(2);
  });

  it('edits the revision in a review, read back by every reader and recorded before and after', async () => {
    const crisis = (await store.getCrisis('Columns'))!;
    const down = await store.reviewClaim(id, { status: 'edited', reviewer: 'test', changes: { revision: 'down' } });
    expect(down.revision).toBe('down');
    expect((await store.claimsForTally(crisis.id))[0]!.revision).toBe('down');
    const none = await store.reviewClaim(id, { status: 'edited', reviewer: 'test', changes: { revision: null } });
    expect(none.revision).toBeNull();
    expect((await store.getClaim(id))!.revision).toBeNull();
    expect((await store.claimsForTally(crisis.id))[0]!.revision).toBeNull();
    const [first, last] = (await store.claimHistory(id)).slice(-2);
    expect([first!.before.revision, first!.after.revision, last!.after.revision]).toEqual(['correction', 'down', null]);
  });

  it('names every column of the claims table with the type the migrations give it', async () => {
    const { rows } = await store.db.query<{ column_name: string; data_type: string; udt_name: string }>(
      "SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_name = 'claims' AND table_schema = current_schema()",
    );
    const inDb = new Map(rows.map((r) => [r.column_name, r.data_type === 'ARRAY' ? `${r.udt_name.slice(1)}[]` : r.data_type]));
    for (const c of CLAIM_TABLE_COLUMNS) expect(inDb.get(c.name), c.name).toBe(c.type);
    // The review's own bookkeeping is the only part of a claim's row that is not a claim field.
    const named = new Set(CLAIM_TABLE_COLUMNS.map((c) => c.name));
    expect([...inDb.keys()].filter((c) => !named.has(c)).sort()).toEqual(['reviewed_at', 'reviewer']);
  });
});
