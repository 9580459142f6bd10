// Settings for reading offline: how much room kept images may take, and whether to keep the
// images of every new article too. Starred, shared and noted articles' images are always kept.
import { useId } from 'react';
import type { Settings } from '../../shared/settings';

interface Props {
  settings: Pick<Settings, 'imageCacheMegabytes' | 'cacheRecentImages'>;
  onChange: (changes: Partial<Settings>) => void;
}

const sizes = [100, 250, 500, 1000, 2000, 5000];

function sizeLabel(megabytes: number): string {
  return megabytes >= 1000 ? `${megabytes / 1000} GB` : `${megabytes} MB`;
}

export function OfflineSettings({ settings, onChange }: Props) {
  const ids = useId();
  return (
    <section aria-labelledby={`${ids}-offline`}>
      <h3 id={`${ids}-offline`}>Reading offline</h3>
      <p className="settings-hint">
        Starred, shared and noted articles keep their full text and images on this computer, and are never evicted.
      </p>
      <div className="settings-row">
        <label htmlFor={`${ids}-cap`}>Room for kept images</label>
        <select
          id={`${ids}-cap`}
          className="select"
          value={settings.imageCacheMegabytes}
          onChange={(event) => onChange({ imageCacheMegabytes: Number(event.target.value) })}
        >
          {[...new Set([...sizes, settings.imageCacheMegabytes])]
            .sort((a, b) => a - b)
            .map((megabytes) => (
              <option key={megabytes} value={megabytes}>
                {sizeLabel(megabytes)}
              </option>
            ))}
        </select>
      </div>
      <label className="settings-check">
        <input
          type="checkbox"
          checked={settings.cacheRecentImages}
          onChange={(event) => onChange({ cacheRecentImages: event.target.checked })}
        />
        <span>
          Also keep the images of new articles
          <span className="settings-hint">The least recently viewed go first when the room is full</span>
        </span>
      </label>
    </section>
  );
}
