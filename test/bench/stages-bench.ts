// BENCH_ONLY=stages: the per-article stage costs without a refresh around them, and the parser
// comparison, on the farm's documents served with no latency.
import { availableParallelism } from 'node:os';
import { startFarm } from './farm';
import { parserCosts } from './parser-costs';
import { stageCosts } from './stage-costs';

export async function stagesBench(options: { feeds: number; items: number }): Promise<void> {
  console.log(`\nstages: ${options.feeds} feeds × ${options.items} items`);
  const farm = await startFarm({ ...options, latency: 0, hosts: 1 });
  try {
    const documents = await stageCosts(await farm.urls(), options.feeds * options.items, availableParallelism());
    await parserCosts(documents);
  } finally {
    farm.stop();
  }
}
