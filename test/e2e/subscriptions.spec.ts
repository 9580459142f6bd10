// Arranging subscriptions from the context menu (by its button, a right-click or the keyboard):
// rename, move to a folder, rename a folder, mark all read, copy the URL, refresh, open the site,
// and unsubscribe with undo.
import { expect, test, type Page } from '@playwright/test';
import { panes, subscription, useDemoLibrary } from './support/app';

const demo = useDemoLibrary();

async function menuFor(page: Page, title: string) {
  await subscription(page, title).hover();
  await panes(page).subscriptions.getByRole('button', { name: `Actions for ${title}` }).click();
  const menu = page.getByRole('menu', { name: `Actions for ${title}` });
  await expect(menu).toBeVisible();
  return menu;
}

test('unsubscribing can be undone, with stars and read state intact; otherwise only what was kept stays', async ({ page }) => {
  const { host } = await demo.open(page);
  const { notice, articles } = panes(page);
  await subscription(page, 'Tide Radio').click();
  await articles.getByRole('option', { name: /^Episode 42/ }).click();
  await page.keyboard.press('s');

  await (await menuFor(page, 'Tide Radio')).getByRole('menuitem', { name: 'Unsubscribe' }).click();
  await expect(notice).toContainText('Unsubscribed from Tide Radio');
  await expect(subscription(page, 'Tide Radio')).toHaveCount(0);
  await expect(panes(page).heading).toHaveText('All items');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(subscription(page, 'Tide Radio')).toHaveAccessibleName('Tide Radio, 1 unread');

  await page.reload();
  await subscription(page, 'Tide Radio').click();
  await expect(articles.getByRole('option', { name: /^Episode 42.*starred/ })).toHaveCount(1);

  // Right-click opens the same menu; this time the notice goes away and the feed with it.
  await subscription(page, 'Tide Radio').click({ button: 'right' });
  await page.getByRole('menu', { name: 'Actions for Tide Radio' }).getByRole('menuitem', { name: 'Unsubscribe' }).click();
  await notice.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect.poll(async () => (await host.call('listFeeds', {})).feeds.map((feed) => feed.title)).not.toContain('Tide Radio');
  await page.reload();
  await expect(subscription(page, 'Harbour Light')).toBeVisible();
  // The starred episode was kept: the feed stays under "Inactive feeds", holding only that.
  const inactive = panes(page).subscriptions.getByRole('list', { name: 'Inactive feeds' });
  await expect(subscription(page, 'Tide Radio')).toHaveCount(1);
  await inactive.getByRole('button', { name: /^Tide Radio,/ }).click();
  await expect(articles.getByRole('option')).toHaveCount(1);
  await expect(articles.getByRole('option', { name: /^Episode 42.*starred/ })).toHaveCount(1);
});

test('rename a subscription (kept across refreshes), move it to a new folder, rename a folder', async ({ page }) => {
  await demo.open(page);
  const { subscriptions } = panes(page);

  await (await menuFor(page, 'Field Notes')).getByRole('menuitem', { name: 'Rename…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename subscription' });
  await rename.getByLabel('Name').fill('Coastal Notebook');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(subscription(page, 'Coastal Notebook')).toHaveAccessibleName('Coastal Notebook, 3 unread');
  await page.keyboard.press('r');
  await expect(page.getByRole('status', { name: 'Refresh status' })).toContainText('Refreshed 4 feeds');
  await expect(subscription(page, 'Coastal Notebook')).toBeVisible();
  await expect(panes(page).articles.getByRole('option', { name: /Tide tables and the moon, Coastal Notebook/ })).toHaveCount(1);

  // From the keyboard: the Menu key on the focused row.
  await subscription(page, 'Coastal Notebook').focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Actions for Coastal Notebook' });
  await expect(menu.getByRole('menuitem', { name: 'Rename…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Move to folder…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const move = page.getByRole('dialog', { name: 'Move Coastal Notebook' });
  await expect(move.getByLabel('Folder')).toHaveValue('Nature/Coast');
  await move.getByLabel('Folder').fill('Tech/Outdoors');
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(subscription(page, 'Outdoors')).toHaveAccessibleName('Outdoors, 3 unread');
  await expect(subscription(page, 'Tech')).toHaveAccessibleName('Tech, 5 unread');
  await expect(subscription(page, 'Coast')).toHaveAccessibleName('Coast, 6 unread');

  await subscription(page, 'Nature').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Rename folder…' }).click();
  const folder = page.getByRole('dialog', { name: 'Rename folder' });
  await folder.getByLabel('Name').fill('Outside');
  await folder.getByRole('button', { name: 'Rename' }).click();
  await expect(subscriptions.getByRole('button', { name: /^Outside,/ })).toBeVisible();
  await expect(subscription(page, 'Nature')).toHaveCount(0);
});

test('mark a folder read, copy a feed URL, refresh one feed, open its site', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.route('https://example.org/**', (route) => route.fulfill({ body: 'the site', contentType: 'text/plain' }));
  await demo.open(page);
  const { notice } = panes(page);

  await subscription(page, 'Coast').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Mark all as read' }).click();
  await expect(subscription(page, 'Coast')).toHaveAccessibleName('Coast, 0 unread');
  await expect(subscription(page, 'All items')).toHaveAccessibleName('All items, 4 unread');

  await (await menuFor(page, 'Tide Radio')).getByRole('menuitem', { name: 'Copy feed URL' }).click();
  await expect(notice).toContainText('Feed URL copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(demo.server.urlFor('/radio.xml'));

  await (await menuFor(page, 'Tide Radio')).getByRole('menuitem', { name: 'Refresh this feed' }).click();
  await expect(page.getByRole('status', { name: 'Refresh status' })).toContainText('Refreshed 1 feed');

  const site = context.waitForEvent('page');
  await (await menuFor(page, 'Tide Radio')).getByRole('menuitem', { name: 'Open the site' }).click();
  const opened = await site;
  await opened.waitForLoadState();
  expect(opened.url()).toBe('https://example.org/radio/');
});
