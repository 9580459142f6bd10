// The Filtered view's count (#18): how many articles rules hid, beside the view in the sidebar, and
// following what changes it without a reload: a refresh whose rules hide new articles, "Show again",
// a rule applied to the stored articles from Settings → Rules.
import { expect, test, type Page } from '@playwright/test';
import { panes } from './support/app';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { startWebHost, type WebHost } from './support/web-host';

const started = Date.now();

/** An RSS feed of these titles, the first the newest, an hour apart. */
function coast(titles: readonly string[]): string {
  const items = titles
    .map(
      (title, index) =>
        `<item><guid>coast-${title}</guid><title>${title}</title><link>https://example.org/${index}</link>` +
        `<pubDate>${new Date(started - index * 3_600_000).toUTCString()}</pubDate><description>${title}.</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Watch</title><link>https://example.org/</link>${items}</channel></rss>`;
}

let feeds: FeedServer;
const hosts: WebHost[] = [];

test.beforeAll(async () => {
  feeds = await startFeedServer({});
});

test.afterAll(async () => {
  await Promise.all(hosts.map((host) => host.stop()));
  await feeds?.close();
});

const filtered = (page: Page) => panes(page).subscriptions.getByRole('button', { name: /^Filtered/ });
const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

test('Filtered counts the articles rules hid, and follows a hiding refresh, "Show again" and a rule applied, without a reload', async ({ page }) => {
  feeds.set('/coast.xml', { body: coast(['Gulls at dawn', 'Tide tables']) });
  const host = await startWebHost();
  hosts.push(host);
  await host.call('addFeed', { url: feeds.urlFor('/coast.xml') });
  await host.call('addRule', { rule: { name: 'No seals', conditions: [{ field: 'title', op: 'contains', value: 'seal' }], actions: ['hide'] } });
  await page.goto(host.pageUrl);
  const { subscriptions, articles, reader } = panes(page);
  await expect(articles.getByRole('option')).toHaveCount(2);
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
  await expect(filtered(page)).toHaveAccessibleName('Filtered, 0 hidden');

  // A refresh in which the rule hides two of three new articles: the count comes with the event's unread counts.
  feeds.set('/coast.xml', { body: coast(['A seal on the slipway', 'Two seals and a pup', 'Herons nesting', 'Gulls at dawn', 'Tide tables']) });
  // The refresh the timer starts: not this window's own (whose end reloads the library), so only the event tells the count.
  await host.call('refresh', {});
  await expect(filtered(page)).toHaveAccessibleName('Filtered, 2 hidden');
  await expect(filtered(page)).toContainText('2');
  await expect(subscriptions.getByRole('button', { name: /^Coast Watch,/ })).toHaveAccessibleName('Coast Watch, 3 unread');

  await filtered(page).click();
  await articles.getByRole('option', { name: /Two seals and a pup/ }).click();
  await reader.getByRole('button', { name: 'Show again' }).click();
  await expect(filtered(page)).toHaveAccessibleName('Filtered, 1 hidden');
  await expect(subscriptions.getByRole('button', { name: /^Coast Watch,/ })).toHaveAccessibleName('Coast Watch, 4 unread');

  // A second rule, applied to what is stored: hides the herons and the gulls.
  await host.call('addRule', { rule: { name: 'No birds', match: 'any', conditions: [{ field: 'title', op: 'contains', value: 'heron' }, { field: 'title', op: 'contains', value: 'gull' }], actions: ['hide'] } });
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('listitem', { name: /^No birds/ }).getByRole('button', { name: 'Apply to stored articles…' }).click();
  await dialog.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByText('No birds: 2 matched, 2 changed')).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(filtered(page)).toHaveAccessibleName('Filtered, 3 hidden');
  expect(await notReloaded(page)).toBe(true);
});
