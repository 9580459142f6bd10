// BENCH_ONLY=ingest: the ingest target on its own, on a fresh library (the scale part measures the
// same at a million articles, after minutes of building one). Parse workers and the store worker
// as the app runs them; the figure counts until the search index has caught up. Two passes: the
// first on workers just started (printed), the second, with the target, at the pace they keep.
import { ParsePool } from '../../electron/core/workers/parse-pool';
import { StoreThread } from '../../electron/core/workers/store-thread';
import { Store } from '../../electron/core/store';
import { WriteLock } from '../../electron/core/workers/write-lock';
import { tempDir } from '../support/temp';
import { ingestRate } from './ingest-rate';
import { report } from './report';
import { threadCpu, threadShares, type ThreadShares } from './thread-cpu';

/** Two cores at 10,000 articles a second leave each article this much CPU, every stage and thread. */
const CPU_BUDGET_US = 200;

export async function ingestBench(options: { feeds: number }): Promise<void> {
  console.log(`\ningest: ${options.feeds} feeds × 40 items through the app's workers, fresh library`);
  const existing = new Set(threadCpu().keys());
  const dir = tempDir('tidings-ingest-');
  const file = dir.file('ingest.db');
  const store = Store.open(file);
  const storeThread = new StoreThread({ file, lock: new WriteLock() });
  const pool = new ParsePool(undefined, storeThread);
  try {
    // First on workers just started, as an app's first refresh after launch meets them: V8
    // interprets, then compiles, the pipeline's hot code in each worker (most of the helper
    // threads' CPU here). Printed, without the target: the target is a pace, which is the next pass.
    const first = await measured(store, pool, storeThread, options.feeds, existing, '');
    const fresh = first.rate;
    report({ name: 'ingest, first articles on fresh workers, index caught up', value: fresh.indexedPerSecond, unit: 'articles/s',
      note: `${fresh.articles.toLocaleString('en')} articles after ten feeds; ${Math.round(fresh.perSecond)}/s stored; ${Math.round(fresh.cpuUsPerArticle)} µs of CPU an article, all threads` });
    reportThreads(first);
    // The same again on the same workers: V8 has compiled their hot code by now, so this is the
    // pace of an app that has been running, and the figure the target is for.
    const second = await measured(store, pool, storeThread, options.feeds, existing, '-again');
    const pooled = second.rate;
    report({ name: 'ingest via worker pool, stored', value: pooled.perSecond, unit: 'articles/s', target: { op: '≥', value: 10_000 },
      note: `${pool.size} parse workers and the store worker, after the pass above` });
    report({ name: 'ingest via worker pool, index caught up', value: pooled.indexedPerSecond, unit: 'articles/s', target: { op: '≥', value: 10_000 } });
    report({ name: 'search index catching up after the last store', value: pooled.catchUpMs, unit: 'ms',
      note: `${Math.round(pooled.catchUpCpuMs)} ms of CPU meanwhile, all threads` });
    report({ name: 'ingest CPU per article, all threads', value: pooled.cpuUsPerArticle, unit: 'µs', target: { op: '≤', value: CPU_BUDGET_US },
      note: `${pooled.articles.toLocaleString('en')} articles, parse to index caught up; the wall-clock rates above move with the machine's load` });
    reportThreads(second);
  } finally {
    await pool.close();
    await storeThread.close();
    store.close();
    dir.remove();
  }
}

interface Measured {
  rate: Awaited<ReturnType<typeof ingestRate>>;
  shares: ThreadShares | null;
}

/** One pass of the ingest rate, with every thread's CPU read at its start and once the index caught up. */
async function measured(store: Store, pool: ParsePool, storeThread: StoreThread, feeds: number, existing: ReadonlySet<number>, pass: string): Promise<Measured> {
  let started = new Map<number, number>();
  let indexed = new Map<number, number>();
  const probe = (moment: 'start' | 'indexed'): void => {
    if (moment === 'start') started = threadCpu();
    else indexed = threadCpu();
  };
  const rate = await ingestRate(store, { pool, storeThread }, feeds, probe, pass);
  return { rate, shares: indexed.size > 0 ? threadShares(existing, started, indexed) : null };
}

function reportThreads({ rate, shares }: Measured): void {
  if (!shares) return;
  const perArticle = (ms: number): number => Math.round((ms * 1000) / rate.articles);
  report({ name: '  of which the busiest worker thread', value: perArticle(shares.workers[0] ?? 0), unit: 'µs',
    note: `each worker, busiest first: ${shares.workers.slice(0, 4).map(perArticle).join(', ')} µs (the store worker and the parse workers; 10 ms ticks)` });
  report({ name: '  of which V8 helper threads and libuv', value: perArticle(shares.helpers), unit: 'µs',
    note: `JIT compiling and GC; main thread ${perArticle(shares.main)} µs` });
}
