// What a Reader item says about the person who exported it: read, starred, shared (with a note),
// liked, noted, and their labels. Google Reader put that in two places: which file (stream) the item
// is in, and its categories ("user/<id>/state/com.google/starred", "user/<id>/label/Tech"). The
// stream is exact about times (timestampUsec is when the item entered it); a category is not.
import { htmlToText } from '../../sanitize';
import type { ReaderItem } from './read';

/** Which stream a file holds. */
export type StreamKind = 'starred' | 'shared' | 'liked' | 'notes' | 'followers' | 'other';

const KIND_BY_STATE: Readonly<Record<string, StreamKind>> = {
  starred: 'starred',
  broadcast: 'shared',
  like: 'liked',
  created: 'notes',
  'broadcast-friends': 'followers',
};

const KIND_BY_FILE: Readonly<Record<string, StreamKind>> = {
  'starred.json': 'starred',
  'shared.json': 'shared',
  'liked.json': 'liked',
  'notes.json': 'notes',
  'shared-by-followers.json': 'followers',
};

/** The stream's own id decides; the file's name is the fallback. */
export function streamKind(streamId: string, fileName: string): StreamKind {
  const state = /^user\/[^/]+\/state\/com\.google\/([^/]+)$/.exec(streamId)?.[1];
  return (state && KIND_BY_STATE[state]) || KIND_BY_FILE[fileName.toLowerCase()] || 'other';
}

/** The exporter's user id from a stream id ("user/0178.../state/..."), or null. */
export function ownerOf(streamId: string): string | null {
  const id = /^user\/([^/]+)\//.exec(streamId)?.[1];
  return id && id !== '-' ? id : null;
}

/** A time and whether it is exact (from the stream) or a guess (from a category). */
export interface Stamp {
  at: number;
  exact: boolean;
}

export interface ItemState {
  read: boolean;
  starred: Stamp | null;
  shared: Stamp | null;
  liked: Stamp | null;
  note: { text: string; at: number } | null;
  labels: string[];
}

export function stateOf(item: ReaderItem, kind: StreamKind, owner: string | null, now: number): ItemState {
  const mine = (userId: string): boolean => userId === '-' || owner === null || userId === owner;
  const states = new Set<string>();
  const labels: string[] = [];
  for (const category of item.categories) {
    const m = /^user\/([^/]+)\/(state\/com\.google|label)\/(.+)$/.exec(category);
    if (!m || !mine(m[1] ?? '')) continue;
    if (m[2] === 'label') {
      const label = (m[3] ?? '').trim();
      if (label !== '' && !labels.includes(label)) labels.push(label);
    } else states.add(m[3] ?? '');
  }
  const exact = item.streamedAt;
  // When the stream does not say, the time Reader first saw the item is the best guess.
  const guess = item.crawledAt ?? item.published ?? now;
  const stamp = (inStream: boolean, byCategory: boolean): Stamp | null =>
    inStream ? { at: exact ?? guess, exact: exact !== null } : byCategory ? { at: guess, exact: false } : null;
  const own = item.annotations.filter((annotation) => annotation.userId === null || mine(annotation.userId));
  // Notes are plain text in Reader's files; kept as written, line breaks and all.
  let noteText = own.map((annotation) => annotation.content.trim()).filter((t) => t !== '').join('\n\n');
  // A note written in Reader with nothing clipped is its own content.
  if (noteText === '' && kind === 'notes') noteText = htmlToText(item.content);
  return {
    // Notes you wrote are read; everything else is as Reader had it.
    read: (states.has('read') && !states.has('kept-unread')) || kind === 'notes',
    starred: stamp(kind === 'starred', states.has('starred')),
    shared: stamp(kind === 'shared', states.has('broadcast')),
    liked: stamp(kind === 'liked', states.has('like')),
    note: noteText === '' ? null : { text: noteText, at: exact ?? guess },
    labels,
  };
}

/** Two files' view of one item: exact times beat guesses, and marks add up. */
export function mergeStates(a: ItemState, b: ItemState): ItemState {
  const stamp = (x: Stamp | null, y: Stamp | null): Stamp | null => (x === null ? y : y !== null && y.exact && !x.exact ? y : x);
  return {
    read: a.read || b.read,
    starred: stamp(a.starred, b.starred),
    shared: stamp(a.shared, b.shared),
    liked: stamp(a.liked, b.liked),
    note: a.note ?? b.note,
    labels: [...a.labels, ...b.labels.filter((label) => !a.labels.includes(label))],
  };
}
