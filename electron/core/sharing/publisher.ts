// Publishing the shared items: the three documents made from the library, written into the shared
// folder (settings.sharedFolder) after each share or unshare, a moment later so a burst of shares
// writes once, and at once on `tidings publish`. The web host serves the same documents.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { claimSharedFolder } from './folder-claim';
import type { PublishResult } from '../../../shared/sharing';
import { TidingsError } from '../../../shared/errors';
import type { Store } from '../store';
import { sharedAtom } from './atom';
import { writeFileAtomic } from './atomic-write';
import { sharedJsonFeed } from './json-feed';
import { sharedPage } from './page';
import { sharedFeed, sharedFileNames } from './shared-feed';

/** The newest shares in the feeds; a reader polls, it does not need the whole history. */
const feedItems = 100;
const pageItems = 500;

export interface SharedDocuments {
  atom: string;
  json: string;
  page: string;
  items: number;
}

/** `base`: the absolute URL the documents are served under, or null for a folder. */
export function sharedDocuments(store: Store, base: string | null): SharedDocuments {
  const items = store.shares.items(pageItems);
  const id = store.shares.feedId();
  const feed = sharedFeed({ id, items: items.slice(0, feedItems), base, now: store.now() });
  return {
    atom: sharedAtom(feed),
    json: sharedJsonFeed(feed),
    page: sharedPage(sharedFeed({ id, items, base, now: store.now() })),
    items: items.length,
  };
}

export class Publisher {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Store,
    private readonly debounceMs = 500,
  ) {}

  /** Writes the folder now (`into`, else the setting); a library without a shared folder publishes nowhere. */
  publishNow(into?: string): PublishResult {
    this.cancel();
    const folder = into ?? this.store.settings.get().sharedFolder;
    if (!folder) return { folder: null, files: [], items: this.store.shares.items(pageItems).length };
    const documents = sharedDocuments(this.store, null);
    try {
      mkdirSync(folder, { recursive: true });
      claimSharedFolder(folder);
      const files = [
        [sharedFileNames.atom, documents.atom],
        [sharedFileNames.json, documents.json],
        [sharedFileNames.page, documents.page],
      ].map(([name, text]) => {
        const path = join(folder, name as string);
        writeFileAtomic(path, text as string);
        return path;
      });
      return { folder, files, items: documents.items };
    } catch (error) {
      if (error instanceof TidingsError) throw error;
      const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      throw new TidingsError('bad_input', `cannot write the shared folder ${folder}: ${reason}`);
    }
  }

  /** After a share or unshare: publish soon, once for a burst. */
  schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.publishQuietly();
    }, this.debounceMs);
    this.timer.unref();
  }

  /** Writes now what was scheduled (the core is closing); nothing if nothing was. */
  flush(): void {
    if (this.timer === null) return;
    this.publishQuietly();
  }

  private publishQuietly(): void {
    try {
      this.publishNow();
    } catch (error) {
      // A full disk or a missing mount must not undo the share; the next share or `tidings publish` tries again.
      console.error(`tidings: publishing shared items failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
