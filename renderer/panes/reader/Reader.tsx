// The reader pane: one article in full, with its star and read toggles.
import { useEffect, useId, useRef } from 'react';
import type { Article } from '../../../shared/model';
import { fullDate } from '../../format/time';
import { Icon } from '../../ui/Icon';
import { ArticleBody } from './ArticleBody';
import { Enclosures } from './Enclosures';
import { ReaderEmpty } from './ReaderEmpty';
import '../../styles/reader.css';

interface Props {
  article: Article | null;
  loading: boolean;
  onToggleStar: () => void;
  onToggleRead: () => void;
}

export function Reader({ article, loading, onToggleStar, onToggleRead }: Props) {
  const pane = useRef<HTMLElement>(null);
  const titleId = useId();
  const articleId = article?.id;

  useEffect(() => {
    pane.current?.scrollTo({ top: 0 });
  }, [articleId]);

  return (
    <section ref={pane} className="pane reader-pane" aria-label="Article">
      {article ? (
        <article className="reader" aria-labelledby={titleId}>
          <header className="reader-header">
            <p className="reader-feed">{article.feedTitle}</p>
            <h1 id={titleId} className="reader-title">
              {article.link ? (
                <a href={article.link} target="_blank" rel="noopener noreferrer">
                  {article.title || '(untitled)'}
                </a>
              ) : (
                article.title || '(untitled)'
              )}
            </h1>
            <p className="reader-byline">
              {article.author ? <span className="reader-author">{article.author}</span> : null}
              {article.published ? (
                <time dateTime={article.published}>{fullDate(article.published)}</time>
              ) : null}
            </p>
            <div className="reader-actions">
              <button
                type="button"
                className={`button toggle${article.starred ? ' is-on' : ''}`}
                aria-pressed={article.starred}
                title="Star or unstar (S)"
                onClick={onToggleStar}
              >
                <Icon name="star" filled={article.starred} />
                {article.starred ? 'Unstar' : 'Star'}
              </button>
              <button type="button" className="button" title="Mark read or unread (M)" onClick={onToggleRead}>
                <Icon name="circle" filled={!article.read} />
                {article.read ? 'Mark unread' : 'Mark read'}
              </button>
              {article.link ? (
                <a className="button" href={article.link} target="_blank" rel="noopener noreferrer" title="Open original (V)">
                  <Icon name="external" />
                  Open original
                </a>
              ) : null}
            </div>
          </header>
          <ArticleBody html={article.contentHtml} />
          <Enclosures items={article.enclosures} />
        </article>
      ) : (
        <ReaderEmpty loading={loading} />
      )}
    </section>
  );
}
