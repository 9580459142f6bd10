// The server's subscription list onto the account's feeds and folders: new ones added, names and
// labels (Google Reader's folders: a feed's first label is its folder) taken from the server, and
// feeds the server no longer has unsubscribed here. Feeds waiting for their subscribe are left alone.
import type { Store } from '../store';
import type { Subscription } from './greader/client';
import type { Write } from './subscription-push';

export async function pullSubscriptions(store: Store, accountId: number, subscriptions: readonly Subscription[], write: Write): Promise<void> {
  await write(() =>
    store.syncMirror.apply(accountId, () => {
      const mirror = store.syncMirror;
      const local = mirror.feeds(accountId);
      const byStream = new Map(local.filter((feed) => feed.remote_id !== null).map((feed) => [feed.remote_id as string, feed]));
      const onServer = new Set<string>();
      for (const subscription of subscriptions) {
        onServer.add(subscription.stream);
        const folder = subscription.labels[0] ?? null;
        const title = subscription.title || subscription.url || subscription.stream;
        const feed = byStream.get(subscription.stream);
        if (!feed) {
          mirror.insertFeed(accountId, { remoteId: subscription.stream, url: subscription.url ?? subscription.stream, title, siteUrl: subscription.siteUrl, folder });
        } else if (feed.active !== 1) {
          // Unsubscribed here with kept articles, and subscribed again elsewhere: it comes back.
          mirror.revive(feed.id);
          mirror.updateFeed(accountId, feed.id, { title, folder });
        } else if (feed.title !== title || feed.custom_title !== null || feed.folder !== folder) {
          mirror.updateFeed(accountId, feed.id, { title, folder });
        }
      }
      for (const feed of local) {
        if (feed.active === 1 && feed.remote_id !== null && !onServer.has(feed.remote_id)) mirror.dropFeed(feed.id);
      }
      mirror.dropEmptyFolders(accountId);
    }),
  );
}
