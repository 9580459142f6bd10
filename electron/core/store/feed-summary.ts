// A feed's row as the contract shows it.
import type { FeedSummary } from '../../../shared/model';
import type { FeedSummaryRow } from './feeds';
import { toFeedRetention } from './retention';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function toFeedSummary(row: FeedSummaryRow): FeedSummary {
  return {
    id: row.id,
    url: row.url,
    siteUrl: row.site_url,
    title: row.custom_title || row.title || row.url,
    folderId: row.folder_id,
    unread: row.unread,
    error:
      row.error_stage && row.error_message
        ? { stage: row.error_stage, message: row.error_message, at: iso(row.error_at) ?? '' }
        : null,
    lastFetchedAt: iso(row.last_fetched_at),
    fullText: row.full_text === 1,
    iconAt: iso(row.icon_changed_at),
    retention: toFeedRetention(row),
  };
}
