// The core's live events (shared/contract.ts's events table), heard one way in both hosts: the
// preload's `on` inside Electron, an EventSource on GET /api/events in a browser. Every payload is
// checked against its schema before a handler sees it. The browser's stream reconnects by itself
// (the host resumes it from Last-Event-ID); when the browser gives up (the host was gone, or the
// page had no events cookie yet), a new stream is opened after a pause, resuming from the last id
// this page saw. A window that may have missed something is told "everything changed".
import { useEffect, useRef } from 'react';
import {
  eventNames,
  eventsHttpPath,
  parseEvent,
  sseEventName,
  type Client,
  type EventName,
  type EventPayload,
  type LiveEvent,
  type ShellEventName,
} from '../../shared/contract';
import { useClient } from './context';

/** What the Electron preload exposes as `window.tidingsEvents`: the core's events and the shell's. */
export interface EventsBridge {
  on(name: EventName | ShellEventName, handler: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    tidingsEvents?: EventsBridge;
  }
}

type Listener = (event: LiveEvent) => void;

export interface LiveEvents {
  on<K extends EventName>(name: K, handler: (payload: EventPayload<K>) => void): () => void;
}

const everything: LiveEvent = {
  name: 'libraryChanged',
  payload: { everything: true, subscriptions: true, feeds: [], articles: [], unread: null },
};

class Listeners implements LiveEvents {
  private readonly all = new Set<Listener>();

  on<K extends EventName>(name: K, handler: (payload: EventPayload<K>) => void): () => void {
    const listener: Listener = (event) => {
      if (event.name === name) handler(event.payload as EventPayload<K>);
    };
    this.all.add(listener);
    return () => void this.all.delete(listener);
  }

  tell(event: LiveEvent): void {
    for (const listener of [...this.all]) listener(event);
  }

  tellRaw(name: string, payload: unknown): void {
    const event = parseEvent(name, payload);
    if (event) this.tell(event);
  }
}

function bridgeEvents(bridge: EventsBridge): LiveEvents {
  const listeners = new Listeners();
  for (const name of eventNames) bridge.on(name, (payload) => listeners.tellRaw(name, payload));
  return listeners;
}

const firstRetryMs = 1_000;
const longestRetryMs = 15_000;

/** `ensureAccess` makes one call, whose answer sets the cookie the stream is let in by. */
function streamEvents(ensureAccess: () => Promise<unknown>): LiveEvents {
  const listeners = new Listeners();
  let lastId: string | null = null;
  let retryMs = firstRetryMs;
  let missedSome = false;

  const open = async (): Promise<void> => {
    await ensureAccess().catch(() => undefined);
    const url = lastId ? `${eventsHttpPath}?lastEventId=${encodeURIComponent(lastId)}` : eventsHttpPath;
    const source = new EventSource(url);
    for (const name of eventNames) {
      source.addEventListener(sseEventName(name), (message: MessageEvent<string>) => {
        if (message.lastEventId) lastId = message.lastEventId;
        try {
          listeners.tellRaw(name, JSON.parse(message.data));
        } catch {
          // not JSON: nothing a handler could use
        }
      });
    }
    source.addEventListener('open', () => {
      retryMs = firstRetryMs;
      // Without an id to resume from, the host cannot know what this page missed while it was away.
      if (missedSome && !lastId) listeners.tell(everything);
      missedSome = false;
    });
    source.addEventListener('error', () => {
      missedSome = true;
      // CONNECTING: the browser reconnects by itself, sending Last-Event-ID. CLOSED: it gave up.
      if (source.readyState !== EventSource.CLOSED) return;
      window.setTimeout(() => void open(), retryMs);
      retryMs = Math.min(longestRetryMs, retryMs * 2);
    });
  };
  void open();
  return listeners;
}

let shared: LiveEvents | null = null;

/** The page's one source of live events, opened on first use. */
export function liveEvents(client: Client): LiveEvents {
  shared ??= window.tidingsEvents ? bridgeEvents(window.tidingsEvents) : streamEvents(() => client.getRefreshStatus({}));
  return shared;
}

/** Runs `handler` on each `name` event while the component is mounted; the newest handler always. */
export function useLiveEvent<K extends EventName>(name: K, handler: (payload: EventPayload<K>) => void): void {
  const client = useClient();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => liveEvents(client).on(name, (payload) => latest.current(payload)), [client, name]);
}
