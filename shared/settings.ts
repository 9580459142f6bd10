// Every setting the person can change, with its default. Stored in the library (settings table),
// so the app, the web host and the CLI share them.
import { z } from 'zod';
import { sharedFolderSchema, shareTargetsSchema } from './sharing';

const listViewSchema = z.enum(['list', 'expanded', 'magazine', 'cards']);
export type ListView = z.output<typeof listViewSchema>;

const settingFields = {
  theme: z.enum(['system', 'light', 'dark']),
  fontFamily: z.enum(['serif', 'sans', 'mono']),
  fontSize: z.number().int().min(12).max(28),
  density: z.enum(['comfortable', 'compact']),
  listView: listViewSchema,
  /** A view chosen for one subscription or folder (keyed "feed:3", "folder:7", "all"…), over listView. */
  scopeViews: z.record(z.string().max(64), listViewSchema).refine((views) => Object.keys(views).length <= 10_000),
  listOrder: z.enum(['newest', 'oldest']),
  unreadOnly: z.boolean(),
  /** Folders the person folded away in the subscriptions pane. */
  collapsedFolders: z.array(z.number().int().positive()).max(10_000),
  /** Minutes between automatic refreshes of every feed; a feed may set its own. */
  refreshIntervalMinutes: z.number().int().min(5).max(24 * 60),
  refreshOnStart: z.boolean(),
  openLinksInBackground: z.boolean(),
  markReadOnOpen: z.boolean(),
  markReadOnScroll: z.boolean(),
  /** Ask before "mark all as read" takes more than a screenful (renderer/api/many-read.ts); it offers Undo either way. */
  confirmMarkManyRead: z.boolean(),
  /** Room on disk for kept images; past it the least recently used go, never a starred, shared or noted article's. */
  imageCacheMegabytes: z.number().int().min(10).max(100_000),
  /** Also keep the images of every new article, not only of starred, shared and noted ones. */
  cacheRecentImages: z.boolean(),
  /** Where shared.atom, shared.json and index.html are written after each share; null for nowhere. */
  sharedFolder: sharedFolderSchema,
  shareTargets: shareTargetsSchema,
  /** Read articles first seen longer ago than this are deleted after a refresh, unless kept; null keeps all. */
  retentionDays: z.number().int().min(0).max(36_500).nullable(),
  /** Desktop app: keep running in the tray, refreshing, when the window is closed (Linux, Windows). */
  runInBackground: z.boolean(),
  /** Desktop app: feeds whose new articles are announced in a desktop notification. */
  notifyFeedIds: z.array(z.number().int().positive()).max(10_000),
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
  scopeViews: {},
  listOrder: 'newest',
  unreadOnly: false,
  collapsedFolders: [],
  refreshIntervalMinutes: 30,
  refreshOnStart: true,
  openLinksInBackground: false,
  markReadOnOpen: true,
  markReadOnScroll: false,
  confirmMarkManyRead: false,
  imageCacheMegabytes: 500,
  cacheRecentImages: false,
  sharedFolder: null,
  shareTargets: [],
  retentionDays: 90,
  runInBackground: true,
  notifyFeedIds: [],
};

/** One stored value, if it still fits its setting; otherwise that setting's default. */
export function settingOrDefault<K extends SettingKey>(key: K, stored: unknown): Settings[K] {
  const parsed = settingFields[key].safeParse(stored);
  return parsed.success ? (parsed.data as Settings[K]) : defaultSettings[key];
}
