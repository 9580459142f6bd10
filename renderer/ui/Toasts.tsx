// The one notice at the foot of the window, with its action (Undo) when it has one. A polite live
// region, always in the page, so each new notice is read out.
import type { ToastsState } from '../api/use-toasts';
import { Icon } from './Icon';

export function Toasts({ toasts }: { toasts: ToastsState }) {
  const { toast, act, dismiss } = toasts;
  return (
    <div className="toast-region" role="status" aria-label="Notice">
      {toast ? (
        <div className="toast" key={toast.id}>
          <span className="toast-message">{toast.message}</span>
          {toast.action ? (
            <button type="button" className="button small toast-action" onClick={act}>
              {toast.action.label}
            </button>
          ) : null}
          <button type="button" className="icon-button small" aria-label="Dismiss notice" onClick={dismiss}>
            <Icon name="close" />
          </button>
        </div>
      ) : null}
    </div>
  );
}
