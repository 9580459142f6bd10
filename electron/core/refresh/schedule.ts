// When a feed is next due, decided from what its last refresh did. Pure, so the rules are tested
// one by one: the interval (the feed's own, else the global setting), the feed's ttl as a floor,
// exponential backoff after failures, and a host's Retry-After.

export interface ScheduleInput {
  now: number;
  /** The global refresh interval from settings. */
  intervalMinutes: number;
  /** The feed's own interval, if the person set one. */
  feedIntervalMinutes: number | null;
  /** The feed's ttl or sy:updatePeriod, in minutes. */
  ttlMinutes: number | null;
  /** Failures in a row, counting this one (0 after a success). */
  errorCount: number;
  /** When the host asked us to come back (429/503 Retry-After), ms since epoch. */
  retryAt: number | null;
  /** In [0, 1): spreads feeds out so they do not all fall due in the same second. */
  random: number;
}

const minute = 60_000;
/** A ttl longer than this is not taken at its word: feeds set absurd ones by mistake. */
export const maxTtlFloorMinutes = 24 * 60;
export const maxBackoffMinutes = 24 * 60;

export function effectiveIntervalMinutes(input: Pick<ScheduleInput, 'intervalMinutes' | 'feedIntervalMinutes' | 'ttlMinutes'>): number {
  const chosen = input.feedIntervalMinutes ?? input.intervalMinutes;
  // A person's explicit per-feed choice wins over the feed's hint; the global default does not.
  if (input.feedIntervalMinutes !== null || input.ttlMinutes === null || input.ttlMinutes <= 0) return chosen;
  return Math.max(chosen, Math.min(input.ttlMinutes, maxTtlFloorMinutes));
}

export function nextFetchAt(input: ScheduleInput): number {
  const interval = effectiveIntervalMinutes(input);
  const wait =
    input.errorCount > 0
      ? Math.min(interval * 2 ** (input.errorCount - 1), Math.max(interval, maxBackoffMinutes))
      : interval;
  // ±10% so a thousand feeds added at once spread over the interval instead of marching together.
  const jittered = wait * minute * (0.9 + 0.2 * input.random);
  return Math.max(input.now + Math.round(jittered), input.retryAt ?? 0);
}
