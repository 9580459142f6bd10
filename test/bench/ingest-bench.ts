// BENCH_ONLY=ingest: the ingest target on its own, on a fresh library (the scale part measures the
// same at a million articles, after minutes of building one). Parse workers and the store worker
// as the app runs them; the figure counts until the search index has caught up.
import { ParsePool } from '../../electron/core/workers/parse-pool';
import { StoreThread } from '../../electron/core/workers/store-thread';
import { Store } from '../../electron/core/store';
import { WriteLock } from '../../electron/core/workers/write-lock';
import { tempDir } from '../support/temp';
import { ingestRate } from './ingest-rate';
import { report } from './report';
import { threadCpu, threadShares } from './thread-cpu';

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
    let started = new Map<number, number>();
    let indexed = new Map<number, number>();
    const probe = (moment: 'start' | 'indexed'): void => {
      if (moment === 'start') started = threadCpu();
      else indexed = threadCpu();
    };
    const pooled = await ingestRate(store, { pool, storeThread }, options.feeds, probe);
    report({ name: 'ingest via worker pool, stored', value: pooled.perSecond, unit: 'articles/s', target: { op: '≥', value: 10_000 },
      note: `${pool.size} parse workers and the store worker` });
    report({ name: 'ingest via worker pool, index caught up', value: pooled.indexedPerSecond, unit: 'articles/s', target: { op: '≥', value: 10_000 } });
    report({ name: 'search index catching up after the last store', value: pooled.catchUpMs, unit: 'ms',
      note: `${Math.round(pooled.catchUpCpuMs)} ms of CPU meanwhile, all threads` });
    report({ name: 'ingest CPU per article, all threads', value: pooled.cpuUsPerArticle, unit: 'µs', target: { op: '≤', value: CPU_BUDGET_US },
      note: `${pooled.articles.toLocaleString('en')} articles, parse to index caught up; the wall-clock rates above move with the machine's load` });
    const shares = threadShares(existing, started, indexed);
    if (indexed.size > 0) {
      const perArticle = (ms: number): number => Math.round((ms * 1000) / pooled.articles);
      report({ name: '  of which each worker thread', value: perArticle(shares.workers[0] ?? 0), unit: 'µs',
        note: `busiest first: ${shares.workers.slice(0, 4).map(perArticle).join(', ')} µs (parse workers, store worker; 10 ms ticks)` });
      report({ name: '  of which V8 helper threads (GC) and libuv', value: perArticle(shares.helpers), unit: 'µs', note: `main thread ${perArticle(shares.main)} µs` });
    }
  } finally {
    await pool.close();
    await storeThread.close();
    store.close();
    dir.remove();
  }
}
