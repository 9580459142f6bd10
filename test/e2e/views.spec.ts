// The article list's views and options, and what the reader shows: expanded, magazine and cards;
// one choice per folder, remembered; oldest first; unread only; "mark older than" and mark-read
// on scroll; podcasts, tables and dates in the reader.
import { expect, test } from '@playwright/test';
import { panes, subscription, useDemoLibrary } from './support/app';

const demo = useDemoLibrary();

test('expanded view shows whole articles in a stream, and j walks it marking each read', async ({ page }) => {
  await demo.open(page);
  const { stream, toolbar, subscriptions } = panes(page);
  await toolbar.getByRole('radio', { name: 'Expanded' }).click();

  const first = stream.getByRole('article', { name: 'Fog rolls over the breakwater at dawn' });
  await expect(first).toContainText('The foghorn started before five');
  await expect(page.getByRole('region', { name: 'Article', exact: true })).toHaveCount(0);

  await page.keyboard.press('j');
  await expect(first).toHaveAttribute('aria-current', 'true');
  await expect(subscriptions.getByRole('button', { name: /^All items,/ })).toHaveAccessibleName('All items, 12 unread');
  await page.keyboard.press('j');
  const second = stream.getByRole('article', { name: 'Tide tables and the moon' });
  await expect(second).toHaveAttribute('aria-current', 'true');
  await expect(subscriptions.getByRole('button', { name: /^All items,/ })).toHaveAccessibleName('All items, 11 unread');
  // O folds the current article to its snippet, and unfolds it.
  await page.keyboard.press('o');
  await expect(second.getByRole('link', { name: 'tide chart' })).toHaveCount(0);
  await page.keyboard.press('o');
  await expect(second.getByRole('link', { name: 'tide chart' })).toBeVisible();
});

test('magazine and cards show pictures; the article opens in a panel over the list', async ({ page }) => {
  await demo.open(page);
  const { articles, toolbar } = panes(page);
  await toolbar.getByRole('radio', { name: 'Magazine' }).click();
  const row = articles.getByRole('option', { name: /^Twelve boats, one tide/ });
  await expect(row).toContainText('The regatta is older than the lighthouse');
  await expect(row.locator('img')).toHaveAttribute('src', /\/img\/2\.svg$/);

  await row.click();
  const panel = page.getByRole('region', { name: 'Article', exact: true });
  await expect(panel.getByRole('heading', { level: 1, name: /^Twelve boats/ })).toBeVisible();
  await panel.getByRole('button', { name: 'Close article' }).click();
  await expect(panel).toHaveCount(0);

  await toolbar.getByRole('radio', { name: 'Cards' }).click();
  const card = articles.getByRole('option', { name: /^A seal has taken over/ });
  await expect(card.locator('img')).toHaveAttribute('src', /\/img\/3\.svg$/);
  const [a, b] = await Promise.all([
    articles.getByRole('option').nth(0).boundingBox(),
    articles.getByRole('option').nth(1).boundingBox(),
  ]);
  // Side by side: a grid, not a list.
  expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x).toBe(true);
});

test('each subscription and folder keeps its own view, across a reload', async ({ page }) => {
  await demo.open(page);
  const { toolbar } = panes(page);
  await toolbar.getByRole('radio', { name: 'List' }).click();
  await subscription(page, 'Harbour Light').click();
  await toolbar.getByRole('radio', { name: 'Cards' }).click();
  await subscription(page, 'Coast').click();
  await toolbar.getByRole('radio', { name: 'Magazine' }).click();

  await subscription(page, 'All items').click();
  await expect(toolbar.getByRole('radio', { name: 'List' })).toBeChecked();
  await page.reload();
  await subscription(page, 'Harbour Light').click();
  await expect(toolbar.getByRole('radio', { name: 'Cards' })).toBeChecked();
  await subscription(page, 'Coast').click();
  await expect(toolbar.getByRole('radio', { name: 'Magazine' })).toBeChecked();
  // A subscription never set follows the last choice made.
  await subscription(page, 'Tide Radio').click();
  await expect(toolbar.getByRole('radio', { name: 'Magazine' })).toBeChecked();
});

test('oldest first, unread only, and both remembered', async ({ page }) => {
  await demo.open(page);
  const { articles, toolbar } = panes(page);
  await toolbar.getByRole('combobox', { name: 'Order' }).selectOption('oldest');
  await expect(articles.getByRole('option').first()).toHaveAccessibleName(/^Episode 41/);

  await articles.getByRole('option').first().click();
  await toolbar.getByRole('button', { name: 'Unread only' }).click();
  await expect(toolbar.getByRole('button', { name: 'Unread only', pressed: true })).toBeVisible();
  await expect(articles.getByRole('option').first()).toHaveAccessibleName(/^The old customs house/);
  await expect(articles.getByRole('option', { name: /^Episode 41/ })).toHaveCount(0);

  await page.reload();
  await expect(articles.getByRole('option').first()).toHaveAccessibleName(/^The old customs house/);
  await expect(toolbar.getByRole('combobox', { name: 'Order' })).toHaveValue('oldest');
});

test('"mark read" can leave the last day unread', async ({ page }) => {
  await demo.open(page);
  const { toolbar, notice, articles } = panes(page);
  await toolbar.getByRole('button', { name: 'Mark read…' }).click();
  await page.getByRole('menu', { name: 'Mark as read' }).getByRole('menuitem', { name: 'Older than a day' }).click();
  // Eight of the thirteen are a day old or more.
  await expect(notice).toContainText('Marked 8 articles as read');
  await expect(subscription(page, 'All items')).toHaveAccessibleName('All items, 5 unread');
  await expect(articles.getByRole('option', { name: /^Tide tables and the moon.*unread/ })).toHaveCount(1);
  await expect(articles.getByRole('option', { name: /^A seal has taken over.*unread/ })).toHaveCount(0);
});

test('with mark-read-on-scroll, an article scrolled past in the expanded view is read, and stays read', async ({ page }) => {
  const { host } = await demo.open(page);
  await host.call('updateSettings', { markReadOnScroll: true, listView: 'expanded' });
  await page.reload();
  const { stream } = panes(page);
  await expect(stream.getByRole('article').first()).toBeVisible();
  await stream.evaluate((element) => element.scrollBy(0, 400));
  await expect(subscription(page, 'All items')).toHaveAccessibleName('All items, 12 unread');
  // A refresh reloads the list: the change made a moment ago must not flicker back.
  await page.keyboard.press('r');
  await expect(page.getByRole('status', { name: 'Refresh status' })).toContainText('Refreshed 4 feeds');
  await expect(subscription(page, 'All items')).toHaveAccessibleName('All items, 12 unread');
  const unread = await host.call('listArticles', { scope: { kind: 'unread' }, limit: 50 });
  expect(unread.items.map((item) => item.title)).not.toContain('Fog rolls over the breakwater at dawn');
});

test('the reader plays podcasts, shows tables and code, and dates with the full date on hover', async ({ page }) => {
  await demo.open(page);
  const { articles, reader } = panes(page);

  await articles.getByRole('option', { name: /^Episode 42/ }).click();
  const attachments = reader.getByRole('list', { name: 'Attachments' });
  await expect(attachments.getByRole('link', { name: 'episode-42.mp3' })).toHaveAttribute('target', '_blank');
  await expect(attachments).toContainText('audio/mpeg, 48 MB');
  await expect(reader.getByLabel('Play episode-42.mp3')).toBeVisible();

  await articles.getByRole('option', { name: /^Reading tide data with SQLite/ }).click();
  await expect(reader.getByRole('table')).toBeVisible();
  await expect(reader.getByRole('cell', { name: '5.61' })).toBeVisible();
  await expect(reader.getByRole('code').first()).toContainText('CREATE TABLE readings');
  const time = reader.getByRole('time');
  await expect(time).toHaveText('5 hours ago');
  await expect(time).toHaveAttribute('title', /\d{4}/);
  await expect(reader.getByRole('link', { name: 'View original' })).toHaveAttribute('rel', 'noopener noreferrer');
});
