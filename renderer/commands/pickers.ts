// What "go to subscription" (g u) and "go to folder" (g t) offer to pick from.
import type { ArticleScope, Library } from '../../shared/model';
import type { PickerItem } from '../dialogs/Picker';

export function subscriptionItems(library: Library | null): PickerItem<ArticleScope>[] {
  if (!library) return [];
  const paths = new Map(library.folders.map((folder) => [folder.id, folder.path.join('/')]));
  return library.feeds.map((feed) => ({
    key: `feed-${feed.id}`,
    label: feed.title,
    ...(feed.folderId !== null && paths.get(feed.folderId) ? { detail: paths.get(feed.folderId) } : {}),
    value: { kind: 'feed', feedId: feed.id },
  }));
}

export function folderItems(library: Library | null): PickerItem<ArticleScope>[] {
  return (library?.folders ?? []).map((folder) => ({
    key: `folder-${folder.id}`,
    label: folder.path.join('/'),
    value: { kind: 'folder', folderId: folder.id },
  }));
}
