// An item's categories, for rules that match on them (#18): RSS <category>text</category>,
// <dc:subject>, Atom <category term label>. JSON Feed's `tags` are read in json-feed.ts.
import { attr, textOf } from './xml-read';
import type { XmlElement } from './xml-tree';

/** At most this many per item: a feed that tags an item with thousands gains nothing from them. */
const MOST = 100;

export function readCategories(item: XmlElement): string[] {
  // RSS's categories first, then Dublin Core's, in document order; most items have none.
  let names: string[] | null = null;
  for (const name of CATEGORY_NAMES) {
    const children = item.children;
    for (let index = 0; index < children.length; index++) {
      const element = children[index] as XmlElement;
      if (element.name === name) (names ??= []).push(attr(element, 'label') || attr(element, 'term') || textOf(element));
    }
  }
  return names === null ? [] : distinctNames(names);
}

const CATEGORY_NAMES = ['category', 'dc:subject'];

export function distinctNames(names: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const name of names) {
    if (typeof name !== 'string') continue;
    const trimmed = name.replace(/\s+/g, ' ').trim();
    if (trimmed !== '' && seen.size < MOST) seen.add(trimmed);
  }
  return [...seen];
}
