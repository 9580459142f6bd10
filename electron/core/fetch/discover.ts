// Feed autodiscovery: the <link rel="alternate" type="application/rss+xml" href="..."> tags a web
// page declares, as absolute URLs, in page order. The caller fetches the page (and decodes it with
// parse/charset.ts), and when the page declares nothing, probes `commonFeedPaths`. The tags come
// from html-links.ts's scan, which icon finding shares.

import type { DiscoveredFeed } from '../../../shared/model';
import { mimeOf, pageLinks, relsOf } from './html-links';

export type { DiscoveredFeed } from '../../../shared/model';

/** Where sites usually keep a feed, most likely first, to probe when a page declares none. */
export const commonFeedPaths: string[] = [
  '/feed',
  '/rss',
  '/feed.xml',
  '/rss.xml',
  '/atom.xml',
  '/index.xml',
  '/feed.json',
  '/feed/',
  '/rss/',
  '/atom',
  '/index.rss',
  '/feeds/posts/default',
  '/?feed=rss2',
  '/blog/feed',
  '/blog/rss.xml',
];

const FEED_TYPES: ReadonlyMap<string, DiscoveredFeed['type']> = new Map([
  ['application/rss+xml', 'rss'],
  ['application/rdf+xml', 'rss'],
  ['application/atom+xml', 'atom'],
  ['application/feed+json', 'json'],
  ['application/json', 'json'],
  ['application/x.atom+xml', 'atom'],
  ['application/x-atom+xml', 'atom'],
  ['text/xml', 'unknown'],
  ['application/xml', 'unknown'],
]);

export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const feeds: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const link of pageLinks(html, pageUrl)) {
    const rel = relsOf(link);
    const mime = mimeOf(link);
    const type = FEED_TYPES.get(mime);
    // rel="alternate" with a feed type is the standard; rel="feed" is the HTML5 spelling.
    const isFeed = (rel.includes('alternate') && type !== undefined) || rel.includes('feed');
    if (!isFeed || rel.includes('stylesheet')) continue;
    const title = link.attrs.get('title')?.replace(/\s+/g, ' ').trim();
    // Plain application/json is JSON Feed 1.0's type, but also WordPress's REST API links.
    if (mime === 'application/json' && !/feed/i.test(`${link.attrs.get('href') ?? ''} ${title ?? ''}`)) continue;
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    feeds.push({ url: link.url, title: title ? title : null, type: type ?? 'unknown' });
  }
  return feeds;
}
