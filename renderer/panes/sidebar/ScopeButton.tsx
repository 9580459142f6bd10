// One row of the subscriptions pane: a smart view, a folder or a feed. Its accessible name says
// what it is, how many unread articles it has and whether it is failing. Rows with a context menu
// also open it by right-click, the Menu key or Shift+F10, and from a "more" button.
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import type { MenuAnchor } from '../../ui/Menu';

interface Props {
  title: string;
  /** Left out for a view that shows no count. */
  count?: number | undefined;
  /** What the count counts, for the accessible name: "unread" or "starred". */
  countNoun?: string;
  active: boolean;
  /** Under the Shift+N / Shift+P cursor. */
  cursor?: boolean;
  icon: ReactNode;
  error?: string | null;
  onSelect: () => void;
  onMenu?: (anchor: MenuAnchor) => void;
}

export function ScopeButton({ title, count, countNoun = 'unread', active, cursor, icon, error, onSelect, onMenu }: Props) {
  const name = [title, count === undefined ? null : `${count} ${countNoun}`, error ? `error: ${error}` : null].filter(Boolean).join(', ');
  const onContextMenu = onMenu
    ? (event: MouseEvent) => {
        event.preventDefault();
        onMenu({ x: event.clientX, y: event.clientY });
      }
    : undefined;
  const onKeyDown = onMenu
    ? (event: KeyboardEvent<HTMLButtonElement>) => {
        if (event.key !== 'ContextMenu' && !(event.shiftKey && event.key === 'F10')) return;
        event.preventDefault();
        const box = event.currentTarget.getBoundingClientRect();
        onMenu({ x: box.left + 24, y: box.bottom });
      }
    : undefined;
  const classes = ['scope', active ? 'is-active' : '', cursor ? 'is-cursor' : '', count ? 'has-count' : '', error ? 'has-error' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="scope-row">
      <button
        type="button"
        className={classes}
        aria-current={active ? 'page' : undefined}
        aria-label={name}
        onClick={onSelect}
        onContextMenu={onContextMenu}
        onKeyDown={onKeyDown}
      >
        <span className="scope-icon">{icon}</span>
        <span className="scope-title">{title}</span>
        {error ? (
          <span className="scope-error" title={error}>
            !
          </span>
        ) : null}
        {count ? <span className="scope-count">{count.toLocaleString()}</span> : null}
      </button>
      {onMenu ? (
        <button
          type="button"
          className="scope-more"
          aria-label={`Actions for ${title}`}
          aria-haspopup="menu"
          onClick={(event) => {
            const box = event.currentTarget.getBoundingClientRect();
            onMenu({ x: box.left, y: box.bottom + 2 });
          }}
        >
          ⋯
        </button>
      ) : null}
    </div>
  );
}
