// Writing an import: folders and subscriptions in document order, feeds that only hold imported
// items, then the items and what the person did with them. Call inside one transaction (the
// Store does): a failure anywhere leaves the library exactly as it was.
//
// Folders and feeds take positions from one counter, so a folder's children come back out in the
// order the file had them even though folders and feeds are two tables.
import type { FeedId, FolderId } from '../../../shared/model';
import type { ParsedItem } from '../feed-types';
import { storeItems } from './articles';
import { prepared, type Db } from './database';
import { applyItemState, type ItemMarks } from './library-state';
import { reviveFeed } from './unsubscribe';

export interface SubscriptionEntry {
  kind: 'feed';
  url: string;
  title: string;
  siteUrl: string | null;
  folder: readonly string[];
}

export interface FolderEntry {
  kind: 'folder';
  path: readonly string[];
}

/** A feed created only so imported items show under their source; never polled. */
export interface HolderFeed {
  url: string;
  title: string;
  siteUrl: string | null;
}

export interface ImportedItem {
  /** Normalized and sanitized, as a refresh would store it. */
  item: ParsedItem;
  marks: ItemMarks;
}

export interface ItemGroup {
  feedUrl: string;
  items: readonly ImportedItem[];
}

export interface LibraryWrite {
  entries: readonly (SubscriptionEntry | FolderEntry)[];
  holders: readonly HolderFeed[];
  groups: readonly ItemGroup[];
}

export interface LibraryWriteResult {
  feedsAdded: number;
  foldersAdded: number;
  inactiveFeeds: number;
  articlesAdded: number;
}

export type WriteProgress = (done: number, total: number) => void;

interface ExistingFeed {
  id: number;
  url: string;
  title: string;
  site_url: string | null;
  active: number;
}

export function writeLibrary(db: Db, plan: LibraryWrite, now: number, progress?: WriteProgress): LibraryWriteResult {
  const result: LibraryWriteResult = { feedsAdded: 0, foldersAdded: 0, inactiveFeeds: 0, articlesAdded: 0 };
  const total = plan.entries.length + plan.holders.length + plan.groups.reduce((n, group) => n + group.items.length, 0);
  let done = 0;
  const tick = (): void => {
    if (++done % 500 === 0 || done === total) progress?.(done, total);
  };

  let position =
    (prepared<[], { p: number | null }>(
      db,
      'SELECT max(p) AS p FROM (SELECT max(position) AS p FROM feeds UNION ALL SELECT max(position) FROM folders)',
    ).get()?.p ?? 0) + 1;
  const feeds = new Map(
    // The local account's (migration 12): a sync account's feed with the same URL steps aside on insert.
    prepared<[], ExistingFeed>(db, 'SELECT id, url, title, site_url, active FROM feeds WHERE account_id = 1').all().map((row) => [row.url, row]),
  );
  const folders = new FolderCache(db, () => {
    result.foldersAdded++;
    return position++;
  });
  const insertFeed = prepared(
    db,
    `INSERT INTO feeds (url, title, site_url, folder_id, position, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  // Merging never overwrites: it only fills in what the library did not know.
  const fillFeed = prepared(
    db,
    `UPDATE feeds SET title = CASE WHEN title = '' THEN ? ELSE title END, site_url = coalesce(site_url, ?)
     WHERE id = ? AND ((title = '' AND ? <> '') OR (site_url IS NULL AND ? IS NOT NULL))`,
  );
  const addFeed = (feed: HolderFeed, folderId: FolderId | null, active: boolean): void => {
    const existing = feeds.get(feed.url);
    if (existing) {
      // A subscription to an inactive feed (unsubscribed, or holding items) subscribes to it again.
      if (active && existing.active === 0) {
        reviveFeed(db, existing.id, folderId);
        existing.active = 1;
        result.feedsAdded++;
      }
      fillFeed.run(feed.title, feed.siteUrl, existing.id, feed.title, feed.siteUrl);
      return;
    }
    const id = Number(
      insertFeed.run(feed.url, feed.title, feed.siteUrl, folderId, position++, active ? 1 : 0, now).lastInsertRowid,
    );
    feeds.set(feed.url, { id, url: feed.url, title: feed.title, site_url: feed.siteUrl, active: active ? 1 : 0 });
    if (active) result.feedsAdded++;
    else result.inactiveFeeds++;
  };

  for (const entry of plan.entries) {
    if (entry.kind === 'folder') folders.ensure(entry.path);
    else addFeed(entry, feeds.get(entry.url)?.active === 1 ? null : folders.ensure(entry.folder), true);
    tick();
  }
  for (const holder of plan.holders) {
    addFeed(holder, null, false);
    tick();
  }
  for (const group of plan.groups) {
    const feed = feeds.get(group.feedUrl);
    if (!feed) throw new Error(`import: no feed for ${group.feedUrl}`);
    result.articlesAdded += storeGroup(db, feed.id, group.items, now, tick);
  }
  return result;
}

/** Folder ids by path, created on first use with the next position. */
class FolderCache {
  private readonly ids = new Map<string, FolderId>();

  constructor(
    private readonly db: Db,
    private readonly nextPosition: () => number,
  ) {}

  ensure(path: readonly string[]): FolderId | null {
    let parent: FolderId | null = null;
    const find = prepared<[number, string], { id: number }>(
      this.db,
      // Imports land in the local account (account 1, migration 12).
      'SELECT id FROM folders WHERE ifnull(parent_id, 0) = ? AND name = ? AND account_id = 1',
    );
    const insert = prepared(this.db, 'INSERT INTO folders (parent_id, name, position) VALUES (?, ?, ?)');
    for (let depth = 1; depth <= path.length; depth++) {
      const key = path.slice(0, depth).join('\u0000');
      const name = path[depth - 1] as string;
      let id = this.ids.get(key);
      if (id === undefined) {
        id = find.get(parent ?? 0, name)?.id ?? Number(insert.run(parent, name, this.nextPosition()).lastInsertRowid);
        this.ids.set(key, id);
      }
      parent = id;
    }
    return parent;
  }
}

/**
 * One feed's imported items. An item the feed already has (same guid, or same link) keeps its
 * stored content and only gains the imported marks; the rest are stored the way a refresh stores
 * items. Returns how many articles were added.
 */
function storeGroup(db: Db, feedId: FeedId, items: readonly ImportedItem[], now: number, tick: () => void): number {
  const rows = prepared<[number], { id: number; guid: string; link: string | null }>(
    db,
    'SELECT id, guid, link FROM articles WHERE feed_id = ?',
  ).all(feedId);
  const byGuid = new Map(rows.map((row) => [row.guid, row.id]));
  const byLink = new Map(rows.flatMap((row) => (row.link ? [[row.link, row.id] as const] : [])));
  const fresh = items.filter(({ item }) => !byGuid.has(item.id) && !(item.link && byLink.has(item.link)));
  // An import brings back what retention removed: the person asked for these items by name.
  const unbury = prepared(db, 'DELETE FROM article_tombstones WHERE feed_id = ? AND guid = ?');
  for (const { item } of fresh) unbury.run(feedId, item.id);
  const { added } = storeItems(db, feedId, fresh.map(({ item }) => item), now);
  const find = prepared<[number, string], { id: number }>(db, 'SELECT id FROM articles WHERE feed_id = ? AND guid = ?');
  for (const { item, marks } of items) {
    const articleId = byGuid.get(item.id) ?? (item.link ? byLink.get(item.link) : undefined) ?? find.get(feedId, item.id)?.id;
    if (articleId !== undefined) applyItemState(db, articleId, marks, now);
    tick();
  }
  return added;
}
