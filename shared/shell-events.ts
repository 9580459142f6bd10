// What the desktop shell tells the page, outside the contract's request/answer calls: a native
// menu item was chosen, a feed: link or a file was opened with the app. Declared once here; the
// preload passes events through and the page checks each against this schema.
import { z } from 'zod';
import { commands, type CommandId } from './keymap';

/** Main → page: one ShellEvent. */
export const shellEventChannel = 'tidings:shell-event';
/** Page → main: the page listens now; events held until then are sent. */
export const shellReadyChannel = 'tidings:shell-ready';

const commandIds = commands.map((command) => command.id) as [CommandId, ...CommandId[]];

export const shellEventSchema = z.discriminatedUnion('kind', [
  /** A menu item that runs a keyboard command. */
  z.object({ kind: z.literal('command'), command: z.enum(commandIds) }),
  /** Open the add-subscription form with this address filled in, for the person to confirm. */
  z.object({ kind: z.literal('subscribe'), url: z.string().max(4096) }),
  /** Import this file (OPML or Takeout), showing progress in the library dialog. */
  z.object({ kind: z.literal('import'), path: z.string().max(4096), name: z.string().max(1024) }),
  z.object({ kind: z.literal('open-library') }),
]);

export type ShellEvent = z.output<typeof shellEventSchema>;

/** What the preload exposes as `window.tidingsShell` inside the desktop app. */
export interface ShellBridge {
  /** Starts listening; answers a function that stops. */
  onEvent(listener: (event: unknown) => void): () => void;
}
