// Author names from every place XML feeds hide them: Atom <author><name>/<email>, RSS <author>
// ("jo@example.com (Jo Smith)"), <dc:creator> (often several), <itunes:author>.

import { childrenNamed, firstChildText, textOf } from './xml-read';
import type { XmlElement } from './xml-tree';

/** The names of one item's (or one channel's) authors, joined with ", ", or null. */
export function readAuthors(element: XmlElement): string | null {
  const textNames = (name: string) => childrenNamed(element, name).map((n) => personName(textOf(n)));
  const joined = joinNames(childrenNamed(element, 'author').map(authorName));
  if (joined !== null) return joined;
  for (const name of ['dc:creator', 'itunes:author', 'managingEditor']) {
    const names = joinNames(textNames(name));
    if (names !== null) return names;
  }
  return null;
}

export function joinNames(names: readonly string[]): string | null {
  const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
  return unique.length > 0 ? unique.join(', ') : null;
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
