// Google Reader's expanded view: whole articles one after another in a stream (an ARIA feed).
// Rows are measured as they render, since articles differ in length; bodies load as their rows
// come near the screen. With "mark read on scroll", an article is read once its top has scrolled
// past the top of the pane.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { ArticleId, ArticleSummary } from '../../../shared/model';
import { useArticleBodies, type LoadArticleBody } from '../../api/use-article-bodies';
import { ExpandedItem } from './ExpandedItem';
import type { ArticleViewProps } from './view-props';

interface Props extends ArticleViewProps {
  collapsedIds: ReadonlySet<ArticleId>;
  markReadOnScroll: boolean;
  onScrolledPast: (articles: ArticleSummary[]) => void;
  onToggleStar: (article: ArticleSummary) => void;
  onToggleRead: (article: ArticleSummary) => void;
  loadBody: LoadArticleBody;
}

const estimate = 520;
const prefetchRows = 8;

export function ExpandedView(props: Props) {
  const { rows, withState, cursorId, hasMore, loading, collapsedIds, markReadOnScroll } = props;
  const { onOpen, onLoadMore, onScrolledPast, onToggleStar, onToggleRead, onMenu, scrollerRef } = props;
  const bodies = useArticleBodies(props.loadBody);
  const scroller = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    overscan: 2,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const visible = virtualizer.getVirtualItems();
  const lastShown = visible[visible.length - 1]?.index ?? -1;

  const wanted = visible.map((item) => rows[item.index]?.id).filter((id): id is number => id !== undefined);
  const wantedKey = wanted.join(',');
  useEffect(() => {
    bodies.want(wanted);
    // wantedKey stands for the ids themselves, so a re-render with the same rows asks for nothing.
  }, [wantedKey, bodies]);

  useEffect(() => {
    if (hasMore && !loading && lastShown >= rows.length - prefetchRows) onLoadMore();
  }, [hasMore, loading, lastShown, rows.length, onLoadMore]);

  const cursorIndex = cursorId === null ? -1 : rows.findIndex((row) => row.id === cursorId);
  useEffect(() => {
    if (cursorIndex >= 0) virtualizer.scrollToIndex(cursorIndex, { align: 'start' });
  }, [cursorIndex, virtualizer]);

  const onScroll = () => {
    const element = scroller.current;
    if (!markReadOnScroll || !element || element.scrollTop <= 0) return;
    const passed: ArticleSummary[] = [];
    for (const item of virtualizer.getVirtualItems()) {
      const row = rows[item.index];
      if (row && item.start < element.scrollTop && !withState(row).read) passed.push(row);
    }
    if (passed.length > 0) onScrolledPast(passed);
  };

  return (
    <div
      ref={(element) => {
        scroller.current = element;
        scrollerRef?.(element);
      }}
      className="list-scroll expanded-view"
      role="feed"
      aria-label="Articles"
      aria-busy={loading}
      // Focusable from code only: a search hands focus to its results.
      tabIndex={-1}
      onScroll={onScroll}
    >
      <div className="list-canvas" style={{ height: virtualizer.getTotalSize() }}>
        {visible.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const article = withState(row);
          const body = bodies.get(article.id);
          return (
            <ExpandedItem
              key={item.key}
              ref={virtualizer.measureElement}
              index={item.index}
              setSize={hasMore ? -1 : rows.length}
              start={item.start}
              article={article}
              body={body ? withState(body) : undefined}
              current={article.id === cursorId}
              collapsed={collapsedIds.has(article.id)}
              onSelect={onOpen}
              onToggleStar={onToggleStar}
              onToggleRead={onToggleRead}
              onMenu={onMenu}
            />
          );
        })}
      </div>
    </div>
  );
}
