// The person's settings: shown at once when changed, saved through updateSettings, and put back
// if saving fails. Until the library answers, the defaults apply. A change made elsewhere (another
// window or tab, the CLI) arrives as settingsChanged and is read again; see use-settings-follow.ts
// for why this window's own quick changes are never undone by it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../../shared/contract';
import { defaultSettings, type Settings } from '../../shared/settings';
import { useLiveEvent } from './events';
import { SettingsFollower } from './use-settings-follow';
import type { Report } from './use-status';

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  update: (changes: Partial<Settings>) => void;
}

export function useSettings(client: Client, report: Report): SettingsState {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [loaded, setLoaded] = useState(false);
  const latest = useRef(settings);
  latest.current = settings;
  // Saves run one after another, so the library ends with the newest change.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const follower = useRef<SettingsFollower | null>(null);
  follower.current ??= new SettingsFollower(() => client.getSettings({}), (stored) => {
    latest.current = stored;
    setSettings(stored);
  });
  useLiveEvent('settingsChanged', () => follower.current?.changedElsewhere());

  useEffect(() => {
    let live = true;
    client.getSettings({}).then(
      (stored) => {
        if (!live) return;
        setSettings(stored);
        setLoaded(true);
      },
      (error: unknown) => {
        if (live) setLoaded(true);
        report(error, 'Loading settings');
      },
    );
    return () => {
      live = false;
    };
  }, [client, report]);

  const update = useCallback(
    (changes: Partial<Settings>) => {
      const before = latest.current;
      const next = { ...before, ...changes };
      latest.current = next;
      setSettings(next);
      const saved = follower.current?.saving();
      queue.current = queue.current
        .then(() =>
          client.updateSettings(changes).catch((error: unknown) => {
            setSettings((current) => ({ ...current, ...pick(before, changes) }));
            report(error, 'Saving settings');
          }),
        )
        .finally(() => saved?.());
    },
    [client, report],
  );

  return { settings, loaded, update };
}

/** The values `before` had for the keys `changes` names. */
function pick(before: Settings, changes: Partial<Settings>): Partial<Settings> {
  return Object.fromEntries(Object.keys(changes).map((key) => [key, before[key as keyof Settings]])) as Partial<Settings>;
}
