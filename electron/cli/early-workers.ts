// `tidings refresh` starts its parse workers before it loads the core: a fresh worker spends a few
// hundred milliseconds of CPU starting and compiling its bundle, and the main thread as long loading
// and compiling the CLI's. Started first, the two overlap on two cores instead of following each
// other (docs/decisions.md). The core's parse pool takes these workers rather than starting its own.
import type { Worker } from 'node:worker_threads';
import { parsePoolSize, startParseWorker } from '../core/workers/parse-pool';
import { runWorkersInForeground } from './foreground-workers';

/** Starts the parse pool's workers now, idle; a worker that dies before the pool takes it leaves the list. */
export function startParseWorkersEarly(): Worker[] {
  runWorkersInForeground(); // a worker reads the environment as it is when it starts
  const started: Worker[] = [];
  for (let count = parsePoolSize(); count > 0; count--) {
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
