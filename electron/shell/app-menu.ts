// The native menus, built from the keymap's command table (shared/keymap.ts): every command with a
// key appears under its group with the same label the help overlay shows. Pure: it returns
// Electron's menu template (plain data) and is tested for parity with the table.
//
// The keys themselves stay the page's: its keymap knows when you are typing in a field, a native
// accelerator does not. So accelerators are shown but not registered (registerAccelerator: false),
// only where Electron can express the chord; a sequence such as "g a" is written in the label
// ("Go to all items (G then A)"). On macOS, which registers what it shows, a key without a
// modifier (Shift aside) is written in the label instead.
import type { MenuItemConstructorOptions } from 'electron';
import { commands, sequenceLabels, type CommandGroup, type CommandId } from '../../shared/keymap';

export interface MenuActions {
  run: (command: CommandId) => void;
  openLibrary: () => void;
}

const menuTitles: Record<CommandGroup, string> = {
  application: 'File',
  navigation: 'Go',
  article: 'Article',
  subscriptions: 'Subscriptions',
  views: 'View',
};

const namedKeys: Record<string, string> = {
  enter: 'Return',
  space: 'Space',
  escape: 'Escape',
  tab: 'Tab',
  backspace: 'Backspace',
  delete: 'Delete',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  arrowup: 'Up',
  arrowdown: 'Down',
  arrowleft: 'Left',
  arrowright: 'Right',
  '+': 'Plus',
};
const modifierNames: Record<string, string> = { ctrl: 'Ctrl', alt: 'Alt', meta: 'Meta', shift: 'Shift' };
/** Single characters Electron's accelerator syntax accepts as keys. */
const acceleratorCharacters = /^[a-z0-9)!@#$%^&*(:;=<,_\->.?/~`{\]|\\}"'[]$/;

/** A chord in Electron's accelerator syntax ("shift+a" → "Shift+A"), or null if it cannot be one (a sequence). */
export function acceleratorFor(keys: string): string | null {
  if (keys.includes(' ')) return null;
  const parts = keys === '+' ? ['+'] : keys.split('+');
  const key = parts.pop();
  if (!key) return null;
  const modifiers = parts.map((part) => modifierNames[part]);
  if (modifiers.some((name) => name === undefined)) return null;
  const named = namedKeys[key] ?? (acceleratorCharacters.test(key) ? key.toUpperCase() : undefined);
  return named ? [...modifiers, named].join('+') : null;
}

/** Shift alone does not count: Shift+A typed into a field must still reach the field. */
const hasModifier = (accelerator: string): boolean => /(^|\+)(Ctrl|Alt|Meta)\+/.test(accelerator);

interface CommandLike {
  readonly id: CommandId;
  readonly label: string;
  readonly keys: readonly string[];
}

/** A command's menu item: its label, and its key as an accelerator or, failing that, in the label. */
export function commandMenuItem(command: CommandLike, platform: NodeJS.Platform, run: (id: CommandId) => void): MenuItemConstructorOptions {
  const keys = command.keys[0];
  const item: MenuItemConstructorOptions = { id: command.id, label: command.label, click: () => run(command.id) };
  if (!keys) return item;
  const accelerator = acceleratorFor(keys);
  if (accelerator && (platform !== 'darwin' || hasModifier(accelerator))) {
    return { ...item, accelerator, registerAccelerator: false };
  }
  return { ...item, label: `${command.label} (${sequenceLabels(keys).join(' then ')})` };
}

const editMenu: MenuItemConstructorOptions = {
  label: 'Edit',
  submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
};

export function appMenuTemplate(platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const inGroup = (group: CommandGroup): MenuItemConstructorOptions[] =>
    commands.filter((command) => command.group === group).map((command) => commandMenuItem(command, platform, actions.run));
  const file: MenuItemConstructorOptions = {
    label: platform === 'darwin' ? 'Tidings' : menuTitles.application,
    submenu: [
      ...(platform === 'darwin' ? [{ role: 'about' } as const, { type: 'separator' } as const] : []),
      { id: 'open-library', label: 'Import and export…', click: actions.openLibrary },
      ...inGroup('application'),
      { type: 'separator' },
      ...(platform === 'darwin' ? [{ role: 'hide' } as const, { role: 'hideOthers' } as const, { type: 'separator' } as const] : []),
      { role: 'quit' },
    ],
  };
  const group = (name: Exclude<CommandGroup, 'application'>, extra: MenuItemConstructorOptions[] = []): MenuItemConstructorOptions => ({
    label: menuTitles[name],
    submenu: [...inGroup(name), ...extra],
  });
  return [
    file,
    editMenu,
    group('views', [{ type: 'separator' }, { role: 'togglefullscreen' }]),
    group('navigation'),
    group('article'),
    group('subscriptions'),
    { role: 'windowMenu' },
  ];
}

export interface TrayActions {
  refresh: () => void;
  open: () => void;
  quit: () => void;
}

export function unreadLabel(unread: number): string {
  return unread === 0 ? 'No unread articles' : `${unread.toLocaleString('en')} unread`;
}

/** The tray icon's menu: the unread count, then refresh / open / quit. */
export function trayMenuTemplate(unread: number, actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { id: 'unread', label: unreadLabel(unread), enabled: false },
    { type: 'separator' },
    { id: 'refresh', label: 'Refresh now', click: actions.refresh },
    { id: 'open', label: 'Open Tidings', click: actions.open },
    { type: 'separator' },
    { id: 'quit', label: 'Quit Tidings', click: actions.quit },
  ];
}
