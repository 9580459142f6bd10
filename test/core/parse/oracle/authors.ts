// Author names from every place XML feeds hide them: Atom <author><name>/<email>, RSS <author>
// ("jo@example.com (Jo Smith)"), <dc:creator> (often several), <itunes:author>.

import { RAW } from './rss';
import { children, field, firstText, nodes, textOf } from './xml-node';

/** The names of one item's (or one channel's) authors, joined with ", ", or null. */
export function readAuthors(output: unknown): string | null {
  const fromAuthor = nodes(field(output, RAW + 'author')).map(authorNodeName);
  const fromCreator = nodes(field(output, RAW + 'dc:creator')).map((n) => personName(textOf(n)));
  const fromItunes = nodes(field(output, RAW + 'itunes:author')).map((n) => personName(textOf(n)));
  const fromEditor = nodes(field(output, RAW + 'managingEditor')).map((n) => personName(textOf(n)));
  for (const names of [fromAuthor, fromCreator, fromItunes, fromEditor]) {
    const joined = joinNames(names);
    if (joined !== null) return joined;
  }
  return null;
}

export function joinNames(names: readonly string[]): string | null {
  const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
  return unique.length > 0 ? unique.join(', ') : null;
}

function authorNodeName(node: unknown): string {
  // Atom's person construct; an RSS <author> is plain text.
  const name = firstText(children(node, 'name'));
  if (name !== '') return name;
  const email = firstText(children(node, 'email'));
  if (email !== '') return email;
  return personName(textOf(node));
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
