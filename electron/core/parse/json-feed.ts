// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
// Every field is checked on its own: a field of the wrong type is ignored, not fatal, because real
// feeds get one field wrong and the rest right (lemon24's invalid.json).

import type { ParsedEnclosure, ParsedFeed, ParsedItem } from '../feed-types';
import { joinNames, personName } from './authors';
import { distinctNames } from './categories';
import { parseDate } from './dates';
import { FeedParseError } from './errors';
import { truncatedJsonFeedPrefix } from './json-repair';
import { plainToHtml } from './plain-html';

type Json = Readonly<Record<string, unknown>>;

export function parseJsonFeed(text: string): ParsedFeed {
  const data = parseJson(text);
  if (!isObject(data)) throw new FeedParseError('json', 'the document is not a JSON object');
  if (!Array.isArray(data.items)) {
    // RSS-in-JSON ({"rss": {"channel": ...}}) and other JSON are not JSON Feed.
    throw new FeedParseError('json', 'not a JSON Feed (no "items" array)');
  }
  const feedAuthor = authorsOf(data);
  return {
    format: 'json',
    title: str(data.title),
    link: str(data.home_page_url) || null,
    ttlMinutes: null,
    items: data.items.filter(isObject).map((item) => toItem(item, feedAuthor)),
    // 1.1 says `favicon` is for lists (64×64) and `icon` is large (512×512).
    images: { icons: nonEmpty(str(data.favicon)), logos: nonEmpty(str(data.icon)) },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const prefix = truncatedJsonFeedPrefix(text);
    if (prefix !== null) {
      try {
        return JSON.parse(prefix);
      } catch {
        // fall through to the original error
      }
    }
    throw new FeedParseError('json', error instanceof Error ? error.message : String(error));
  }
}

function toItem(item: Json, feedAuthor: string | null): ParsedItem {
  const published = parseDate(str(item.date_published));
  const updated = parseDate(str(item.date_modified));
  const html = str(item.content_html);
  const categories = Array.isArray(item.tags) ? distinctNames(item.tags) : [];
  return {
    id: typeof item.id === 'number' && Number.isFinite(item.id) ? String(item.id) : str(item.id),
    title: str(item.title),
    link: str(item.url) || str(item.external_url) || null,
    published: published ?? updated,
    updated,
    author: authorsOf(item) ?? feedAuthor,
    content: html || plainToHtml(str(item.content_text)),
    summary: str(item.summary),
    enclosures: Array.isArray(item.attachments) ? item.attachments.filter(isObject).flatMap(attachment) : [],
    thumbnail: str(item.image) || str(item.banner_image) || null,
    ...(categories.length > 0 ? { categories } : {}),
  };
}

/** 1.1's `authors` wins over 1.0's `author` (NetNewsWire's authors.json). */
function authorsOf(object: Json): string | null {
  const modern = Array.isArray(object.authors) ? object.authors.filter(isObject).map(authorName) : [];
  return joinNames(modern) ?? (isObject(object.author) ? joinNames([authorName(object.author)]) : null);
}

function authorName(author: Json): string {
  const name = str(author.name);
  if (name !== '') return name;
  const url = str(author.url);
  return url.toLowerCase().startsWith('mailto:') ? personName(url) : '';
}

function attachment(a: Json): ParsedEnclosure[] {
  const url = str(a.url);
  if (url === '') return [];
  const size = a.size_in_bytes;
  return [
    {
      url,
      type: str(a.mime_type).toLowerCase() || null,
      length: typeof size === 'number' && Number.isFinite(size) && size > 0 ? Math.floor(size) : null,
    },
  ];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: string): string[] {
  return value === '' ? [] : [value];
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
