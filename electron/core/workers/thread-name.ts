// Each worker thread says what it is to the operating system (Linux: /proc/thread-self/comm), so
// that `top -H`, `perf` and the command bench tell the parse workers, the store worker and V8's own
// helper threads apart: without it every thread of the process is called "node". The kernel keeps
// 15 bytes of a name.
import { writeFileSync } from 'node:fs';

export type ThreadName = 'tidings-parse' | 'tidings-store' | 'tidings-search';

export function nameThisThread(name: ThreadName): void {
  if (process.platform !== 'linux') return;
  try {
    writeFileSync('/proc/thread-self/comm', name);
  } catch {
    // No /proc here, or not allowed: the thread keeps its name, nothing else changes.
  }
}
