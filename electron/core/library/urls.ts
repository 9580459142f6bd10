// Feed addresses from subscription lists and Takeouts, made absolute and http(s). Lists carry
// "feed:" URLs, stray whitespace, relative paths (resolved against the outline's own site, else the
// list's address) and now and then something that is not a web address at all.
import { FetchError, toHttpUrl } from '../fetch/http';

export type UrlOutcome = { url: string } | { reason: string };

export function feedUrlOf(raw: string, bases: readonly (string | null)[]): UrlOutcome {
  const value = raw.trim();
  if (value === '') return { reason: 'no feed address' };
  try {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return { url: toHttpUrl(value) };
  } catch (error) {
    return { reason: error instanceof FetchError ? error.message.replace(/^fetch: /, '') : 'not a valid address' };
  }
  for (const base of bases) {
    if (base === null || !/^https?:/i.test(base)) continue;
    try {
      return { url: toHttpUrl(new URL(value, base).href) };
    } catch {
      // Try the next base.
    }
  }
  // "//host/feed" means "the same scheme as here", and here is a file: the web's default is https.
  if (value.startsWith('//')) {
    try {
      return { url: toHttpUrl(`https:${value}`) };
    } catch {
      // Fall through to the reason below.
    }
  }
  return { reason: 'a relative address with nothing to resolve it against' };
}

/** A site's address for display and export, or null when it is missing, not http(s), or dead. */
export function siteUrlOf(raw: string | null | undefined): string | null {
  const value = raw?.trim() ?? '';
  if (value === '') return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    // Google Reader's Takeout points some sites back at Reader's own view of the feed, long gone.
    if (/(^|\.)google\.com$/i.test(url.hostname) && url.pathname.startsWith('/reader/')) return null;
    return url.href;
  } catch {
    return null;
  }
}
