/**
 * The Sources page in Chromium: an alias that is another source's name asks to confirm a merge,
 * grades are saved, outlets are listed. Its own small store (not the demo) and build.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { RunningServer } from '../../src/server/serve.js';
import type { Store } from '../../src/store/index.js';
import { haveChromium, startHarness, type Harness } from './harness.js';

describe.skipIf(!haveChromium())('Sources page in Chromium', () => {
  let h: Harness;
  let store: Store;
  let server: RunningServer;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness('sources', {
      seed: async (s) => {
        for (const [name, n] of [
          ['Donald Trump', 1000],
          ['NCRI', 1500],
        ] as const) {
          const text = `At least ${n} protesters were killed in Iran, ${name} said on 2 December 2019.`;
          const report = extract({ text, published: '2019-12-03', url: 'https://www.daily.example/x' });
          for (const c of report.claims) c.source = { name, via: [] };
          await s.ingestReport({ raw: text, url: 'https://www.daily.example/x' }, report, { crisis: 'Iran 2019' });
        }
      },
    });
    ({ store, server, page } = h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('asks before an alias merges two sources, and saves a grade', async () => {
    await page.goto(`${server.url}/#/sources`);
    await expect.poll(() => page.getByTestId('sources-table').textContent()).toContain('daily.example');
    await page.getByTestId('sources-editor').fill('e2e analyst');
    await page.getByLabel('Aliases of Donald Trump').fill('NCRI');
    await page
      .getByRole('row', { name: /Donald Trump/ })
      .getByRole('button', { name: 'Save' })
      .click();
    const confirm = page.getByTestId('merge-confirm');
    await expect.poll(() => confirm.textContent()).toMatch(/"NCRI" \(1 claims\) is another source/);
    // Nothing merged until confirmed.
    expect((await store.listSources()).some((s) => s.name === 'NCRI')).toBe(true);
    await confirm.getByRole('button', { name: 'Merge them' }).click();
    await expect.poll(async () => (await store.listSources()).some((s) => s.name === 'NCRI')).toBe(false);
    await expect.poll(() => page.getByTestId('sources-table').textContent()).not.toMatch(/NCRI\s*1\b/);

    await page.getByLabel('Reliability of Donald Trump').selectOption('E');
    await page
      .getByRole('row', { name: /Donald Trump/ })
      .getByRole('button', { name: 'Save' })
      .click();
    await expect.poll(async () => (await store.findSource('Donald Trump'))?.reliability).toBe('E');
    expect((await store.findSource('Donald Trump'))?.updatedBy).toBe('e2e analyst');
  }, 300_000);
});
