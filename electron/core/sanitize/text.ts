// HTML to plain text for titles, summaries and search. A scan with regular expressions rather than
// an HTML parser: it runs for every item on every refresh, and plain text only needs the tags gone,
// the entities decoded once and the whitespace collapsed. Every pattern here is written so that a
// hostile document costs time linear in its length.

import { decodeHTML } from 'entities';

// Elements whose content is not text a reader should see.
const INVISIBLE_OPEN = /<(script|style|noscript|template|head|title|svg|iframe|object|textarea|select)\b[^<>]*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g;
// Block-level boundaries become spaces, so "<p>one</p><p>two</p>" is "one two", not "onetwo".
const BLOCK_BOUNDARY =
  /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|table|tr|td|th|section|article|header|footer|figure|figcaption|aside|nav)\b[^<>]*>/gi;
// A tag: "<", a letter (after "/", "!" or "?"), then up to the ">" outside quoted attribute values.
const TAG = /<[/!?]?[A-Za-z][^"'<>]*(?:(?:"[^"]*"|'[^']*')[^"'<>]*)*>/g;

// Any run of whitespace (zero-width spaces included; \s already has no-break space and BOM) becomes
// one space. A lone ordinary space is already that, so it is not matched: replacing each of the
// hundreds of single spaces in an article with itself was most of this function's time.
export const WHITESPACE_TO_COLLAPSE = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

export function htmlToText(html: string): string {
  if (html === '') return '';
  let text = html;
  if (text.includes('<')) {
    text = removeInvisible(text.replace(COMMENT, ' ').replace(CDATA, '$1'))
      .replace(BLOCK_BOUNDARY, ' ')
      .replace(TAG, '');
  }
  if (text.includes('&')) text = decodeHTML(text);
  return collapseWhitespace(text);
}

/** Each run of whitespace as one space, none at the ends. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}

/** Drops <script>…</script> and the like, content included. */
function removeInvisible(html: string): string {
  const open = new RegExp(INVISIBLE_OPEN);
  const unclosed = new Set<string>();
  const parts: string[] = [];
  let copied = 0;
  for (let m = open.exec(html); m !== null; m = open.exec(html)) {
    const name = (m[1] ?? '').toLowerCase();
    parts.push(html.slice(copied, m.index), ' ');
    copied = open.lastIndex;
    // Self-closing (<iframe … />), or never closed: only the tag itself goes.
    if (m[0].endsWith('/>') || unclosed.has(name)) continue;
    const close = new RegExp(`</${name}\\s*>`, 'gi');
    close.lastIndex = copied;
    const found = close.exec(html);
    if (found === null) {
      // Remembered, so a thousand unclosed tags cost one scan, not a thousand.
      unclosed.add(name);
      continue;
    }
    copied = open.lastIndex = close.lastIndex;
  }
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}

/** At most `max` characters, cut at a word boundary, with an ellipsis when cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max);
  // The slice may already end on a word boundary; otherwise step back to the last space.
  const space = text.charAt(max) === ' ' ? max : slice.lastIndexOf(' ');
  const cut = space > max * 0.6 ? slice.slice(0, space) : slice;
  let end = cut.length;
  while (end > 0 && endsInBreak(cut, end)) end--;
  return `${cut.slice(0, end)}…`;
}

// What a cut text does not end in before its ellipsis: whitespace (as \s has it) and the punctuation
// between words. Read a character at a time from the end, where a regular expression anchored at
// the end is tried from every position of the text.
const WORD_PUNCTUATION: ReadonlySet<string> = new Set([...',;:.-–—']);
const WHITESPACE = /\s/;
const endsInBreak = (text: string, end: number): boolean => {
  const last = text.charAt(end - 1);
  return WORD_PUNCTUATION.has(last) || WHITESPACE.test(last);
};
