// `npm run bench`: speed figures printed beside their targets. Sizes can be turned down for a
// quick look: BENCH_FEEDS=200 npm run bench. BENCH_ONLY=scale (or a comma list of refresh,
// command, import, scale, ui, sync, rules) runs only those parts. BENCH_ONLY=stages runs only the per-article
// stage costs (and the parser comparison) on 240 of the farm's feeds, without the refresh around
// them. BENCH_ONLY=ingest runs only the ingest rate through the app's workers on a fresh library.
// After other parts, the scale part runs in a process of
// its own: its peak RSS is the core's at a million articles, not what a refresh left behind.
import { commandBench } from './command-bench';
import { refreshBench } from './refresh-bench';
import { importBench } from './import-bench';
import { ingestBench } from './ingest-bench';
import { figures } from './report';
import { scaleBench } from './scale-bench';
import { uiBench } from './ui-bench';
import { machineReference } from './machine-reference';
import { stagesBench } from './stages-bench';
import { syncBench } from './sync-bench';
import { rulesBench } from './rules-bench';
import { spawnSync } from 'node:child_process';

const numberFromEnv = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((part) => part.trim())) : null;
const runs = (part: string): boolean => only === null || only.has(part);

console.log(`Tidings bench on ${process.platform}/${process.arch}, Node ${process.version}`);
machineReference();
if (runs('refresh')) {
  await refreshBench({
    feeds: numberFromEnv('BENCH_FEEDS', 1000),
    items: numberFromEnv('BENCH_ITEMS', 40),
    latency: numberFromEnv('BENCH_LATENCY', 50),
    hosts: numberFromEnv('BENCH_HOSTS', 50),
  });
}
if (runs('command')) {
  await commandBench({
    feeds: numberFromEnv('BENCH_COMMAND_FEEDS', 500),
    items: numberFromEnv('BENCH_ITEMS', 40),
    latency: numberFromEnv('BENCH_LATENCY', 50),
    hosts: numberFromEnv('BENCH_HOSTS', 50),
  });
}
if (runs('import')) await importBench({ feeds: numberFromEnv('BENCH_IMPORT_FEEDS', 20_000), items: numberFromEnv('BENCH_IMPORT_ITEMS', 45_000) });
if (runs('scale') && (runs('refresh') || runs('import'))) {
  const scale = spawnSync(process.execPath, [process.argv[1] as string], { env: { ...process.env, BENCH_ONLY: 'scale' }, stdio: 'inherit' });
  if (scale.status !== 0) throw new Error(`the scale bench exited with ${scale.status ?? scale.signal}`);
} else if (runs('scale')) {
  await scaleBench({
    feeds: numberFromEnv('BENCH_SCALE_FEEDS', 2000),
    perFeed: numberFromEnv('BENCH_SCALE_PER_FEED', 500),
  });
}
if (runs('ui')) await uiBench();
if (runs('sync')) await syncBench({ feeds: numberFromEnv('BENCH_SYNC_FEEDS', 100), entries: numberFromEnv('BENCH_SYNC_ENTRIES', 100) });
if (runs('rules')) {
  await rulesBench({
    feeds: numberFromEnv('BENCH_RULES_FEEDS', 200),
    items: numberFromEnv('BENCH_ITEMS', 40),
    rounds: numberFromEnv('BENCH_RULES_ROUNDS', 3),
    libraryFeeds: numberFromEnv('BENCH_SCALE_FEEDS', 2000),
    perFeed: numberFromEnv('BENCH_SCALE_PER_FEED', 500),
  });
}
// Part of the refresh part; on its own only when asked for by name.
if (only?.has('ingest')) await ingestBench({ feeds: numberFromEnv('BENCH_INGEST_FEEDS', 250) });
if (only?.has('stages')) await stagesBench({ feeds: 240, items: numberFromEnv('BENCH_ITEMS', 40) });
if (process.env.BENCH_JSON) console.log(JSON.stringify(figures));
