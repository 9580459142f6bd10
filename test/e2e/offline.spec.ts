// Reading offline, end to end: a summary-only feed on a loopback origin, the real web host, and
// Chromium. Starring keeps the article's full text and images; with the origin stopped, a reload
// still shows the full text and the images, served from the host's cache route.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { startWebHost, type WebHost } from './support/web-host';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/offline/${name}`, import.meta.url));
const title = "The Lighthouse Keeper's Log";

function summaryFeed(origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Notes</title><link>${origin}/</link><description>Summaries only</description>
<item><guid isPermaLink="false">lighthouse</guid><title>${title.replace("'", '&apos;')}</title>
<link>${origin}/2024/lighthouse.html</link><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Forty-one years of one lighthouse, three lines a night.&lt;/p&gt;</description></item>
</channel></rss>`;
}

let origin: FeedServer | null = null;
let host: WebHost | null = null;

test.afterAll(async () => {
  await origin?.close();
  await host?.stop();
});

test('a starred article shows its full text and kept images with the origin server stopped', async ({ page }) => {
  origin = await startFeedServer({});
  origin.set('/feed.xml', { body: summaryFeed(origin.origin) });
  origin.set('/2024/lighthouse.html', { body: fixture('article.html'), contentType: 'text/html; charset=utf-8' });
  origin.set('/2024/images/photo.png', { body: fixture('photo.png'), contentType: 'image/png' });
  origin.set('/media/photo.jpg', { body: fixture('photo.jpg'), contentType: 'image/jpeg' });

  host = await startWebHost();
  const feed = await host.call('addFeed', { url: origin.urlFor('/feed.xml') });
  await host.call('refresh', { feedIds: [feed.id] });

  await page.goto(host.pageUrl);
  const articles = page.getByRole('listbox', { name: 'Articles' });
  const reader = page.getByRole('region', { name: 'Article', exact: true });
  await articles.getByRole('option', { name: new RegExp(title) }).click();
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // Only the feed's summary so far.
  await expect(reader).toContainText('three lines a night');
  await expect(reader).not.toContainText('For forty-one years');

  // Star it; the full text and the images are kept in the background.
  await page.keyboard.press('s');
  await expect(reader.getByRole('button', { name: 'Unstar', exact: true, pressed: true })).toBeVisible();
  const { items } = await host.call('listArticles', { scope: { kind: 'starred' } });
  const articleId = items[0]?.id ?? 0;
  await expect
    .poll(async () => {
      const article = await host?.call('getArticle', { articleId });
      return [Boolean(article?.fullText), Object.keys(article?.cachedImages ?? {}).length];
    }, { timeout: 15_000 })
    .toEqual([true, 2]);

  // The network goes away.
  await origin.close();
  origin = null;

  await page.reload();
  await articles.getByRole('option', { name: new RegExp(title) }).click();
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(reader.getByRole('button', { name: 'Full text', pressed: true })).toBeVisible();
  await expect(reader).toContainText('For forty-one years the keeper of the north light');
  await expect(reader).toContainText('Handed over.');
  await expect(reader.locator('script')).toHaveCount(0);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);

  // Both pictures come from the host's cache route and are drawn.
  for (const alt of ['The north light at dusk', 'A page of the log']) {
    const image = reader.getByRole('img', { name: alt });
    // No secret in the address ("Copy image address"): the host's HttpOnly image cookie admits it.
    await expect(image).toHaveAttribute('src', /^\/images\/[0-9a-f]{40}\.(png|jpg)$/);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);
  }

  // Shift+V switches to the feed's own text and back.
  await page.keyboard.press('Shift+V');
  await expect(reader.getByRole('button', { name: 'Full text', pressed: false })).toBeVisible();
  await expect(reader).toContainText('three lines a night');
  await expect(reader).not.toContainText('For forty-one years');
  await page.keyboard.press('Shift+V');
  await expect(reader).toContainText('For forty-one years');
});

test('a feed is set to always load full text from its menu, and the image cache from settings', async ({ page }) => {
  const server = await startFeedServer({});
  const other = await startWebHost();
  try {
    server.set('/feed.xml', { body: summaryFeed(server.origin) });
    const feed = await other.call('addFeed', { url: server.urlFor('/feed.xml') });
    await page.goto(other.pageUrl);

    const row = page.getByRole('navigation', { name: 'Subscriptions' }).getByRole('button', { name: /^Harbour Notes,/ });
    await row.click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Actions for Harbour Notes' });
    await menu.getByRole('menuitemcheckbox', { name: 'Always load full text', checked: false }).click();
    await expect.poll(async () => (await other.call('listFeeds', {})).feeds.find((f) => f.id === feed.id)?.fullText).toBe(true);
    await row.click({ button: 'right' });
    await expect(menu.getByRole('menuitemcheckbox', { name: 'Always load full text', checked: true })).toBeVisible();
    await page.keyboard.press('Escape');

    await page.keyboard.press(',');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('Room for kept images').selectOption({ label: '1 GB' });
    await dialog.getByRole('checkbox', { name: /Also keep the images of new articles/ }).check();
    await expect
      .poll(() => other.call('getSettings', {}))
      .toMatchObject({ imageCacheMegabytes: 1000, cacheRecentImages: true });
  } finally {
    await server.close();
    await other.stop();
  }
});
