// The test-only oracle: RSS, RDF and Atom as Tidings read them through rss-parser (xml2js) until
// the htmlparser2 reader replaced it, unchanged: repair the text, run rss-parser (long bodies set
// aside), recover from what it still rejects, map. Kept for the differential test and the bench.

import type { FeedFormat, ParsedFeed } from '../../../../electron/core/feed-types';
import { FeedParseError } from '../../../../electron/core/parse/errors';
import { runRssParser, tagRenamer } from './rss';
import type { XmlRoot } from '../../../../electron/core/parse/sniff';
import { setAsideBodies } from './xml-bulk-text';
import { repairXml } from '../../../../electron/core/parse/xml-repair';
import { toParsedFeed } from './xml-items';
import { errorOffset, recover } from './xml-recover';

type XmlFormat = Exclude<FeedFormat, 'json'>;

/** Broken items we are willing to cut out of one document before giving up on it... */
const MAX_RECOVERIES = 8;
/** ...and how much text all the attempts together may parse, so a huge broken feed stays cheap. */
const MAX_RECOVERY_CHARS = 40_000_000;

export async function parseXmlFeed(text: string, root: XmlRoot, format: XmlFormat, documentUrl: string): Promise<ParsedFeed> {
  const isAtom = format === 'atom';
  let xml = repairXml(text, root, isAtom);
  const rootTag = xml.slice(0, xml.indexOf('>') + 1);
  const renamer = tagRenamer(rootTag, isAtom);
  // Most documents parse the first time: with their long bodies set aside, that is much quicker.
  // One that does not is parsed again whole, so its error and any recovery see the real text.
  const aside = setAsideBodies(xml);
  if (aside.xml !== xml) {
    try {
      return toParsedFeed(aside.restore(await runRssParser(aside.xml, renamer)), format, documentUrl);
    } catch {
      // Parsed again below, bodies and all.
    }
  }
  let firstError: unknown = null;
  let parsedChars = 0;
  for (let attempt = 0; attempt <= MAX_RECOVERIES && parsedChars < MAX_RECOVERY_CHARS; attempt++) {
    parsedChars += xml.length;
    let output: unknown;
    try {
      output = await runRssParser(xml, renamer);
    } catch (error) {
      firstError ??= error;
      const at = errorOffset(xml, messageOf(error));
      const recovery = at === null ? null : recover(xml, root.name, isAtom, at);
      if (recovery === null) break;
      xml = recovery.xml;
      continue;
    }
    return toParsedFeed(output, format, documentUrl);
  }
  throw new FeedParseError(format, describe(firstError));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** xml2js messages span lines ("Unexpected close tag\nLine: 3\nColumn: 9\nChar: >"). */
function describe(error: unknown): string {
  const message = messageOf(error);
  const m = /^([^\n]*)\nLine:\s*(\d+)\s*Column:\s*(\d+)/.exec(message);
  if (m) return `${m[1]} (line ${Number(m[2]) + 1}, column ${Number(m[3]) + 1})`;
  // rss-parser's own TypeErrors mean a structure it did not expect, e.g. <rss> without <channel>.
  if (error instanceof TypeError) return `unexpected document structure (${message})`;
  return message.replace(/\s+/g, ' ').trim();
}
