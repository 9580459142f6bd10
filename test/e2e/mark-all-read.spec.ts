// Shift+A on All items (issue #19): more than a screenful marked read offers Undo, which puts
// back exactly what it marked; with "Confirm before marking many articles read" it asks first.
import { expect, test, type Page } from '@playwright/test';
import { rss } from '../support/feed-server';
import { panes, subscription, useDemoLibrary } from './support/app';
import { demoArticleCount } from './support/demo-library';

const demo = useDemoLibrary();

const dailyCount = 40;

/** The demo library and a feed of forty more articles, so All items holds more than a screenful. */
async function openWithDailyLog(page: Page) {
  demo.server.set('/daily.xml', {
    body: rss(
      'Daily Log',
      Array.from({ length: dailyCount }, (_, index) => ({
        guid: `d${index}`,
        title: `Log entry ${index + 1}`,
        pubDate: new Date(Date.now() - (index + 1) * 3_600_000 * 30).toUTCString(),
      })),
    ),
  });
  const app = await demo.open(page);
  await app.host.call('addFeed', { url: demo.server.urlFor('/daily.xml') });
  await page.reload();
  await expect(subscription(page, 'Daily Log')).toHaveAccessibleName(`Daily Log, ${dailyCount} unread`);
  return app;
}

const total = demoArticleCount + dailyCount;

test('Shift+A on All items offers Undo, which makes exactly those articles unread again', async ({ page }) => {
  const { host } = await openWithDailyLog(page);
  const { articles, notice, reader } = panes(page);
  const allItems = subscription(page, 'All items');

  // One read by hand before: it stays read after the Undo.
  await articles.getByRole('option', { name: /^Fog rolls over the breakwater/ }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(/^Fog rolls over/);
  await expect(allItems).toHaveAccessibleName(`All items, ${total - 1} unread`);

  await page.keyboard.press('Shift+A');
  await expect(notice).toContainText(`Marked ${total - 1} articles as read`);
  await expect(allItems).toHaveAccessibleName('All items, 0 unread');
  await expect(articles.getByRole('option', { name: /unread/ })).toHaveCount(0);

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toContainText(`${total - 1} articles are unread again`);
  await expect(allItems).toHaveAccessibleName(`All items, ${total - 1} unread`);
  await expect(subscription(page, 'Daily Log')).toHaveAccessibleName(`Daily Log, ${dailyCount} unread`);
  await expect(subscription(page, 'Harbour Light')).toHaveAccessibleName('Harbour Light, 5 unread');
  await expect(articles.getByRole('option', { name: /^Log entry 1,/ })).toHaveAccessibleName(/unread/);
  await expect(articles.getByRole('option', { name: /^Fog rolls over the breakwater/ })).not.toHaveAccessibleName(/unread/);
  const fog = (await host.call('listArticles', { scope: { kind: 'all' }, limit: 100 })).items.find((item) => item.title.startsWith('Fog rolls'));
  expect(fog?.read).toBe(true);
});

test('a few marked read (a screenful or less) are not offered Undo', async ({ page }) => {
  await openWithDailyLog(page);
  const { notice } = panes(page);
  await subscription(page, 'Harbour Light').click();
  await page.keyboard.press('Shift+A');
  await expect(notice).toContainText('Marked 6 articles as read');
  await expect(notice.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('"Confirm before marking many articles read" asks first: Escape keeps them, Enter marks them', async ({ page }) => {
  const { host } = await openWithDailyLog(page);
  const { notice } = panes(page);
  const allItems = subscription(page, 'All items');

  // Off by default; switched on in Settings.
  expect((await host.call('getSettings', {})).confirmMarkManyRead).toBe(false);
  await page.keyboard.press(',');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('checkbox', { name: /Confirm before marking many articles read/ }).check();
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();
  await expect.poll(async () => (await host.call('getSettings', {})).confirmMarkManyRead).toBe(true);

  await page.keyboard.press('Shift+A');
  const confirm = page.getByRole('dialog', { name: 'Mark all as read' });
  await expect(confirm).toContainText(`Mark ${total} articles in All items as read?`);
  await expect(confirm.getByRole('button', { name: 'Mark as read' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(allItems).toHaveAccessibleName(`All items, ${total} unread`);

  await page.keyboard.press('Shift+A');
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(notice).toContainText(`Marked ${total} articles as read`);
  await expect(allItems).toHaveAccessibleName('All items, 0 unread');

  // A screenful or less is marked at once, without asking.
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(allItems).toHaveAccessibleName(`All items, ${total} unread`);
  await subscription(page, 'Harbour Light').click();
  await page.keyboard.press('Shift+A');
  await expect(notice).toContainText('Marked 6 articles as read');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
