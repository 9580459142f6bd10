// One subscription's icon, looked for in this order: what the feed declares as its icon (JSON Feed
// `favicon`, Atom `<icon>`), what the site's page declares (page-icons.ts), the site's
// /favicon.ico, and last the feed's larger logos. The first answer that is really a PNG, ICO, GIF,
// JPEG or WebP of at most 256 KiB wins; anything else (HTML error pages, SVG) is passed over.
import type { FeedImages } from '../feed-types';
import { FetchError, fetchFeed } from '../fetch/http';
import { sniffImage } from '../images/sniff';
import { decodeDocument } from '../parse/charset';
import type { FoundIcon } from '../store';
import { pageIcons } from './page-icons';

export interface IconSources {
  /** What the feed declared at its last parse; null when that is not known (the refresh was a 304). */
  declared: FeedImages | null;
  /** The site's home page: the feed's site_url, else the origin of its URL; null: do not ask the site. */
  pageUrl: string | null;
}

export interface IconLookup {
  icon: FoundIcon | null;
  /** False when no server answered at all (offline, DNS): worth asking again sooner. */
  reached: boolean;
}

export interface FindIconOptions {
  signal?: AbortSignal;
  /** Per request. */
  deadlineMs?: number;
  maxIconBytes?: number;
}

export const maxIconBytes = 256 * 1024;
const maxPageBytes = 2 * 1024 * 1024;
/** <link> tags live in <head>; the rest of a large page is not read. */
const scannedPageChars = 512 * 1024;
/** Icon requests per lookup, page not counted: a site that serves none costs little. */
const maxAttempts = 5;
const pageLinksTried = 3;

const iconTypes = new Set(['image/png', 'image/x-icon', 'image/gif', 'image/jpeg', 'image/webp']);
const iconAccept = 'image/png,image/x-icon,image/webp,image/gif,image/jpeg;q=0.9,image/*;q=0.5';
const pageAccept = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

export async function findIcon(sources: IconSources, options: FindIconOptions = {}): Promise<IconLookup> {
  const tried = new Set<string>();
  let reached = false;
  const attempt = async (url: string): Promise<FoundIcon | null> => {
    if (tried.has(url) || tried.size >= maxAttempts) return null;
    tried.add(url);
    const answer = await fetchIcon(url, options);
    reached ||= answer.reached;
    return answer.icon;
  };
  const firstOf = async (urls: readonly string[]): Promise<FoundIcon | null> => {
    for (const url of urls) {
      const icon = await attempt(url);
      if (icon) return icon;
    }
    return null;
  };

  const declared = await firstOf(sources.declared?.icons ?? []);
  if (declared) return { icon: declared, reached: true };

  if (sources.pageUrl !== null) {
    const page = await fetchPage(sources.pageUrl, options);
    reached ||= page.reached;
    const fromSite = await firstOf([...page.icons.slice(0, pageLinksTried), new URL('/favicon.ico', page.url).href]);
    if (fromSite) return { icon: fromSite, reached: true };
  }
  const logo = await firstOf(sources.declared?.logos ?? []);
  return { icon: logo, reached: reached || tried.size === 0 };
}

async function fetchIcon(url: string, options: FindIconOptions): Promise<{ icon: FoundIcon | null; reached: boolean }> {
  try {
    const outcome = await fetchFeed(url, {
      accept: iconAccept,
      maxBytes: options.maxIconBytes ?? maxIconBytes,
      deadlineMs: options.deadlineMs ?? 15_000,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (outcome.kind !== 'fetched') return { icon: null, reached: true };
    const { body, url: sourceUrl } = outcome.document;
    // The bytes decide, not the Content-Type: servers send .ico as anything from image/x-icon to
    // text/plain, and an HTML "not found" page as image/png.
    const kind = sniffImage(body);
    const icon = kind && iconTypes.has(kind.contentType) ? { contentType: kind.contentType, data: body, sourceUrl } : null;
    return { icon, reached: true };
  } catch (error) {
    return { icon: null, reached: answered(error) };
  }
}

async function fetchPage(pageUrl: string, options: FindIconOptions): Promise<{ url: string; icons: string[]; reached: boolean }> {
  try {
    const outcome = await fetchFeed(pageUrl, {
      accept: pageAccept,
      maxBytes: maxPageBytes,
      deadlineMs: options.deadlineMs ?? 15_000,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (outcome.kind !== 'fetched') return { url: pageUrl, icons: [], reached: true };
    const { document } = outcome;
    const html = decodeDocument(document.body.subarray(0, scannedPageChars), document.contentType).text;
    return { url: document.url, icons: pageIcons(html, document.url), reached: true };
  } catch (error) {
    return { url: pageUrl, icons: [], reached: answered(error) };
  }
}

/** An HTTP status means a server answered; a refused connection or a failed name lookup does not. */
function answered(error: unknown): boolean {
  return error instanceof FetchError && error.status !== null;
}
