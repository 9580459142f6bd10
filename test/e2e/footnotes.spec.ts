// A footnote link in an article jumps to its note within the article, in the app's own window,
// instead of opening the site in a new one.
import { expect, test } from '@playwright/test';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { startWebHost, type WebHost } from './support/web-host';

let origin: FeedServer | null = null;
let host: WebHost | null = null;

test.afterAll(async () => {
  await origin?.close();
  await host?.stop();
});

test('a footnote link jumps to the note inside the article', async ({ page, context }) => {
  origin = await startFeedServer({});
  const filler = Array.from({ length: 60 }, (_, i) => `&lt;p&gt;Paragraph ${i + 1} of a long article.&lt;/p&gt;`).join('');
  origin.set('/feed.xml', {
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Notes</title><link>${origin.origin}/</link>
<item><guid>f1</guid><title>Footnoted</title><link>${origin.origin}/f1</link><description>&lt;p&gt;A claim&lt;sup id="fnref1"&gt;&lt;a href="#fn1"&gt;1&lt;/a&gt;&lt;/sup&gt;.&lt;/p&gt;${filler}&lt;ol&gt;&lt;li id="fn1"&gt;The source of the claim.&lt;/li&gt;&lt;/ol&gt;</description></item>
</channel></rss>`,
  });
  host = await startWebHost();
  const feed = await host.call('addFeed', { url: origin.urlFor('/feed.xml') });
  await host.call('refresh', { feedIds: [feed.id] });

  await page.goto(host.pageUrl);
  const reader = page.getByRole('region', { name: 'Article', exact: true });
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: /Footnoted/ }).click();
  const note = reader.getByText('The source of the claim.');
  await expect(note).not.toBeInViewport();
  let popups = 0;
  context.on('page', () => (popups += 1));
  await reader.getByRole('link', { name: '1', exact: true }).click();
  await expect(note).toBeInViewport();
  expect(popups).toBe(0);
  expect(page.url().startsWith(host.url)).toBe(true);
  expect(origin.hits.get('/f1') ?? 0).toBe(0);
});
