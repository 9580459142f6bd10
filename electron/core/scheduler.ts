// When refreshes happen by themselves: shortly after start, then every interval. Feeds that are
// not due are cheap (conditional GET); per-feed intervals and backoff deepen this later.
import type { Refresher } from './refresher';

export interface SchedulerOptions {
  intervalMs: number;
  /** Let the UI come up before the first refresh competes with it. */
  initialDelayMs: number;
}

export const defaultSchedule: SchedulerOptions = { intervalMs: 30 * 60_000, initialDelayMs: 3_000 };

export function startScheduler(refresher: Refresher, options: SchedulerOptions = defaultSchedule): () => void {
  const run = (): void => void refresher.refresh().catch(() => undefined);
  const first = setTimeout(run, options.initialDelayMs);
  const every = setInterval(run, options.intervalMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
