// What feed HTML may keep: the elements, their attributes, and what is dropped whole. Anything not
// named here does not survive sanitizing.

import { videoEmbedHosts, videoEmbedSandbox } from '../../../shared/csp';

export const ALLOWED_TAGS: ReadonlySet<string> = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'span',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'a', 'img', 'picture', 'figure', 'figcaption', 'audio', 'video', 'source', 'track', 'iframe',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'pre', 'code', 'kbd', 'samp', 'var', 'blockquote', 'q', 'cite',
  'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'mark', 'abbr', 'dfn', 'time',
  'details', 'summary', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'address',
  'ruby', 'rt', 'rp', 'bdi', 'bdo', 'wbr',
]);

const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title', 'rel', 'target'],
  img: ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height'],
  source: ['src', 'srcset', 'sizes', 'type', 'media'],
  audio: ['src', 'controls', 'loop', 'muted', 'preload'],
  video: ['src', 'poster', 'controls', 'loop', 'muted', 'preload', 'playsinline', 'width', 'height'],
  track: ['src', 'kind', 'label', 'srclang', 'default'],
  iframe: ['src', 'width', 'height', 'title', 'allowfullscreen', 'sandbox'],
  th: ['colspan', 'rowspan', 'scope', 'headers', 'abbr'],
  td: ['colspan', 'rowspan', 'headers'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  abbr: ['title'],
  dfn: ['title'],
  time: ['datetime'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  bdo: ['dir'],
  details: ['open'],
};

/** What any allowed element may keep: its id, prefixed (in-page.ts), so footnotes keep their targets. */
export const ANY_TAG_ATTRIBUTES: ReadonlySet<string> = new Set(['id']);

/** Per element, the attributes it may keep (a Set each, built once); elements not listed keep ANY_TAG_ATTRIBUTES. */
export const ATTRIBUTES_BY_TAG: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(ALLOWED_ATTRIBUTES).map(([tag, names]) => [tag, new Set([...ANY_TAG_ATTRIBUTES, ...names])]),
);

/** Attributes whose presence is their value; every other attribute with an empty value is dropped. */
export const BOOLEAN_ATTRIBUTES: ReadonlySet<string> = new Set([
  'controls', 'loop', 'muted', 'playsinline', 'allowfullscreen', 'default', 'reversed', 'open',
]);

/** Elements written as `<br />`: they have no content and no end tag. */
export const VOID_TAGS: ReadonlySet<string> = new Set(['img', 'br', 'hr', 'source', 'track', 'wbr', 'col']);

/** Elements dropped with everything inside them (the other disallowed elements keep their text). */
export const DROP_WITH_CONTENT: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'title', 'head', 'svg',
  'form', 'textarea', 'select', 'option', 'button', 'object', 'embed', 'applet',
]);

/** Video players we embed (https only); the CSP's frame-src names the same hosts. */
export const IFRAME_HOSTS: ReadonlySet<string> = new Set(videoEmbedHosts);

export const IFRAME_SANDBOX = videoEmbedSandbox;

/** Where the real image hides in lazy-loading markup. */
export const LAZY_SOURCES: readonly string[] = ['data-src', 'data-lazy-src', 'data-original', 'data-orig-file'];

/**
 * Elements whose start and end read as a break between words in plain text, so
 * "<p>one</p><p>two</p>" is "one two"; the same list htmlToText uses.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'section', 'article', 'header', 'footer', 'figure',
  'figcaption', 'aside', 'nav',
]);
