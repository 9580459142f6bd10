// The live library tells another process's commits ("everything": every window reloads) from the
// commits of this process's own threads, which take turns on the write lock. A turn that began
// before one look and committed after it used to be missed: the look saw the turn without its commit,
// the next the commit without a new turn, and every window reloaded for nothing.
import { afterEach, expect, it } from 'vitest';
import type { LiveEvent } from '../../../shared/contract';
import { CoreEvents } from '../../../electron/core/events/emitter';
import { LiveLibrary } from '../../../electron/core/events/live-library';
import { WriteLock } from '../../../electron/core/workers/write-lock';

let live: LiveLibrary | null = null;
afterEach(() => live?.stop());

/** A live library over a real write lock; the data_version is the test's to move, as commits would. */
function world() {
  const lock = new WriteLock();
  let dataVersion = 1;
  const events = new CoreEvents();
  live = new LiveLibrary(
    events,
    {
      dataVersion: () => dataVersion,
      ownTurns: () => lock.turns,
      turnUnderWay: () => lock.held,
      library: () => ({ feeds: [], totals: { unread: 0, starred: 0, liked: 0, notes: 0 } }),
      refreshStatus: () => ({ running: false, done: 0, total: 0, last: null }),
      importStatus: () => ({ running: false, phase: null, done: 0, total: 0, last: null, error: null }),
      notices: () => [],
    },
    { tickMs: 3_600_000 },
  );
  const told: LiveEvent[] = [];
  events.subscribe((event) => told.push(event));
  return { lock, live, told, commit: () => dataVersion++ };
}

const reloads = (told: LiveEvent[]) => told.filter((event) => event.name === 'libraryChanged' && event.payload.everything);

it('takes a commit for its own when the turn that made it began before the look before', async () => {
  const { lock, live, told, commit } = world();
  await lock.acquire();
  live.tick(); // the turn is under way, its commit not made yet
  commit();
  lock.release();
  live.tick();
  expect(reloads(told)).toEqual([]);
});

it('still takes a commit with no turn of its own for another process’s', async () => {
  const { lock, live, told, commit } = world();
  await lock.acquire();
  live.tick();
  commit();
  lock.release();
  live.tick();
  commit(); // another process, a while later
  live.tick();
  expect(reloads(told)).toHaveLength(1);
});
