// One sync of each account with its Google Reader API server: first what was changed here (the
// queue, in order, each row deleted only once the server accepted it), then the server's state read
// back: subscriptions and labels, the unread and starred item ids, the items not seen yet, and read
// and starred state. A sync where nothing changed costs three requests (subscriptions, unread ids,
// starred ids), however many feeds and articles there are (docs/sync.md).
import type { Store } from '../store';
import type { AccountRow } from '../store/accounts';
import { GReaderClient } from './greader/client';
import { SyncError } from './greader/errors';
import { longItemId } from './greader/item-ids';
import { READ, STARRED, labelStream } from './greader/streams';
import { planStateChanges } from './push-plan';
import { isSubscriptionRow, pushSubscriptionRows, type Write } from './subscription-push';
import { pullSubscriptions } from './subscription-pull';
import { pullItems } from './item-pull';
import { plainTokens, type TokenCipher } from './token-cipher';
import type { SyncRunResult } from '../../../shared/sync';

/** What one sync did (shared/sync.ts: the contract's syncNow and `tidings sync --json` answer it). */
export type SyncResult = SyncRunResult;

export interface SyncOptions {
  /** Store writes take turns with the refresh's (write-turns.ts); by default they run at once. */
  write?: Write;
  /** How the accounts' tokens are kept (token-cipher.ts); by default as they are. */
  tokens?: TokenCipher;
}

export class SyncEngine {
  private running: Promise<SyncResult> | null = null;
  private readonly write: Write;
  readonly tokens: TokenCipher;

  constructor(
    private readonly store: Store,
    options: SyncOptions = {},
  ) {
    this.write = options.write ?? (async (work) => work());
    this.tokens = options.tokens ?? plainTokens;
  }

  /** Every sync account, or one; a sync under way is joined rather than run twice at once. */
  sync(accountId?: number): Promise<SyncResult> {
    if (this.running && accountId === undefined) return this.running;
    const run = (this.running ? this.running.then(() => undefined, () => undefined) : Promise.resolve()).then(() => this.run(accountId));
    const tracked: Promise<SyncResult> = run.finally(() => {
      if (this.running === tracked) this.running = null;
    });
    this.running = tracked;
    return tracked;
  }

  private async run(accountId?: number): Promise<SyncResult> {
    const started = performance.now();
    const accounts = accountId === undefined ? this.store.accounts.syncing() : [this.store.accounts.get(accountId)];
    const result: SyncResult = { accounts: accounts.length, feeds: 0, newArticles: 0, pulled: 0, pushed: 0, queued: 0, failed: 0, ms: 0, requests: 0, errors: [] };
    for (const account of accounts) {
      if (account.kind === 'local') continue;
      let client = new GReaderClient(account.url ?? '', '');
      try {
        client = new GReaderClient(account.url ?? '', await this.tokens.open(account.token ?? ''));
        await this.syncAccount(account, client, result);
        await this.write(() => this.store.accounts.recordSuccess(account.id));
      } catch (error) {
        const message = error instanceof SyncError ? error.message : `sync failed: ${error instanceof Error ? error.message : String(error)}`;
        result.failed++;
        result.errors.push({ account: account.id, message });
        await this.write(() => this.store.accounts.recordError(account.id, message));
      } finally {
        result.requests += client.requests;
        result.queued += this.store.syncQueue.count(account.id);
        result.feeds += this.store.syncMirror.feeds(account.id).filter((feed) => feed.active === 1).length;
      }
    }
    result.ms = Math.round(performance.now() - started);
    return result;
  }

  private async syncAccount(account: AccountRow, client: GReaderClient, result: SyncResult): Promise<void> {
    const { store, write } = this;
    const queued = store.syncQueue.pending(account.id);
    const subscriptionRows = queued.filter(isSubscriptionRow);
    if (subscriptionRows.length > 0) {
      const pushed = await pushSubscriptionRows(store, account.id, client, subscriptionRows, write);
      result.pushed += pushed.pushed;
      for (const message of pushed.refused) result.errors.push({ account: account.id, message });
    }

    // The server's state first: it decides which queued changes are real (push-plan.ts).
    const unread = new Set((await client.itemIds({ exclude: READ })).map(longItemId));
    const starred = new Set((await client.itemIds({ stream: STARRED })).map(longItemId));

    const plan = planStateChanges(queued.filter((row) => !isSubscriptionRow(row)), unread, starred);
    await client.editTag(plan.read, { add: READ });
    await client.editTag(plan.unread, { remove: READ });
    await client.editTag(plan.star, { add: STARRED });
    await client.editTag(plan.unstar, { remove: STARRED });
    result.pushed += await sendLabels(client, plan.labels);
    await write(() => store.syncQueue.remove(plan.rows));
    result.pushed += plan.read.length + plan.unread.length + plan.star.length + plan.unstar.length;
    for (const item of plan.read) unread.delete(item);
    for (const item of plan.unread) unread.add(item);
    for (const item of plan.star) starred.add(item);
    for (const item of plan.unstar) starred.delete(item);

    await pullSubscriptions(store, account.id, await client.subscriptions(), write);
    const pulled = await pullItems(store, account.id, client, [...new Set([...unread, ...starred])], write);
    result.pulled += pulled.pulled;
    result.newArticles += pulled.added;

    // A change made here while this sync ran is still queued: the server's state waits for it.
    const stillQueued = store.syncQueue.pending(account.id).map((row) => row.item);
    const retentionDays = store.settings.get().retentionDays;
    await write(() =>
      store.syncMirror.apply(account.id, () => {
        store.syncMirror.applyState(account.id, [...unread], [...starred], stillQueued);
        store.syncMirror.applyRetention(account.id, retentionDays);
      }),
    );
  }
}

/**
 * Labels on articles, one label per call (FreshRSS honours one `a=` and one `r=`). A server without
 * article labels (Miniflux) that refuses one is not asked again: the rows are settled all the same;
 * any other failure keeps them queued.
 */
async function sendLabels(client: GReaderClient, labels: ReadonlyMap<string, { add: string[]; remove: string[] }>): Promise<number> {
  let sent = 0;
  for (const [label, change] of labels) {
    try {
      await client.editTag(change.add, { add: labelStream(label) });
      await client.editTag(change.remove, { remove: labelStream(label) });
      sent += change.add.length + change.remove.length;
    } catch (error) {
      // Miniflux 2.2.6 answers 500 "googlereader: unsupported tag type: LabelStream"; others a 4xx.
      const refused = error instanceof SyncError && error.kind === 'server' && ((error.status ?? 500) < 500 || /unsupported tag/i.test(error.message));
      if (!refused) throw error;
    }
  }
  return sent;
}
