// The option element every list-like view wraps its row in: the selection, the accessible name,
// the position in the set, and a click that opens the article.
import type { ReactNode } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { accessibleName, optionId } from './row-name';

interface Props {
  article: ArticleSummary;
  index: number;
  setSize: number;
  selected: boolean;
  open: boolean;
  className: string;
  onOpen: (article: ArticleSummary) => void;
  children: ReactNode;
}

export function ArticleOption({ article, index, setSize, selected, open, className, onOpen, children }: Props) {
  const classes = [className, article.read ? 'is-read' : 'is-unread', selected ? 'is-selected' : '', open ? 'is-open' : '']
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
      className={classes}
      onClick={() => onOpen(article)}
    >
      {children}
    </div>
  );
}
