// Feed autodiscovery: the <link rel="alternate" type="application/rss+xml" href="..."> tags a web
// page declares, as absolute URLs, in page order. The caller fetches the page (and decodes it with
// parse/charset.ts), and when the page declares nothing, probes `commonFeedPaths`. A tag scan
// rather than an HTML parser: we need only <base> and <link>, outside comments and scripts.

import { decodeHTMLAttribute } from 'entities';

import type { DiscoveredFeed } from '../../../shared/model';

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

const TAG = /<(link|base)\b((?:[^"'<>]|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`]+)))?/g;

export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const visible = withoutCommentsAndScripts(html);
  let base = pageUrl;
  const feeds: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const m of visible.matchAll(TAG)) {
    const attrs = attributes(m[2] ?? '');
    const href = attrs.get('href');
    if (href === undefined || href.trim() === '') continue;
    if ((m[1] ?? '').toLowerCase() === 'base') {
      // Only the first <base href> counts, as in a browser.
      if (base === pageUrl) base = absolute(href, pageUrl) ?? pageUrl;
      continue;
    }
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const mime = (attrs.get('type') ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
    const type = FEED_TYPES.get(mime);
    // rel="alternate" with a feed type is the standard; rel="feed" is the HTML5 spelling.
    const isFeed = (rel.includes('alternate') && type !== undefined) || rel.includes('feed');
    if (!isFeed || rel.includes('stylesheet')) continue;
    const title = attrs.get('title')?.replace(/\s+/g, ' ').trim();
    // Plain application/json is JSON Feed 1.0's type, but also WordPress's REST API links.
    if (mime === 'application/json' && !/feed/i.test(`${href} ${title ?? ''}`)) continue;
    const url = absolute(href, base);
    if (url === null || seen.has(url)) continue;
    seen.add(url);
    feeds.push({ url, title: title ? title : null, type: type ?? 'unknown' });
  }
  return feeds;
}

function attributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = (m[1] ?? '').toLowerCase();
    if (name !== '' && !attrs.has(name)) attrs.set(name, decodeHTMLAttribute(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

function absolute(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Link tags inside comments, scripts or templates are not the page's. */
function withoutCommentsAndScripts(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|template|noscript)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ');
}
