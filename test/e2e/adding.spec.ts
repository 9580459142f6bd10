// Adding a subscription as a person does, by typing: a bare host:port/path with no scheme; an
// address with no feed refused with the reason, kept with "Subscribe anyway", and the error
// banner gone after that success; an add on a slow host cancelled, leaving nothing; and after a
// refresh, the feeds that failed listed with the reason and a retry.
import { expect, test, type Page } from '@playwright/test';
import { fieldNotes } from './support/field-notes';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { fixture } from './support/paths';
import { startWebHost, type WebHost } from './support/web-host';
import { subscription } from './support/app';

let feeds: FeedServer;
const hosts: WebHost[] = [];

test.beforeAll(async () => {
  feeds = await startFeedServer({
    [fieldNotes.path]: { body: fixture(fieldNotes.file) },
    '/slow.xml': { body: fixture(fieldNotes.file), delayMs: 30_000 },
  });
});

test.afterAll(async () => {
  await Promise.all(hosts.map((host) => host.stop()));
  await feeds?.close();
});

async function openFresh(page: Page): Promise<WebHost> {
  const host = await startWebHost();
  hosts.push(host);
  await page.goto(host.pageUrl);
  await expect(page.getByRole('button', { name: 'Add subscription' })).toBeVisible();
  return host;
}

async function typeAddress(page: Page, address: string) {
  await page.getByRole('button', { name: 'Add subscription' }).click();
  const form = page.getByRole('form', { name: 'Add subscription' });
  await expect(form.getByLabel('Feed URL')).toBeFocused();
  await page.keyboard.type(address);
  await page.keyboard.press('Enter');
  return form;
}

/** The status line's alert, where a failed call is reported. */
const banner = (page: Page) => page.locator('.status-line').getByRole('alert');

test('a bare 127.0.0.1:PORT/feed.xml typed without a scheme subscribes over http', async ({ page }) => {
  const host = await openFresh(page);
  const bare = feeds.urlFor(fieldNotes.path).replace(/^http:\/\//, '');

  const form = await typeAddress(page, bare);

  await expect(form).toBeHidden();
  await expect(subscription(page, fieldNotes.title)).toHaveAccessibleName(`${fieldNotes.title}, ${fieldNotes.items.length} unread`);
  expect((await host.call('listFeeds', {})).feeds.map((feed) => feed.url)).toEqual([feeds.urlFor(fieldNotes.path)]);
});

test('a 404 is refused with the reason; "Subscribe anyway" keeps it; the banner clears after that success', async ({ page }) => {
  const host = await openFresh(page);
  const missing = feeds.urlFor('/missing.xml');

  const form = await typeAddress(page, missing);

  await expect(banner(page)).toHaveText(`Adding the subscription: no feed at ${missing}: the server says the feed is gone (404)`);
  expect((await host.call('listFeeds', {})).feeds).toEqual([]);
  await form.getByRole('button', { name: 'Subscribe anyway' }).click();

  await expect(form).toBeHidden();
  await expect(banner(page)).toHaveText('');
  const [kept] = (await host.call('listFeeds', {})).feeds;
  expect(kept).toMatchObject({ url: missing, error: { stage: 'fetch' } });
});

test('Cancel while adding from a slow host stops it, and nothing is added', async ({ page }) => {
  const host = await openFresh(page);

  const form = await typeAddress(page, feeds.urlFor('/slow.xml'));
  await expect(form.getByRole('button', { name: 'Adding…' })).toBeDisabled();
  await form.getByRole('button', { name: 'Cancel adding' }).click();

  await expect(form.getByRole('status')).toHaveText('Cancelled; nothing was added.');
  await expect(form.getByRole('button', { name: 'Subscribe', exact: true })).toBeEnabled();
  await expect(form.getByLabel('Feed URL')).toBeFocused();
  expect((await host.call('listFeeds', {})).feeds).toEqual([]);
  await expect(banner(page)).toHaveText('');
});

test('after a refresh, "1 failed" lists the failing feed with the reason, and Retry fetches it again', async ({ page }) => {
  const host = await openFresh(page);
  await host.call('addFeed', { url: feeds.urlFor(fieldNotes.path) });
  const later = feeds.urlFor('/later.xml');
  await host.call('addFeed', { url: later, keep: true });
  await page.reload();

  const status = page.getByRole('status', { name: 'Refresh status' });
  // The host's own scheduler may be refreshing a due feed just then, and "r" joins that run: press
  // again until a refresh that took in the failing feed reports.
  await expect(async () => {
    await page.keyboard.press('r');
    await expect(status).toContainText(/Refreshed \d feeds?: 0 new articles, 1 failed/, { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await status.getByRole('button', { name: '1 failed' }).click();

  const failures = page.getByRole('region', { name: 'Feeds that failed' });
  await expect(failures.getByRole('listitem')).toHaveText([`${later}the server says the feed is gone (404)Retry`]);
  // The "!" on the subscription says the same.
  await expect(subscription(page, later)).toHaveAccessibleName(`${later}, 0 unread, error: the server says the feed is gone (404)`);
  feeds.set('/later.xml', { body: fixture(fieldNotes.file).toString().replace('<title>Field Notes</title>', '<title>Later Notes</title>') });
  await failures.getByRole('button', { name: `Retry ${later}` }).click();

  // The scheduler may have fetched it a moment before, so the count of new articles is not pinned.
  await expect(status).toHaveText(/^Refreshed 1 feed: \d+ new articles?$/);
  await expect(failures).toBeHidden();
  await expect(subscription(page, 'Later Notes')).toHaveAccessibleName(`Later Notes, ${fieldNotes.items.length} unread`);
});
