// Keeping articles in Chromium through the web host: star, like, label and write a note from the
// reader's buttons and from the keyboard; the Liked, Notes and label views list them; all of it
// survives a reload.
import { expect, test } from '@playwright/test';
import { panes, subscription, useDemoLibrary } from './support/app';

const demo = useDemoLibrary();

test('star, like, label and note an article; see it in Liked, Notes and its label; it stays after a reload', async ({ page }) => {
  const { host } = await demo.open(page);
  const { articles, reader, heading } = panes(page);

  await articles.getByRole('option', { name: /^Fog rolls over the breakwater at dawn/ }).click();
  await expect(reader.getByRole('heading', { level: 1, name: /^Fog rolls over/ })).toBeVisible();
  await reader.getByRole('button', { name: 'Star' }).click();
  // Liked appears among the views once something is liked (issue #6).
  await expect(subscription(page, 'Liked')).toHaveCount(0);
  await reader.getByRole('button', { name: 'Like' }).click();
  await expect(reader.getByRole('button', { name: 'Unlike' })).toHaveAttribute('aria-pressed', 'true');
  await expect(subscription(page, 'Liked')).toHaveAccessibleName('Liked, 1 liked');

  await reader.getByRole('button', { name: 'Labels' }).click();
  const labels = page.getByRole('dialog', { name: /^Labels on Fog rolls over/ });
  await labels.getByLabel('Add a label').fill('Coast walks');
  await labels.getByRole('button', { name: 'Add label' }).click();
  await expect(labels.getByRole('list', { name: 'Labels on this article' })).toContainText('Coast walks');
  await labels.getByRole('button', { name: 'Done' }).click();
  await expect(reader.getByRole('list', { name: 'Labels' })).toContainText('Coast walks');

  await reader.getByRole('button', { name: 'Note', exact: true }).click();
  const note = page.getByRole('dialog', { name: /^Note on Fog rolls over/ });
  await note.getByLabel('Your note').fill('Walk the breakwater before six next time.');
  await note.getByRole('button', { name: 'Save note' }).click();
  await expect(reader.getByRole('blockquote', { name: 'Your note' })).toHaveText('Walk the breakwater before six next time.');
  await expect(subscription(page, 'Notes')).toHaveAccessibleName('Notes, 1 noted');
  await expect(subscription(page, 'Coast walks')).toHaveAccessibleName('Coast walks, 1 article');

  // The keys: l likes the current article, g l and g c go to Liked and Notes.
  await articles.getByRole('option', { name: /^Tide tables and the moon/ }).click();
  await page.keyboard.press('l');
  await expect(subscription(page, 'Liked')).toHaveAccessibleName('Liked, 2 liked');

  const saved = await host.call('getArticle', { articleId: (await host.call('listArticles', { scope: { kind: 'notes' } })).items[0]!.id });
  expect(saved).toMatchObject({ starred: true, liked: true, note: 'Walk the breakwater before six next time.', labels: [{ name: 'Coast walks' }] });

  for (const reload of [false, true]) {
    if (reload) {
      await page.reload();
      await expect(articles.getByRole('option').first()).toBeVisible();
    }
    await page.keyboard.press('g');
    await page.keyboard.press('l');
    await expect(heading).toHaveText('Liked');
    // Newest like first.
    await expect(articles.getByRole('option')).toHaveCount(2);
    await expect(articles.getByRole('option').first()).toHaveAccessibleName(/^Tide tables and the moon.*liked/);

    await page.keyboard.press('g');
    await page.keyboard.press('c');
    await expect(heading).toHaveText('Notes');
    await expect(articles.getByRole('option')).toHaveCount(1);
    await expect(articles.getByRole('option').first()).toHaveAccessibleName(/^Fog rolls over the breakwater at dawn.*starred, liked$/);

    await subscription(page, 'Coast walks').click();
    await expect(heading).toHaveText('Coast walks');
    await articles.getByRole('option').first().click();
    await expect(reader.getByRole('blockquote', { name: 'Your note' })).toHaveText('Walk the breakwater before six next time.');
    await expect(reader.getByRole('button', { name: 'Unstar' })).toHaveAttribute('aria-pressed', 'true');
    await expect(reader.getByRole('list', { name: 'Labels' })).toContainText('Coast walks');
  }
});

test('t and c open the label and note editors for the current article; a label can be taken off', async ({ page }) => {
  await demo.open(page);
  const { articles, reader } = panes(page);
  await articles.getByRole('option', { name: /^Tide tables and the moon/ }).click();

  await page.keyboard.press('t');
  const labels = page.getByRole('dialog', { name: /^Labels on Tide tables/ });
  await labels.getByLabel('Add a label').fill('Moon');
  await page.keyboard.press('Enter');
  await expect(labels.getByRole('button', { name: 'Remove label Moon' })).toBeVisible();
  await labels.getByRole('button', { name: 'Remove label Moon' }).click();
  await expect(labels).toContainText('No labels yet.');
  await page.keyboard.press('Escape');
  // A label with no article left goes from the sidebar.
  await expect(subscription(page, 'Moon')).toHaveCount(0);

  await page.keyboard.press('c');
  const note = page.getByRole('dialog', { name: /^Note on Tide tables/ });
  await note.getByLabel('Your note').fill('Spring tides');
  await page.keyboard.press('Control+Enter');
  await expect(reader.getByRole('blockquote', { name: 'Your note' })).toHaveText('Spring tides');
  await reader.getByRole('button', { name: 'Edit note' }).click();
  await page.getByRole('dialog', { name: /^Note on Tide tables/ }).getByRole('button', { name: 'Remove note' }).click();
  await expect(reader.getByRole('blockquote', { name: 'Your note' })).toHaveCount(0);
  await expect(subscription(page, 'Notes')).toHaveAccessibleName('Notes, 0 noted');
});
