// Worker threads that do a refresh's work are background work: when cores are scarce, the thread
// that serves the UI goes first. On Linux a nice value set with pid 0 applies to the calling
// thread alone; elsewhere it would apply to the whole process, so it is left alone there.
import { setPriority } from 'node:os';

export function runThisThreadInBackground(): void {
  if (process.platform !== 'linux' || process.env.TIDINGS_WORKERS_IN_FOREGROUND === '1') return; // cli/foreground-workers.ts
  try {
    setPriority(0, 10);
  } catch {
    // Not permitted here: run at normal priority.
  }
}
