// One event stream for all the tabs of a browser on this host. A browser opens at most 6 HTTP/1.1
// connections to a host, and a stream holds one for as long as its tab is open: with a stream per
// tab, the 6th tab's calls waited for ever (measured: the 6th of 8 tabs never listed its articles).
// So the tabs elect one (a Web Lock, held until the tab goes, is released by the browser even when
// it crashes); it opens the stream and passes each event to the others on a BroadcastChannel, with
// its id. When it goes, the next tab waiting for the lock opens the stream, resuming after the last
// id it heard, so the host replays what fell between. Both are per origin: one host, one stream.
import { everything, Listeners, openStream, type LiveEvents } from './event-wire';

const lockName = 'tidings-event-stream';
const channelName = 'tidings-live-events';

interface Relayed {
  name: string;
  payload: unknown;
  id: string | null;
}

function isRelayed(value: unknown): value is Relayed {
  return typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string' && 'payload' in value;
}

/** The shared stream's events for this tab; null where tabs cannot share (Web Locks need a secure context). */
export function sharedStreamEvents(ensureAccess: () => Promise<unknown>): LiveEvents | null {
  if (typeof BroadcastChannel === 'undefined' || typeof navigator === 'undefined' || !navigator.locks) return null;
  const listeners = new Listeners();
  const channel = new BroadcastChannel(channelName);
  let lastId: string | null = null;

  channel.addEventListener('message', (message: MessageEvent<unknown>) => {
    if (!isRelayed(message.data)) return;
    if (message.data.id) lastId = message.data.id;
    listeners.tellRaw(message.data.name, message.data.payload);
  });

  const relay = (event: Relayed) => {
    if (event.id) lastId = event.id;
    listeners.tellRaw(event.name, event.payload);
    channel.postMessage(event);
  };

  // Held until this tab goes: the promise never settles.
  void navigator.locks.request(lockName, () => {
    openStream(
      ensureAccess,
      {
        raw: (name, payload, id) => relay({ name, payload, id }),
        missedEverything: () => relay({ name: everything.name, payload: everything.payload, id: null }),
      },
      lastId,
    );
    return new Promise<never>(() => undefined);
  });
  return listeners;
}
