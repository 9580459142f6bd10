// The ingest cost of rules, measured side by side: one library per rule set, the same documents
// stored into each in small batches taken in turns, each batch's CPU time added to its library's
// sum. Whole passes one after the other (the bench before this) swung by ±20 % between two passes
// of the same code, as garbage collection and the JIT landed in one pass or the other; batches in
// turns share those swings between the rule sets.
import type { RuleInput } from '../../shared/rules';
import { ruleInputSchema } from '../../shared/rules';
import { readFeedDocument } from '../../electron/core/refresh/read-feed';
import { Store } from '../../electron/core/store';
import { tempDir } from '../support/temp';

export interface FeedDocument {
  url: string;
  body: Uint8Array;
  contentType: string;
}

/** Feeds stored into one library before switching to the next. */
const BATCH_FEEDS = 5;
/** Untimed feeds per library first: the JIT and the statement caches. */
const WARM_FEEDS = 5;

/**
 * Articles stored per second of CPU time (all of this process's threads), for each rule set, over
 * the same `documents` (parse + sanitize + store, the rules inside the store's transaction).
 */
export async function ingestSideBySide(ruleSets: readonly (readonly RuleInput[])[], documents: readonly FeedDocument[], items: number): Promise<number[]> {
  const dir = tempDir('tidings-rules-ingest-');
  const libraries = ruleSets.map((rules, index) => {
    const store = Store.open(dir.file(`library-${index}.db`));
    for (const rule of rules) store.rules.add(ruleInputSchema.parse(rule));
    return { store, feedIds: documents.map((document) => store.feeds.add({ url: document.url })), cpuMs: 0 };
  });
  const ingest = async (library: (typeof libraries)[number], index: number): Promise<void> => {
    const parsed = await readFeedDocument(documents[index] as FeedDocument);
    library.store.feeds.saveFetched(library.feedIds[index] as number, parsed, { etag: null, lastModified: null });
  };
  try {
    for (const library of libraries) for (let index = 0; index < WARM_FEEDS; index++) await ingest(library, index);
    let turn = 0;
    for (let from = WARM_FEEDS; from < documents.length; from += BATCH_FEEDS, turn++) {
      const to = Math.min(documents.length, from + BATCH_FEEDS);
      // Each library goes first in turn, so neither always follows the other's garbage.
      for (let step = 0; step < libraries.length; step++) {
        const library = libraries[(turn + step) % libraries.length] as (typeof libraries)[number];
        const started = process.cpuUsage();
        for (let index = from; index < to; index++) await ingest(library, index);
        const cpu = process.cpuUsage(started);
        library.cpuMs += (cpu.user + cpu.system) / 1000;
      }
    }
    const articles = (documents.length - WARM_FEEDS) * items;
    return libraries.map((library) => articles / (library.cpuMs / 1000));
  } finally {
    for (const library of libraries) library.store.close();
    dir.remove();
  }
}
