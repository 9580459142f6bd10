// Star, like, labels, note, read/unread, share, "view original" and full text for one article, each naming its key.
import type { ArticleSummary } from '../../../shared/model';
import type { FullTextView } from '../../api/use-full-text';
import { useKeepingActions } from '../../keeping/keeping-context';
import { Icon } from '../../ui/Icon';
import { ArticleRuleActions } from '../../rules/ArticleRuleActions';

interface Props {
  article: ArticleSummary & { sharedAt?: string | null };
  onToggleStar: () => void;
  onToggleRead: () => void;
  /** The reader pane's full-text switch; the expanded view has none. */
  fullText?: Pick<FullTextView, 'showing' | 'loading' | 'toggle'>;
  /** Shares, or unshares a shared article. */
  onToggleShare?: () => void;
  onShareWithNote?: () => void;
}

export function ArticleActions({ article, onToggleStar, onToggleRead, fullText, onToggleShare, onShareWithNote }: Props) {
  const shared = Boolean(article.sharedAt);
  const keeping = useKeepingActions();
  return (
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
      {keeping ? (
        <>
          <button
            type="button"
            className={`button toggle${article.liked ? ' is-on' : ''}`}
            aria-pressed={article.liked}
            title="Like or unlike (L)"
            onClick={() => keeping.toggleLike(article)}
          >
            <Icon name="heart" filled={article.liked} />
            {article.liked ? 'Unlike' : 'Like'}
          </button>
          <button type="button" className="button" title="Labels (T)" onClick={() => keeping.editLabels(article)}>
            <Icon name="tag" />
            Labels
          </button>
          <button type="button" className="button" title="Note (C)" onClick={() => keeping.editNote(article)}>
            <Icon name="note" />
            Note
          </button>
        </>
      ) : null}
      <button type="button" className="button" title="Mark read or unread (M)" onClick={onToggleRead}>
        <Icon name="circle" filled={!article.read} />
        {article.read ? 'Mark unread' : 'Mark read'}
      </button>
      {onToggleShare ? (
        <button
          type="button"
          className={`button toggle${shared ? ' is-on' : ''}`}
          aria-pressed={shared}
          title="Share or unshare (Shift+S)"
          onClick={onToggleShare}
        >
          <Icon name="share" />
          {shared ? 'Unshare' : 'Share'}
        </button>
      ) : null}
      {onShareWithNote ? (
        <button type="button" className="button" title="Share with note (Shift+D)" onClick={onShareWithNote}>
          Share with note…
        </button>
      ) : null}
      {article.link ? (
        <a className="button" href={article.link} target="_blank" rel="noopener noreferrer" title="View original (V)">
          <Icon name="external" />
          View original
        </a>
      ) : null}
      {fullText && (article.link || fullText.showing === 'full') ? (
        <button
          type="button"
          className={`button toggle${fullText.showing === 'full' ? ' is-on' : ''}`}
          aria-pressed={fullText.showing === 'full'}
          aria-busy={fullText.loading}
          disabled={fullText.loading}
          title="Full text from the web page, or the feed's text (Shift+V)"
          onClick={fullText.toggle}
        >
          <Icon name="page" />
          {fullText.loading ? 'Loading full text…' : 'Full text'}
        </button>
      ) : null}
      <ArticleRuleActions article={article} />
    </div>
  );
}
