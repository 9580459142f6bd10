// Feed HTML to the HTML we store and show: an allow-list (allow-list.ts) applied once at ingest, so
// the database only ever holds safe markup. What is not listed does not survive: no scripts or
// styles, no event handlers or style attributes, no forms, objects or embeds, no iframes but video
// players. Every URL is made absolute against the item's base and must use an allowed scheme
// (keep-element.ts).
//
// It is applied to htmlparser2's stream of tags and text rather than to a tree: nothing is built
// that is not written out, which is most of what a sanitizing library spends per article. What is
// written is safe whatever a browser makes of it: only allow-listed elements and attributes, every
// attribute value quoted and escaped, every piece of text escaped, so no markup can come from text.
// The article's plain text (for search and summaries) is collected in the same pass.

import { decodeHTML, decodeHTMLAttribute } from 'entities';
import type { TokenizerCallbacks, QuoteType } from 'htmlparser2';
import { plainToHtml } from '../parse/plain-html';
import { BOOLEAN_ATTRIBUTES } from './allow-list';
import { AttributeList } from './attribute-list';
import { HtmlOutput } from './html-output';
import { keepElement } from './keep-element';
import { MAX_NESTING } from './nesting';
import { COLLAPSIBLE, PlainTextBuilder } from './plain-text-builder';
import { SkippingTokenizer } from '../parse/skipping-tokenizer';
import { tagKind, type TagKind } from './tag-kinds';
import { htmlToText } from './text';

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
    const tokenizer = new SkippingTokenizer(TOKENIZER_OPTIONS, writer);
    tokenizer.write(html);
    writer.atEnd();
    tokenizer.end();
    return writer.finish();
  } catch (error) {
    writer.finish();
    if (error !== TOO_DEEP) throw error;
    // Real articles nest a few dozen levels; deeper is hostile or broken, and only its words are kept.
    const text = htmlToText(html);
    return { html: plainToHtml(text), text };
  }
}

const TOO_DEEP = new Error('nested too deep');

/**
 * Takes the tokenizer's tags and text and writes out what the allow-list keeps. It builds the
 * element structure as htmlparser2's own parser does (which end tags close which elements, which
 * start tags close an open <p>, void elements), so the markup written is balanced, and reads only
 * the attributes an element may keep.
 */
class AllowListWriter implements TokenizerCallbacks {
  private readonly out = new HtmlOutput();
  private readonly plain = new PlainTextBuilder();
  private source = '';
  private base: string | null = null;
  /** The open elements, innermost last, what each is, and whether each one's tags were written out. */
  private names: string[] = [];
  private kinds: TagKind[] = [];
  private written: boolean[] = [];
  /** Index in `names` of an element dropped with its content, or -1. */
  private dropFrom = -1;
  /** Kept iframes open: their fallback content is not text a reader sees. */
  private frames = 0;
  /** Inside <svg> or <math> (true) or back in HTML inside them (false): where "<x/>" closes itself. */
  private foreign: boolean[] = [false];
  // The start tag being read.
  private tagName = '';
  private tag: TagKind = tagKind('');
  /** Where the tag's "<" is while it may still be copied as it stands (a lower-case name, nothing else), or -1. */
  private tagCopyFrom = -1;
  private tagNameEnd = 0;
  private reading = false;
  private readonly attribs = new AttributeList();
  private attribName = '';
  private attribValue = '';
  /**
   * Where the tokenizer reports text it never decodes character references in: inside <xmp> (and
   * the other raw-text elements, dropped anyway) until its end tag, and the unfinished tag, comment
   * or declaration it reports as text at the end of the document.
   */
  private rawText = false;

  start(source: string, base: string | null): void {
    this.source = source;
    this.base = base;
    this.out.start(source);
    this.plain.start();
    this.names.length = 0;
    this.kinds.length = 0;
    this.written.length = 0;
    this.dropFrom = -1;
    this.frames = 0;
    this.foreign.length = 0;
    this.foreign.push(false);
    this.rawText = false;
  }

  /** The tokenizer has read the whole document; what it reports now is what it left unfinished. */
  atEnd(): void {
    this.rawText = true;
  }

  finish(): SanitizedHtml {
    const result = { html: this.out.finish(), text: this.plain.finish() };
    this.source = '';
    this.base = null;
    this.reading = false;
    this.attribs.release();
    return result;
  }

  ontext(start: number, end: number): void {
    if (this.dropFrom !== -1) return;
    const raw = this.source.slice(start, end);
    if (!TEXT_OR_WHITESPACE_SPECIAL.test(raw)) {
      this.out.copy(start, end);
      if (this.frames === 0) this.plain.add(raw, true);
      return;
    }
    const text = !this.rawText && raw.includes('&') ? decodeHTML(raw) : raw;
    if (TEXT_SPECIAL.test(text)) this.out.write(escapeText(text));
    else if (text === raw) this.out.copy(start, end);
    else this.out.write(text);
    if (this.frames === 0) this.plain.add(text);
  }

  // The tokenizer leaves character references to the writer (TOKENIZER_OPTIONS), so it reports none.
  ontextentity(): void {}

  onopentagname(start: number, end: number): void {
    const raw = this.source.slice(start, end);
    const name = raw.toLowerCase();
    this.tagCopyFrom = name === raw ? start - 1 : -1;
    this.tagNameEnd = end;
    this.openTag(name);
  }

  onattribname(start: number, end: number): void {
    this.tagCopyFrom = -1;
    if (!this.reading) return;
    const name = this.source.slice(start, end).toLowerCase();
    this.attribName = this.tag.read.has(name) ? name : '';
  }

  onattribdata(start: number, end: number): void {
    if (this.attribName !== '') this.attribValue += this.source.slice(start, end);
  }

  onattribentity(): void {}

  onattribend(_quote: QuoteType): void {
    // The first of two attributes with one name counts, as in a browser.
    if (this.attribName !== '' && !this.attribs.has(this.attribName)) {
      const raw = this.attribValue;
      this.attribs.set(this.attribName, raw.includes('&') ? decodeHTMLAttribute(raw) : raw);
    }
    this.attribName = '';
    this.attribValue = '';
  }

  onopentagend(endIndex: number): void {
    if (RAW_TEXT_ELEMENTS.has(this.tagName)) this.rawText = true;
    this.endStartTag(endIndex === this.tagNameEnd ? this.tagCopyFrom : -1, endIndex + 1);
  }

  onselfclosingtag(): void {
    const name = this.tagName;
    this.endStartTag(-1, 0);
    // "<x/>" closes itself only in SVG and MathML; in HTML it is a start tag like any other.
    if (this.foreign[this.foreign.length - 1] === true && this.names[this.names.length - 1] === name) this.closeInnermost(-1, 0);
  }

  onclosetag(start: number, end: number): void {
    // A raw-text element's content ends only at its own end tag, so this is the first end tag after it.
    this.rawText = false;
    const raw = this.source.slice(start, end);
    const name = raw.toLowerCase();
    const kind = tagKind(name);
    if (kind.foreign !== undefined) this.foreign.pop();
    if (kind.isVoid) {
      // "</br>" is read as "<br>"; other void end tags mean nothing.
      if (name === 'br') {
        this.openTag('br');
        this.endStartTag(-1, 0);
      }
      return;
    }
    const at = this.names.lastIndexOf(name);
    if (at !== -1) {
      while (this.names.length > at + 1) this.closeInnermost(-1, 0);
      // "</p>" as it stands is written as it stands.
      const source = this.source;
      const asWritten =
        raw === name && source.charCodeAt(end) === GT && source.charCodeAt(start - 1) === SLASH && source.charCodeAt(start - 2) === LT;
      this.closeInnermost(asWritten ? start - 2 : -1, end + 1);
    } else if (name === 'p') {
      // A "</p>" with no <p> open is an empty paragraph.
      this.openTag('p');
      this.endStartTag(-1, 0);
      this.closeInnermost(-1, 0);
    }
  }

  onend(): void {
    while (this.names.length > 0) this.closeInnermost(-1, 0);
  }

  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}

  private openTag(name: string): void {
    const kind = tagKind(name);
    const closes = kind.closes;
    if (closes !== undefined) {
      while (this.names.length > 0 && closes.has(this.names[this.names.length - 1] as string)) this.closeInnermost(-1, 0);
    }
    if (!kind.isVoid) {
      if (this.names.length >= MAX_NESTING) throw TOO_DEEP;
      this.names.push(name);
      this.kinds.push(kind);
      this.written.push(false);
      if (kind.foreign !== undefined) this.foreign.push(kind.foreign);
    }
    this.tagName = name;
    this.tag = kind;
    this.reading = this.dropFrom === -1 && kind.allowed;
    this.attribs.clear();
  }

  /** The start tag is read: written out if kept, copied from the source [copyFrom, copyTo) when it stands as it would be written. */
  private endStartTag(copyFrom: number, copyTo: number): void {
    const name = this.tagName;
    const kind = this.tag;
    const reading = this.reading;
    this.reading = false;
    this.tagName = '';
    if (this.dropFrom !== -1) return;
    if (kind.dropWithContent) {
      if (!kind.isVoid) this.dropFrom = this.names.length - 1;
      return;
    }
    if (!reading || !keepElement(name, this.attribs, this.base)) {
      // An iframe whose player was refused goes with its fallback content; other elements keep theirs.
      if (reading && name === 'iframe') this.dropFrom = this.names.length - 1;
      return;
    }
    if (kind.isVoid) {
      if (kind.writtenVoid) {
        this.out.write('<');
        this.out.write(name);
        this.writeAttributes(kind);
        this.out.write(' />');
      }
      if (kind.block) this.plain.space();
      return;
    }
    if (copyFrom !== -1 && this.attribs.size === 0) this.out.copy(copyFrom, copyTo);
    else {
      this.out.write('<');
      this.out.write(name);
      this.writeAttributes(kind);
      this.out.write('>');
    }
    this.written[this.written.length - 1] = true;
    if (name === 'iframe') {
      this.plain.space();
      this.frames++;
    } else if (kind.block) this.plain.space();
  }

  /** Attributes keep their order, so sanitizing twice gives the same string. */
  private writeAttributes(kind: TagKind): void {
    const attribs = this.attribs;
    for (let index = 0; index < attribs.size; index++) {
      const key = attribs.nameAt(index);
      if (!kind.kept.has(key)) continue;
      const value = attribs.valueAt(index);
      if (value !== '') {
        this.out.write(' ');
        this.out.write(key);
        this.out.write('="');
        this.out.write(escapeAttribute(value));
        this.out.write('"');
      } else if (BOOLEAN_ATTRIBUTES.has(key)) {
        this.out.write(' ');
        this.out.write(key);
      } else if (key === 'alt') this.out.write(' alt=""');
    }
  }

  /** Closes the innermost open element; its end tag is copied from the source [copyFrom, copyTo) when it stands as written. */
  private closeInnermost(copyFrom: number, copyTo: number): void {
    const name = this.names.pop() as string;
    const kind = this.kinds.pop() as TagKind;
    const written = this.written.pop() as boolean;
    if (this.dropFrom !== -1) {
      if (this.dropFrom === this.names.length) this.dropFrom = -1;
      return;
    }
    if (!written) return;
    if (copyFrom !== -1) this.out.copy(copyFrom, copyTo);
    else {
      this.out.write('</');
      this.out.write(name);
      this.out.write('>');
    }
    if (name === 'iframe') this.frames--;
    else if (kind.block) this.plain.space();
  }
}

/** Elements whose content htmlparser2's tokenizer reads as text up to their end tag, references undecoded. */
const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

const LT = 60;
const SLASH = 47;
const GT = 62;

// One writer, started afresh for each document: sanitizing is synchronous, so no two documents interleave.
const writer = new AllowListWriter();
// Character references are decoded by the writer, only in the text and attribute values it keeps and
// only where the text holds an "&": the tokenizer then skips through text to the next "<" (about half
// of its time per article), instead of stepping through it a character at a time to look for "&".
// decodeHTML and decodeHTMLAttribute are the HTML standard's rules for text and attribute values.
const TOKENIZER_OPTIONS = { decodeEntities: false };

const TEXT_SPECIAL = /[&<>]/;
/** Text that needs escaping, or whitespace that plain text collapses (plain-text-builder.ts): one scan for the usual text, which has neither. */
const TEXT_OR_WHITESPACE_SPECIAL = new RegExp(`${TEXT_SPECIAL.source}|${COLLAPSIBLE.source}`);
const ATTRIBUTE_SPECIAL = /[&<>"]/;

function escapeText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  if (!ATTRIBUTE_SPECIAL.test(value)) return value;
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
