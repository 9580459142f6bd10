// The part of a URL's text that decides its site: everything up to the first "/", "?", "#" or "\"
// after its first "//". The URL parser reads the scheme, credentials, host and port from no more
// than that (an authority ends at the first of those characters), so two URLs whose texts share
// this part share their site, and joinRootPath (root-relative.ts) parses a site once for all the
// articles of a feed instead of once per article. Without a "//" the whole text is the key.

const AUTHORITY_END = /[/?#\\]/g;

export function siteKey(url: string): string {
  const slashes = url.indexOf('//');
  if (slashes === -1) return url;
  AUTHORITY_END.lastIndex = slashes + 2;
  return AUTHORITY_END.test(url) ? url.slice(0, AUTHORITY_END.lastIndex - 1) : url;
}
