/**
 * The README's pictures of a team server: the review queue and the audit log, taken in
 * Debian's Chromium (the driver of the browser tests, test/e2e/harness.ts) over the real server
 * with login required and the demo corpus. An analyst logs in and reviews a few claims by
 * keyboard; an admin then opens the audit log.
 *
 *   npx tsx scripts/screenshots.ts            writes docs/screenshots/review-queue.png and audit-log.png
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadDemo } from '../src/cli/demo.js';
import { startServer } from '../src/server/serve.js';
import { addUser } from '../src/store/accounts.js';
import { Store } from '../src/store/index.js';
import { builtWeb, haveChromium, launchChromium, SCREENSHOTS } from '../test/e2e/harness.js';

const CRISIS = 'Bangladesh quota protests 2024';
const ANALYST = { name: 'amina', password: 'screenshot-analyst-pass', role: 'analyst' } as const;
const ADMIN = { name: 'admin', password: 'screenshot-admin-pass', role: 'admin' } as const;

/** Waits until `test` holds, checking every 200 ms (a loaded machine is slow, not wrong). */
async function until(what: string, test: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function logIn(page: Page, user: { name: string; password: string }): Promise<void> {
  await page.getByTestId('login-name').fill(user.name);
  await page.getByTestId('login-password').fill(user.password);
  await page.getByTestId('login-submit').click();
  await until(`${user.name} is logged in`, async () => (await page.getByTestId('session-user').count()) === 1);
}

async function main(): Promise<void> {
  if (!haveChromium()) throw new Error('Chromium is missing at /usr/bin/chromium: install the Debian "chromium" package (or set CHROMIUM_PATH)');
  const dir = mkdtempSync(join(tmpdir(), 'tally-screenshots-'));
  const store = await Store.open({ dataDir: join(dir, 'data') });
  try {
    await loadDemo(store);
    for (const u of [ANALYST, ADMIN]) await addUser(store.db, u, 'screenshots');
    const server = await startServer({ store, port: 0, webDir: await builtWeb(), loginRequired: true });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const open = async (hash: string) => {
        await page.goto(`${server.url}/#${hash}`);
        await page.waitForLoadState('networkidle');
      };
      await open(`/queue?crisis=${encodeURIComponent(CRISIS)}`);
      await logIn(page, ANALYST);
      const progress = page.getByTestId('queue-progress');
      await until('the queue shows', async () => (await page.getByTestId('queue-claim').count()) === 1);
      // Accept two claims, reject one, by keyboard: the queue moves on after each.
      for (const key of ['a', 'a', 'r']) {
        const before = await progress.textContent();
        await page.keyboard.press(key);
        await until(`"${key}" is saved`, async () => (await progress.textContent()) !== before);
      }
      await page.waitForLoadState('networkidle');
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'review-queue.png') });

      await page.getByTestId('logout').click();
      await until('the login page shows', async () => (await page.getByTestId('login-form').count()) === 1);
      await logIn(page, ADMIN);
      await open('/audit');
      await until(
        'the audit log lists the reviews',
        async () => (await page.locator('[data-testid="audit-table"] tbody tr', { hasText: 'review.' }).count()) >= 3,
      );
      await page.screenshot({ path: join(SCREENSHOTS, 'audit-log.png') });
      console.log(`wrote ${join(SCREENSHOTS, 'review-queue.png')} and ${join(SCREENSHOTS, 'audit-log.png')}`);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
