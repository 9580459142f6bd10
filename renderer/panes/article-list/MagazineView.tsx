// Magazine view: a picture, the title and the summary of each article; the open article reads in a
// panel over the list.
import type { ArticleSummary } from '../../../shared/model';
import { ArticleOption } from './ArticleOption';
import { RowSnippet, RowStar, RowTime, RowTitle } from './row-parts';
import { Thumb } from './Thumb';
import { VirtualListbox } from './VirtualListbox';
import type { ArticleViewProps } from './view-props';

export function MagazineView(props: ArticleViewProps) {
  const { rows, withState, cursorId, openId, hasMore, density, onOpen } = props;
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
        className="magazine-row"
        onOpen={onOpen}
      >
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
      </ArticleOption>
    );
  };
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
