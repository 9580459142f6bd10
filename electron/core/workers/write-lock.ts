// One writer at a time across the threads that share a library file. SQLite would serialize them
// anyway, but a connection that finds the file busy sleeps in steps of milliseconds and tries
// again; threads that take turns here wait exactly as long as the writer before them. The cell
// holds the holder's thread id + 1 (0: free), so a worker that dies holding it can be released.
import { threadId } from 'node:worker_threads';

const FREE = 0;
/** How long one wait lasts before the cell is looked at again, in case a notify was missed. */
const RECHECK_MS = 50;

export class WriteLock {
  private readonly cell: Int32Array;

  // Cell 1 counts the turns taken, so the core can tell its own threads' commits from another process's (core/events).
  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)) {
    this.cell = new Int32Array(buffer);
  }

  private tryAcquire(): boolean {
    const acquired = Atomics.compareExchange(this.cell, 0, FREE, threadId + 1) === FREE;
    if (acquired && this.cell.length > 1) Atomics.add(this.cell, 1, 1);
    return acquired;
  }

  /** How many turns any thread of this process has taken (wraps around; compare for change only). */
  get turns(): number {
    return this.cell.length > 1 ? Atomics.load(this.cell, 1) : 0;
  }

  /** Whether some thread holds the lock now: a turn under way, its commit perhaps not yet made. */
  get held(): boolean {
    return Atomics.load(this.cell, 0) !== FREE;
  }

  /** Blocks this thread until the lock is its own: for worker threads, never the main one. */
  acquireBlocking(): void {
    for (;;) {
      if (this.tryAcquire()) return;
      const holder = Atomics.load(this.cell, 0);
      if (holder !== FREE) Atomics.wait(this.cell, 0, holder, RECHECK_MS);
    }
  }

  /** Resolves once the lock is this thread's, without blocking its event loop. */
  async acquire(): Promise<void> {
    for (;;) {
      if (this.tryAcquire()) return;
      const holder = Atomics.load(this.cell, 0);
      if (holder === FREE) continue;
      const waiting = Atomics.waitAsync(this.cell, 0, holder, RECHECK_MS);
      if (waiting.async) await waiting.value;
    }
  }

  /** Whether the last release woke a thread that was waiting for the lock. */
  wokeWaiter = false;

  release(): void {
    if (Atomics.compareExchange(this.cell, 0, threadId + 1, FREE) === threadId + 1) {
      this.wokeWaiter = Atomics.notify(this.cell, 0, 1) > 0;
    }
  }

  /** Frees the lock if a thread that has ended still held it. */
  releaseFor(deadThreadId: number): void {
    if (Atomics.compareExchange(this.cell, 0, deadThreadId + 1, FREE) === deadThreadId + 1) Atomics.notify(this.cell, 0, 1);
  }

  /** Runs synchronous work holding the lock (worker threads). */
  holding<T>(work: () => T): T {
    this.acquireBlocking();
    try {
      return work();
    } finally {
      this.release();
    }
  }
}
