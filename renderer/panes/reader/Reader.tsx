// The reader pane: one article in full. Beside the list in list view; over it, as a panel, in the
// magazine and card views.
import { useEffect, useId, useRef } from 'react';
import type { Article } from '../../../shared/model';
import type { FullTextView } from '../../api/use-full-text';
import { Icon } from '../../ui/Icon';
import { ArticleKept } from '../../keeping/ArticleKept';
import { ArticleActions } from './ArticleActions';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { Enclosures } from './Enclosures';
import { HeroImage } from './HeroImage';
import { ReaderEmpty } from './ReaderEmpty';
import { MuteSelection } from '../../rules/MuteSelection';
import type { MenuAnchor } from '../../ui/Menu';
import '../../styles/reader.css';

interface Props {
  article: Article | null;
  loading: boolean;
  /** Shown as a panel over the list, with a close button. */
  floating: boolean;
  onToggleStar: () => void;
  onToggleRead: () => void;
  onToggleShare?: () => void;
  onShareWithNote?: () => void;
  onClose: () => void;
  /** The open article's text: the feed's or its full text, with kept images. */
  fullText?: FullTextView;
  /** Opens the article's menu (a right-click on its header). */
  onMenu?: (article: Article, anchor: MenuAnchor) => void;
}

export function Reader({ article, loading, floating, onToggleStar, onToggleRead, onToggleShare, onShareWithNote, onClose, fullText, onMenu }: Props) {
  const pane = useRef<HTMLElement>(null);
  const titleId = useId();
  const articleId = article?.id;

  useEffect(() => {
    pane.current?.scrollTo({ top: 0 });
  }, [articleId]);

  if (floating && !article && !loading) return null;
  return (
    <section ref={pane} className={`pane reader-pane${floating ? ' is-floating' : ''}`} aria-label="Article">
      {floating ? (
        <button type="button" className="icon-button reader-close" aria-label="Close article" title="Close (O)" onClick={onClose}>
          <Icon name="close" />
        </button>
      ) : null}
      {article ? (
        <article className="reader" aria-labelledby={titleId}>
          <ArticleHeader article={article} titleId={titleId} level={1} {...(onMenu ? { onMenu: (anchor: MenuAnchor) => onMenu(article, anchor) } : {})} />
          <ArticleActions
            article={article}
            onToggleStar={onToggleStar}
            onToggleRead={onToggleRead}
            {...(fullText ? { fullText } : {})}
            {...(onToggleShare ? { onToggleShare } : {})}
            {...(onShareWithNote ? { onShareWithNote } : {})}
          />
          <ArticleKept article={article} />
          <HeroImage article={fullText ? { ...article, contentHtml: fullText.html, cachedImages: fullText.images } : article} />
          <ArticleBody html={fullText?.html ?? article.contentHtml} images={fullText?.images ?? article.cachedImages} />
          <Enclosures items={article.enclosures} />
          <MuteSelection within={pane} />
        </article>
      ) : (
        <ReaderEmpty loading={loading} />
      )}
    </section>
  );
}
