// Every keyboard command, declared once. The renderer binds command ids to handlers; Electron
// menus and the help overlay read the same table, so a key is never described in two places.
// The keys are Google Reader's.
//
// A key chord is written in lower case with its modifiers first, in this order:
// "ctrl+alt+meta+shift+<key>", e.g. "j", "shift+a", "ctrl+r", "space", "enter".
// Shift is written only for letters and named keys: "?" already implies it.
// A sequence is chords separated by a space: "g a" is G, then A.

export type CommandGroup = 'navigation' | 'article' | 'subscriptions' | 'views' | 'application';

export const groupLabels: Record<CommandGroup, string> = {
  navigation: 'Moving around',
  article: 'The current article',
  subscriptions: 'Subscriptions',
  views: 'Views',
  application: 'Application',
};

interface CommandSpec {
  readonly id: string;
  readonly keys: readonly string[];
  readonly label: string;
  readonly description: string;
  readonly group: CommandGroup;
  /** Set while the command waits for a later version: what pressing its key says meanwhile. */
  readonly later?: string;
}

export const commands = [
  // ---- moving around ----
  { id: 'next-article', keys: ['j'], label: 'Next article', group: 'navigation',
    description: 'Select the next article in the list and open it.' },
  { id: 'previous-article', keys: ['k'], label: 'Previous article', group: 'navigation',
    description: 'Select the previous article in the list and open it.' },
  { id: 'next-item', keys: ['n'], label: 'Move down', group: 'navigation',
    description: 'Move the selection to the next article without opening it.' },
  { id: 'previous-item', keys: ['p'], label: 'Move up', group: 'navigation',
    description: 'Move the selection to the previous article without opening it.' },
  { id: 'toggle-open', keys: ['o', 'enter'], label: 'Open / close article', group: 'navigation',
    description: 'Open the selected article, or close it if it is open.' },
  { id: 'go-all', keys: ['g a'], label: 'Go to all items', group: 'navigation',
    description: 'Show every article from every subscription.' },
  { id: 'go-starred', keys: ['g s'], label: 'Go to starred items', group: 'navigation',
    description: 'Show the articles you starred.' },
  { id: 'go-shared', keys: ['g shift+s'], label: 'Go to shared items', group: 'navigation',
    description: 'Show the articles you shared, newest share first.' },
  { id: 'go-liked', keys: ['g l'], label: 'Go to liked items', group: 'navigation',
    description: 'Show the articles you liked.' },
  { id: 'go-notes', keys: ['g c'], label: 'Go to notes', group: 'navigation',
    description: 'Show the articles you wrote a note on, newest note first.' },
  { id: 'go-subscription', keys: ['g u'], label: 'Go to subscription…', group: 'navigation',
    description: 'Pick a subscription by typing part of its name.' },
  { id: 'go-folder', keys: ['g t'], label: 'Go to folder…', group: 'navigation',
    description: 'Pick a folder by typing part of its name.' },
  { id: 'search', keys: ['/'], label: 'Search', group: 'navigation',
    description: 'Search the articles: title, author and text.' },

  // ---- the current article ----
  { id: 'toggle-star', keys: ['s'], label: 'Star / unstar', group: 'article',
    description: 'Star the current article, or unstar it if it is starred.' },
  { id: 'share', keys: ['shift+s'], label: 'Share', group: 'article',
    description: 'Share the current article: it joins your shared items (feed and page), with Undo.' },
  { id: 'share-with-note', keys: ['shift+d'], label: 'Share with note', group: 'article',
    description: 'Share the current article with a note of your own, and send it to share targets.' },
  { id: 'like', keys: ['l'], label: 'Like / unlike', group: 'article',
    description: 'Like the current article, or unlike it if you liked it.' },
  { id: 'toggle-read', keys: ['m'], label: 'Mark read / unread', group: 'article',
    description: 'Mark the current article as unread, or as read if it is unread.' },
  { id: 'tag', keys: ['t'], label: 'Labels', group: 'article',
    description: 'Add labels to the current article, or take them off.' },
  { id: 'edit-note', keys: ['c'], label: 'Note', group: 'article',
    description: 'Write a note of your own on the current article, or change it.' },
  { id: 'open-original', keys: ['v'], label: 'View original', group: 'article',
    description: "Open the current article's web page in a new window." },
  { id: 'load-full-text', keys: ['shift+v'], label: 'Load full text', group: 'article',
    description: "Show the whole article from its web page (kept for reading offline), or the feed's text again." },
  { id: 'email', keys: ['e'], label: 'Email', group: 'article',
    description: 'Write an email with a link to the current article.' },
  { id: 'article-menu', keys: ['shift+f10', 'contextmenu'], label: "Article's menu", group: 'article',
    description: 'Open the menu of the selected article (of the open one, from the reader): open, mark, star, copy its link, share, make a rule.' },

  // ---- subscriptions ----
  { id: 'mark-all-read', keys: ['shift+a'], label: 'Mark all as read', group: 'subscriptions',
    description: 'Mark every article in the current view as read.' },
  { id: 'next-subscription', keys: ['shift+n'], label: 'Next subscription', group: 'subscriptions',
    description: 'Move the subscriptions cursor down.' },
  { id: 'previous-subscription', keys: ['shift+p'], label: 'Previous subscription', group: 'subscriptions',
    description: 'Move the subscriptions cursor up.' },
  { id: 'open-subscription', keys: ['shift+o'], label: 'Open subscription', group: 'subscriptions',
    description: 'Show the subscription or folder under the subscriptions cursor.' },
  { id: 'toggle-folder', keys: ['shift+x'], label: 'Expand / collapse folder', group: 'subscriptions',
    description: 'Fold or unfold the folder under the subscriptions cursor.' },
  { id: 'refresh', keys: ['r'], label: 'Refresh', group: 'subscriptions',
    description: 'Fetch every subscription now.' },
  { id: 'add-subscription', keys: ['a'], label: 'Add subscription', group: 'subscriptions',
    description: 'Subscribe to a feed by its URL.' },

  // ---- views ----
  { id: 'view-expanded', keys: ['1'], label: 'Expanded view', group: 'views',
    description: 'Show whole articles one after another.' },
  { id: 'view-list', keys: ['2'], label: 'List view', group: 'views',
    description: 'Show one line per article, the open one beside the list.' },
  { id: 'view-magazine', keys: ['3'], label: 'Magazine view', group: 'views',
    description: 'Show a picture, the title and the summary of each article.' },
  { id: 'view-cards', keys: ['4'], label: 'Cards view', group: 'views',
    description: 'Show articles as a grid of pictures.' },
  { id: 'toggle-sidebar', keys: ['u'], label: 'Hide / show subscriptions', group: 'views',
    description: 'Hide the subscriptions pane for more room, or bring it back.' },
  { id: 'zoom-in', keys: ['=', '+'], label: 'Larger text', group: 'views',
    description: 'Make article text larger.' },
  { id: 'zoom-out', keys: ['-'], label: 'Smaller text', group: 'views',
    description: 'Make article text smaller.' },

  // ---- application ----
  { id: 'settings', keys: [','], label: 'Settings', group: 'application',
    description: 'Theme, fonts, views, refreshing and reading.' },
  { id: 'help', keys: ['?'], label: 'Keyboard shortcuts', group: 'application',
    description: 'Show this list of keys.' },
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

const bySequence: ReadonlyMap<string, CommandId> = new Map(
  commands.flatMap((command) => command.keys.map((keys): [string, CommandId] => [keys, command.id])),
);

/** Every chord that starts a longer sequence, e.g. "g". */
const prefixes: ReadonlySet<string> = new Set(
  [...bySequence.keys()].flatMap((keys) => {
    const chords = keys.split(' ');
    return chords.slice(0, -1).map((_, index) => chords.slice(0, index + 1).join(' '));
  }),
);

/** The command bound to a chord or a whole sequence ("g a"), if any. */
export function commandForChord(chord: string): CommandId | undefined {
  return bySequence.get(chord);
}

export interface KeyStep {
  command?: CommandId;
  /** The chords so far of a sequence still being typed, or null. */
  pending: string | null;
}

/**
 * One key press, given the sequence typed so far. A chord that continues no sequence is read
 * afresh, so a stray "g" never swallows the next command.
 */
export function nextKeyStep(pending: string | null, chord: string): KeyStep {
  const sequence = pending ? `${pending} ${chord}` : chord;
  const command = bySequence.get(sequence);
  if (command) return { command, pending: null };
  if (prefixes.has(sequence)) return { pending: sequence };
  return pending ? nextKeyStep(null, chord) : { pending: null };
}

export function commandById(id: CommandId): Command {
  const found = commands.find((command) => command.id === id);
  if (!found) throw new Error(`unknown command ${id}`);
  return found;
}

/** Keys whose event name is not what their keycap says. */
const keyNames: Readonly<Record<string, string>> = { contextmenu: 'Menu' };

/** A chord as people read it: "shift+a" -> "Shift+A", "j" -> "J", "enter" -> "Enter". */
export function chordLabel(chord: string): string {
  // "+" alone is the plus key, not a separator.
  const parts = chord === '+' ? ['+'] : chord.split('+');
  return parts
    .map((part) => keyNames[part] ?? (part.length === 1 ? part.toUpperCase() : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('+');
}

/** A sequence as people read it, one label per chord: "g shift+s" -> ["G", "Shift+S"]. */
export function sequenceLabels(keys: string): string[] {
  return keys.split(' ').map(chordLabel);
}
