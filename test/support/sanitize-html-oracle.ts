// The sanitizer Tidings used before its own (electron/core/sanitize/html.ts): the same allow-list
// through sanitize-html. Kept for tests only, as an oracle: both must agree on real feeds.

import sanitize from 'sanitize-html';
import { inPageFragment, inPageId } from '../../electron/core/sanitize/in-page';
import * as allowList from '../../electron/core/sanitize/allow-list';
import { safeUrl, type UrlUse } from '../../electron/core/normalize/urls';
import { plainToHtml } from '../../electron/core/parse/plain-html';
import { htmlToText } from '../../electron/core/sanitize/text';

// The same allow-list the sanitizer applies, in sanitize-html's terms: only the engines differ.
const ALLOWED_TAGS = [...allowList.ALLOWED_TAGS];
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  '*': [...allowList.ANY_TAG_ATTRIBUTES],
  ...Object.fromEntries([...allowList.ATTRIBUTES_BY_TAG].map(([tag, names]) => [tag, [...names]])),
};
const IFRAME_HOSTS = [...allowList.IFRAME_HOSTS];
const DROP_WITH_CONTENT = [...allowList.DROP_WITH_CONTENT];
const LAZY_SOURCES = allowList.LAZY_SOURCES;

export function sanitizeHtmlOracle(html: string, baseUrl: string | null): string {
  if (html.trim() === '') return '';
  if (nestsTooDeep(html)) return plainToHtml(htmlToText(html));
  // The options are built once; what differs per call is only the base URL the transforms read.
  // sanitize-html runs synchronously, so no other call can see this one's base.
  currentBase = baseUrl;
  try {
    return sanitize(html, OPTIONS);
  } finally {
    currentBase = null;
  }
}

let currentBase: string | null = null;

/**
 * One URL attribute made absolute and checked, in place (sanitize-html hands each tag a fresh
 * attribute object), or removed when refused. Keys keep their order, so sanitizing twice gives the
 * same string.
 */
function checkUrl(attribs: sanitize.Attributes, name: string, use: UrlUse): void {
  const value = attribs[name];
  if (value === undefined) return;
  const safe = safeUrl(value, currentBase, use);
  if (safe === null) delete attribs[name];
  else attribs[name] = safe;
}

function checkSrcset(attribs: sanitize.Attributes): void {
  const value = attribs.srcset;
  if (value === undefined) return;
  const safe = absoluteSrcset(value, (url) => safeUrl(url, currentBase, 'image'));
  if (safe === '') delete attribs.srcset;
  else attribs.srcset = safe;
}

const transformed =
  (change: (attribs: sanitize.Attributes) => void): sanitize.Transformer =>
  (tagName, attribs) => {
    change(attribs);
    return { tagName, attribs };
  };

const media = transformed((attribs) => {
  checkUrl(attribs, 'src', 'media');
  checkUrl(attribs, 'poster', 'image');
});
const citing = transformed((attribs) => checkUrl(attribs, 'cite', 'link'));

const OPTIONS: sanitize.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: ALLOWED_ATTRIBUTES,
  // Our transforms already resolved and checked every URL; these are the backstop.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'], iframe: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'poster', 'srcset'],
  allowProtocolRelative: false,
  allowedIframeHostnames: IFRAME_HOSTS,
  allowIframeRelativeUrls: false,
  nonTextTags: DROP_WITH_CONTENT,
  disallowedTagsMode: 'discard',
  enforceHtmlBoundary: false,
  selfClosing: ['img', 'br', 'hr', 'source', 'track', 'wbr', 'col'],
  parseStyleAttributes: false,
  transformTags: {
    '*': transformed((attribs) => {
      if (attribs.id === undefined) return;
      const id = inPageId(attribs.id);
      if (id === null) delete attribs.id;
      else attribs.id = id;
    }),
    a: transformed((attribs) => {
      const fragment = inPageFragment(attribs.href, currentBase);
      if (fragment !== null) {
        attribs.href = `#${fragment}`;
        return;
      }
      checkUrl(attribs, 'href', 'link');
      attribs.rel = 'noopener noreferrer';
      attribs.target = '_blank';
    }),
    img: transformed((attribs) => {
      const lazy = LAZY_SOURCES.map((name) => attribs[name]).find((v) => v !== undefined && v.trim() !== '');
      if (lazy !== undefined && (!attribs.src || attribs.src.startsWith('data:'))) attribs.src = lazy;
      checkUrl(attribs, 'src', 'image');
      checkSrcset(attribs);
    }),
    source: transformed((attribs) => {
      checkUrl(attribs, 'src', 'media');
      checkSrcset(attribs);
    }),
    audio: media,
    video: media,
    track: transformed((attribs) => checkUrl(attribs, 'src', 'media')),
    // A player needs its own script, but never our page, popups of its choosing or top navigation.
    iframe: transformed((attribs) => {
      checkUrl(attribs, 'src', 'frame');
      attribs.sandbox = allowList.IFRAME_SANDBOX;
    }),
    blockquote: citing,
    q: citing,
    del: citing,
    ins: citing,
  },
  exclusiveFilter: (frame) => {
    // An iframe whose src was refused, or an image with nothing to show.
    if (frame.tag === 'iframe') return !frame.attribs.src;
    if (frame.tag === 'img') return !frame.attribs.src || isTrackingPixel(frame.attribs);
    return false;
  },
};

function absoluteSrcset(srcset: string, resolve: (url: string) => string | null): string {
  return srcset
    .split(/,\s+|,(?=\S+\s+\d)/)
    .map((candidate) => {
      const [u = '', ...descriptor] = candidate.trim().split(/\s+/);
      const safe = resolve(u);
      return safe === null ? null : [safe, ...descriptor].join(' ');
    })
    .filter((c): c is string => c !== null)
    .join(', ');
}

/** 1×1 images are counters, not pictures. */
function isTrackingPixel(attribs: Readonly<Record<string, string>>): boolean {
  return attribs.width === '1' && attribs.height === '1';
}

const MAX_NESTING = 1_000;

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
