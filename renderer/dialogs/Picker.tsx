// "g u" and "g t": type part of a name, pick with the arrow keys and Enter. A combobox over a
// listbox, so screen readers follow the highlighted choice.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { Dialog } from '../ui/Dialog';
import { fuzzyFilter } from './fuzzy';

export interface PickerItem<T> {
  key: string;
  label: string;
  detail?: string;
  value: T;
}

interface Props<T> {
  title: string;
  placeholder: string;
  items: readonly PickerItem<T>[];
  onPick: (value: T) => void;
  onClose: () => void;
}

export function Picker<T>({ title, placeholder, items, onPick, onClose }: Props<T>) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ids = useId();
  const matches = useMemo(
    () => fuzzyFilter(items, query, (item) => (item.detail ? `${item.detail}/${item.label}` : item.label)),
    [items, query],
  );
  const current = matches[Math.min(active, matches.length - 1)];

  const pick = (item: PickerItem<T> | undefined) => {
    if (!item) return;
    onClose();
    onPick(item.value);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(matches.length - 1, index + 1));
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(0, index - 1));
    else if (event.key === 'Enter') pick(current);
    else return;
    event.preventDefault();
  };

  return (
    <Dialog title={title} className="picker-dialog" onClose={onClose}>
      <input
        className="picker-input"
        role="combobox"
        aria-label={title}
        aria-expanded="true"
        aria-controls={`${ids}-list`}
        aria-activedescendant={current ? `${ids}-${current.key}` : undefined}
        aria-autocomplete="list"
        placeholder={placeholder}
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${ids}-list`} className="picker-list" role="listbox" aria-label="Matches">
        {matches.map((item) => (
          <li
            key={item.key}
            id={`${ids}-${item.key}`}
            role="option"
            aria-selected={item === current}
            className={item === current ? 'is-active' : ''}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(item)}
          >
            <span className="picker-label">{item.label}</span>
            {item.detail ? <span className="picker-detail">{item.detail}</span> : null}
          </li>
        ))}
        {matches.length === 0 ? <li className="picker-empty">Nothing matches.</li> : null}
      </ul>
    </Dialog>
  );
}
