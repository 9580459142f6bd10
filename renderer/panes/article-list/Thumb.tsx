// An article's picture for the magazine and card views. Without one (or when it fails to load) a
// tile in the feed's colour with its initial stands in, so the grid keeps its rhythm.
import { useState } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { feedHue } from '../sidebar/FeedAvatar';

export function Thumb({ article, className }: { article: ArticleSummary; className: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  const src = article.thumbnail && failed !== article.thumbnail ? article.thumbnail : null;
  if (src) {
    return (
      <img
        className={className}
        src={src}
        alt=""
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        draggable={false}
        onError={() => setFailed(src)}
      />
    );
  }
  const initial = [...article.feedTitle.trim()][0]?.toUpperCase() ?? '·';
  return (
    <span className={`${className} thumb-fallback`} style={{ backgroundColor: `hsl(${feedHue(article.feedTitle)} 45% 42%)` }} aria-hidden="true">
      {initial}
    </span>
  );
}
