// Above the list: the view (list, expanded, magazine, cards), unread only or all, newest or oldest
// first, and "mark as read" for everything here or only the older articles.
import { useState } from 'react';
import type { ListOrder } from '../../../shared/model';
import type { ListView } from '../../../shared/settings';
import { Icon } from '../../ui/Icon';
import { Menu, type MenuAnchor } from '../../ui/Menu';

const views: { view: ListView; label: string; key: string }[] = [
  { view: 'list', label: 'List', key: '2' },
  { view: 'expanded', label: 'Expanded', key: '1' },
  { view: 'magazine', label: 'Magazine', key: '3' },
  { view: 'cards', label: 'Cards', key: '4' },
];

interface Props {
  view: ListView;
  order: ListOrder;
  unreadOnly: boolean;
  /** The unread view and search results have no "all / unread" choice. */
  canFilterUnread: boolean;
  /** Search results come best match first. */
  canOrder: boolean;
  canMarkRead: boolean;
  onView: (view: ListView) => void;
  onOrder: (order: ListOrder) => void;
  onUnreadOnly: (unreadOnly: boolean) => void;
  onMarkRead: (olderThanDays?: number) => void;
}

export function ListToolbar(props: Props) {
  const { view, order, unreadOnly, canFilterUnread, canOrder, canMarkRead, onView, onOrder, onUnreadOnly, onMarkRead } = props;
  const [menuAt, setMenuAt] = useState<MenuAnchor | null>(null);
  return (
    <div className="list-toolbar" role="toolbar" aria-label="List options">
      {/* View names show on hover; the icons keep the row to one line in a narrow pane. */}
      <div className="segmented" role="radiogroup" aria-label="View">
        {views.map((choice) => (
          <button
            key={choice.view}
            type="button"
            role="radio"
            aria-checked={view === choice.view}
            aria-label={choice.label}
            className={view === choice.view ? 'is-on' : ''}
            title={`${choice.label} view (${choice.key})`}
            onClick={() => onView(choice.view)}
          >
            <Icon name={choice.view} />
          </button>
        ))}
      </div>
      {canFilterUnread ? (
        <button
          type="button"
          className={`button small toggle${unreadOnly ? ' is-on' : ''}`}
          aria-pressed={unreadOnly}
          aria-label="Unread only"
          title="Show unread articles only"
          onClick={() => onUnreadOnly(!unreadOnly)}
        >
          Unread
        </button>
      ) : null}
      {canOrder ? (
      <select
        className="select small"
        aria-label="Order"
        value={order}
        onChange={(event) => onOrder(event.target.value === 'oldest' ? 'oldest' : 'newest')}
      >
        <option value="newest">Newest</option>
        <option value="oldest">Oldest</option>
      </select>
      ) : null}
      {canMarkRead ? (
        <button
          type="button"
          className="button small"
          aria-haspopup="menu"
          aria-expanded={menuAt !== null}
          title="Mark as read (Shift+A for all)"
          onClick={(event) => {
            const box = event.currentTarget.getBoundingClientRect();
            setMenuAt({ x: box.left, y: box.bottom + 4 });
          }}
        >
          Mark read…
        </button>
      ) : null}
      {menuAt ? (
        <Menu
          label="Mark as read"
          anchor={menuAt}
          onClose={() => setMenuAt(null)}
          items={[
            { label: 'All articles here', run: () => onMarkRead() },
            { label: 'Older than a day', run: () => onMarkRead(1) },
            { label: 'Older than a week', run: () => onMarkRead(7) },
          ]}
        />
      ) : null}
    </div>
  );
}
