// Sharing end to end in Chromium through `tidings serve`: a webhook target set up in Settings,
// Shift+D with a note, the Shared view, the outbox holding the webhook's entry while its target is
// down, Undo, and the public /shared/ page.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { closedPort } from '../support/webhook-server';
import { panes, subscription, useDemoLibrary } from './support/app';

const demo = useDemoLibrary();

async function addWebhook(page: Page, url: string): Promise<void> {
  await page.keyboard.press(',');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const form = settings.getByRole('group', { name: 'Add a share target' });
  await form.getByLabel('Kind').selectOption({ label: 'webhook, through the outbox' });
  await form.getByLabel('Name').fill('Team hook');
  await form.getByLabel('Webhook URL').fill(url);
  await form.getByRole('button', { name: 'Add target' }).click();
  await expect(settings.getByRole('list', { name: 'Share targets' })).toContainText('Team hook');
  await settings.getByRole('button', { name: 'Close' }).click();
  await expect(settings).toBeHidden();
}

test('share with a note by Shift+D: it shows in Shared, the webhook waits in the outbox, and Undo takes it all back', async ({ page }) => {
  const { host } = await demo.open(page);
  const { articles, reader, notice, heading } = panes(page);
  // Nothing listens there: the webhook's entry stays in the outbox, waiting for another try.
  await addWebhook(page, `http://127.0.0.1:${await closedPort()}/hook`);

  await page.keyboard.press('j');
  const title = 'Fog rolls over the breakwater at dawn';
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);

  await page.keyboard.press('Shift+D');
  const dialog = page.getByRole('dialog', { name: 'Share with note' });
  await dialog.getByLabel('Note').fill('The best fog photo this year.');
  await dialog.getByRole('checkbox', { name: /Team hook/ }).check();
  await dialog.getByRole('button', { name: 'Share' }).click();
  await expect(dialog).toBeHidden();
  await expect(notice).toContainText(`Shared: ${title} (1 in the outbox)`);
  await expect(reader.getByRole('button', { name: 'Unshare' })).toHaveAttribute('aria-pressed', 'true');
  await expect(reader.getByLabel('Your note')).toHaveText('The best fog photo this year.');

  // The Shared view.
  await page.keyboard.press('g');
  await page.keyboard.press('Shift+S');
  await expect(heading).toHaveText('Shared');
  await expect(articles.getByRole('option')).toHaveCount(1);
  await expect(articles.getByRole('option').first()).toHaveAccessibleName(new RegExp(`^${title}`));

  // The outbox: one entry for the webhook, waiting (its target is down).
  await page.getByRole('button', { name: 'Outbox' }).click();
  const outbox = page.getByRole('dialog', { name: 'Outbox' });
  const row = outbox.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('Team hook');
  await expect(row).toContainText('Waiting');
  await expect(row.getByRole('button', { name: `Cancel ${title} to Team hook` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(outbox).toBeHidden();

  // Undo: no longer shared, the note gone, the webhook's entry canceled.
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(articles.getByRole('option')).toHaveCount(0);
  const entries = await host.call('listOutbox', {});
  expect(entries.entries.map((entry) => entry.state)).toEqual(['canceled']);
  const [feedArticle] = (await host.call('listArticles', { scope: { kind: 'all' }, limit: 1 })).items;
  const article = await host.call('getArticle', { articleId: feedArticle?.id ?? 0 });
  expect([article.title, article.sharedAt, article.note]).toEqual([title, null, null]);
});

test('Shift+S shares at once; the public page at /shared/ lists it without the token', async ({ page, request }) => {
  const { host } = await demo.open(page);
  const { notice, reader } = panes(page);
  await subscription(page, 'Tide Radio').click();
  await page.keyboard.press('j');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Episode 42: Lighthouse keepers remember');
  await page.keyboard.press('Shift+S');
  await expect(notice).toContainText('Shared: Episode 42: Lighthouse keepers remember');

  const shared = await request.get(new URL('/shared/', host.url).href);
  expect(shared.status()).toBe(200);
  expect(await shared.text()).toContain('Episode 42: Lighthouse keepers remember');
  const api = await request.post(new URL('/api/listFeeds', host.url).href, { data: {} });
  expect(api.status()).toBe(401);

  // Shift+S again on the open, shared article unshares it.
  await page.keyboard.press('Shift+S');
  await expect(notice).toContainText('No longer shared: Episode 42');
  await expect(reader.getByRole('button', { name: 'Share', exact: true })).toHaveAttribute('aria-pressed', 'false');
});

test('Publish now in Settings writes the shared folder and says what it wrote', async ({ page }) => {
  await demo.open(page);
  const { notice } = panes(page);
  const folder = await mkdtemp(join(tmpdir(), 'tidings-shared-'));
  try {
    await page.keyboard.press('j');
    await page.keyboard.press('Shift+S');
    await expect(notice).toContainText('Shared: ');

    await page.keyboard.press(',');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Shared folder').click();
    await page.keyboard.type(folder);
    await page.keyboard.press('Enter');
    await settings.getByRole('button', { name: 'Publish now' }).click();
    await expect(settings.getByText(/^Wrote \d+ shared items/)).toHaveText(`Wrote 1 shared items to ${folder}`);
    expect((await readdir(folder)).sort()).toEqual(expect.arrayContaining(['index.html', 'shared.atom', 'shared.json']));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
