// Turns what feeds really contain into well-formed XML before the XML reader (xml-tree.ts) sees it.
// Each pass is a single forward scan (indexOf or a bounded regex), so a hostile document costs
// time proportional to its size, never more.

import { declaredEntities, mapOutsideLiterals, repairEntities } from './xml-entities';
import type { XmlRoot } from './sniff';

// XML 1.0 forbids these even inside CDATA; feeds carry them anyway (form feeds, ESC, stray NULs).
const FORBIDDEN_CHARS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

// Elements that hold HTML. When their HTML arrives as raw child elements instead of escaped text
// (Atom's type="xhtml", or a sloppy RSS description), the tree would split text from child elements,
// so we turn that markup into a CDATA section first: the element's text is then its HTML.
const HTML_HOLDERS = /<!\[CDATA\[|<!--|<(title|description|summary|content|content:encoded)(\s[^<>]*)?>/g;

export function repairXml(text: string, root: XmlRoot, isAtom: boolean): string {
  // The prolog (declaration, stylesheet PIs, DOCTYPE) is dropped: the text is already decoded, and
  // dropping the DOCTYPE means no entity declaration reaches the parser.
  let body = text.slice(root.start, rootEnd(text, root));
  body = body.replace(FORBIDDEN_CHARS, '');
  body = repairEntities(body, declaredEntities(root.doctype));
  body = wrapInlineMarkup(body);
  if (isAtom) body = fixAtomLinks(body);
  return body;
}

/** Just after the last closing tag of the root: whatever follows it is junk to a parser. */
function rootEnd(text: string, root: XmlRoot): number {
  const close = text.lastIndexOf(`</${root.name}`);
  if (close < root.start) return text.length;
  const gt = text.indexOf('>', close);
  return gt < 0 ? text.length : gt + 1;
}

export function wrapInlineMarkup(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  const re = new RegExp(HTML_HOLDERS);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const name = m[1];
    if (name === undefined) {
      // A CDATA section or comment: step over it so tags inside it are not mistaken for elements.
      const close = m[0] === '<!--' ? '-->' : ']]>';
      const end = text.indexOf(close, re.lastIndex);
      if (end < 0) break;
      re.lastIndex = end + close.length;
      continue;
    }
    if ((m[2] ?? '').endsWith('/')) continue;
    const innerStart = re.lastIndex;
    const close = findClose(text, innerStart, name);
    // An element that never closes: the parser will report it; nothing more to do here.
    if (close === null) break;
    re.lastIndex = close.after;
    if (!close.hasMarkup) continue;
    parts.push(text.slice(copied, innerStart), toCdata(text.slice(innerStart, close.start)));
    copied = close.start;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

interface Close {
  /** Offset of "</name". */
  start: number;
  /** Offset just after the closing tag's ">". */
  after: number;
  /** Whether raw elements (not CDATA or comments) sit between the tags. */
  hasMarkup: boolean;
}

function findClose(text: string, from: number, name: string): Close | null {
  let hasMarkup = false;
  let i = from;
  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt < 0) return null;
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) return null;
      i = end + 3;
    } else if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) return null;
      i = end + 3;
    } else if (text.startsWith(name, lt + 2) && text.charAt(lt + 1) === '/' && /[\s>]/.test(text.charAt(lt + 2 + name.length))) {
      const gt = text.indexOf('>', lt);
      if (gt < 0) return null;
      return { start: lt, after: gt + 1, hasMarkup };
    } else {
      hasMarkup = true;
      i = lt + 1;
    }
  }
}

/** Well-formed inner XML to one CDATA section of equivalent HTML. */
function toCdata(inner: string): string {
  // CDATA inside the markup is literal text; in HTML it needs escaping to stay literal.
  const html = inner.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, literal: string) =>
    literal.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  );
  return `<![CDATA[${html.split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

// An Atom <link> with text and no attributes (an RSS habit) has no href to read: give it one from
// its text. An empty <link/> is dropped.
function fixAtomLinks(text: string): string {
  if (!/<link\s*(?:\/>|>)/.test(text)) return text;
  return mapOutsideLiterals(text, (segment) =>
    segment.replace(/<link\s*(?:\/>|>([^<]*)<\/link\s*>)/g, (_m, href: string | undefined) =>
      href === undefined || href.trim() === '' ? '' : `<link href="${href.trim().replace(/"/g, '&quot;')}"/>`,
    ),
  );
}
