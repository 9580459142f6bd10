// A share sent to webhook targets: one outbox entry per target, written by the caller's transaction
// beside the share mark, so the outbox loop delivers it when the network allows and nothing is lost
// if the app closes first. A person's share and a rule's share both go this way.
import { randomUUID } from 'node:crypto';
import type { ShareTarget, WebhookPayload } from '../../../shared/sharing';
import type { Store } from '../store';
import type { ShareMark } from '../store/shares';

/** Answers the outbox entries' ids, in the targets' order. */
export function queueWebhookShares(store: Store, articleId: number, mark: ShareMark, webhooks: readonly ShareTarget[]): number[] {
  if (webhooks.length === 0) return [];
  const source = store.shares.source(articleId);
  const sharedAt = new Date(mark.sharedAt).toISOString();
  return webhooks.map((target) => {
    const idempotencyKey = randomUUID();
    const payload: WebhookPayload = { idempotencyKey, article: { title: source.title, url: source.link, feed: source.feedTitle }, note: mark.note, sharedAt };
    return store.outbox.add({ idempotencyKey, targetId: target.id, articleId, payload: JSON.stringify(payload) });
  });
}
