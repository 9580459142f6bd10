// Titles and author names are plain text: tags stripped, entities decoded once, whitespace
// collapsed. Feeds escape titles once, twice or not at all; after the XML parser has decoded one
// level, what is left is treated as HTML, so "AT&amp;amp;T" in the XML reads "AT&T".

import { htmlToText, truncateText } from '../sanitize/text';

const TITLE_FROM_TEXT_MAX = 80;
const AUTHOR_MAX = 200;

export function cleanTitle(raw: string): string {
  return htmlToText(raw);
}

/** A title for an item that has none: the start of its text. */
export function titleFromText(text: string): string {
  return truncateText(text, TITLE_FROM_TEXT_MAX);
}

export function cleanAuthor(raw: string | null): string | null {
  if (raw === null) return null;
  const text = htmlToText(raw);
  return text === '' ? null : truncateText(text, AUTHOR_MAX);
}
