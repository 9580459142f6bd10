// An OPML subscription list (1.0, 1.1, 2.0, from any reader) to entries in document order: the
// folders, the feeds with their folder path, and links to further lists. Nothing is merged here;
// duplicates are the plan's business (plan.ts), so every occurrence is reported as written.
import type { ImportSkip } from '../../../../shared/model';
import { ImportError } from '../errors';
import { siteUrlOf, feedUrlOf } from '../urls';
import { scanXml, XmlSyntaxError, type XmlElement } from '../xml/scan';
import { attributesOf, categoryPaths, collapse, isOutline, outlineTitle, type OutlineAttributes } from './outline';

export interface OpmlFeed {
  kind: 'feed';
  url: string;
  title: string;
  siteUrl: string | null;
  folder: string[];
  /** Other folders the same outline names (its category attribute), beyond the first. */
  alsoIn: string[][];
}

export interface OpmlFolder {
  kind: 'folder';
  path: string[];
}

export type OpmlEntry = OpmlFeed | OpmlFolder;

/** An outline that points at another subscription list (type="include", "link" to .opml, Liferea's "source"). */
export interface OpmlLink {
  url: string;
  /** Where the linked list's feeds go. */
  folder: string[];
}

export interface OpmlDocument {
  title: string;
  entries: OpmlEntry[];
  links: OpmlLink[];
  skipped: ImportSkip[];
}

/** Deeper than any real folder tree; a 10,000-deep file is refused before it is built. */
export const MAX_XML_DEPTH = 100;
const MAX_ELEMENTS = 2_000_000;

export function readOpml(text: string, documentUrl: string | null = null): OpmlDocument {
  const roots = scanOpmlXml(text);
  const opmls = roots.filter((element) => element.name.toLowerCase() === 'opml');
  if (opmls.length === 0) throw notOpml(roots[0]);
  const document: OpmlDocument = { title: '', entries: [], links: [], skipped: [] };
  // Two documents pasted into one file (listparser's concatenated-documents): read them all.
  for (const opml of opmls) {
    const head = opml.children.find((child) => child.name.toLowerCase() === 'head');
    document.title ||= collapse(head?.children.find((child) => child.name.toLowerCase() === 'title')?.text);
    const body = opml.children.find((child) => child.name.toLowerCase() === 'body');
    if (!body) throw new ImportError('opml', 'the <opml> element has no <body>, so it lists no subscriptions');
    walk(body.children, [], documentUrl, document);
  }
  return document;
}

function scanOpmlXml(text: string): XmlElement[] {
  try {
    return scanXml(text, { maxDepth: MAX_XML_DEPTH, maxElements: MAX_ELEMENTS, keepTextOf: new Set(['title']) });
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new ImportError('opml', `the XML is broken at ${error.message}`);
    throw error;
  }
}

function notOpml(root: XmlElement | undefined): ImportError {
  if (!root) return new ImportError('opml', 'not an OPML file: it contains no XML elements');
  const local = root.name.slice(root.name.indexOf(':') + 1).toLowerCase();
  if (local === 'rss' || local === 'feed' || local === 'rdf') {
    return new ImportError('opml', `this is a feed (<${root.name}>), not a subscription list: subscribe to it instead`);
  }
  if (local === 'html') return new ImportError('opml', 'this is a web page, not an OPML subscription list');
  return new ImportError('opml', `not an OPML file: its root element is <${root.name}>, not <opml>`);
}

function walk(children: readonly XmlElement[], folder: string[], documentUrl: string | null, out: OpmlDocument): void {
  for (const element of children) {
    if (!isOutline(element)) continue;
    const attributes = attributesOf(element);
    const type = collapse(attributes.get('type')).toLowerCase();
    const title = outlineTitle(attributes);
    const xmlUrl = attributes.get('xmlUrl') ?? '';
    const sublist = sublistOf(type, attributes);
    if (sublist !== null) {
      readSublist(sublist, title, folder, documentUrl, out);
    } else if (xmlUrl.trim() !== '') {
      readFeed(attributes, xmlUrl, title, folder, documentUrl, out);
      // A feed with outlines under it is unusual; they belong where the feed is.
      walk(element.children, folder, documentUrl, out);
    } else if (element.children.some(isOutline)) {
      const path = title ? [...folder, folderName(title)] : folder;
      if (title) out.entries.push({ kind: 'folder', path });
      walk(element.children, path, documentUrl, out);
    } else if (title && (type === '' || type === 'folder' || type === 'category') && !attributes.get('htmlUrl')) {
      // How we (and Feedly, Inoreader) write a folder with nothing in it.
      out.entries.push({ kind: 'folder', path: [...folder, folderName(title)] });
    } else {
      const site = siteUrlOf(attributes.get('htmlUrl'));
      const reason = site ? `no feed address, only a web page (${site})` : 'no feed address';
      if (title || site) out.skipped.push({ item: title || site || '', reason });
    }
  }
}

/** "/" separates folder levels everywhere else in Tidings, so a name keeps its look with U+2215 instead. */
const folderName = (title: string): string => title.replace(/\//g, '\u2215');

interface Sublist {
  url: string;
  /** Set when the outline names a list we cannot read. */
  refused?: string;
}

/** type="include" (OPML 2.0), type="link" to a .opml file, or Liferea's type="source" with an OPML source. */
function sublistOf(type: string, attributes: OutlineAttributes): Sublist | null {
  const url = collapse(attributes.get('url') || attributes.get('xmlUrl'));
  if (type === 'include') return { url };
  if (type === 'source') {
    const sourceType = collapse(attributes.get('sourceType')).toLowerCase();
    if (sourceType === '' || sourceType === 'fl_opml') return { url };
    return { url, refused: `a Liferea "${sourceType}" source (an online account): export its subscriptions there` };
  }
  if (type === 'link' && !attributes.get('xmlUrl') && /\.opml(?:[?#]|$)/i.test(url)) return { url };
  return null;
}

function readSublist(sublist: Sublist, title: string, folder: string[], documentUrl: string | null, out: OpmlDocument): void {
  if (sublist.refused) {
    out.skipped.push({ item: sublist.url || title, reason: sublist.refused });
    return;
  }
  const resolved = feedUrlOf(sublist.url, [documentUrl]);
  if ('reason' in resolved) {
    out.skipped.push({ item: sublist.url || title, reason: `a linked subscription list with ${resolved.reason}` });
    return;
  }
  out.links.push({ url: resolved.url, folder: title ? [...folder, folderName(title)] : folder });
}

function readFeed(
  attributes: OutlineAttributes,
  xmlUrl: string,
  title: string,
  folder: string[],
  documentUrl: string | null,
  out: OpmlDocument,
): void {
  const siteUrl = siteUrlOf(attributes.get('htmlUrl'));
  const resolved = feedUrlOf(xmlUrl, [siteUrl, documentUrl]);
  if ('reason' in resolved) {
    out.skipped.push({ item: xmlUrl.trim() || title, reason: resolved.reason });
    return;
  }
  const places = folder.length > 0 ? [folder, ...categoryPaths(attributes)] : categoryPaths(attributes);
  const [first = [], ...rest] = places;
  const key = first.join('\u0000');
  out.entries.push({
    kind: 'feed',
    url: resolved.url,
    title,
    siteUrl,
    folder: first,
    alsoIn: rest.filter((path) => path.join('\u0000') !== key),
  });
}
