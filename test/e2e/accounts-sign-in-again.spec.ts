// "Sign in again" on an account whose server refused the token, against a loopback stand-in for a
// Google Reader API server (test/support/freshrss-standin.ts): the account shows why, the person
// types the password, and the account syncs again, all without a reload.
import { expect, test } from '@playwright/test';
import { FreshRssStandin } from '../support/freshrss-standin';
import { panes } from './support/app';
import { startWebHost, type WebHost } from './support/web-host';

let server: FreshRssStandin;
let host: WebHost;

test.beforeEach(async () => {
  server = await new FreshRssStandin().start();
  server.addItem(server.addFeed('Tech news', 'https://example.org/tech.xml', 'Tech'), 'one');
  host = await startWebHost();
});
test.afterEach(async () => {
  await host.stop();
  await server.stop();
});

test('an account whose token the server refused says so, and signs in again with the typed password', async ({ page }) => {
  const account = await host.call('addAccount', { kind: 'greader', url: server.base, user: 'alice', password: 'secret-pass' });
  await host.call('syncNow', {});
  server.revokeSignIn();
  // No refresh (and so no sync) on opening: the refusal is to come from the sync below, while the page is open.
  await host.call('updateSettings', { refreshOnStart: false });
  await page.goto(host.pageUrl);
  await expect(panes(page).subscriptions.getByRole('button', { name: 'Tech news, 1 unread' })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  const item = page.getByRole('dialog', { name: 'Settings' }).getByRole('listitem', { name: `alice at ${server.base}` });
  await expect(item.getByRole('button', { name: 'Sign in again' })).toHaveCount(0);

  // The refusal comes with a sync from elsewhere; the open page follows the live events.
  expect((await host.call('syncNow', { accountId: account.id })).failed).toBe(1);
  await expect(item.getByRole('alert')).toHaveText('the server no longer accepts our sign-in: sign in again');

  await item.getByLabel('Password').click();
  await page.keyboard.type('wrong');
  await item.getByRole('button', { name: 'Sign in again' }).click();
  await expect(item.getByRole('status')).toHaveText('Could not sign in: the server refused this user name and password');

  await item.getByLabel('Password').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('secret-pass');
  await item.getByRole('button', { name: 'Sign in again' }).click();
  await expect(item.getByRole('alert')).toHaveCount(0);
  await expect(item.getByRole('button', { name: 'Sign in again' })).toHaveCount(0);
  await expect(item).toContainText('Last synced');
  expect((await host.call('listAccounts', {})).accounts.find((one) => one.id === account.id)?.error).toBeNull();
});
