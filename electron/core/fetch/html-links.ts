// The <link> tags of a web page, with their attributes and absolute hrefs, in page order. A tag
// scan rather than an HTML parser: feed discovery and icon finding need only <base> and <link>,
// outside comments and scripts, and a page may be megabytes of everything else.
import { decodeHTMLAttribute } from 'entities';

export interface PageLink {
  /** Attribute names lower-cased; the first of a repeated attribute wins, as in a browser. */
  attrs: ReadonlyMap<string, string>;
  /** The href resolved against the page's <base> (or its URL); http and https only. */
  url: string;
}

const TAG = /<(link|base)\b((?:[^"'<>]|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`]+)))?/g;

export function pageLinks(html: string, pageUrl: string): PageLink[] {
  let base = pageUrl;
  const links: PageLink[] = [];
  for (const m of withoutCommentsAndScripts(html).matchAll(TAG)) {
    const attrs = attributes(m[2] ?? '');
    const href = attrs.get('href');
    if (href === undefined || href.trim() === '') continue;
    if ((m[1] ?? '').toLowerCase() === 'base') {
      // Only the first <base href> counts, as in a browser.
      if (base === pageUrl) base = absoluteWebUrl(href, pageUrl) ?? pageUrl;
      continue;
    }
    const url = absoluteWebUrl(href, base);
    if (url !== null) links.push({ attrs, url });
  }
  return links;
}

/** A link's rel values, lower-cased ("shortcut icon" is two). */
export function relsOf(link: PageLink): string[] {
  return (link.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).filter((rel) => rel !== '');
}

/** A link's type without parameters, lower-cased; '' when it has none. */
export function mimeOf(link: PageLink): string {
  return (link.attrs.get('type') ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
}

function attributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = (m[1] ?? '').toLowerCase();
    if (name !== '' && !attrs.has(name)) attrs.set(name, decodeHTMLAttribute(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

export function absoluteWebUrl(href: string, base: string): string | null {
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
