// Author names from every place XML feeds hide them: Atom <author><name>/<email>, RSS <author>
// ("jo@example.com (Jo Smith)"), <dc:creator> (often several), <itunes:author>.

import { firstChildText, textOf } from './xml-read';
import type { XmlElement } from './xml-tree';

/** The names of one item's (or one channel's) authors, joined with ", ", or null. */
export function readAuthors(element: XmlElement): string | null {
  const joined = joinNames(namesOf(element, 'author', authorName));
  if (joined !== null) return joined;
  for (const name of ['dc:creator', 'itunes:author', 'managingEditor']) {
    const names = joinNames(namesOf(element, name, textName));
    if (names !== null) return names;
  }
  return null;
}

/** Most items have one author or none: no list is made until there is a name. */
function namesOf(element: XmlElement, name: string, read: (node: XmlElement) => string): string[] | null {
  let names: string[] | null = null;
  const children = element.children;
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as XmlElement;
    if (child.name === name) (names ??= []).push(read(child));
  }
  return names;
}

export function joinNames(names: readonly string[] | null): string | null {
  if (names === null) return null;
  let joined: string | null = null;
  const seen = new Set<string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed === '' || seen.has(trimmed)) continue;
    seen.add(trimmed);
    joined = joined === null ? trimmed : `${joined}, ${trimmed}`;
  }
  return joined;
}

function textName(node: XmlElement): string {
  return personName(textOf(node));
}

function authorName(author: XmlElement): string {
  // Atom's person construct; an RSS <author> is plain text.
  return firstChildText(author, 'name') || firstChildText(author, 'email') || personName(textOf(author));
}

/**
 * "jo@example.com (Jo Smith)" and "Jo Smith <jo@example.com>" are Jo Smith; a bare address stays
 * an address, which is better than nothing.
 */
export function personName(text: string): string {
  const t = text.trim();
  const paren = /^\S+@\S+\s*\((.+)\)$/.exec(t);
  if (paren?.[1]) return paren[1].trim();
  const angle = /^(.+?)\s*<[^<>@\s]+@[^<>\s]+>$/.exec(t);
  if (angle?.[1]) return angle[1].replace(/^["']|["']$/g, '').trim();
  const mailto = /^mailto:(\S+@\S+)$/i.exec(t);
  if (mailto?.[1]) return mailto[1];
  return t;
}
