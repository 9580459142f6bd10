// How HTML's structure is read from its tags, as htmlparser2's parser reads it: which start tags
// close an open element first, which elements have no content, where foreign content begins.
// The sanitizer builds the same structure from the same tokens, so what it writes is balanced and
// matches what the page will show.

const paragraph = new Set(['p']);
const formControls = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const tableSections = new Set(['thead', 'tbody']);
const definitions = new Set(['dd', 'dt']);
const rubyText = new Set(['rt', 'rp']);

/** A start tag of the key closes the innermost open element while it is one of the values. */
export const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', definitions],
  ['dt', definitions],
  ['rt', rubyText],
  ['rp', rubyText],
  ['tbody', tableSections],
  ['tfoot', tableSections],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((tag) => [tag, formControls] as const),
  ...[
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
    'table', 'ul',
  ].map((tag) => [tag, paragraph] as const),
]);

/** Elements that never have content or an end tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

export const FOREIGN_CONTENT: ReadonlySet<string> = new Set(['math', 'svg']);

/** Elements inside SVG or MathML whose content is HTML again. */
export const HTML_INTEGRATION_POINTS: ReadonlySet<string> = new Set([
  'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title',
]);
