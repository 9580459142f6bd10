// Two windows, one library: two pages (two tabs of one browser) open on the same `tidings serve`.
// What one does shows in the other within a second, carried by the live events alone: a star, a
// mark-all-read, and a setting (the theme), which must follow without undoing a quick run of this
// window's own changes.
import { expect, test, type Page } from '@playwright/test';
import { panes, useDemoLibrary } from './support/app';
import { demoArticleCount } from './support/demo-library';

const demo = useDemoLibrary();

/** A second tab on the same host (same browser, same cookies), its articles listed. */
async function secondTab(first: Page, url: string): Promise<Page> {
  const second = await first.context().newPage();
  await second.goto(url);
  await expect(panes(second).articles.getByRole('option')).toHaveCount(demoArticleCount);
  return second;
}

const theme = (page: Page) => page.locator('html');

/** Opens the settings by keyboard and puts the focus on the theme that is chosen now. */
async function focusTheme(page: Page): Promise<void> {
  await page.keyboard.press(',');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('radio', { checked: true }).first().focus();
  await expect(dialog.getByRole('radio', { name: 'Follow system' })).toBeFocused();
}

test('a theme chosen by keyboard in one tab applies in the other within a second', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const { host } = await demo.open(page);
  const other = await secondTab(page, host.pageUrl);
  await other.emulateMedia({ colorScheme: 'light' });
  await expect(theme(other)).toHaveAttribute('data-theme', 'light');

  await focusTheme(page);
  await page.keyboard.press('ArrowDown'); // Light
  await page.keyboard.press('ArrowDown'); // Dark
  await expect(theme(page)).toHaveAttribute('data-theme', 'dark');
  await expect(theme(other)).toHaveAttribute('data-theme', 'dark', { timeout: 1_000 });
});

test('a quick run of changes in one tab is not undone by the events its own saves cause', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const { host } = await demo.open(page);
  const other = await secondTab(page, host.pageUrl);

  await focusTheme(page);
  // Down and up, as fast as keys go: every save's settingsChanged comes back while later ones are on their way.
  await page.keyboard.press('ArrowDown'); // Light
  for (let round = 0; round < 8; round += 1) {
    await page.keyboard.press('ArrowDown'); // Dark
    await page.keyboard.press('ArrowUp'); // Light
  }
  // From the last key on, this tab must show Light and nothing else: a late answer to an event its
  // own earlier saves caused (Dark) must not flash back in.
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { themesSeen: seen });
    new MutationObserver(() => seen.push(document.documentElement.dataset.theme ?? '')).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
  });
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByRole('radio', { name: 'Light' })).toBeChecked();
  await expect.poll(() => host.call('getSettings', {}).then((settings) => settings.theme)).toBe('light');
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'light', { timeout: 1_000 });
  await page.waitForTimeout(700);
  const seen = await page.evaluate(() => (window as unknown as { themesSeen: string[] }).themesSeen);
  expect(seen.filter((value) => value !== 'light')).toEqual([]);
  await expect(dialog.getByRole('radio', { name: 'Light' })).toBeChecked();
  await expect(theme(page)).toHaveAttribute('data-theme', 'light');
});

test('an article starred in one tab shows starred in the other within a second', async ({ page }) => {
  const { host } = await demo.open(page);
  const other = await secondTab(page, host.pageUrl);
  const first = panes(page).articles.getByRole('option').first();
  const title = (await first.getAttribute('aria-label'))?.split(',')[0] ?? '';
  await first.click();
  await expect(panes(page).reader.getByRole('heading', { level: 1 })).toHaveText(title);

  await page.keyboard.press('s');
  await expect(panes(page).reader.getByRole('button', { name: 'Unstar', exact: true, pressed: true })).toBeVisible();
  const there = panes(other).articles.getByRole('option', { name: title }).first();
  await expect(there).toHaveAccessibleName(/starred/, { timeout: 1_000 });
  await expect(there).not.toHaveAccessibleName(/unread/, { timeout: 1_000 });
});

test('mark all read in one tab drops the counts in the other within a second', async ({ page }) => {
  const { host } = await demo.open(page);
  const other = await secondTab(page, host.pageUrl);
  const allItems = (tab: Page) => panes(tab).subscriptions.getByRole('button', { name: /^All items,/ });
  await expect(allItems(other)).toHaveAccessibleName(`All items, ${demoArticleCount} unread`);

  await panes(page).articles.focus();
  await page.keyboard.press('Shift+A');
  await expect(allItems(page)).toHaveAccessibleName('All items, 0 unread');
  await expect(allItems(other)).toHaveAccessibleName('All items, 0 unread', { timeout: 1_000 });
  await expect(panes(other).articles.getByRole('option', { name: /unread/ })).toHaveCount(0, { timeout: 1_000 });
});
