// What one <outline> says, read the way real exporters write it: attribute names in any case
// (xmlUrl, xmlurl, xmlURL), text before title (title when text is blank), and the category
// attribute ("/Tech/Linux,news") as extra folder paths.
import type { XmlElement } from '../xml/scan';

export interface OutlineAttributes {
  get(name: string): string | undefined;
}

/** Attribute lookup that ignores case: exporters disagree on it. */
export function attributesOf(element: XmlElement): OutlineAttributes {
  const lower = new Map<string, string>();
  for (const [name, value] of element.attributes) {
    const key = name.toLowerCase();
    if (!lower.has(key)) lower.set(key, value);
  }
  return { get: (name) => lower.get(name.toLowerCase()) };
}

export function collapse(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** text wins over title unless it is blank (listparser's rule, and what every reader shows). */
export function outlineTitle(attributes: OutlineAttributes): string {
  return collapse(attributes.get('text')) || collapse(attributes.get('title'));
}

/** category="/a/b,tag" → [["a","b"],["tag"]]: slash paths and plain tags, each once. */
export function categoryPaths(attributes: OutlineAttributes): string[][] {
  const raw = attributes.get('category');
  if (!raw) return [];
  const seen = new Set<string>();
  const paths: string[][] = [];
  for (const entry of raw.split(',')) {
    const path = entry
      .split('/')
      .map((part) => collapse(part))
      .filter((part) => part !== '');
    const key = path.join('\u0000');
    if (path.length === 0 || seen.has(key)) continue;
    seen.add(key);
    paths.push(path);
  }
  return paths;
}

export function isOutline(element: XmlElement): boolean {
  return element.name.toLowerCase() === 'outline';
}
