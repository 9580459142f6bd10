// Makes every "&" in a feed well-formed XML before the strict parser sees it. Feeds are written by
// HTML people: a bare "&" in a title, "&nbsp;" and "&eacute;" (HTML, not XML), "&#146;" meaning a
// windows-1252 quote. The XML parser would stop at the first one and lose the whole feed.
//
// Entities declared in the document's DOCTYPE are expanded only when they are plain text and within
// a fixed budget; entities that refer to other entities or to external files are never expanded, so
// "billion laughs" and XXE documents come out as literal text, not as gigabytes or file contents.

import { decodeHTMLStrict } from 'entities';

const XML_PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Most characters one document's declared entities may add, and the most we accept per entity. */
const EXPANSION_BUDGET = 1_000_000;
const MAX_ENTITY_VALUE = 1_024;
const MAX_ENTITIES = 256;

// windows-1252's meanings for 0x80–0x9F, which HTML applies to "&#150;" and friends.
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

// Every "&" except the ones that are certainly fine: the five XML entities and decimal references
// to ordinary characters (32–127, 160–49999). Skipping those in the pattern rather than in the
// callback keeps escaped-HTML feeds (thousands of "&lt;") fast.
const AMPERSAND =
  /&(?!(?:amp|lt|gt|quot|apos|#(?:3[2-9]|[4-9]\d|1[01]\d|12[0-7]|1[6-9]\d|[2-9]\d\d|[1-9]\d{3}|[1-4]\d{4}));)(?:#(\d{1,10})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z_][\w.:-]{0,63}))?(;?)/g;

/** Plain-text general entities from a DOCTYPE's internal subset. */
export function declaredEntities(doctype: string | null): ReadonlyMap<string, string> {
  const entities = new Map<string, string>();
  if (!doctype) return entities;
  // Only `<!ENTITY name "literal">` with no references in the value; SYSTEM/PUBLIC (external)
  // and parameter entities (`%`) do not match.
  const re = /<!ENTITY\s+([A-Za-z_][\w.:-]*)\s+(?:"([^"&%<]*)"|'([^'&%<]*)')\s*>/g;
  for (const m of doctype.matchAll(re)) {
    const name = m[1];
    const value = m[2] ?? m[3] ?? '';
    if (name === undefined || value.length > MAX_ENTITY_VALUE || XML_PREDEFINED.has(name)) continue;
    if (entities.size >= MAX_ENTITIES) break;
    if (!entities.has(name)) entities.set(name, value);
  }
  return entities;
}

/**
 * Rewrites the "&" references outside CDATA sections and comments (where "&" is literal) so the
 * document is well-formed, without changing what a forgiving reader would have seen.
 */
export function repairEntities(text: string, declared: ReadonlyMap<string, string>): string {
  if (!text.includes('&')) return text;
  let budget = EXPANSION_BUDGET;
  const replace = (match: string, dec?: string, hex?: string, name?: string, semicolon?: string): string => {
    if (dec !== undefined || hex !== undefined) {
      if (!semicolon) return '&amp;' + match.slice(1);
      return numericReference(dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16), match);
    }
    // "&" with no name, or a name without ";": a literal ampersand, kept literal.
    if (name === undefined || !semicolon) return '&amp;' + match.slice(1);
    if (XML_PREDEFINED.has(name)) return match;
    const value = declared.get(name);
    if (value !== undefined) {
      if (value.length > budget) return '&amp;' + match.slice(1);
      budget -= value.length;
      return escapeText(value);
    }
    const html = decodeHTMLStrict(match);
    if (html !== match) return [...html].map((c) => `&#${c.codePointAt(0) ?? 0xfffd};`).join('');
    return '&amp;' + match.slice(1);
  };
  return mapOutsideLiterals(text, (segment) => (segment.includes('&') ? segment.replace(AMPERSAND, replace) : segment));
}

function numericReference(code: number, original: string): string {
  if (code >= 0x80 && code <= 0x9f) return `&#${CP1252_C1[code - 0x80] ?? 0xfffd};`;
  if (code === 0x9 || code === 0xa || code === 0xd) return original;
  // Characters XML 1.0 forbids even as references: controls vanish, the rest become U+FFFD.
  if (code < 0x20) return '';
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff || code > 0x10ffff) return '&#xFFFD;';
  return original;
}

function escapeText(value: string): string {
  return value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Applies `fn` to the text between CDATA sections and comments, which are copied unchanged. */
export function mapOutsideLiterals(text: string, fn: (segment: string) => string): string {
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  for (;;) {
    const lt = text.indexOf('<!', i);
    if (lt < 0) break;
    let close: string | null = null;
    if (text.startsWith('<![CDATA[', lt)) close = ']]>';
    else if (text.startsWith('<!--', lt)) close = '-->';
    if (close === null) {
      i = lt + 2;
      continue;
    }
    const end = text.indexOf(close, lt + 4);
    const stop = end < 0 ? text.length : end + close.length;
    parts.push(fn(text.slice(from, lt)), text.slice(lt, stop));
    from = i = stop;
    if (stop >= text.length) break;
  }
  parts.push(fn(text.slice(from)));
  return parts.join('');
}
