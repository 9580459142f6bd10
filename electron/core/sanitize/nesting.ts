// sanitize-html (through htmlparser2) slows down with the square of the nesting depth: 100,000
// nested <div>s take seconds. Real articles nest a few dozen levels, so a document nested deeper
// than MAX_NESTING is hostile or broken, and is reduced to its text before it gets there.

export const MAX_NESTING = 1_000;

// Elements that never nest (void) or close themselves implicitly (<p>, <li>, <td>...): counting
// them would make ordinary unclosed paragraphs look deep.
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption',
  'rb', 'rt', 'rp', 'html', 'head', 'body',
]);

const TAG = /<(\/?)([A-Za-z][\w:-]*)[^<>]*?(\/?)>/g;

/** Whether the markup nests deeper than MAX_NESTING elements (an upper bound, linear time). */
export function nestsTooDeep(html: string): boolean {
  let depth = 0;
  for (const m of html.matchAll(TAG)) {
    if (NOT_NESTING.has((m[2] ?? '').toLowerCase())) continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (m[3] !== '/' && ++depth > MAX_NESTING) return true;
  }
  return false;
}
