/**
 * The Sources page in Chromium: an alias that is another source's name asks to confirm a merge,
 * grades are saved, outlets are listed. Its own small store (not the demo) and build.
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

describe.skipIf(!existsSync(CHROMIUM))('Sources page in Chromium', () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tally-e2e-sources-'));
    const webDir = join(dir, 'web');
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: webDir, emptyOutDir: true } });
    store = await Store.open({ dataDir: join(dir, 'data') });
    for (const [name, n] of [['Donald Trump', 1000], ['NCRI', 1500]] as const) {
      const text = `At least ${n} protesters were killed in Iran, ${name} said on 2 December 2019.`;
      const report = extract({ text, published: '2019-12-03', url: 'https://www.daily.example/x' });
      for (const c of report.claims) c.source = { name, via: [] };
      await store.ingestReport({ raw: text, url: 'https://www.daily.example/x' }, report, { crisis: 'Iran 2019' });
    }
    server = await startServer({ store, port: 0, webDir });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('asks before an alias merges two sources, and saves a grade', async () => {
    await page.goto(`${server.url}/#/sources`);
    await expect.poll(() => page.getByTestId('sources-table').textContent()).toContain('daily.example');
    await page.getByTestId('sources-editor').fill('e2e analyst');
    await page.getByLabel('Aliases of Donald Trump').fill('NCRI');
    await page.getByRole('row', { name: /Donald Trump/ }).getByRole('button', { name: 'Save' }).click();
    const confirm = page.getByTestId('merge-confirm');
    await expect.poll(() => confirm.textContent()).toMatch(/"NCRI" \(1 claims\) is another source/);
    // Nothing merged until confirmed.
    expect((await store.listSources()).some((s) => s.name === 'NCRI')).toBe(true);
    await confirm.getByRole('button', { name: 'Merge them' }).click();
    await expect.poll(async () => (await store.listSources()).some((s) => s.name === 'NCRI')).toBe(false);
    await expect.poll(() => page.getByTestId('sources-table').textContent()).not.toMatch(/NCRI\s*1\b/);

    await page.getByLabel('Reliability of Donald Trump').selectOption('E');
    await page.getByRole('row', { name: /Donald Trump/ }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await store.findSource('Donald Trump'))?.reliability).toBe('E');
    expect((await store.findSource('Donald Trump'))?.updatedBy).toBe('e2e analyst');
  }, 300_000);
});
