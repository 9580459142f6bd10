// The other thread of write-lock.test.ts: takes, gives, or dies holding the shared lock when told.
import { parentPort, workerData } from 'node:worker_threads';
import { WriteLock } from '../../electron/core/workers/write-lock';

const lock = new WriteLock((workerData as { buffer: SharedArrayBuffer }).buffer);

parentPort?.on('message', (order: 'take' | 'give' | 'die holding it') => {
  if (order === 'give') {
    lock.release();
    parentPort?.postMessage('given');
    return;
  }
  lock.acquireBlocking();
  if (order === 'die holding it') process.exit(3);
  parentPort?.postMessage('held');
});
parentPort?.postMessage('ready');
