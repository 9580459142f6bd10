// "Keep articles…" from a subscription's context menu: the feed's own retention, set in a small
// dialog, stored in the library (it survives a reload) and shown again when the dialog reopens.
import { expect, test, type Page } from '@playwright/test';
import { panes, subscription, useDemoLibrary } from './support/app';

const demo = useDemoLibrary();

async function openKeepDialog(page: Page, title: string) {
  await subscription(page, title).click({ button: 'right' });
  await page.getByRole('menu', { name: `Actions for ${title}` }).getByRole('menuitem', { name: 'Keep articles…' }).click();
  const dialog = page.getByRole('dialog', { name: `Keep articles of ${title}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a feed set to keep read articles 7 days keeps that choice across a reload', async ({ page }) => {
  const { host, feedIds } = await demo.open(page);

  const dialog = await openKeepDialog(page, 'Field Notes');
  await expect(dialog.getByRole('radio', { name: /^Follow the global setting \(90 days\)/ })).toBeChecked();
  await expect(dialog.getByLabel('Days to keep read articles')).toBeDisabled();
  await dialog.getByRole('radio', { name: 'Keep for a number of days' }).check();
  await dialog.getByLabel('Days to keep read articles').fill('7');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(panes(page).notice).toContainText('Field Notes keeps read articles 7 days, no article limit');

  await page.reload();
  const again = await openKeepDialog(page, 'Field Notes');
  await expect(again.getByRole('radio', { name: 'Keep for a number of days' })).toBeChecked();
  await expect(again.getByLabel('Days to keep read articles')).toHaveValue('7');
  await expect(again.getByRole('checkbox', { name: 'Keep only the newest' })).not.toBeChecked();
  const stored = (await host.call('listFeeds', {})).feeds.find((feed) => feed.id === feedIds.get('Field Notes'));
  expect(stored?.retention).toEqual({ days: 7, maxArticles: null });

  // Forever with a count limit, then back to the global setting.
  await again.getByRole('radio', { name: 'Keep forever' }).check();
  await again.getByRole('checkbox', { name: 'Keep only the newest' }).check();
  await again.getByLabel('Most articles to keep').fill('200');
  await again.getByRole('button', { name: 'Save' }).click();
  await expect(panes(page).notice).toContainText('Field Notes keeps read articles forever, at most the newest 200 articles');
  const third = await openKeepDialog(page, 'Field Notes');
  await expect(third.getByLabel('Most articles to keep')).toHaveValue('200');
  await third.getByRole('radio', { name: /^Follow the global setting/ }).check();
  await third.getByRole('checkbox', { name: 'Keep only the newest' }).uncheck();
  await third.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(async () => (await host.call('listFeeds', {})).feeds.find((feed) => feed.id === feedIds.get('Field Notes'))?.retention)
    .toEqual({ days: null, maxArticles: null });
});

test('a number out of range keeps the dialog open and changes nothing', async ({ page }) => {
  const { host, feedIds } = await demo.open(page);
  const dialog = await openKeepDialog(page, 'Field Notes');
  await dialog.getByRole('checkbox', { name: 'Keep only the newest' }).check();
  await dialog.getByLabel('Most articles to keep').fill('0');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeVisible();
  const stored = (await host.call('listFeeds', {})).feeds.find((feed) => feed.id === feedIds.get('Field Notes'));
  expect(stored?.retention).toEqual({ days: null, maxArticles: null });
});
