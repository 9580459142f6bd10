// The reader's state and every action a person can take, in one place: the panes get data and
// callbacks, and never call the core themselves.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ArticleId, ArticleScope, ArticleSummary, FeedSummary } from '../../shared/model';
import { useClient } from './context';
import { useArticleList } from './use-article-list';
import { useLibrary } from './use-library';
import { useOpenArticle } from './use-open-article';
import { useRefresh } from './use-refresh';
import { useStatus } from './use-status';

export function useTidings() {
  const client = useClient();
  const status = useStatus();
  const { report } = status;
  const library = useLibrary(client, report);
  const [scope, setScope] = useState<ArticleScope>({ kind: 'all' });
  const list = useArticleList(client, scope, report);
  const reader = useOpenArticle(client, report);
  const [selectedId, setSelectedId] = useState<ArticleId | null>(null);

  // The list's summary is the truth for read/starred; the loaded article may predate a change.
  const selected: ArticleSummary | null = useMemo(() => {
    if (selectedId === null) return null;
    return list.items.find((item) => item.id === selectedId) ?? (reader.article?.id === selectedId ? reader.article : null);
  }, [list.items, reader.article, selectedId]);
  const article = useMemo(
    () =>
      reader.article && selected && reader.article.id === selected.id
        ? { ...reader.article, read: selected.read, starred: selected.starred }
        : reader.article,
    [reader.article, selected],
  );

  // Handlers bound to keys read the newest state through refs, so the bindings never go stale.
  const latest = useRef({ items: list.items, selected, hasMore: list.hasMore });
  useLayoutEffect(() => {
    latest.current = { items: list.items, selected, hasMore: list.hasMore };
  });

  const { patch: patchList, reload: reloadList, loadMore } = list;
  const { patch: patchArticle, open: openArticle, close: closeArticle } = reader;
  const { adjust, reload: reloadLibrary } = library;

  const setRead = useCallback(
    async (summary: ArticleSummary, read: boolean) => {
      if (summary.read === read) return;
      patchList(summary.id, { read });
      patchArticle(summary.id, { read });
      adjust(summary.feedId, read ? -1 : 1, 0);
      try {
        await client.setRead({ articleIds: [summary.id], read });
      } catch (error) {
        patchList(summary.id, { read: !read });
        patchArticle(summary.id, { read: !read });
        adjust(summary.feedId, read ? 1 : -1, 0);
        report(error, read ? 'Marking as read' : 'Marking as unread');
      }
    },
    [client, report, patchList, patchArticle, adjust],
  );

  const setStarred = useCallback(
    async (summary: ArticleSummary, starred: boolean) => {
      if (summary.starred === starred) return;
      patchList(summary.id, { starred });
      patchArticle(summary.id, { starred });
      adjust(summary.feedId, 0, starred ? 1 : -1);
      try {
        await client.setStarred({ articleId: summary.id, starred });
      } catch (error) {
        patchList(summary.id, { starred: !starred });
        patchArticle(summary.id, { starred: !starred });
        adjust(summary.feedId, 0, starred ? -1 : 1);
        report(error, starred ? 'Starring' : 'Unstarring');
      }
    },
    [client, report, patchList, patchArticle, adjust],
  );

  const open = useCallback(
    (summary: ArticleSummary) => {
      setSelectedId(summary.id);
      void openArticle(summary.id);
      void setRead(summary, true);
    },
    [openArticle, setRead],
  );

  const move = useCallback(
    (step: 1 | -1) => {
      const { items, selected: current, hasMore } = latest.current;
      const index = current ? items.findIndex((item) => item.id === current.id) : -1;
      const target = index === -1 ? 0 : index + step;
      const next = items[target];
      if (next) open(next);
      else if (step === 1 && hasMore) void loadMore();
    },
    [open, loadMore],
  );

  const selectScope = useCallback(
    (next: ArticleScope) => {
      setScope(next);
      setSelectedId(null);
      closeArticle();
    },
    [closeArticle],
  );

  const onRefreshed = useCallback(async () => {
    await Promise.all([reloadLibrary(), reloadList()]);
  }, [reloadLibrary, reloadList]);
  const refresh = useRefresh(client, report, onRefreshed);

  const addFeed = useCallback(
    async (url: string, folder: string): Promise<FeedSummary | null> => {
      try {
        const feed = await client.addFeed(folder.trim() ? { url, folder } : { url });
        await reloadLibrary();
        selectScope({ kind: 'feed', feedId: feed.id });
        return feed;
      } catch (error) {
        report(error, 'Adding the subscription');
        return null;
      }
    },
    [client, report, reloadLibrary, selectScope],
  );

  const actions = useMemo(
    () => ({
      open,
      next: () => move(1),
      previous: () => move(-1),
      toggleStar: () => {
        const current = latest.current.selected;
        if (current) void setStarred(current, !current.starred);
      },
      toggleRead: () => {
        const current = latest.current.selected;
        if (current) void setRead(current, !current.read);
      },
      openOriginal: () => {
        const link = latest.current.selected?.link;
        if (link) window.open(link, '_blank', 'noopener,noreferrer');
      },
      refreshAll: () => void refresh.refresh(),
      selectScope,
      addFeed,
      loadMore: () => void loadMore(),
    }),
    [open, move, setStarred, setRead, refresh.refresh, selectScope, addFeed, loadMore],
  );

  return {
    library: library.library,
    scope,
    articles: list.items,
    hasMore: list.hasMore,
    loadingArticles: list.loading,
    selectedId,
    article,
    loadingArticle: reader.loading,
    refreshProgress: refresh.progress,
    lastRefresh: refresh.last,
    error: status.error,
    dismissError: status.dismiss,
    actions,
  };
}

export type Tidings = ReturnType<typeof useTidings>;
export type Actions = Tidings['actions'];
