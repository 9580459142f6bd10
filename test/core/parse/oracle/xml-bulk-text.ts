// Most of a feed's bytes are article bodies: CDATA sections and escaped HTML in <content>,
// <description> and the like. The XML parser under rss-parser (sax, through xml2js) walks every one
// of those characters through its state machine, which was most of the parse stage's time. Long
// bodies are set aside before parsing, each replaced by a short placeholder, and put back into the
// parser's output afterwards: the parser then reads only the document's structure.
//
// Only text whose meaning is certain is set aside: a whole CDATA section, or the text of a known
// body element up to its own closing tag (entities decoded here, as the parser would have). Each
// scan is a forward pass (a bounded regex and indexOf), so a hostile document stays linear.
import { decodeXML } from 'entities';

/** Shorter bodies are left to the parser: setting them aside would cost more than it saves. */
const MIN_SET_ASIDE = 256;

const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

// A comment (skipped whole), a CDATA section, or the open tag of an element that holds a body.
const BODY_START = /<!--|<!\[CDATA\[|<((?:[\w.-]+:)?(?:content|summary|description|encoded))(?:\s[^<>]*)?>/g;

export interface SetAside {
  /** The document with long bodies replaced by placeholders. */
  xml: string;
  /** The parser's output with the bodies back where their placeholders are. */
  restore<T>(output: T): T;
}

export function setAsideBodies(xml: string): SetAside {
  // A document that already uses the placeholder characters is parsed as it is.
  if (xml.includes(OPEN)) return { xml, restore: (output) => output };
  const bodies: string[] = [];
  const parts: string[] = [];
  let copied = 0;
  const start = new RegExp(BODY_START);
  for (let m = start.exec(xml); m !== null; m = start.exec(xml)) {
    const at = m.index + m[0].length;
    if (m[0] === '<!--') {
      const end = xml.indexOf('-->', at);
      if (end < 0) break;
      start.lastIndex = end + 3;
      continue;
    }
    if (m[1] === undefined) {
      const end = xml.indexOf(']]>', at);
      if (end < 0) break;
      start.lastIndex = end + 3;
      if (end - at < MIN_SET_ASIDE) continue;
      parts.push(xml.slice(copied, m.index), placeholder(bodies.length));
      bodies.push(xml.slice(at, end));
      copied = end + 3;
      continue;
    }
    if (m[0].endsWith('/>')) continue;
    const end = xml.indexOf('<', at);
    if (end < 0) break;
    start.lastIndex = end;
    if (end - at < MIN_SET_ASIDE || !xml.startsWith(`</${m[1]}`, end)) continue;
    parts.push(xml.slice(copied, at), placeholder(bodies.length));
    bodies.push(decodeXML(xml.slice(at, end)));
    copied = end;
  }
  if (bodies.length === 0) return { xml, restore: (output) => output };
  parts.push(xml.slice(copied));
  const putBack = (text: string): string =>
    text.includes(OPEN) ? text.replace(PLACEHOLDER, (whole, index: string) => bodies[Number(index)] ?? whole) : text;
  return { xml: parts.join(''), restore: (output) => restoreIn(output, putBack) };
}

function placeholder(index: number): string {
  return `${OPEN}${index}${CLOSE}`;
}

/** Every string in the parser's output (xml2js nodes are plain objects, arrays and strings). */
function restoreIn<T>(value: T, putBack: (text: string) => string): T {
  if (typeof value === 'string') return putBack(value) as T;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = restoreIn(value[index], putBack);
    return value;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = restoreIn(record[key], putBack);
  }
  return value;
}
