// A library import's file that carries another reader's filters (#18): found here, its feeds
// planned like a list's, its rules written in the import's transaction (rules/import).
import type { ImportSkip } from '../../../shared/model';
import type { OpmlEntry } from './opml/read';
import { filtersInJson, type FiltersInFile } from '../rules/import';
import type { ImportPlan } from './plan';
import { feedUrlOf, siteUrlOf } from './urls';

/** Filter exports are small; a larger JSON file is read as Reader items without being parsed whole first. */
const MAX_FILTERS_FILE_BYTES = 16 * 1024 * 1024;

/** Only a JSON file whose start names filters or Miniflux feeds is parsed whole to look. */
export function filtersInJsonFile(json: Buffer): FiltersInFile | null {
  if (json.length > MAX_FILTERS_FILE_BYTES) return null;
  const head = json.subarray(0, 4096).toString('utf8');
  if (!/"(filters|feed_url|reg_exp)"\s*:/.test(head)) return null;
  try {
    return filtersInJson(JSON.parse(json.toString('utf8')));
  } catch {
    return null;
  }
}

/** Miniflux's feeds are subscriptions too, in their category's folder. */
export function planMinifluxFeeds(plan: ImportPlan, found: FiltersInFile): void {
  if (found.kind !== 'miniflux' || typeof found.feeds !== 'object' || found.feeds === null || !('feeds' in found.feeds)) return;
  const feeds = Array.isArray(found.feeds.feeds) ? (found.feeds.feeds as unknown[]) : [];
  const entries: OpmlEntry[] = [];
  const skipped: ImportSkip[] = [];
  for (const feed of feeds) {
    const record = feed as { feed_url?: unknown; title?: unknown; site_url?: unknown; category?: { title?: unknown } | null };
    const raw = typeof record.feed_url === 'string' ? record.feed_url : '';
    const outcome = feedUrlOf(raw, []);
    if ('reason' in outcome) {
      skipped.push({ item: raw, reason: outcome.reason });
      continue;
    }
    const category = typeof record.category?.title === 'string' && record.category.title.trim() !== '' ? [record.category.title.trim()] : [];
    entries.push({
      kind: 'feed',
      url: outcome.url,
      title: typeof record.title === 'string' ? record.title : '',
      siteUrl: siteUrlOf(typeof record.site_url === 'string' ? record.site_url : null),
      folder: category,
      alsoIn: [],
    });
  }
  plan.addOpml({ title: 'Miniflux', entries, links: [], skipped });
}
