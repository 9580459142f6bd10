// Every keyboard command, declared once. The renderer binds command ids to handlers; Electron
// menus and a help overlay read the same table, so a key is never described in two places.
//
// A key chord is written in lower case with its modifiers first, in this order:
// "ctrl+alt+meta+shift+<key>", e.g. "j", "shift+a", "ctrl+r", "space", "arrowdown".
// Shift is written only for letters and named keys: "?" already implies it.

export type CommandGroup = 'navigation' | 'article' | 'subscriptions';

interface CommandSpec {
  readonly id: string;
  readonly keys: readonly string[];
  readonly label: string;
  readonly description: string;
  readonly group: CommandGroup;
}

export const commands = [
  {
    id: 'next-article',
    keys: ['j'],
    label: 'Next article',
    description: 'Select the next article in the list and open it.',
    group: 'navigation',
  },
  {
    id: 'previous-article',
    keys: ['k'],
    label: 'Previous article',
    description: 'Select the previous article in the list and open it.',
    group: 'navigation',
  },
  {
    id: 'toggle-star',
    keys: ['s'],
    label: 'Star / unstar',
    description: 'Star the open article, or unstar it if it is starred.',
    group: 'article',
  },
  {
    id: 'toggle-read',
    keys: ['m'],
    label: 'Mark read / unread',
    description: 'Mark the open article as unread, or as read if it is unread.',
    group: 'article',
  },
  {
    id: 'open-original',
    keys: ['v'],
    label: 'Open original',
    description: "Open the open article's web page in a new window.",
    group: 'article',
  },
  {
    id: 'refresh',
    keys: ['r'],
    label: 'Refresh',
    description: 'Fetch every subscription now.',
    group: 'subscriptions',
  },
  {
    id: 'add-subscription',
    keys: ['a'],
    label: 'Add subscription',
    description: 'Subscribe to a feed by its URL.',
    group: 'subscriptions',
  },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof commands)[number]['id'];
export type Command = CommandSpec & { readonly id: CommandId };

/** The parts of a keyboard event a chord is made of (structurally a DOM KeyboardEvent). */
export interface KeyEventLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

/** The chord a key event stands for, in the table's notation. */
export function chordOf(event: KeyEventLike): string {
  const parts: string[] = [];
  if (event.ctrlKey) parts.push('ctrl');
  if (event.altKey) parts.push('alt');
  if (event.metaKey) parts.push('meta');
  const key = event.key === ' ' ? 'space' : event.key.toLowerCase();
  const isLetter = /^[a-z]$/.test(key);
  const isNamed = key.length > 1;
  if (event.shiftKey && (isLetter || isNamed)) parts.push('shift');
  parts.push(key);
  return parts.join('+');
}

const byChord: ReadonlyMap<string, CommandId> = new Map(
  commands.flatMap((command) => command.keys.map((chord): [string, CommandId] => [chord, command.id])),
);

/** The command bound to a chord, if any. */
export function commandForChord(chord: string): CommandId | undefined {
  return byChord.get(chord);
}

export function commandById(id: CommandId): Command {
  const found = commands.find((command) => command.id === id);
  if (!found) throw new Error(`unknown command ${id}`);
  return found;
}

/** A chord as people read it: "shift+a" -> "Shift+A", "j" -> "J". */
export function chordLabel(chord: string): string {
  return chord
    .split('+')
    .map((part) => (part.length === 1 ? part.toUpperCase() : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('+');
}
