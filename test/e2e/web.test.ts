/**
 * End to end: the built web UI in Debian's Chromium (headless, driven by playwright-core) over
 * the real server and an embedded store loaded with the demo corpus. Saves the README's
 * dashboard, map and reader screenshots (docs/screenshots; those of a team server's review
 * queue and audit log come from scripts/screenshots.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/cli/demo.js';
import { extract } from '../../src/extract/index.js';
import type { Store } from '../../src/store/index.js';
import { haveChromium, SCREENSHOTS, startHarness, workQueueByKeyboard, type Harness } from './harness.js';

const IRAN = 'Iran protests 2019';

describe.skipIf(!haveChromium())('web UI in Chromium', () => {
  let h: Harness;
  let store: Store;
  let page: Page;
  let hostileId: number;
  let pageErrors: string[];

  beforeAll(async () => {
    h = await startHarness('web', {
      seed: async (s) => {
        await loadDemo(s);
        // A plain-text report that quotes markup: it must show as text and never run.
        const hostile =
          'Markup test. At least 4 people were killed in Mosul on Friday, police said.\n<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> <b onclick="window.__pwned = 3">bold</b>';
        hostileId = (
          await s.ingestReport({ raw: hostile, origin: 'hostile.txt' }, extract({ text: hostile, published: '2019-11-01' }), { crisis: 'Iraq protests 2019' })
        ).documentId;
      },
    });
    ({ store, page, pageErrors } = h);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await h?.close();
  });

  const open = (hash: string) => h.open(hash);

  it('shows the seed crisis figures on the dashboard', async () => {
    await open(`/dashboard?crisis=${encodeURIComponent(IRAN)}`);
    await expect.poll(() => page.getByTestId('figure-killed').textContent()).toContain('1,000');
    expect(await page.getByTestId('figure-detained').textContent()).toContain('12,000');
    // The README's picture: a crisis with many reports and sources.
    await open(`/dashboard?crisis=${encodeURIComponent('Bangladesh quota protests 2024')}`);
    await expect.poll(() => page.getByTestId('source-table').locator('tbody tr').count()).toBeGreaterThan(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('shows claims on the offline map and lists them on click', async () => {
    await open('/map?crisis=*');
    const markers = page.locator('.tally-marker');
    await expect.poll(() => markers.count()).toBeGreaterThan(1);
    // The basemap is drawn from the shipped TopoJSON: country shapes, no tiles.
    await expect.poll(() => page.locator('[data-testid="map"] path').count()).toBeGreaterThan(100);
    await page.screenshot({ path: join(SCREENSHOTS, 'map.png') });
    await markers.first().click({ force: true });
    await expect.poll(() => page.locator('a[href*="#/documents/"]').count()).toBeGreaterThan(0);
  });

  it('opens the seed document and goes from a claim to its span and back', async () => {
    const claims = await store.listClaims({ crisis: IRAN, category: 'detained' }, { limit: 1 });
    const claim = claims.items[0]!;
    await open(`/documents/${claim.documentId}`);
    const item = page.getByTestId(`claim-item-${claim.id}`);
    await item.click();
    const span = page.locator(`[data-claim-id="${claim.id}"]`).first();
    await expect.poll(() => span.getAttribute('class')).toContain('active');
    expect(await span.isVisible()).toBe(true);
    expect((await page.locator(`[data-claim-id="${claim.id}"]`).allTextContents()).join('')).toBe(claim.span.text);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader.png') });
    // And back: clicking another claim's span in the text selects its item.
    const other = (await store.listClaims({ documentId: claim.documentId, category: 'killed' }, { limit: 1 })).items[0]!;
    await page.locator(`[data-claim-id="${other.id}"]`).first().click();
    await expect.poll(() => page.getByTestId(`claim-item-${other.id}`).getAttribute('class')).toContain('active');
  });

  it('edits a claim and the tally changes after reload', async () => {
    // The opposition's firm death toll (not Trump's vague "thousands"), whoever it is attributed to.
    const killed = (await store.listClaims({ crisis: IRAN, category: 'killed' }, { limit: 50 })).items.find(
      (c) => c.qualifier !== 'vague' && c.estimate === 1000,
    )!;
    await open(`/documents/${killed.documentId}?claim=${killed.id}`);
    const panel = page.getByTestId('review-panel');
    await panel.waitFor();
    await page.getByTestId('review-reviewer').fill('E2E reviewer');
    await page.getByTestId('review-edit').click();
    await page.getByTestId('edit-low').fill('1500');
    await page.getByTestId('edit-high').fill('1500');
    await page.getByTestId('edit-estimate').fill('1500');
    await page.getByTestId('review-save').click();
    await expect.poll(async () => (await store.getClaim(killed.id))?.estimate).toBe(1500);
    await expect.poll(() => panel.textContent()).toContain('E2E reviewer');

    await open(`/dashboard?crisis=${encodeURIComponent(IRAN)}`);
    await page.reload();
    await page.waitForLoadState('networkidle');
    // The opposition now says 1,500: the headline follows it, with its reason; Trump's hedged, vague
    // "thousands" never heads while a firm total exists.
    await expect.poll(() => page.getByTestId('figure-killed').textContent()).toBe('1,500');
    expect(await page.getByTestId('reason-killed').textContent()).toContain(killed.source?.name ?? '');
    expect(await page.getByTestId('source-table').textContent()).toContain('not firm');

    // An analyst pins the other figure with a note; the card says who and why, until unpinned.
    await page.getByTestId('pin').first().click();
    const form = page.getByTestId('pin-form');
    await form.getByLabel('note').fill('checked against the transcript');
    await form.getByRole('button', { name: 'Pin' }).click();
    await expect.poll(() => page.getByTestId('reason-killed').textContent()).toContain('pinned by E2E reviewer: checked against the transcript');
    expect(await page.getByTestId('figure-killed').textContent()).toContain('1,000');
    await page.getByTestId('unpin').click();
    await expect.poll(() => page.getByTestId('figure-killed').textContent()).toBe('1,500');
  });

  it('ingests a pasted report and finds its claims', async () => {
    await open('/ingest');
    await page
      .getByTestId('ingest-text')
      .fill('At least 37 demonstrators were killed in Nasiriyah on Thursday, the Iraqi High Commission for Human Rights said.');
    await page.getByTestId('ingest-submit').click();
    const result = page.getByTestId('ingest-result');
    await expect.poll(() => result.textContent()).toMatch(/ingested/i);
    await result.locator('a[href*="#/documents/"]').first().click();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('[data-claim-id]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-claim-id]').first().textContent()).toContain('37');
  });

  it('uploads files one by one with their results, a bad file failing alone', async () => {
    await open('/ingest');
    await page.getByRole('tab', { name: 'Upload files' }).click();
    await page.getByTestId('ingest-files').setInputFiles([
      {
        name: 'basra.html',
        mimeType: 'text/html',
        buffer: Buffer.from(
          '<html><head><title>Basra</title></head><body><article><p>At least 14 protesters were killed in Basra on Monday, the Iraqi High Commission for Human Rights said.</p></article></body></html>',
        ),
      },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    const progress = page.getByTestId('ingest-progress');
    await expect.poll(() => progress.locator('li').count()).toBe(2);
    await expect.poll(() => progress.textContent()).toMatch(/basra\.html.*done.*1 new/s);
    await expect.poll(() => progress.textContent()).toMatch(/empty\.txt.*failed/s);
    const result = page.getByTestId('ingest-result');
    expect(await result.textContent()).toMatch(/empty\.txt/);
    await result.locator('a[href*="#/documents/"]').first().click();
    await expect.poll(() => page.locator('[data-claim-id]').first().textContent()).toContain('14');
  });

  it('works the review queue by keyboard: accept, skip, back, reject, edit', async () => {
    const crisis = 'Kazakhstan unrest 2022';
    await open(`/queue?crisis=${encodeURIComponent(crisis)}`);
    const progress = page.getByTestId('queue-progress');
    await expect.poll(() => progress.textContent()).toMatch(/0 of \d+ reviewed in Kazakhstan unrest 2022/);
    const current = async () => Number(await page.getByTestId('queue-claim').getAttribute('data-claim-id'));
    await page.getByTestId('review-reviewer').fill('Queue analyst');
    await page.getByTestId('review-reviewer').blur();
    // The paragraph shows the span marked.
    const first = await current();
    const claim = (await store.getClaim(first))!;
    expect(await page.getByTestId('queue-paragraph').locator('mark').textContent()).toBe(claim.span.text);

    const [, , third] = await workQueueByKeyboard(page, store);
    expect((await store.getClaim(third))?.who).toBe('protesters (checked)');
    await expect.poll(() => progress.textContent()).toMatch(/^3 of/);
    expect(pageErrors).toEqual([]);
  });

  it('renders hostile document text as text: no script or handler runs', async () => {
    await open(`/documents/${hostileId}`);
    await expect.poll(() => page.getByText('window.__pwned = 1', { exact: false }).count()).toBeGreaterThan(0);
    await page.getByText('bold', { exact: false }).first().click({ force: true });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('body script:not([src]), img[src="x"], [onclick], [onerror]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
