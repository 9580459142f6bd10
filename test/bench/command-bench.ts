// `tidings refresh` as a person runs it, start to exit, against Newsboat's `-x reload` on the same
// feeds in the same run: the issue's yardstick is Newsboat with 16 reload threads, and the target is
// a third of its time. The library is subscribed to the farm's feeds first, as an import would leave
// it; the command then does the whole first refresh (and a second, all 304) in a process of its own.
// On a shared machine wall time moves with the load, so the two readers run in turns, round after
// round (BENCH_COMMAND_ROUNDS, default 1), each round on a fresh copy of the library, and each
// command's CPU time is printed beside its wall time, and by thread (child-threads.ts).
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { openCore } from '../../electron/core/core';
import { tempDir } from '../support/temp';
import { startFarm } from './farm';
import { newsboatInstalled, newsboatReload } from './newsboat';
import { report } from './report';
import { runSampled, threadText, type ThreadGroups } from './child-threads';
import { connectionOf } from '../../electron/core/store';

const NEWSBOAT_THREADS = 16;

interface CommandRun {
  ms: number;
  /** What the command said its own refresh took. */
  reported: number;
  /** User and system CPU of the whole process, all threads; null where /proc is not there to read. */
  cpuMs: number | null;
  /** The same by thread (main, parse workers, store worker, V8's and libuv's), sampled while it ran. */
  threads: ThreadGroups | null;
}

export async function commandBench(options: { feeds: number; items: number; latency: number; hosts: number }): Promise<void> {
  const rounds = Math.max(1, Number(process.env.BENCH_COMMAND_ROUNDS ?? 1) || 1);
  console.log(
    `\nthe refresh command: ${options.feeds} feeds × ${options.items} items, ${options.latency} ms latency, ${options.hosts} hosts` +
      (rounds > 1 ? `, ${rounds} rounds in turns with Newsboat` : ''),
  );
  const farm = await startFarm(options);
  const dir = tempDir('tidings-bench-command-');
  try {
    const urls = await farm.urls();
    const subscribed = dir.file('subscribed.db');
    const core = openCore({ dbFile: subscribed });
    connectionOf(core.store).transaction(() => urls.forEach((url) => core.store.feeds.add({ url })))();
    core.close();

    // The farm makes each feed on its first request and keeps it: ask for every one first, so
    // neither reader pays for the other's warm-up (whoever went first used to share the cores
    // with the farm making 20,000 articles).
    await warmUp(urls);
    const withNewsboat = newsboatInstalled();
    if (!withNewsboat) console.log('  newsboat is not installed (apt-get install newsboat): no comparison this run');
    const firsts: CommandRun[] = [];
    const seconds: CommandRun[] = [];
    const newsboats: { first: number; second: number; cpuMs: number | null }[] = [];
    for (let round = 0; round < rounds; round++) {
      const dbFile = dir.file(`round-${round}.db`);
      copyFileSync(subscribed, dbFile);
      firsts.push(await refreshCommand(dbFile));
      seconds.push(await refreshCommand(dbFile));
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
      if (withNewsboat) {
        const cpuBefore = childrenCpuMs();
        const reloads = newsboatReload(urls, NEWSBOAT_THREADS);
        const cpuAfter = childrenCpuMs();
        newsboats.push({ ...reloads, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore });
      }
      if (rounds > 1) {
        const newsboat = newsboats[round];
        const first = firsts[round] as CommandRun;
        console.log(
          `  round ${round + 1}: tidings ${Math.round(first.ms)} ms (${cpuText(first.cpuMs)}: ${threadText(first.threads)})` +
            (newsboat ? `, newsboat ${Math.round(newsboat.first)} ms: ${(first.ms / newsboat.first).toFixed(2)}×` : ''),
        );
      }
    }
    const first = medianRun(firsts);
    const second = medianRun(seconds);
    const of = rounds > 1 ? `median of ${rounds}: ` : '';
    report({ name: '`tidings refresh`, first (start to exit)', value: first.ms, unit: 'ms',
      note: `${of}its own refresh took ${first.reported} ms; starting and exiting ${Math.round(first.ms - first.reported)} ms; ${cpuText(first.cpuMs)}: ${threadText(first.threads)}` });
    report({ name: '`tidings refresh`, second, all 304', value: second.ms, unit: 'ms', note: `${of}its own refresh took ${second.reported} ms; ${cpuText(second.cpuMs)}` });
    if (!withNewsboat) return;
    const newsboat = { first: median(newsboats.map((run) => run.first)), second: median(newsboats.map((run) => run.second)) };
    const newsboatCpu = newsboats.every((run) => run.cpuMs !== null) ? median(newsboats.map((run) => run.cpuMs as number)) : null;
    report({ name: `newsboat -x reload, ${NEWSBOAT_THREADS} threads, first`, value: newsboat.first, unit: 'ms',
      note: `${of}${newsboatCpu === null ? '' : `${cpuText(newsboatCpu)} for both reloads`}` });
    report({ name: `newsboat -x reload, ${NEWSBOAT_THREADS} threads, second`, value: newsboat.second, unit: 'ms' });
    // Each round's ratio, then their median: a round's two readers ran minutes apart at most.
    const ratio = median(firsts.map((run, index) => run.ms / (newsboats[index]?.first ?? Number.NaN)));
    report({ name: 'first refresh: Tidings ÷ Newsboat, wall time', value: ratio, unit: '×', target: { op: '≤', value: 0.333 },
      note: `${rounds > 1 ? `median of the ${rounds} rounds' ratios; ` : ''}Tidings is ${(1 / ratio).toFixed(1)}× as fast` });
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

/** One `tidings refresh --json` in a process of its own: its wall time, the `ms` it reports, its CPU. */
async function refreshCommand(dbFile: string): Promise<CommandRun> {
  const cpuBefore = childrenCpuMs();
  const run = await runSampled(process.execPath, ['bin/tidings.mjs', '--db', dbFile, 'refresh', '--json']);
  const cpuAfter = childrenCpuMs();
  if (run.status !== 0) throw new Error(`tidings refresh exited with ${run.status}: ${run.stderr}`);
  if (!run.stdout.trim()) throw new Error(`tidings refresh exited with 0 after ${Math.round(run.ms)} ms and printed nothing; stderr: ${run.stderr}`);
  const result = JSON.parse(run.stdout) as { ms: number };
  return { ms: run.ms, reported: result.ms, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, threads: run.threads };
}

/**
 * CPU time of this process's children that have been waited for (Linux: /proc/self/stat's cutime
 * and cstime, in clock ticks of 10 ms); a child is counted once it has exited and been waited for.
 */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

function cpuText(cpuMs: number | null): string {
  return cpuMs === null ? 'CPU not measured' : `CPU ${(cpuMs / 1000).toFixed(2)} s`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The run with the median wall time (the first of the middle two when there is an even number). */
function medianRun(runs: readonly CommandRun[]): CommandRun {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor((sorted.length - 1) / 2)] as CommandRun;
}
