// Errors from calls. The alert region is always in the page, so a new message is announced.
import { Icon } from '../../ui/Icon';

export function StatusLine({ error, onDismiss }: { error: string | null; onDismiss: () => void }) {
  return (
    <div className={`status-line${error ? ' has-error' : ''}`}>
      <div role="alert" className="status-message">
        {error ? (
          <>
            <Icon name="alert" /> {error}
          </>
        ) : null}
      </div>
      {error ? (
        <button type="button" className="icon-button" aria-label="Dismiss error" onClick={onDismiss}>
          <Icon name="close" />
        </button>
      ) : null}
    </div>
  );
}
