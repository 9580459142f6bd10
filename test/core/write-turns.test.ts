// A refresh's store writes take turns with the rest of the event loop: a burst of parsed feeds never
// holds the loop for the sum of their transactions.
import { expect, it } from 'vitest';
import { WriteTurns } from '../../electron/core/refresh/write-turns';

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

it('lets a timer due meanwhile run between two writes of a burst', async () => {
  const turns = new WriteTurns();
  const order: string[] = [];
  const writes = [1, 2, 3].map((n) =>
    turns.run(() => {
      busy(20);
      order.push(`write ${n}`);
      return n;
    }),
  );
  setTimeout(() => order.push('timer'), 0);

  expect(await Promise.all(writes)).toEqual([1, 2, 3]);
  expect(order.indexOf('timer')).toBeGreaterThan(-1);
  expect(order.indexOf('timer')).toBeLessThan(order.indexOf('write 3'));
  expect(order.filter((entry) => entry.startsWith('write'))).toEqual(['write 1', 'write 2', 'write 3']);
});

it('answers a failed write with its error and goes on with the next', async () => {
  const turns = new WriteTurns();
  const failed = turns.run(() => {
    throw new Error('disk full');
  });
  const next = turns.run(() => 'saved');

  await expect(failed).rejects.toThrow('disk full');
  await expect(next).resolves.toBe('saved');
});
