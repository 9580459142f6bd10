// What the article area shows on a library with no subscriptions: bring one in, add a feed, or
// start empty (remembered, so it does not come back).
import { Icon } from '../ui/Icon';

const dismissedKey = 'tidings.welcomeDismissed';

export function welcomeDismissed(): boolean {
  try {
    return window.localStorage.getItem(dismissedKey) === '1';
  } catch {
    return false;
  }
}

export function dismissWelcome(): void {
  try {
    window.localStorage.setItem(dismissedKey, '1');
  } catch {
    // Storage may be off; the panel then just comes back next time.
  }
}

interface Props {
  onImport: () => void;
  onAdd: () => void;
  onStartEmpty: () => void;
}

export function WelcomePanel({ onImport, onAdd, onStartEmpty }: Props) {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <Icon name="inbox" />
      <h2 id="welcome-title">Welcome to Tidings</h2>
      <p>Your library is empty. Bring your subscriptions from another reader, or start with one feed.</p>
      <div className="welcome-choices">
        <button type="button" className="button primary" onClick={onImport}>
          Import subscriptions
        </button>
        <button type="button" className="button" onClick={onAdd}>
          Add a feed
        </button>
        <button type="button" className="button" onClick={onStartEmpty}>
          Start empty
        </button>
      </div>
      <p className="settings-hint">OPML, a Google Takeout (.zip) or Reader JSON; you can also drop the file on the window.</p>
    </section>
  );
}
