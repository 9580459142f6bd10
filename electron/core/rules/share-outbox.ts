// A rule's `share`, sent as a person's share is: an outbox entry per webhook share target, written
// in the same transaction as the share mark (the refresh's, or an apply's), so the outbox loop
// delivers it when the network allows and nothing is lost if the app closes first.
import { randomUUID } from 'node:crypto';
import type { WebhookPayload } from '../../../shared/sharing';
import type { Store } from '../store';
import type { ShareMark } from '../store/shares';

/** Queues the share for every webhook target set up in settings; answers the outbox entries' ids. */
export function queueRuleShare(store: Store, articleId: number, mark: ShareMark): number[] {
  const webhooks = store.settings.get().shareTargets.filter((target) => target.kind === 'webhook');
  if (webhooks.length === 0) return [];
  const source = store.shares.source(articleId);
  const sharedAt = new Date(mark.sharedAt).toISOString();
  return webhooks.map((target) => {
    const idempotencyKey = randomUUID();
    const payload: WebhookPayload = { idempotencyKey, article: { title: source.title, url: source.link, feed: source.feedTitle }, note: mark.note, sharedAt };
    return store.outbox.add({ idempotencyKey, targetId: target.id, articleId, payload: JSON.stringify(payload) });
  });
}
