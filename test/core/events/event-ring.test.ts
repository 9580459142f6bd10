// The ring a host resumes readers from (Last-Event-ID): what it can give back, and when it must say it cannot.
import { describe, expect, it } from 'vitest';
import { EventRing } from '../../../electron/core/events/ring';
import type { LiveEvent } from '../../../shared/contract';

const outbox: LiveEvent = { name: 'outboxChanged', payload: {} };

describe('event ring', () => {
  it('gives back every event after the id a reader last saw, oldest first', () => {
    const ring = new EventRing(8, 'run1');
    const ids = Array.from({ length: 5 }, () => ring.push(outbox).id);
    expect(ring.since(ids[1] ?? '')?.map((held) => held.id)).toEqual(ids.slice(2));
    expect(ring.since(ids[4] ?? '')).toEqual([]);
  });

  it('cannot resume a reader older than what it holds, from another run, or with an id it never gave', () => {
    const ring = new EventRing(3, 'run1');
    const ids = Array.from({ length: 6 }, () => ring.push(outbox).id);
    expect(ring.since(ids[1] ?? '')).toBeNull();
    expect(ring.since(ids[2] ?? '')?.map((held) => held.id)).toEqual(ids.slice(3));
    expect(ring.since('run0-4')).toBeNull();
    expect(ring.since('run1-99')).toBeNull();
    expect(ring.since('nonsense')).toBeNull();
  });
});
