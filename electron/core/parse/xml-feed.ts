// RSS, RDF and Atom: repair the text (entities, inline markup, forbidden characters), build the
// element tree with htmlparser2's tolerant tokenizer, map it to a ParsedFeed. Nothing here throws
// on broken markup: a truncated or ill-formed document yields whatever it holds.

import type { FeedFormat, ParsedFeed } from '../feed-types';
import { FeedParseError } from './errors';
import type { XmlRoot } from './sniff';
import { toParsedFeed } from './xml-items';
import { prefixRenamer } from './xml-names';
import { repairXml } from './xml-repair';
import { parseXmlTree } from './xml-tree';

type XmlFormat = Exclude<FeedFormat, 'json'>;

export function parseXmlFeed(text: string, root: XmlRoot, format: XmlFormat, documentUrl: string): ParsedFeed {
  const isAtom = format === 'atom';
  const xml = repairXml(text, root, isAtom);
  const rootTag = xml.slice(0, xml.indexOf('>') + 1);
  const tree = parseXmlTree(xml, prefixRenamer(rootTag, isAtom), isAtom ? 'entry' : 'item');
  if (tree === null) throw new FeedParseError(format, `no <${root.name}> element`);
  return toParsedFeed(tree, format, documentUrl);
}
