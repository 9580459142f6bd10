// What a document is, from its content: servers send feeds as text/html, text/plain and
// application/octet-stream, so the Content-Type header is never consulted.

import type { SniffedFormat } from './errors';

export interface XmlRoot {
  /** Offset of the root element's "<". */
  start: number;
  /** Its qualified name as written, e.g. "rss", "feed", "rdf:RDF". */
  name: string;
  /** The DOCTYPE declaration before it (internal subset included), if any. */
  doctype: string | null;
}

export interface Sniffed {
  format: SniffedFormat;
  /** Present for XML documents. */
  root: XmlRoot | null;
}

const FEED_ROOT = /<((?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF))[\s>/]/;

export function sniff(text: string): Sniffed {
  const first = /\S/.exec(text);
  if (!first) return { format: 'unknown', root: null };
  if (first[0] === '{' || first[0] === '[') return { format: 'json', root: null };
  let root = findRoot(text);
  if (root && formatOfRoot(root.name) === 'xml') {
    // Junk before the feed (a PHP warning, "<br />") makes the first element look like the root.
    const m = FEED_ROOT.exec(text.slice(root.start));
    if (m && m[1] !== undefined) root = { ...root, start: root.start + m.index, name: m[1] };
  }
  if (!root) return { format: 'unknown', root: null };
  return { format: formatOfRoot(root.name), root };
}

function formatOfRoot(name: string): SniffedFormat {
  const local = name.slice(name.indexOf(':') + 1);
  if (local === 'rss') return 'rss';
  if (local === 'RDF') return 'rdf';
  if (local === 'feed') return 'atom';
  if (local.toLowerCase() === 'html') return 'html';
  return 'xml';
}

/**
 * Walks the prolog (declaration, processing instructions, comments, DOCTYPE) to the first element.
 * Text that is not markup is skipped, so leading junk does not hide the feed. Each step moves
 * forward with indexOf, so this is linear even on hostile input.
 */
export function findRoot(text: string): XmlRoot | null {
  let doctype: string | null = null;
  let i = 0;
  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt < 0 || lt + 1 >= text.length) return null;
    if (text.startsWith('<?', lt)) {
      i = skipPast(text, '?>', lt + 2);
    } else if (text.startsWith('<!--', lt)) {
      i = skipPast(text, '-->', lt + 4);
    } else if (/^<!doctype/i.test(text.slice(lt, lt + 9))) {
      const end = doctypeEnd(text, lt + 9);
      doctype = text.slice(lt, end);
      i = end;
    } else if (text.startsWith('<!', lt)) {
      i = skipPast(text, '>', lt + 2);
    } else if (/[A-Za-z_]/.test(text.charAt(lt + 1))) {
      const name = /^[^\s/>]+/.exec(text.slice(lt + 1, lt + 200))?.[0] ?? '';
      return { start: lt, name, doctype };
    } else {
      i = lt + 1;
    }
    if (i >= text.length) return null;
  }
}

function skipPast(text: string, token: string, from: number): number {
  const end = text.indexOf(token, from);
  return end < 0 ? text.length : end + token.length;
}

/** End of a DOCTYPE: the first ">" outside quotes, comments and the [internal subset]. */
function doctypeEnd(text: string, from: number): number {
  let inSubset = false;
  let i = from;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"' || c === "'") {
      i = skipPast(text, c, i + 1);
      continue;
    }
    if (c === '<' && text.startsWith('<!--', i)) {
      i = skipPast(text, '-->', i + 4);
      continue;
    }
    if (c === '[') inSubset = true;
    else if (c === ']') inSubset = false;
    else if (c === '>' && !inSubset) return i + 1;
    i++;
  }
  return text.length;
}
