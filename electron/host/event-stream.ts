// GET /api/events: the core's events as Server-Sent Events, named by the contract's events table.
// Each event has an id; a reader that reconnects with Last-Event-ID (the browser's EventSource does
// so by itself; a page that opened a new one passes ?lastEventId=) gets what it missed from a
// bounded ring, or, when the ring no longer holds its place, one libraryChanged that says
// "everything". A comment line every `heartbeatMs` keeps proxies and idle-timeouts from closing it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sseEventName, type LiveEvent } from '../../shared/contract';
import type { CoreEvents } from '../core/events/emitter';
import { EventRing, type NumberedEvent } from '../core/events/ring';
import { securityHeaders } from './static-files';

export interface EventStreamOptions {
  heartbeatMs?: number;
  ringSize?: number;
  /** How long a browser waits before it reconnects. */
  retryMs?: number;
}

export const defaultHeartbeatMs = 15_000;

const everything: LiveEvent = {
  name: 'libraryChanged',
  payload: { everything: true, subscriptions: true, feeds: [], articles: [], unread: null },
};

function frame(id: string | null, event: LiveEvent): string {
  return `${id ? `id: ${id}\n` : ''}event: ${sseEventName(event.name)}\ndata: ${JSON.stringify(event.payload)}\n\n`;
}

export class EventStream {
  private readonly ring: EventRing;
  private readonly readers = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly unsubscribe: () => void;
  private readonly retryMs: number;

  constructor(events: CoreEvents, options: EventStreamOptions = {}) {
    this.ring = new EventRing(options.ringSize);
    this.retryMs = options.retryMs ?? 1_000;
    this.unsubscribe = events.subscribe((event) => this.send(this.ring.push(event)));
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs ?? defaultHeartbeatMs);
    this.heartbeat.unref();
  }

  /** Answers one reader's GET (already let in by the guard) and keeps it open. */
  serve(request: IncomingMessage, response: ServerResponse): void {
    const { searchParams } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const header = request.headers['last-event-id'];
    const lastId = (typeof header === 'string' && header) || searchParams.get('lastEventId');
    response.writeHead(200, {
      ...securityHeaders,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    response.write(`retry: ${this.retryMs}\n\n`);
    if (lastId) {
      const missed = this.ring.since(lastId);
      if (missed) for (const numbered of missed) response.write(frame(numbered.id, numbered.event));
      else response.write(frame(this.ring.lastId, everything));
    }
    this.readers.add(response);
    const forget = (): void => void this.readers.delete(response);
    request.once('close', forget);
    response.once('close', forget);
  }

  /** Ends every reader's stream (they reconnect and resume): the host closes, or a test drops them. */
  drop(): void {
    for (const reader of [...this.readers]) reader.end();
    this.readers.clear();
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    this.drop();
  }

  get readerCount(): number {
    return this.readers.size;
  }

  private send(numbered: NumberedEvent): void {
    const text = frame(numbered.id, numbered.event);
    for (const reader of this.readers) reader.write(text);
  }

  private beat(): void {
    for (const reader of this.readers) reader.write(': heartbeat\n\n');
  }
}
