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
];

export const schemaVersion = migrations.length;
