// Footnotes and tables of contents: an article's ids are kept under a prefix, so none can take the
// name of one of the page's own (or of a global, by DOM clobbering), and its links to them stay
// in-page fragments instead of becoming addresses of the original page.

export const articleIdPrefix = 'article-';

/** The id as the page will hold it, or null for one not worth keeping. Sanitizing twice changes nothing. */
export function inPageId(id: string): string | null {
  const trimmed = id.trim();
  if (!/^[\w.:-]{1,128}$/.test(trimmed)) return null;
  return trimmed.startsWith(articleIdPrefix) ? trimmed : `${articleIdPrefix}${trimmed}`;
}

/** The prefixed id a link points at within the article ("#fn1", or the item's own URL + "#fn1"), or null. */
export function inPageFragment(href: string | undefined, base: string | null): string | null {
  if (href === undefined) return null;
  const hash = href.indexOf('#');
  if (hash === -1) return null;
  const before = href.slice(0, hash);
  if (before !== '' && !sameDocument(before, base)) return null;
  let fragment: string;
  try {
    fragment = decodeURIComponent(href.slice(hash + 1));
  } catch {
    return null;
  }
  return inPageId(fragment);
}

function sameDocument(url: string, base: string | null): boolean {
  if (base === null) return false;
  try {
    const target = new URL(url, base);
    const page = new URL(base);
    target.hash = '';
    page.hash = '';
    return target.href === page.href;
  } catch {
    return false;
  }
}
