// Reader items to articles ready to store. Items are grouped under their source feed, merged when
// several files hold the same item (starred and shared), and run through the same normalize and
// sanitize stages as items from a refresh.
//
// Identity: an item's guid is its link (Reader's "alternate"), else Reader's own item id. A later
// refresh of the feed then finds the same article whenever the feed identifies items by their link,
// and the import itself attaches to an article the library already has with that guid or link.
import type { ParsedFeed, ParsedItem } from '../../feed-types';
import { normalizeFeed } from '../../normalize';
import { itemId } from '../../normalize/ids';
import { webUrl } from '../../normalize/urls';
import { sanitizeFeed } from '../../sanitize';
import type { HolderFeed, ImportedItem, ItemMarks } from '../../store';
import type { ImportPlan } from '../plan';
import { feedUrlOf, siteUrlOf } from '../urls';
import type { ReaderItem, ReaderOrigin, ReaderStream } from './read';
import { mergeStates, ownerOf, stateOf, streamKind, type ItemState } from './state';

export interface NamedStream {
  fileName: string;
  stream: ReaderStream;
}

export interface ItemCounts {
  starred: number;
  shared: number;
  liked: number;
  notes: number;
  labels: number;
}

interface Pending {
  raw: ReaderItem;
  state: ItemState;
}

interface FeedGroup {
  feed: HolderFeed;
  items: Map<string, Pending>;
}

/** Where Google Reader served a stream as a feed; a stable, unique address for sources that are not feeds. */
const READER_STREAM_URL = 'https://www.google.com/reader/public/atom/';

export type Yield = (done: number, total: number) => Promise<void>;

export async function addReaderItems(
  plan: ImportPlan,
  streams: readonly NamedStream[],
  now: number,
  pause: Yield,
): Promise<ItemCounts> {
  const groups = new Map<string, FeedGroup>();
  let comments = 0;
  for (const { fileName, stream } of streams) {
    plan.skips.merge(stream.skipped);
    const kind = streamKind(stream.id, fileName);
    const owner = ownerOf(stream.id);
    for (const raw of stream.items) {
      comments += raw.comments;
      const feed = feedOf(raw.origin, stream);
      const group = groups.get(feed.url) ?? { feed, items: new Map<string, Pending>() };
      groups.set(feed.url, group);
      const key = itemKey(raw);
      const state = stateOf(raw, kind, owner, now);
      const known = group.items.get(key);
      group.items.set(key, known ? { raw: known.raw, state: mergeStates(known.state, state) } : { raw, state });
    }
  }
  if (comments > 0) plan.skips.add(`${comments} comments`, 'comments on shared items are not kept (Tidings has no comments)');

  const counts: ItemCounts = { starred: 0, shared: 0, liked: 0, notes: 0, labels: 0 };
  const labels = new Set<string>();
  const total = [...groups.values()].reduce((n, group) => n + group.items.size, 0);
  let done = 0;
  for (const { feed, items } of groups.values()) {
    plan.addHolder(feed);
    // Keyed by the article's final id: two Reader items that normalize alike become one article.
    const ready = new Map<string, { item: ParsedItem; state: ItemState }>();
    for (const { raw, state } of items.values()) {
      const item = prepare(feed, raw);
      if (!item) continue;
      const known = ready.get(item.id);
      ready.set(item.id, known ? { item: known.item, state: mergeStates(known.state, state) } : { item, state });
    }
    const imported: ImportedItem[] = [...ready.values()].map(({ item, state }) => {
      const marks = marksOf(state);
      counts.starred += marks.starredAt !== null ? 1 : 0;
      counts.shared += marks.sharedAt !== null ? 1 : 0;
      counts.liked += marks.likedAt !== null ? 1 : 0;
      counts.notes += marks.note !== null ? 1 : 0;
      for (const label of marks.labels) labels.add(label);
      return { item, marks };
    });
    plan.addGroup({ feedUrl: feed.url, items: imported });
    done += items.size;
    // Sanitizing is the slow part of a big Takeout: let the event loop (and status calls) breathe.
    await pause(done, total);
  }
  counts.labels = labels.size;
  return counts;
}

function feedOf(origin: ReaderOrigin | null, file: ReaderStream): HolderFeed {
  if (origin) {
    // "feed/<url>" is Reader's form; some exporters drop the prefix and give the bare address.
    const stream = origin.streamId.startsWith('feed/') ? origin.streamId.slice(5) : origin.streamId;
    const candidate = origin.feedUrl ?? (/^(https?|feeds?):/i.test(stream) ? stream : null);
    const resolved = candidate ? feedUrlOf(candidate, []) : null;
    if (resolved && 'url' in resolved) return { url: resolved.url, title: origin.title.trim(), siteUrl: siteUrlOf(origin.htmlUrl) };
  }
  // Notes, a friend's post, a source we cannot poll: one feed per file, named after Reader's stream, holds them.
  const id = file.id || 'user/-/state/com.google/imported';
  return { url: READER_STREAM_URL + encodeURI(id), title: origin?.title.trim() || file.title.trim() || 'Imported items', siteUrl: null };
}

/** The same item in two files: the same link, else the same Reader id, else the same words. */
function itemKey(item: ReaderItem): string {
  return webUrl(item.link, null) ?? itemId(item.id ?? '', null, item.title, item.content);
}

/** One Reader item through normalize and sanitize, as a one-item feed from its source. */
function prepare(feed: HolderFeed, raw: ReaderItem): ParsedItem | undefined {
  const parsed: ParsedFeed = {
    format: 'atom',
    title: feed.title,
    link: feed.siteUrl,
    ttlMinutes: null,
    items: [
      {
        // Empty when there is a link: normalize then uses the link, else Reader's id.
        id: webUrl(raw.link, null) ? '' : (raw.id ?? ''),
        title: raw.title,
        link: raw.link,
        published: raw.published === null ? null : new Date(raw.published),
        updated: raw.updated === null ? null : new Date(raw.updated),
        author: raw.author,
        content: raw.content,
        summary: '',
        enclosures: raw.enclosures,
        thumbnail: null,
      },
    ],
  };
  return sanitizeFeed(normalizeFeed(parsed, feed.url)).items[0];
}

function marksOf(state: ItemState): ItemMarks {
  return {
    read: state.read,
    starredAt: state.starred?.at ?? null,
    sharedAt: state.shared?.at ?? null,
    likedAt: state.liked?.at ?? null,
    note: state.note?.text ?? null,
    noteAt: state.note?.at ?? null,
    labels: state.labels,
  };
}
