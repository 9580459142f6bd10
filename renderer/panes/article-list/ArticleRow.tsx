// One row of the article list: a summary, never the article's HTML.
import type { CSSProperties } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { fullDate, relativeTime } from '../../format/time';
import { Icon } from '../../ui/Icon';

interface Props {
  article: ArticleSummary;
  selected: boolean;
  index: number;
  setSize: number;
  style: CSSProperties;
  onOpen: (article: ArticleSummary) => void;
}

export const optionId = (id: number): string => `article-option-${id}`;

export function accessibleName(article: ArticleSummary): string {
  return [article.title || '(untitled)', article.feedTitle, article.read ? null : 'unread', article.starred ? 'starred' : null]
    .filter(Boolean)
    .join(', ');
}

export function ArticleRow({ article, selected, index, setSize, style, onOpen }: Props) {
  const className = ['article-row', article.read ? 'is-read' : 'is-unread', selected ? 'is-selected' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      id={optionId(article.id)}
      role="option"
      aria-selected={selected}
      aria-label={accessibleName(article)}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={className}
      style={style}
      onClick={() => onOpen(article)}
    >
      <div className="row-meta">
        <span className="row-feed">{article.feedTitle}</span>
        {article.starred ? <Icon name="star" filled className="row-star" /> : null}
        <time className="row-time" dateTime={article.published ?? undefined} title={fullDate(article.published)}>
          {relativeTime(article.published)}
        </time>
      </div>
      <div className="row-title">{article.title || '(untitled)'}</div>
      <div className="row-snippet">{article.snippet}</div>
    </div>
  );
}
