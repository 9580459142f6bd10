// The core's live events (shared/contract.ts's events table), heard one way in both hosts: the
// preload's `on` inside Electron, an EventSource on GET /api/events in a browser. Every payload is
// checked against its schema before a handler sees it. The browser's stream reconnects by itself
// (the host resumes it from Last-Event-ID); when the browser gives up (the host was gone, or the
// page had no events cookie yet), a new stream is opened after a pause, resuming from the last id
// this page saw. A window that may have missed something is told "everything changed". The tabs of
// one browser share one stream (shared-stream.ts): each would otherwise hold one of the 6
// connections HTTP/1.1 allows per host, and a 6th tab's calls would wait.
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
import { sharedStreamEvents } from './shared-stream';

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

export const everything: LiveEvent = {
  name: 'libraryChanged',
  payload: { everything: true, subscriptions: true, feeds: [], articles: [], unread: null },
};

export class Listeners implements LiveEvents {
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

/** Where a stream's events go: a tab's own listeners, and with a shared stream the other tabs too. */
export interface StreamSink {
  /** One event as it came off the wire, with its id (null when it had none). */
  raw(name: string, payload: unknown, id: string | null): void;
  /** The stream came back with nothing to resume from: anything may have changed. */
  missedEverything(): void;
}

/**
 * Opens the stream and keeps it open. `ensureAccess` makes one call, whose answer sets the cookie the
 * stream is let in by; `startId` is the last event id already heard, to resume after.
 */
export function openStream(ensureAccess: () => Promise<unknown>, sink: StreamSink, startId: string | null = null): void {
  let lastId: string | null = startId;
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
          sink.raw(name, JSON.parse(message.data), message.lastEventId || null);
        } catch {
          // not JSON: nothing a handler could use
        }
      });
    }
    source.addEventListener('open', () => {
      retryMs = firstRetryMs;
      // Without an id to resume from, the host cannot know what this page missed while it was away.
      if (missedSome && !lastId) sink.missedEverything();
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
