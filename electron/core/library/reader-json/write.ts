// Starred or shared items as a Google Reader stream object, the format FreshRSS, Inoreader and
// The Old Reader import (and we read back): states and labels as "user/-/..." categories, a share's
// note as an annotation, the source feed as origin (both Reader's "feed/<url>" and FreshRSS's feedUrl).
import type { StreamRow, StreamWhich } from '../../store';
import { LABEL_SEPARATOR } from '../../store';

const seconds = (ms: number): number => Math.floor(ms / 1000);

interface Enclosure {
  url: string;
  type: string | null;
  length: number | null;
}

export function writeReaderJson(rows: readonly StreamRow[], which: StreamWhich, now: Date): string {
  const stream = {
    id: `user/-/state/com.google/${which === 'starred' ? 'starred' : 'broadcast'}`,
    title: which === 'starred' ? 'Starred items in Tidings' : 'Shared items in Tidings',
    author: '',
    updated: seconds(now.getTime()),
    direction: 'ltr',
    items: rows.map((row) => itemOf(row, which)),
  };
  return `${JSON.stringify(stream, null, 1)}\n`;
}

function itemOf(row: StreamRow, which: StreamWhich) {
  const streamedAt = (which === 'starred' ? row.starredAt : row.sharedAt) ?? row.firstSeenAt;
  const categories = ['user/-/state/com.google/reading-list'];
  if (row.read) categories.push('user/-/state/com.google/read');
  if (row.starredAt !== null) categories.push('user/-/state/com.google/starred');
  if (row.sharedAt !== null) categories.push('user/-/state/com.google/broadcast');
  if (row.likedAt !== null) categories.push('user/-/state/com.google/like');
  for (const label of row.labels ? row.labels.split(LABEL_SEPARATOR) : []) categories.push(`user/-/label/${label}`);
  const published = row.publishedAt ?? row.firstSeenAt;
  return {
    // The feed's own guid: a reader that later fetches the same feed finds the same entry.
    id: row.guid,
    crawlTimeMsec: String(row.firstSeenAt),
    timestampUsec: `${streamedAt}000`,
    categories,
    title: row.title,
    published: seconds(published),
    updated: seconds(row.updatedAt ?? published),
    alternate: row.link ? [{ href: row.link, type: 'text/html' }] : [],
    content: { direction: 'ltr', content: row.html ?? '' },
    ...(row.author ? { author: row.author } : {}),
    enclosure: enclosuresOf(row.enclosures).map((e) => ({
      href: e.url,
      ...(e.type ? { type: e.type } : {}),
      ...(e.length ? { length: String(e.length) } : {}),
    })),
    annotations: row.note ? [{ content: row.note, author: '' }] : [],
    comments: [],
    likingUsers: [],
    origin: {
      streamId: `feed/${row.feedUrl}`,
      feedUrl: row.feedUrl,
      title: row.feedTitle || row.feedUrl,
      htmlUrl: row.siteUrl ?? '',
    },
  };
}

function enclosuresOf(json: string | null): Enclosure[] {
  try {
    const parsed: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((e): e is Enclosure => typeof e === 'object' && e !== null && typeof (e as { url?: unknown }).url === 'string') : [];
  } catch {
    return [];
  }
}
