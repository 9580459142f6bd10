// An article's menu (#18's "Make a rule from this…" where the issue puts it): a right-click on a
// row of the list or on the open article's header, the Menu key or Shift+F10 on the selected row.
// Each entry does what the article's key or button does, for the article the menu is on.
import { expect, test, type Page } from '@playwright/test';
import { panes, subscription, useDemoLibrary } from './support/app';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { startWebHost, type WebHost } from './support/web-host';

const demo = useDemoLibrary();

const started = Date.now();

/** An RSS feed of these titles, the first the newest, an hour apart. */
function rss(channel: string, titles: readonly string[]): string {
  const items = titles
    .map(
      (title, index) =>
        `<item><guid>${channel}-${title}</guid><title>${title}</title><link>https://example.org/${encodeURIComponent(title)}</link>` +
        `<pubDate>${new Date(started - index * 3_600_000).toUTCString()}</pubDate><description>${title}.</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${channel}</title><link>https://example.org/</link>${items}</channel></rss>`;
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

const menuOf = (page: Page, title: string) => page.getByRole('menu', { name: `Actions for ${title}` });
const option = (page: Page, title: string) => panes(page).articles.getByRole('option', { name: new RegExp(`^${title},`) });

test('"Make a rule from this…" on a row’s right-click opens the editor with its feed and title words, and the rule saved hides the next such article of that feed only, which the menu in Filtered shows again', async ({ page }) => {
  feeds.set('/coast.xml', { body: rss('Coast Watch', ['Seal pups on the slipway', 'Tide tables for May']) });
  feeds.set('/harbour.xml', { body: rss('Harbour Log', ['A seal in the harbour']) });
  const host = await startWebHost();
  hosts.push(host);
  await host.call('addFeed', { url: feeds.urlFor('/coast.xml') });
  await host.call('addFeed', { url: feeds.urlFor('/harbour.xml') });
  await page.goto(host.pageUrl);
  const { articles, reader } = panes(page);
  await expect(articles.getByRole('option')).toHaveCount(3);

  await option(page, 'Seal pups on the slipway').click({ button: 'right' });
  await menuOf(page, 'Seal pups on the slipway').getByRole('menuitem', { name: 'Make a rule from this…' }).click();
  // A right-click opens no article (opening would mark it read).
  await expect(reader.getByRole('heading', { level: 1 })).toHaveCount(0);
  const dialog = page.getByRole('dialog', { name: 'New rule' });
  await expect(dialog.getByRole('combobox', { name: 'Scope' })).toHaveValue('feeds');
  await expect(dialog.getByRole('listbox', { name: 'Feeds' }).getByRole('option', { selected: true })).toHaveText(['Coast Watch']);
  await expect(dialog.getByRole('textbox', { name: 'Value 1' })).toHaveValue('Seal pups on the slipway');
  await expect(dialog.getByText('Matches 1 article')).toBeVisible();

  // Trimmed to one word: Harbour Log's seal is outside the rule's feed, so still one match.
  await dialog.getByRole('textbox', { name: 'Value 1' }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('seal');
  await expect(dialog.getByRole('textbox', { name: 'Value 1' })).toHaveValue('seal');
  await expect(dialog.getByText('Matches 1 article')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const [rule] = (await host.call('listRules', {})).rules;
  expect(rule?.conditions).toEqual([{ field: 'title', op: 'contains', value: 'seal' }]);
  expect(rule?.actions).toEqual(['hide']);

  // The next refresh brings a seal to each feed: Coast Watch's is hidden as it lands, Harbour Log's is not.
  feeds.set('/coast.xml', { body: rss('Coast Watch', ['A seal on the harbour wall', 'Seal pups on the slipway', 'Tide tables for May']) });
  feeds.set('/harbour.xml', { body: rss('Harbour Log', ['Seal season begins', 'A seal in the harbour']) });
  await host.call('refresh', {});
  await expect(option(page, 'Seal season begins')).toHaveCount(1);
  await expect(articles.getByRole('option')).toHaveCount(4);
  await expect(option(page, 'A seal on the harbour wall')).toHaveCount(0);
  await expect(panes(page).subscriptions.getByRole('button', { name: /^Filtered/ })).toHaveAccessibleName('Filtered, 1 hidden');
  await expect(subscription(page, 'Coast Watch')).toHaveAccessibleName('Coast Watch, 2 unread');
  await expect(subscription(page, 'Harbour Log')).toHaveAccessibleName('Harbour Log, 2 unread');

  // In Filtered, the menu also puts a hidden article back.
  await panes(page).subscriptions.getByRole('button', { name: /^Filtered/ }).click();
  await option(page, 'A seal on the harbour wall').click({ button: 'right' });
  await menuOf(page, 'A seal on the harbour wall').getByRole('menuitem', { name: 'Show again' }).click();
  await expect(articles.getByRole('option')).toHaveCount(0);
  await expect(subscription(page, 'Coast Watch')).toHaveAccessibleName('Coast Watch, 3 unread');
});

test('Shift+F10 and the Menu key open the selected row’s menu: arrows move, Enter runs, Escape closes and gives focus back to the row', async ({ page }) => {
  await demo.open(page);
  const { articles } = panes(page);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const second = articles.getByRole('option', { selected: true });
  await expect(second).toHaveAccessibleName(/^Tide tables and the moon, Field Notes/);
  const secondId = await second.getAttribute('id');

  await page.keyboard.press('Shift+F10');
  const menu = menuOf(page, 'Tide tables and the moon');
  await expect(menu.getByRole('menuitem', { name: 'Open in browser' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Copy link' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  // j opened it, so it is read.
  await expect(menu.getByRole('menuitem', { name: 'Mark as unread' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Star', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(option(page, 'Tide tables and the moon')).toHaveAccessibleName(/, starred/);
  await expect(articles).toBeFocused();
  await expect(articles).toHaveAttribute('aria-activedescendant', secondId ?? '');

  await page.keyboard.press('ContextMenu');
  await expect(menu.getByRole('menuitem', { name: 'Unstar' })).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem').last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(articles).toBeFocused();
  await expect(articles).toHaveAttribute('aria-activedescendant', secondId ?? '');
  // Focus is back on the list: its keys work again.
  await page.keyboard.press('ArrowDown');
  await expect(articles.getByRole('option', { selected: true })).toHaveAccessibleName(/^Reading tide data with SQLite,/);

  // In the subscriptions pane the keys are the rows' own: a view without a menu opens no article's.
  await subscription(page, 'All items').focus();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(subscription(page, 'All items')).toBeFocused();
});

test('from the reader, Shift+F10 opens the open article’s menu, and Escape gives focus back where it was', async ({ page }) => {
  await demo.open(page);
  const { reader } = panes(page);
  await option(page, 'A heron at low water').click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('A heron at low water');
  const star = reader.getByRole('button', { name: 'Star', exact: true });
  await star.focus();
  await page.keyboard.press('Shift+F10');
  const menu = menuOf(page, 'A heron at low water');
  await expect(menu.getByRole('menuitem', { name: 'Open in browser' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(star).toBeFocused();
});

test('a row’s menu marks it read and unread, and the unread counts follow; the open article’s header has the same menu', async ({ page }) => {
  await demo.open(page);
  const { reader } = panes(page);
  await expect(subscription(page, 'Field Notes')).toHaveAccessibleName('Field Notes, 3 unread');
  const allItems = await subscription(page, 'All items').getAttribute('aria-label');

  await option(page, 'A heron at low water').click({ button: 'right' });
  await menuOf(page, 'A heron at low water').getByRole('menuitem', { name: 'Mark as read' }).click();
  await expect(subscription(page, 'Field Notes')).toHaveAccessibleName('Field Notes, 2 unread');
  await expect(option(page, 'A heron at low water')).not.toHaveAccessibleName(/unread/);
  await expect(subscription(page, 'All items')).not.toHaveAccessibleName(allItems ?? '');

  await option(page, 'A heron at low water').click({ button: 'right' });
  await menuOf(page, 'A heron at low water').getByRole('menuitem', { name: 'Mark as unread' }).click();
  await expect(subscription(page, 'Field Notes')).toHaveAccessibleName('Field Notes, 3 unread');
  await expect(subscription(page, 'All items')).toHaveAccessibleName(allItems ?? '');

  await option(page, 'Sea glass, sorted by colour').click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Sea glass, sorted by colour');
  await reader.getByRole('heading', { level: 1 }).click({ button: 'right' });
  await menuOf(page, 'Sea glass, sorted by colour').getByRole('menuitem', { name: 'Star', exact: true }).click();
  await expect(reader.getByRole('button', { name: 'Unstar' })).toHaveAttribute('aria-pressed', 'true');
  await expect(option(page, 'Sea glass, sorted by colour')).toHaveAccessibleName(/, starred/);
});

test('a row’s menu copies its link and opens it in the browser', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.route('https://example.org/**', (route) => route.fulfill({ body: 'the article', contentType: 'text/plain' }));
  await demo.open(page);
  await option(page, 'A heron at low water').click({ button: 'right' });
  await menuOf(page, 'A heron at low water').getByRole('menuitem', { name: 'Copy link' }).click();
  await expect(panes(page).notice).toContainText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://example.org/field-notes/f2');

  const opened = context.waitForEvent('page');
  await option(page, 'A heron at low water').click({ button: 'right' });
  await menuOf(page, 'A heron at low water').getByRole('menuitem', { name: 'Open in browser' }).click();
  const tab = await opened;
  await tab.waitForLoadState();
  expect(tab.url()).toBe('https://example.org/field-notes/f2');
  // Neither opened it here.
  await expect(panes(page).reader.getByRole('heading', { level: 1 })).toHaveCount(0);
});

test('in the expanded view, a right-click on an article’s header opens its menu, and Shift+F10 the current article’s', async ({ page }) => {
  await demo.open(page);
  await page.keyboard.press('1');
  const { stream } = panes(page);
  const item = stream.getByRole('article', { name: 'Fog rolls over the breakwater at dawn' });
  await item.getByRole('heading', { level: 2 }).click({ button: 'right' });
  await menuOf(page, 'Fog rolls over the breakwater at dawn').getByRole('menuitem', { name: 'Star', exact: true }).click();
  await expect(item.getByRole('button', { name: 'Unstar' })).toHaveAttribute('aria-pressed', 'true');

  // From the keys: the current article's menu, and focus back on that article after Escape.
  await page.keyboard.press('j');
  await expect(item).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Shift+F10');
  const menu = menuOf(page, 'Fog rolls over the breakwater at dawn');
  await expect(menu.getByRole('menuitem', { name: 'Unstar' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(item).toBeFocused();
});

test('a row’s menu shares it, the open shared article’s menu unshares it, and "Share with note…" asks for the note of the row it was opened on', async ({ page }) => {
  await demo.open(page);
  const { articles, reader, notice, heading } = panes(page);
  await option(page, 'A heron at low water').click({ button: 'right' });
  await menuOf(page, 'A heron at low water').getByRole('menuitem', { name: 'Share', exact: true }).click();
  await expect(notice).toContainText('Shared: A heron at low water');
  await page.keyboard.press('g');
  await page.keyboard.press('Shift+S');
  await expect(heading).toHaveText('Shared');
  await expect(articles.getByRole('option')).toHaveCount(1);

  await option(page, 'A heron at low water').click();
  await expect(reader.getByRole('button', { name: 'Unshare' })).toHaveAttribute('aria-pressed', 'true');
  await reader.getByRole('heading', { level: 1 }).click({ button: 'right' });
  await menuOf(page, 'A heron at low water').getByRole('menuitem', { name: 'Unshare' }).click();
  await expect(articles.getByRole('option')).toHaveCount(0);

  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await option(page, 'Sea glass, sorted by colour').click({ button: 'right' });
  await menuOf(page, 'Sea glass, sorted by colour').getByRole('menuitem', { name: 'Share with note…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with note' });
  await expect(dialog.getByLabel('Note')).toBeFocused();
  await page.keyboard.type('Green ones are rarest.');
  await dialog.getByRole('button', { name: 'Share' }).click();
  await expect(notice).toContainText('Shared: Sea glass, sorted by colour');
});
