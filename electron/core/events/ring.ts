// The last events a host sent, each with an id, so a reader that lost its connection (Server-Sent
// Events' Last-Event-ID) gets what it missed. Bounded: a reader gone longer than the ring holds is
// told to load everything again instead. Ids carry this run's epoch, so an id from before a restart
// is never mistaken for one of this run.
import type { LiveEvent } from '../../../shared/contract';

export interface NumberedEvent {
  id: string;
  event: LiveEvent;
}

export const defaultRingSize = 512;

export class EventRing {
  private readonly held: NumberedEvent[] = [];
  private next = 1;

  constructor(
    private readonly size = defaultRingSize,
    private readonly epoch = Date.now().toString(36),
  ) {}

  push(event: LiveEvent): NumberedEvent {
    const numbered = { id: `${this.epoch}-${this.next++}`, event };
    this.held.push(numbered);
    if (this.held.length > this.size) this.held.splice(0, this.held.length - this.size);
    return numbered;
  }

  /** The id of the newest event, or null before the first. */
  get lastId(): string | null {
    return this.held.at(-1)?.id ?? null;
  }

  /**
   * The events after `id`, oldest first; null when they cannot all be given (the id is from another
   * run, unknown, or older than what the ring still holds).
   */
  since(id: string): NumberedEvent[] | null {
    const match = /^([0-9a-z]+)-(\d+)$/.exec(id);
    if (!match || match[1] !== this.epoch) return null;
    const seq = Number(match[2]);
    if (seq >= this.next) return null;
    const first = this.held[0];
    const firstSeq = first ? Number(first.id.slice(this.epoch.length + 1)) : this.next;
    // The event right after `id` must still be held (or none has come since).
    if (seq + 1 < firstSeq) return null;
    return this.held.slice(seq + 1 - firstSeq);
  }
}
