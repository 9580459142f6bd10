// Migration 15: the search index without the porter stemmer and prefix indexes. A library written
// by the version before (schema 14, its index caught up) opens at the current version with an
// empty index that the indexer refills from the first article; every article is found by search
// throughout.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store, connectionOf } from '../../electron/core/store';
import { migrations } from '../../electron/core/store/migrations';
import { tempDir } from '../support/temp';

/** Articles of a library at schema 14, as its version of the app stored and indexed them. */
const articles = [
  { id: 1, title: 'Harbour notes', text: 'The ferry left at dawn.' },
  { id: 2, title: 'Votes', text: 'The election was close.' },
  { id: 3, title: 'Crossing', text: 'The ferryman waited by the pier.' },
];

function writeSchema14Library(file: string): void {
  const db = new Database(file);
  for (const sql of migrations.slice(0, 14)) db.exec(sql);
  db.pragma('user_version = 14');
  db.exec(`INSERT INTO feeds (id, url, title, created_at) VALUES (1, 'https://example.org/', 'Old feed', 0)`);
  for (const { id, title, text } of articles) {
    db.prepare(
      `INSERT INTO articles (id, feed_id, guid, title, first_seen_at, summary, content_hash) VALUES (?, 1, ?, ?, 0, ?, 'h')`,
    ).run(id, `g${id}`, title, text);
    db.prepare(`INSERT INTO article_content (article_id, html, text) VALUES (?, ?, ?)`).run(id, `<p>${text}</p>`, text);
    db.prepare(`INSERT INTO article_state (article_id, feed_id, sort_at) VALUES (?, 1, ?)`).run(id, id);
  }
  // As schema 14's indexer left it: every article indexed through the porter stemmer.
  db.exec(`INSERT INTO article_search (rowid, title, author, text) SELECT id, title, author, text FROM article_search_source;
    UPDATE search_progress SET indexed_upto = (SELECT max(id) FROM articles);`);
  const stemmed = db.prepare(`SELECT count(*) AS n FROM article_search WHERE article_search MATCH '"ferries"'`).get() as { n: number };
  if (stemmed.n !== 1) throw new Error('the schema 14 index should stem "ferries" to the stem of "ferry"');
  db.close();
}

describe('migration 15: the search index keeps words as written', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('opens a schema 14 library at 15, re-indexes it unstemmed, and finds every article before and after the indexer caught up', () => {
    const file = dir.file('old.db');
    writeSchema14Library(file);
    const store = Store.open(file);
    try {
      const db = connectionOf(store);
      const raw = (match: string) =>
        (db.prepare('SELECT rowid AS id FROM article_search WHERE article_search MATCH ? ORDER BY rowid').all(match) as { id: number }[]).map(
          (row) => row.id,
        );
      const found = (query: string) =>
        store.search.find({ query, scope: { kind: 'all' }, unreadOnly: false, limit: 10 }).items.map((hit) => hit.title).sort();
      const everyArticle = () => {
        expect(found('harbour')).toEqual(['Harbour notes']);
        // (the scan past the index also finds "ferryman" for "ferry": LIKE matches inside words)
        expect(found('ferries')).toContain('Harbour notes');
        expect(found('elections')).toEqual(['Votes']);
        expect(found('pier')).toEqual(['Crossing']);
        expect(found('the')).toEqual(['Crossing', 'Harbour notes', 'Votes']);
      };

      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      const shape = (db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'article_search'").get() as { sql: string }).sql;
      expect(shape).not.toMatch(/porter|prefix/);
      expect(shape).toMatch(/tokenize = 'unicode61 remove_diacritics 2'/);
      // Emptied, not rebuilt while the library opens: the indexer starts again from the first article.
      expect(store.search.unindexed()).toBe(3);
      expect(raw('"ferry"')).toEqual([]);
      everyArticle();

      expect(store.search.catchUp()).toBe(3);
      expect(store.search.isBehind()).toBe(false);
      expect(() => db.exec("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)")).not.toThrow();
      everyArticle();
      expect(found('ferries')).toEqual(['Harbour notes']);
      // Unstemmed: "ferries" is a word of its own, and "ferry" * no longer reads as "ferri" *.
      expect(raw('"ferries"')).toEqual([]);
      expect(raw('"ferry"')).toEqual([1]);
      expect(raw('"ferry" *')).toEqual([1, 3]);
      expect(raw('"elections"')).toEqual([]);

      // migration 11's triggers keep the new index in step with an article changed after indexing
      db.prepare('UPDATE articles SET title = ? WHERE id = 2').run('Ballots');
      db.prepare('DELETE FROM articles WHERE id = 3').run();
      expect(raw('"ballots"')).toEqual([2]);
      expect(raw('"votes"')).toEqual([]);
      expect(raw('"pier"')).toEqual([]);
      expect(() => db.exec("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    } finally {
      store.close();
    }
  });
});
