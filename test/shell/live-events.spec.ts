// The desktop app's live events: a refresh the CLI runs against the app's library (another process)
// reaches the open window over IPC — new articles and counts, no reload — and the tray's count with it.
import { expect, test } from '@playwright/test';
import { FeedServer, rss } from '../support/feed-server';
import { tidings } from '../support/cli';
import { launchApp, skipWithoutElectron, tempHome, type BridgeWindow } from './support/electron-app';

skipWithoutElectron('desktop live events tests');

test('a CLI refresh beside the open app shows its new articles and counts in the window without a reload', async () => {
  const home = tempHome();
  const server = await new FeedServer().start();
  server.set('/wire.xml', { body: rss('Live Wire', [{ guid: 'w1', title: 'W1' }]) });
  const running = await launchApp(home.path);
  const { window: page } = running;
  try {
    await page.evaluate((url) => (window as unknown as BridgeWindow).tidings.addFeed({ url }), server.url('/wire.xml'));
    await page.reload();
    const articles = page.getByRole('listbox', { name: 'Articles' });
    await expect(articles.getByRole('option')).toHaveCount(1);
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));

    server.set('/wire.xml', { body: rss('Live Wire', [1, 2, 3].map((n) => ({ guid: `w${n}`, title: `W${n}` }))) });
    const result = await tidings(['--db', `${home.path}/tidings.db`, 'refresh']);
    expect(result.status, result.stderr).toBe(0);
    await expect(articles.getByRole('option')).toHaveCount(3, { timeout: 2_000 });
    await expect(page.getByRole('navigation', { name: 'Subscriptions' }).getByRole('button', { name: /^Live Wire,/ })).toHaveAccessibleName(
      'Live Wire, 3 unread',
    );
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  } finally {
    await running.close();
    await server.stop();
    home.remove();
  }
});
