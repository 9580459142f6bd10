// Real feed documents through the whole ingest path (parse → normalize → sanitize → store, then the
// search index catching up), articles stored per second: read on this thread, or by the app's parse
// workers and store worker, as a refresh does it. The CPU time is every thread's (process.cpuUsage),
// so on a shared machine it is the figure to compare; the rates move with the machine's load.
import { readFeedDocument } from '../../electron/core/refresh/read-feed';
import type { ParsePool } from '../../electron/core/workers/parse-pool';
import type { StoreThread } from '../../electron/core/workers/store-thread';
import type { Store } from '../../electron/core/store';
import { sentence } from './library-generator';

export interface IngestRate {
  perSecond: number;
  perCpuSecond: number;
  indexedPerSecond: number;
  /** CPU time per article, all threads, from the first document to the index caught up. */
  cpuUsPerArticle: number;
  articles: number;
  /** From the last feed stored to the index caught up: wall time, and every thread's CPU time meanwhile. */
  catchUpMs: number;
  catchUpCpuMs: number;
}

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;

/**
 * Feeds go through first, untimed (`warm`), so the figure is a refresh's steady pace and not V8
 * compiling the parser (or, for the pool, workers starting up). Ten feeds start the workers; V8
 * has compiled the pipeline's hot code only after some ten thousand articles (ingest-bench.ts
 * prints the first ten thousand on fresh workers on their own).
 */
export async function ingestRate(
  store: Store,
  /** On this thread, or through the app's parse workers and store worker. */
  reader: 'inline' | { pool: ParsePool; storeThread: StoreThread },
  feeds = 50,
  /** Told when the timed part starts and when the index has caught up (to read per-thread CPU). */
  probe: (moment: 'start' | 'indexed') => void = () => {},
  /** Sets this pass's feeds apart from an earlier pass's in the same library. */
  pass = '',
  warm = 10,
): Promise<IngestRate> {
  const items = 40;
  const run = `${reader === 'inline' ? 'inline' : 'pool'}${pass}`;
  const documents = Array.from({ length: warm + feeds }, (_, feed) => {
    const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>Ingest ${feed}</title><link>http://ingest.invalid/</link>${Array.from(
      { length: items },
      (_, item) =>
        `<item><guid>ingest-${feed}-${item}</guid><title>${sentence(feed * 1000 + item, 8)}</title><link>http://ingest.invalid/${feed}/${item}</link><pubDate>Mon, 0${1 + (item % 9)} Jan 2024 10:00:00 GMT</pubDate><description><![CDATA[<p>${sentence(item, 120)}</p><p><a href="/x">more</a></p>]]></description></item>`,
    ).join('')}</channel></rss>`;
    return { url: `http://ingest.invalid/${run}/${feed}.xml`, body: new TextEncoder().encode(body), contentType: 'application/rss+xml' };
  });
  const feedIds = documents.map((document) => store.feeds.add({ url: document.url }));
  const ingest = async (from: number, to: number): Promise<void> => {
    if (reader === 'inline') {
      for (let index = from; index < to; index++) {
        const parsed = await readFeedDocument(documents[index] as (typeof documents)[number]);
        store.feeds.saveFetched(feedIds[index] as number, parsed, { etag: null, lastModified: null });
      }
      return;
    }
    // Every document handed to the pool at once, as a refresh does: parsed and stored off this thread.
    await Promise.all(
      documents.slice(from, to).map(async (document, offset) => {
        const outcome = await reader.pool.ingest({
          feedId: feedIds[from + offset] as number,
          document,
          validators: { etag: null, lastModified: null },
          movedTo: null,
          scheduleAt: null,
        });
        if (!outcome.ok) throw outcome.error;
      }),
    );
  };
  await ingest(0, warm);
  if (reader === 'inline') store.search.catchUp();
  else {
    reader.storeThread.index();
    while (store.search.isBehind()) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  probe('start');
  const started = performance.now();
  const cpuStarted = process.cpuUsage(); // every thread of the process, workers included
  await ingest(warm, warm + feeds);
  const storedMs = performance.now() - started;
  const storedCpu = process.cpuUsage();
  const cpu = cpuMs(process.cpuUsage(cpuStarted));
  if (reader === 'inline') store.search.catchUp();
  else reader.storeThread.index();
  while (store.search.isBehind()) await new Promise((resolve) => setTimeout(resolve, 5));
  const indexedMs = performance.now() - started;
  const cpuIndexed = cpuMs(process.cpuUsage(cpuStarted));
  probe('indexed');
  const stored = feeds * items;
  return {
    perSecond: stored / (storedMs / 1000),
    perCpuSecond: Math.round(stored / (cpu / 1000)),
    indexedPerSecond: stored / (indexedMs / 1000),
    cpuUsPerArticle: (cpuIndexed * 1000) / stored,
    articles: stored,
    catchUpMs: indexedMs - storedMs,
    catchUpCpuMs: cpuMs(process.cpuUsage(storedCpu)),
  };
}
