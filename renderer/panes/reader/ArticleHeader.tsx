// An article's source, title (a link to the original), author and date: relative, with the full
// date on hover. A right-click on it opens the article's menu.
import type { ArticleSummary } from '../../../shared/model';
import type { MenuAnchor } from '../../ui/Menu';
import { fullDate, relativeLong } from '../../format/time';

interface Props {
  article: ArticleSummary;
  titleId: string;
  /** 1 in the reader pane, 2 inside the expanded view's stream. */
  level: 1 | 2;
  onMenu?: (anchor: MenuAnchor) => void;
}

export function ArticleHeader({ article, titleId, level, onMenu }: Props) {
  const Heading = level === 1 ? 'h1' : 'h2';
  const title = article.title || '(untitled)';
  return (
    <header
      className="reader-header"
      onContextMenu={
        onMenu
          ? (event) => {
              event.preventDefault();
              onMenu({ x: event.clientX, y: event.clientY });
            }
          : undefined
      }
    >
      <p className="reader-feed">{article.feedTitle}</p>
      <Heading id={titleId} className="reader-title">
        {article.link ? (
          <a href={article.link} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </Heading>
      <p className="reader-byline">
        {article.author ? <span className="reader-author">{article.author}</span> : null}
        {article.published ? (
          <time dateTime={article.published} title={fullDate(article.published)}>
            {relativeLong(article.published)}
          </time>
        ) : null}
      </p>
    </header>
  );
}
