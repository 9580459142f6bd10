// feed_counts is kept by triggers, one row change at a time (migration 5). Marking a hundred
// thousand articles read ran the update trigger a hundred thousand times. A bulk change of read
// state (marking all read, or undoing that) sets that trigger aside inside its own transaction and
// then counts again the unread articles of the feeds it may have touched (an index range each). The
// trigger is put back from its own stored text before the transaction ends; if anything fails, the
// rollback restores it too.
import type { FeedId } from '../../../shared/model';
import type { Db } from './database';

const TRIGGER = 'feed_counts_update';

/** Runs `markRead` (an UPDATE that changes only articles' read flag) without the per-row count trigger. */
export function markReadInBulk(db: Db, feedIds: readonly FeedId[] | null, markRead: () => number): number {
  return db.transaction(() => {
    const trigger = db.prepare<[string], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(TRIGGER);
    if (trigger) db.exec(`DROP TRIGGER ${TRIGGER}`);
    const changed = markRead();
    if (trigger) db.exec(trigger.sql);
    const unreadOf = 'unread = (SELECT count(*) FROM article_state AS s WHERE s.feed_id = feed_counts.feed_id AND s.read = 0)';
    if (feedIds === null) db.prepare(`UPDATE feed_counts SET ${unreadOf}`).run();
    else db.prepare(`UPDATE feed_counts SET ${unreadOf} WHERE feed_id IN (SELECT value FROM json_each(?))`).run(JSON.stringify(feedIds));
    return changed;
  })();
}
