// `tidings refresh` as a person runs it, start to exit, against Newsboat's `-x reload` on the same
// feeds in the same run: the yardstick is Newsboat with 16 reload threads, and the target is
// a third of its time. The library is subscribed to the farm's feeds first, as an import would leave
// it; the command then does the whole first refresh (and a second, all 304) in a process of its own.
import { spawnSync } from 'node:child_process';
import { openCore } from '../../electron/core/core';
import { tempDir } from '../support/temp';
import { startFarm } from './farm';
import { newsboatInstalled, newsboatReload } from './newsboat';
import { report } from './report';
import { connectionOf } from '../../electron/core/store';

const NEWSBOAT_THREADS = 16;

export async function commandBench(options: { feeds: number; items: number; latency: number; hosts: number }): Promise<void> {
  console.log(`\nthe refresh command: ${options.feeds} feeds × ${options.items} items, ${options.latency} ms latency, ${options.hosts} hosts`);
  const farm = await startFarm(options);
  const dir = tempDir('tidings-bench-command-');
  try {
    const urls = await farm.urls();
    const dbFile = dir.file('command.db');
    const core = openCore({ dbFile });
    connectionOf(core.store).transaction(() => urls.forEach((url) => core.store.feeds.add({ url })))();
    core.close();

    // The farm makes each feed on its first request and keeps it: ask for every one first, so
    // neither reader pays for the other's warm-up (whoever went first used to share the cores
    // with the farm making 20,000 articles).
    await warmUp(urls);
    const first = refreshCommand(dbFile);
    const second = refreshCommand(dbFile);
    report({ name: '`tidings refresh`, first (start to exit)', value: first.ms, unit: 'ms',
      note: `its own refresh took ${first.reported} ms; starting and exiting ${Math.round(first.ms - first.reported)} ms` });
    report({ name: '`tidings refresh`, second, all 304', value: second.ms, unit: 'ms', note: `its own refresh took ${second.reported} ms` });
    if (!newsboatInstalled()) {
      console.log('  newsboat is not installed (apt-get install newsboat): no comparison this run');
      return;
    }
    const newsboat = newsboatReload(urls, NEWSBOAT_THREADS);
    report({ name: `newsboat -x reload, ${NEWSBOAT_THREADS} threads, first`, value: newsboat.first, unit: 'ms' });
    report({ name: `newsboat -x reload, ${NEWSBOAT_THREADS} threads, second`, value: newsboat.second, unit: 'ms' });
    report({ name: 'first refresh: Tidings ÷ Newsboat, wall time', value: first.ms / newsboat.first, unit: '×', target: { op: '≤', value: 0.333 },
      note: `Tidings is ${(newsboat.first / first.ms).toFixed(1)}× as fast` });
    report({ name: 'second refresh: Tidings ÷ Newsboat, wall time', value: second.ms / newsboat.second, unit: '×',
      note: `Tidings is ${(newsboat.second / second.ms).toFixed(1)}× as fast` });
  } finally {
    farm.stop();
    dir.remove();
  }
}

/** Every feed asked for once, sixteen at a time. */
async function warmUp(urls: readonly string[]): Promise<void> {
  const queue = [...urls];
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) await (await fetch(url)).arrayBuffer();
    }),
  );
}

/** One `tidings refresh --json` in a process of its own: its wall time, and the `ms` it reports. */
function refreshCommand(dbFile: string): { ms: number; reported: number } {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['bin/tidings.mjs', '--db', dbFile, 'refresh', '--json'], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`tidings refresh exited with ${run.status}: ${run.stderr}`);
  const result = JSON.parse(run.stdout) as { ms: number };
  return { ms, reported: result.ms };
}
