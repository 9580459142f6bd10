// The shared items as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). The note also goes in
// a "_tidings" extension object, as the spec asks of extensions, so a reader that knows it can
// show it apart from the content.
import { noteHtml } from './escape';
import { documentUrl, sharedFileNames, type SharedFeed } from './shared-feed';

export function sharedJsonFeed(feed: SharedFeed): string {
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    // Only absolute URLs are allowed here, so a folder (whose public address is unknown) leaves them out.
    ...(feed.base ? { home_page_url: documentUrl(feed, ''), feed_url: documentUrl(feed, sharedFileNames.json) } : {}),
    authors: [{ name: feed.author }],
    items: feed.entries.map((item) => ({
      id: item.id,
      ...(item.url ? { url: item.url } : {}),
      title: item.title,
      content_html: (item.note ? `<blockquote>${noteHtml(item.note)}</blockquote>` : '') + item.contentHtml,
      ...(item.note ?? item.summary ? { summary: item.note ?? item.summary } : {}),
      date_published: item.sharedAt,
      date_modified: item.sharedAt,
      ...(item.author ? { authors: [{ name: item.author }] } : {}),
      _tidings: {
        note: item.note,
        source: { title: item.source.title, home_page_url: item.source.url },
      },
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
