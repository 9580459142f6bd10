// Feeds may bind any prefix to the namespaces we read (".NET writes a10: for Atom"). We read
// element names by the prefixes below, so a document's own prefixes are renamed to these.

const CANONICAL_PREFIX: ReadonlyMap<string, string> = new Map([
  ['http://search.yahoo.com/mrss', 'media'],
  ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'itunes'],
  ['http://purl.org/dc/elements/1.1', 'dc'],
  ['http://purl.org/rss/1.0/modules/content', 'content'],
  ['http://purl.org/rss/1.0/modules/syndication', 'sy'],
  ['http://www.w3.org/2005/atom', 'atom'],
]);

/** Element-name rewrites from the namespace declarations on the root tag, or null when none apply. */
export function prefixRenamer(rootTag: string, isAtom: boolean): ((name: string) => string) | null {
  const renames = new Map<string, string>();
  for (const m of rootTag.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) {
    const prefix = m[1] ?? '';
    const uri = (m[2] ?? '').trim().toLowerCase().replace(/[/#]+$/, '');
    let canonical = CANONICAL_PREFIX.get(uri);
    // In an Atom document written as <atom:feed>, Atom elements must lose their prefix.
    if (canonical === 'atom' && isAtom) canonical = '';
    if (canonical !== undefined && canonical !== prefix) renames.set(prefix, canonical);
  }
  if (renames.size === 0) return null;
  return (name) => {
    const colon = name.indexOf(':');
    if (colon <= 0) return name;
    const canonical = renames.get(name.slice(0, colon));
    if (canonical === undefined) return name;
    return canonical === '' ? name.slice(colon + 1) : `${canonical}${name.slice(colon)}`;
  };
}
