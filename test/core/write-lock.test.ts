// The write lock that a refresh's store worker and the main thread share: one writer at a time,
// the main thread waiting without blocking its event loop, and a lock that outlives no thread.
import { Worker } from 'node:worker_threads';
import { afterEach, expect, it } from 'vitest';
import { WriteLock } from '../../electron/core/workers/write-lock';

const workers: Worker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.terminate()));
});

async function otherThread(lock: WriteLock): Promise<{ worker: Worker; next: () => Promise<string> }> {
  const worker = new Worker(new URL('../support/lock-holder-worker.mjs', import.meta.url), { workerData: { buffer: lock.buffer } });
  workers.push(worker);
  const said: string[] = [];
  const waiting: ((word: string) => void)[] = [];
  worker.on('message', (word: string) => {
    const resolve = waiting.shift();
    if (resolve) resolve(word);
    else said.push(word);
  });
  const next = () => new Promise<string>((resolve) => {
    const word = said.shift();
    if (word !== undefined) resolve(word);
    else waiting.push(resolve);
  });
  expect(await next()).toBe('ready');
  return { worker, next };
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('keeps this thread waiting for a worker that writes, with its event loop free meanwhile', async () => {
  const lock = new WriteLock();
  const { worker, next } = await otherThread(lock);
  worker.postMessage('take');
  expect(await next()).toBe('held');

  let ticks = 0;
  const ticking = setInterval(() => ticks++, 5);
  let acquired = false;
  const acquiring = lock.acquire().then(() => {
    acquired = true;
  });
  await later(120);
  expect(acquired).toBe(false);
  expect(ticks).toBeGreaterThanOrEqual(5);

  worker.postMessage('give');
  expect(await next()).toBe('given');
  await acquiring;
  clearInterval(ticking);
  expect(acquired).toBe(true);
  lock.release();
});

it('keeps a worker waiting while this thread writes', async () => {
  const lock = new WriteLock();
  const { worker, next } = await otherThread(lock);
  await lock.acquire();
  worker.postMessage('take');
  const answer = next();
  const first = await Promise.race([answer, later(100).then(() => 'still waiting')]);
  expect(first).toBe('still waiting');
  lock.release();
  expect(await answer).toBe('held');
});

it('frees the lock of a worker that died holding it', async () => {
  const lock = new WriteLock();
  const { worker } = await otherThread(lock);
  const threadId = worker.threadId;
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  worker.postMessage('die holding it');
  expect(await exited).toBe(3);
  const acquiring = lock.acquire().then(() => 'acquired');
  expect(await Promise.race([acquiring, later(100).then(() => 'still held')])).toBe('still held');

  lock.releaseFor(threadId);
  expect(await acquiring).toBe('acquired');
  lock.release();
});
