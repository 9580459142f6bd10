// Settings are one row per key, the value as JSON; shared/settings.ts says which keys exist and
// what values they take, so a stored value that no longer fits falls back to its default.
import { defaultSettings, settingOrDefault, type SettingKey, type Settings } from '../../../shared/settings';
import { prepared, type Db } from './database';

export interface SettingRow {
  key: string;
  value: string;
}

export function readSettings(db: Db): Settings {
  return settingsFromRows(readSettingRows(db));
}

/** The rows as stored, unchecked: cheap to read and compare (settings-group.ts). */
export function readSettingRows(db: Db): SettingRow[] {
  return prepared<[], SettingRow>(db, 'SELECT key, value FROM settings ORDER BY key').all();
}

export function settingsFromRows(rows: readonly SettingRow[]): Settings {
  const stored = new Map<string, unknown>();
  for (const row of rows) {
    try {
      stored.set(row.key, JSON.parse(row.value) as unknown);
    } catch {
      // An unreadable value is as good as absent: the default applies.
    }
  }
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(defaultSettings) as SettingKey[]) settings[key] = settingOrDefault(key, stored.get(key));
  return settings as Settings;
}

export function writeSettings(db: Db, changes: Partial<Settings>): void {
  const upsert = prepared(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) upsert.run(key, JSON.stringify(value));
  }
}
