// What each stage of a refresh costs per article on one thread, with nothing else running: the
// floor under the first refresh. The farm's own documents go through the same code the workers
// run (parse → normalize → sanitize → hash), then into a fresh library as the store worker writes
// it (8 feeds to a transaction, no savepoints). Each CPU stage is timed on its own over
// every document, several times; the fastest run counts, so a busy moment does not.
import type { FeedId } from '../../shared/model';
import { withContentHashes } from '../../electron/core/refresh/content-hash';
import type { FetchedDocument, ParsedFeed } from '../../electron/core/feed-types';
import { normalizeFeed } from '../../electron/core/normalize';
import { parseFeed } from '../../electron/core/parse';
import { sanitizeFeed } from '../../electron/core/sanitize';
import { Store, connectionOf } from '../../electron/core/store';
import { tempDir } from '../support/temp';
import { report } from './report';

const RUNS = 5;
const FEEDS_PER_TRANSACTION = 8;

export async function stageCosts(urls: readonly string[], articlesInRefresh: number, cores: number): Promise<FetchedDocument[]> {
  const documents = await Promise.all(urls.map(fetchDocument));
  const parsed = await Promise.all(documents.map(parseFeed));
  const articles = parsed.reduce((sum, feed) => sum + feed.items.length, 0);
  const normalized = parsed.map((feed, index) => normalizeFeed(feed, (documents[index] as FetchedDocument).url));
  const sanitized = normalized.map(sanitizeFeed);
  const ready = sanitized.map(withContentHashes);

  const perArticle = (ms: number): number => (ms * 1000) / articles;
  const stages = [
    { name: 'parse (charset, htmlparser2 reader)', us: perArticle(await fastest(() => Promise.all(documents.map(parseFeed)))) },
    { name: 'normalize (URLs, ids, dates)', us: perArticle(await fastest(() => parsed.map((feed, i) => normalizeFeed(feed, (documents[i] as FetchedDocument).url)))) },
    { name: 'sanitize (allow-list on htmlparser2 tokens, plain text)', us: perArticle(await fastest(() => normalized.map(sanitizeFeed))) },
    { name: 'content hash (and the UTF-8 the store binds)', us: perArticle(await fastest(() => sanitized.map(withContentHashes))) },
    { name: 'store (SQLite, counts; no search index)', us: perArticle(storeOnce(ready, 'after')) },
    { name: 'search index, caught up after (batches of 1,000)', us: perArticle(indexOnce(ready)) },
  ];
  // Before migration 11 every article was indexed by a trigger inside the refresh's transaction.
  // The same trigger, on a temporary basis, gives the store stage as it was (with today's index).
  const before = perArticle(storeOnce(ready, 'before'));
  console.log(`  stage costs, one thread (${urls.length} of the farm's feeds, ${articles} articles, fastest of ${RUNS}):`);
  for (const stage of stages) report({ name: `  ${stage.name}`, value: stage.us, unit: 'µs/article' });
  report({ name: '  store as before: search index in the transaction', value: before, unit: 'µs/article',
    note: `now ${Math.round(stages[4]?.us ?? 0)} µs on the refresh's path, and ${Math.round(stages[5]?.us ?? 0)} µs of indexing in the store worker's idle turns` });
  const sum = stages.reduce((total, stage) => total + stage.us, 0);
  report({ name: '  sum of the stages', value: sum, unit: 'µs/article', note: 'fetching, decompressing and handing feeds between threads not included' });
  report({
    name: '  first refresh if every core did only these',
    value: (sum * articlesInRefresh) / 1000 / cores,
    unit: 'ms',
    note: `${articlesInRefresh.toLocaleString('en')} articles × ${Math.round(sum)} µs ÷ ${cores} cores: the floor under the first refresh`,
  });
  return documents;
}

async function fetchDocument(url: string): Promise<FetchedDocument> {
  const response = await fetch(url);
  return { url, body: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') };
}

async function fastest(work: () => unknown): Promise<number> {
  let best = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Storing can be timed once per library (a second pass would find every article stored), so it gets fresh ones. */
function storeOnce(feeds: readonly ParsedFeed[], when: 'before' | 'after'): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    withLibrary(feeds, (store, write) => {
      if (when === 'before') connectionOf(store).exec(indexAsStored);
      const started = performance.now();
      write();
      best = Math.min(best, performance.now() - started);
    });
  }
  return best;
}

/** The search index catching up on a library just stored, as the store worker does after a refresh. */
function indexOnce(feeds: readonly ParsedFeed[]): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    withLibrary(feeds, (store, write) => {
      write();
      const started = performance.now();
      store.search.catchUp();
      best = Math.min(best, performance.now() - started);
    });
  }
  return best;
}

/** Migration 3's insert trigger: each article indexed as its content is stored. */
const indexAsStored = `CREATE TEMP TRIGGER index_as_stored AFTER INSERT ON main.article_content BEGIN
  INSERT INTO article_search (rowid, title, author, text)
    SELECT a.id, a.title, a.author, new.text FROM articles a WHERE a.id = new.article_id;
END`;

/** A fresh library and a function that stores `feeds` in it as the store worker does (8 feeds to a transaction). */
function withLibrary(feeds: readonly ParsedFeed[], work: (store: Store, write: () => void) => void): void {
  const dir = tempDir('tidings-stages-');
  const store = Store.open(dir.file('stages.db'));
  try {
    const ids: FeedId[] = feeds.map((_, index) => store.feeds.add({ url: `http://stages.invalid/${index}.xml` }));
    const validators = { etag: null, lastModified: null };
    work(store, () => {
      for (let first = 0; first < feeds.length; first += FEEDS_PER_TRANSACTION) {
        store.transaction(() => {
          for (let index = first; index < Math.min(feeds.length, first + FEEDS_PER_TRANSACTION); index++) {
            store.feeds.writeFetched(ids[index] as FeedId, feeds[index] as ParsedFeed, validators);
          }
        });
      }
    });
  } finally {
    store.close();
    dir.remove();
  }
}
