// The article list as a listbox whose rows are virtualized: only the rows on screen (and a few
// more) are in the page, so a list of 100,000 scrolls like one of 100. Rows have a fixed height,
// so nothing is measured while scrolling. Cards put several articles on one row.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { ArticleId, ArticleSummary } from '../../../shared/model';
import { optionId } from './row-name';

/** Ask for the next page when this few rows are left below the last one shown. */
const prefetchRows = 20;

interface Props {
  rows: readonly ArticleSummary[];
  rowHeight: number;
  columns: number;
  hasMore: boolean;
  loading: boolean;
  cursorId: ArticleId | null;
  className: string;
  renderItem: (article: ArticleSummary, index: number) => ReactNode;
  onOpen: (article: ArticleSummary) => void;
  onNext: () => void;
  onPrevious: () => void;
  onLoadMore: () => void;
  /** The scrolling element, for whoever measures its width (cards) or its frames (the bench). */
  scrollerRef?: (element: HTMLDivElement | null) => void;
}

export function VirtualListbox(props: Props) {
  const { rows, rowHeight, columns, hasMore, loading, cursorId, className, renderItem } = props;
  const { onOpen, onNext, onPrevious, onLoadMore, scrollerRef } = props;
  const scroller = useRef<HTMLDivElement | null>(null);
  const lines = Math.ceil(rows.length / columns);
  const virtualizer = useVirtualizer({
    count: lines,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 6,
  });
  useEffect(() => virtualizer.measure(), [rowHeight, columns, virtualizer]);
  const visible = virtualizer.getVirtualItems();
  const lastLine = visible[visible.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loading && (lastLine + 1) * columns >= rows.length - prefetchRows) onLoadMore();
  }, [hasMore, loading, lastLine, columns, rows.length, onLoadMore]);

  const cursorIndex = cursorId === null ? -1 : rows.findIndex((row) => row.id === cursorId);
  const cursorLine = cursorIndex === -1 ? -1 : Math.floor(cursorIndex / columns);
  useEffect(() => {
    if (cursorLine >= 0) virtualizer.scrollToIndex(cursorLine, { align: 'auto' });
  }, [cursorLine, virtualizer]);

  // The usual listbox keys, when the list itself has focus; j/k work everywhere.
  const onKeyDown = (event: KeyboardEvent) => {
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (event.key === 'ArrowDown' || (columns > 1 && event.key === 'ArrowRight')) onNext();
    else if (event.key === 'ArrowUp' || (columns > 1 && event.key === 'ArrowLeft')) onPrevious();
    else if (event.key === 'Home' && first) onOpen(first);
    else if (event.key === 'End' && last) onOpen(last);
    else return;
    event.preventDefault();
  };

  const cursorShown = cursorLine >= 0 && visible.some((line) => line.index === cursorLine);

  return (
    <div
      ref={(element) => {
        scroller.current = element;
        scrollerRef?.(element);
      }}
      className={`list-scroll ${className}`}
      role="listbox"
      aria-label="Articles"
      aria-busy={loading}
      tabIndex={0}
      aria-activedescendant={cursorShown && cursorId !== null ? optionId(cursorId) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="list-canvas" style={{ height: virtualizer.getTotalSize() }}>
        {visible.map((line) => (
          <div
            key={line.index}
            role="none"
            className="list-line"
            style={{ height: line.size, transform: `translateY(${line.start}px)`, '--columns': columns } as CSSProperties}
          >
            {rows.slice(line.index * columns, line.index * columns + columns).map((article, offset) =>
              renderItem(article, line.index * columns + offset),
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
