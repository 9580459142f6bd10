// The schema is this ordered list; its version is the list's length (PRAGMA user_version).
// Never edit a shipped migration: append a new one.

export const migrations: readonly string[] = [
  /* 1: folders, feeds, article content apart from article state */ `
  CREATE TABLE folders (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
  );
  CREATE UNIQUE INDEX folders_by_parent_and_name ON folders(ifnull(parent_id, 0), name);

  CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    site_url TEXT,
    title TEXT NOT NULL DEFAULT '',
    folder_id INTEGER REFERENCES folders(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    etag TEXT,
    last_modified TEXT,
    ttl_minutes INTEGER,
    last_fetched_at INTEGER,
    last_success_at INTEGER,
    error_stage TEXT,
    error_message TEXT,
    error_at INTEGER,
    error_count INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX feeds_by_folder ON feeds(folder_id);

  -- What the list reads: small rows, no HTML.
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    title TEXT NOT NULL,
    link TEXT,
    author TEXT,
    published_at INTEGER,
    updated_at INTEGER,
    first_seen_at INTEGER NOT NULL,
    summary TEXT NOT NULL,
    thumbnail TEXT,
    content_hash TEXT NOT NULL,
    UNIQUE (feed_id, guid)
  );

  -- What the reader pane reads: the big columns, one row per article.
  CREATE TABLE article_content (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    html TEXT NOT NULL,
    text TEXT NOT NULL,
    enclosures TEXT NOT NULL DEFAULT '[]'
  );

  -- What the user did. Lists page over these indexes; feed_id and sort_at are copied here so
  -- "unread in this feed, newest first" never touches the articles table until the page is known.
  CREATE TABLE article_state (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    feed_id INTEGER NOT NULL,
    sort_at INTEGER NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    read_at INTEGER,
    starred INTEGER NOT NULL DEFAULT 0,
    starred_at INTEGER
  );
  CREATE INDEX state_by_feed ON article_state(feed_id, sort_at, article_id);
  CREATE INDEX state_unread_by_feed ON article_state(feed_id, sort_at, article_id) WHERE read = 0;
  CREATE INDEX state_by_time ON article_state(sort_at, article_id);
  CREATE INDEX state_unread_by_time ON article_state(sort_at, article_id) WHERE read = 0;
  CREATE INDEX state_starred ON article_state(starred_at, article_id) WHERE starred = 1;
  `,
  /* 2: settings; when each feed is next due, its own interval, and feeds that are gone */ `
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  ALTER TABLE feeds ADD COLUMN next_fetch_at INTEGER;
  ALTER TABLE feeds ADD COLUMN refresh_minutes INTEGER;
  ALTER TABLE feeds ADD COLUMN gone_at INTEGER;
  CREATE INDEX feeds_due ON feeds(next_fetch_at) WHERE active = 1;
  `,
  /* 3: full-text search over title, author and plain text; a feed name the person chose */ `
  ALTER TABLE feeds ADD COLUMN custom_title TEXT;

  -- External content: the index holds tokens only and reads words back through this view.
  CREATE VIEW article_search_source AS
    SELECT a.id AS id, a.title AS title, a.author AS author, c.text AS text
    FROM articles a JOIN article_content c ON c.article_id = a.id;
  CREATE VIRTUAL TABLE article_search USING fts5(
    title, author, text,
    content = 'article_search_source', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
  );

  -- An external-content index must be told the old words to forget them, so each trigger
  -- deletes with the values it indexed and inserts the new ones. storeItems writes the article
  -- row before its content, so an article enters the index when its content arrives.
  CREATE TRIGGER article_search_content_insert AFTER INSERT ON article_content BEGIN
    INSERT INTO article_search (rowid, title, author, text)
      SELECT a.id, a.title, a.author, new.text FROM articles a WHERE a.id = new.article_id;
  END;
  CREATE TRIGGER article_search_content_update AFTER UPDATE OF text ON article_content
  WHEN old.text IS NOT new.text BEGIN
    INSERT INTO article_search (article_search, rowid, title, author, text)
      SELECT 'delete', a.id, a.title, a.author, old.text FROM articles a WHERE a.id = old.article_id;
    INSERT INTO article_search (rowid, title, author, text)
      SELECT a.id, a.title, a.author, new.text FROM articles a WHERE a.id = new.article_id;
  END;
  CREATE TRIGGER article_search_article_update AFTER UPDATE OF title, author ON articles
  WHEN old.title IS NOT new.title OR old.author IS NOT new.author BEGIN
    INSERT INTO article_search (article_search, rowid, title, author, text)
      SELECT 'delete', old.id, old.title, old.author, c.text FROM article_content c WHERE c.article_id = old.id;
    INSERT INTO article_search (rowid, title, author, text)
      SELECT new.id, new.title, new.author, c.text FROM article_content c WHERE c.article_id = new.id;
  END;
  -- BEFORE: the content row is still there to say what was indexed (it goes by cascade).
  CREATE TRIGGER article_search_article_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO article_search (article_search, rowid, title, author, text)
      SELECT 'delete', old.id, old.title, old.author, c.text FROM article_content c WHERE c.article_id = old.id;
  END;

  -- Articles stored before this version.
  INSERT INTO article_search (article_search) VALUES ('rebuild');
  `,
  /* 4: what Google Reader kept besides read and starred: shares with a note, likes, notes, labels */ `
  ALTER TABLE article_state ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE article_state ADD COLUMN shared_at INTEGER;
  ALTER TABLE article_state ADD COLUMN liked INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE article_state ADD COLUMN liked_at INTEGER;
  -- The person's own words about the article: a share's note, or a note written in Reader.
  ALTER TABLE article_state ADD COLUMN note TEXT;
  ALTER TABLE article_state ADD COLUMN note_at INTEGER;
  CREATE INDEX state_shared ON article_state(shared_at, article_id) WHERE shared = 1;
  CREATE INDEX state_liked ON article_state(liked_at, article_id) WHERE liked = 1;

  -- User labels on articles (Google Reader's "user/-/label/..."); folders stay for feeds.
  CREATE TABLE labels (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
  );
  CREATE TABLE article_labels (
    label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (label_id, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX article_labels_by_article ON article_labels(article_id);
  `,
  /* 5: unread and starred counts per feed, kept by triggers so the sidebar never counts rows */ `
  CREATE TABLE feed_counts (
    feed_id INTEGER PRIMARY KEY,
    unread INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0
  );
  INSERT INTO feed_counts (feed_id, unread, starred)
    SELECT feed_id, sum(read = 0), sum(starred = 1) FROM article_state GROUP BY feed_id;

  CREATE TRIGGER feed_counts_insert AFTER INSERT ON article_state BEGIN
    INSERT INTO feed_counts (feed_id, unread, starred) VALUES (new.feed_id, new.read = 0, new.starred = 1)
      ON CONFLICT (feed_id) DO UPDATE SET unread = unread + (new.read = 0), starred = starred + (new.starred = 1);
  END;
  CREATE TRIGGER feed_counts_update AFTER UPDATE OF read, starred ON article_state
  WHEN old.read IS NOT new.read OR old.starred IS NOT new.starred BEGIN
    UPDATE feed_counts SET unread = unread + (new.read = 0) - (old.read = 0),
      starred = starred + (new.starred = 1) - (old.starred = 1)
      WHERE feed_id = new.feed_id;
  END;
  CREATE TRIGGER feed_counts_delete AFTER DELETE ON article_state BEGIN
    UPDATE feed_counts SET unread = unread - (old.read = 0), starred = starred - (old.starred = 1)
      WHERE feed_id = old.feed_id;
  END;
  CREATE TRIGGER feed_counts_feed_delete AFTER DELETE ON feeds BEGIN
    DELETE FROM feed_counts WHERE feed_id = old.id;
  END;
  `,
  /* 6: keeping, sharing and reading offline */ `
  -- Unsubscribing from a feed whose articles the person kept (starred, shared, liked, noted,
  -- labelled) keeps the feed row as an "inactive feed" so those articles keep their source name.
  ALTER TABLE feeds ADD COLUMN unsubscribed_at INTEGER;
  -- Fetch the full page of every new article of this feed (it publishes summaries only).
  ALTER TABLE feeds ADD COLUMN full_text INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX state_noted ON article_state(note_at, article_id) WHERE note IS NOT NULL;

  -- A page's article as Readability found it, sanitized like feed content; the feed's own
  -- content stays in article_content, so a bad extraction never loses it.
  CREATE TABLE article_fulltext (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    html TEXT NOT NULL,
    text TEXT NOT NULL,
    source_url TEXT NOT NULL,
    fetched_at INTEGER NOT NULL
  );

  -- Images kept on disk for offline reading; used_at drives least-recently-used eviction and
  -- article_images says which articles pin an image (starred, shared and noted ones never lose it).
  CREATE TABLE cached_images (
    url TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    fetched_at INTEGER NOT NULL,
    used_at INTEGER NOT NULL
  );
  CREATE INDEX cached_images_by_use ON cached_images(used_at);
  CREATE TABLE article_images (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    PRIMARY KEY (article_id, url)
  ) WITHOUT ROWID;
  CREATE INDEX article_images_by_url ON article_images(url);

  -- Shares on their way to a network target. A row is written with the share, in the same
  -- transaction, and leaves the pending state only when delivered, refused for good or canceled;
  -- the idempotency key travels in the payload so a target can drop a repeat.
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    target_id TEXT NOT NULL,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending'
      CHECK (state IN ('pending', 'sending', 'delivered', 'failed', 'canceled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    delivered_at INTEGER
  );
  CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE state = 'pending';
  CREATE INDEX outbox_by_time ON outbox(created_at, id);

  -- Articles removed by retention: a feed that still lists them must not bring them back unread.
  CREATE TABLE article_tombstones (
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    removed_at INTEGER NOT NULL,
    PRIMARY KEY (feed_id, guid)
  ) WITHOUT ROWID;
  `,
  /* 7: each subscription's icon, fetched once and served from here */ `
  -- data NULL: we looked and found none. check_after says when to look again (30 days after a
  -- lookup; sooner when the site could not be reached at all). changed_at moves only when the
  -- bytes do, so the UI asks for an icon again only when there is a new one.
  CREATE TABLE feed_icons (
    feed_id INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
    content_type TEXT,
    data BLOB,
    source_url TEXT,
    fetched_at INTEGER NOT NULL,
    changed_at INTEGER,
    check_after INTEGER NOT NULL
  );
  `,
  /* 8: retention per feed (docs/keeping.md) */ `
  -- retention_days: NULL follows the global setting, -1 keeps read articles forever, otherwise days.
  -- retention_max_articles: NULL sets no count limit, otherwise the newest N articles stay.
  ALTER TABLE feeds ADD COLUMN retention_days INTEGER CHECK (retention_days IS NULL OR retention_days >= -1);
  ALTER TABLE feeds ADD COLUMN retention_max_articles INTEGER CHECK (retention_max_articles IS NULL OR retention_max_articles >= 1);
  `,
  /* 9: new articles are counted a feed at a time (storeItems), not a row at a time */ `
  -- The insert trigger ran an upsert of feed_counts for every article a refresh stored, about a
  -- tenth of the store's time. storeItems, the one place articles are inserted, adds a feed's new
  -- articles to its count in one statement. Updates and deletes keep their triggers.
  DROP TRIGGER feed_counts_insert;
  `,
  /* 10: unread lists merge each feed's unread index; none of every unread article by time */ `
  -- Marking a folder read took each article out of this index at a random place, half the time of
  -- the mark. Unread pages are merged from state_unread_by_feed instead (unread-pages.ts).
  DROP INDEX state_unread_by_time;
  `,
  /* 11: the search index catches up after articles are stored, and keeps prefix indexes */ `
  -- Indexing an article inside the refresh's transaction was a third of the store's time. Articles
  -- are now stored unindexed; the store worker indexes them in batches afterwards, in rowid order,
  -- and search_progress says how far it got. A search reads the index up to there and scans the
  -- few rows past it (search.ts). Rows at or below the mark are kept in step by the triggers.
  DROP TRIGGER article_search_content_insert;
  DROP TRIGGER article_search_content_update;
  DROP TRIGGER article_search_article_update;
  DROP TRIGGER article_search_article_delete;
  DROP TABLE article_search;

  -- prefix: 2- and 3-character prefixes have index entries of their own, so "ti*" reads one
  -- doclist, newest first, instead of merging every term that starts with "ti" (29 s for "t*" in
  -- a million articles). Shorter prefixes are refused (search.ts).
  CREATE VIRTUAL TABLE article_search USING fts5(
    title, author, text,
    content = 'article_search_source', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
  );
  CREATE TABLE search_progress (indexed_upto INTEGER NOT NULL);
  -- Every article stored so far is caught up by the indexer, in batches, after this migration.
  INSERT INTO search_progress (indexed_upto) VALUES (0);

  -- An article at or below the mark that arrives late (its id reused, or its content written
  -- after the indexer passed) is indexed at once: the indexer will not come back for it.
  CREATE TRIGGER article_search_content_insert AFTER INSERT ON article_content
  WHEN new.article_id <= (SELECT indexed_upto FROM search_progress) BEGIN
    INSERT INTO article_search (rowid, title, author, text)
      SELECT a.id, a.title, a.author, new.text FROM articles a WHERE a.id = new.article_id;
  END;
  CREATE TRIGGER article_search_content_update AFTER UPDATE OF text ON article_content
  WHEN old.text IS NOT new.text AND old.article_id <= (SELECT indexed_upto FROM search_progress) BEGIN
    INSERT INTO article_search (article_search, rowid, title, author, text)
      SELECT 'delete', a.id, a.title, a.author, old.text FROM articles a WHERE a.id = old.article_id;
    INSERT INTO article_search (rowid, title, author, text)
      SELECT a.id, a.title, a.author, new.text FROM articles a WHERE a.id = new.article_id;
  END;
  CREATE TRIGGER article_search_article_update AFTER UPDATE OF title, author ON articles
  WHEN (old.title IS NOT new.title OR old.author IS NOT new.author)
    AND old.id <= (SELECT indexed_upto FROM search_progress) BEGIN
    INSERT INTO article_search (article_search, rowid, title, author, text)
      SELECT 'delete', old.id, old.title, old.author, c.text FROM article_content c WHERE c.article_id = old.id;
    INSERT INTO article_search (rowid, title, author, text)
      SELECT new.id, new.title, new.author, c.text FROM article_content c WHERE c.article_id = new.id;
  END;
  CREATE TRIGGER article_search_article_delete BEFORE DELETE ON articles
  WHEN old.id <= (SELECT indexed_upto FROM search_progress) BEGIN
    INSERT INTO article_search (article_search, rowid, title, author, text)
      SELECT 'delete', old.id, old.title, old.author, c.text FROM article_content c WHERE c.article_id = old.id;
  END;
  `,
  /* 12: accounts (sync with Google Reader API servers), the server's ids, the sync queue (docs/sync.md) */ `
  -- Account 1 is the library as it always was. A sync account keeps the server's token, never the
  -- password. pulling is 1 only inside the sync engine's own transaction (never committed as 1): the
  -- triggers below then leave the server's changes out of the queue.
  CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('local', 'greader')),
    name TEXT NOT NULL,
    url TEXT,
    user TEXT,
    token TEXT,
    last_sync INTEGER,
    error TEXT,
    pulling INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
  );
  INSERT INTO accounts (id, kind, name, created_at) VALUES (1, 'local', 'On this computer', 0);

  -- remote_id: the server's stream (feed/N), label name, long item id. No REFERENCES on account_id:
  -- SQLite refuses one with a default on ALTER; removing an account deletes its rows (accounts.ts).
  ALTER TABLE feeds ADD COLUMN account_id INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE feeds ADD COLUMN remote_id TEXT;
  CREATE INDEX feeds_by_account ON feeds(account_id, remote_id);
  ALTER TABLE folders ADD COLUMN account_id INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE folders ADD COLUMN remote_id TEXT;
  DROP INDEX folders_by_parent_and_name;
  CREATE UNIQUE INDEX folders_by_parent_and_name ON folders(account_id, ifnull(parent_id, 0), name);
  ALTER TABLE articles ADD COLUMN remote_id TEXT;
  CREATE INDEX articles_by_remote_id ON articles(remote_id) WHERE remote_id IS NOT NULL;

  -- What is still to tell a server, in order. Rows are written by the triggers below, so in the
  -- same transaction as the change itself, whichever code path made it; the engine deletes a row
  -- only once the server accepted it.
  CREATE TABLE sync_queue (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    item TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('read', 'unread', 'star', 'unstar', 'label', 'unlabel', 'subscribe', 'unsubscribe', 'rename', 'move')),
    payload TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL
  );
  CREATE INDEX sync_queue_by_account ON sync_queue(account_id, id);

  CREATE TRIGGER sync_queue_read AFTER UPDATE OF read ON article_state
  WHEN old.read <> new.read
    AND (SELECT a.pulling FROM feeds f JOIN accounts a ON a.id = f.account_id WHERE f.id = new.feed_id AND a.kind <> 'local') = 0
    AND (SELECT remote_id FROM articles WHERE id = new.article_id) IS NOT NULL BEGIN
    INSERT INTO sync_queue (account_id, item, action, created_at)
      SELECT f.account_id, r.remote_id, CASE WHEN new.read = 1 THEN 'read' ELSE 'unread' END, CAST(unixepoch('subsec') * 1000 AS INTEGER)
      FROM feeds f, articles r WHERE f.id = new.feed_id AND r.id = new.article_id;
  END;
  CREATE TRIGGER sync_queue_star AFTER UPDATE OF starred ON article_state
  WHEN old.starred <> new.starred
    AND (SELECT a.pulling FROM feeds f JOIN accounts a ON a.id = f.account_id WHERE f.id = new.feed_id AND a.kind <> 'local') = 0
    AND (SELECT remote_id FROM articles WHERE id = new.article_id) IS NOT NULL BEGIN
    INSERT INTO sync_queue (account_id, item, action, created_at)
      SELECT f.account_id, r.remote_id, CASE WHEN new.starred = 1 THEN 'star' ELSE 'unstar' END, CAST(unixepoch('subsec') * 1000 AS INTEGER)
      FROM feeds f, articles r WHERE f.id = new.feed_id AND r.id = new.article_id;
  END;
  -- feeds.url is unique across accounts. A local subscription takes the plain URL: a sync feed
  -- holding it steps aside to '<url>#tidings-account-N' (the engine strips that before the server sees it).
  -- Labels on articles go to servers that take them (FreshRSS; Miniflux has none: docs/sync.md).
  CREATE TRIGGER sync_queue_label AFTER INSERT ON article_labels BEGIN
    INSERT INTO sync_queue (account_id, item, action, payload, created_at)
      SELECT f.account_id, r.remote_id, 'label', json_object('label', l.name), CAST(unixepoch('subsec') * 1000 AS INTEGER)
      FROM articles r JOIN feeds f ON f.id = r.feed_id JOIN accounts a ON a.id = f.account_id JOIN labels l ON l.id = new.label_id
      WHERE r.id = new.article_id AND r.remote_id IS NOT NULL AND a.kind <> 'local' AND a.pulling = 0;
  END;
  CREATE TRIGGER sync_queue_unlabel AFTER DELETE ON article_labels BEGIN
    INSERT INTO sync_queue (account_id, item, action, payload, created_at)
      SELECT f.account_id, r.remote_id, 'unlabel', json_object('label', l.name), CAST(unixepoch('subsec') * 1000 AS INTEGER)
      FROM articles r JOIN feeds f ON f.id = r.feed_id JOIN accounts a ON a.id = f.account_id JOIN labels l ON l.id = old.label_id
      WHERE r.id = old.article_id AND r.remote_id IS NOT NULL AND a.kind <> 'local' AND a.pulling = 0;
  END;
  CREATE TRIGGER sync_feed_url_aside BEFORE INSERT ON feeds
  WHEN new.account_id = 1 BEGIN
    UPDATE feeds SET url = url || '#tidings-account-' || account_id WHERE url = new.url AND account_id <> 1;
  END;
  CREATE TRIGGER sync_queue_subscribe AFTER INSERT ON feeds
  WHEN new.account_id <> 1 AND (SELECT pulling FROM accounts WHERE id = new.account_id) = 0 BEGIN
    INSERT INTO sync_queue (account_id, item, action, payload, created_at)
      VALUES (new.account_id, '', 'subscribe', json_object('feed', new.id, 'url', new.url,
        'folder', (SELECT name FROM folders WHERE id = new.folder_id)), CAST(unixepoch('subsec') * 1000 AS INTEGER));
  END;
  CREATE TRIGGER sync_queue_unsubscribe_delete AFTER DELETE ON feeds
  WHEN old.account_id <> 1 AND old.active = 1
    AND (SELECT pulling FROM accounts WHERE id = old.account_id) = 0 BEGIN
    INSERT INTO sync_queue (account_id, item, action, payload, created_at)
      VALUES (old.account_id, ifnull(old.remote_id, ''), 'unsubscribe', json_object('feed', old.id, 'url', old.url), CAST(unixepoch('subsec') * 1000 AS INTEGER));
  END;
  CREATE TRIGGER sync_queue_unsubscribe_inactive AFTER UPDATE OF active ON feeds
  WHEN old.account_id <> 1 AND old.active = 1 AND new.active = 0
    AND (SELECT pulling FROM accounts WHERE id = old.account_id) = 0 BEGIN
    INSERT INTO sync_queue (account_id, item, action, payload, created_at)
      VALUES (old.account_id, ifnull(old.remote_id, ''), 'unsubscribe', json_object('feed', old.id, 'url', old.url), CAST(unixepoch('subsec') * 1000 AS INTEGER));
  END;
  CREATE TRIGGER sync_queue_rename AFTER UPDATE OF custom_title ON feeds
  WHEN new.account_id <> 1 AND new.active = 1 AND old.custom_title IS NOT new.custom_title
    AND (SELECT pulling FROM accounts WHERE id = new.account_id) = 0 BEGIN
    INSERT INTO sync_queue (account_id, item, action, payload, created_at)
      VALUES (new.account_id, ifnull(new.remote_id, ''), 'rename', json_object('feed', new.id, 'title', ifnull(new.custom_title, new.title)), CAST(unixepoch('subsec') * 1000 AS INTEGER));
  END;
  CREATE TRIGGER sync_queue_move AFTER UPDATE OF folder_id ON feeds
  WHEN new.account_id <> 1 AND new.active = 1 AND old.folder_id IS NOT new.folder_id
    AND (SELECT pulling FROM accounts WHERE id = new.account_id) = 0 BEGIN
    INSERT INTO sync_queue (account_id, item, action, payload, created_at)
      VALUES (new.account_id, ifnull(new.remote_id, ''), 'move', json_object('feed', new.id,
        'from', (SELECT name FROM folders WHERE id = old.folder_id), 'to', (SELECT name FROM folders WHERE id = new.folder_id)),
        CAST(unixepoch('subsec') * 1000 AS INTEGER));
  END;
  `,
  /* 13: saved searches: a query with its scope and period, under a name */ `
  CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE,
    query TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT '{"kind":"all"}',
    period TEXT NOT NULL DEFAULT 'any',
    position INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
  );
  `,
  /* 14 (rules, #18): rules, what they hide, and which states a person set by hand */ `
  -- definition is the rule as written (shared/rules.ts), without id, position and enabled.
  CREATE TABLE rules (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    definition TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1
  );
  -- The store worker keeps the rules compiled; it reads this one number per feed to know whether
  -- another connection changed them since.
  CREATE TABLE rules_version (version INTEGER NOT NULL);
  INSERT INTO rules_version (version) VALUES (0);
  CREATE TRIGGER rules_changed_insert AFTER INSERT ON rules BEGIN UPDATE rules_version SET version = version + 1; END;
  CREATE TRIGGER rules_changed_update AFTER UPDATE ON rules BEGIN UPDATE rules_version SET version = version + 1; END;
  CREATE TRIGGER rules_changed_delete AFTER DELETE ON rules BEGIN UPDATE rules_version SET version = version + 1; END;

  -- A hidden article is read while hidden, so no unread count or unread list needs to know about
  -- hiding; hidden_was_unread says what restoring gives back. Lists leave hidden_at rows out.
  ALTER TABLE article_state ADD COLUMN hidden_at INTEGER;
  ALTER TABLE article_state ADD COLUMN hidden_was_unread INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX state_hidden ON article_state(hidden_at, article_id) WHERE hidden_at IS NOT NULL;

  -- What a person took back by hand, so that applying a rule never redoes it: 1 marked unread,
  -- 2 unstarred, 4 unliked, 8 unshared, 16 restored from hiding. Rules only ever set these states,
  -- so a change the other way is the person's.
  ALTER TABLE article_state ADD COLUMN undone_by_hand INTEGER NOT NULL DEFAULT 0;
  CREATE TRIGGER state_undone_by_hand AFTER UPDATE OF read, starred, liked, shared ON article_state
  WHEN (old.read = 1 AND new.read = 0) OR (old.starred = 1 AND new.starred = 0)
    OR (old.liked = 1 AND new.liked = 0) OR (old.shared = 1 AND new.shared = 0) BEGIN
    UPDATE article_state SET undone_by_hand = undone_by_hand
      | (CASE WHEN old.read = 1 AND new.read = 0 THEN 1 ELSE 0 END)
      | (CASE WHEN old.starred = 1 AND new.starred = 0 THEN 2 ELSE 0 END)
      | (CASE WHEN old.liked = 1 AND new.liked = 0 THEN 4 ELSE 0 END)
      | (CASE WHEN old.shared = 1 AND new.shared = 0 THEN 8 ELSE 0 END)
      WHERE article_id = new.article_id;
  END;

  -- Labels a rule put on, so "labelled by hand" (kept: a rule never deletes it) leaves them out.
  CREATE TABLE rule_labels (
    label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (label_id, article_id)
  ) WITHOUT ROWID;

  -- An item's categories (newline-separated) as its feed gave them, for rules on "category".
  CREATE TABLE article_categories (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    names TEXT NOT NULL
  );

  -- Desktop notifications a rule asked for; the shell shows those not shown yet.
  CREATE TABLE rule_notifications (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    rule_id INTEGER,
    created_at INTEGER NOT NULL,
    shown_at INTEGER
  );
  CREATE INDEX rule_notifications_unshown ON rule_notifications(id) WHERE shown_at IS NULL;
  `,
  /* 15 (index-shape, #20 and #18): the search index without the porter stemmer and prefix indexes */ `
  -- The store worker is ingest's busiest thread and the index most of its work: every token went
  -- through porter and was written three times (the word, its 2- and 3-letter prefixes). Without
  -- both (the ingest bench, 500 feeds, three runs each) the index caught up at 10,037-10,814
  -- articles/s against 7,745-9,294, the store worker spending 49-53 µs per article against 68-78.
  -- Search gets its word forms from the query instead (search-word-forms.ts), and a try-out's "ferry" *
  -- is no longer read as "ferri" *. The index is emptied, not rebuilt here: rebuilding a million
  -- articles would hold the library's start for tens of seconds. The store worker re-indexes from
  -- the first article in its idle turns, and a search scans the rows past the mark meanwhile.
  -- The triggers of migration 11 name the table, not its shape, and work on the new one as they are.
  DROP TABLE article_search;
  CREATE VIRTUAL TABLE article_search USING fts5(
    title, author, text,
    content = 'article_search_source', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
  );
  UPDATE search_progress SET indexed_upto = 0;
  `,
  /* 16 (word-bounds, #18): which articles' words the index and RE2's \b may split differently */ `
  -- 1: an ASCII letter or digit touches a character beyond ASCII that the index's tokenizer counts
  -- as a word's ("café", "日本ferry"), so RE2's ASCII \\b finds a word edge where the index sees
  -- none; 0: none does, and the index answers a \\b-bounded word exactly; NULL: stored before this
  -- version, not known, treated as 1 (rules/mixed-words.ts). The index lists the rows a try-out
  -- must read besides the index's answer.
  ALTER TABLE article_content ADD COLUMN mixed_words INTEGER;
  CREATE INDEX article_content_mixed_words ON article_content(article_id) WHERE mixed_words IS NOT 0;
  `,
];

export const schemaVersion = migrations.length;
