// Store writes of a refresh, one per turn of the event loop. Worker threads finish parsing feeds in
// bursts; run as they arrive, ten feeds' transactions would run back to back in one turn and hold
// the loop (the web host's requests, the scheduler's timers) for the sum of them. Taking turns, the
// longest the loop waits is one transaction. With a WriteLock shared with the ingest workers, a
// turn also waits, without blocking the loop, until no worker is writing.
import type { WriteLock } from '../workers/write-lock';

export class WriteTurns {
  private readonly waiting: (() => void)[] = [];
  private pumping = false;

  constructor(private readonly lock: WriteLock | null = null) {}

  /** Runs `work` (synchronous: one transaction) in a turn of its own; answers what it returned. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push(() => {
        try {
          resolve(work());
        } catch (error) {
          reject(error);
        }
      });
      if (!this.pumping) {
        this.pumping = true;
        setImmediate(() => void this.pump());
      }
    });
  }

  private async pump(): Promise<void> {
    const next = this.waiting.shift();
    if (next) {
      if (this.lock) await this.lock.acquire();
      try {
        next();
      } finally {
        this.lock?.release();
      }
    }
    // setImmediate from inside an immediate waits for the next turn: timers and I/O go first.
    if (this.waiting.length > 0) setImmediate(() => void this.pump());
    else this.pumping = false;
  }
}
