/**
 * What every browser test shares: the built web UI, an embedded store, the real server and
 * Debian's Chromium driven headless by playwright-core. The UI is built once per change of the
 * sources (cached under node_modules/.cache), not once per test file: a build takes a minute on
 * a loaded two-core machine and every file would otherwise make its own.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import type { AppOptions } from '../../src/server/app.js';
import { Store } from '../../src/store/index.js';
import type { Backend } from '../store/backends.js';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ROOT = resolve(import.meta.dirname, '../..');
/**
 * Where the browser tests save their screenshots: a temporary folder, so a test run leaves the
 * checkout as it was; `TALLY_SCREENSHOTS_DIR=docs/screenshots` refreshes the README's.
 */
export const SCREENSHOTS = resolve(ROOT, process.env.TALLY_SCREENSHOTS_DIR || join(tmpdir(), 'tally-e2e-screenshots'));

/**
 * Whether the browser tests can run here. CI installs Chromium (.ci/run) and must not skip them;
 * elsewhere, without it, the tests are skipped instead of failing.
 */
export function haveChromium(): boolean {
  const have = existsSync(CHROMIUM);
  if (!have && process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM}: install the Debian "chromium" package`);
  return have;
}

/** Every file the web bundle may be built from, hashed: a change anywhere builds again. */
function sourcesHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(ROOT, 'src'));
  for (const f of ['vite.config.ts', 'package-lock.json']) hash.update(readFileSync(join(ROOT, f)));
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The folder of the built UI for the current sources. Test files run in parallel workers: the
 * first one builds (holding a lock folder), the others wait for its result; a build is moved
 * into place whole, so a half-written one is never served.
 */
export async function builtWeb(): Promise<string> {
  const cache = join(ROOT, 'node_modules/.cache/tally-e2e-web');
  const dir = join(cache, sourcesHash());
  const lock = `${dir}.lock`;
  mkdirSync(cache, { recursive: true });
  for (;;) {
    if (existsSync(join(dir, 'index.html'))) return dir;
    try {
      mkdirSync(lock);
    } catch {
      // Another worker builds. A lock older than ten minutes is left by a killed run.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // Gone meanwhile: the build finished.
      }
      await sleep(1000);
      continue;
    }
    try {
      if (existsSync(join(dir, 'index.html'))) return dir;
      const tmp = mkdtempSync(join(cache, 'build-'));
      await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: tmp, emptyOutDir: true } });
      // Builds of older sources are of no further use.
      for (const old of readdirSync(cache)) if (/^[0-9a-f]{16}$/.test(old)) rmSync(join(cache, old), { recursive: true, force: true });
      renameSync(tmp, dir);
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

export interface Harness {
  dir: string;
  store: Store;
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Errors thrown by the page's scripts: a test ends by expecting none. */
  pageErrors: string[];
  /** Opens a route ("/audit?actor=x") and waits until the page has loaded its data. */
  open: (hash: string) => Promise<void>;
  close: () => Promise<void>;
}

export interface HarnessOptions {
  /** Where the store lives (default: an embedded store in the harness's folder). */
  backend?: Backend;
  /** Fills the store before the server starts (documents, reviews, users). */
  seed?: (store: Store) => Promise<void>;
  /** More server options (a public URL for a server that requires login). */
  server?: Omit<AppOptions, 'store' | 'webDir'> & { host?: string };
}

/** A store in a temporary folder, the server over it with the built UI, and a Chromium page. */
export async function startHarness(name: string, opts: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), `tally-e2e-${name}-`));
  const webDir = await builtWeb();
  const opened = opts.backend ? await opts.backend.open() : { store: await Store.open({ dataDir: join(dir, 'data') }), cleanup: () => Promise.resolve() };
  const store = opened.store;
  await opts.seed?.(store);
  const server = await startServer({ ...opts.server, store, port: 0, webDir });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return {
    dir,
    store,
    server,
    browser,
    page,
    pageErrors,
    open: async (hash: string) => {
      await page.goto(`${server.url}/#${hash}`);
      await page.waitForLoadState('networkidle');
    },
    close: async () => {
      await browser.close();
      await server.close();
      await store.close();
      await opened.cleanup();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/**
 * Works an open review queue by keyboard as an analyst would: accept the first claim, skip the
 * second and come back to it (B) to reject it, then edit the third's "who" and save. Each step
 * waits until the store has the review. Returns the three claims' ids.
 */
export async function workQueueByKeyboard(page: Page, store: Store): Promise<[number, number, number]> {
  const current = async () => Number(await page.getByTestId('queue-claim').getAttribute('data-claim-id'));
  const status = (id: number) => async () => (await store.getClaim(id))?.reviewStatus;
  const first = await current();
  await page.keyboard.press('a');
  await expect.poll(status(first)).toBe('accepted');
  await expect.poll(current).not.toBe(first);

  const second = await current();
  await page.keyboard.press('s');
  await expect.poll(current).not.toBe(second);
  await page.keyboard.press('b');
  await expect.poll(current).toBe(second);
  await page.keyboard.press('r');
  await expect.poll(status(second)).toBe('rejected');

  await expect.poll(current).not.toBe(second);
  const third = await current();
  await page.keyboard.press('e');
  await page.getByTestId('edit-who').fill('protesters (checked)');
  await page.getByTestId('review-save').click();
  await expect.poll(status(third)).toBe('edited');
  return [first, second, third];
}
