// What the exports read: the subscription tree (for OPML) and the starred or shared items with
// everything done to them (for Reader JSON). Rows stay here; library/ gets plain objects.
import { prepared, type Db } from './database';

export interface TreeFolder {
  id: number;
  parentId: number | null;
  name: string;
  position: number;
}

export interface TreeFeed {
  id: number;
  url: string;
  title: string;
  siteUrl: string | null;
  folderId: number | null;
  position: number;
}

export interface SubscriptionTree {
  folders: TreeFolder[];
  /** Subscriptions only: feeds that merely hold imported items are not listed. */
  feeds: TreeFeed[];
}

export function subscriptionTree(db: Db): SubscriptionTree {
  return {
    folders: prepared<[], TreeFolder>(
      db,
      'SELECT id, parent_id AS parentId, name, position FROM folders ORDER BY position, id',
    ).all(),
    feeds: prepared<[], TreeFeed>(
      db,
      // The name the person chose, if any, is the one their next reader should show.
      `SELECT id, url, coalesce(custom_title, title) AS title, site_url AS siteUrl, folder_id AS folderId, position
       FROM feeds WHERE active = 1 ORDER BY position, id`,
    ).all(),
  };
}

export type StreamWhich = 'starred' | 'shared';

export interface StreamRow {
  articleId: number;
  guid: string;
  title: string;
  link: string | null;
  author: string | null;
  publishedAt: number | null;
  updatedAt: number | null;
  firstSeenAt: number;
  html: string | null;
  enclosures: string | null;
  feedUrl: string;
  feedTitle: string;
  siteUrl: string | null;
  read: number;
  starredAt: number | null;
  sharedAt: number | null;
  likedAt: number | null;
  note: string | null;
  /** Label names joined by U+001F (a character no label contains). */
  labels: string | null;
}

export const LABEL_SEPARATOR = '\u001f';

export function streamRows(db: Db, which: StreamWhich): StreamRow[] {
  const key = which === 'starred' ? 's.starred_at' : 's.shared_at';
  return prepared<[], StreamRow>(
    db,
    `SELECT a.id AS articleId, a.guid, a.title, a.link, a.author, a.published_at AS publishedAt,
       a.updated_at AS updatedAt, a.first_seen_at AS firstSeenAt, c.html, c.enclosures,
       f.url AS feedUrl, f.title AS feedTitle, f.site_url AS siteUrl, s.read,
       CASE WHEN s.starred = 1 THEN s.starred_at END AS starredAt,
       CASE WHEN s.shared = 1 THEN s.shared_at END AS sharedAt,
       CASE WHEN s.liked = 1 THEN s.liked_at END AS likedAt, s.note,
       (SELECT group_concat(l.name, char(31)) FROM article_labels al JOIN labels l ON l.id = al.label_id
         WHERE al.article_id = a.id) AS labels
     FROM article_state s JOIN articles a ON a.id = s.article_id JOIN feeds f ON f.id = a.feed_id
     LEFT JOIN article_content c ON c.article_id = a.id
     WHERE s.${which} = 1 ORDER BY ${key} DESC, s.article_id DESC`,
  ).all();
}
