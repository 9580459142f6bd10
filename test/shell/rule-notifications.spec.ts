// A rule's `notify` on the desktop (#18): an arriving article a notify rule matches is one desktop
// notification naming the rule and the article; articles it does not match stay quiet.
import { expect, test } from '@playwright/test';
import { FeedServer, rss } from '../support/feed-server';
import { launchApp, skipWithoutElectron, tempHome, type BridgeWindow } from './support/electron-app';

skipWithoutElectron('desktop rule notification tests');

test('a notify rule shows a desktop notification naming the rule and the arriving article', async () => {
  const home = tempHome();
  const server = await new FeedServer().start();
  server.set('/harbour.xml', { body: rss('Harbour', [{ guid: 'h1', title: 'Quiet day' }]) });
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
    await page.evaluate(
      (rule) => (window as unknown as BridgeWindow).tidings.addRule({ rule }),
      { name: 'ferries', match: 'all' as const, conditions: [{ field: 'title' as const, op: 'contains' as const, value: 'ferry' }], actions: ['notify' as const], stop: false, enabled: true },
    );
    await page.evaluate((url) => (window as unknown as BridgeWindow).tidings.addFeed({ url }), server.url('/harbour.xml'));
    server.set('/harbour.xml', { body: rss('Harbour', [{ guid: 'h1', title: 'Quiet day' }, { guid: 'h2', title: 'Ferry strike ends' }]) });
    await page.evaluate(() => (window as unknown as BridgeWindow).tidings.refresh({}));

    const shown = () => app.evaluate(() => (globalThis as { shownNotices?: { title: string; body: string }[] }).shownNotices ?? []);
    await expect.poll(shown).toContainEqual({ title: 'Rule “ferries”', body: 'Ferry strike ends' });
  } finally {
    await running.close();
    await server.stop();
    home.remove();
  }
});
