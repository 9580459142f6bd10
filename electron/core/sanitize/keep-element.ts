// Which elements the sanitizer keeps, and their URL attributes made safe: each URL made absolute
// against the item's base and held to the schemes its use allows (an image, a link, a player), an
// image that shows nothing and a player from a host we do not embed dropped. html.ts writes what
// these leave.
import { safeUrl, type UrlUse } from '../normalize/urls';
import { IFRAME_HOSTS, IFRAME_SANDBOX, LAZY_SOURCES } from './allow-list';
import type { AttributeList } from './attribute-list';
import { inPageFragment, inPageId } from './in-page';

/**
 * Whether the element is kept, its attributes made safe in place: not kept are an image with nothing
 * to show and a player from a host we do not embed.
 */
export function keepElement(name: string, attribs: AttributeList, base: string | null): boolean {
  switch (name) {
    case 'a': {
      const fragment = inPageFragment(attribs.get('href'), base);
      if (fragment !== null) {
        // A footnote or a table of contents: it stays in the article, in this window.
        attribs.set('href', `#${fragment}`);
        break;
      }
      checkUrl(attribs, 'href', 'link', base);
      attribs.set('rel', 'noopener noreferrer');
      attribs.set('target', '_blank');
      break;
    }
    case 'img': {
      const lazy = lazySource(attribs);
      const src = attribs.get('src');
      if (lazy !== undefined && (!src || src.startsWith('data:'))) attribs.set('src', lazy);
      checkUrl(attribs, 'src', 'image', base);
      checkSrcset(attribs, base);
      if (!attribs.get('src') || isTrackingPixel(attribs)) return false;
      break;
    }
    case 'source':
      checkUrl(attribs, 'src', 'media', base);
      checkSrcset(attribs, base);
      break;
    case 'audio':
    case 'video':
      checkUrl(attribs, 'src', 'media', base);
      checkUrl(attribs, 'poster', 'image', base);
      // A poster is fetched as an image, but inline data is for <img> only.
      if (attribs.get('poster')?.startsWith('data:')) attribs.delete('poster');
      break;
    case 'track':
      checkUrl(attribs, 'src', 'media', base);
      break;
    case 'iframe': {
      checkUrl(attribs, 'src', 'frame', base);
      const src = attribs.get('src');
      if (!src || !IFRAME_HOSTS.has(new URL(src).hostname)) return false;
      attribs.set('sandbox', IFRAME_SANDBOX);
      break;
    }
    case 'blockquote':
    case 'q':
    case 'del':
    case 'ins':
      checkUrl(attribs, 'cite', 'link', base);
      break;
  }
  const rawId = attribs.get('id');
  if (rawId !== undefined) {
    const id = inPageId(rawId);
    if (id === null) attribs.delete('id');
    else attribs.set('id', id);
  }
  return true;
}

/** One URL attribute made absolute and checked, in place, or removed when refused. */
function checkUrl(attribs: AttributeList, key: string, use: UrlUse, base: string | null): void {
  const value = attribs.get(key);
  if (value === undefined) return;
  const safe = safeUrl(value, base, use);
  if (safe === null) attribs.delete(key);
  else attribs.set(key, safe);
}

/** Each candidate made absolute; web addresses only (an inline data: image belongs in src). */
function checkSrcset(attribs: AttributeList, base: string | null): void {
  const value = attribs.get('srcset');
  if (value === undefined) return;
  const safe = value
    .split(/,\s+|,(?=\S+\s+\d)/)
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      const resolved = safeUrl(url, base, 'media');
      return resolved === null ? null : [resolved, ...descriptor].join(' ');
    })
    .filter((c): c is string => c !== null)
    .join(', ');
  if (safe === '') attribs.delete('srcset');
  else attribs.set('srcset', safe);
}

/** Where lazy-loading markup keeps the real image, if it does. */
function lazySource(attribs: AttributeList): string | undefined {
  for (const key of LAZY_SOURCES) {
    const value = attribs.get(key);
    if (value !== undefined && value.trim() !== '') return value;
  }
  return undefined;
}

/** 1×1 images are counters, not pictures. */
function isTrackingPixel(attribs: AttributeList): boolean {
  return attribs.get('width') === '1' && attribs.get('height') === '1';
}
