// "in 3 min", "2 h ago": when an outbox entry is next tried, in words (the list's dates are never in the future).
export function untilOrAgo(iso: string, now = Date.now()): string {
  const ms = Date.parse(iso) - now;
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const amount = minutes < 1 ? 'now' : minutes < 60 ? `${minutes} min` : minutes < 48 * 60 ? `${Math.round(minutes / 60)} h` : `${Math.round(minutes / 1440)} d`;
  if (amount === 'now') return 'now';
  return ms > 0 ? `in ${amount}` : `${amount} ago`;
}
