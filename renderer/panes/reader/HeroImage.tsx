// The article's picture above its text, when the feed gave one apart from the content (media:
// thumbnail, an image enclosure) and the content shows none of its own: Flipboard's pictures.
import type { Article } from '../../../shared/model';
import { keptImageUrl } from '../../api/kept-images';

export function HeroImage({ article }: { article: Pick<Article, 'thumbnail' | 'contentHtml' | 'cachedImages'> }) {
  if (!article.thumbnail || /<img\b/i.test(article.contentHtml)) return null;
  const kept = article.cachedImages?.[article.thumbnail];
  const src = kept ? keptImageUrl(kept) : article.thumbnail;
  return <img className="reader-hero" src={src} alt="" loading="lazy" referrerPolicy="no-referrer" />;
}
