/** The review queue: unreviewed claims of a crisis in order of impact, with progress and each span's paragraph. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { paragraphAround, type Store } from '../../src/store/index.js';
import { backends } from './backends.js';

const CRISIS = 'Queue test crisis';
const REPORT = [
  'Clashes spread across the north.',
  'At least 40 people were killed in the protests, a rights group said. Police arrested 300 people.',
  'In a second incident, two people were injured.',
].join('\n\n');

describe('paragraphAround', () => {
  it('cuts the paragraph holding a span out of a window of text', () => {
    const text = 'First line.\n\nSecond, with the figure 12 here.\nThird.';
    const start = text.indexOf('12');
    expect(paragraphAround(text, 0, { start, end: start + 2, text: '12' })).toEqual({ start: 13, text: 'Second, with the figure 12 here.' });
    // The window may start inside the text: offsets stay the document's.
    expect(paragraphAround(text.slice(5), 5, { start, end: start + 2, text: '12' })).toEqual({ start: 13, text: 'Second, with the figure 12 here.' });
  });
});

describe.each(backends)('review queue on $name', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let ids: number[];
  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
    await store.ingestReport({ raw: REPORT, origin: 'queue.txt' }, extract({ text: REPORT, published: '2024-05-02' }), { crisis: CRISIS });
    await store.ingestReport(
      { raw: 'Elsewhere 9 people were killed.', origin: 'other.txt' },
      extract({ text: 'Elsewhere 9 people were killed.', published: '2024-05-02' }),
      { crisis: 'Another crisis' },
    );
    ids = (await store.listClaims({ crisis: CRISIS }, { sort: 'id', order: 'asc' })).items.map((c) => c.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
  });
  afterAll(async () => cleanup?.());

  it('puts the claims behind a headline first, then latest figures, then the largest', async () => {
    const smallest = (await store.listClaims({ crisis: CRISIS }, { sort: 'estimate', order: 'asc', limit: 1 })).items[0]!;
    const other = ids.find((id) => id !== smallest.id)!;
    const q = await store.reviewQueue(CRISIS, { first: [smallest.id], next: [other] }, { limit: 50 });
    expect(q.items.map((i) => i.claim.id).slice(0, 2)).toEqual([smallest.id, other]);
    expect(q.items.map((i) => i.reason).slice(0, 3)).toEqual(['headline', 'latest', 'figure']);
    const rest = q.items.slice(2).map((i) => i.claim.estimate);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    // Only this crisis's claims.
    expect(q.items).toHaveLength(ids.length);
    expect(q).toMatchObject({ crisis: CRISIS, total: ids.length, reviewed: 0, remaining: ids.length });
  });

  it('shows each span in its paragraph', async () => {
    const q = await store.reviewQueue(CRISIS, { first: [], next: [] }, { limit: 50 });
    for (const { claim, paragraph } of q.items) {
      expect(paragraph.text.includes('\n')).toBe(false);
      expect(paragraph.text.slice(claim.span.start - paragraph.start, claim.span.end - paragraph.start)).toBe(claim.span.text);
    }
    const killed = q.items.find((i) => i.claim.category === 'killed')!;
    expect(killed.paragraph.text).toBe('At least 40 people were killed in the protests, a rights group said. Police arrested 300 people.');
  });

  it('drops reviewed claims, counts them as progress, and skips by offset', async () => {
    const before = await store.reviewQueue(CRISIS, { first: [], next: [] }, { limit: 50 });
    const [first, second] = before.items;
    await store.reviewClaim(first!.claim.id, { status: 'accepted', reviewer: 'analyst' });
    const after = await store.reviewQueue(CRISIS, { first: [], next: [] });
    expect(after.items[0]!.claim.id).toBe(second!.claim.id);
    expect(after).toMatchObject({ reviewed: 1, remaining: ids.length - 1 });
    const skipped = await store.reviewQueue(CRISIS, { first: [], next: [] }, { offset: 1 });
    expect(skipped.items[0]!.claim.id).toBe(before.items[2]!.claim.id);
    const category = await store.reviewQueue(CRISIS, { first: [], next: [] }, { category: 'detained', limit: 50 });
    expect(category.items.every((i) => i.claim.category === 'detained')).toBe(true);
    expect(category.remaining).toBe(category.items.length);
    expect(category.total).toBe(category.items.length + category.reviewed);
  });

  it('refuses an unknown crisis', async () => {
    await expect(store.reviewQueue('No such crisis', { first: [], next: [] })).rejects.toThrow(/no crisis called/);
  });
});
