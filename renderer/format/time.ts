// Dates as the list and the reader show them. Feed dates are for display only.
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const sameYear = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const otherYear = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

function parse(iso: string | null): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "now", "5m", "3h", "2d", then "Mar 4" or "Mar 4, 2023". */
export function relativeTime(iso: string | null, now: number = Date.now()): string {
  const date = parse(iso);
  if (!date) return '';
  const age = now - date.getTime();
  if (age < minute && age > -minute) return 'now';
  if (age >= 0 && age < hour) return `${Math.floor(age / minute)}m`;
  if (age >= 0 && age < day) return `${Math.floor(age / hour)}h`;
  if (age >= 0 && age < 7 * day) return `${Math.floor(age / day)}d`;
  return (date.getFullYear() === new Date(now).getFullYear() ? sameYear : otherYear).format(date);
}

export function fullDate(iso: string | null): string {
  const date = parse(iso);
  return date ? full.format(date) : '';
}

const spoken = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "5 minutes ago", "yesterday", "3 days ago", then the date: for the reader's byline. */
export function relativeLong(iso: string | null, now: number = Date.now()): string {
  const date = parse(iso);
  if (!date) return '';
  const age = now - date.getTime();
  if (age < minute && age > -minute) return 'just now';
  if (age >= 0 && age < hour) return spoken.format(-Math.floor(age / minute), 'minute');
  if (age >= 0 && age < day) return spoken.format(-Math.floor(age / hour), 'hour');
  if (age >= 0 && age < 7 * day) return spoken.format(-Math.floor(age / day), 'day');
  return (date.getFullYear() === new Date(now).getFullYear() ? sameYear : otherYear).format(date);
}
