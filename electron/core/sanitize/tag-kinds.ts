// Everything the sanitizer needs to know about an element name, found with one lookup: the allow-list
// (allow-list.ts) and HTML's structure (html-structure.ts) folded into one record per name, so a tag
// costs one Map lookup instead of one per set it might be in.

import {
  ALLOWED_TAGS,
  ANY_TAG_ATTRIBUTES,
  ATTRIBUTES_BY_TAG,
  BLOCK_TAGS,
  DROP_WITH_CONTENT,
  LAZY_SOURCES,
  VOID_TAGS,
} from './allow-list';
import { FOREIGN_CONTENT, HTML_INTEGRATION_POINTS, OPEN_IMPLIES_CLOSE, VOID_ELEMENTS } from './html-structure';

export interface TagKind {
  /** On the allow-list: its tags may be written out. */
  readonly allowed: boolean;
  /** Has no content and no end tag (HTML's void elements). */
  readonly isVoid: boolean;
  /** Written as `<br />` when kept. */
  readonly writtenVoid: boolean;
  /** Its start and end read as a break between words in plain text. */
  readonly block: boolean;
  /** Dropped with everything inside it. */
  readonly dropWithContent: boolean;
  /** Opens SVG or MathML (true), or HTML again inside them (false); undefined for the rest. */
  readonly foreign: boolean | undefined;
  /** The open elements its start tag closes first (an open <p>, say). */
  readonly closes: ReadonlySet<string> | undefined;
  /** The attributes worth reading: those it may keep, and where a lazy image hides. Empty unless allowed. */
  readonly read: ReadonlySet<string>;
  /** The attributes it may keep. */
  readonly kept: ReadonlySet<string>;
}

const NOTHING: ReadonlySet<string> = new Set();

function kindOf(name: string): TagKind {
  const allowed = ALLOWED_TAGS.has(name);
  const kept = ATTRIBUTES_BY_TAG.get(name) ?? ANY_TAG_ATTRIBUTES;
  return {
    allowed,
    isVoid: VOID_ELEMENTS.has(name),
    writtenVoid: VOID_TAGS.has(name),
    block: BLOCK_TAGS.has(name),
    dropWithContent: DROP_WITH_CONTENT.has(name),
    foreign: FOREIGN_CONTENT.has(name) ? true : HTML_INTEGRATION_POINTS.has(name) ? false : undefined,
    closes: OPEN_IMPLIES_CLOSE.get(name),
    read: !allowed ? NOTHING : name === 'img' ? new Set([...kept, ...LAZY_SOURCES]) : kept,
    kept,
  };
}

const KINDS: ReadonlyMap<string, TagKind> = new Map(
  [
    ...new Set([
      ...ALLOWED_TAGS, ...BLOCK_TAGS, ...DROP_WITH_CONTENT, ...VOID_TAGS, ...VOID_ELEMENTS,
      ...FOREIGN_CONTENT, ...HTML_INTEGRATION_POINTS, ...OPEN_IMPLIES_CLOSE.keys(),
    ]),
  ].map((name) => [name, kindOf(name)]),
);

/** Any element named nowhere: not kept, its content kept. */
const OTHER: TagKind = kindOf('');

export function tagKind(name: string): TagKind {
  return KINDS.get(name) ?? OTHER;
}
