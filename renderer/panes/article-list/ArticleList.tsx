// The article list: a listbox whose rows are virtualized, fetching the next page near the end.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ArticleId, ArticleSummary } from '../../../shared/model';
import { ArticleRow, optionId } from './ArticleRow';
import '../../styles/article-list.css';

/** Fixed: meta 16 + title 20 + two snippet lines 36 + gaps and padding (see article-list.css). */
const rowHeight = 100;
/** Ask for the next page when this few rows are left below the last one shown. */
const prefetchRows = 20;

interface Props {
  title: string;
  items: ArticleSummary[];
  hasMore: boolean;
  loading: boolean;
  selectedId: ArticleId | null;
  onOpen: (article: ArticleSummary) => void;
  onNext: () => void;
  onPrevious: () => void;
  onLoadMore: () => void;
}

export function ArticleList({ title, items, hasMore, loading, selectedId, onOpen, onNext, onPrevious, onLoadMore }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    getItemKey: (index) => items[index]?.id ?? index,
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows[rows.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loading && lastShown >= items.length - prefetchRows) onLoadMore();
  }, [hasMore, loading, lastShown, items.length, onLoadMore]);

  const selectedIndex = selectedId === null ? -1 : items.findIndex((item) => item.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  // The usual listbox keys, when the list itself has focus; j/k work everywhere.
  const onKeyDown = (event: KeyboardEvent) => {
    const first = items[0];
    const last = items[items.length - 1];
    if (event.key === 'ArrowDown') onNext();
    else if (event.key === 'ArrowUp') onPrevious();
    else if (event.key === 'Home' && first) onOpen(first);
    else if (event.key === 'End' && last) onOpen(last);
    else return;
    event.preventDefault();
  };

  const selectedShown = selectedIndex >= 0 && rows.some((row) => row.index === selectedIndex);
  const setSize = hasMore ? -1 : items.length;

  return (
    <div className="pane list-pane">
      <header className="list-header">
        <h2 className="list-title">{title}</h2>
        <span className="list-count">{loading && items.length === 0 ? 'Loading…' : `${items.length}${hasMore ? '+' : ''}`}</span>
      </header>
      <div
        ref={scroller}
        className="list-scroll"
        role="listbox"
        aria-label="Articles"
        aria-busy={loading}
        tabIndex={0}
        aria-activedescendant={selectedShown && selectedId !== null ? optionId(selectedId) : undefined}
        onKeyDown={onKeyDown}
      >
        <div className="list-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {rows.map((row) => {
            const article = items[row.index];
            if (!article) return null;
            return (
              <ArticleRow
                key={row.key}
                article={article}
                index={row.index}
                setSize={setSize}
                selected={article.id === selectedId}
                style={{ height: row.size, transform: `translateY(${row.start}px)` }}
                onOpen={onOpen}
              />
            );
          })}
        </div>
      </div>
      {!loading && items.length === 0 ? <p className="list-empty">No articles here yet.</p> : null}
    </div>
  );
}
