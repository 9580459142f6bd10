// The native menus against the keymap's command table: the same commands, the same labels, the
// same keys, so the menu and the help overlay can never disagree.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { acceleratorFor, appMenuTemplate, trayMenuTemplate } from '../../electron/shell/app-menu';
import { commands, sequenceLabels, type CommandId } from '../../shared/keymap';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function menuFor(platform: NodeJS.Platform) {
  const ran: CommandId[] = [];
  const items = flatten(appMenuTemplate(platform, { run: (id) => ran.push(id), openLibrary: () => undefined }));
  return { items, ran, byId: (id: string) => items.find((item) => item.id === id) };
}

describe('accelerators', () => {
  it.each([
    ['j', 'J'],
    ['shift+a', 'Shift+A'],
    ['enter', 'Return'],
    ['/', '/'],
    ['?', '?'],
    [',', ','],
    ['=', '='],
    ['+', 'Plus'],
    ['-', '-'],
    ['1', '1'],
    ['ctrl+alt+r', 'Ctrl+Alt+R'],
    ['space', 'Space'],
  ])('writes %s as %s', (keys, accelerator) => {
    expect(acceleratorFor(keys)).toBe(accelerator);
  });

  it.each(['g a', 'g shift+s', 'hyper+x', 'é'])('has none for %s', (keys) => {
    expect(acceleratorFor(keys)).toBeNull();
  });
});

describe.each(['linux', 'win32', 'darwin'] as const)('menus on %s', (platform) => {
  it('list every command of the keymap once, with its label, and run it when chosen', () => {
    const { items, ran, byId } = menuFor(platform);
    for (const command of commands) {
      const item = byId(command.id);
      expect(item, command.id).toBeDefined();
      expect(item?.label?.startsWith(command.label), `${command.id}: ${item?.label}`).toBe(true);
      (item?.click as () => void)();
    }
    expect(ran).toEqual(commands.map((command) => command.id));
    expect(items.filter((item) => item.id && commands.some((command) => command.id === item.id))).toHaveLength(commands.length);
  });

  it('show each key as an accelerator where Electron can, else in the label, and never take the key from the page', () => {
    const { byId } = menuFor(platform);
    for (const command of commands) {
      const item = byId(command.id)!;
      const keys = command.keys[0]!;
      const accelerator = acceleratorFor(keys);
      const nativeOk = accelerator !== null && (platform !== 'darwin' || /(Ctrl|Alt|Meta)\+/.test(accelerator));
      if (nativeOk) {
        expect(item.accelerator, command.id).toBe(accelerator);
        expect(item.registerAccelerator, command.id).toBe(false);
        expect(item.label).toBe(command.label);
      } else {
        expect(item.accelerator, command.id).toBeUndefined();
        expect(item.label).toBe(`${command.label} (${sequenceLabels(keys).join(' then ')})`);
      }
    }
  });
});

it('writes a sequence such as "g a" in the label', () => {
  expect(menuFor('linux').byId('go-all')?.label).toBe('Go to all items (G then A)');
  expect(menuFor('linux').byId('next-article')?.accelerator).toBe('J');
  expect(menuFor('darwin').byId('next-article')?.label).toBe('Next article (J)');
  expect(menuFor('darwin').byId('mark-all-read')?.label).toBe('Mark all as read (Shift+A)');
  expect(menuFor('linux').byId('mark-all-read')?.accelerator).toBe('Shift+A');
});

it('offers refresh, open and quit in the tray, under the unread count', () => {
  const calls: string[] = [];
  const template = trayMenuTemplate(1234, { refresh: () => calls.push('refresh'), open: () => calls.push('open'), quit: () => calls.push('quit') });
  expect(template.map((item) => item.label ?? '—')).toEqual(['1,234 unread', '—', 'Refresh now', 'Open Tidings', '—', 'Quit Tidings']);
  for (const item of template) (item.click as (() => void) | undefined)?.();
  expect(calls).toEqual(['refresh', 'open', 'quit']);
  expect(trayMenuTemplate(0, { refresh: () => undefined, open: () => undefined, quit: () => undefined })[0]?.label).toBe('No unread articles');
});
