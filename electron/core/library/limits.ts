// How much one import may read. A Reader Takeout is a few files of tens of MB; a file that unpacks
// to gigabytes, or holds millions of empty items, is built to exhaust the machine, and is refused
// with the limit named before it can. The import also runs in a worker thread with a memory limit
// of its own (import-worker.ts), so whatever these do not foresee costs that thread, not the app.
import { ImportError } from './errors';

export interface ImportLimits {
  /** Items across every file of the import. */
  maxItems: number;
  /** Bytes read from a Takeout's files once unpacked, across the archive or folder. */
  maxUnpackedBytes: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  // Well above the largest Reader exports (tens of thousands of starred items) and a generated 1.6 million.
  maxItems: 2_000_000,
  maxUnpackedBytes: 512 * 1024 * 1024,
};

const count = (n: number): string => n.toLocaleString('en-US');

/** Counts items as they are read and refuses the one past the limit. */
export class ItemBudget {
  private taken = 0;

  constructor(private readonly max: number) {}

  take(): void {
    if (++this.taken > this.max) {
      throw new ImportError('import', `the file holds more than ${count(this.max)} items, the most one import takes; nothing was imported`);
    }
  }
}

/** Counts unpacked bytes as they are read and refuses the chunk that goes past the limit. */
export class ByteBudget {
  private taken = 0;

  constructor(private readonly max: number) {}

  take(bytes: number): void {
    this.taken += bytes;
    if (this.taken > this.max) {
      throw new ImportError('import', `the Takeout unpacks to more than ${count(this.max / 1024 / 1024)} MB, the most one import reads; nothing was imported`);
    }
  }
}
