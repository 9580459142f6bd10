// A path from the root of the base's site ("/2024/05/post", the usual href inside an article)
// joined to the base without the URL parser: new URL() costs about a microsecond and a half here,
// several times per article, and for such a path its answer is the base's scheme, credentials,
// host and port, then the path unchanged. Only paths that parse to themselves qualify: none of the
// characters the parser percent-encodes or treats specially (space, quotes, <, >, `, {, }, ?, #, %,
// backslash, controls, non-ASCII), no "." or ".." segment to remove, and not "//" (another host).
import { siteKey } from './site-key';

const PLAIN_ROOT_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/;
const DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:\/|$)/;

let lastSite: string | null = null;
let lastPrefix: string | null = null;

/** The absolute http(s) URL `new URL(path, base)` would give, or undefined when the parser must decide. */
export function joinRootPath(path: string, base: string): string | undefined {
  if (!PLAIN_ROOT_PATH.test(path) || DOT_SEGMENT.test(path)) return undefined;
  // Each article is its own base, and its links mostly share a site with the last article's: the
  // prefix is parsed again only when the text it comes from changes (site-key.ts).
  const site = siteKey(base);
  if (site !== lastSite) {
    lastSite = site;
    lastPrefix = sitePrefix(base);
  }
  return lastPrefix === null ? undefined : lastPrefix + path;
}

/** "https://user@host:8080" for an http(s) base, else null. */
function sitePrefix(base: string): string | null {
  try {
    const root = new URL('/', base);
    return root.protocol === 'http:' || root.protocol === 'https:' ? root.href.slice(0, -1) : null;
  } catch {
    return null;
  }
}
