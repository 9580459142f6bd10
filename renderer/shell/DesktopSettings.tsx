// The settings that exist only in the desktop app, shown in the Settings dialog there and nowhere
// else. Which feeds notify is chosen per feed, in its context menu.
import type { Settings } from '../../shared/settings';
import { inDesktopApp } from './use-shell-events';

interface Props {
  settings: Settings;
  onChange: (changes: Partial<Settings>) => void;
}

export function DesktopSettings({ settings, onChange }: Props) {
  if (!inDesktopApp()) return null;
  return (
    <section aria-label="Desktop">
      <h3>Desktop</h3>
      <label className="settings-check">
        <input type="checkbox" checked={settings.runInBackground} onChange={(event) => onChange({ runInBackground: event.target.checked })} />
        <span>
          Keep refreshing when the window is closed
          <span className="settings-hint">Tidings stays in the tray (Windows and Linux); quit it from there</span>
        </span>
      </label>
      <p className="settings-hint">
        {settings.notifyFeedIds.length === 0
          ? 'To be notified of new articles, choose “Notify me of new articles” in a subscription’s menu.'
          : `New articles in ${settings.notifyFeedIds.length} subscription${settings.notifyFeedIds.length === 1 ? '' : 's'} are announced.`}
      </p>
    </section>
  );
}
