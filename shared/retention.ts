// A feed's retention in words, for the CLI and the UI alike (docs/keeping.md).
import type { FeedRetention } from './model';

const daysText = (days: number): string => `${days} day${days === 1 ? '' : 's'}`;

/** What the global `retentionDays` setting means, e.g. "90 days" or "forever". */
export function globalRetentionText(globalDays: number | null): string {
  return globalDays === null ? 'forever' : daysText(globalDays);
}

export function describeRetention(retention: FeedRetention): string {
  const days =
    retention.days === null
      ? 'follows the global setting'
      : retention.days === 'forever'
        ? 'keeps read articles forever'
        : `keeps read articles ${daysText(retention.days)}`;
  const count = retention.maxArticles === null ? 'no article limit' : `at most the newest ${retention.maxArticles} articles`;
  return `${days}, ${count}`;
}
