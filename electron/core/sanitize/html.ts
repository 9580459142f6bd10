// Feed HTML to the HTML we store and show: an allow-list (allow-list.ts) applied once at ingest, so
// the database only ever holds safe markup. What is not listed does not survive: no scripts or
// styles, no event handlers or style attributes, no forms, objects or embeds, no iframes but video
// players. Every URL is made absolute against the item's base and must use an allowed scheme.
//
// It is applied to htmlparser2's stream of tags and text rather than to a tree: nothing is built
// that is not written out, which is most of what a sanitizing library spends per article. What is
// written is safe whatever a browser makes of it: only allow-listed elements and attributes, every
// attribute value quoted and escaped, every piece of text escaped, so no markup can come from text.
// The article's plain text (for search and summaries) is collected in the same pass.

import { Tokenizer, type TokenizerCallbacks, type QuoteType } from 'htmlparser2';
import { safeUrl, type UrlUse } from '../normalize/urls';
import { plainToHtml } from '../parse/plain-html';
import {
  ALLOWED_TAGS,
  ANY_TAG_ATTRIBUTES,
  ATTRIBUTES_BY_TAG,
  BLOCK_TAGS,
  BOOLEAN_ATTRIBUTES,
  DROP_WITH_CONTENT,
  IFRAME_HOSTS,
  IFRAME_SANDBOX,
  LAZY_SOURCES,
  VOID_TAGS,
} from './allow-list';
import { FOREIGN_CONTENT, HTML_INTEGRATION_POINTS, OPEN_IMPLIES_CLOSE, VOID_ELEMENTS } from './html-structure';
import { inPageFragment, inPageId } from './in-page';
import { MAX_NESTING } from './nesting';
import { collapseWhitespace, htmlToText } from './text';

export interface SanitizedHtml {
  html: string;
  /** What a reader sees of it as plain text: htmlToText(html), without a second pass. */
  text: string;
}

export function sanitizeHtml(html: string, baseUrl: string | null): string {
  return sanitizeHtmlWithText(html, baseUrl).html;
}

export function sanitizeHtmlWithText(html: string, baseUrl: string | null): SanitizedHtml {
  if (html.trim() === '') return { html: '', text: '' };
  writer.start(html, baseUrl);
  try {
    // A tokenizer of its own per document: reset() leaves it inside a <style> or <script> that the
    // last document never closed.
    const tokenizer = new Tokenizer(TOKENIZER_OPTIONS, writer);
    tokenizer.write(html);
    tokenizer.end();
  } catch (error) {
    if (error !== TOO_DEEP) throw error;
    // Real articles nest a few dozen levels; deeper is hostile or broken, and only its words are kept.
    const text = htmlToText(html);
    return { html: plainToHtml(text), text };
  } finally {
    writer.finish();
  }
  return { html: writer.html, text: collapseWhitespace(writer.text) };
}

const TOO_DEEP = new Error('nested too deep');

type Attributes = Record<string, string>;

/**
 * Takes the tokenizer's tags and text and writes out what the allow-list keeps. It builds the
 * element structure as htmlparser2's own parser does (which end tags close which elements, which
 * start tags close an open <p>, void elements), so the markup written is balanced, and reads only
 * the attributes an element may keep.
 */
class AllowListWriter implements TokenizerCallbacks {
  html = '';
  text = '';
  private source = '';
  private base: string | null = null;
  /** The open elements, innermost last, and whether each one's tags were written out. */
  private names: string[] = [];
  private written: boolean[] = [];
  /** Index in `names` of an element dropped with its content, or -1. */
  private dropFrom = -1;
  /** Kept iframes open: their fallback content is not text a reader sees. */
  private frames = 0;
  /** Inside <svg> or <math> (true) or back in HTML inside them (false): where "<x/>" closes itself. */
  private foreign: boolean[] = [false];
  // The start tag being read.
  private tagName = '';
  private attribs: Attributes | null = null;
  private wanted: ReadonlySet<string> | undefined;
  private attribName = '';
  private attribValue = '';

  start(source: string, base: string | null): void {
    this.source = source;
    this.base = base;
    this.html = '';
    this.text = '';
    this.names.length = 0;
    this.written.length = 0;
    this.dropFrom = -1;
    this.frames = 0;
    this.foreign.length = 0;
    this.foreign.push(false);
  }

  finish(): void {
    this.source = '';
    this.base = null;
    this.attribs = null;
  }

  ontext(start: number, end: number): void {
    this.writeText(this.source.slice(start, end));
  }

  ontextentity(codePoint: number): void {
    this.writeText(String.fromCodePoint(codePoint));
  }

  onopentagname(start: number, end: number): void {
    this.openTag(this.source.slice(start, end).toLowerCase());
  }

  onattribname(start: number, end: number): void {
    if (this.attribs === null) return;
    const name = this.source.slice(start, end).toLowerCase();
    this.attribName = this.wanted?.has(name) ? name : '';
  }

  onattribdata(start: number, end: number): void {
    if (this.attribName !== '') this.attribValue += this.source.slice(start, end);
  }

  onattribentity(codePoint: number): void {
    if (this.attribName !== '') this.attribValue += String.fromCodePoint(codePoint);
  }

  onattribend(_quote: QuoteType): void {
    // The first of two attributes with one name counts, as in a browser.
    if (this.attribName !== '' && this.attribs !== null && !Object.hasOwn(this.attribs, this.attribName)) {
      this.attribs[this.attribName] = this.attribValue;
    }
    this.attribName = '';
    this.attribValue = '';
  }

  onopentagend(): void {
    this.endStartTag();
  }

  onselfclosingtag(): void {
    const name = this.tagName;
    this.endStartTag();
    // "<x/>" closes itself only in SVG and MathML; in HTML it is a start tag like any other.
    if (this.foreign[this.foreign.length - 1] === true && this.names[this.names.length - 1] === name) this.closeInnermost();
  }

  onclosetag(start: number, end: number): void {
    const name = this.source.slice(start, end).toLowerCase();
    if (FOREIGN_CONTENT.has(name) || HTML_INTEGRATION_POINTS.has(name)) this.foreign.pop();
    if (VOID_ELEMENTS.has(name)) {
      // "</br>" is read as "<br>"; other void end tags mean nothing.
      if (name === 'br') {
        this.openTag('br');
        this.endStartTag();
      }
      return;
    }
    const at = this.names.lastIndexOf(name);
    if (at !== -1) {
      while (this.names.length > at) this.closeInnermost();
    } else if (name === 'p') {
      // A "</p>" with no <p> open is an empty paragraph.
      this.openTag('p');
      this.endStartTag();
      this.closeInnermost();
    }
  }

  onend(): void {
    while (this.names.length > 0) this.closeInnermost();
  }

  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}

  private openTag(name: string): void {
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes !== undefined) {
      while (this.names.length > 0 && closes.has(this.names[this.names.length - 1] as string)) this.closeInnermost();
    }
    if (!VOID_ELEMENTS.has(name)) {
      if (this.names.length >= MAX_NESTING) throw TOO_DEEP;
      this.names.push(name);
      this.written.push(false);
      if (FOREIGN_CONTENT.has(name)) this.foreign.push(true);
      else if (HTML_INTEGRATION_POINTS.has(name)) this.foreign.push(false);
    }
    this.tagName = name;
    const reading = this.dropFrom === -1 && ALLOWED_TAGS.has(name);
    this.attribs = reading ? {} : null;
    this.wanted = reading ? ATTRIBUTES_READ.get(name) : undefined;
  }

  private endStartTag(): void {
    const name = this.tagName;
    const attribs = this.attribs;
    this.attribs = null;
    this.tagName = '';
    if (this.dropFrom !== -1) return;
    const isVoid = VOID_ELEMENTS.has(name);
    if (DROP_WITH_CONTENT.has(name)) {
      if (!isVoid) this.dropFrom = this.names.length - 1;
      return;
    }
    const attributes = attribs === null ? null : keptAttributes(name, attribs, this.base);
    if (attributes === null) {
      // An iframe whose player was refused goes with its fallback content; other elements keep theirs.
      if (name === 'iframe') this.dropFrom = this.names.length - 1;
      return;
    }
    if (isVoid) {
      if (VOID_TAGS.has(name)) this.html += `<${name}${attributes} />`;
      if (BLOCK_TAGS.has(name)) this.text += ' ';
      return;
    }
    this.html += `<${name}${attributes}>`;
    this.written[this.written.length - 1] = true;
    if (name === 'iframe') {
      this.text += ' ';
      this.frames++;
    } else if (BLOCK_TAGS.has(name)) this.text += ' ';
  }

  private closeInnermost(): void {
    const name = this.names.pop() as string;
    const written = this.written.pop() as boolean;
    if (this.dropFrom !== -1) {
      if (this.dropFrom === this.names.length) this.dropFrom = -1;
      return;
    }
    if (!written) return;
    this.html += `</${name}>`;
    if (name === 'iframe') this.frames--;
    else if (BLOCK_TAGS.has(name)) this.text += ' ';
  }

  private writeText(data: string): void {
    if (this.dropFrom !== -1) return;
    this.html += escapeText(data);
    if (this.frames === 0) this.text += data;
  }
}

/** Per element, the attributes worth reading: those it may keep, and where a lazy image hides. */
const ATTRIBUTES_READ: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [...ALLOWED_TAGS].map((tag) => {
    const names = ATTRIBUTES_BY_TAG.get(tag) ?? ANY_TAG_ATTRIBUTES;
    return [tag, tag === 'img' ? new Set([...names, ...LAZY_SOURCES]) : names];
  }),
);

// One writer, started afresh for each document: sanitizing is synchronous, so no two documents interleave.
const writer = new AllowListWriter();
const TOKENIZER_OPTIONS = { decodeEntities: true };

/**
 * The element's attributes as written out (' a="b"…'), or null when the element is not kept: an
 * image with nothing to show, a player from a host we do not embed. Attributes keep their order, so
 * sanitizing twice gives the same string.
 */
function keptAttributes(name: string, attribs: Attributes, base: string | null): string | null {
  switch (name) {
    case 'a': {
      const fragment = inPageFragment(attribs.href, base);
      if (fragment !== null) {
        // A footnote or a table of contents: it stays in the article, in this window.
        attribs.href = `#${fragment}`;
        break;
      }
      checkUrl(attribs, 'href', 'link', base);
      attribs.rel = 'noopener noreferrer';
      attribs.target = '_blank';
      break;
    }
    case 'img': {
      const lazy = lazySource(attribs);
      if (lazy !== undefined && (!attribs.src || attribs.src.startsWith('data:'))) attribs.src = lazy;
      checkUrl(attribs, 'src', 'image', base);
      checkSrcset(attribs, base);
      if (!attribs.src || isTrackingPixel(attribs)) return null;
      break;
    }
    case 'source':
      checkUrl(attribs, 'src', 'media', base);
      checkSrcset(attribs, base);
      break;
    case 'audio':
    case 'video':
      checkUrl(attribs, 'src', 'media', base);
      checkUrl(attribs, 'poster', 'image', base);
      // A poster is fetched as an image, but inline data is for <img> only.
      if (attribs.poster?.startsWith('data:')) delete attribs.poster;
      break;
    case 'track':
      checkUrl(attribs, 'src', 'media', base);
      break;
    case 'iframe':
      checkUrl(attribs, 'src', 'frame', base);
      if (!attribs.src || !IFRAME_HOSTS.has(new URL(attribs.src).hostname)) return null;
      attribs.sandbox = IFRAME_SANDBOX;
      break;
    case 'blockquote':
    case 'q':
    case 'del':
    case 'ins':
      checkUrl(attribs, 'cite', 'link', base);
      break;
  }
  if (attribs.id !== undefined) {
    const id = inPageId(attribs.id);
    if (id === null) delete attribs.id;
    else attribs.id = id;
  }
  const allowed = ATTRIBUTES_BY_TAG.get(name) ?? ANY_TAG_ATTRIBUTES;
  let written = '';
  for (const key in attribs) {
    if (!allowed.has(key)) continue;
    const value = attribs[key] ?? '';
    if (value !== '') written += ` ${key}="${escapeAttribute(value)}"`;
    else if (BOOLEAN_ATTRIBUTES.has(key)) written += ` ${key}`;
    else if (key === 'alt') written += ' alt=""';
  }
  return written;
}

/** One URL attribute made absolute and checked, in place, or removed when refused. */
function checkUrl(attribs: Attributes, key: string, use: UrlUse, base: string | null): void {
  const value = attribs[key];
  if (value === undefined) return;
  const safe = safeUrl(value, base, use);
  if (safe === null) delete attribs[key];
  else attribs[key] = safe;
}

/** Each candidate made absolute; web addresses only (an inline data: image belongs in src). */
function checkSrcset(attribs: Attributes, base: string | null): void {
  const value = attribs.srcset;
  if (value === undefined) return;
  const safe = value
    .split(/,\s+|,(?=\S+\s+\d)/)
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      const resolved = safeUrl(url, base, 'media');
      return resolved === null ? null : [resolved, ...descriptor].join(' ');
    })
    .filter((c): c is string => c !== null)
    .join(', ');
  if (safe === '') delete attribs.srcset;
  else attribs.srcset = safe;
}

/** Where lazy-loading markup keeps the real image, if it does. */
function lazySource(attribs: Attributes): string | undefined {
  for (const key of LAZY_SOURCES) {
    const value = attribs[key];
    if (value !== undefined && value.trim() !== '') return value;
  }
  return undefined;
}

/** 1×1 images are counters, not pictures. */
function isTrackingPixel(attribs: Attributes): boolean {
  return attribs.width === '1' && attribs.height === '1';
}

const TEXT_SPECIAL = /[&<>]/;
const ATTRIBUTE_SPECIAL = /[&<>"]/;

function escapeText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  if (!ATTRIBUTE_SPECIAL.test(value)) return value;
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
