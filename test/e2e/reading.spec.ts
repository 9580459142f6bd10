// Reading end to end: a real feed on a loopback server, the real web host on a fresh database,
// and the built renderer in Chromium, driven by roles and accessible names only.
import { expect, test, type Page } from '@playwright/test';
import { fieldNotes, itemNamed } from './support/field-notes';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { fixture } from './support/paths';
import { startWebHost, type WebHost } from './support/web-host';

let feeds: FeedServer;
const hosts: WebHost[] = [];

test.beforeAll(async () => {
  feeds = await startFeedServer({ [fieldNotes.path]: { body: fixture(fieldNotes.file) } });
});

test.afterAll(async () => {
  await Promise.all(hosts.map((host) => host.stop()));
  await feeds?.close();
});

async function freshHost(): Promise<WebHost> {
  const host = await startWebHost();
  hosts.push(host);
  return host;
}

function panes(page: Page) {
  return {
    subscriptions: page.getByRole('navigation', { name: 'Subscriptions' }),
    articles: page.getByRole('listbox', { name: 'Articles' }),
    reader: page.getByRole('region', { name: 'Article', exact: true }),
  };
}

const total = fieldNotes.items.length;

test('subscribe, refresh, read and star an article; it stays read and starred after a reload', async ({ page }, testInfo) => {
  const host = await freshHost();
  await page.goto(host.pageUrl);
  // The token is kept for the session and taken out of the address bar.
  await expect(page).not.toHaveURL(/token=/);

  const { subscriptions, articles, reader } = panes(page);
  await page.getByRole('button', { name: 'Add subscription' }).click();
  const form = page.getByRole('form', { name: 'Add subscription' });
  await form.getByLabel('Feed URL').fill(feeds.urlFor(fieldNotes.path));
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await expect(form).toBeHidden();

  // Refresh from the keyboard, and wait for it to finish.
  await page.keyboard.press('r');
  await expect(page.getByRole('status', { name: 'Refresh status' })).toContainText('Refreshed 1 feed');

  const feed = subscriptions.getByRole('button', { name: new RegExp(`^${fieldNotes.title},`) });
  await expect(feed).toHaveAccessibleName(`${fieldNotes.title}, ${total} unread`);
  await expect(subscriptions.getByRole('button', { name: /^All items,/ })).toHaveAccessibleName(`All items, ${total} unread`);
  await expect(articles.getByRole('option')).toHaveCount(total);

  // Open the first article.
  const first = articles.getByRole('option').first();
  const item = itemNamed(await first.getAttribute('aria-label'));
  await first.click();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(reader.getByRole('heading', { level: 1, name: item.title })).toBeVisible();
  await expect(reader).toContainText(item.text);
  await expect(reader.locator('script')).toHaveCount(0);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  const bodyLink = reader.getByRole('link', { name: item.link });
  await expect(bodyLink).toHaveAttribute('target', '_blank');
  await expect(bodyLink).toHaveAttribute('rel', /noopener/);

  // Opening it marked it read, and the count followed without a reload.
  await expect(feed).toHaveAccessibleName(`${fieldNotes.title}, ${total - 1} unread`);
  await expect(articles.getByRole('option', { name: item.title })).not.toHaveAccessibleName(/unread/);

  // Star it from the keyboard.
  await page.keyboard.press('s');
  await expect(reader.getByRole('button', { name: 'Unstar', exact: true, pressed: true })).toBeVisible();
  await expect(subscriptions.getByRole('button', { name: /^Starred,/ })).toHaveAccessibleName('Starred, 1 starred');

  // Everything was saved: reload (the token comes from the session now) and open it again.
  await page.reload();
  await expect(page.getByRole('alert')).toBeEmpty();
  await expect(feed).toHaveAccessibleName(`${fieldNotes.title}, ${total - 1} unread`);
  const again = articles.getByRole('option', { name: item.title });
  await expect(again).toHaveAccessibleName(/starred/);
  await expect(again).not.toHaveAccessibleName(/unread/);
  await again.click();
  await expect(reader.getByRole('heading', { level: 1, name: item.title })).toBeVisible();
  await expect(reader.getByRole('button', { name: 'Unstar', exact: true, pressed: true })).toBeVisible();
  await expect(feed).toHaveAccessibleName(`${fieldNotes.title}, ${total - 1} unread`);

  const shot = testInfo.outputPath('three-panes.png');
  await page.screenshot({ path: shot });
  await testInfo.attach('three panes', { path: shot, contentType: 'image/png' });
});

test('j and k move the selection through the list and open each article', async ({ page }) => {
  const host = await freshHost();
  await host.call('addFeed', { url: feeds.urlFor(fieldNotes.path) });
  await page.goto(host.pageUrl);

  const { articles, reader } = panes(page);
  const options = articles.getByRole('option');
  await expect(options).toHaveCount(total);
  await expect(articles.getByRole('option', { selected: true })).toHaveCount(0);

  // Letters typed into a field are text, not commands.
  await page.getByRole('button', { name: 'Add subscription' }).click();
  await page.getByLabel('Feed URL').pressSequentially('jjk');
  await expect(page.getByLabel('Feed URL')).toHaveValue('jjk');
  await expect(articles.getByRole('option', { selected: true })).toHaveCount(0);
  await page.getByLabel('Feed URL').press('Escape');

  await page.keyboard.press('j');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  const firstTitle = itemNamed(await options.nth(0).getAttribute('aria-label')).title;
  await expect(reader.getByRole('heading', { level: 1, name: firstTitle })).toBeVisible();

  await page.keyboard.press('j');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  const secondTitle = itemNamed(await options.nth(1).getAttribute('aria-label')).title;
  await expect(reader.getByRole('heading', { level: 1, name: secondTitle })).toBeVisible();

  await page.keyboard.press('k');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'false');
  await expect(reader.getByRole('heading', { level: 1, name: firstTitle })).toBeVisible();
  await expect(articles.getByRole('option', { selected: true })).toHaveCount(1);
});
