// Reading the element tree the way feeds need it: the first non-empty text of several candidate
// elements, trimmed attribute values, children of one name.

import type { XmlElement } from './xml-tree';

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  if (element === undefined) return [];
  return element.children.filter((child) => child.name === name);
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child) => child.name === name);
}

/** The element's own text, trimmed; '' for none. */
export function textOf(element: XmlElement | undefined): string {
  return element === undefined ? '' : element.text.trim();
}

/** The trimmed text of the first of the elements that has any. */
export function firstText(...lists: readonly (readonly XmlElement[])[]): string {
  for (const list of lists) {
    for (const element of list) {
      const text = element.text.trim();
      if (text !== '') return text;
    }
  }
  return '';
}

/** The first non-empty text among children of `element` with any of `names`, in the order of `names`. */
export function firstChildText(element: XmlElement | undefined, ...names: readonly string[]): string {
  return firstText(...names.map((name) => childrenNamed(element, name)));
}

export function attr(element: XmlElement | undefined, name: string): string | null {
  const value = element?.attrs[name];
  return value === undefined ? null : value.trim();
}
