// Dialogs that take text, typed into from the keyboard as a person would (issue #19): each opens
// with focus in its field, so spaces and letters are text, never the × button or shortcuts; Tab
// stays inside; closing gives focus back where it was.
import { expect, test, type Page } from '@playwright/test';
import { panes, subscription, useDemoLibrary } from './support/app';
import type { WebHost } from './support/web-host';

const demo = useDemoLibrary();

async function articleNamed(host: WebHost, title: string) {
  const page = await host.call('listArticles', { scope: { kind: 'all' }, limit: 100 });
  const summary = page.items.find((item) => item.title === title);
  if (!summary) throw new Error(`no article ${title}`);
  return host.call('getArticle', { articleId: summary.id });
}

async function selectArticle(page: Page, title: RegExp) {
  const { articles, reader } = panes(page);
  await articles.getByRole('option', { name: title }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
}

const noDialogOpen = async (page: Page) => expect(page.getByRole('dialog')).toHaveCount(0);

test('Shift+D, c and t take typed words with spaces as text, and no letter runs as a shortcut', async ({ page }) => {
  const { host } = await demo.open(page);
  const { reader } = panes(page);
  await selectArticle(page, /^Fog rolls over the breakwater at dawn/);

  await page.keyboard.press('Shift+D');
  await expect(page.getByRole('dialog', { name: 'Share with note' })).toBeVisible();
  await page.keyboard.type('nice post, said the heron');
  await page.keyboard.press('Control+Enter');
  await noDialogOpen(page);
  await expect.poll(async () => (await articleNamed(host, 'Fog rolls over the breakwater at dawn')).sharedAt).not.toBeNull();

  await page.keyboard.press('c');
  const note = page.getByRole('dialog', { name: /^Note on Fog rolls over/ });
  await expect(note).toBeVisible();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('walk the breakwater before six');
  await page.keyboard.press('Control+Enter');
  await expect(reader.getByRole('blockquote', { name: 'Your note' })).toHaveText('walk the breakwater before six');

  await page.keyboard.press('t');
  const labels = page.getByRole('dialog', { name: /^Labels on Fog rolls over/ });
  await expect(labels).toBeVisible();
  await page.keyboard.type('coast walks');
  await page.keyboard.press('Enter');
  await expect(labels.getByRole('list', { name: 'Labels on this article' })).toContainText('coast walks');
  await page.keyboard.press('Escape');
  await noDialogOpen(page);
  await expect(subscription(page, 'coast walks')).toBeVisible();

  const saved = await articleNamed(host, 'Fog rolls over the breakwater at dawn');
  // "s" (star), "l" (like), "p" and "o" were typed as text, not run.
  expect(saved).toMatchObject({ note: 'walk the breakwater before six', starred: false, liked: false, labels: [{ name: 'coast walks' }] });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(/^Fog rolls over the breakwater at dawn/);
});

test('Shift+D on an article with no note saves the typed note with the share', async ({ page }) => {
  const { host } = await demo.open(page);
  await selectArticle(page, /^Tide tables and the moon/);
  await page.keyboard.press('Shift+D');
  await expect(page.getByRole('dialog', { name: 'Share with note' })).toBeVisible();
  await page.keyboard.type('nice post');
  await page.keyboard.press('Control+Enter');
  await noDialogOpen(page);
  await expect.poll(async () => (await articleNamed(host, 'Tide tables and the moon')).note).toBe('nice post');
  expect(await articleNamed(host, 'Tide tables and the moon')).toMatchObject({ starred: false });
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('g u and g t: typed words with spaces pick the subscription or folder, and Enter goes there', async ({ page }) => {
  await demo.open(page);
  const { heading } = panes(page);

  await page.keyboard.press('g');
  await page.keyboard.press('u');
  await expect(page.getByRole('dialog', { name: 'Go to subscription' })).toBeVisible();
  await page.keyboard.type('shipshape code');
  await page.keyboard.press('Enter');
  await noDialogOpen(page);
  await expect(heading).toHaveText('Shipshape Code');

  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page.getByRole('dialog', { name: 'Go to folder' })).toBeVisible();
  await page.keyboard.type('nature coast');
  await page.keyboard.press('Enter');
  await noDialogOpen(page);
  await expect(heading).toHaveText('Coast');
});

test('Rename from the subscription menu (Shift+F10) takes the typed name', async ({ page }) => {
  const { host, feedIds } = await demo.open(page);
  await subscription(page, 'Tide Radio').focus();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menuitem', { name: 'Rename…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Rename subscription' })).toBeVisible();
  await page.keyboard.type('Radio of the tides');
  await page.keyboard.press('Enter');
  await noDialogOpen(page);
  await expect(subscription(page, 'Radio of the tides')).toBeVisible();
  const library = await host.call('listFeeds', {});
  expect(library.feeds.find((feed) => feed.id === feedIds.get('Tide Radio'))?.title).toBe('Radio of the tides');
  // Closing the dialog gave focus back to the subscription the menu was for.
  await expect(subscription(page, 'Radio of the tides')).toBeFocused();
});

test('a dialog keeps Tab inside itself and gives focus back where it was when it closes', async ({ page }) => {
  await demo.open(page);
  const { articles } = panes(page);
  await selectArticle(page, /^Tide tables and the moon/);
  await expect(articles).toBeFocused();

  await page.keyboard.press('c');
  const note = page.getByRole('dialog', { name: /^Note on Tide tables/ });
  await expect(note.getByLabel('Your note')).toBeFocused();
  const insideDialog = () => page.evaluate(() => document.activeElement?.closest('dialog[open]') !== null);
  // The note, Cancel, Save note and × : twice round, then back.
  for (let press = 0; press < 9; press++) {
    await page.keyboard.press('Tab');
    expect(await insideDialog()).toBe(true);
  }
  for (let press = 0; press < 9; press++) {
    await page.keyboard.press('Shift+Tab');
    expect(await insideDialog()).toBe(true);
  }
  await page.keyboard.press('Escape');
  await noDialogOpen(page);
  await expect(articles).toBeFocused();

  // The same for a picker opened from the list.
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page.getByRole('combobox', { name: 'Go to folder' })).toBeFocused();
  await page.keyboard.press('Escape');
  await noDialogOpen(page);
  await expect(articles).toBeFocused();
});
