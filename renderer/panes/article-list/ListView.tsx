// Google Reader's list view: one line per article (source, title, snippet, time); the open article
// reads in the pane beside the list.
import type { ArticleSummary } from '../../../shared/model';
import { ArticleOption } from './ArticleOption';
import { RowSnippet, RowStar, RowTime, RowTitle } from './row-parts';
import { VirtualListbox } from './VirtualListbox';
import type { ArticleViewProps } from './view-props';

export function ListView(props: ArticleViewProps) {
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
        className="list-row"
        onOpen={onOpen}
      >
        <span className="row-feed">{article.feedTitle}</span>
        <span className="row-line">
          <span className="row-title">
            <RowTitle article={article} />
          </span>
          <span className="row-snippet">
            <RowSnippet article={article} />
          </span>
        </span>
        <RowStar article={article} />
        <RowTime article={article} />
      </ArticleOption>
    );
  };
  return (
    <VirtualListbox
      {...props}
      rowHeight={density === 'compact' ? 30 : 38}
      columns={1}
      className="list-view"
      renderItem={renderItem}
    />
  );
}
