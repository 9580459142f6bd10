// When the strict parser still fails, keep what is sound. The parser reports where it stopped; if
// that is inside an item, we cut that item out and try again; otherwise (a truncated download) we
// cut after the last complete item and close the document. Each attempt shortens the document.

export interface Recovery {
  xml: string;
  /** What was done, for the log. */
  note: string;
}

/** Line and column from an xml2js/sax error message ("...\nLine: 3\nColumn: 17\nChar: x"). */
export function errorOffset(xml: string, message: string): number | null {
  const m = /Line:\s*(\d+)\s*Column:\s*(\d+)/.exec(message);
  if (!m) return null;
  const line = Number(m[1]);
  const column = Number(m[2]);
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const nl = xml.indexOf('\n', offset);
    if (nl < 0) return xml.length;
    offset = nl + 1;
  }
  return Math.min(xml.length, offset + column);
}

export function recover(xml: string, rootName: string, isAtom: boolean, errorAt: number): Recovery | null {
  const tag = isAtom ? 'entry' : 'item';
  const start = lastOpenTag(xml, tag, errorAt);
  if (start >= 0) {
    // The parser notices a broken item at the latest at its closing tag; step back over it.
    const end = xml.indexOf(`</${tag}>`, Math.max(start, errorAt - tag.length - 3));
    if (end >= 0) {
      return { xml: xml.slice(0, start) + xml.slice(end + tag.length + 3), note: `dropped a broken <${tag}>` };
    }
  }
  // No complete item around the error: keep the items before it and close what is open.
  const lastClose = xml.lastIndexOf(`</${tag}>`, start >= 0 ? start : errorAt);
  if (lastClose < 0) return null;
  const cut = lastClose + tag.length + 3;
  const closing = rootName.endsWith('rss') ? `</channel></${rootName}>` : `</${rootName}>`;
  return { xml: xml.slice(0, cut) + closing, note: `kept the items before offset ${errorAt}` };
}

/** The last "<item>" or "<item ...>" at or before `before` (not "<items>" or "<item-x>"). */
function lastOpenTag(xml: string, tag: string, before: number): number {
  let at = xml.lastIndexOf(`<${tag}`, before);
  while (at >= 0) {
    const next = xml.charAt(at + tag.length + 1);
    if (next === '>' || next === ' ' || next === '\t' || next === '\n' || next === '\r' || next === '/') return at;
    at = at === 0 ? -1 : xml.lastIndexOf(`<${tag}`, at - 1);
  }
  return -1;
}
