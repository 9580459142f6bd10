// The element tree of an RSS 0.9x/1.0/2.0 or Atom document to our ParsedFeed. Values stay as the
// feed wrote them: URLs may be relative, HTML is unsanitized, ids may be ''. The normalize stage
// makes them absolute, stable and clean.

import type { FeedFormat, FeedImages, ParsedFeed, ParsedItem } from '../feed-types';
import { readAuthors } from './authors';
import { readCategories } from './categories';
import { parseDate } from './dates';
import { readMedia } from './media';
import { plainToHtml } from './plain-html';
import { attr, childrenNamed, childText, firstChild, firstChildText, firstText, textOf } from './xml-read';
import type { XmlElement } from './xml-tree';

// xml:base is resolved along the chain (document URL, then root, channel or entry, content).
// Where a base applies, links are made absolute here; the content's base travels on in `base`
// for sanitize.
export function toParsedFeed(root: XmlElement, format: Exclude<FeedFormat, 'json'>, documentUrl: string): ParsedFeed {
  const isAtom = format === 'atom';
  // RSS 0.9x/2.0 keeps its items in <channel>, RSS 1.0 beside it; a document with neither (<rss></rss>)
  // is an empty feed.
  const channel = isAtom ? root : (firstChild(root, 'channel') ?? root);
  const rootBase = isAtom ? null : xmlBase(root, documentUrl);
  const feedBase = xmlBase(channel, rootBase ?? documentUrl) ?? rootBase;
  const feedLinks = childrenNamed(channel, 'link');
  const link = isAtom ? alternateLink(feedLinks) : firstText(feedLinks);
  const context: ItemContext = { isAtom, documentUrl, feedBase, feedAuthor: readAuthors(channel) };
  const items = isAtom
    ? childrenNamed(root, 'entry')
    : channel === root
      ? childrenNamed(root, 'item')
      : [...childrenNamed(channel, 'item'), ...childrenNamed(root, 'item')];
  return {
    format,
    title: firstChildText(channel, 'title'),
    link: link === '' ? null : against(link, feedBase),
    ttlMinutes: ttlMinutes(channel),
    items: items.map((item) => toParsedItem(item, context)),
    images: feedImages(channel, isAtom, feedBase),
  };
}

/** Atom's <icon> is square and small; its <logo> and RSS's <image> are banners, kept as a last resort. */
function feedImages(channel: XmlElement, isAtom: boolean, feedBase: string | null): FeedImages {
  const resolved = (...values: string[]) => values.filter((value) => value !== '').map((value) => against(value, feedBase));
  if (isAtom) return { icons: resolved(firstChildText(channel, 'icon')), logos: resolved(firstChildText(channel, 'logo')) };
  return { icons: [], logos: resolved(textOf(firstChild(firstChild(channel, 'image'), 'url'))) };
}

interface ItemContext {
  isAtom: boolean;
  documentUrl: string;
  /** The root's xml:base, absolute, or null when it has none. */
  feedBase: string | null;
  feedAuthor: string | null;
}

function toParsedItem(item: XmlElement, { isAtom, documentUrl, feedBase, feedAuthor }: ItemContext): ParsedItem {
  const base = xmlBase(item, feedBase ?? documentUrl) ?? feedBase;
  const contentNode = firstChild(item, isAtom ? 'content' : 'content:encoded');
  const contentBase = xmlBase(contentNode, base ?? documentUrl) ?? base;
  // Atom entries choose among their links (and list enclosures there); an RSS item takes the first.
  const links = isAtom ? childrenNamed(item, 'link') : null;
  const guidNode = firstChild(item, 'guid');
  const guid = textOf(guidNode);
  const about = attr(item, 'rdf:about') ?? '';
  const id = (isAtom ? childText(item, 'id') : guid) || about;

  let link = links !== null ? alternateLink(links) : childText(item, 'link');
  // RSS: a guid is the item's permalink unless it says otherwise (isPermaLink="false").
  if (link === '' && guid !== '' && attr(guidNode, 'isPermaLink') !== 'false' && HTTP_URL.test(guid)) link = guid;
  // Atom: an entry whose id is an http(s) URL and that has no link is at that URL (as feedparser reads it).
  if (link === '' && isAtom && HTTP_URL.test(id)) link = id;
  if (link === '' && HTTP_URL.test(about)) link = about;

  const { content, summary } = isAtom ? atomBody(item) : rssBody(item);
  const published = firstDate(item, PUBLISHED);
  const updated = firstDate(item, UPDATED);
  const media = readMedia(item, links ?? NO_LINKS);
  const categories = readCategories(item);
  return {
    id,
    title: firstChildText(item, 'title', 'dc:title'),
    link: link === '' ? null : against(link, base),
    // Atom requires <updated>, not <published>: show the one there is.
    published: published ?? updated,
    updated,
    author: readAuthors(item) ?? feedAuthor,
    content,
    summary,
    enclosures: media.enclosures.map((e) => ({ ...e, url: against(e.url, base) })),
    thumbnail: media.thumbnail === null ? null : against(media.thumbnail, base),
    base: contentBase,
    ...(categories.length > 0 ? { categories } : {}),
  };
}

const HTTP_URL = /^https?:\/\//i;
const NO_LINKS: readonly XmlElement[] = [];
const PUBLISHED = ['pubDate', 'dc:date', 'published', 'issued', 'created'];
const UPDATED = ['updated', 'modified', 'dc:modified', 'atom:updated'];

function rssBody(item: XmlElement): { content: string; summary: string } {
  const description = firstChildText(item, 'description');
  const encoded = firstChildText(item, 'content:encoded');
  if (encoded !== '') return { content: encoded, summary: description };
  if (description !== '') return { content: description, summary: '' };
  // Podcasts and Media RSS (YouTube) may describe an item only in plain text.
  const plain = firstChildText(item, 'itunes:summary', 'media:description');
  return { content: plainToHtml(plain), summary: '' };
}

function atomBody(item: XmlElement): { content: string; summary: string } {
  const content = atomText(firstChild(item, 'content'));
  const summary = atomText(firstChild(item, 'summary'));
  if (content !== '') return { content, summary };
  const groups = childrenNamed(item, 'media:group');
  const mediaText = firstText(childrenNamed(item, 'media:description'), ...groups.map((g) => childrenNamed(g, 'media:description')));
  return { content: summary || plainToHtml(mediaText), summary: '' };
}

/** An Atom text construct as HTML. xhtml content was turned into HTML text by xml-repair. */
function atomText(node: XmlElement | undefined): string {
  const text = textOf(node);
  if (text === '') return '';
  const type = (attr(node, 'type') ?? '').toLowerCase();
  // Atom 0.3 could base64-encode content.
  if (attr(node, 'mode') === 'base64') return Buffer.from(text, 'base64').toString('utf8');
  // Only an explicit type="text" is taken at its word: feeds that leave the type out (it defaults
  // to text) mostly put HTML there anyway.
  return type === 'text' || type === 'text/plain' ? plainToHtml(text) : text;
}

/** rel="alternate" (or no rel, which means alternate), preferring HTML; else the first href. */
function alternateLink(links: readonly XmlElement[]): string {
  let first: XmlElement | undefined;
  for (const link of links) {
    if ((attr(link, 'rel') ?? 'alternate') !== 'alternate' || !attr(link, 'href')) continue;
    if (/html/i.test(attr(link, 'type') ?? 'text/html')) return attr(link, 'href') ?? '';
    first ??= link;
  }
  return first ? (attr(first, 'href') ?? '') : '';
}

function firstDate(item: XmlElement, names: readonly string[]): Date | null {
  const children = item.children;
  for (const name of names) {
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as XmlElement;
      if (child.name !== name) continue;
      const date = parseDate(textOf(child));
      if (date) return date;
    }
  }
  return null;
}

const PERIOD_MINUTES: ReadonlyMap<string, number> = new Map([
  ['hourly', 60],
  ['daily', 1_440],
  ['weekly', 10_080],
  ['monthly', 43_200],
  ['yearly', 525_600],
]);

function ttlMinutes(channel: XmlElement): number | null {
  const ttl = Number.parseInt(firstChildText(channel, 'ttl'), 10);
  if (Number.isFinite(ttl) && ttl > 0) return ttl;
  const period = firstChildText(channel, 'sy:updatePeriod').toLowerCase();
  const minutes = PERIOD_MINUTES.get(period);
  if (minutes === undefined) return null;
  const frequency = Number.parseInt(firstChildText(channel, 'sy:updateFrequency') || '1', 10);
  return Math.max(1, Math.round(minutes / (Number.isFinite(frequency) && frequency > 0 ? frequency : 1)));
}

/** A node's own xml:base resolved against the base around it, or null if it has none. */
function xmlBase(node: XmlElement | undefined, outer: string): string | null {
  const base = attr(node, 'xml:base');
  if (base === null || base === '') return null;
  try {
    return new URL(base, outer).href;
  } catch {
    return null;
  }
}

function against(url: string, base: string | null): string {
  if (base === null) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}
