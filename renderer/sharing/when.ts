// "in 40 s", "in 3 min", "2 h ago": when an outbox entry is next tried, in words (the list's dates are
// never in the future). Seconds under a minute: the first retry comes 30 to 60 s after a failure.
export function untilOrAgo(iso: string, now = Date.now()): string {
  const ms = Date.parse(iso) - now;
  const seconds = Math.round(Math.abs(ms) / 1_000);
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const amount = seconds < 1 ? 'now' : seconds < 60 ? `${seconds} s` : minutes < 60 ? `${minutes} min` : minutes < 48 * 60 ? `${Math.round(minutes / 60)} h` : `${Math.round(minutes / 1440)} d`;
  if (amount === 'now') return 'now';
  return ms > 0 ? `in ${amount}` : `${amount} ago`;
}
