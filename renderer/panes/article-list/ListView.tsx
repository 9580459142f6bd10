// Google Reader's list view: one line per article (source, title, snippet, time); the open article
// reads in the pane beside the list.
import { RowSnippet, RowStar, RowTime, RowTitle } from './row-parts';
import { optionRenderer } from './render-option';
import { VirtualListbox } from './VirtualListbox';
import type { ArticleViewProps } from './view-props';

export function ListView(props: ArticleViewProps) {
  const { density } = props;
  const renderItem = optionRenderer(props, 'list-row', (article) => (
    <>
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
    </>
  ));
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
