// Settings → Accounts against a real Miniflux 2.2 on loopback (test/support/miniflux.ts), in
// Chromium through `tidings serve`: a person types the server, user and password, tests the
// sign-in, adds the account, reads, syncs and removes it; the server's side is looked at and changed
// through Miniflux's own REST API. Skips with one line where Miniflux cannot be had; never under CI.
import { expect, test, type Page } from '@playwright/test';
import { FeedServer } from '../support/feed-server';
import { startMiniflux, type Miniflux } from '../support/miniflux';
import { panes } from './support/app';
import { startWebHost, type WebHost } from './support/web-host';

interface Entry {
  id: number;
  title: string;
  status: 'read' | 'unread' | 'removed';
}

function rss(title: string, count: number): string {
  const items = Array.from(
    { length: count },
    (_, i) => `<item><title>${title} ${i + 1}</title><link>https://example.org/${title}/${i + 1}</link><guid>https://example.org/${title}/${i + 1}</guid><description>Body ${i + 1}</description></item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://example.org/${title}</link>${items}</channel></rss>`;
}

/** Clicks the field, then types as a person does. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel(label, { exact: true }).click();
  await page.keyboard.type(text);
}

let miniflux: Miniflux | null = null;
let skipped: string | null = null;
const feeds = new FeedServer();
let host: WebHost | null = null;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const started = await startMiniflux();
  if (typeof started === 'string') {
    skipped = started;
    console.warn(`Skipping the accounts page against Miniflux: ${started}`);
    return;
  }
  miniflux = started;
  feeds.set('/alpha.xml', { body: rss('alpha', 3), contentType: 'application/rss+xml' });
  feeds.set('/beta.xml', { body: rss('beta', 2), contentType: 'application/rss+xml' });
  feeds.set('/gamma.xml', { body: rss('gamma', 1), contentType: 'application/rss+xml' });
  await feeds.start();
  const tech = await miniflux.rest<{ id: number }>('POST', '/categories', { title: 'Tech' });
  await miniflux.rest('POST', '/feeds', { feed_url: feeds.url('/alpha.xml'), category_id: tech.id });
  await miniflux.rest('POST', '/feeds', { feed_url: feeds.url('/beta.xml'), category_id: tech.id });
});

test.afterAll(async () => {
  await host?.stop();
  await feeds.stop().catch(() => undefined);
  miniflux?.stop();
});

test('adds a Miniflux account by typing, groups its feeds under its heading, syncs reads both ways, and removes it keeping the starred article', async ({ page }) => {
  test.skip(skipped !== null, skipped ?? '');
  test.setTimeout(120_000);
  const server = miniflux as Miniflux;
  const entries = async () => (await server.rest<{ entries: Entry[] }>('GET', '/entries?limit=100&order=id')).entries;
  const status = async (title: string) => (await entries()).find((entry) => entry.title === title)?.status;

  host = await startWebHost();
  await host.call('addFeed', { url: feeds.url('/gamma.xml') }); // one subscription on this computer
  await page.goto(host.pageUrl);
  const { subscriptions, articles } = panes(page);
  await expect(subscriptions.getByRole('button', { name: /^All items,/ })).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const adding = dialog.getByRole('group', { name: 'Add account' });
  await typeInto(page, 'Server address', server.url);
  await typeInto(page, 'User name', server.user);
  await typeInto(page, 'Password', 'not the password');
  await adding.getByRole('button', { name: 'Test', exact: true }).click();
  // A refused sign-in says why in words, not the web host's own "not authorized".
  await expect(adding.getByRole('status')).toHaveText('Could not sign in: the server refused this user name and password');

  await dialog.getByLabel('Password', { exact: true }).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(server.password);
  await adding.getByRole('button', { name: 'Test', exact: true }).click();
  const host127 = new URL(server.url).host;
  await expect(adding.getByRole('status')).toHaveText(`Signed in to ${host127} as ${server.user}.`);
  await adding.getByRole('button', { name: 'Add', exact: true }).click();

  // The account appears in the list; the first sync, started at once, brings its feeds.
  const item = dialog.getByRole('listitem', { name: `${server.user} at ${server.url}` });
  await expect(item).toContainText('2 feeds');
  await expect(item).toContainText(/Last synced/);
  await expect(item).toContainText('nothing waiting to be sent');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The sidebar: a heading per account, the server's feeds with their unread counts under its own.
  await expect(subscriptions.getByRole('heading', { name: 'On this computer' })).toBeVisible();
  const section = subscriptions.getByRole('region', { name: `Google Reader API — ${server.user}@${host127}` });
  await expect(section.getByRole('button', { name: 'alpha, 3 unread' })).toBeVisible();
  await expect(section.getByRole('button', { name: 'beta, 2 unread' })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Tech, 5 unread' })).toBeVisible();
  await expect(subscriptions.getByRole('button', { name: /^All items,/ })).toHaveAccessibleName('All items, 6 unread');
  await expect(subscriptions.getByRole('heading', { name: 'On this computer' }).locator('..').getByRole('button', { name: 'gamma, 1 unread' })).toBeVisible();

  // Shift+N and Shift+P walk from this computer's last feed to the account's first folder and back, over the heading.
  const { heading } = panes(page);
  await subscriptions.getByRole('button', { name: 'gamma, 1 unread' }).click();
  await page.keyboard.press('Shift+N');
  await page.keyboard.press('Shift+O');
  await expect(heading).toHaveText('Tech');
  await page.keyboard.press('Shift+P');
  await page.keyboard.press('Shift+O');
  await expect(heading).toHaveText('gamma');

  // Read one here (opening marks it read), star another; Sync now tells the server.
  await section.getByRole('button', { name: 'alpha, 3 unread' }).click();
  await articles.getByRole('option', { name: /alpha 1/ }).click();
  await expect(section.getByRole('button', { name: 'alpha, 2 unread' })).toBeVisible();
  await articles.getByRole('option', { name: /alpha 2/ }).click();
  await page.keyboard.press('s');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(item).toContainText('3 changes waiting to be sent'); // alpha 1 and 2 read on opening, alpha 2 starred
  // A sync from elsewhere (another window, the timer): the open page follows the live events.
  await host.call('syncNow', {});
  await expect(item).toContainText('nothing waiting to be sent');
  await expect.poll(() => status('alpha 1')).toBe('read');

  // Read on the server, then Sync now: the page shows it read without a reload.
  const beta1 = (await entries()).find((entry) => entry.title === 'beta 1') as Entry;
  await server.rest('PUT', '/entries', { entry_ids: [beta1.id], status: 'read' });
  await item.getByRole('button', { name: 'Sync now' }).click();
  await expect(section.getByRole('button', { name: 'beta, 1 unread' })).toBeVisible();

  // Remove: the confirmation says what goes and what stays.
  await item.getByRole('button', { name: 'Remove…' }).click();
  const confirm = item.getByRole('group', { name: `Remove ${server.user} at ${server.url}` });
  await expect(confirm).toContainText('Its 2 feeds and their articles go from this computer');
  await expect(confirm).toContainText('Kept articles — starred, noted, shared, liked or labelled — move to “On this computer”');
  await confirm.getByRole('button', { name: 'Remove account' }).click();
  await expect(item).toBeHidden();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Its feeds go (one library again: no headings); the starred article stays, on this computer.
  await expect(subscriptions.getByRole('button', { name: /^beta,/ })).toHaveCount(0);
  await expect(subscriptions.getByRole('heading', { name: 'On this computer' })).toHaveCount(0);
  await expect(subscriptions.getByRole('button', { name: 'gamma, 1 unread' })).toBeVisible();
  await subscriptions.getByRole('button', { name: /^Starred,/ }).click();
  await expect(articles.getByRole('option')).toHaveCount(1);
  await expect(articles.getByRole('option', { name: /alpha 2/ })).toBeVisible();
  const { accounts } = await host.call('listAccounts', {});
  expect(accounts.map((account) => account.kind)).toEqual(['local']);
  expect((await host.call('listFeeds', {})).inactiveFeeds.map((feed) => feed.title)).toEqual(['alpha']);
});
