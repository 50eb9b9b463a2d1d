/**
 * The Audit page in Chromium (headless, playwright-core) over the real server: a review just
 * made is listed with its reviewer and its change, filters narrow the list, and a note holding
 * markup shows as text.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { RunningServer } from '../../src/server/serve.js';
import type { Store } from '../../src/store/index.js';
import { haveChromium, startHarness, type Harness } from './harness.js';

const CRISIS = 'Audit UI test';
const REPORT = 'Police said 3 people were killed in Dhaka on Monday, July 22. At least 40 people were injured, doctors said.';
const NOTE = '<img src="x" id="injected-img">recounted';

describe.skipIf(!haveChromium())('the Audit page in Chromium', () => {
  let h: Harness;
  let store: Store;
  let server: RunningServer;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    h = await startHarness('audit', {
      seed: async (s) => {
        await s.ingestReport({ raw: REPORT, origin: 'dhaka.txt' }, extract({ text: REPORT, published: '2024-07-23' }), { crisis: CRISIS });
      },
    });
    ({ store, server, page, pageErrors } = h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('lists a review just made, with its reviewer and change, and filters by who and action', async () => {
    // The log as it was before the review (kept answers must not hide the new entry).
    await page.goto(`${server.url}/#/audit`);
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('[data-testid="audit-table"] tbody tr').count()).toBe(1);

    const killed = (await store.listClaims({ crisis: CRISIS, category: 'killed' })).items[0]!;
    const res = await fetch(`${server.url}/api/claims/${killed.id}/review`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'edited', reviewer: 'Rosa Reviewer', changes: { low: 4, high: 4, estimate: 4 }, note: NOTE }),
    });
    expect(res.status, await res.clone().text()).toBe(200);

    await page.goto(`${server.url}/#/audit?actor=${encodeURIComponent('Rosa Reviewer')}`);
    await page.reload();
    await page.waitForLoadState('networkidle');
    const rows = page.locator('[data-testid="audit-table"] tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    const row = await rows.first().innerText();
    expect(row).toContain('Rosa Reviewer');
    expect(row).toContain('review.edit');
    expect(row).toContain(`claim ${killed.id}`);
    expect(row).toContain(CRISIS);
    expect(row).toContain('estimate: 3 → 4');
    expect(row).toContain(NOTE);
    expect(await page.locator('#injected-img').count()).toBe(0);

    // Both entries without the actor filter; only the ingest under "ingest".
    await page.fill('[data-testid="audit-actor"]', '');
    await page.press('[data-testid="audit-actor"]', 'Enter');
    await expect.poll(() => rows.count()).toBe(2);
    await page.selectOption('[data-testid="audit-action"]', 'ingest');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('document');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
