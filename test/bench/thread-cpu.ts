// Every thread's CPU time from /proc/self/task (Linux), so the ingest bench can say where an
// article's CPU goes: the main thread, each worker thread started after `before`, and the threads
// that were there already (V8's platform threads, mostly garbage collection, and libuv's pool).
import { readdirSync, readFileSync } from 'node:fs';

/** CPU milliseconds by thread id, or an empty map where /proc is not there. */
export function threadCpu(): Map<number, number> {
  const byThread = new Map<number, number>();
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return byThread;
  }
  const tick = 10; // USER_HZ is 100 on every Linux Node runs on
  for (const task of tasks) {
    try {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byThread.set(Number(task), (Number(fields[11]) + Number(fields[12])) * tick);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return byThread;
}

export interface ThreadShares {
  main: number;
  /** Threads that started after the baseline snapshot was taken (the workers), busiest first. */
  workers: number[];
  /** Threads there before it: V8's helpers (GC) and libuv's pool. */
  helpers: number;
}

/** CPU ms per thread between two snapshots, grouped; `existing` are the thread ids before any worker started. */
export function threadShares(existing: ReadonlySet<number>, from: Map<number, number>, to: Map<number, number>): ThreadShares {
  const shares: ThreadShares = { main: 0, workers: [], helpers: 0 };
  for (const [thread, ms] of to) {
    const spent = ms - (from.get(thread) ?? 0);
    if (thread === process.pid) shares.main += spent;
    else if (existing.has(thread)) shares.helpers += spent;
    else if (spent > 0) shares.workers.push(spent);
  }
  shares.workers.sort((a, b) => b - a);
  return shares;
}
