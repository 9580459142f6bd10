// The parse stage: fetched bytes to a raw ParsedFeed. Decode the bytes ourselves (charset.ts), tell
// the format from the content (sniff.ts), then JSON Feed (json-feed.ts) or XML through our
// htmlparser2-based reader (xml-feed.ts). Content HTML is unsanitized, URLs may be relative and ids may be '' until the
// normalize and sanitize stages. Pure: safe to run in a worker thread.

import type { FetchedDocument, ParsedFeed } from '../feed-types';
import { decodeDocument } from './charset';
import { FeedParseError, type SniffedFormat } from './errors';
import { parseJsonFeed } from './json-feed';
import { sniff, type XmlRoot } from './sniff';
import { parseXmlFeed } from './xml-feed';

export { FeedParseError } from './errors';
export type { SniffedFormat } from './errors';

export async function parseFeed(doc: FetchedDocument): Promise<ParsedFeed> {
  const { text } = decodeDocument(doc.body, doc.contentType);
  const { format, root } = sniff(text);
  try {
    return parseAs(format, text, root, doc.url);
  } catch (error) {
    if (error instanceof FeedParseError) throw error;
    // A bug of ours or a library's on some input must still read as this feed's parse error,
    // not bring down the refresh.
    throw new FeedParseError(format, `unexpected ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}

function parseAs(format: SniffedFormat, text: string, root: XmlRoot | null, url: string): ParsedFeed {
  switch (format) {
    case 'json':
      return parseJsonFeed(text);
    case 'rss':
    case 'rdf':
    case 'atom':
      if (root) return parseXmlFeed(text, root, format, url);
      break;
    case 'html':
      throw new FeedParseError('html', 'this is a web page, not a feed (look for its feed links)');
    case 'xml':
      throw new FeedParseError('xml', `unrecognized root element <${root?.name ?? '?'}>`);
    case 'unknown':
      break;
  }
  throw new FeedParseError('unknown', 'the document is neither XML nor JSON');
}
