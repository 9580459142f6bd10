// Desktop notifications: a feed chosen in its context menu announces its new articles, one
// notification per refresh; other feeds stay quiet.
import { expect, test } from '@playwright/test';
import { FeedServer, rss } from '../support/feed-server';
import { launchApp, skipWithoutElectron, tempHome, type BridgeWindow } from './support/electron-app';

skipWithoutElectron('desktop notification tests');

test('one notification per refresh, naming only the feeds chosen in their menus', async () => {
  const home = tempHome();
  const server = await new FeedServer().start();
  server.set('/loud.xml', { body: rss('Loud feed', [{ guid: 'l1', title: 'L1' }]) });
  server.set('/quiet.xml', { body: rss('Quiet feed', [{ guid: 'q1', title: 'Q1' }]) });
  const running = await launchApp(home.path);
  const { app, window: page } = running;
  try {
    // Count notifications in the main process instead of showing them.
    await app.evaluate(({ Notification }) => {
      const shown: { title: string; body: string }[] = [];
      (globalThis as { shownNotices?: typeof shown }).shownNotices = shown;
      Notification.prototype.show = function show(this: Electron.Notification) {
        shown.push({ title: this.title, body: this.body });
      };
    });
    for (const path of ['/loud.xml', '/quiet.xml']) {
      await page.evaluate((url) => (window as unknown as BridgeWindow).tidings.addFeed({ url }), server.url(path));
    }
    await page.reload();
    const subscriptions = page.getByRole('navigation', { name: 'Subscriptions' });
    await subscriptions.getByRole('button', { name: /^Loud feed\b/ }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Notify me of new articles' }).click();

    server.set('/loud.xml', { body: rss('Loud feed', [1, 2, 3].map((n) => ({ guid: `l${n}`, title: `L${n}` }))) });
    server.set('/quiet.xml', { body: rss('Quiet feed', [1, 2].map((n) => ({ guid: `q${n}`, title: `Q${n}` }))) });
    await page.evaluate(() => (window as unknown as BridgeWindow).tidings.refresh({}));

    const shown = () => app.evaluate(() => (globalThis as { shownNotices?: { title: string; body: string }[] }).shownNotices ?? []);
    await expect.poll(shown).toEqual([{ title: 'Loud feed', body: '2 new articles' }]);

    await subscriptions.getByRole('button', { name: /^Loud feed\b/ }).click({ button: 'right' });
    await expect(page.getByRole('menuitem', { name: 'Stop notifying me' })).toBeVisible();
  } finally {
    await running.close();
    await server.stop();
    home.remove();
  }
});
