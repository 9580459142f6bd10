// The items the server lists (unread or starred) that this library has not seen: their ids were
// collected whole first, then their contents are asked for in batches (client.items), and stored
// feed by feed through the refresh's normalize and sanitize stages (wire-items.ts).
import type { Store } from '../store';
import type { GReaderClient } from './greader/client';
import type { WireItem } from './greader/wire';
import type { Write } from './subscription-push';
import { readWireItems } from './wire-items';
import { ACCOUNT_FRAGMENT } from '../store/sync-mirror';

/** Items fetched per round: the store writes between rounds, so one sync never holds the library long. */
const ROUND = 1000;

export async function pullItems(
  store: Store,
  accountId: number,
  client: GReaderClient,
  wanted: readonly string[],
  write: Write,
): Promise<{ pulled: number; added: number }> {
  const known = store.syncMirror.knownItems(accountId, wanted);
  const missing = wanted.filter((id) => !known.has(id));
  const feeds = new Map(
    store.syncMirror
      .feeds(accountId)
      .filter((feed) => feed.remote_id !== null && feed.active === 1)
      .map((feed) => [feed.remote_id as string, feed]),
  );
  let pulled = 0;
  let added = 0;
  for (let start = 0; start < missing.length; start += ROUND) {
    const items = await client.items(missing.slice(start, start + ROUND));
    pulled += items.length;
    const byStream = new Map<string, WireItem[]>();
    for (const item of items) {
      const stream = item.origin?.streamId;
      // An item of a feed the account does not subscribe to (starred, then unsubscribed) has no feed here.
      if (!stream || !feeds.has(stream)) continue;
      const group = byStream.get(stream);
      if (group) group.push(item);
      else byStream.set(stream, [item]);
    }
    for (const [stream, group] of byStream) {
      const feed = feeds.get(stream);
      if (!feed) continue;
      const parsed = readWireItems(group, feed.url.replace(ACCOUNT_FRAGMENT, ''), feed.title);
      added += await write(() => store.syncMirror.apply(accountId, () => store.syncMirror.storeItems(feed.id, parsed)));
    }
  }
  return { pulled, added };
}
