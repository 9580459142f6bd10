// Moving a subscription by dragging it in the sidebar (issue #6): onto a folder, onto a nested
// folder, and onto the "Subscriptions" heading for the top level. The move is stored (it survives a
// reload), and the keyboard's route, the menu's "Move to folder…", is still there.
import { expect, test, type Page } from '@playwright/test';
import { panes, subscription, useDemoLibrary } from './support/app';
import type { WebHost } from './support/web-host';

const demo = useDemoLibrary();

async function foldersOf(host: WebHost): Promise<Record<string, string>> {
  const library = await host.call('listFeeds', {});
  const paths = new Map(library.folders.map((folder) => [folder.id, folder.path.join('/')]));
  return Object.fromEntries(library.feeds.map((feed) => [feed.title, feed.folderId === null ? '' : (paths.get(feed.folderId) ?? '?')]));
}

const drag = (page: Page, title: string, onto: ReturnType<Page['getByRole']>) => subscription(page, title).dragTo(onto);

test('a subscription dragged onto a folder, or onto the top level, moves there and stays after a reload', async ({ page }) => {
  const { host } = await demo.open(page);
  const { subscriptions } = panes(page);
  expect(await foldersOf(host)).toEqual({
    'Harbour Light': 'Nature/Coast',
    'Field Notes': 'Nature/Coast',
    'Shipshape Code': 'Tech',
    'Tide Radio': '',
  });

  await drag(page, 'Tide Radio', subscription(page, 'Tech'));
  await expect(subscription(page, 'Tech')).toHaveAccessibleName('Tech, 4 unread');

  await drag(page, 'Harbour Light', subscription(page, 'Nature'));
  await expect(subscription(page, 'Coast')).toHaveAccessibleName('Coast, 3 unread');

  await drag(page, 'Field Notes', subscriptions.getByRole('heading', { name: 'Subscriptions' }));
  await expect(subscription(page, 'Coast')).toHaveAccessibleName('Coast, 0 unread'); // emptied; the folder stays

  const moved = { 'Harbour Light': 'Nature', 'Field Notes': '', 'Shipshape Code': 'Tech', 'Tide Radio': 'Tech' };
  await expect.poll(() => foldersOf(host)).toEqual(moved);
  await page.reload();
  await expect(subscription(page, 'Tech')).toHaveAccessibleName('Tech, 4 unread');
  await expect(subscription(page, 'Nature')).toHaveAccessibleName('Nature, 6 unread');
  await expect(subscription(page, 'Field Notes')).toBeVisible();
  expect(await foldersOf(host)).toEqual(moved);

  // Dropped where it already is, nothing changes.
  await drag(page, 'Shipshape Code', subscription(page, 'Tech'));
  expect(await foldersOf(host)).toEqual(moved);

  // The keyboard's way to the same thing stays on the menu.
  await subscription(page, 'Tide Radio').focus();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu', { name: 'Actions for Tide Radio' }).getByRole('menuitem', { name: 'Move to folder…' })).toBeVisible();
});
