// The shell's events (the contract's shellEvents table) in the running app: the page reaches them
// through the same `tidingsEvents.on` as the core's, and a reloaded page gets what the shell said
// while it was loading. Skips without the Electron binary.
import { expect, test } from '@playwright/test';
import { launchApp, skipWithoutElectron, tempHome, type RunningApp } from './support/electron-app';

skipWithoutElectron('shell events tests');

let home: ReturnType<typeof tempHome>;
let running: RunningApp;

test.beforeEach(async () => {
  home = tempHome();
  running = await launchApp(home.path);
});

test.afterEach(async () => {
  await running.close();
  home.remove();
});

test('the page sees the calls and one `on` for every event, no side channel of the shell’s', async () => {
  const globals = await running.window.evaluate(() =>
    Object.keys(window).filter((key) => key.startsWith('tidings')).sort(),
  );
  expect(globals).toEqual(['tidings', 'tidingsEvents']);
});

test('a menu item chosen while the page reloads reaches the new page once it listens', async () => {
  const { app, window: page } = running;
  // Committed: the old page is gone (the shell holds events now), the new one has not mounted yet.
  await page.reload({ waitUntil: 'commit' });
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('help')?.click());
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});
