// The scale bench's library: rows written straight into the app's own tables (every index and
// trigger in place, and each feed's unread articles counted once as storeItems counts them, so the
// search index and unread counts are the ones the app would keep), a
// feed at a time. Each table gets one INSERT … SELECT per feed rather than one call per row: the
// per-statement work (a statement journal, trigger programs, a crossing into native code) is then
// paid once per feed, which more than halves the time an external-content FTS5 trigger costs.
import type { Store } from '../../electron/core/store';
import { connectionOf } from '../../electron/core/store';
import { hasMixedWords } from '../../electron/core/rules/mixed-words';

const words = 'tide harbour lantern gull ferry compass driftwood estuary shoal beacon pier kelp squall jetty brine'.split(' ');

export function sentence(seed: number, length: number): string {
  // Built by concatenation rather than push + join: the generator calls this 2 million times.
  let x = (seed * 1103515245 + 12345) >>> 0;
  let out = words[x % words.length] as string;
  for (let index = 1; index < length; index++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += ` ${words[x % words.length] as string}`;
  }
  return out;
}

const base = Date.UTC(2016, 0, 1);
const tenYears = 10 * 365 * 86_400_000;

/** Rows straight into the tables, a transaction per feed. Returns wall and CPU milliseconds. */
export function generateLibrary(store: Store, feeds: number, perFeed: number): { ms: number; cpuMs: number } {
  // A bulk load: if it stops halfway the bench starts again from nothing, so it skips the fsyncs
  // that make each checkpoint durable (a fifth of its time on this machine). Everything after it
  // runs with the app's own setting again.
  const synchronous = connectionOf(store).pragma('synchronous', { simple: true }) as number;
  connectionOf(store).pragma('synchronous = OFF');
  try {
    return writeLibrary(store, feeds, perFeed);
  } finally {
    connectionOf(store).pragma(`synchronous = ${synchronous}`);
  }
}

function writeLibrary(store: Store, feeds: number, perFeed: number): { ms: number; cpuMs: number } {
  const db = connectionOf(store);
  const folderIds = db.transaction(() =>
    Array.from({ length: 10 }, (_, index) => Number(db.prepare('INSERT INTO folders (name) VALUES (?)').run(`Folder ${index}`).lastInsertRowid)),
  )();
  const insertFeed = db.prepare('INSERT INTO feeds (url, title, folder_id, created_at) VALUES (?, ?, ?, 0)');
  // Item i of a feed: id first + i, seed seed0 + i; rows[i] is [title, summary].
  const insertArticles = db.prepare(
    `INSERT INTO articles (id, feed_id, guid, title, link, author, published_at, first_seen_at, summary, content_hash)
     SELECT :first + r.key, :feed, 'g' || (:seed0 + r.key), r.value ->> 0, 'http://bench.invalid/' || (:seed0 + r.key), :author,
            :base + ((:seed0 + r.key) * 7919) % :span, :base + ((:seed0 + r.key) * 7919) % :span, r.value ->> 1, ''
     FROM json_each(:rows) AS r`,
  );
  const insertContent = db.prepare(
    `INSERT INTO article_content (article_id, html, text, mixed_words)
     SELECT :first + t.key, '<p>' || (t.value ->> 0) || '</p>', t.value ->> 0, t.value ->> 1 FROM json_each(:texts) AS t`,
  );
  // Two in three unread.
  const insertState = db.prepare(
    `INSERT INTO article_state (article_id, feed_id, sort_at, read)
     SELECT id, feed_id, published_at, (id - :first) % 3 = 0 FROM articles WHERE id >= :first ORDER BY id`,
  );
  // As storeItems does: a feed's new articles are counted once, not by a trigger per row (migration 9).
  const countFeed = db.prepare(
    `INSERT INTO feed_counts (feed_id, unread, starred)
     SELECT :feed, count(*), 0 FROM article_state WHERE feed_id = :feed AND read = 0`,
  );
  const firstFree = (): number => Number((db.prepare('SELECT ifnull(max(id), 0) + 1 AS id FROM articles').get() as { id: number }).id);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let first = firstFree();
  for (let feed = 0; feed < feeds; feed++) {
    db.transaction(() => {
      // Folder 0 gets a fifth of the feeds: a 100k-article folder in a million.
      const folder = feed % 5 === 0 ? folderIds[0] : folderIds[1 + (feed % 9)];
      const feedId = Number(insertFeed.run(`http://bench.invalid/${feed}.xml`, `Feed ${feed}`, folder).lastInsertRowid);
      const seed0 = feed * 100_003;
      const rows: [string, string][] = [];
      // Each text with its mixed-words flag, as the sanitize stage sets it.
      const texts: [string, number][] = [];
      const author = `Author ${feed % 40}`;
      for (let item = 0; item < perFeed; item++) {
        const seed = seed0 + item;
        // Fifteen common words everywhere, and one of 5,000 rarer "topic" words (about 200 articles each).
        const text = `${sentence(seed, 90)} topic${(seed * 31) % 5000}`;
        const title = sentence(seed + 1, 8);
        rows.push([title, text.slice(0, 300)]);
        texts.push([text, hasMixedWords(title, author, text) ? 1 : 0]);
      }
      // Integers go in as BigInt: a plain number binds as a REAL and 'g' || 1.0 is "g1.0".
      const at = { first: BigInt(first), seed0: BigInt(seed0) };
      insertArticles.run({ ...at, feed: feedId, author, base: BigInt(base), span: BigInt(tenYears), rows: JSON.stringify(rows) });
      insertContent.run({ first: at.first, texts: JSON.stringify(texts) });
      insertState.run({ first: at.first });
      countFeed.run({ feed: feedId });
    })();
    first += perFeed;
  }
  const cpu = process.cpuUsage(cpuStarted);
  return { ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
}
