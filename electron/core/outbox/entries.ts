// Outbox rows as the UI and the CLI see them.
import type { OutboxEntry, ShareTarget } from '../../../shared/sharing';
import type { OutboxRow } from '../store';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function outboxEntry(row: OutboxRow, targets: readonly ShareTarget[]): OutboxEntry {
  return {
    id: row.id,
    targetId: row.target_id,
    targetName: targets.find((target) => target.id === row.target_id)?.name ?? row.target_id,
    articleId: row.article_id,
    articleTitle: row.article_title ?? '(article removed)',
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.state === 'pending' ? iso(row.next_attempt_at) : null,
    lastError: row.last_error,
    createdAt: iso(row.created_at) ?? '',
    deliveredAt: iso(row.delivered_at),
  };
}
