// Other readers' filters found in a file given to the library import (#18): Tiny Tiny RSS's
// filters (its OPML export's filters outline, or its JSON) and Miniflux's keep/block rules (its
// feeds JSON). They are read into rules in the import's one transaction, after the file's feeds,
// so a rule can be scoped to a feed the same file subscribed.
import { ruleInputSchema } from '../../../../shared/rules';
import { toHttpUrl } from '../../fetch/http';
import type { Store } from '../../store';
import { compileRule, normalFolderPath } from '../compile';
import { rulesFromMiniflux } from './miniflux';
import { rulesFromTinyTinyRss, tinyTinyRssFiltersFromOpml } from './tiny-tiny-rss';
import type { ImportedRules, LibraryNames, SkippedFilter } from './types';

export type FiltersInFile = { kind: 'tiny-tiny-rss'; filters: unknown[] } | { kind: 'miniflux'; feeds: unknown };

export interface RulesImported {
  added: number;
  skipped: SkippedFilter[];
}

export function filtersInOpml(text: string): FiltersInFile | null {
  const filters = tinyTinyRssFiltersFromOpml(text);
  return filters.length > 0 ? { kind: 'tiny-tiny-rss', filters } : null;
}

/** A JSON file that is filters rather than articles: TT-RSS's `{"filters": [...]}`, or Miniflux's feeds with rules. */
export function filtersInJson(json: unknown): FiltersInFile | null {
  const record = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (record(json) && Array.isArray(json.filters)) return { kind: 'tiny-tiny-rss', filters: json.filters };
  const feeds = Array.isArray(json) ? json : record(json) && Array.isArray(json.feeds) ? json.feeds : null;
  if (feeds && feeds.length > 0 && feeds.every((feed) => record(feed) && typeof feed.feed_url === 'string')) {
    return { kind: 'miniflux', feeds: Array.isArray(json) ? { feeds: json } : json };
  }
  if (Array.isArray(json) && json.length > 0 && json.every((filter) => record(filter) && Array.isArray(filter.rules) && Array.isArray(filter.actions))) {
    return { kind: 'tiny-tiny-rss', filters: json };
  }
  return null;
}

/** Call inside the import's transaction: each rule is checked as a person's would be, and one that fails is listed. */
export function addImportedRules(store: Store, found: FiltersInFile): RulesImported {
  const names = libraryNames(store);
  const read: ImportedRules = found.kind === 'tiny-tiny-rss' ? rulesFromTinyTinyRss(found.filters, names) : rulesFromMiniflux(found.feeds, names);
  const skipped = [...read.skipped];
  let added = 0;
  for (const input of read.rules) {
    const parsed = ruleInputSchema.safeParse(input);
    if (!parsed.success) {
      skipped.push({ name: input.name, reason: parsed.error.issues.map((issue) => issue.message).join('; ') });
      continue;
    }
    try {
      compileRule(parsed.data);
    } catch (error) {
      skipped.push({ name: input.name, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    store.rules.add(parsed.data);
    added += 1;
  }
  return { added, skipped };
}

/** The library's names as the importers look them up: from the subscription list, which the import just wrote to. */
function libraryNames(store: Store): LibraryNames {
  const { folders, feeds } = store.library.subscriptionTree();
  const byId = new Map(folders.map((folder) => [folder.id, folder]));
  const pathOf = (id: number): string => {
    const parts: string[] = [];
    for (let folder = byId.get(id); folder; folder = folder.parentId === null ? undefined : byId.get(folder.parentId)) parts.unshift(folder.name);
    return normalFolderPath(parts.join('/'));
  };
  // A name two feeds share is no name: the rule is listed as skipped rather than scoped to a guess.
  const only = (ids: number[]): number | null => (ids.length === 1 ? (ids[0] ?? null) : null);
  return {
    feedIdByUrl: (url) => {
      const stored = storedUrl(url);
      return only(feeds.filter((feed) => feed.url === stored).map((feed) => feed.id));
    },
    feedIdByTitle: (title) => only(feeds.filter((feed) => feed.title === title).map((feed) => feed.id)),
    folderPathByName: (name) => {
      const named = folders.filter((folder) => folder.name === name);
      return named.length === 1 && named[0] ? pathOf(named[0].id) : null;
    },
  };
}

/** An address as the library stores it ("feed:" and case in the host undone), so the other reader's spelling finds it. */
function storedUrl(url: string): string {
  try {
    return toHttpUrl(url.trim());
  } catch {
    return url;
  }
}
