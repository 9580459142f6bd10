// Every setting the person can change, with its default. Stored in the library (settings table),
// so the app, the web host and the CLI share them.
import { z } from 'zod';

const settingFields = {
  theme: z.enum(['system', 'light', 'dark']),
  fontFamily: z.enum(['serif', 'sans', 'mono']),
  fontSize: z.number().int().min(12).max(28),
  density: z.enum(['comfortable', 'compact']),
  listView: z.enum(['list', 'expanded', 'magazine', 'cards']),
  /** Minutes between automatic refreshes of every feed; a feed may set its own. */
  refreshIntervalMinutes: z.number().int().min(5).max(24 * 60),
  refreshOnStart: z.boolean(),
  openLinksInBackground: z.boolean(),
  markReadOnOpen: z.boolean(),
  markReadOnScroll: z.boolean(),
};

export const settingsSchema = z.object(settingFields).strict();
export type Settings = z.output<typeof settingsSchema>;
export type SettingKey = keyof Settings;

/** A change names only the settings it changes. */
export const settingsChangeSchema = settingsSchema.partial();

export const defaultSettings: Settings = {
  theme: 'system',
  fontFamily: 'serif',
  fontSize: 17,
  density: 'comfortable',
  listView: 'list',
  refreshIntervalMinutes: 30,
  refreshOnStart: true,
  openLinksInBackground: false,
  markReadOnOpen: true,
  markReadOnScroll: false,
};

/** One stored value, if it still fits its setting; otherwise that setting's default. */
export function settingOrDefault<K extends SettingKey>(key: K, stored: unknown): Settings[K] {
  const parsed = settingFields[key].safeParse(stored);
  return parsed.success ? (parsed.data as Settings[K]) : defaultSettings[key];
}
