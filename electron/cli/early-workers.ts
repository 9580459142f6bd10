// `tidings refresh` starts its parse workers before it loads the core: a fresh worker spends a few
// hundred milliseconds of CPU starting and compiling its bundle, and the main thread as long loading
// and compiling the CLI's. Started first, the two overlap on two cores instead of following each
// other (docs/decisions.md). The core's parse pool takes these workers rather than starting its own.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startParseWorker } from '../core/workers/parse-pool';
import { runWorkersInForeground } from './foreground-workers';

/**
 * The command's parse workers: one core fewer than the machine has, up to four. In a command the
 * main thread (the fetches) and the store worker together keep about one core busy, and every
 * parse worker is a fresh isolate that interprets, then compiles, the whole parse and sanitize
 * code again before it runs fast: on two cores a second one cost ~0.5 s of CPU and shortened
 * nothing (docs/decisions.md, "cmd-cpu"). The app's pool keeps one per core: its workers live on.
 */
export function commandParseWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** Starts the command's parse workers now, idle; a worker that dies before the pool takes it leaves the list. */
export function startParseWorkersEarly(count = commandParseWorkers()): Worker[] {
  runWorkersInForeground(); // a worker reads the environment as it is when it starts
  const started: Worker[] = [];
  for (; count > 0; count--) {
    const worker = startParseWorker();
    worker.unref(); // idle, it keeps no process alive; the pool refs it while it has work
    const drop = (): void => {
      const index = started.indexOf(worker);
      if (index >= 0) started.splice(index, 1);
    };
    // Its failure is the pool's to report once taken; before, the pool starts another in its place.
    worker.on('error', drop);
    worker.on('exit', drop);
    started.push(worker);
  }
  return started;
}
