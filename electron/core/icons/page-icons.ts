// The icons a web page declares (<link rel="icon" | "shortcut icon" | "apple-touch-icon">), best
// first for a 16-pixel place that may be drawn at 2× or 3×: the smallest declared size of at least
// 32 pixels, then icons of no declared size (PNG before others), then touch icons (usually 180
// pixels), then icons smaller than 32. SVG is left out: Tidings does not keep it.
import { mimeOf, pageLinks, relsOf, type PageLink } from '../fetch/html-links';

interface Candidate {
  url: string;
  tier: number;
  /** Within a tier, lower first. */
  rank: number;
  order: number;
}

const goodSize = 32;
const touchIconSize = 180;

export function pageIcons(html: string, pageUrl: string): string[] {
  const candidates: Candidate[] = [];
  pageLinks(html, pageUrl).forEach((link, order) => {
    const rels = relsOf(link);
    const touch = rels.includes('apple-touch-icon') || rels.includes('apple-touch-icon-precomposed');
    if ((!rels.includes('icon') && !touch) || isSvg(link)) return;
    const size = declaredSize(link);
    const png = mimeOf(link) === 'image/png' || /\.png$/i.test(new URL(link.url).pathname);
    if (touch) candidates.push({ url: link.url, tier: 2, rank: size ?? touchIconSize, order });
    else if (size === null) candidates.push({ url: link.url, tier: 1, rank: png ? 0 : 1, order });
    else if (size >= goodSize) candidates.push({ url: link.url, tier: 0, rank: size * 2 + (png ? 0 : 1), order });
    else candidates.push({ url: link.url, tier: 3, rank: -size, order });
  });
  candidates.sort((a, b) => a.tier - b.tier || a.rank - b.rank || a.order - b.order);
  return [...new Set(candidates.map((candidate) => candidate.url))];
}

function isSvg(link: PageLink): boolean {
  return (
    mimeOf(link) === 'image/svg+xml' ||
    /\.svgz?$/i.test(new URL(link.url).pathname) ||
    (link.attrs.get('sizes') ?? '').trim().toLowerCase() === 'any'
  );
}

/**
 * The size to judge a link by, from sizes="16x16 32x32 48x48": the smallest of at least 32 if it
 * has one (an ICO holding several is drawn from that), else its largest; null when it declares none.
 */
function declaredSize(link: PageLink): number | null {
  const sizes = [...(link.attrs.get('sizes') ?? '').matchAll(/(\d+)\s*[x×]\s*(\d+)/gi)].map((m) =>
    Math.max(Number(m[1]), Number(m[2])),
  );
  if (sizes.length === 0) return null;
  const enough = sizes.filter((size) => size >= goodSize);
  return enough.length > 0 ? Math.min(...enough) : Math.max(...sizes);
}
