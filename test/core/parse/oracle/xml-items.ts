// rss-parser's output (plus the raw nodes we asked it for) to our ParsedFeed. Values stay as the
// feed wrote them: URLs may be relative, HTML is unsanitized, ids may be ''. The normalize stage
// makes them absolute, stable and clean.

import type { FeedFormat, FeedImages, ParsedFeed, ParsedItem } from '../../../../electron/core/feed-types';
import { readAuthors } from './authors';
import { parseDate } from '../../../../electron/core/parse/dates';
import { readMedia } from './media';
import { plainToHtml } from '../../../../electron/core/parse/plain-html';
import { hidden, RAW } from './rss';
import { attr, field, firstText, nodes, textOf, type XmlNodes } from './xml-node';

// xml:base is where rss-parser loses most: it keeps no attributes of the root, entries or content.
// We read them raw and resolve the chain (document URL, then root, entry, content). Where a base
// applies, links are made absolute here; the content's base travels on in `base` for sanitize.
export function toParsedFeed(output: unknown, format: Exclude<FeedFormat, 'json'>, documentUrl: string): ParsedFeed {
  const isAtom = format === 'atom';
  const feedBase = xmlBase({ $: field(output, RAW + '$') }, documentUrl);
  const feedAuthor = readAuthors(output);
  const feedLinks = nodes(field(output, RAW + 'link'));
  const link = isAtom ? alternateLink(feedLinks) : firstText(feedLinks, field(output, 'link'));
  const context: ItemContext = { isAtom, documentUrl, feedBase, feedAuthor };
  return {
    format,
    title: firstText(field(output, RAW + 'title'), field(output, 'title')),
    link: link === '' ? null : against(link, feedBase),
    ttlMinutes: ttlMinutes(output),
    items: nodes(field(output, 'items')).map((item) => toParsedItem(item, context)),
    images: feedImages(output, isAtom, feedBase),
  };
}

/** Atom's <icon> is square and small; its <logo> and RSS's <image> are banners, kept as a last resort. */
function feedImages(output: unknown, isAtom: boolean, feedBase: string | null): FeedImages {
  const resolved = (...values: string[]) => values.filter((value) => value !== '').map((value) => against(value, feedBase));
  if (isAtom) {
    return { icons: resolved(firstText(field(output, RAW + 'icon'))), logos: resolved(firstText(field(output, RAW + 'logo'))) };
  }
  return { icons: [], logos: resolved(textOf(field(field(output, 'image'), 'url'))) };
}

interface ItemContext {
  isAtom: boolean;
  documentUrl: string;
  /** The root's xml:base, absolute, or null when it has none. */
  feedBase: string | null;
  feedAuthor: string | null;
}

function toParsedItem(item: unknown, { isAtom, documentUrl, feedBase, feedAuthor }: ItemContext): ParsedItem {
  // Our raw '$' field is the attribute object itself; wrap it to read it like any node.
  const attrs = { $: field(item, RAW + '$') };
  const base = xmlBase(attrs, feedBase ?? documentUrl) ?? feedBase;
  const contentNode = nodes(field(item, RAW + hidden(isAtom ? 'content' : 'content:encoded')))[0];
  const contentBase = xmlBase(contentNode, base ?? documentUrl) ?? base;
  const links = nodes(field(item, RAW + 'link'));
  const guidNode = nodes(field(item, RAW + 'guid'))[0];
  const guid = textOf(guidNode);
  const about = attr(attrs, 'rdf:about') ?? '';

  let link = isAtom ? alternateLink(links) : firstText(links);
  // RSS: a guid is the item's permalink unless it says otherwise (isPermaLink="false").
  if (link === '' && guid !== '' && attr(guidNode, 'isPermaLink') !== 'false' && /^https?:\/\//i.test(guid)) link = guid;
  if (link === '' && /^https?:\/\//i.test(about)) link = about;

  const { content, summary } = isAtom ? atomBody(item) : rssBody(item);
  const published = firstDate(item, ['pubDate', 'dc:date', hidden('published'), 'issued', 'created']);
  const updated = firstDate(item, [hidden('updated'), 'modified', 'dc:modified', 'atom:updated']);
  const media = readMedia(item, isAtom ? links : []);
  return {
    id: firstText(isAtom ? field(item, RAW + 'id') : guid, about),
    title: firstText(field(item, RAW + 'title'), field(item, RAW + 'dc:title')),
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
  };
}

function rssBody(item: unknown): { content: string; summary: string } {
  const description = firstText(field(item, RAW + hidden('description')));
  const encoded = firstText(field(item, RAW + hidden('content:encoded')));
  if (encoded !== '') return { content: encoded, summary: description };
  if (description !== '') return { content: description, summary: '' };
  // Podcasts and Media RSS (YouTube) may describe an item only in plain text.
  const plain = firstText(field(item, RAW + 'itunes:summary'), field(item, RAW + 'media:description'));
  return { content: plainToHtml(plain), summary: '' };
}

function atomBody(item: unknown): { content: string; summary: string } {
  const content = atomText(nodes(field(item, RAW + hidden('content')))[0]);
  const summary = atomText(nodes(field(item, RAW + 'summary'))[0]);
  if (content !== '') return { content, summary };
  const groups = nodes(field(item, RAW + 'media:group'));
  const mediaText = firstText(field(item, RAW + 'media:description'), ...groups.map((g) => field(g, 'media:description')));
  return { content: summary || plainToHtml(mediaText), summary: '' };
}

/** An Atom text construct as HTML. xhtml content was turned into HTML text by xml-repair. */
function atomText(node: unknown): string {
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
function alternateLink(links: XmlNodes): string {
  const alternates = links.filter((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate' && attr(l, 'href'));
  const html = alternates.find((l) => /html/i.test(attr(l, 'type') ?? 'text/html'));
  const chosen = html ?? alternates[0];
  return chosen ? (attr(chosen, 'href') ?? '') : '';
}

function firstDate(item: unknown, names: readonly string[]): Date | null {
  for (const name of names) {
    for (const node of nodes(field(item, RAW + name))) {
      const date = parseDate(textOf(node));
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

function ttlMinutes(output: unknown): number | null {
  const ttl = Number.parseInt(firstText(field(output, RAW + 'ttl')), 10);
  if (Number.isFinite(ttl) && ttl > 0) return ttl;
  const period = firstText(field(output, RAW + 'sy:updatePeriod')).toLowerCase();
  const minutes = PERIOD_MINUTES.get(period);
  if (minutes === undefined) return null;
  const frequency = Number.parseInt(firstText(field(output, RAW + 'sy:updateFrequency')) || '1', 10);
  return Math.max(1, Math.round(minutes / (Number.isFinite(frequency) && frequency > 0 ? frequency : 1)));
}

/** A node's own xml:base resolved against the base around it, or null if it has none. */
function xmlBase(node: unknown, outer: string): string | null {
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
