// Character references in attribute values and text. OPML files are written by hand and by HTML
// people: "&aelig;" (HTML, not XML), a bare "&" in a title, "&undefined;". Each becomes what a
// forgiving reader would show; nothing here can expand into more than one character per reference.
import { decodeHTMLStrict } from 'entities';

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{0,40}));/g;

const XML_NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeReferences(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(REFERENCE, (match: string, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) {
      const xml = XML_NAMED[name];
      if (xml !== undefined) return xml;
      // Unknown names stay as written: better "arch&foo;ology" than a lost attribute.
      return decodeHTMLStrict(match);
    }
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    return characterFor(code);
  });
}

function characterFor(code: number): string {
  if (code === 0x9 || code === 0xa || code === 0xd) return String.fromCodePoint(code);
  if (code < 0x20) return '';
  if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return '\uFFFD';
  return String.fromCodePoint(code);
}

/** For writing: text safe inside a double-quoted attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c] ?? c).replace(INVALID_XML_CHARS, '');
}

/** For writing: text safe as element content. */
export function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => ESCAPES[c] ?? c).replace(INVALID_XML_CHARS, '');
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Kept as references so the reader's attribute-value normalization does not turn them into spaces.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

// Characters XML 1.0 cannot carry at all, even as references.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
