// The sanitizer drops <meta>, <base> and scripts at ingest; the page must not depend on that alone.
// HTML that reaches the reader some other way (a library written by an older or another tool, a
// sanitizer bug) still cannot navigate the app away: the rendering path inserts no element that
// acts on the page (meta refresh, base, script, link, style). CSP has no navigate-to in Chromium,
// so this check is the page's own.
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { startWebHost, type WebHost } from './support/web-host';

let origin: FeedServer | null = null;
let host: WebHost | null = null;

test.afterAll(async () => {
  await origin?.close();
  await host?.stop();
});

test('a meta refresh planted in stored article HTML does not navigate the page', async ({ page }) => {
  origin = await startFeedServer({});
  origin.set('/feed.xml', {
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Planted</title><link>${origin.origin}/</link>
<item><guid>p1</guid><title>Planted article</title><link>${origin.origin}/p1</link><description>&lt;p&gt;Harmless.&lt;/p&gt;</description></item>
</channel></rss>`,
  });
  origin.set('/gone', { body: '<!doctype html><title>Gone</title><p>navigated away</p>', contentType: 'text/html' });
  host = await startWebHost();
  const feed = await host.call('addFeed', { url: origin.urlFor('/feed.xml') });
  await host.call('refresh', { feedIds: [feed.id] });

  // Past the sanitizer: straight into the library file.
  const planted =
    `<p>Planted body.</p><meta http-equiv="refresh" content="0;url=${origin.urlFor('/gone')}">` +
    `<base href="${origin.origin}/"><a href="relative">relative link</a>` +
    `<link rel="stylesheet" href="${origin.urlFor('/style.css')}"><style>body{display:none}</style>` +
    `<iframe src="${origin.urlFor('/frame')}" sandbox="allow-scripts allow-top-navigation"></iframe>`;
  const db = new Database(host.dbPath);
  try {
    const changed = db.prepare('UPDATE article_content SET html = ?').run(planted).changes;
    expect(changed).toBe(1);
  } finally {
    db.close();
  }

  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  await page.goto(host.pageUrl);
  const reader = page.getByRole('region', { name: 'Article', exact: true });
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: /Planted article/ }).click();
  await expect(reader).toContainText('Planted body.');
  // A refresh of 0 s fires at once; give it ample time.
  await page.waitForTimeout(2_000);
  expect(page.url().startsWith(host.url)).toBe(true);
  expect(navigations.filter((url) => !url.startsWith(host?.url ?? '-'))).toEqual([]);
  expect(origin.hits.get('/gone') ?? 0).toBe(0);
  expect(origin.hits.get('/style.css') ?? 0).toBe(0);
  await expect(reader).toContainText('Planted body.');
  // The planted <base> did not take hold either: the page's own links still resolve against the host.
  expect(await page.evaluate(() => document.baseURI)).toBe(host.url);
  await expect(page.locator('.reader-body style, .reader-body meta, .reader-body base, .reader-body link')).toHaveCount(0);
  // A frame, whatever its HTML asked for, may never navigate the page it is in.
  await expect(reader.locator('iframe')).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation');
});
