/**
 * The review panel, the map and the error page in Chromium (headless, playwright-core) over the
 * real server: strings from documents and reviews show as text on the map, a stale edit is
 * refused with a reload, scope is edited and shown, messages are plain.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Store, StoredClaim } from '../../src/store/index.js';
import { haveChromium, startHarness, type Harness } from './harness.js';

const CRISIS = 'Review UI test';
const REPORT =
  'Police said 3 people were killed in Dhaka on Monday, July 22. "We have never seen so many wounded," said Dr Karim, a surgeon at Dhaka Medical College. At least 40 people were injured, doctors said.';
const MOSUL = 'At least 4 people were killed in Mosul on Friday, police said.';
/** A place name as reviews stored it before places were geocoded: any text, markup included. */
const HOSTILE_NAME = '<img src="x" id="injected-img"><a id="injected-link" href="https://evil.example/">Session expired, sign in</a>';
/** A source name as an analyst or a document may write it: markup is text. */
const HOSTILE_SOURCE = '<img src="x" id="injected-source-img">Mosul police';

describe.skipIf(!haveChromium())('review, map and errors in Chromium', () => {
  let h: Harness;
  let store: Store;
  let page: Page;
  let killed: StoredClaim;
  let injured: StoredClaim;
  let documentId: number;
  let mosulId: number;
  let pageErrors: string[];

  beforeAll(async () => {
    h = await startHarness('review', {
      seed: async (s) => {
        documentId = (await s.ingestReport({ raw: REPORT, origin: 'dhaka.txt' }, extract({ text: REPORT, published: '2024-07-23' }), { crisis: CRISIS }))
          .documentId;
        const mosul = await s.ingestReport({ raw: MOSUL, origin: 'mosul.txt' }, extract({ text: MOSUL, published: '2019-11-01' }), { crisis: CRISIS });
        mosulId = mosul.documentId;
        killed = (await s.listClaims({ documentId, category: 'killed' })).items[0]!;
        injured = (await s.listClaims({ documentId, category: 'injured' })).items[0]!;
        await s.db.query('UPDATE claims SET place_name = $1 WHERE document_id = $2', [HOSTILE_NAME, mosul.documentId]);
        // Mosul's figure as a local one (the place's own count) from a source of its own: the map's
        // panel lists it under the place.
        const { rows } = await s.db.query<{ id: number }>("INSERT INTO sources (name, type) VALUES ($1, 'official') RETURNING id", [HOSTILE_SOURCE]);
        await s.db.query("UPDATE claims SET scope = 'local', source_id = $1 WHERE document_id = $2", [rows[0]!.id, mosul.documentId]);
      },
    });
    ({ store, page, pageErrors } = h);
  });

  afterAll(async () => {
    await h?.close();
  });

  const open = (hash: string) => h.open(hash);

  it('shows a place name holding markup as text in the map tooltip, injecting no element', async () => {
    await open(`/map?crisis=${encodeURIComponent(CRISIS)}`);
    const markers = page.locator('.tally-marker');
    await expect.poll(() => markers.count()).toBeGreaterThanOrEqual(2);
    const shown: string[] = [];
    for (let i = 0; i < (await markers.count()); i++) {
      await markers.nth(i).dispatchEvent('mouseover');
      await expect.poll(() => page.locator('.leaflet-tooltip').count()).toBeGreaterThan(0);
      shown.push(...(await page.locator('.leaflet-tooltip').allTextContents()));
    }
    expect(shown.join('\n')).toContain(`${HOSTILE_NAME}: 4 (1 claim)`);
    expect(await page.locator('#injected-img, #injected-link, .leaflet-tooltip img, .leaflet-tooltip a').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("lists each source's latest figure for a clicked place, as text", async () => {
    await open(`/map?crisis=${encodeURIComponent(CRISIS)}`);
    // Mosul's marker.
    const mosulPlace = (await store.listClaims({ documentId: mosulId })).items[0]!.place!.id;
    const marker = page.locator(`[data-place-id="${mosulPlace}"]`);
    await expect.poll(() => marker.count()).toBe(1);
    await marker.click({ force: true });
    const panel = page.getByTestId('place-sources');
    await expect.poll(() => panel.textContent()).toContain(`at least 4 · ${HOSTILE_SOURCE} · as of`);
    expect(await page.locator('#injected-source-img, [data-testid="place-sources"] img').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('refuses an edit made on a stale claim and reloads it on request', async () => {
    await open(`/documents/${documentId}?claim=${injured.id}`);
    const panel = page.getByTestId('review-panel');
    await panel.waitFor();
    await page.getByTestId('review-reviewer').fill('Browser reviewer');
    await page.getByTestId('review-edit').click();
    // Meanwhile another reviewer changes the claim.
    await store.reviewClaim(injured.id, { status: 'edited', reviewer: 'Other reviewer', changes: { low: 41, high: 41 } });
    await page.getByTestId('edit-who').fill('protesters');
    await page.getByTestId('review-save').click();
    const error = panel.getByTestId('error');
    await expect.poll(() => error.textContent()).toMatch(/^This claim was changed by Other reviewer at .+ UTC; reload it and apply your edit again/);
    expect(await error.textContent()).not.toMatch(/Something went wrong|Try again/);
    expect((await store.getClaim(injured.id))?.who).not.toBe('protesters');
    await page.getByTestId('review-reload').click();
    await expect.poll(() => panel.locator('.claim-summary').textContent()).toContain('41');
    expect(await panel.getByTestId('error').count()).toBe(0);
    // The edit made again on the current version goes through.
    await page.getByTestId('edit-who').fill('protesters');
    await page.getByTestId('review-save').click();
    await expect.poll(async () => (await store.getClaim(injured.id))?.who).toBe('protesters');
    expect((await store.getClaim(injured.id))?.low).toBe(41);
  });

  it('edits the scope and the revision and shows them in the claim list; an unknown place is said plainly', async () => {
    await open(`/documents/${documentId}?claim=${killed.id}`);
    const panel = page.getByTestId('review-panel');
    await panel.waitFor();
    await page.getByTestId('review-reviewer').fill('Browser reviewer');
    await page.getByTestId('review-edit').click();
    expect(await page.getByTestId('edit-scope').locator('option').allTextContents()).toEqual([
      expect.stringMatching(/^total: /),
      expect.stringMatching(/^local: /),
      expect.stringMatching(/^part: /),
      expect.stringMatching(/^new: /),
    ]);
    // Another scope than the extracted one ("on Monday": one day's count, so `new`).
    const scope = (await store.getClaim(killed.id))!.scope === 'new' ? 'total' : 'new';
    await page.getByTestId('edit-scope').selectOption(scope);
    await page.getByTestId('review-save').click();
    await expect.poll(async () => (await store.getClaim(killed.id))?.scope).toBe(scope);
    await expect.poll(() => page.getByTestId(`claim-scope-${killed.id}`).textContent()).toBe(scope);

    // A revision set in review shows in the reader beside the scope, and clears again.
    await page.getByTestId('review-edit').click();
    await page.getByTestId('edit-revision').selectOption('down');
    await page.getByTestId('review-save').click();
    await expect.poll(async () => (await store.getClaim(killed.id))?.revision).toBe('down');
    await expect.poll(() => page.getByTestId(`claim-revision-${killed.id}`).textContent()).toBe('revised down');
    await page.getByTestId('review-edit').click();
    await page.getByTestId('edit-revision').selectOption('');
    await page.getByTestId('review-save').click();
    await expect.poll(async () => (await store.getClaim(killed.id))?.revision).toBeNull();

    await page.getByTestId('review-edit').click();
    await page.getByTestId('edit-placeName').fill('Xyzzyqx');
    await page.getByTestId('review-save').click();
    await expect
      .poll(() => panel.getByTestId('error').textContent())
      .toBe("No place called 'Xyzzyqx' in the gazetteer; check the spelling or leave the place empty");
    await page.getByTestId('edit-placeName').fill('Narayanganj');
    await page.getByTestId('review-save').click();
    // (Poll the name: the claim's place was a city, Dhaka, before the edit, so its precision alone says nothing.)
    await expect.poll(async () => (await store.getClaim(killed.id))?.place?.name).toBe('Nārāyanganj');
    expect((await store.getClaim(killed.id))?.place?.precision).toBe('city');
  });

  it('shows quotes with one pair of quotation marks', async () => {
    await open(`/documents/${documentId}`);
    const quotes = page.locator('details.items', { hasText: 'Quotes (' });
    await expect.poll(() => quotes.textContent()).toContain('“We have never seen so many wounded,”');
    expect(await quotes.textContent()).not.toMatch(/[“"]{2}|[”"]{2}/);
  });

  it('says a missing document plainly, with a way back and no "Try again"', async () => {
    await open('/documents/99999');
    const error = page.getByTestId('error');
    await expect.poll(() => error.textContent()).toContain('Document 99999 does not exist');
    expect(await error.textContent()).not.toContain('Something went wrong');
    expect(await error.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(await error.getByRole('link', { name: '← All documents' }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
