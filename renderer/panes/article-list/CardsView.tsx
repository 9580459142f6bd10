// Cards view: a grid of pictures with titles, as many columns as the width holds. Rows of cards
// are virtualized like rows of the list.
import { useCallback, useEffect, useState } from 'react';
import { RowSnippet, RowStar, RowTime, RowTitle } from './row-parts';
import { Thumb } from './Thumb';
import { optionRenderer } from './render-option';
import { VirtualListbox } from './VirtualListbox';
import type { ArticleViewProps } from './view-props';

const minCardWidth = 240;

export function CardsView(props: ArticleViewProps) {
  const { density, scrollerRef } = props;
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

  const renderItem = optionRenderer(props, 'card', (article) => (
    <>
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
    </>
  ));
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
