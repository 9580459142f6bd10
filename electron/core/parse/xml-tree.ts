// The feed document as a small element tree, built from htmlparser2's streaming callbacks in XML
// mode. htmlparser2 never rejects a document: an unclosed element is closed at the end, a stray
// closing tag is ignored, one that closes an ancestor closes everything inside it, and an unclosed
// CDATA section runs to the end. So a truncated download keeps everything it holds, with no
// recovery passes. One repair of our own: an item (or entry) always opens in the channel (or
// root), so one unclosed element before it (`<ttl>5</tll>`) does not swallow every item after it.
//
// htmlparser2 keeps its open elements in an array it shifts and searches on every close, so a
// hostile document of unclosed elements and stray closing tags costs it time quadratic in the
// nesting (80,000 levels took 40 s). Feeds nest a dozen levels deep (inline HTML has become text
// by then, xml-repair.ts), so reading stops at MAX_DEPTH, as if the document were truncated there. Only element names, attributes and text are kept: comments and processing
// instructions are dropped, and text includes CDATA (entities decoded once, as XML defines).

import { decodeXML } from 'entities';
import { Parser } from 'htmlparser2';
import { SkippingTokenizer } from './skipping-tokenizer';

const MAX_DEPTH = 100;

export interface XmlElement {
  /** The qualified name, with its prefix made canonical (xml-names.ts). */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** The element's own text and CDATA, in order, not trimmed; child elements' text is not included. */
  text: string;
  readonly children: XmlElement[];
}

/**
 * The first element of `xml` with everything inside it, or null when there is no element at all.
 * `itemName` is "item" or "entry": where those open, elements left open inside the channel close.
 */
export function parseXmlTree(xml: string, rename: ((name: string) => string) | null, itemName: string): XmlElement | null {
  const top: XmlElement = { name: '', attrs: {}, text: '', children: [] };
  // Our own stack of open elements: it may close elements before htmlparser2 does (items).
  const open: XmlElement[] = [top];
  let current = top;
  const renamed = (name: string) => (rename === null ? name : rename(name));
  // htmlparser2's own nesting: every open it reports is closed once, implied closes included.
  let depth = 0;
  // Entities are decoded here, not by htmlparser2: its tokenizer then skips through text to the
  // next "<" with indexOf instead of looking at every character for "&", and `decodeXML` does a
  // whole escaped article at once. Text inside CDATA is literal and is left as it is.
  let inCdata = false;
  const parser = new Parser(
    {
      onopentag(rawName, attrs) {
        if (++depth > MAX_DEPTH) {
          parser.pause();
          return;
        }
        const name = renamed(rawName);
        if (name === itemName) {
          while (open.length > 2 && current.name !== 'channel') current = popped(open, top);
        }
        for (const key in attrs) {
          const value = attrs[key] as string;
          if (value.includes('&')) attrs[key] = decodeXML(value);
        }
        const element: XmlElement = { name, attrs, text: '', children: [] };
        current.children.push(element);
        open.push(element);
        current = element;
      },
      ontext(text) {
        current.text += inCdata || !text.includes('&') ? text : decodeXML(text);
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
      onclosetag(rawName) {
        depth--;
        // htmlparser2 closes what it opened, implied closes included; an element we closed
        // already (before an item) is no longer on our stack and its close is ignored.
        const name = renamed(rawName);
        const at = open.findLastIndex((element) => element.name === name);
        if (at <= 0) return;
        open.length = at;
        current = open[at - 1] ?? top;
      },
    },
    // Its skipping is the sanitizer's: through text, CDATA and comments with indexOf, not a character at a time.
    { xmlMode: true, decodeEntities: false, Tokenizer: SkippingTokenizer },
  );
  parser.end(xml);
  return top.children[0] ?? null;
}

function popped(open: XmlElement[], top: XmlElement): XmlElement {
  open.pop();
  return open[open.length - 1] ?? top;
}
