// A Google Reader stream object (starred.json, shared.json, ... from a Takeout; the same format
// from Inoreader, FreshRSS and The Old Reader) to typed items. Nothing in the file is trusted:
// every field is checked for its type, and an item that is not an object is skipped with a reason.
import type { ParsedEnclosure } from '../../feed-types';
import { ImportError } from '../errors';
import type { ItemBudget } from '../limits';
import { Skips } from '../skips';
import { ReaderJsonScanner } from './scan';

export interface ReaderOrigin {
  /** "feed/<url>" for a feed; "user/<id>/source/..." for notes and other non-feed sources. */
  streamId: string;
  title: string;
  htmlUrl: string | null;
  /** FreshRSS writes the feed's address here as well. */
  feedUrl: string | null;
}

export interface ReaderItem {
  id: string | null;
  title: string;
  /** Milliseconds since the epoch. */
  published: number | null;
  updated: number | null;
  crawledAt: number | null;
  /** When the item entered this stream: for starred.json, when it was starred. */
  streamedAt: number | null;
  link: string | null;
  /** HTML as the file has it (content, else summary); sanitized later. */
  content: string;
  author: string | null;
  categories: string[];
  annotations: ReaderAnnotation[];
  comments: number;
  origin: ReaderOrigin | null;
  enclosures: ParsedEnclosure[];
}

export interface ReaderAnnotation {
  content: string;
  userId: string | null;
}

export interface ReaderStream {
  /** e.g. "user/01785607376183925700/state/com.google/starred". */
  id: string;
  title: string;
  items: ReaderItem[];
  skipped: Skips;
}

type Json = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** A number or a numeric string, scaled to milliseconds; null when absent or absurd. */
function time(value: unknown, toMs: number): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,19}$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = Math.floor(n * toMs);
  // Before 1990 or after 2200 is a unit mix-up, not a date.
  return ms > 631_152_000_000 && ms < 7_258_118_400_000 ? ms : null;
}

/** A stream read as its bytes arrive (scan.ts); each item is counted against the import's budget. */
export async function readReaderJson(chunks: AsyncIterable<Buffer>, fileName: string, budget: ItemBudget): Promise<ReaderStream> {
  const stream: ReaderStream = { id: '', title: '', items: [], skipped: new Skips() };
  const scanner = new ReaderJsonScanner(fileName, (raw, index) => {
    budget.take();
    if (!isRecord(raw)) return stream.skipped.add(`${fileName} item ${index + 1}`, 'not an item object');
    const item = readItem(raw);
    // Nothing to show or to find it by; a million of these is a file built to fill memory.
    if (item.id === null && item.link === null && item.title === '' && item.content === '') {
      return stream.skipped.add(`${fileName} item ${index + 1}`, 'an empty item (no id, title, link or content)');
    }
    stream.items.push(item);
  });
  for await (const chunk of chunks) scanner.push(chunk);
  const head = scanner.end();
  if (typeof head.version === 'string' && head.version.includes('jsonfeed.org')) {
    throw new ImportError('reader json', `${fileName} is a JSON Feed, not an export: subscribe to it instead`);
  }
  if (!head.items) throw new ImportError('reader json', `${fileName} is not a Google Reader stream (it has no "items" list)`);
  stream.id = text(head.id);
  stream.title = text(head.title);
  return stream;
}

function readItem(raw: Json): ReaderItem {
  const body = isRecord(raw.content) ? raw.content : isRecord(raw.summary) ? raw.summary : null;
  return {
    id: textOrNull(raw.id),
    title: text(raw.title),
    published: time(raw.published, 1000),
    updated: time(raw.updated, 1000),
    crawledAt: time(raw.crawlTimeMsec, 1),
    streamedAt: time(raw.timestampUsec, 0.001),
    link: firstLink(raw.alternate) ?? firstLink(raw.canonical),
    content: body ? text(body.content) : '',
    author: textOrNull(raw.author),
    categories: list(raw.categories).filter((c): c is string => typeof c === 'string'),
    annotations: list(raw.annotations).flatMap((a) =>
      isRecord(a) && text(a.content).trim() !== '' ? [{ content: text(a.content), userId: textOrNull(a.userId) }] : [],
    ),
    comments: list(raw.comments).length,
    origin: readOrigin(raw.origin),
    enclosures: list(raw.enclosure).flatMap((e) =>
      isRecord(e) && textOrNull(e.href)
        ? [{ url: text(e.href), type: textOrNull(e.type), length: typeof e.length === 'number' ? e.length : Number(e.length) || null }]
        : [],
    ),
  };
}

function firstLink(value: unknown): string | null {
  for (const link of list(value)) {
    if (isRecord(link) && textOrNull(link.href)) return text(link.href).trim();
  }
  return null;
}

function readOrigin(value: unknown): ReaderOrigin | null {
  if (!isRecord(value)) return null;
  const streamId = text(value.streamId).trim();
  if (streamId === '') return null;
  return {
    streamId,
    title: text(value.title),
    htmlUrl: textOrNull(value.htmlUrl),
    feedUrl: textOrNull(value.feedUrl),
  };
}
