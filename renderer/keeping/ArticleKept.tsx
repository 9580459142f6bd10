// What the person kept on an article, shown with it: its labels and their note.
import type { Article } from '../../shared/model';
import { useKeepingActions } from './keeping-context';
import '../styles/keeping.css';

export function ArticleKept({ article }: { article: Article }) {
  const keeping = useKeepingActions();
  const shown = keeping ? keeping.view(article) : article;
  if (shown.labels.length === 0 && shown.note === null) return null;
  return (
    <div className="article-kept">
      {shown.labels.length > 0 ? (
        <ul className="label-chips" aria-label="Labels">
          {shown.labels.map((label) => (
            <li key={label.id} className="label-chip">
              {label.name}
            </li>
          ))}
        </ul>
      ) : null}
      {shown.note !== null ? (
        <figure className="article-note">
          <figcaption>Your note</figcaption>
          <blockquote aria-label="Your note">{shown.note}</blockquote>
          {keeping ? (
            <button type="button" className="link-button" onClick={() => keeping.editNote(article)}>
              Edit note
            </button>
          ) : null}
        </figure>
      ) : null}
    </div>
  );
}
