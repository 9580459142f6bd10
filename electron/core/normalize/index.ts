// The normalize stage: after it, every item has a unique, stable id, a clean title, absolute URLs
// (http and https only) and a thumbnail where one can be found. Content stays raw HTML for the
// sanitize stage, which resolves its relative URLs against `base`. Pure: safe in a worker thread.

import type { FeedImages, ParsedFeed, ParsedItem } from '../feed-types';
import { htmlToText } from '../sanitize/text';
import { itemId } from './ids';
import { cleanAuthor, cleanTitle, titleFromText } from './text';
import { firstImage } from './thumbnail';
import { webUrl } from './urls';

export function normalizeFeed(feed: ParsedFeed, feedUrl: string): ParsedFeed {
  const feedBase = webUrl(feedUrl, null);
  const link = webUrl(feed.link, feedBase);
  const seen = new Set<string>();
  const items: ParsedItem[] = [];
  for (const raw of feed.items) {
    const item = normalizeItem(raw, feedBase);
    // Two items with one id would overwrite each other in storage; the first one wins.
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    items.push(item);
  }
  return {
    ...feed,
    title: cleanTitle(feed.title) || hostOf(link ?? feedBase),
    link,
    ttlMinutes: positive(feed.ttlMinutes),
    items,
    ...(feed.images ? { images: feedImages(feed.images, feedBase) } : {}),
  };
}

function feedImages(images: FeedImages, feedBase: string | null): FeedImages {
  const web = (urls: readonly string[]) => urls.flatMap((url) => webUrl(url, feedBase) ?? []);
  return { icons: web(images.icons), logos: web(images.logos) };
}

function normalizeItem(item: ParsedItem, feedBase: string | null): ParsedItem {
  // xml:base (already absolute from parse) or the feed's URL: what relative item URLs mean.
  const base = item.base ? webUrl(item.base, feedBase) ?? feedBase : feedBase;
  const link = webUrl(item.link, base);
  // Relative URLs inside content most often come from the article's page, so its link is the
  // better base when the feed gave no xml:base.
  const contentBase = (item.base ? base : null) ?? link ?? feedBase;
  const title = cleanTitle(item.title) || titleFromText(htmlToText(item.summary) || htmlToText(item.content));
  return {
    ...item,
    id: itemId(item.id, link, item.title, item.content),
    title,
    link,
    published: validDate(item.published),
    updated: validDate(item.updated),
    author: cleanAuthor(item.author),
    enclosures: enclosures(item, base),
    thumbnail: webUrl(item.thumbnail, base) ?? firstImage(item.content, contentBase),
    base: contentBase,
  };
}

function enclosures(item: ParsedItem, base: string | null): ParsedItem['enclosures'] {
  const byUrl = new Map<string, ParsedItem['enclosures'][number]>();
  for (const e of item.enclosures) {
    const url = webUrl(e.url, base);
    if (url === null || byUrl.has(url)) continue;
    const length = e.length !== null && Number.isFinite(e.length) && e.length > 0 ? Math.floor(e.length) : null;
    byUrl.set(url, { url, type: e.type?.trim().toLowerCase() || null, length });
  }
  return [...byUrl.values()];
}

function positive(minutes: number | null): number | null {
  return minutes !== null && Number.isFinite(minutes) && minutes > 0 ? Math.round(minutes) : null;
}

function validDate(date: Date | null): Date | null {
  return date !== null && !Number.isNaN(date.getTime()) ? date : null;
}

function hostOf(url: string | null): string {
  if (url === null) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
