// A saved search (Google Reader's "search folders"): what was typed and where and when to look,
// kept under a name and shown in the sidebar as a view with its unread count.
import type { ArticleScope } from './model';

/** "Past week" stays the past week: a saved search keeps the period, not the date it was saved on. */
export const searchPeriods = ['any', 'day', 'week', 'month', 'year'] as const;
export type SavedSearchPeriod = (typeof searchPeriods)[number];

export const savedPeriodDays: Record<Exclude<SavedSearchPeriod, 'any'>, number> = { day: 1, week: 7, month: 31, year: 366 };

export interface SavedSearch {
  id: number;
  name: string;
  query: string;
  scope: ArticleScope;
  period: SavedSearchPeriod;
  /** Unread articles it finds, counted up to `unreadCap`; at the cap the sidebar shows "1000+". */
  unread: number;
}

/** Counting stops here: the sidebar needs "many", not the exact number, and counting further costs time. */
export const unreadCap = 1000;
