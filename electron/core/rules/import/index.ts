// Other readers' filters read into rules (issue #18): pure functions, no store.
export { rulesFromMiniflux, type MinifluxExport } from './miniflux';
export { rulesFromTinyTinyRss, tinyTinyRssFiltersFromOpml } from './tiny-tiny-rss';
export type { ImportedRules, LibraryNames, SkippedFilter } from './types';
export { addImportedRules, filtersInJson, filtersInOpml, type FiltersInFile, type RulesImported } from './library-file';
