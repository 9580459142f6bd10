// The settings dialog: every setting saved as it changes, applied at once, and there after a reload.
import { expect, test } from '@playwright/test';
import { panes, useDemoLibrary } from './support/app';

const demo = useDemoLibrary();

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme applies at once; every setting is kept across a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const { host } = await demo.open(page);
  const light = await background(page);

  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(() => background(page)).not.toBe(light);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await dialog.getByLabel('Article font').selectOption('sans');
  await dialog.getByLabel('Text size').fill('20');
  await dialog.getByRole('radio', { name: 'Compact' }).check();
  await dialog.getByLabel('Default view').selectOption('magazine');
  await dialog.getByLabel('Refresh subscriptions').selectOption({ label: 'Every hour' });
  await dialog.getByRole('checkbox', { name: /Mark articles read when opened/ }).uncheck();
  await dialog.getByRole('checkbox', { name: /Mark articles read when scrolled past/ }).check();
  await dialog.getByRole('checkbox', { name: /Open links in the background/ }).check();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await expect
    .poll(() => host.call('getSettings', {}))
    .toMatchObject({
      theme: 'dark',
      fontFamily: 'sans',
      fontSize: 20,
      density: 'compact',
      listView: 'magazine',
      refreshIntervalMinutes: 60,
      markReadOnOpen: false,
      markReadOnScroll: true,
      openLinksInBackground: true,
    });

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(panes(page).toolbar.getByRole('radio', { name: 'Magazine' })).toBeChecked();
  await page.keyboard.press(',');
  await expect(dialog.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(dialog.getByLabel('Text size')).toHaveValue('20');
  await expect(dialog.getByRole('checkbox', { name: /Mark articles read when opened/ })).not.toBeChecked();

  // "Follow system" follows it, both ways.
  await dialog.getByRole('radio', { name: 'Follow system' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('with "mark read when opened" off, opening an article leaves it unread', async ({ page }) => {
  const { host } = await demo.open(page);
  await host.call('updateSettings', { markReadOnOpen: false });
  await page.reload();
  const { articles, reader } = panes(page);
  await expect(articles.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('j');
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(articles.getByRole('option').first()).toHaveAccessibleName(/unread/);
});
