// Reading the element tree the way feeds need it: the first non-empty text of several candidate
// elements, trimmed attribute values, children of one name.
//
// Plain loops, no callbacks and no rest parameters: every item of every feed calls these dozens of
// times, and a fresh parse worker's optimizing compiler inlines them into their callers. Written
// with filter/find and spread arrays they allocated an array per lookup and made the callers'
// optimized code several times larger to compile (docs/decisions.md, "Fresh workers compile less").

import type { XmlElement } from './xml-tree';

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  if (element === undefined) return found;
  const children = element.children;
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as XmlElement;
    if (child.name === name) found.push(child);
  }
  return found;
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (element === undefined) return undefined;
  const children = element.children;
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as XmlElement;
    if (child.name === name) return child;
  }
  return undefined;
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

/** The trimmed text of the first child named `name` that has any, or ''. */
export function childText(element: XmlElement | undefined, name: string): string {
  if (element === undefined) return '';
  const children = element.children;
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as XmlElement;
    if (child.name !== name) continue;
    const text = child.text.trim();
    if (text !== '') return text;
  }
  return '';
}

/** The first non-empty text among children of `element` with any of `names`, in the order of `names`. */
export function firstChildText(element: XmlElement | undefined, name: string, otherName?: string, thirdName?: string): string {
  const text = childText(element, name);
  if (text !== '' || otherName === undefined) return text;
  const other = childText(element, otherName);
  return other !== '' || thirdName === undefined ? other : childText(element, thirdName);
}

export function attr(element: XmlElement | undefined, name: string): string | null {
  const value = element?.attrs[name];
  return value === undefined ? null : value.trim();
}
