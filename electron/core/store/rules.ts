// Rules (#18): the rules table in order, and the changes their actions make to articles. Every
// change here leaves alone a state the person took back by hand (article_state.undone_by_hand,
// migration 13), so applying a rule again never undoes what the person did.
import { TidingsError } from '../../../shared/errors';
import type { ArticleId, FeedId } from '../../../shared/model';
import { ruleInputSchema, type Rule, type RuleDefinition } from '../../../shared/rules';
import { prepared, type Db } from './database';
import { labelArticle } from './keeping';

interface RuleRow {
  id: number;
  position: number;
  definition: string;
  enabled: number;
}

/** What rules read of a stored article (try-out and apply). */
export interface StoredRuleArticle {
  id: number;
  feedId: number;
  title: string;
  text: string;
  author: string | null;
  link: string | null;
  categories: string | null;
}

/** Bits of undone_by_hand (migration 13). */
const UNDONE = { read: 1, starred: 2, liked: 4, shared: 8, hidden: 16 } as const;

/** Kept articles a rule never deletes: starred, shared, liked, noted, or labelled by the person (not by a rule). */
const keptByPerson = `(s.starred = 1 OR s.shared = 1 OR s.liked = 1 OR s.note IS NOT NULL
  OR EXISTS (SELECT 1 FROM article_labels l WHERE l.article_id = s.article_id
    AND NOT EXISTS (SELECT 1 FROM rule_labels r WHERE r.label_id = l.label_id AND r.article_id = l.article_id)))`;

export class Rules {
  constructor(
    private readonly db: Db,
    private readonly clock: () => number,
  ) {}

  // ---- the rules themselves ----

  list(): Rule[] {
    return prepared<[], RuleRow>(this.db, 'SELECT id, position, definition, enabled FROM rules ORDER BY position, id')
      .all()
      .map(toRule);
  }

  get(id: number): Rule {
    const row = prepared<[number], RuleRow>(this.db, 'SELECT id, position, definition, enabled FROM rules WHERE id = ?').get(id);
    if (!row) throw new TidingsError('not_found', `no rule with id ${id}`);
    return toRule(row);
  }

  /** Last in order. */
  add(rule: RuleDefinition): number {
    const { enabled, ...definition } = rule;
    return Number(
      prepared(
        this.db,
        'INSERT INTO rules (position, definition, enabled) VALUES ((SELECT ifnull(max(position), 0) + 1 FROM rules), ?, ?)',
      ).run(JSON.stringify(definition), enabled ? 1 : 0).lastInsertRowid,
    );
  }

  update(id: number, rule: RuleDefinition): void {
    const { enabled, ...definition } = rule;
    const changed = prepared(this.db, 'UPDATE rules SET definition = ?, enabled = ? WHERE id = ?').run(
      JSON.stringify(definition),
      enabled ? 1 : 0,
      id,
    ).changes;
    if (changed === 0) throw new TidingsError('not_found', `no rule with id ${id}`);
  }

  remove(id: number): boolean {
    return this.db.transaction(() => {
      const removed = prepared(this.db, 'DELETE FROM rules WHERE id = ?').run(id).changes > 0;
      if (removed) this.renumber(this.list().map((rule) => rule.id));
      return removed;
    })();
  }

  /** To position `to` (1 is first; past the end is last). */
  move(id: number, to: number): void {
    this.db.transaction(() => {
      const order = this.list().map((rule) => rule.id);
      const from = order.indexOf(id);
      if (from < 0) throw new TidingsError('not_found', `no rule with id ${id}`);
      order.splice(from, 1);
      order.splice(Math.min(Math.max(to, 1), order.length + 1) - 1, 0, id);
      this.renumber(order);
    })();
  }

  private renumber(order: readonly number[]): void {
    const update = prepared(this.db, 'UPDATE rules SET position = ? WHERE id = ? AND position <> ?');
    order.forEach((id, index) => update.run(index + 1, id, index + 1));
  }

  /** Moves whenever any connection changes a rule (triggers of migration 13). */
  version(): number {
    return prepared<[], { version: number }>(this.db, 'SELECT version FROM rules_version').get()?.version ?? 0;
  }

  // ---- what ingest needs ----

  /** The highest article id now: articles stored after this call have higher ones. */
  lastArticleId(): number {
    return prepared<[], { id: number | null }>(this.db, 'SELECT max(id) AS id FROM articles').get()?.id ?? 0;
  }

  /** The feed's articles stored after `afterId`, by guid. */
  articlesAfter(feedId: FeedId, afterId: number): Map<string, number> {
    const rows = prepared<[number, number], { id: number; guid: string }>(
      this.db,
      'SELECT id, guid FROM articles WHERE feed_id = ? AND id > ?',
    ).all(feedId, afterId);
    return new Map(rows.map((row) => [row.guid, row.id]));
  }

  /** "Tech/Web" for a feed in Web inside Tech; "" at the top level. */
  folderPathOf(feedId: FeedId): string {
    const names = prepared<[number], { name: string }>(
      this.db,
      `WITH RECURSIVE up(id, name, depth) AS (
         SELECT fo.id, fo.name, 0 FROM feeds f JOIN folders fo ON fo.id = f.folder_id WHERE f.id = ?
         UNION ALL SELECT p.id, p.name, up.depth + 1 FROM folders p JOIN folders c ON c.parent_id = p.id
           JOIN up ON up.id = c.id WHERE up.depth < 256)
       SELECT name FROM up ORDER BY depth DESC`,
    )
      .all(feedId)
      .map((row) => row.name.trim());
    return names.join('/');
  }

  saveCategories(articleId: ArticleId, names: readonly string[]): void {
    if (names.length === 0) return;
    prepared(
      this.db,
      'INSERT INTO article_categories (article_id, names) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET names = excluded.names',
    ).run(articleId, names.join('\n'));
  }

  // ---- actions: each answers whether it changed anything ----

  /** Read by a rule: read_at stays unset (the person did not read it). */
  markRead(id: ArticleId): boolean {
    return (
      prepared(
        this.db,
        `UPDATE article_state SET read = 1, hidden_was_unread = 0
         WHERE article_id = ? AND (read = 0 OR hidden_was_unread = 1) AND undone_by_hand & ${UNDONE.read} = 0`,
      ).run(id).changes > 0
    );
  }

  star(id: ArticleId): boolean {
    return (
      prepared(
        this.db,
        `UPDATE article_state SET starred = 1, starred_at = ?
         WHERE article_id = ? AND starred = 0 AND undone_by_hand & ${UNDONE.starred} = 0`,
      ).run(this.clock(), id).changes > 0
    );
  }

  like(id: ArticleId): boolean {
    return (
      prepared(
        this.db,
        `UPDATE article_state SET liked = 1, liked_at = ?
         WHERE article_id = ? AND liked = 0 AND undone_by_hand & ${UNDONE.liked} = 0`,
      ).run(this.clock(), id).changes > 0
    );
  }

  /** Makes the label if there is none of that name. */
  label(id: ArticleId, name: string): boolean {
    const had = prepared<[number, string], { found: 1 }>(
      this.db,
      'SELECT 1 AS found FROM article_labels al JOIN labels l ON l.id = al.label_id WHERE al.article_id = ? AND l.name = ?',
    ).get(id, name);
    if (had) return false;
    labelArticle(this.db, id, [name], []);
    prepared(
      this.db,
      'INSERT INTO rule_labels (label_id, article_id) SELECT id, ? FROM labels WHERE name = ? ON CONFLICT DO NOTHING',
    ).run(id, name);
    return true;
  }

  /** Out of lists and counts (it is read while hidden), in the Filtered view until restored. */
  hide(id: ArticleId): boolean {
    return (
      prepared(
        this.db,
        `UPDATE article_state SET hidden_at = ?, hidden_was_unread = (read = 0), read = 1
         WHERE article_id = ? AND hidden_at IS NULL AND undone_by_hand & ${UNDONE.hidden} = 0`,
      ).run(this.clock(), id).changes > 0
    );
  }

  /** Back in lists, unread again if it was unread when hidden; no rule hides it again. */
  restore(ids: readonly ArticleId[]): number {
    const update = prepared(
      this.db,
      `UPDATE article_state SET hidden_at = NULL, read = CASE WHEN hidden_was_unread = 1 THEN 0 ELSE read END,
         hidden_was_unread = 0, undone_by_hand = undone_by_hand | ${UNDONE.hidden}
       WHERE article_id = ? AND hidden_at IS NOT NULL`,
    );
    return this.db.transaction(() => ids.reduce((changed, id) => changed + update.run(id).changes, 0))();
  }

  /** Never a kept article; a feed that still lists it does not bring it back (a tombstone, like retention's). */
  delete(id: ArticleId): boolean {
    const row = prepared<[number], { feed_id: number; guid: string }>(
      this.db,
      `SELECT a.feed_id, a.guid FROM articles a JOIN article_state s ON s.article_id = a.id
       WHERE a.id = ? AND NOT ${keptByPerson}`,
    ).get(id);
    if (!row) return false;
    prepared(
      this.db,
      'INSERT INTO article_tombstones (feed_id, guid, removed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    ).run(row.feed_id, row.guid, this.clock());
    return prepared(this.db, 'DELETE FROM articles WHERE id = ?').run(id).changes > 0;
  }

  /** Recorded for the shell, which shows desktop notifications not shown yet. */
  notify(id: ArticleId, ruleId: number): boolean {
    prepared(this.db, 'INSERT INTO rule_notifications (article_id, rule_id, created_at) VALUES (?, ?, ?)').run(
      id,
      ruleId,
      this.clock(),
    );
    return true;
  }

  /** Notifications waiting to be shown, oldest first; `markShown` once shown. */
  pendingNotifications(limit = 20): { id: number; articleId: number; ruleId: number | null; title: string }[] {
    return prepared<[number], { id: number; articleId: number; ruleId: number | null; title: string }>(
      this.db,
      `SELECT n.id, n.article_id AS articleId, n.rule_id AS ruleId, a.title FROM rule_notifications n
       JOIN articles a ON a.id = n.article_id WHERE n.shown_at IS NULL ORDER BY n.id LIMIT ?`,
    ).all(limit);
  }

  markShown(ids: readonly number[]): void {
    const update = prepared(this.db, 'UPDATE rule_notifications SET shown_at = ? WHERE id = ?');
    for (const id of ids) update.run(this.clock(), id);
  }

  /** Whether a share may be made: not shared now, and not unshared by the person. */
  mayShare(id: ArticleId): boolean {
    return Boolean(
      prepared<[number], { found: 1 }>(
        this.db,
        `SELECT 1 AS found FROM article_state WHERE article_id = ? AND shared = 0 AND undone_by_hand & ${UNDONE.shared} = 0`,
      ).get(id),
    );
  }

  // ---- stored articles, for the try-out and apply ----

  /**
   * Stored articles one at a time, hidden ones included, optionally narrowed by SQL the caller
   * made sure keeps every article the rule could match (core/rules/prefilter.ts). The plain text
   * and categories are read only when asked for: most rules look at titles.
   */
  *storedArticles(
    filter: { where: string; params: (string | number)[] } | null,
    reads: { text: boolean; categories: boolean },
  ): IterableIterator<StoredRuleArticle> {
    // Scalar subqueries, not joins: the text of an article the filter leaves out is never read.
    yield* prepared<(string | number)[], StoredRuleArticle>(
      this.db,
      `SELECT a.id, a.feed_id AS feedId, a.title,
         ${reads.text ? "ifnull((SELECT c.text FROM article_content c WHERE c.article_id = a.id), '')" : "''"} AS text, a.author, a.link,
         ${reads.categories ? '(SELECT cat.names FROM article_categories cat WHERE cat.article_id = a.id)' : 'NULL'} AS categories
       FROM articles a ${filter ? `WHERE ${filter.where}` : ''}`,
    ).iterate(...(filter?.params ?? []));
  }

  /** How many stored articles the filter keeps (it must judge each exactly: core/rules/complement.ts). */
  countStored(filter: { where: string; params: (string | number)[] } | null): number {
    return prepared<(string | number)[], { n: number }>(this.db, `SELECT count(*) AS n FROM articles a ${filter ? `WHERE ${filter.where}` : ''}`)
      .get(...(filter?.params ?? []))?.n ?? 0;
  }

  /** The ids of the stored articles the filter keeps, newest stored first, at most `limit`. */
  storedIdsNewestFirst(filter: { where: string; params: (string | number)[] } | null, limit: number): number[] {
    return prepared<(string | number)[], { id: number }>(
      this.db,
      `SELECT a.id FROM articles a ${filter ? `WHERE ${filter.where}` : ''} ORDER BY a.id DESC LIMIT ?`,
    )
      .all(...(filter?.params ?? []), Number.isFinite(limit) ? limit : -1)
      .map((row) => row.id);
  }

  /** Every feed with its folder path ("" at the top level), for scopes by folder. */
  feedFolderPaths(): { id: number; path: string }[] {
    const folders = new Map(
      prepared<[], { id: number; parent_id: number | null; name: string }>(this.db, 'SELECT id, parent_id, name FROM folders')
        .all()
        .map((row) => [row.id, row]),
    );
    const pathOf = (folderId: number | null): string => {
      const names: string[] = [];
      for (let at = folderId === null ? undefined : folders.get(folderId); at && names.length < 256; ) {
        names.unshift(at.name.trim());
        at = at.parent_id === null ? undefined : folders.get(at.parent_id);
      }
      return names.join('/');
    };
    return prepared<[], { id: number; folder_id: number | null }>(this.db, 'SELECT id, folder_id FROM feeds')
      .all()
      .map((row) => ({ id: row.id, path: pathOf(row.folder_id) }));
  }

  /** Several actions as one: all land or none. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}

function toRule(row: RuleRow): Rule {
  // Parsed again so a rule stored by an older version gains the defaults of this one.
  const definition = ruleInputSchema.parse({ ...(JSON.parse(row.definition) as object), enabled: row.enabled === 1 });
  return { ...definition, id: row.id, position: row.position };
}
