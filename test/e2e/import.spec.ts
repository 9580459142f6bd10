// Bringing a library in and taking it out: the welcome panel of an empty library, an OPML import
// through the file input (progress, then the summary, then the new feeds in the pane), a file that
// is not a subscription list, and the OPML export as a download.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { panes } from './support/app';
import { fixture } from './support/paths';
import { startWebHost, type WebHost } from './support/web-host';

const hosts: WebHost[] = [];

test.afterAll(async () => {
  await Promise.all(hosts.map((host) => host.stop()));
});

async function emptyLibrary(page: Page): Promise<WebHost> {
  const host = await startWebHost();
  hosts.push(host);
  await page.goto(host.pageUrl);
  return host;
}

const importLabel = 'Import subscriptions or a Takeout';
const feedUrls = ['http://127.0.0.1:9/harbour.xml', 'http://127.0.0.1:9/heron.xml', 'http://127.0.0.1:9/loose.xml'];

function nestedOpml() {
  return { name: 'nested-subscriptions.opml', mimeType: 'text/x-opml', buffer: fixture('nested-subscriptions.opml') };
}

test('an empty library welcomes; an OPML import shows its summary and the feeds in their folders', async ({ page }) => {
  const host = await emptyLibrary(page);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Welcome to Tidings' })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Add a feed' })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Start empty' })).toBeVisible();

  await main.getByRole('button', { name: 'Import subscriptions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import and export' });
  await dialog.getByLabel(importLabel).setInputFiles(nestedOpml());

  const summary = dialog.getByRole('status', { name: 'Import summary' });
  await expect(summary).toContainText('3 feeds (3 new)');
  await expect(summary).toContainText('2 folders');
  await expect(dialog.getByRole('alert')).toBeEmpty();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The library was reloaded: the welcome is gone, the folders and feeds are in the pane.
  await expect(main.getByRole('heading', { name: 'Welcome to Tidings' })).toHaveCount(0);
  const { subscriptions } = panes(page);
  await expect(subscriptions.getByRole('button', { name: /^Coast\b/ })).toBeVisible();
  await expect(subscriptions.getByRole('button', { name: /^Birds\b/ })).toBeVisible();
  for (const title of ['Harbour Notes', 'Heron Watch', 'Loose Ends']) {
    await expect(subscriptions.getByRole('button', { name: new RegExp(`^${title}\\b`) })).toBeVisible();
  }
  const folders = (await host.call('listFeeds', {})).folders.map((folder) => folder.path.join('/')).sort();
  expect(folders).toEqual(['Coast', 'Coast/Birds']);
});

test('a file that is not a subscription list shows an error and the library stays empty', async ({ page }) => {
  const host = await emptyLibrary(page);
  await page.getByRole('button', { name: 'Import and export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import and export' });
  await dialog
    .getByLabel(importLabel)
    .setInputFiles({ name: 'not-a-list.opml', mimeType: 'text/x-opml', buffer: fixture('not-a-list.opml') });
  await expect(dialog.getByRole('alert')).toContainText('Could not import not-a-list.opml');
  await expect(dialog.getByRole('status', { name: 'Import summary' })).toBeEmpty();
  await dialog.getByRole('button', { name: 'Close' }).click();

  expect((await host.call('listFeeds', {})).feeds).toHaveLength(0);
  await expect(page.getByRole('main').getByRole('heading', { name: 'Welcome to Tidings' })).toBeVisible();
  // Starting empty is remembered across a reload.
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Tidings' })).toHaveCount(0);
  await page.reload();
  await expect(panes(page).subscriptions.getByRole('button', { name: /^All items/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to Tidings' })).toHaveCount(0);
});

test('Export OPML downloads a file with every feed, reached from the settings dialog', async ({ page }) => {
  const host = await emptyLibrary(page);
  await host.call('importLibrary', {
    fileName: 'nested-subscriptions.opml',
    contentBase64: fixture('nested-subscriptions.opml').toString('base64'),
  });
  await page.reload();
  await expect(panes(page).subscriptions.getByRole('button', { name: /^Loose Ends\b/ })).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Import and export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import and export' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export OPML' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.opml$/);
  const text = await readFile(await download.path(), 'utf8');
  for (const url of feedUrls) expect(text).toContain(url);
  await expect(dialog.getByRole('status', { name: 'Export status' })).toContainText('3 feeds');
});

test('a file dropped on the window is imported the same way', async ({ page }) => {
  await emptyLibrary(page);
  const text = fixture('nested-subscriptions.opml').toString('utf8');
  await page.evaluate((opml) => {
    const data = new DataTransfer();
    data.items.add(new File([opml], 'dropped.opml', { type: 'text/x-opml' }));
    const target = document.body;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  const dialog = page.getByRole('dialog', { name: 'Import and export' });
  await expect(dialog.getByRole('status', { name: 'Import summary' })).toContainText('3 feeds (3 new)');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(panes(page).subscriptions.getByRole('button', { name: /^Heron Watch\b/ })).toBeVisible();
});

test('a link dropped on the window opens the add form with it, for the person to confirm', async ({ page }) => {
  const host = await emptyLibrary(page);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/uri-list', '# from a browser\r\nhttps://example.org/feed.xml');
    data.setData('text/plain', 'https://example.org/feed.xml');
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  const form = page.getByRole('form', { name: 'Add subscription' });
  await expect(form.getByLabel('Feed URL')).toHaveValue('https://example.org/feed.xml');
  await expect(form.getByLabel('Feed URL')).toBeFocused();
  // Nothing is subscribed until the person says so.
  expect((await host.call('listFeeds', {})).feeds).toEqual([]);
});
