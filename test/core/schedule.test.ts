import { describe, expect, it } from 'vitest';
import { effectiveIntervalMinutes, nextFetchAt, type ScheduleInput } from '../../electron/core/refresh/schedule';

const now = Date.parse('2024-06-01T12:00:00Z');
const minute = 60_000;
const base: ScheduleInput = {
  now,
  intervalMinutes: 30,
  feedIntervalMinutes: null,
  ttlMinutes: null,
  errorCount: 0,
  retryAt: null,
  random: 0.5, // no jitter
};

describe('refresh schedule', () => {
  it('waits the global interval after a success', () => {
    expect(nextFetchAt(base)).toBe(now + 30 * minute);
  });

  it('takes the feed ttl as a floor over the global interval', () => {
    expect(effectiveIntervalMinutes({ ...base, ttlMinutes: 120 })).toBe(120);
    expect(effectiveIntervalMinutes({ ...base, ttlMinutes: 5 })).toBe(30);
  });

  it('does not take an absurd ttl at its word', () => {
    expect(effectiveIntervalMinutes({ ...base, ttlMinutes: 60 * 24 * 365 })).toBe(24 * 60);
  });

  it("lets a person's own interval for a feed win over the feed's ttl", () => {
    expect(effectiveIntervalMinutes({ ...base, feedIntervalMinutes: 10, ttlMinutes: 120 })).toBe(10);
  });

  it('backs off exponentially after failures in a row, up to a day', () => {
    const waits = [1, 2, 3, 4, 10].map((errorCount) => (nextFetchAt({ ...base, errorCount }) - now) / minute);
    expect(waits).toEqual([30, 60, 120, 240, 24 * 60]);
  });

  it('never comes back before the host said it may', () => {
    const retryAt = now + 3 * 60 * minute;
    expect(nextFetchAt({ ...base, errorCount: 1, retryAt })).toBe(retryAt);
  });

  it('spreads feeds over ten percent either side of the interval', () => {
    expect(nextFetchAt({ ...base, random: 0 })).toBe(now + 27 * minute);
    expect(nextFetchAt({ ...base, random: 0.999999 })).toBeCloseTo(now + 33 * minute, -2);
  });
});
