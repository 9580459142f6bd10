// Read, starred and liked as the person last set them. A change shows at once and stays shown: a list
// page that was asked for before the change was saved would otherwise bring the old state back
// for a moment ("flicker"). A change is forgotten only once a page asked for after it was saved
// has arrived, since that page already carries it.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ArticleId, ArticleSummary } from '../../shared/model';

type Flags = Partial<Pick<ArticleSummary, 'read' | 'starred' | 'liked'>>;

interface Override {
  flags: Flags;
  /** The load counter when the change was saved; null while saving. */
  savedAt: number | null;
}

export interface ArticleStateOverlay {
  /** The summary with the person's latest changes laid over it. */
  view: <T extends ArticleSummary>(article: T) => T;
  /** Records a change before it is sent; answers a function to call once it is saved (or failed). */
  change: (ids: readonly ArticleId[], flags: Flags) => (saved: boolean) => void;
  /** Call when a page request starts; call what it answers with the page's articles when they arrive. */
  loadStarted: () => (page: readonly ArticleSummary[]) => void;
  /** Changes to the overlay, for memoised consumers. */
  version: number;
}

export function useArticleState(): ArticleStateOverlay {
  const overrides = useRef(new Map<ArticleId, Override>());
  const loads = useRef(0);
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((value) => value + 1), []);

  const change = useCallback(
    (ids: readonly ArticleId[], flags: Flags) => {
      const mine = new Map<ArticleId, Override>();
      const previous = new Map<ArticleId, Override | undefined>();
      for (const id of ids) {
        const before = overrides.current.get(id);
        previous.set(id, before);
        const entry: Override = { flags: { ...before?.flags, ...flags }, savedAt: null };
        overrides.current.set(id, entry);
        mine.set(id, entry);
      }
      bump();
      return (saved: boolean) => {
        for (const [id, entry] of mine) {
          if (overrides.current.get(id) !== entry) continue; // a newer change owns this article now
          if (saved) entry.savedAt = loads.current;
          else {
            const before = previous.get(id);
            if (before) overrides.current.set(id, before);
            else overrides.current.delete(id);
          }
        }
        if (!saved) bump();
      };
    },
    [bump],
  );

  const loadStarted = useCallback(() => {
    const started = ++loads.current;
    // Only the page's own rows: older pages still hold what they were sent.
    return (page: readonly ArticleSummary[]) => {
      for (const article of page) {
        const entry = overrides.current.get(article.id);
        if (entry && entry.savedAt !== null && entry.savedAt < started) overrides.current.delete(article.id);
      }
    };
  }, []);

  const view = useMemo(() => {
    void version; // a new function per change, so consumers re-render
    return <T extends ArticleSummary>(article: T): T => {
      const entry = overrides.current.get(article.id);
      return entry ? { ...article, ...entry.flags } : article;
    };
  }, [version]);

  return { view, change, loadStarted, version };
}
