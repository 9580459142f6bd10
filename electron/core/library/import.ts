// One import from start to finish: read the input, tell what it is, gather everything into a plan
// (fetching linked lists, sanitizing items), then write the plan in one transaction. Nothing is
// written before the plan is complete, so a file refused at any point leaves the library as it was.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportFormat, ImportPhase, ImportSummary } from '../../../shared/model';
import { decodeDocument } from '../parse/charset';
import type { Store } from '../store';
import { ImportError } from './errors';
import { addLinkedLists, fetchList, type ListFetcher } from './opml/links';
import { readOpml } from './opml/read';
import { ImportPlan } from './plan';
import { addImportedRules, filtersInOpml, type FiltersInFile, type RulesImported } from '../rules/import';
import { filtersInJsonFile, planMinifluxFeeds } from './filters-file';
import { ByteBudget, DEFAULT_LIMITS, ItemBudget, type ImportLimits } from './limits';
import { addReaderItems, type ItemCounts } from './reader-json/items';
import { readReaderJson } from './reader-json/read';
import { filesInFolder, filesInZip } from './takeout/files';
import { addTakeout } from './takeout/read';
import { isZip } from './takeout/zip';

export type ImportSource = { path: string } | { fileName: string; bytes: Uint8Array };

export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void;

export interface ImportOptions {
  /** Follow outlines that link to further lists (default true). */
  followLinks?: boolean;
  fetchList?: ListFetcher;
  onProgress?: ImportProgress;
  limits?: ImportLimits;
  /** Runs the import's one write transaction; a worker thread holds the library's write lock around it. */
  writing?: <T>(write: () => T) => T;
}

/** Bigger than any subscription list or Reader Takeout; a larger file is not one. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

const noItems: ItemCounts = { starred: 0, shared: 0, liked: 0, notes: 0, labels: 0 };

export async function importLibrary(store: Store, source: ImportSource, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const progress: ImportProgress = options.onProgress ?? (() => undefined);
  const now = store.now();
  const pause = async (done: number, total: number): Promise<void> => {
    progress('preparing', done, total);
    await new Promise((resolve) => setImmediate(resolve));
  };
  progress('reading', 0, 1);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const items = new ItemBudget(limits.maxItems);
  const unpacked = new ByteBudget(limits.maxUnpackedBytes);
  const input = await load(source);
  const plan = new ImportPlan();
  let format: ImportFormat;
  let counts = noItems;
  let filters: FiltersInFile | null = null;
  if (input.kind === 'folder') {
    format = 'takeout';
    counts = await addTakeout(plan, await filesInFolder(input.path, plan.skips, unpacked), now, pause, items);
  } else if (isZip(input.bytes)) {
    format = 'takeout';
    const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
    counts = await addTakeout(plan, filesInZip(bytes, plan.skips, unpacked), now, pause, items);
  } else {
    const json = asJson(input.bytes);
    filters = json ? filtersInJsonFile(json) : null;
    if (filters) {
      format = filters.kind;
      planMinifluxFeeds(plan, filters);
    } else if (json) {
      format = 'reader-json';
      const stream = await readReaderJson(chunksOf(json), input.name, items);
      counts = await addReaderItems(plan, [{ fileName: input.name, stream }], now, pause);
    } else {
      format = 'opml';
      const text = decodeDocument(input.bytes, null).text;
      const list = readOpml(text);
      plan.addOpml(list);
      filters = filtersInOpml(text);
      if (options.followLinks !== false && list.links.length > 0) {
        await addLinkedLists(plan, list.links, options.fetchList ?? fetchList, (done, total) => progress('fetching', done, total));
      } else {
        for (const link of list.links) plan.skips.add(link.url, 'a linked subscription list (not followed)');
      }
    }
  }
  const write = plan.toWrite();
  progress('writing', 0, write.entries.length + write.holders.length);
  const writing = options.writing ?? ((work) => work());
  let rules: RulesImported | null = null;
  // The rules go in the same transaction as the feeds they are scoped to: a file refused leaves neither.
  const written = writing(() =>
    store.transaction(() => {
      const done = store.library.import(write, (count, total) => progress('writing', count, total));
      if (filters) rules = addImportedRules(store, filters);
      return done;
    }),
  );
  return {
    format,
    feeds: plan.subscriptions,
    feedsAdded: written.feedsAdded,
    inactiveFeeds: written.inactiveFeeds,
    folders: written.foldersAdded,
    articles: written.articlesAdded,
    ...counts,
    skippedCount: plan.skips.count,
    skipped: plan.skips.list,
    ...(rules ? { rules } : {}),
    ms: Math.round(performance.now() - started),
  };
}

/**
 * The file's bytes as UTF-8 JSON when it is JSON (an object or a list, after any BOM and
 * whitespace), else null. Only the start is decoded to tell; a UTF-16 file is the one case that is
 * converted whole.
 */
function asJson(bytes: Uint8Array): Buffer | null {
  const head = decodeDocument(bytes.subarray(0, 1024), null);
  if (!/^\s*[{[]/.test(head.text.replace(/^\ufeff/, ''))) return null;
  const whole = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return head.encoding.startsWith('utf-16') ? Buffer.from(decodeDocument(whole, null).text.replace(/^\ufeff/, '')) : whole;
}

async function* chunksOf(bytes: Buffer): AsyncGenerator<Buffer> {
  const size = 1024 * 1024;
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

type Input = { kind: 'folder'; path: string } | { kind: 'file'; name: string; bytes: Uint8Array };

async function load(source: ImportSource): Promise<Input> {
  if ('bytes' in source) {
    if (source.bytes.byteLength > MAX_IMPORT_BYTES) throw tooBig(source.fileName);
    return { kind: 'file', name: basename(source.fileName), bytes: source.bytes };
  }
  const info = await stat(source.path).catch((error: NodeJS.ErrnoException) => {
    throw new ImportError('import', `cannot read ${source.path}: ${error.code === 'ENOENT' ? 'no such file or folder' : (error.code ?? error.message)}`);
  });
  if (info.isDirectory()) return { kind: 'folder', path: source.path };
  if (!info.isFile()) throw new ImportError('import', `${source.path} is not a file or a folder`);
  if (info.size > MAX_IMPORT_BYTES) throw tooBig(source.path);
  return { kind: 'file', name: basename(source.path), bytes: await readFile(source.path) };
}

const tooBig = (name: string): ImportError =>
  new ImportError('import', `${name} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; it is not a subscription list or a Takeout`);
