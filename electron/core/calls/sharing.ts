// The contract's sharing calls. A share is recorded at once, with an outbox entry per webhook
// target in the same transaction, so sharing works offline and nothing is lost if the app closes
// before the network comes back. A shared article, like a starred one, is kept for reading offline.
import type { Handlers } from '../../../shared/contract';
import { TidingsError } from '../../../shared/errors';
import type { ShareTarget } from '../../../shared/sharing';
import { outboxEntry } from '../outbox/entries';
import type { OfflineReading } from '../offline/offline-reading';
import type { Store } from '../store';
import { Publisher } from '../sharing/publisher';
import { queueWebhookShares } from '../sharing/queue-webhooks';

type SharingCalls = 'shareArticle' | 'unshareArticle' | 'listOutbox' | 'retryOutbox' | 'cancelOutbox' | 'publishShared';

export interface SharingServices {
  publisher: Publisher;
  /** Told when an entry may have become due. */
  outbox: { wake(): void };
}

export function sharingHandlers(store: Store, offline: OfflineReading, services?: SharingServices): Pick<Handlers, SharingCalls> {
  const { publisher, outbox } = services ?? { publisher: new Publisher(store), outbox: { wake: () => undefined } };
  const targets = (): ShareTarget[] => store.settings.get().shareTargets;

  return {
    shareArticle: ({ articleId, note, targetIds }) => {
      const webhooks = webhookTargets(targets(), targetIds);
      const shared = store.transaction(() => {
        const mark = store.shares.mark(articleId, note);
        const sharedAt = new Date(mark.sharedAt).toISOString();
        const ids = queueWebhookShares(store, articleId, mark, webhooks);
        return { mark, sharedAt, ids };
      });
      publisher.schedule();
      if (shared.ids.length > 0) outbox.wake();
      const all = targets();
      const answer = {
        articleId,
        sharedAt: shared.sharedAt,
        note: shared.mark.note,
        wasShared: shared.mark.wasShared,
        previousNote: shared.mark.previousNote,
        outbox: shared.ids.map((id) => outboxEntry(store.outbox.get(id), all)),
      };
      offline.keep(articleId);
      return answer;
    },

    unshareArticle: ({ articleId, restoreNote }) => {
      store.articles.get(articleId); // not_found for an unknown id
      const result = store.transaction(() => ({
        changed: store.shares.unmark(articleId, restoreNote),
        canceled: store.outbox.cancelPendingFor(articleId),
      }));
      publisher.schedule();
      return result;
    },

    listOutbox: () => {
      const all = targets();
      return { entries: store.outbox.list().map((row) => outboxEntry(row, all)) };
    },

    retryOutbox: ({ outboxId }) => {
      const row = store.outbox.retryNow(outboxId);
      outbox.wake();
      return outboxEntry(row, targets());
    },

    cancelOutbox: ({ outboxId }) => outboxEntry(store.outbox.cancel(outboxId), targets()),

    publishShared: () => publisher.publishNow(),
  };
}

/** The webhooks among the targets named; a target that acts in the UI, or none, is a clear error. */
function webhookTargets(all: readonly ShareTarget[], ids: readonly string[]): ShareTarget[] {
  return [...new Set(ids)].map((id) => {
    const target = all.find((candidate) => candidate.id === id);
    if (!target) throw new TidingsError('bad_input', `no share target "${id}" (set them up in settings)`);
    if (target.kind !== 'webhook') {
      throw new TidingsError('bad_input', `the share target "${target.name}" (${target.kind}) acts in the app, not through the outbox`);
    }
    return target;
  });
}
