// One row of the subscriptions pane: a smart view, a folder or a feed. Its accessible name says
// what it is, how many unread articles it has and whether it is failing.
import type { ReactNode } from 'react';

interface Props {
  title: string;
  count: number;
  /** What the count counts, for the accessible name: "unread" or "starred". */
  countNoun?: string;
  active: boolean;
  icon: ReactNode;
  error?: string | null;
  onSelect: () => void;
}

export function ScopeButton({ title, count, countNoun = 'unread', active, icon, error, onSelect }: Props) {
  const name = [title, `${count} ${countNoun}`, error ? `error: ${error}` : null].filter(Boolean).join(', ');
  return (
    <button
      type="button"
      className={`scope${active ? ' is-active' : ''}${count > 0 ? ' has-count' : ''}${error ? ' has-error' : ''}`}
      aria-current={active ? 'page' : undefined}
      aria-label={name}
      onClick={onSelect}
    >
      <span className="scope-icon">{icon}</span>
      <span className="scope-title">{title}</span>
      {error ? (
        <span className="scope-error" title={error}>
          !
        </span>
      ) : null}
      {count > 0 ? <span className="scope-count">{count}</span> : null}
    </button>
  );
}
