// The library the fixtures' filters are read into: two feeds in "Tech" and beside it, by URL and title.
import type { LibraryNames } from '../../../electron/core/rules/import';

const byUrl: Record<string, number> = {
  'https://harbour.example/feed.xml': 1,
  'https://notes.example/rss': 2,
  'https://news.example/atom': 3,
  'https://code.example/feed': 4,
  'https://quiet.example/feed': 5,
};
const byTitle: Record<string, number> = { 'Harbour Light': 1, 'Field Notes': 2 };

export const library: LibraryNames = {
  feedIdByUrl: (url) => byUrl[url] ?? null,
  feedIdByTitle: (title) => byTitle[title] ?? null,
  folderPathByName: (name) => (name === 'Tech' ? 'Tech' : null),
};
