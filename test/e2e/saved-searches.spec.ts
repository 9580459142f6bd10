// Saved searches (issue #18): a search typed in the box, saved under a name, is a view in the
// sidebar with its unread count; opening it shows its results; reading one lowers the count.
import { expect, test } from '@playwright/test';
import { panes, useDemoLibrary } from './support/app';

const demo = useDemoLibrary();

test('a saved search shows in the sidebar with its unread count, opens its results, and counts down as they are read', async ({ page }) => {
  await demo.open(page);
  const { articles, heading, reader, subscriptions } = panes(page);
  await page.keyboard.press('/');
  await page.keyboard.type('tide');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Search: tide');
  const hits = articles.getByRole('option');
  await expect(hits.first()).toBeVisible();
  const found = await hits.count();
  expect(found).toBeGreaterThan(1);

  await page.getByRole('button', { name: 'Save this search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save this search' });
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Tides');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const saved = subscriptions.getByRole('list', { name: 'Saved searches' }).getByRole('button', { name: /^Tides,/ });
  await expect(saved).toHaveAccessibleName(`Tides, ${found} unread`);
  await expect(page.getByText('Saved as “Tides”')).toBeVisible();

  // Away and back: the saved search opens its results as the search did.
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(heading).toHaveText('All items');
  await saved.focus();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Search: tide');
  await expect(hits).toHaveCount(found);
  await expect(saved).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('tide');

  // Opening a result reads it: the saved search's count follows.
  await hits.first().click();
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(saved).toHaveAccessibleName(`Tides, ${found - 1} unread`);
});

test('a saved search is renamed and deleted from its menu, by keyboard', async ({ page }) => {
  await demo.open(page);
  const { subscriptions } = panes(page);
  await page.keyboard.press('/');
  await page.keyboard.type('heron');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Save this search' }).click();
  await page.keyboard.press('Enter');
  const list = subscriptions.getByRole('list', { name: 'Saved searches' });
  await expect(list.getByRole('button', { name: /^heron,/ })).toBeVisible();

  await list.getByRole('button', { name: /^heron,/ }).focus();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menuitem', { name: 'Rename…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Herons');
  await page.keyboard.press('Enter');
  await expect(list.getByRole('button', { name: /^Herons,/ })).toHaveAccessibleName('Herons, 1 unread');

  await list.getByRole('button', { name: /^Herons,/ }).focus();
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Delete saved search' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
});
