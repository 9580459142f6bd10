// The option element every list-like view wraps its row in: the selection, the accessible name,
// the position in the set, a click that opens the article, and a right-click that opens its menu.
import type { ReactNode } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import type { MenuAnchor } from '../../ui/Menu';
import { accessibleName, optionId } from './row-name';

interface Props {
  article: ArticleSummary;
  index: number;
  setSize: number;
  selected: boolean;
  open: boolean;
  /** Its menu is open. */
  menu?: boolean;
  className: string;
  onOpen: (article: ArticleSummary) => void;
  onMenu?: (article: ArticleSummary, anchor: MenuAnchor) => void;
  children: ReactNode;
}

export function ArticleOption({ article, index, setSize, selected, open, menu, className, onOpen, onMenu, children }: Props) {
  const classes = [className, article.read ? 'is-read' : 'is-unread', selected ? 'is-selected' : '', open ? 'is-open' : '', menu ? 'has-menu' : '']
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
      onContextMenu={
        onMenu
          ? (event) => {
              event.preventDefault();
              onMenu(article, { x: event.clientX, y: event.clientY });
            }
          : undefined
      }
    >
      {children}
    </div>
  );
}
