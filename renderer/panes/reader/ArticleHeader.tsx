// An article's source, title (a link to the original), author and date: relative, with the full
// date on hover.
import type { ArticleSummary } from '../../../shared/model';
import { fullDate, relativeLong } from '../../format/time';

interface Props {
  article: ArticleSummary;
  titleId: string;
  /** 1 in the reader pane, 2 inside the expanded view's stream. */
  level: 1 | 2;
}

export function ArticleHeader({ article, titleId, level }: Props) {
  const Heading = level === 1 ? 'h1' : 'h2';
  const title = article.title || '(untitled)';
  return (
    <header className="reader-header">
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
