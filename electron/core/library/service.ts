// The library's import, export and backup as the contract's handlers see them: one import at a
// time, in a worker thread when the library is a file (import-in-worker.ts), its progress readable
// while it runs (getImportStatus), and the last result kept.
import { resolve } from 'node:path';
import { renameSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { BackupResult, ExportedFile, ImportStatus, ImportSummary } from '../../../shared/model';
import { TidingsError } from '../../../shared/errors';
import type { Store, StreamWhich } from '../store';
import { keepPrivate } from '../store/file-modes';
import { checkBackupTarget } from './backup-target';
import { ImportError } from './errors';
import { importLibrary, type ImportOptions, type ImportProgress, type ImportSource } from './import';
import { importInWorker, type ImportWorkerLibrary } from './import-in-worker';
import type { ImportLimits } from './limits';
import type { ListFetcher } from './opml/links';
import { writeOpml } from './opml/write';
import { writeReaderJson } from './reader-json/write';

export interface LibraryServiceOptions {
  fetchList?: ListFetcher;
  /** Imports run in a worker thread that writes this library (the app and the hosts give one). */
  worker?: ImportWorkerLibrary;
  /** The import's limits (DEFAULT_LIMITS unless a test sets them lower). */
  limits?: ImportLimits;
}

export class LibraryService {
  private running = false;
  private status: ImportStatus = { running: false, phase: null, done: 0, total: 0, last: null, error: null };

  constructor(
    private readonly store: Store,
    private readonly options: LibraryServiceOptions = {},
  ) {}

  currentStatus(): ImportStatus {
    return { ...this.status };
  }

  async import(source: ImportSource, options: ImportOptions = {}): Promise<ImportSummary> {
    if (this.running) throw new TidingsError('conflict', 'an import is already running; wait for it to finish');
    this.running = true;
    this.status = { ...this.status, running: true, phase: 'reading', done: 0, total: 0, error: null };
    const onProgress: ImportProgress = (phase, done, total) => {
      this.status = { ...this.status, phase, done, total };
      options.onProgress?.(phase, done, total);
    };
    try {
      const worker = this.options.worker;
      const limits = this.options.limits ? { limits: this.options.limits } : {};
      // A list fetcher given here is a function, which cannot cross to a thread: tests run such imports here.
      const summary =
        worker && !this.options.fetchList && !options.fetchList && this.store.file !== ':memory:'
          ? await importInWorker(worker, source, { followLinks: options.followLinks ?? true, now: this.store.now(), onProgress, ...limits })
          : await importLibrary(this.store, source, {
              ...(this.options.fetchList ? { fetchList: this.options.fetchList } : {}),
              ...limits,
              ...options,
              onProgress,
            });
      this.status = { running: false, phase: null, done: 0, total: 0, last: summary, error: null };
      return summary;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.status = { ...this.status, running: false, phase: null, error: message.split('\n')[0] ?? message };
      throw error;
    } finally {
      this.running = false;
    }
  }

  exportOpml(): ExportedFile {
    const tree = this.store.library.subscriptionTree();
    return {
      fileName: `tidings-subscriptions-${day(new Date())}.opml`,
      mimeType: 'text/x-opml; charset=utf-8',
      text: writeOpml(tree, new Date(this.store.now())),
      count: tree.feeds.length,
    };
  }

  exportStream(which: StreamWhich): ExportedFile {
    const rows = this.store.library.streamRows(which);
    return {
      // FreshRSS tells a starred export from a feed export by "starred" in the name.
      fileName: `${which}.json`,
      mimeType: 'application/json; charset=utf-8',
      text: writeReaderJson(rows, which, new Date(this.store.now())),
      count: rows.length,
    };
  }

  /** Written beside the target under a temporary name and renamed into place once complete. */
  async backup(path: string, force = false): Promise<BackupResult> {
    const target = resolve(path);
    checkBackupTarget(target, resolve(this.store.file), force);
    const partial = `${target}.partial-${process.pid}`;
    try {
      await this.store.backup(partial);
      keepPrivate(partial);
      renameSync(partial, target);
    } catch (error) {
      rmSync(partial, { force: true });
      throw new ImportError('backup', `cannot write ${target}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { path: target, bytes: (await stat(target)).size };
  }
}

const day = (date: Date): string => date.toISOString().slice(0, 10);
