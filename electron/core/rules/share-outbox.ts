// A rule's `share`, sent as a person's share is (sharing/queue-webhooks.ts): an outbox entry per
// webhook share target, in the same transaction as the share mark (the refresh's, or an apply's).
import type { Store } from '../store';
import type { ShareMark } from '../store/shares';
import { queueWebhookShares } from '../sharing/queue-webhooks';

/** Queues the share for every webhook target set up in settings; answers the outbox entries' ids. */
export function queueRuleShare(store: Store, articleId: number, mark: ShareMark): number[] {
  const webhooks = store.settings.get().shareTargets.filter((target) => target.kind === 'webhook');
  return queueWebhookShares(store, articleId, mark, webhooks);
}
