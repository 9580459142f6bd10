// Pieces every row shows: the time (relative, the full date on hover), the star, and the title
// and snippet with a search's words marked when the row is a search hit.
import type { ArticleSummary, SearchHit } from '../../../shared/model';
import { fullDate, relativeTime } from '../../format/time';
import { Icon } from '../../ui/Icon';
import { Marked } from './Marked';

function isHit(article: ArticleSummary): article is SearchHit {
  return 'titleMarked' in article;
}

export function RowTime({ article }: { article: ArticleSummary }) {
  return (
    <time className="row-time" dateTime={article.published ?? undefined} title={fullDate(article.published)}>
      {relativeTime(article.published)}
    </time>
  );
}

export function RowStar({ article }: { article: ArticleSummary }) {
  return article.starred ? <Icon name="star" filled className="row-star" /> : null;
}

export function RowTitle({ article }: { article: ArticleSummary }) {
  if (isHit(article)) return <Marked value={article.titleMarked} />;
  return <>{article.title || '(untitled)'}</>;
}

export function RowSnippet({ article }: { article: ArticleSummary }) {
  if (isHit(article)) return <Marked value={article.snippetMarked} />;
  return <>{article.snippet}</>;
}
