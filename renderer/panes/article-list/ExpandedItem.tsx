// One article of the expanded view: its header, then its body (or its snippet while the body
// loads, or when the person folded it with O).
import type { Ref } from 'react';
import type { Article, ArticleSummary } from '../../../shared/model';
import type { MenuAnchor } from '../../ui/Menu';
import { ArticleBody } from '../reader/ArticleBody';
import { ArticleKept } from '../../keeping/ArticleKept';
import { ArticleActions } from '../reader/ArticleActions';
import { ArticleHeader } from '../reader/ArticleHeader';
import { Enclosures } from '../reader/Enclosures';
import { HeroImage } from '../reader/HeroImage';

interface Props {
  ref: Ref<HTMLElement>;
  index: number;
  setSize: number;
  start: number;
  article: ArticleSummary;
  body: Article | undefined;
  current: boolean;
  collapsed: boolean;
  onSelect: (article: ArticleSummary) => void;
  onToggleStar: (article: ArticleSummary) => void;
  onToggleRead: (article: ArticleSummary) => void;
  onMenu?: ((article: ArticleSummary & { sharedAt: string | null }, anchor: MenuAnchor) => void) | undefined;
}

export function ExpandedItem(props: Props) {
  const { ref, index, setSize, start, article, body, current, collapsed, onSelect, onToggleStar, onToggleRead, onMenu } = props;
  const titleId = `expanded-title-${article.id}`;
  const classes = ['expanded-item', article.read ? 'is-read' : 'is-unread', current ? 'is-selected' : ''].filter(Boolean).join(' ');
  return (
    <article
      ref={ref}
      data-index={index}
      className={classes}
      style={{ transform: `translateY(${start}px)` }}
      aria-labelledby={titleId}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      aria-current={current ? 'true' : undefined}
      tabIndex={-1}
      onClick={(event) => {
        // Links and buttons inside do their own thing; anywhere else makes this the current article.
        if (!(event.target instanceof Element && event.target.closest('a, button'))) onSelect(article);
      }}
    >
      <ArticleHeader
        article={article}
        titleId={titleId}
        level={2}
        {...(onMenu ? { onMenu: (anchor: MenuAnchor) => onMenu({ ...article, sharedAt: body?.sharedAt ?? null }, anchor) } : {})}
      />
      <ArticleActions article={article} onToggleStar={() => onToggleStar(article)} onToggleRead={() => onToggleRead(article)} />
      {body ? <ArticleKept article={body} /> : null}
      {collapsed ? (
        <p className="expanded-snippet">{article.snippet}</p>
      ) : body ? (
        <>
          <HeroImage article={body} />
          <ArticleBody html={body.fullText?.html ?? body.contentHtml} images={body.cachedImages} />
          <Enclosures items={body.enclosures} />
        </>
      ) : (
        <p className="expanded-snippet" aria-busy="true">
          {article.snippet}
        </p>
      )}
    </article>
  );
}
