// A small menu (role="menu") at a point on screen: the sidebar's context menu and the toolbar's
// "Mark as read" menu. Arrow keys move, Enter or a click chooses, Escape or a click outside closes,
// and focus goes back where it came from.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  run: () => void;
  disabled?: boolean;
  /** Makes the entry a checkbox (menuitemcheckbox), on or off. */
  checked?: boolean;
  /** The key that does the same outside the menu, shown beside the entry ("S", "Shift+S"). */
  keys?: string;
}

export interface MenuAnchor {
  x: number;
  y: number;
}

interface Props {
  label: string;
  items: readonly MenuItem[];
  anchor: MenuAnchor;
  onClose: () => void;
}

export function Menu({ label, items, anchor, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState(anchor);
  const returnTo = useRef<Element | null>(document.activeElement);

  // Kept inside the window: a menu opened near an edge opens towards the middle.
  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect();
    if (!box) return;
    setPosition({
      x: Math.max(4, Math.min(anchor.x, window.innerWidth - box.width - 4)),
      y: Math.max(4, Math.min(anchor.y, window.innerHeight - box.height - 4)),
    });
    menu.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [anchor]);

  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      if (!(event.target instanceof Node && menu.current?.contains(event.target))) onClose();
    };
    window.addEventListener('pointerdown', onPointer, true);
    return () => window.removeEventListener('pointerdown', onPointer, true);
  }, [onClose]);

  // Given back as the menu leaves the page, before a dialog its entry opens looks where focus was
  // (so closing that dialog comes back to the menu's button, not to the page).
  useLayoutEffect(() => {
    const target = returnTo.current;
    return () => {
      if (target instanceof HTMLElement && target.isConnected) target.focus();
    };
  }, []);

  const focusable = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? [])];

  const onKeyDown = (event: KeyboardEvent) => {
    const entries = focusable();
    const at = entries.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown') entries[(at + 1) % entries.length]?.focus();
    else if (event.key === 'ArrowUp') entries[(at - 1 + entries.length) % entries.length]?.focus();
    else if (event.key === 'Home') entries[0]?.focus();
    else if (event.key === 'End') entries[entries.length - 1]?.focus();
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    onClose();
    item.run();
  };

  return (
    <div
      ref={menu}
      className="menu"
      role="menu"
      aria-label={label}
      style={{ left: position.x, top: position.y }}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <div
          key={item.label}
          role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
          aria-checked={item.checked}
          tabIndex={-1}
          aria-disabled={item.disabled ? 'true' : undefined}
          className="menu-item"
          onClick={() => choose(item)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            event.stopPropagation();
            choose(item);
          }}
        >
          {item.label}
          {item.keys ? (
            <kbd className="menu-keys" aria-hidden="true">
              {item.keys}
            </kbd>
          ) : null}
        </div>
      ))}
    </div>
  );
}
