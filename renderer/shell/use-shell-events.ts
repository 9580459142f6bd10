// Inside the desktop app: what the shell asks of the page (a native menu item, a feed: link or an
// OPML file opened with the app). Each event is checked against shared/shell-events.ts before it
// is acted on. In a browser there is no shell and this does nothing.
import { useEffect, useRef } from 'react';
import type { CommandId } from '../../shared/keymap';
import { shellEventSchema, type ShellBridge } from '../../shared/shell-events';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser. */
    tidingsShell?: ShellBridge;
  }
}

export interface ShellEventHandlers {
  command: (command: CommandId) => void;
  subscribe: (url: string) => void;
  importFile: (file: { path: string; name: string }) => void;
  openLibrary: () => void;
}

/** True inside the desktop app, where desktop-only settings (background, notifications) mean something. */
export function inDesktopApp(): boolean {
  return typeof window !== 'undefined' && window.tidingsShell !== undefined;
}

export function useShellEvents(handlers: ShellEventHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const shell = window.tidingsShell;
    if (!shell) return;
    return shell.onEvent((payload) => {
      const parsed = shellEventSchema.safeParse(payload);
      if (!parsed.success) return;
      const event = parsed.data;
      if (event.kind === 'command') latest.current.command(event.command);
      else if (event.kind === 'subscribe') latest.current.subscribe(event.url);
      else if (event.kind === 'import') latest.current.importFile({ path: event.path, name: event.name });
      else latest.current.openLibrary();
    });
  }, []);
}
