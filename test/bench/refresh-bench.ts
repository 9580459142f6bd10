// Refresh against the loopback farm: a first full refresh, a second one answered 304 throughout,
// the longest event-loop stall meanwhile, and as a baseline the same fetches with no parsing or
// storing at the same politeness (the network floor).
import { availableParallelism } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openCore } from '../../electron/core/core';
import { fetchFeed } from '../../electron/core/fetch/http';
import { tempDir } from '../support/temp';
import { startFarm } from './farm';
import { newsboatInstalled, newsboatReload } from './newsboat';
import { report } from './report';
import { stageCosts } from './stage-costs';
import { connectionOf } from '../../electron/core/store';

export async function refreshBench(options: { feeds: number; items: number; latency: number; hosts: number }): Promise<void> {
  console.log(`\nrefresh: ${options.feeds} feeds × ${options.items} items, ${options.latency} ms latency, ${options.hosts} hosts`);
  const farm = await startFarm(options);
  const dir = tempDir('tidings-bench-');
  // The same core the app opens: parsing in worker threads, one database file.
  const core = openCore({ dbFile: dir.file('bench.db') });
  const { store, refresher } = core;
  try {
    const urls = await farm.urls();
    connectionOf(store).transaction(() => urls.forEach((url) => store.feeds.add({ url })))();

    const baselineMs = await fetchOnly(urls);
    const stall = monitorEventLoopDelay({ resolution: 5 });
    stall.enable();
    const cpuBefore = process.cpuUsage(); // every thread of this process, the workers included
    const first = await refresher.refresh();
    const firstCpu = process.cpuUsage(cpuBefore);
    stall.disable();
    const firstStallMs = stall.max / 1e6;
    stall.reset();
    stall.enable();
    const second = await refresher.refresh();
    stall.disable();

    report({ name: 'network floor: fetch only, same politeness', value: baselineMs, unit: 'ms', note: 'baseline' });
    report({ name: 'first full refresh', value: first.ms, unit: 'ms', target: { op: '≤', value: 6000 },
      note: `${first.ok} ok, ${first.failed} failed, ${first.newArticles} articles` });
    report({ name: 'articles stored per second (first refresh)', value: first.newArticles / (first.ms / 1000), unit: 'articles/s' });
    report({ name: 'CPU time per article stored (first refresh, all threads)', value: (firstCpu.user + firstCpu.system) / Math.max(1, first.newArticles),
      unit: 'µs', note: `${((firstCpu.user + firstCpu.system) / 1e6).toFixed(1)} s of CPU in ${(first.ms / 1000).toFixed(1)} s on ${availableParallelism()} cores` });
    report({ name: 'second refresh (every feed 304)', value: second.ms, unit: 'ms', target: { op: '≤', value: 1500 },
      note: `${second.notModified} not modified` });
    report({ name: 'longest event-loop stall, first refresh', value: firstStallMs, unit: 'ms', target: { op: '≤', value: 50 } });
    report({ name: 'longest event-loop stall, second refresh', value: stall.max / 1e6, unit: 'ms', target: { op: '≤', value: 50 } });
    const stats = await farm.stats();
    report({ name: 'most requests in flight on one host', value: stats.maxInFlightPerHost ?? 0, unit: 'requests' });

    await stageCosts(urls.slice(0, 240), first.newArticles, availableParallelism());

    if (newsboatInstalled()) {
      const newsboat = newsboatReload(urls, 64);
      report({ name: 'newsboat: first reload, same feeds', value: newsboat.first, unit: 'ms',
        note: `Tidings is ${(newsboat.first / first.ms).toFixed(1)}× as fast` });
      report({ name: 'newsboat: second reload', value: newsboat.second, unit: 'ms',
        note: `Tidings is ${(newsboat.second / second.ms).toFixed(1)}× as fast` });
    } else {
      console.log('  newsboat is not installed (apt-get install newsboat): no comparison this run');
    }
  } finally {
    core.close();
    farm.stop();
    dir.remove();
  }
}

/** The same requests with the same client and limits, bodies read and dropped: the network floor. */
async function fetchOnly(urls: string[]): Promise<number> {
  const started = performance.now();
  const byHost = new Map<string, string[]>();
  for (const url of urls) {
    const host = new URL(url).host;
    byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }
  let active = 0;
  const waiting: (() => void)[] = [];
  const slot = async (): Promise<void> => {
    if (active < 64) {
      active++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  await Promise.all(
    [...byHost.values()].flatMap((hostUrls) =>
      [0, 1].map(async (lane) => {
        for (let index = lane; index < hostUrls.length; index += 2) {
          await slot();
          try {
            await fetchFeed(hostUrls[index] as string);
          } finally {
            release();
          }
        }
      }),
    ),
  );
  return performance.now() - started;
}
