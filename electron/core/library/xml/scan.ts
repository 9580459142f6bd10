// A small XML reader for subscription lists: elements, attributes and a little text, nothing more.
// It is strict where a mistake would change the tree (a mismatched or missing close tag is an
// error with its line and column) and forgiving where it would not (HTML entities, bare "&",
// unquoted attribute values, stray "<" in text). It never expands declared entities: a DOCTYPE
// that declares any is refused, which is what keeps XXE and "billion laughs" files out.
//
// One forward pass with indexOf and sticky regexes, no recursion: cost is linear in the size of
// the file, and depth is bounded before anything deep is built.
import { decodeReferences } from './entities';
import { positionOf, where } from './position';

export interface XmlElement {
  /** As written, e.g. "outline", "opml". */
  name: string;
  /** Attribute names as written; the first of a repeated name wins. */
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  /** Text content (decoded), kept only for the element names asked for. */
  text: string;
  /** Offset of the element's "<", for messages. */
  offset: number;
}

export interface ScanOptions {
  /** Elements may nest this deep; deeper is refused as hostile. */
  maxDepth: number;
  /** Most elements in one file. */
  maxElements: number;
  /** Lower-case names of elements whose text is kept (e.g. "title"); others keep none. */
  keepTextOf?: ReadonlySet<string>;
}

export class XmlSyntaxError extends Error {
  constructor(
    readonly detail: string,
    readonly offset: number,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${detail}`);
    this.name = 'XmlSyntaxError';
  }
}

const NAME = /[A-Za-z_:][^\s/>=<"']*/y;
const ATTRIBUTE_NAME = /[^\s/>=<"']+/y;
const UNQUOTED_VALUE = /[^\s>"'<=`]+/y;
const SPACES = /[\s]*/y;
const MAX_TEXT = 10_000;

/** The top-level elements of the document (one, unless files were concatenated). */
export function scanXml(text: string, options: ScanOptions): XmlElement[] {
  const fail: (detail: string, offset: number) => never = (detail, offset) => {
    const position = positionOf(text, offset);
    throw new XmlSyntaxError(detail, offset, position.line, position.column);
  };
  const roots: XmlElement[] = [];
  const open: XmlElement[] = [];
  let count = 0;
  let i = 0;

  const keepsText = (element: XmlElement | undefined): element is XmlElement =>
    element !== undefined && options.keepTextOf !== undefined && options.keepTextOf.has(element.name.toLowerCase());
  const addText = (from: number, to: number, decode: boolean): void => {
    const top = open[open.length - 1];
    if (from >= to || !keepsText(top) || top.text.length >= MAX_TEXT) return;
    const raw = text.slice(from, to);
    top.text += (decode ? decodeReferences(raw) : raw).slice(0, MAX_TEXT - top.text.length);
  };
  const skipPast = (token: string, from: number, what: string, start: number): number => {
    const end = text.indexOf(token, from);
    if (end < 0) fail(`the file ends inside ${what} begun here (is it truncated?)`, start);
    return end + token.length;
  };

  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      addText(i, text.length, true);
      break;
    }
    addText(i, lt, true);
    if (text.startsWith('<!--', lt)) {
      i = skipPast('-->', lt + 4, 'a comment', lt);
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = skipPast(']]>', lt + 9, 'a CDATA section', lt);
      addText(lt + 9, end - 3, false);
      i = end;
    } else if (text.startsWith('<?', lt)) {
      i = skipPast('?>', lt + 2, 'a processing instruction', lt);
    } else if (/^<!doctype/i.test(text.slice(lt, lt + 9))) {
      const end = doctypeEnd(text, lt + 9);
      if (end < 0) fail('the file ends inside its DOCTYPE (is it truncated?)', lt);
      const entity = text.slice(lt, end).search(/<!ENTITY/i);
      if (entity >= 0) {
        fail(
          'the DOCTYPE declares entities (<!ENTITY ...>); a subscription list never needs them, and they can ' +
            'read local files or expand without end, so the file is refused',
          lt + entity,
        );
      }
      i = end;
    } else if (text.charAt(lt + 1) === '!') {
      i = skipPast('>', lt + 2, 'a declaration', lt);
    } else if (text.charAt(lt + 1) === '/') {
      NAME.lastIndex = lt + 2;
      const name = NAME.exec(text)?.[0];
      if (name === undefined) fail('a close tag without a name', lt);
      const gt = text.indexOf('>', lt);
      if (gt < 0) fail(`the file ends inside the close tag </${name}> (is it truncated?)`, lt);
      const top = open.pop();
      if (top === undefined) fail(`</${name}> closes an element that was never opened`, lt);
      else if (top.name !== name) {
        const opened = positionOf(text, top.offset);
        fail(`</${name}> where </${top.name}> was expected (<${top.name}> opened at ${where(opened)})`, lt);
      }
      i = gt + 1;
    } else {
      NAME.lastIndex = lt + 1;
      const name = NAME.exec(text)?.[0];
      if (name === undefined) {
        // "a < b" in text: not markup. Strict XML refuses it; nothing is lost by reading it as text.
        addText(lt, lt + 1, false);
        i = lt + 1;
        continue;
      }
      const tag = readAttributes(text, NAME.lastIndex, name, lt, fail);
      if (open.length >= options.maxDepth) {
        fail(`elements nest deeper than ${options.maxDepth} levels; the file is refused as hostile or broken`, lt);
      }
      if (++count > options.maxElements) fail(`more than ${options.maxElements} elements`, lt);
      const element: XmlElement = { name, attributes: tag.attributes, children: [], text: '', offset: lt };
      const parent = open[open.length - 1];
      if (parent) parent.children.push(element);
      else roots.push(element);
      if (!tag.selfClosing) open.push(element);
      i = tag.end;
    }
  }
  const unclosed = open[open.length - 1];
  if (unclosed) {
    fail(`the file ends before <${unclosed.name}> opened here is closed (is it truncated?)`, unclosed.offset);
  }
  return roots;
}

interface Tag {
  attributes: Map<string, string>;
  selfClosing: boolean;
  /** Offset just after the tag's ">". */
  end: number;
}

function readAttributes(
  text: string,
  from: number,
  name: string,
  start: number,
  fail: (detail: string, offset: number) => never,
): Tag {
  const attributes = new Map<string, string>();
  let p = from;
  const skipSpaces = (): void => {
    SPACES.lastIndex = p;
    SPACES.exec(text);
    p = SPACES.lastIndex;
  };
  for (;;) {
    skipSpaces();
    if (p >= text.length) fail(`the file ends inside the tag <${name}> begun here (is it truncated?)`, start);
    const c = text.charAt(p);
    if (c === '>') return { attributes, selfClosing: false, end: p + 1 };
    if (c === '/' && text.charAt(p + 1) === '>') return { attributes, selfClosing: true, end: p + 2 };
    ATTRIBUTE_NAME.lastIndex = p;
    const attribute = ATTRIBUTE_NAME.exec(text)?.[0];
    if (attribute === undefined) fail(`unexpected ${JSON.stringify(c)} in the tag <${name}>`, p);
    p = ATTRIBUTE_NAME.lastIndex;
    skipSpaces();
    let value = '';
    if (text.charAt(p) === '=') {
      p++;
      skipSpaces();
      const quote = text.charAt(p);
      if (quote === '"' || quote === "'") {
        const close = text.indexOf(quote, p + 1);
        if (close < 0) fail(`the value of ${attribute}= in <${name}> is never closed`, p);
        value = decodeReferences(text.slice(p + 1, close));
        p = close + 1;
      } else {
        UNQUOTED_VALUE.lastIndex = p;
        const raw = UNQUOTED_VALUE.exec(text)?.[0];
        if (raw === undefined) fail(`${attribute}= in <${name}> has no value`, p);
        // "<a b=c/>": the slash closes the tag, it is not part of the value.
        const cut = raw.endsWith('/') && text.charAt(p + raw.length) === '>' ? raw.slice(0, -1) : raw;
        value = decodeReferences(cut);
        p += cut.length;
      }
    }
    if (!attributes.has(attribute)) attributes.set(attribute, value);
  }
}

/** Just past a DOCTYPE's closing ">", skipping quotes, comments and its [internal subset]; -1 if none. */
function doctypeEnd(text: string, from: number): number {
  let inSubset = false;
  let i = from;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return -1;
      i = close + 1;
      continue;
    }
    if (c === '<' && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) return -1;
      i = close + 3;
      continue;
    }
    if (c === '[') inSubset = true;
    else if (c === ']') inSubset = false;
    else if (c === '>' && !inSubset) return i + 1;
    i++;
  }
  return -1;
}
