// The article's picture above its text, when the feed gave one apart from the content (media:
// thumbnail, an image enclosure) and the content shows none of its own: Flipboard's pictures.
import type { Article } from '../../../shared/model';

export function HeroImage({ article }: { article: Pick<Article, 'thumbnail' | 'contentHtml'> }) {
  if (!article.thumbnail || /<img\b/i.test(article.contentHtml)) return null;
  return <img className="reader-hero" src={article.thumbnail} alt="" loading="lazy" referrerPolicy="no-referrer" />;
}
