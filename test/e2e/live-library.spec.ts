// A live library end to end: a page open on `tidings serve`, and changes made by another process
// (`tidings refresh` from the CLI, on the same library) showing in it without a reload; a dropped
// event stream reconnecting and catching up on what happened while it was down.
import { expect, test, type Page } from '@playwright/test';
import { tidings } from '../support/cli';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { startWebHost, type WebHost } from './support/web-host';

const hour = 3_600_000;
const started = Date.now();

/** An RSS feed whose items are `count` articles, the newest first, dated an hour apart. */
function wire(count: number): string {
  const items = Array.from({ length: count }, (_, index) => {
    const n = count - index;
    return `<item><guid>wire-${n}</guid><title>Wire story ${n}</title><link>https://example.org/${n}</link>` +
      `<pubDate>${new Date(started - (100 - n) * hour).toUTCString()}</pubDate><description>Story ${n}.</description></item>`;
  }).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Live Wire</title><link>https://example.org/</link>${items}</channel></rss>`;
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

function panes(page: Page) {
  return {
    subscriptions: page.getByRole('navigation', { name: 'Subscriptions' }),
    articles: page.getByRole('listbox', { name: 'Articles' }),
    reader: page.getByRole('region', { name: 'Article', exact: true }),
  };
}

/** A host with the wire subscribed at `count` stories, and the page open on it, a marker set to tell a reload. */
async function openWire(page: Page, path: string, count: number): Promise<WebHost> {
  feeds.set(path, { body: wire(count), contentType: 'application/rss+xml' });
  const host = await startWebHost();
  hosts.push(host);
  await host.call('addFeed', { url: feeds.urlFor(path) });
  await page.goto(host.pageUrl);
  await expect(panes(page).articles.getByRole('option')).toHaveCount(count);
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
  return host;
}

async function cliRefresh(host: WebHost): Promise<void> {
  const result = await tidings(['--db', host.dbPath, 'refresh']);
  expect(result.status, result.stderr).toBe(0);
}

const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

test('a refresh run by the CLI beside an open page shows its new articles and counts within a second, without a reload', async ({ page }) => {
  const host = await openWire(page, '/wire.xml', 2);
  const { subscriptions, articles, reader } = panes(page);
  // Reading the older story: the new ones must come in above it without taking it away.
  const reading = articles.getByRole('option', { name: /Wire story 1/ });
  await reading.click();
  await expect(reader.getByRole('heading', { name: 'Wire story 1' })).toBeVisible();
  const feed = subscriptions.getByRole('button', { name: /^Live Wire,/ });
  await expect(feed).toHaveAccessibleName('Live Wire, 1 unread');

  feeds.set('/wire.xml', { body: wire(5), contentType: 'application/rss+xml' });
  await cliRefresh(host);
  // Within a second of the CLI's exit: no reload, no polling.
  await expect(articles.getByRole('option')).toHaveCount(5, { timeout: 1_000 });
  await expect(feed).toHaveAccessibleName('Live Wire, 4 unread', { timeout: 1_000 });
  await expect(subscriptions.getByRole('button', { name: /^All items,/ })).toHaveAccessibleName('All items, 4 unread', { timeout: 1_000 });
  await expect(articles.getByRole('option').first()).toContainText('Wire story 5');
  await expect(reading).toHaveAttribute('aria-selected', 'true');
  await expect(reader.getByRole('heading', { name: 'Wire story 1' })).toBeVisible();
  expect(await notReloaded(page)).toBe(true);
});

test('a dropped event stream reconnects and catches up on what happened while it was down', async ({ page }) => {
  const host = await openWire(page, '/dropped.xml', 2);
  const { subscriptions, articles } = panes(page);
  // One change heard live first: the page then holds an event id to resume from.
  feeds.set('/dropped.xml', { body: wire(3), contentType: 'application/rss+xml' });
  await cliRefresh(host);
  await expect(articles.getByRole('option')).toHaveCount(3);
  feeds.set('/dropped.xml', { body: wire(5), contentType: 'application/rss+xml' });
  // The host goes away (its connections with it); the CLI refreshes meanwhile; the host comes back,
  // its ring new: the page's Last-Event-ID is from before, so it is told to load everything again.
  await host.restart(() => cliRefresh(host));
  await expect(articles.getByRole('option')).toHaveCount(5, { timeout: 5_000 });
  await expect(subscriptions.getByRole('button', { name: /^Live Wire,/ })).toHaveAccessibleName('Live Wire, 5 unread');
  expect(await notReloaded(page)).toBe(true);
});
