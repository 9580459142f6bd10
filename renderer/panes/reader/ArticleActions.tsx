// Star, read/unread, "view original" and full text for one article, each naming its key.
import type { ArticleSummary } from '../../../shared/model';
import type { FullTextView } from '../../api/use-full-text';
import { Icon } from '../../ui/Icon';

interface Props {
  article: ArticleSummary;
  onToggleStar: () => void;
  onToggleRead: () => void;
  /** The reader pane's full-text switch; the expanded view has none. */
  fullText?: Pick<FullTextView, 'showing' | 'loading' | 'toggle'>;
}

export function ArticleActions({ article, onToggleStar, onToggleRead, fullText }: Props) {
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
      <button type="button" className="button" title="Mark read or unread (M)" onClick={onToggleRead}>
        <Icon name="circle" filled={!article.read} />
        {article.read ? 'Mark unread' : 'Mark read'}
      </button>
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
    </div>
  );
}
