// The core's one typed emitter: every event any window hears starts here, named by the contract's
// events table (shared/contract.ts) and nowhere else. Listeners run synchronously; one that throws
// is reported and skipped, so a broken subscriber (a closed socket) never silences the others.
import type { EventName, EventPayload, LiveEvent } from '../../../shared/contract';

export type EventListener = (event: LiveEvent) => void;

export class CoreEvents {
  private readonly listeners = new Set<EventListener>();
  private readonly firstListener: Array<() => void> = [];

  /** Hears every event; answers a function that stops. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) for (const start of this.firstListener.splice(0)) start();
    return () => void this.listeners.delete(listener);
  }

  /** Hears one event by name. */
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void {
    return this.subscribe((event) => {
      if (event.name === name) listener(event.payload as EventPayload<K>);
    });
  }

  emit<K extends EventName>(name: K, payload: EventPayload<K>): void {
    const event = { name, payload } as LiveEvent;
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error(`tidings: a listener of ${name} failed:`, error);
      }
    }
  }

  /**
   * Runs `start` once somebody listens (at once if somebody does): watching costs nothing in a
   * process nobody listens to, such as a CLI command.
   */
  whenListened(start: () => void): void {
    if (this.listeners.size > 0) start();
    else this.firstListener.push(start);
  }

  get listening(): boolean {
    return this.listeners.size > 0;
  }
}
