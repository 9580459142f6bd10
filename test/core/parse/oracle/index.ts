// rss-parser as a test-only oracle: the whole parse stage exactly as it was before the htmlparser2 reader
// (same decoding, sniffing and repair, which stay in production), for the differential test.

import type { FetchedDocument, ParsedFeed } from '../../../../electron/core/feed-types';
import { decodeDocument } from '../../../../electron/core/parse/charset';
import { sniff } from '../../../../electron/core/parse/sniff';
import { parseXmlFeed } from './xml-feed';

/** The feed as rss-parser reads it, or null for a document that is not RSS, RDF or Atom. Throws what it throws. */
export async function parseWithRssParser(doc: FetchedDocument): Promise<ParsedFeed | null> {
  const { text } = decodeDocument(doc.body, doc.contentType);
  const { format, root } = sniff(text);
  if (root === null || (format !== 'rss' && format !== 'rdf' && format !== 'atom')) return null;
  return parseXmlFeed(text, root, format, doc.url);
}
