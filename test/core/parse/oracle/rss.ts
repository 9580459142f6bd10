// The typed boundary around rss-parser, our XML front end. rss-parser finds the channel and its
// items in RSS 0.9x/1.0/2.0 and Atom and reads their common fields; everything it drops (every
// enclosure, Media RSS, authors, xml:base, dates it cannot read) we ask it to hand over raw through
// its `customFields`, as xml2js nodes under a "tidings:" key, and read them ourselves.
//
// rss-parser's own types are loose (`any` everywhere), so its output is `unknown` here and is only
// read through xml-node.ts.

import Parser from 'rss-parser';

type CustomField = [from: string, to: string, options: { keepArray: true }];

interface RssParserOptions {
  defaultRSS: number;
  xml2js: { tagNameProcessors: ((name: string) => string)[] };
  customFields: { feed: CustomField[]; item: CustomField[] };
}

interface RssParserInstance {
  parseString(xml: string): Promise<unknown>;
}

const RssParser = Parser as unknown as new (options: RssParserOptions) => RssParserInstance;

export const RAW = 'tidings:';

// rss-parser computes a plain-text "snippet" of every description and content with a regular
// expression that is quadratic on text with many unclosed tags ("x<p" 20,000 times takes 5 s).
// We do not use the snippets, so these elements reach rss-parser under names it does not know,
// and we read them raw. Atom's <published>/<updated> are hidden too: rss-parser runs them through
// `new Date().toISOString()`, which throws a RangeError on a bad date and loses the whole feed.
const HIDDEN_RSS: ReadonlyMap<string, string> = new Map([
  ['description', 'hidden-description'],
  ['content:encoded', 'hidden-content-encoded'],
]);
const HIDDEN_ATOM: ReadonlyMap<string, string> = new Map([
  ['content', 'hidden-content'],
  ['published', 'hidden-published'],
  ['updated', 'hidden-updated'],
]);

/** The name under which we read an element rss-parser must not see. */
export function hidden(name: string): string {
  return HIDDEN_RSS.get(name) ?? HIDDEN_ATOM.get(name) ?? name;
}

const FEED_FIELDS = [
  '$', 'link', 'title',
  'author', 'managingEditor', 'dc:creator', 'itunes:author',
  'ttl', 'sy:updatePeriod', 'sy:updateFrequency',
  'icon', 'logo',
];

const ITEM_FIELDS = [
  '$', 'id', 'guid', 'link', 'title', 'dc:title',
  hidden('description'), hidden('content:encoded'), hidden('content'), 'summary',
  'author', 'dc:creator', 'itunes:author',
  'pubDate', 'dc:date', hidden('published'), hidden('updated'), 'issued', 'created', 'modified', 'dc:modified', 'atom:updated',
  'enclosure', 'media:content', 'media:thumbnail', 'media:group', 'media:description', 'itunes:image', 'itunes:summary',
];

const raw = (name: string): CustomField => [name, RAW + name, { keepArray: true }];

// Namespaces we read, by URI, and the prefix rss-parser and our field lists expect for each.
// Feeds may bind any prefix (".NET writes a10: for Atom"); we rename element names to these.
const CANONICAL_PREFIX: ReadonlyMap<string, string> = new Map([
  ['http://search.yahoo.com/mrss', 'media'],
  ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'itunes'],
  ['http://purl.org/dc/elements/1.1', 'dc'],
  ['http://purl.org/rss/1.0/modules/content', 'content'],
  ['http://purl.org/rss/1.0/modules/syndication', 'sy'],
  ['http://www.w3.org/2005/atom', 'atom'],
]);

/**
 * Element-name rewrites for one document: non-standard namespace prefixes to the standard ones,
 * then the elements hidden from rss-parser.
 */
export function tagRenamer(rootTag: string, isAtom: boolean): (name: string) => string {
  const renames = new Map<string, string>();
  for (const m of rootTag.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) {
    const prefix = m[1] ?? '';
    const uri = (m[2] ?? '').trim().toLowerCase().replace(/[/#]+$/, '');
    let canonical = CANONICAL_PREFIX.get(uri);
    // In an Atom document written as <atom:feed>, Atom elements must lose their prefix.
    if (canonical === 'atom' && isAtom) canonical = '';
    if (canonical !== undefined && canonical !== prefix) renames.set(prefix, canonical);
  }
  const hiddenNames = isAtom ? HIDDEN_ATOM : HIDDEN_RSS;
  return (name) => {
    let local = name;
    const colon = name.indexOf(':');
    if (colon > 0 && renames.size > 0) {
      const canonical = renames.get(name.slice(0, colon));
      if (canonical !== undefined) local = canonical === '' ? name.slice(colon + 1) : `${canonical}${name.slice(colon)}`;
    }
    return hiddenNames.get(local) ?? local;
  };
}

/** Runs rss-parser over repaired XML. Throws what rss-parser (or xml2js below it) throws. */
export function runRssParser(xml: string, renamer: (name: string) => string): Promise<unknown> {
  // A new parser per document: rss-parser mutates its options object, and parsers share nothing.
  const parser = new RssParser({
    // An <rss> root with no version attribute is RSS 2.0 in practice (UOL's feed).
    defaultRSS: 2,
    xml2js: { tagNameProcessors: [renamer] },
    customFields: { feed: FEED_FIELDS.map(raw), item: ITEM_FIELDS.map(raw) },
  });
  return parser.parseString(xml);
}
