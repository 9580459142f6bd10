// Likes, notes and labels: a like shows at once through the article-state overlay, like a star; a
// note or a label change shows once the core has it. Either way the sidebar's counts (Liked,
// Notes, each label) are reloaded after the change.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Client } from '../../shared/contract';
import type { Article, ArticleId, ArticleSummary, Label, LabelId } from '../../shared/model';
import type { ArticleStateOverlay } from './use-article-state';
import type { Report } from './use-status';

type Kept = Partial<Pick<Article, 'note' | 'noteAt' | 'labels'>>;

export interface Keeping {
  setLiked: (article: ArticleSummary, liked: boolean) => Promise<void>;
  setNote: (article: ArticleSummary, note: string | null) => Promise<void>;
  changeLabels: (article: ArticleSummary, add: readonly string[], remove: readonly string[]) => Promise<void>;
  renameLabel: (labelId: LabelId, name: string) => Promise<void>;
  deleteLabel: (labelId: LabelId) => Promise<void>;
  /** A full article with the latest note and labels laid over what was loaded. */
  view: <T extends Article>(article: T) => T;
}

export function useKeeping(
  client: Client,
  overlay: Pick<ArticleStateOverlay, 'change' | 'view'>,
  /** Reloads the sidebar's counts; the list stays as it is, as it does for a star. */
  countsChanged: () => Promise<void>,
  /** Reloads the sidebar and the list (a label renamed or deleted). */
  labelsChanged: () => Promise<void>,
  report: Report,
): Keeping {
  const { change, view: withState } = overlay;
  // Loaded articles sit in caches (the reader's, the expanded view's): what changed since is kept here.
  const kept = useRef(new Map<ArticleId, Kept>());
  const [version, setVersion] = useState(0);
  const remember = useCallback((id: ArticleId, changes: Kept) => {
    kept.current.set(id, { ...kept.current.get(id), ...changes });
    setVersion((value) => value + 1);
  }, []);

  const setLiked = useCallback(
    async (article: ArticleSummary, liked: boolean) => {
      if (withState(article).liked === liked) return;
      const done = change([article.id], { liked });
      try {
        await client.setLiked({ articleId: article.id, liked });
        done(true);
        await countsChanged();
      } catch (error) {
        done(false);
        report(error, liked ? 'Liking' : 'Unliking');
      }
    },
    [client, change, withState, countsChanged, report],
  );

  const setNote = useCallback(
    async (article: ArticleSummary, note: string | null) => {
      const text = note?.trim() ? note.trim() : null;
      try {
        await client.setNote({ articleId: article.id, note: text });
        remember(article.id, { note: text, noteAt: text === null ? null : new Date().toISOString() });
        await countsChanged();
      } catch (error) {
        report(error, 'Saving the note');
      }
    },
    [client, remember, countsChanged, report],
  );

  const changeLabels = useCallback(
    async (article: ArticleSummary, add: readonly string[], remove: readonly string[]) => {
      try {
        const { labels } = await client.labelArticle({ articleId: article.id, add: [...add], remove: [...remove] });
        remember(article.id, { labels });
        await countsChanged();
      } catch (error) {
        report(error, 'Labelling');
      }
    },
    [client, remember, countsChanged, report],
  );

  const relabelEverywhere = useCallback((rename: (label: Label) => Label | null) => {
    for (const [id, entry] of kept.current) {
      if (entry.labels) kept.current.set(id, { ...entry, labels: entry.labels.map(rename).filter((label) => label !== null) });
    }
  }, []);

  const renameLabel = useCallback(
    async (labelId: LabelId, name: string) => {
      try {
        const renamed = await client.renameLabel({ labelId, name });
        relabelEverywhere((label) => (label.id === labelId ? { id: labelId, name: renamed.name } : label));
        await labelsChanged();
      } catch (error) {
        report(error, 'Renaming the label');
      }
    },
    [client, relabelEverywhere, labelsChanged, report],
  );

  const deleteLabel = useCallback(
    async (labelId: LabelId) => {
      try {
        await client.deleteLabel({ labelId });
        relabelEverywhere((label) => (label.id === labelId ? null : label));
        await labelsChanged();
      } catch (error) {
        report(error, 'Deleting the label');
      }
    },
    [client, relabelEverywhere, labelsChanged, report],
  );

  const view = useMemo(() => {
    void version; // a new function per change, so consumers re-render
    return <T extends Article>(article: T): T => {
      const entry = kept.current.get(article.id);
      return entry ? { ...article, ...entry } : article;
    };
  }, [version]);

  return useMemo(
    () => ({ setLiked, setNote, changeLabels, renameLabel, deleteLabel, view }),
    [setLiked, setNote, changeLabels, renameLabel, deleteLabel, view],
  );
}
