// One copy of the app at a time: a second launch hands its arguments (feed: links, OPML files) to
// the first and leaves. Also: links given at the first launch, and the window's remembered place.
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { appEnv, binary, launchApp, sandboxArgs, skipWithoutElectron, tempHome, type BridgeWindow } from './support/electron-app';

skipWithoutElectron('single-instance and launch-argument tests');

const opmlFixture = fileURLToPath(new URL('../fixtures/e2e/nested-subscriptions.opml', import.meta.url));

/** A second `electron . <args>` on the same library; answers its exit code. */
function launchSecond(home: string, args: readonly string[]): Promise<number | null> {
  const second = spawn(binary!, ['.', ...sandboxArgs, ...args], { env: appEnv(home), stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    second.once('error', reject);
    second.once('exit', (code) => resolve(code));
  });
}

test('a second launch leaves at once and hands its feed: link to the first window', async () => {
  const home = tempHome();
  const running = await launchApp(home.path);
  try {
    expect(await launchSecond(home.path, ['feed://127.0.0.1:9/harbour.xml'])).toBe(0);
    const form = running.window.getByRole('form', { name: 'Add subscription' });
    await expect(form.getByLabel('Feed URL')).toHaveValue('http://127.0.0.1:9/harbour.xml');
    expect(running.app.windows()).toHaveLength(1);
    // Nothing is subscribed until the person confirms.
    const library = await running.window.evaluate(() => (window as unknown as BridgeWindow).tidings.listFeeds({}));
    expect(library).toMatchObject({ ok: true, value: { feeds: [] } });
  } finally {
    await running.close();
    home.remove();
  }
});

test('a second launch with an OPML file imports it into the first', async () => {
  const home = tempHome();
  const running = await launchApp(home.path);
  try {
    expect(await launchSecond(home.path, [opmlFixture])).toBe(0);
    const dialog = running.window.getByRole('dialog', { name: 'Import and export' });
    await expect(dialog.getByRole('status', { name: 'Import summary' })).toContainText('3 feeds (3 new)');
  } finally {
    await running.close();
    home.remove();
  }
});

test('a tidings://subscribe link given at launch waits for the page and fills in the add form', async () => {
  const home = tempHome();
  const running = await launchApp(home.path, ['tidings://subscribe?url=https%3A%2F%2Fexample.org%2Ffeed.xml']);
  try {
    const form = running.window.getByRole('form', { name: 'Add subscription' });
    await expect(form.getByLabel('Feed URL')).toHaveValue('https://example.org/feed.xml');
  } finally {
    await running.close();
    home.remove();
  }
});

test('the window opens again where it was, at the size it was', async () => {
  const home = tempHome();
  try {
    const first = await launchApp(home.path);
    await first.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setBounds({ x: 60, y: 40, width: 900, height: 640 }));
    await first.close();

    const second = await launchApp(home.path);
    try {
      const bounds = await second.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getNormalBounds());
      expect(bounds?.width).toBe(900);
      expect(bounds?.height).toBe(640);
      // Window managers may nudge the position for their decorations.
      expect(Math.abs((bounds?.x ?? 0) - 60)).toBeLessThan(64);
      expect(Math.abs((bounds?.y ?? 0) - 40)).toBeLessThan(64);
    } finally {
      await second.close();
    }
  } finally {
    home.remove();
  }
});
