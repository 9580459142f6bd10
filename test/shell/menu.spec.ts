// The native menus in the running app against the keymap's command table, a menu item running its
// command in the page, and the theme following the system.
import { expect, test } from '@playwright/test';
import { acceleratorFor } from '../../electron/shell/app-menu';
import { commands } from '../../shared/keymap';
import { launchApp, skipWithoutElectron, tempHome, type BridgeWindow, type RunningApp } from './support/electron-app';

skipWithoutElectron('native menu and theme tests');

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

test('the application menu lists every keymap command with its label and, where it can, its key', async () => {
  const { items, platform } = await running.app.evaluate(({ Menu }) => {
    type Item = { id: string; label: string; accelerator: string | null };
    const walk = (menu: Electron.Menu): Item[] =>
      menu.items.flatMap((item) => [
        { id: item.id, label: item.label, accelerator: (item.accelerator as string | undefined) ?? null },
        ...(item.submenu ? walk(item.submenu) : []),
      ]);
    const menu = Menu.getApplicationMenu();
    return { items: menu ? walk(menu) : [], platform: process.platform };
  });
  for (const command of commands) {
    const item = items.find((candidate) => candidate.id === command.id);
    expect(item, command.id).toBeDefined();
    expect(item!.label.startsWith(command.label), `${command.id}: ${item!.label}`).toBe(true);
    const accelerator = acceleratorFor(command.keys[0]!);
    const shown = accelerator !== null && (platform !== 'darwin' || /(Ctrl|Alt|Meta)\+/.test(accelerator));
    expect(item!.accelerator, command.id).toBe(shown ? accelerator : null);
  }
  expect(items.find((item) => item.id === 'go-all')?.label).toBe('Go to all items (G then A)');
});

test('choosing a menu item runs its command in the page', async () => {
  const { app, window: page } = running;
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('settings')?.click());
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Escape');
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('help')?.click());
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('the page follows the system’s dark mode, and a chosen theme sets the native one', async () => {
  const { app, window: page } = running;
  await app.evaluate(({ nativeTheme }) => {
    nativeTheme.themeSource = 'dark';
  });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.evaluate(({ nativeTheme }) => {
    nativeTheme.themeSource = 'light';
  });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.evaluate(() => (window as unknown as BridgeWindow).tidings.updateSettings({ theme: 'dark' }));
  await expect.poll(() => app.evaluate(({ nativeTheme }) => nativeTheme.themeSource)).toBe('dark');
});
