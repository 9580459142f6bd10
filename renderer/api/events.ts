// The core's live events (shared/contract.ts's events table), heard one way in both hosts: the
// preload's `on` inside Electron, an EventSource on GET /api/events in a browser. Every payload is
// checked against its schema before a handler sees it. The browser's stream reconnects by itself
// (the host resumes it from Last-Event-ID); when the browser gives up (the host was gone, or the
// page had no events cookie yet), a new stream is opened after a pause, resuming from the last id
// this page saw. A window that may have missed something is told "everything changed". The tabs of
// one browser share one stream (shared-stream.ts): each would otherwise hold one of the 6
// connections HTTP/1.1 allows per host, and a 6th tab's calls would wait.
import { useEffect, useRef } from 'react';
import { eventNames, type Client, type EventName, type EventPayload, type ShellEventName } from '../../shared/contract';
import { useClient } from './context';
import { everything, Listeners, openStream, type LiveEvents } from './event-wire';
import { sharedStreamEvents } from './shared-stream';

export type { LiveEvents } from './event-wire';

/** What the Electron preload exposes as `window.tidingsEvents`: the core's events and the shell's. */
export interface EventsBridge {
  on(name: EventName | ShellEventName, handler: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    tidingsEvents?: EventsBridge;
  }
}

function bridgeEvents(bridge: EventsBridge): LiveEvents {
  const listeners = new Listeners();
  for (const name of eventNames) bridge.on(name, (payload) => listeners.tellRaw(name, payload));
  return listeners;
}

/** A stream of this tab's own: where tabs cannot share one (no Web Locks outside a secure context). */
function streamEvents(ensureAccess: () => Promise<unknown>): LiveEvents {
  const listeners = new Listeners();
  openStream(ensureAccess, { raw: (name, payload) => listeners.tellRaw(name, payload), missedEverything: () => listeners.tell(everything) });
  return listeners;
}

let shared: LiveEvents | null = null;

/** The page's one source of live events, opened on first use. */
export function liveEvents(client: Client): LiveEvents {
  const ensureAccess = () => client.getRefreshStatus({});
  shared ??= window.tidingsEvents
    ? bridgeEvents(window.tidingsEvents)
    : (sharedStreamEvents(ensureAccess) ?? streamEvents(ensureAccess));
  return shared;
}

/** Runs `handler` on each `name` event while the component is mounted; the newest handler always. */
export function useLiveEvent<K extends EventName>(name: K, handler: (payload: EventPayload<K>) => void): void {
  const client = useClient();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => liveEvents(client).on(name, (payload) => latest.current(payload)), [client, name]);
}
