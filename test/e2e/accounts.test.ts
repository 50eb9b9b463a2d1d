/**
 * A team server in Chromium: login is required, a viewer reads but cannot review, an analyst
 * works the review queue by keyboard under their own name, and an admin reads the analyst's
 * reviews and every login (the failed one included) in the audit log, manages users and makes a
 * crisis private to its members. A session that ends brings the login page back; repeated wrong
 * passwords lock the login.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { addUser, getUser } from '../../src/store/accounts.js';
import type { Store } from '../../src/store/index.js';
import { backends } from '../store/backends.js';
import { haveChromium, startHarness, workQueueByKeyboard, type Harness } from './harness.js';

const CRISIS = 'Accounts UI test';
const REPORT =
  'Police said 3 people were killed in Dhaka on Monday, July 22. At least 40 people were injured, doctors said. Some 200 protesters were arrested in Chittagong on Tuesday, police said. Human Rights Watch said 12 people were killed in Dhaka by Wednesday.';
/** A failed login's name goes to the audit log as typed: the admin must see it as text. */
const HOSTILE_NAME = '<img src="x" id="injected-login">mallory';
const USERS = {
  viewer: { name: 'vera', password: 'viewer-pass-0123', role: 'viewer' },
  analyst: { name: 'ana', password: 'analyst-pass-0123', role: 'analyst' },
  admin: { name: 'ada', password: 'admin-pass-0123', role: 'admin' },
} as const;

describe.skipIf(!haveChromium()).each(backends)('a team server in Chromium on $name: login, roles, audit', (backend) => {
  let h: Harness;
  let store: Store;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    h = await startHarness('accounts', {
      seed: async (s) => {
        await s.ingestReport({ raw: REPORT, origin: 'dhaka.txt' }, extract({ text: REPORT, published: '2024-07-25' }), { crisis: CRISIS });
        for (const u of Object.values(USERS)) await addUser(s.db, u, 'e2e setup');
      },
      backend,
      // On PostgreSQL the server requires a login by itself (team mode); the embedded store is told
      // to, as a server with a public URL or on a non-loopback address is.
      server: backend.name === 'postgres' ? {} : { loginRequired: true },
    });
    ({ store, page, pageErrors } = h);
  });

  afterAll(async () => {
    await h?.close();
  });

  const queue = `/queue?crisis=${encodeURIComponent(CRISIS)}`;
  const loginAs = async (user: { name: string; password: string }) => {
    await page.getByTestId('login-name').fill(user.name);
    await page.getByTestId('login-password').fill(user.password);
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('session-user').count()).toBe(1);
    await page.waitForLoadState('networkidle');
  };
  const logout = async () => {
    await page.getByTestId('logout').click();
    await expect.poll(() => page.getByTestId('login-form').count()).toBe(1);
  };
  const unreviewed = async () => (await store.listClaims({ crisis: CRISIS })).items.filter((c) => c.reviewStatus === 'unreviewed').length;

  it('asks for a login first and refuses a wrong password', async () => {
    await h.open(queue);
    await expect.poll(() => page.getByTestId('login-form').count()).toBe(1);
    // Nothing of the crisis shows before a login.
    expect(await page.getByTestId('queue-claim').count()).toBe(0);
    await page.getByTestId('login-name').fill(HOSTILE_NAME);
    await page.getByTestId('login-password').fill('not the password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('error').textContent()).toBe('Wrong user name or password');
    await page.getByTestId('login-name').fill(USERS.viewer.name);
    await page.getByTestId('login-password').fill('not the password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('error').textContent()).toBe('Wrong user name or password');
    expect(await page.getByTestId('session-user').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('lets a viewer read the queue but not review it', async () => {
    await loginAs(USERS.viewer);
    expect(await page.getByTestId('session-user').innerText()).toMatch(/vera\s*viewer/);
    // The page asked for before the login opens after it.
    await expect.poll(() => page.getByTestId('queue-claim').count()).toBe(1);
    expect(await page.getByTestId('read-only').first().textContent()).toContain('Viewers read only');
    expect(await page.getByTestId('review-accept').count()).toBe(0);
    expect(await page.getByTestId('review-reviewer').count()).toBe(0);
    const before = await unreviewed();
    await page.keyboard.press('a');
    await page.keyboard.press('r');
    // Pages a viewer cannot use are not offered.
    expect(await page.locator('header nav').innerText()).not.toMatch(/Ingest|Audit|Users/);
    // The server refuses a viewer's review whatever the page shows (403).
    const claimId = Number(await page.getByTestId('queue-claim').getAttribute('data-claim-id'));
    const status = await page.evaluate(
      async (id) =>
        (
          await fetch(`/api/claims/${id}/review`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ status: 'accepted', reviewer: 'vera' }),
          })
        ).status,
      claimId,
    );
    expect(status).toBe(403);
    expect(await unreviewed()).toBe(before);
    await logout();
  });

  it('lets an analyst work the queue by keyboard, each review recorded under the analyst', async () => {
    await loginAs(USERS.analyst);
    await h.open(queue);
    const progress = page.getByTestId('queue-progress');
    await expect.poll(() => progress.textContent()).toMatch(/^0 of 4 reviewed in Accounts UI test/);
    // Logged in, the page asks for no reviewer name: the server knows who reviews.
    expect(await page.getByTestId('review-reviewer').count()).toBe(0);
    const [first, second, third] = await workQueueByKeyboard(page, store);
    await expect.poll(() => progress.textContent()).toMatch(/^3 of 4/);
    for (const id of [first, second, third]) expect((await store.claimHistory(id)).map((r) => r.reviewer)).toEqual(['ana']);
    expect(pageErrors).toEqual([]);
    await logout();
  });

  it("shows an admin the analyst's reviews and the logins in the audit log, and the users", async () => {
    await loginAs(USERS.admin);
    await h.open(`/audit?actor=ana`);
    const rows = page.locator('[data-testid="audit-table"] tbody tr');
    // ana's login, three reviews and logout, newest first.
    await expect.poll(() => rows.count()).toBe(5);
    const texts = await rows.allInnerTexts();
    expect(texts.map((r) => /\b(login|logout|review\.\w+)\b/.exec(r)?.[0])).toEqual(['logout', 'review.edit', 'review.reject', 'review.accept', 'login']);
    const reviews = texts.filter((r) => /review\./.test(r));
    expect(reviews[0]).toContain('who:');
    expect(reviews[0]).toContain('protesters (checked)');
    expect(reviews.every((r) => r.includes(CRISIS))).toBe(true);

    // Every login (and the failed one) under the "login" family, whoever made it.
    await page.fill('[data-testid="audit-actor"]', '');
    await page.press('[data-testid="audit-actor"]', 'Enter');
    await page.selectOption('[data-testid="audit-action"]', 'login');
    await expect.poll(async () => (await rows.allInnerTexts()).filter((r) => /\blogin\b/.test(r) && !r.includes('login.failed')).length).toBe(3);
    const logins = await rows.allInnerTexts();
    for (const name of ['vera', 'ana', 'ada']) expect(logins.some((r) => r.includes(name) && /\blogin\b/.test(r))).toBe(true);
    const failed = logins.filter((r) => r.includes('login.failed'));
    expect(failed).toHaveLength(2);
    expect(failed[0]).toContain('vera');
    expect(failed[1]).toContain(HOSTILE_NAME);
    expect(await page.locator('#injected-login').count()).toBe(0);

    await h.open('/users');
    const users = page.getByTestId('users-table');
    await expect.poll(() => users.locator('tbody tr').count()).toBe(3);
    expect(await page.getByTestId('user-ana').innerText()).toContain('analyst');
    expect(await page.getByTestId('user-ada').innerText()).toContain('you');

    // An API token for a script: shown once, works as its user, revoked after a confirmation.
    await page.getByTestId('token-add-user').selectOption('vera');
    await page.getByTestId('token-add-label').fill('<b>nightly</b> export');
    await page.getByTestId('token-add').getByRole('button', { name: 'Create token' }).click();
    const secret = (await page.getByTestId('token-secret').locator('code').textContent())!;
    expect(secret).toMatch(/^tally_/);
    const tokenRow = page.locator('[data-testid="tokens-table"] tbody tr', { hasText: 'vera' });
    expect(await tokenRow.innerText()).toContain('<b>nightly</b> export');
    const asScript = async () => (await fetch(`${h.server.url}/api/crises`, { headers: { authorization: `Bearer ${secret}` } })).status;
    expect(await asScript()).toBe(200);
    await tokenRow.getByRole('button', { name: 'Revoke…' }).click();
    await page.getByTestId('token-revoke-confirm').getByRole('button', { name: 'Revoke it' }).click();
    await expect.poll(() => tokenRow.count()).toBe(0);
    expect(await asScript()).toBe(401);
    expect(pageErrors).toEqual([]);
  });

  it('lets an admin add a user, change a role, disable them, and make a crisis private to its members', async () => {
    // Still logged in as the admin.
    await h.open('/users');
    await page.getByTestId('user-add-name').fill('omar');
    await page.getByTestId('user-add-password').fill('omar-pass-0123');
    await page.getByTestId('user-add-role').selectOption('viewer');
    await page.getByTestId('user-add').getByRole('button', { name: 'Add user' }).click();
    await expect.poll(() => page.getByTestId('user-omar').count()).toBe(1);
    expect((await getUser(store.db, 'omar'))?.role).toBe('viewer');
    await page.getByLabel('Role of omar').selectOption('analyst');
    await expect.poll(async () => (await getUser(store.db, 'omar'))?.role).toBe('analyst');
    await page.getByTestId('user-omar').getByRole('button', { name: 'Disable' }).click();
    await expect.poll(async () => (await getUser(store.db, 'omar'))?.disabled).toBe(true);

    await h.open(`/dashboard?crisis=${encodeURIComponent(CRISIS)}`);
    const access = page.getByTestId('crisis-access');
    expect(await access.locator('summary').textContent()).toBe('Who sees this crisis: every user sees it');
    await access.locator('summary').click();
    await access.getByTestId('crisis-private').check();
    await access.getByTestId('crisis-members').fill('ana');
    await access.getByRole('button', { name: 'Save access' }).click();
    await expect.poll(() => access.locator('summary').textContent()).toBe('Who sees this crisis: private to ana');
    await logout();

    // The viewer is no member: the crisis is gone from their lists; the analyst still has it.
    const crisisNames = () =>
      page.evaluate(async () => ((await (await fetch('/api/crises')).json()) as { items: { name: string }[] }).items.map((c) => c.name));
    await loginAs(USERS.viewer);
    expect(await crisisNames()).not.toContain(CRISIS);
    await logout();
    await loginAs(USERS.analyst);
    expect(await crisisNames()).toContain(CRISIS);
    expect(pageErrors).toEqual([]);
  });

  it('shows the login page when the session ends, and the same page again after a login', async () => {
    // Still logged in as the analyst: one claim is left in the queue.
    await h.open(queue);
    await expect.poll(() => page.getByTestId('queue-claim').count()).toBe(1);
    await store.db.query('DELETE FROM sessions');
    // Skipping asks the server for the next claim: 401.
    await page.keyboard.press('s');
    await expect.poll(() => page.getByTestId('login-form').count()).toBe(1);
    expect(await page.locator('.login').textContent()).toContain('Your session has ended');
    await loginAs(USERS.analyst);
    await expect.poll(() => page.getByTestId('queue-claim').count()).toBe(1);
    expect(page.url()).toContain('#/queue');
  });

  it('locks the login after repeated wrong passwords and says when to try again', async () => {
    await logout();
    const attempt = async (password: string) => {
      await page.getByTestId('login-name').fill(USERS.admin.name);
      await page.getByTestId('login-password').fill(password);
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
      await page.getByTestId('login-submit').click();
      return (await answer).status();
    };
    const statuses: number[] = [];
    while (statuses.length < 6 && statuses.at(-1) !== 429) statuses.push(await attempt(`wrong password ${statuses.length}`));
    // Five failures lock (two came from the first test, on this address).
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    await expect.poll(() => page.getByTestId('error').textContent()).toMatch(/^Too many failed logins: try again in \d+ minutes?$/);
    // Locked means locked: the right password waits too.
    expect(await attempt(USERS.admin.password)).toBe(429);
    expect(await page.getByTestId('session-user').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
