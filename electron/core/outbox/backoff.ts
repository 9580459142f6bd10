// When a failed delivery is tried again: doubling from `baseMs` up to `maxMs`, with "equal jitter"
// (half the delay fixed, half random) so entries that failed together do not all return together.
export interface Backoff {
  baseMs: number;
  maxMs: number;
}

export const defaultBackoff: Backoff = { baseMs: 60_000, maxMs: 6 * 3_600_000 };

/** The wait after the `attempts`-th failed attempt (1 for the first). */
export function retryDelay(attempts: number, backoff: Backoff, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 40));
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
