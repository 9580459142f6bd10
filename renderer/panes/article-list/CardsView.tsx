// Cards view: a grid of pictures with titles, as many columns as the width holds. Rows of cards
// are virtualized like rows of the list.
import { useCallback, useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { ArticleOption } from './ArticleOption';
import { RowSnippet, RowStar, RowTime, RowTitle } from './row-parts';
import { Thumb } from './Thumb';
import { VirtualListbox } from './VirtualListbox';
import type { ArticleViewProps } from './view-props';

const minCardWidth = 240;

export function CardsView(props: ArticleViewProps) {
  const { rows, withState, cursorId, openId, hasMore, density, onOpen, scrollerRef } = props;
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [columns, setColumns] = useState(3);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? minCardWidth;
      setColumns(Math.max(1, Math.floor(width / minCardWidth)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      setElement(node);
      scrollerRef?.(node);
    },
    [scrollerRef],
  );

  const setSize = hasMore ? -1 : rows.length;
  const renderItem = (row: ArticleSummary, index: number) => {
    const article = withState(row);
    return (
      <ArticleOption
        key={article.id}
        article={article}
        index={index}
        setSize={setSize}
        selected={article.id === cursorId}
        open={article.id === openId}
        className="card"
        onOpen={onOpen}
      >
        <Thumb article={article} className="card-image" />
        <div className="card-text">
          <div className="card-title">
            <RowTitle article={article} />
          </div>
          <div className="row-meta">
            <span className="row-feed">{article.feedTitle}</span>
            <RowStar article={article} />
            <RowTime article={article} />
          </div>
          <div className="card-snippet">
            <RowSnippet article={article} />
          </div>
        </div>
      </ArticleOption>
    );
  };
  return (
    <VirtualListbox
      {...props}
      scrollerRef={ref}
      rowHeight={density === 'compact' ? 236 : 284}
      columns={columns}
      className="cards-view"
      renderItem={renderItem}
    />
  );
}
