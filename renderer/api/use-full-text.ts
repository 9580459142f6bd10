// Which text the reader shows for the open article: the feed's, or the full text from its web
// page. Full text already kept (a starred article's) is shown first; "Load full text" fetches it
// when there is none, and toggles back to the feed's text when it is on show.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../../shared/contract';
import type { Article, ArticleId } from '../../shared/model';
import { messageOf } from './use-status';

export interface FullTextView {
  /** What the reader body shows. */
  html: string;
  /** Image URL in `html` → the kept copy's address. */
  images: Record<string, string>;
  showing: 'full' | 'feed';
  loading: boolean;
  toggle: () => void;
}

export function useFullText(client: Client, article: Article | null, notify: (message: string) => void): FullTextView {
  // Articles answered by loadFullText: newer than the copy the reader holds.
  const [loaded, setLoaded] = useState<ReadonlyMap<ArticleId, Article>>(new Map());
  const [choice, setChoice] = useState<ReadonlyMap<ArticleId, 'full' | 'feed'>>(new Map());
  const [loadingId, setLoadingId] = useState<ArticleId | null>(null);
  const current = useRef(article);
  useEffect(() => {
    current.current = article;
  });

  const fetched = article ? loaded.get(article.id) : undefined;
  const fullText = fetched?.fullText ?? article?.fullText;
  const hasFullText = Boolean(fullText);
  const showing = article && hasFullText && choice.get(article.id) !== 'feed' ? 'full' : 'feed';

  const toggle = useCallback(() => {
    const open = current.current;
    if (!open) return;
    const id = open.id;
    if (showing === 'full') return setChoice((map) => new Map(map).set(id, 'feed'));
    if (hasFullText) return setChoice((map) => new Map(map).set(id, 'full'));
    if (!open.link) return notify('This article has no web page to load the full text from.');
    setLoadingId(id);
    client.loadFullText({ articleId: id }).then(
      (withFullText) => {
        setLoaded((map) => new Map(map).set(id, withFullText));
        setChoice((map) => new Map(map).set(id, 'full'));
      },
      (error: unknown) => notify(`Could not load the full text. ${messageOf(error)}`),
    ).finally(() => setLoadingId((at) => (at === id ? null : at)));
  }, [client, hasFullText, notify, showing]);

  return {
    html: showing === 'full' ? (fullText?.html ?? '') : (article?.contentHtml ?? ''),
    images: { ...fetched?.cachedImages, ...article?.cachedImages },
    showing,
    loading: loadingId !== null && loadingId === article?.id,
    toggle,
  };
}
