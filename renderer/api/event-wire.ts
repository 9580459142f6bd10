// One stream of the core's live events off the wire (GET /api/events, an EventSource), and the
// listeners its events are told to. Used by a tab's own stream (events.ts) and by the stream the
// tabs of one browser share (shared-stream.ts).
import {
  eventNames,
  eventsHttpPath,
  parseEvent,
  sseEventName,
  type EventName,
  type EventPayload,
  type LiveEvent,
} from '../../shared/contract';

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
