// When refreshes happen by themselves: every feed shortly after start (if the setting says so),
// then each feed when it falls due (schedule.ts decides when; the tick only asks who is due).
import type { Refresher } from './refresher';
import type { Store } from '../store';

export interface SchedulerOptions {
  /** How often to look for due feeds. */
  tickMs: number;
  /** Let the UI come up before the first refresh competes with it. */
  initialDelayMs: number;
}

export const defaultSchedule: SchedulerOptions = { tickMs: 60_000, initialDelayMs: 3_000 };

export function startScheduler(store: Store, refresher: Refresher, options: SchedulerOptions = defaultSchedule): () => void {
  const quietly = (work: () => Promise<unknown>) => (): void => void work().catch(() => undefined);
  const first = setTimeout(
    quietly(() => (store.settings.get().refreshOnStart ? refresher.refresh() : refresher.refreshDue())),
    options.initialDelayMs,
  );
  const every = setInterval(
    quietly(() => refresher.refreshDue()),
    options.tickMs,
  );
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
