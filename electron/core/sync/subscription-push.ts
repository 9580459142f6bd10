// Sends the queue's subscription rows (subscribe, unsubscribe, rename, move) to the server, in
// order, deleting each row once the server accepted it. A feed subscribed here has no stream until
// the server answers its subscribe; later rows about it find the stream through the feed's id.
import type { Store } from '../store';
import { ACCOUNT_FRAGMENT } from '../store/sync-mirror';
import type { QueueRow } from '../store/sync-queue';
import type { GReaderClient } from './greader/client';
import { SyncError } from './greader/errors';
import { labelStream } from './greader/streams';

export type Write = <T>(work: () => T) => Promise<T>;

interface FeedPayload {
  feed?: number;
  url?: string;
  folder?: string | null;
  title?: string;
  from?: string | null;
  to?: string | null;
}

const subscriptionActions = new Set(['subscribe', 'unsubscribe', 'rename', 'move']);

export function isSubscriptionRow(row: QueueRow): boolean {
  return subscriptionActions.has(row.action);
}

/** Answers the rows it settled and the refusals worth telling the person (a feed the server would not take). */
export async function pushSubscriptionRows(
  store: Store,
  accountId: number,
  client: GReaderClient,
  rows: readonly QueueRow[],
  write: Write,
): Promise<{ pushed: number; refused: string[] }> {
  const streams = new Map<number, string>();
  const refused: string[] = [];
  let pushed = 0;
  const payloadOf = (row: QueueRow): FeedPayload => JSON.parse(row.payload) as FeedPayload;
  // A feed subscribed and unsubscribed again before the server heard of either: neither is sent.
  const unsubscribed = new Set(rows.filter((row) => row.action === 'unsubscribe' && row.item === '').map((row) => payloadOf(row).feed));
  const settle = (row: QueueRow, work: () => void = () => undefined): Promise<void> =>
    write(() => store.transaction(() => {
      work();
      store.syncQueue.remove([row.id]);
    }));

  for (const row of rows) {
    const payload = payloadOf(row);
    const stream = row.item || (payload.feed === undefined ? null : streams.get(payload.feed) ?? store.syncMirror.remoteIdOf(payload.feed));
    if (row.action === 'subscribe') {
      if (unsubscribed.has(payload.feed)) {
        await settle(row);
        continue;
      }
      const url = (payload.url ?? '').replace(ACCOUNT_FRAGMENT, '');
      let subscribed: string;
      try {
        subscribed = await client.subscribe(url);
      } catch (error) {
        // The server refused this feed: it stays refused, so it leaves the queue and the library.
        if (!(error instanceof SyncError && error.kind === 'server')) throw error;
        refused.push(error.message);
        await settle(row, () => {
          if (payload.feed !== undefined) store.syncMirror.apply(accountId, () => store.syncMirror.dropFeed(payload.feed as number));
        });
        continue;
      }
      if (payload.folder) await client.editSubscription(subscribed, { addLabel: labelStream(payload.folder) });
      if (payload.feed !== undefined) streams.set(payload.feed, subscribed);
      await settle(row, () => {
        if (payload.feed !== undefined) store.syncMirror.setRemoteId(payload.feed, subscribed);
      });
    } else if (stream === null) {
      await settle(row); // about a feed the server never had
      continue;
    } else if (row.action === 'unsubscribe') {
      await client.unsubscribe(stream);
      await settle(row);
    } else if (row.action === 'rename') {
      await client.editSubscription(stream, { title: payload.title ?? '' });
      await settle(row);
    } else if (row.action === 'move') {
      await client.editSubscription(stream, {
        ...(payload.to ? { addLabel: labelStream(payload.to) } : {}),
        ...(payload.from ? { removeLabel: labelStream(payload.from) } : {}),
      });
      await settle(row);
    }
    pushed++;
  }
  return { pushed, refused };
}
