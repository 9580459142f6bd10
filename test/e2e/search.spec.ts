// Search from the "/" box: ranked hits with the words marked, filters, opening a hit, and back.
import { expect, test } from '@playwright/test';
import { panes, subscription, useDemoLibrary } from './support/app';

const demo = useDemoLibrary();

test('"/" searches title and text, best match first, with the words marked', async ({ page }) => {
  await demo.open(page);
  const { articles, heading, reader } = panes(page);
  await page.keyboard.press('/');
  await page.keyboard.type('heron');
  await page.keyboard.press('Enter');

  await expect(heading).toHaveText('Search: heron');
  const hits = articles.getByRole('option');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toHaveAccessibleName(/^A heron at low water/);
  await expect(hits.first().locator('mark').first()).toHaveText('heron');

  // Ranked: "tide" in a title beats "tide" in the text alone.
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('tide');
  await box.press('Enter');
  await expect(hits.first()).toHaveAccessibleName(/^(Tide tables and the moon|Reading tide data with SQLite|Twelve boats, one tide)/);
  const names = await hits.evaluateAll((options) => options.map((option) => option.getAttribute('aria-label') ?? ''));
  expect(names.findIndex((name) => name.startsWith('Sea glass'))).toBe(-1);

  // A hit opens like any article; keys work on the results (Enter gave them focus).
  await page.keyboard.press('j');
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(heading).toHaveText('All items');
  await expect(articles.getByRole('option').first()).toHaveAccessibleName(/^Fog rolls/);
});

test('after Enter the results have focus: j moves through them, Escape goes back to the box', async ({ page }) => {
  await demo.open(page);
  const { articles, heading, reader } = panes(page);
  const box = page.getByRole('searchbox', { name: 'Search' });
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('tide');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Search: tide');
  const hits = articles.getByRole('option');
  await expect(hits.first()).toBeVisible();
  await expect(articles).toBeFocused();

  await page.keyboard.press('j');
  await expect(hits.first()).toHaveAttribute('aria-selected', 'true');
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('j');
  await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveValue('tide');

  // Escape: back in the box with its words selected, so typing searches anew.
  await expect(articles).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toBeFocused();
  await page.keyboard.type('heron');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Search: heron');
  await expect(hits).toHaveCount(1);
});

test('filters: this subscription, starred, and a period', async ({ page }) => {
  await demo.open(page);
  const { articles } = panes(page);
  const search = page.getByRole('search', { name: 'Search articles' });
  const box = search.getByRole('searchbox', { name: 'Search' });

  await subscription(page, 'Harbour Light').click();
  await box.fill('the');
  await box.press('Enter');
  await expect(articles.getByRole('option')).not.toHaveCount(0);
  const everywhere = await articles.getByRole('option').count();
  await search.getByRole('combobox', { name: 'Search in' }).selectOption({ label: 'Harbour Light' });
  await expect(articles.getByRole('option').filter({ hasNotText: 'Harbour Light' })).toHaveCount(0);
  expect(await articles.getByRole('option').count()).toBeLessThan(everywhere);

  await search.getByRole('combobox', { name: 'Search period' }).selectOption({ label: 'Past day' });
  await expect(articles.getByRole('option')).toHaveCount(2); // Fog rolls (2h), Twelve boats (7h)

  await search.getByRole('combobox', { name: 'Search in' }).selectOption({ label: 'Starred' });
  await expect(page.getByText('Nothing matches that search.')).toBeVisible();
});

test('nothing typed that looks like search syntax breaks the search', async ({ page }) => {
  await demo.open(page);
  const box = page.getByRole('searchbox', { name: 'Search' });
  for (const odd of ['"unbalanced', 'NEAR(', 'title:', '***', 'AND OR NOT']) {
    await box.fill(odd);
    await box.press('Enter');
    await expect(page.getByRole('alert')).toBeEmpty();
  }
});
