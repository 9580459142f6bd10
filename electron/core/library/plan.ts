// Everything an import will write, gathered before anything is written: subscriptions and folders
// from every list (the file and the lists it links to), feeds that only hold imported items, and
// the items themselves. Duplicates are merged here: a feed is listed once, in the first folder
// that names it (a feed lives in one folder), and the other places are reported.
import type { FolderEntry, HolderFeed, ItemGroup, LibraryWrite, SubscriptionEntry } from '../store';
import type { OpmlDocument } from './opml/read';
import { Skips } from './skips';

const pathKey = (path: readonly string[]): string => path.join('\u0000');
const pathText = (path: readonly string[]): string => (path.length === 0 ? 'the top level' : `"${path.join('/')}"`);

export class ImportPlan {
  readonly skips = new Skips();
  private readonly entries: (SubscriptionEntry | FolderEntry)[] = [];
  private readonly folders = new Set<string>();
  private readonly placed = new Map<string, readonly string[]>();
  private readonly holders = new Map<string, HolderFeed>();
  private readonly groups: ItemGroup[] = [];

  /** A list's folders and feeds, under `under` (where a linked list's outline was). */
  addOpml(document: OpmlDocument, under: readonly string[] = []): void {
    this.skips.addAll(document.skipped);
    for (const entry of document.entries) {
      if (entry.kind === 'folder') {
        this.addFolder([...under, ...entry.path]);
        continue;
      }
      const folder = [...under, ...entry.folder];
      const first = this.placed.get(entry.url);
      if (first) {
        const where = pathKey(first) === pathKey(folder) ? '' : ` (again in ${pathText(folder)})`;
        this.skips.add(entry.url, `listed more than once${where}; merged, kept in ${pathText(first)}`);
      } else {
        if (folder.length > 0) this.addFolder(folder);
        this.placed.set(entry.url, folder);
        this.entries.push({ kind: 'feed', url: entry.url, title: entry.title, siteUrl: entry.siteUrl, folder });
      }
      for (const other of entry.alsoIn) {
        this.skips.add(entry.url, `also filed under ${pathText([...under, ...other])}; a feed lives in one folder, kept in ${pathText(this.placed.get(entry.url) ?? folder)}`);
      }
    }
  }

  /** A feed for imported items; a no-op when the plan subscribes to it anyway. */
  addHolder(feed: HolderFeed): void {
    if (!this.placed.has(feed.url) && !this.holders.has(feed.url)) this.holders.set(feed.url, feed);
  }

  addGroup(group: ItemGroup): void {
    this.groups.push(group);
  }

  /** Distinct subscriptions listed. */
  get subscriptions(): number {
    return this.placed.size;
  }

  toWrite(): LibraryWrite {
    return { entries: this.entries, holders: [...this.holders.values()], groups: this.groups };
  }

  private addFolder(path: readonly string[]): void {
    const key = pathKey(path);
    if (this.folders.has(key)) return;
    this.folders.add(key);
    this.entries.push({ kind: 'folder', path });
  }
}
