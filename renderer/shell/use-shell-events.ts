// Inside the desktop app: what the shell asks of the page (a native menu item, a feed: link or an
// OPML file opened with the app), the contract's shellEvents, heard through the preload's `on` like
// the core's events. Each payload is checked against its schema before it is acted on. In a browser
// there is no shell and this does nothing.
import { useEffect, useRef } from 'react';
import { parseShellEvent, shellEventNames, type ShellEvent } from '../../shared/contract';
import type { CommandId } from '../../shared/keymap';

export interface ShellEventHandlers {
  command: (command: CommandId) => void;
  subscribe: (url: string) => void;
  importFile: (file: { path: string; name: string }) => void;
  openLibrary: () => void;
}

/** True inside the desktop app, where desktop-only settings (background, notifications) mean something. */
export function inDesktopApp(): boolean {
  return typeof window !== 'undefined' && window.tidingsEvents !== undefined;
}

function act(handlers: ShellEventHandlers, event: ShellEvent): void {
  if (event.name === 'runCommand') handlers.command(event.payload.command);
  else if (event.name === 'offerSubscription') handlers.subscribe(event.payload.url);
  else if (event.name === 'importFile') handlers.importFile(event.payload);
  else handlers.openLibrary();
}

export function useShellEvents(handlers: ShellEventHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const bridge = window.tidingsEvents;
    if (!bridge) return;
    const stops = shellEventNames.map((name) =>
      bridge.on(name, (payload) => {
        const event = parseShellEvent(name, payload);
        if (event) act(latest.current, event);
      }),
    );
    return () => {
      for (const stop of stops) stop();
    };
  }, []);
}
