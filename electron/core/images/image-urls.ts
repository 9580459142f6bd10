// The images an article shows: the src of every <img> in its stored HTML. That HTML came out of
// the sanitizer, so every src is absolute, double-quoted and entity-escaped; the renderer reads the
// same attribute back from the DOM (decoded), and that decoded string is the key on both sides.
import { decodeHTML } from 'entities';

const imgSrc = /<img\b[^>]*?\ssrc="([^"]*)"/gi;

export function imageUrlsIn(...htmls: readonly string[]): string[] {
  const urls = new Set<string>();
  for (const html of htmls) {
    for (const match of html.matchAll(imgSrc)) {
      const url = decodeHTML(match[1] ?? '');
      if (/^https?:\/\//i.test(url)) urls.add(url);
    }
  }
  return [...urls];
}
