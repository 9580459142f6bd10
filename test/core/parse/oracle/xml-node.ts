// Typed reading of xml2js nodes, which is what rss-parser hands back for anything it does not
// understand itself. A node is a string (text-only element), or an object with `_` (text), `$`
// (attributes) and one array per child element name. Nothing here trusts the shape.

export type XmlNodes = readonly unknown[];

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node as a list: rss-parser's keepArray fields are arrays, plain fields are single nodes. */
export function nodes(value: unknown): XmlNodes {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Text content, trimmed; '' for a node with no text (or not a node at all). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return textOf(value[0]);
  if (isRecord(value) && typeof value._ === 'string') return value._.trim();
  return '';
}

/** Text of the first node that has any. */
export function firstText(...values: unknown[]): string {
  for (const value of values) {
    for (const node of nodes(value)) {
      const text = textOf(node);
      if (text !== '') return text;
    }
  }
  return '';
}

export function attr(value: unknown, name: string): string | null {
  const node = Array.isArray(value) ? value[0] : value;
  if (!isRecord(node)) return null;
  const attrs = node.$;
  if (!isRecord(attrs)) return null;
  const v = attrs[name];
  return typeof v === 'string' ? v.trim() : null;
}

/** Child elements of one name. */
export function children(value: unknown, name: string): XmlNodes {
  const node = Array.isArray(value) ? value[0] : value;
  if (!isRecord(node)) return [];
  return nodes(node[name]);
}

/** A field of rss-parser's own output object. */
export function field(output: unknown, name: string): unknown {
  return isRecord(output) ? output[name] : undefined;
}
