// An item's categories, for rules that match on them (#18): RSS <category>text</category>,
// <dc:subject>, Atom <category term label>. JSON Feed's `tags` are read in json-feed.ts.
import { attr, childrenNamed, textOf } from './xml-read';
import type { XmlElement } from './xml-tree';

/** At most this many per item: a feed that tags an item with thousands gains nothing from them. */
const MOST = 100;

export function readCategories(item: XmlElement): string[] {
  const names = [...childrenNamed(item, 'category'), ...childrenNamed(item, 'dc:subject')].map(
    (element) => attr(element, 'label') || attr(element, 'term') || textOf(element),
  );
  return distinctNames(names);
}

export function distinctNames(names: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const name of names) {
    if (typeof name !== 'string') continue;
    const trimmed = name.replace(/\s+/g, ' ').trim();
    if (trimmed !== '' && seen.size < MOST) seen.add(trimmed);
  }
  return [...seen];
}
