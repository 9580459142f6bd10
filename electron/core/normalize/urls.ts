// URLs from feeds: resolved against a base, and allowed only with the schemes their use needs.
// Anything else (javascript:, vbscript:, file:, unparseable) is refused as null.
import { joinRootPath } from './root-relative';

export type UrlUse =
  /** Links a reader follows: the web and mail. */
  | 'link'
  /** Images: the web, and data: URLs of image types (inline images in content). */
  | 'image'
  /** Audio, video, enclosures: the web. */
  | 'media'
  /** Embedded players: https only. */
  | 'frame';

const WEB = new Set(['http:', 'https:']);
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon|svg\+xml)[;,]/i;

export function safeUrl(raw: string, base: string | null, use: UrlUse): string | null {
  // HTML and XML both allow surrounding whitespace in URL attributes; the URL parser strips tabs
  // and newlines inside, so "java\nscript:" is still caught below.
  const value = raw.trim();
  if (value === '') return null;
  if (/^data:/i.test(value)) return use === 'image' && DATA_IMAGE.test(value) ? value : null;
  if (base !== null && use !== 'frame') {
    const joined = joinRootPath(value, base);
    if (joined !== undefined) return joined;
  }
  let url: URL;
  try {
    url = base === null ? new URL(value) : new URL(value, base);
  } catch {
    return null;
  }
  if (use === 'frame') {
    // Embeds are upgraded rather than refused: the players serve https, and mixed content is blocked.
    if (url.protocol === 'http:') url.protocol = 'https:';
    return url.protocol === 'https:' ? url.href : null;
  }
  if (WEB.has(url.protocol)) return url.href;
  return use === 'link' && url.protocol === 'mailto:' ? url.href : null;
}

/** An absolute http(s) URL, or null: what item links, enclosures and thumbnails must be. */
export function webUrl(raw: string | null | undefined, base: string | null): string | null {
  return raw ? safeUrl(raw, base, 'media') : null;
}
