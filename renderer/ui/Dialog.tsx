// A modal dialog on the native <dialog> element: Escape closes, the page behind is inert, and
// clicking the backdrop closes it too. It opens with focus in its first field (or its primary
// button when it has none), keeps Tab inside, and gives focus back where it was when it closes
// (dialog-focus.ts says why the browser's own choice is not used).
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { Icon } from './Icon';
import { initialFocusIn, keepTabInside } from './dialog-focus';

interface Props {
  title: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}

export function Dialog({ title, className, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // A layout effect: the dialog is open and its field focused before the next key press is handled.
  useLayoutEffect(() => {
    const element = dialog.current;
    const returnTo = document.activeElement;
    if (element && !element.open) element.showModal();
    if (element) initialFocusIn(element, body.current)?.focus();
    return () => {
      element?.close();
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className={`dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === dialog.current) onClose();
      }}
      onKeyDown={(event) => {
        if (dialog.current) keepTabInside(event.nativeEvent, dialog.current);
      }}
    >
      <div className="dialog-body">
        <header className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            <Icon name="close" />
          </button>
        </header>
        <div ref={body} className="dialog-content">
          {children}
        </div>
      </div>
    </dialog>
  );
}
