// Star, like, labels, note, read/unread and "view original" for one article, each naming its key.
import type { ArticleSummary } from '../../../shared/model';
import { useKeepingActions } from '../../keeping/keeping-context';
import { Icon } from '../../ui/Icon';

interface Props {
  article: ArticleSummary;
  onToggleStar: () => void;
  onToggleRead: () => void;
}

export function ArticleActions({ article, onToggleStar, onToggleRead }: Props) {
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
      {article.link ? (
        <a className="button" href={article.link} target="_blank" rel="noopener noreferrer" title="View original (V)">
          <Icon name="external" />
          View original
        </a>
      ) : null}
    </div>
  );
}
