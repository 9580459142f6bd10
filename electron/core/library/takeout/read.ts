// A Google Reader Takeout (or the same files from Inoreader, FreshRSS, The Old Reader) into the
// plan: subscriptions.xml's labels become folders, the item streams become articles with their
// marks, and the lists of people are reported as skipped (Tidings has no social side).
import { decodeDocument } from '../../parse/charset';
import { ImportError } from '../errors';
import type { ItemBudget } from '../limits';
import { readOpml } from '../opml/read';
import type { ImportPlan } from '../plan';
import { addReaderItems, type ItemCounts, type NamedStream, type Yield } from '../reader-json/items';
import { readReaderJson } from '../reader-json/read';
import { ITEM_STREAMS, PEOPLE_LISTS, readWhole, SUBSCRIPTIONS, type TakeoutFiles } from './files';

export async function addTakeout(plan: ImportPlan, files: TakeoutFiles, now: number, pause: Yield, items: ItemBudget): Promise<ItemCounts> {
  if (files.size === 0) {
    throw new ImportError('takeout', `no Google Reader files found (looked for ${SUBSCRIPTIONS}, ${ITEM_STREAMS.join(', ')})`);
  }
  const subscriptions = files.get(SUBSCRIPTIONS);
  if (subscriptions) {
    const text = decodeDocument(await readWhole(subscriptions), 'text/xml').text;
    plan.addOpml(await inFile(subscriptions.path, async () => readOpml(text)));
  }
  const streams: NamedStream[] = [];
  // Starred first: when an item is in several files, its first file's copy is the one kept.
  for (const name of ITEM_STREAMS) {
    const file = files.get(name);
    if (!file) continue;
    streams.push({ fileName: name, stream: await inFile(file.path, () => readReaderJson(file.chunks(), name, items)) });
  }
  for (const name of PEOPLE_LISTS) {
    const file = files.get(name);
    if (file) plan.skips.add(file.path, 'lists of people are not imported (Tidings has no social features)');
  }
  return addReaderItems(plan, streams, now, pause);
}

/**
 * A broken file inside a Takeout is named in the message. A zip's own complaints name their entry
 * already, and a limit reached is the import's, not the file's.
 */
async function inFile<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ImportError && error.stage !== 'import' && error.stage !== 'zip') throw new ImportError('takeout', `${path}: ${error.message}`);
    throw error;
  }
}
