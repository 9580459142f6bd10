// The sanitize stage: content to allow-listed HTML, summary to plain text. Runs at ingest, after
// normalize, so the database only ever holds safe HTML. Pure: safe to run in a worker thread.

import type { ParsedFeed, ParsedItem } from '../feed-types';
import { hasMixedWords } from '../rules/mixed-words';
import { sanitizeHtmlWithText } from './html';
import { htmlToText, truncateText } from './text';

export { sanitizeHtml, sanitizeHtmlWithText } from './html';
export { htmlToText, truncateText } from './text';

/** Summaries are for list rows and cards; the reader pane shows the content. */
export const SUMMARY_MAX_CHARS = 300;

export function sanitizeFeed(feed: ParsedFeed): ParsedFeed {
  return { ...feed, items: feed.items.map((item) => sanitizeItem(item, feed.link)) };
}

function sanitizeItem(item: ParsedItem, feedLink: string | null): ParsedItem {
  const { html: content, text } = sanitizeHtmlWithText(item.content, item.base ?? item.link ?? feedLink);
  // The summary comes from the feed's own summary if it has one, else from the content.
  const summary = truncateText(htmlToText(item.summary) || text, SUMMARY_MAX_CHARS);
  // Here, in a parse worker, rather than on the store thread (the busiest one): about 2 µs an article.
  return { ...item, content, summary, text, mixedWords: hasMixedWords(item.title, item.author, text) };
}
