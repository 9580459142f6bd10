// The card image when the feed names none: the first real <img> in the content. Tracking pixels
// (1×1) and inline data: images are not pictures of the article.

import { webUrl } from './urls';

const IMG = /<img\b[^<>]*>/gi;
const SRC = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const PIXEL = /\s(?:width|height)\s*=\s*["']?[01]["'\s/>]/i;

export function firstImage(html: string, base: string | null): string | null {
  if (!html.includes('<img') && !html.includes('<IMG')) return null;
  for (const m of html.matchAll(IMG)) {
    const tag = m[0];
    if (PIXEL.test(tag)) continue;
    const src = SRC.exec(tag);
    const raw = src?.[1] ?? src?.[2] ?? src?.[3];
    if (raw === undefined) continue;
    const url = webUrl(decodeAttribute(raw), base);
    if (url !== null) return url;
  }
  return null;
}

// Enough entity decoding for a URL in an attribute: "&amp;" is by far the common case.
function decodeAttribute(value: string): string {
  return value.replace(/&amp;/gi, '&').replace(/&#38;/g, '&').replace(/&#x26;/gi, '&');
}
