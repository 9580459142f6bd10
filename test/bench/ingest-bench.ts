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

/** Two cores at 10,000 articles a second leave each article this much CPU, every stage and thread. */
const CPU_BUDGET_US = 200;

export async function ingestBench(options: { feeds: number }): Promise<void> {
  console.log(`\ningest: ${options.feeds} feeds × 40 items through the app's workers, fresh library`);
  const dir = tempDir('tidings-ingest-');
  const file = dir.file('ingest.db');
  const store = Store.open(file);
  const storeThread = new StoreThread({ file, lock: new WriteLock() });
  const pool = new ParsePool(undefined, storeThread);
  try {
    const pooled = await ingestRate(store, { pool, storeThread }, options.feeds);
    report({ name: 'ingest via worker pool, stored', value: pooled.perSecond, unit: 'articles/s', target: { op: '≥', value: 10_000 },
      note: `${pool.size} parse workers and the store worker` });
    report({ name: 'ingest via worker pool, index caught up', value: pooled.indexedPerSecond, unit: 'articles/s', target: { op: '≥', value: 10_000 } });
    report({ name: 'search index catching up after the last store', value: pooled.catchUpMs, unit: 'ms',
      note: `${Math.round(pooled.catchUpCpuMs)} ms of CPU meanwhile, all threads` });
    report({ name: 'ingest CPU per article, all threads', value: pooled.cpuUsPerArticle, unit: 'µs', target: { op: '≤', value: CPU_BUDGET_US },
      note: `${pooled.articles.toLocaleString('en')} articles, parse to index caught up; the wall-clock rates above move with the machine's load` });
  } finally {
    await pool.close();
    await storeThread.close();
    store.close();
    dir.remove();
  }
}
