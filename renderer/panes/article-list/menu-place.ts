// Where an article's menu opens from the keyboard, and what has focus while it is open (so Escape
// gives focus back there): below the selected row, the list holding focus with that row as its
// active one; below the open article's header when focus is in the reader.
import type { ArticleId } from '../../../shared/model';
import type { MenuAnchor } from '../../ui/Menu';
import { optionId } from './row-name';

/** Below a box, a little in from its left edge, as the sidebar's menu opens from its keys. */
const below = (element: Element): MenuAnchor => {
  const box = element.getBoundingClientRect();
  return { x: box.left + 24, y: box.bottom };
};

/** True when focus is in the reader pane: the menu is then the open article's. */
export function focusInReader(): boolean {
  return document.activeElement?.closest('.reader-pane') != null;
}

/** True when focus is in the subscriptions pane, whose rows have menus of their own (or none). */
export function focusInSidebar(): boolean {
  return document.activeElement?.closest('.sidebar') != null;
}

export function readerMenuAnchor(): MenuAnchor | null {
  const header = document.querySelector('.reader-pane .reader-header');
  return header ? below(header) : null;
}

/**
 * Focuses the list on the row (the listbox, whose active descendant is the row; in the expanded
 * view, the article itself) and answers where the menu opens: below the row, or at the list's top
 * when the row is scrolled out of the page.
 */
export function focusRowForMenu(articleId: ArticleId): MenuAnchor | null {
  const list = document.querySelector<HTMLElement>('.list-scroll');
  if (!list) return null;
  const option = document.getElementById(optionId(articleId));
  const item = list.querySelector<HTMLElement>('.expanded-item[aria-current="true"]');
  const row = option ?? item;
  (item ?? list).focus({ preventScroll: true });
  if (row) return below(row);
  const box = list.getBoundingClientRect();
  return { x: box.left + 24, y: box.top + 8 };
}
