// Subscriptions' icons in the sidebar: a feed whose site declares an icon shows it (drawn from the
// library as a data: URL), a feed whose site has none keeps its coloured letter, and a feed added
// from the UI gets its icon once the core has found it.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { subscription } from './support/app';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { startWebHost, type WebHost } from './support/web-host';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/icons/${name}`, import.meta.url));

function feed(title: string, site: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>${site}</link><description>d</description>
<item><guid isPermaLink="false">${title}-1</guid><title>First of ${title}</title><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
<description>Hello</description></item></channel></rss>`;
}

const page = (head: string) => ({ contentType: 'text/html', body: `<!doctype html><html><head>${head}</head><body></body></html>` });

let sites: FeedServer | null = null;
let host: WebHost | null = null;

test.beforeEach(async () => {
  sites = await startFeedServer({});
  // Both sites live on one server: /favicon.ico is not there, so only what a page declares counts.
  sites.set('/lighthouse/', page('<link rel="icon" type="image/png" sizes="32x32" href="/lighthouse/icon-32.png">'));
  sites.set('/lighthouse/icon-32.png', { body: fixture('icon-32.png'), contentType: 'image/png' });
  sites.set('/lighthouse/feed.xml', { body: feed('Lighthouse', sites.urlFor('/lighthouse/')) });
  sites.set('/plain/', page(''));
  sites.set('/plain/feed.xml', { body: feed('Plain Site', sites.urlFor('/plain/')) });
  sites.set('/harbour/', page('<link rel="shortcut icon" href="/harbour/favicon.ico">'));
  sites.set('/harbour/favicon.ico', { body: fixture('favicon.ico'), contentType: 'image/x-icon' });
  sites.set('/harbour/feed.xml', { body: feed('Harbour', sites.urlFor('/harbour/')) });
  // PNG's signature, then nothing a decoder can use: kept (the bytes look like a PNG), never drawn.
  sites.set('/broken/', page('<link rel="icon" href="/broken/icon.png">'));
  sites.set('/broken/icon.png', { body: Buffer.concat([fixture('icon-32.png').subarray(0, 8), Buffer.alloc(64, 7)]), contentType: 'image/png' });
  sites.set('/broken/feed.xml', { body: feed('Broken Icon', sites.urlFor('/broken/')) });
  host = await startWebHost();
});
test.afterEach(async () => {
  await host?.stop();
  await sites?.close();
});

const drawnWidth = (image: Locator) => image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0));

test('the sidebar shows a site’s icon, and the letter for a site without one or with one that cannot be drawn', async ({ page: tab }) => {
  if (!host || !sites) throw new Error('not started');
  const running = host;
  const lighthouse = await running.call('addFeed', { url: sites.urlFor('/lighthouse/feed.xml') });
  const plain = await running.call('addFeed', { url: sites.urlFor('/plain/feed.xml') });
  const broken = await running.call('addFeed', { url: sites.urlFor('/broken/feed.xml') });
  // The lookups run in the background after each add.
  await expect.poll(async () => (await running.call('getFeedIcons', {})).pending, { timeout: 15_000 }).toBe(0);
  expect((await running.call('getFeedIcons', {})).icons.map((icon) => icon.feedId)).toEqual([lighthouse.id, broken.id]);
  expect(plain.id).not.toBe(lighthouse.id);

  await tab.goto(running.pageUrl);

  const icon = subscription(tab, 'Lighthouse').locator('img');
  await expect(icon).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect(icon).toHaveAttribute('alt', '');
  await expect.poll(() => drawnWidth(icon)).toBeGreaterThan(0);
  expect(await icon.evaluate((img: HTMLImageElement) => img.getBoundingClientRect().width)).toBe(16);

  await expect(subscription(tab, 'Plain Site').locator('img')).toHaveCount(0);
  await expect(subscription(tab, 'Plain Site').locator('.feed-avatar')).toHaveText('P');
  await expect(subscription(tab, 'Broken Icon').locator('.feed-avatar')).toHaveText('B');
  await expect(subscription(tab, 'Broken Icon').locator('img')).toHaveCount(0);
  // The icon came from the library: the page never asked the site.
  expect(sites.hits.get('/lighthouse/icon-32.png')).toBe(1);
});

test('a feed added from the sidebar shows its icon once the core has found it', async ({ page: tab }) => {
  if (!host || !sites) throw new Error('not started');
  await tab.goto(host.pageUrl);

  await tab.getByRole('button', { name: 'Add subscription' }).click();
  const form = tab.getByRole('form', { name: 'Add subscription' });
  await form.getByLabel('Feed URL').fill(sites.urlFor('/harbour/feed.xml'));
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await expect(form).toBeHidden();

  const icon = subscription(tab, 'Harbour').locator('img');
  await expect(icon).toHaveAttribute('src', /^data:image\/x-icon;base64,/, { timeout: 15_000 });
  await expect.poll(() => drawnWidth(icon)).toBeGreaterThan(0);
});
