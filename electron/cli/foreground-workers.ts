// A command the person waits for runs its worker threads at the process's own priority. In the app
// they run in the background (workers/background-priority.ts) so that the thread serving the UI
// goes first; a CLI refresh has no UI, and its workers are the work being waited for: at nice 10
// they gave way to every other process on a busy machine while the command sat there. Whoever
// runs it decides its priority, as with any command (`nice tidings refresh` from cron: the threads
// inherit it). Worker threads read process.env as it is when they start: set before the core opens.
export function runWorkersInForeground(): void {
  process.env.TIDINGS_WORKERS_IN_FOREGROUND = '1';
}
