// What the app is asked to open from outside: a feed: / feeds: / tidings://subscribe link (from a
// browser, via the OS), or an OPML or Takeout file (a double-click, a file dropped on the icon, a
// second launch with a path). macOS delivers these as open-url / open-file events, Windows and Linux
// as command-line arguments; all of them end up here, as plain data.
import { isAbsolute, resolve } from 'node:path';

/** The URL schemes the app registers itself for (also in electron-builder.yml's protocols). */
export const subscribeSchemes = ['feed', 'feeds', 'tidings'] as const;

export type OpenRequest = { kind: 'subscribe'; url: string } | { kind: 'import'; path: string };

/** Files the app imports when asked to open them: OPML, and a Google Takeout archive. */
const importExtensions = ['.opml', '.zip'];

function webUrl(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
    return url.href;
  } catch {
    return null;
  }
}

/**
 * The feed address a subscribe link stands for, or null:
 *   feed:https://example.org/rss      → https://example.org/rss  (the wrapped URL)
 *   feed://example.org/rss            → http://example.org/rss   (feed:// means http, by convention)
 *   feeds://example.org/rss           → https://example.org/rss
 *   tidings://subscribe?url=<encoded> → the URL given, if it is http(s)
 * Only http(s) addresses come out: a link cannot make the app fetch file:, data: or anything else.
 */
export function feedUrlFromLink(link: string): string | null {
  const trimmed = link.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'feed' || scheme === 'feeds') {
    const rest = trimmed.slice(scheme.length + 1);
    if (rest.startsWith('//')) return webUrl(`${scheme === 'feeds' ? 'https' : 'http'}:${rest}`);
    // feed:https://… wraps a whole URL (feed:feed:… is not a thing).
    return /^https?:/i.test(rest) ? webUrl(rest) : null;
  }
  if (scheme === 'tidings') {
    try {
      const url = new URL(trimmed);
      if (url.hostname !== 'subscribe' && url.pathname.replace(/^\/+/, '') !== 'subscribe') return null;
      const target = url.searchParams.get('url');
      return target ? (feedUrlFromLink(target) ?? webUrl(target)) : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** One thing asked of the app, if it is one: a subscribe link or an importable file's path. */
export function openRequestFrom(value: string, workingDirectory: string): OpenRequest | null {
  if (/^(feeds?|tidings):/i.test(value)) {
    const url = feedUrlFromLink(value);
    return url ? { kind: 'subscribe', url } : null;
  }
  const lower = value.toLowerCase();
  if (importExtensions.some((extension) => lower.endsWith(extension)) && !/^[a-z][a-z0-9+.-]+:\/\//i.test(value)) {
    return { kind: 'import', path: isAbsolute(value) ? value : resolve(workingDirectory, value) };
  }
  return null;
}

/**
 * The requests in a command line (this launch's, or a second launch's as passed to
 * 'second-instance'). Switches (Chromium's and ours) and the app's own path are skipped; only a
 * recognized link or file counts, so "electron ." or a stray argument asks for nothing.
 */
export function openRequestsFromArgv(argv: readonly string[], workingDirectory: string): OpenRequest[] {
  return argv.flatMap((arg) => {
    if (arg.startsWith('-')) return [];
    const request = openRequestFrom(arg, workingDirectory);
    return request ? [request] : [];
  });
}
