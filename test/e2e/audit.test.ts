/**
 * The Audit page in Chromium (headless, playwright-core) over the real server: a review just
 * made is listed with its reviewer and its change, filters narrow the list, and a note holding
 * markup shows as text.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { Store } from '../../src/store/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '../..');
const CRISIS = 'Audit UI test';
const REPORT = 'Police said 3 people were killed in Dhaka on Monday, July 22. At least 40 people were injured, doctors said.';
const NOTE = '<img src="x" id="injected-img">recounted';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM}: install the Debian "chromium" package`);

describe.skipIf(!haveChromium)('the Audit page in Chromium', () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  // Building the UI and opening a store can take minutes on a loaded 2-core machine.
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tally-e2e-audit-'));
    const webDir = join(dir, 'web');
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: webDir, emptyOutDir: true } });
    store = await Store.open({ dataDir: join(dir, 'data') });
    await store.ingestReport({ raw: REPORT, origin: 'dhaka.txt' }, extract({ text: REPORT, published: '2024-07-23' }), { crisis: CRISIS });
    server = await startServer({ store, port: 0, webDir });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
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
