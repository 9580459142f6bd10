// Moving a subscription by dragging it onto a folder, or onto the top level (issue #6), with the
// browser's own drag and drop. The context menu's "Move to folder…" stays the keyboard's way to
// do the same; this is a shortcut for the mouse, not the only route.
import { useState, type DragEvent } from 'react';
import type { FeedSummary, Folder } from '../../../shared/model';

/** Our own type, so a dragged feed is never mistaken for a dropped file or link (use-file-drop.ts). */
const feedType = 'application/x-tidings-feed';

/** Where a feed may land: a folder, or null for the top level. */
export type DropTarget = Folder | null;

const targetKey = (target: DropTarget): string => (target === null ? 'top' : `folder:${target.id}`);

export interface FeedDrag {
  /** Props for a feed's row: it can be picked up. */
  source: (feed: FeedSummary) => {
    draggable: true;
    onDragStart: (event: DragEvent) => void;
    onDragEnd: () => void;
  };
  /** Props for a folder's row or the top level: a dragged feed can be let go there. */
  target: (target: DropTarget) => {
    onDragOver: (event: DragEvent) => void;
    onDragLeave: (event: DragEvent) => void;
    onDrop: (event: DragEvent) => void;
  };
  /** Whether a feed is being held over this target now, to show where it would land. */
  isOver: (target: DropTarget) => boolean;
}

export function useFeedDrag(feeds: readonly FeedSummary[], onMove: (feed: FeedSummary, folder: DropTarget) => void): FeedDrag {
  const [over, setOver] = useState<string | null>(null);
  const carriesFeed = (event: DragEvent) => event.dataTransfer.types.includes(feedType);

  return {
    source: (feed) => ({
      draggable: true,
      onDragStart: (event) => {
        event.dataTransfer.setData(feedType, String(feed.id));
        event.dataTransfer.effectAllowed = 'move';
      },
      onDragEnd: () => setOver(null),
    }),
    target: (target) => ({
      onDragOver: (event) => {
        if (!carriesFeed(event)) return;
        // The innermost folder under the pointer takes the drop, not the folders around it.
        event.preventDefault();
        event.stopPropagation();
        event.dataTransfer.dropEffect = 'move';
        setOver(targetKey(target));
      },
      onDragLeave: (event) => {
        const to = event.relatedTarget;
        if (to instanceof Node && event.currentTarget.contains(to)) return;
        setOver((current) => (current === targetKey(target) ? null : current));
      },
      onDrop: (event) => {
        if (!carriesFeed(event)) return;
        event.preventDefault();
        event.stopPropagation();
        setOver(null);
        const feed = feeds.find((candidate) => candidate.id === Number(event.dataTransfer.getData(feedType)));
        if (feed && feed.folderId !== (target?.id ?? null)) onMove(feed, target);
      },
    }),
    isOver: (target) => over === targetKey(target),
  };
}
