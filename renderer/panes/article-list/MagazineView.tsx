// Magazine view: a picture, the title and the summary of each article; the open article reads in a
// panel over the list.
import { RowSnippet, RowStar, RowTime, RowTitle } from './row-parts';
import { Thumb } from './Thumb';
import { optionRenderer } from './render-option';
import { VirtualListbox } from './VirtualListbox';
import type { ArticleViewProps } from './view-props';

export function MagazineView(props: ArticleViewProps) {
  const { density } = props;
  const renderItem = optionRenderer(props, 'magazine-row', (article) => (
    <>
      <Thumb article={article} className="magazine-thumb" />
      <div className="magazine-text">
        <div className="row-title">
          <RowTitle article={article} />
        </div>
        <div className="row-meta">
          <span className="row-feed">{article.feedTitle}</span>
          {article.author ? <span className="row-author">{article.author}</span> : null}
          <RowStar article={article} />
          <RowTime article={article} />
        </div>
        <div className="row-snippet">
          <RowSnippet article={article} />
        </div>
      </div>
    </>
  ));
  return (
    <VirtualListbox
      {...props}
      rowHeight={density === 'compact' ? 104 : 128}
      columns={1}
      className="magazine-view"
      renderItem={renderItem}
    />
  );
}
