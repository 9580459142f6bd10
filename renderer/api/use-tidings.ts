// The reader's state and every action a person can take, in one place: the panes get data and
// callbacks, and never call the core themselves.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ArticleId, ArticleScope, ArticleSummary, FeedSummary, FolderId, Library } from '../../shared/model';
import type { ListView, Settings } from '../../shared/settings';
import { sidebarOrder, stepFrom } from '../panes/sidebar/sidebar-order';
import { useClient } from './context';
import { scopeKey, useArticleList } from './use-article-list';
import { useArticleState } from './use-article-state';
import { useKeeping } from './use-keeping';
import { useLibrary } from './use-library';
import { useLiveLibrary } from './use-live-library';
import { useOpenArticle } from './use-open-article';
import { useReading } from './use-reading';
import { useRefresh } from './use-refresh';
import { useSearch, type SearchRequest } from './use-search';
import { useSettings } from './use-settings';
import { useStatus } from './use-status';
import { useSubscriptions } from './use-subscriptions';
import { useToasts } from './use-toasts';
import { manyArticles } from './many-read';
import type { Adder, AddOptions, AddOutcome } from './adding';
import { TidingsError } from '../../shared/errors';
import { useSharing } from '../sharing/use-sharing';

/** The library without feeds on their way out, totals recounted. */
function withoutLeaving(library: Library | null, leaving: ReadonlySet<number>): Library | null {
  if (!library || leaving.size === 0) return library;
  const feeds = library.feeds.filter((feed) => !leaving.has(feed.id));
  return { ...library, feeds, totals: { ...library.totals, unread: feeds.reduce((sum, feed) => sum + feed.unread, 0) } };
}

const noCollapsedIds: ReadonlySet<ArticleId> = new Set();

export function useTidings() {
  const client = useClient();
  const status = useStatus();
  const { report } = status;
  const toasts = useToasts();
  const { settings, loaded: settingsLoaded, update: updateSettings } = useSettings(client, report);
  const library = useLibrary(client, report);
  const overlay = useArticleState();
  const { view: withState } = overlay;

  const [scope, setScope] = useState<ArticleScope>({ kind: 'all' });
  const listOptions = useMemo(
    () => ({ scope, order: settings.listOrder, unreadOnly: settings.unreadOnly, enabled: settingsLoaded }),
    [scope, settings.listOrder, settings.unreadOnly, settingsLoaded],
  );
  const list = useArticleList(client, listOptions, overlay, report);
  const search = useSearch(client, overlay, report);
  const reader = useOpenArticle(client, report);
  const reading = useReading(client, overlay, library, report);

  const rows: readonly ArticleSummary[] = search.request ? search.hits : list.items;
  const [cursorId, setCursorId] = useState<ArticleId | null>(null);
  const [openId, setOpenId] = useState<ArticleId | null>(null);
  const [collapsedIds, setCollapsedIds] = useState<ReadonlySet<ArticleId>>(noCollapsedIds);
  const [sidebarHidden, setSidebarHidden] = useState(false);
  const [sidebarCursor, setSidebarCursor] = useState<string | null>(null);

  const key = scopeKey(scope);
  const view: ListView = settings.scopeViews[key] ?? settings.listView;
  const collapsedFolders = useMemo(() => new Set(settings.collapsedFolders), [settings.collapsedFolders]);

  const onChanged = useCallback(async () => {
    reader.forget();
    await Promise.all([library.reload(), list.reload()]);
  }, [library.reload, list.reload, reader.forget]);
  const subscriptions = useSubscriptions(client, toasts, onChanged, report);
  const keeping = useKeeping(client, overlay, library.reload, onChanged, report);
  const shownLibrary = useMemo(
    () => withoutLeaving(library.library, subscriptions.leaving),
    [library.library, subscriptions.leaving],
  );

  const cursor: ArticleSummary | null = useMemo(() => {
    if (cursorId === null) return null;
    const row = rows.find((item) => item.id === cursorId) ?? (reader.article?.id === cursorId ? reader.article : null);
    return row ? withState(row) : null;
  }, [rows, reader.article, cursorId, withState]);
  // Read, starred and liked come from the list row when there is one: the full article may have
  // been fetched (or fetched ahead) before a change the row has since been sent.
  const { view: withKept } = keeping;
  const article = useMemo(() => {
    const full = reader.article;
    if (!full || openId !== full.id) return null;
    const row = rows.find((item) => item.id === full.id);
    const state = withState(row ?? full);
    return withKept({ ...full, read: state.read, starred: state.starred, liked: state.liked });
  }, [reader.article, openId, rows, withState, withKept]);

  // Handlers bound to keys read the newest state through refs, so the bindings never go stale.
  const latest = useRef({ rows, cursor, hasMore: list.hasMore, view, settings, openId, library: shownLibrary, sidebarCursor, scope });
  useLayoutEffect(() => {
    latest.current = { rows, cursor, hasMore: list.hasMore, view, settings, openId, library: shownLibrary, sidebarCursor, scope };
  });

  const { open: loadArticle, close: closeArticle, prefetch, forget } = reader;
  const { setRead, setStarred, markAllRead, undoMarkAllRead } = reading;
  const { loadMore } = list;

  // After a share or unshare: the open article shows it, and so does the Shared view. An Undo runs
  // long after the share, so it must reload the list on show then, not the one shown at the share.
  const reloadList = useRef(list.reload);
  reloadList.current = list.reload;
  const sharedChanged = useCallback(
    async (articleId: ArticleId) => {
      forget();
      if (latest.current.openId === articleId) await loadArticle(articleId);
      if (latest.current.scope.kind === 'shared') await reloadList.current();
    },
    [forget, loadArticle],
  );
  const sharing = useSharing(client, toasts, report, sharedChanged);

  const open = useCallback(
    (summary: ArticleSummary) => {
      setCursorId(summary.id);
      setOpenId(summary.id);
      if (latest.current.view !== 'expanded') {
        void loadArticle(summary.id);
        // The ones j and k go to next.
        const { rows: items } = latest.current;
        const index = items.findIndex((item) => item.id === summary.id);
        prefetch([items[index + 1], items[index - 1]].filter((item) => item !== undefined).map((item) => item.id));
      }
      if (latest.current.settings.markReadOnOpen) void setRead([summary], true);
    },
    [loadArticle, prefetch, setRead],
  );

  const close = useCallback(() => {
    setOpenId(null);
    closeArticle();
  }, [closeArticle]);

  const move = useCallback(
    (step: 1 | -1, opening: boolean) => {
      const { rows: items, cursor: current, hasMore } = latest.current;
      const index = current ? items.findIndex((item) => item.id === current.id) : -1;
      const next = items[index === -1 ? 0 : index + step];
      if (next) {
        if (opening) open(next);
        else setCursorId(next.id);
      } else if (step === 1 && hasMore) void loadMore();
    },
    [open, loadMore],
  );

  const selectScope = useCallback(
    (next: ArticleScope) => {
      search.clear();
      setScope(next);
      setSidebarCursor(scopeKey(next));
      setCursorId(null);
      setCollapsedIds(noCollapsedIds);
      close();
    },
    [search.clear, close],
  );

  const runSearch = useCallback(
    (request: SearchRequest) => {
      setCursorId(null);
      close();
      void search.run(request);
    },
    [search.run, close],
  );

  const clearSearch = useCallback(() => {
    search.clear();
    setCursorId(null);
    close();
  }, [search.clear, close]);

  const refresh = useRefresh(client, report, onChanged);
  const reopen = useCallback(
    (articleId: ArticleId) => {
      if (latest.current.view === 'expanded') return; // the stream shows the list's rows
      forget();
      void loadArticle(articleId);
    },
    [forget, loadArticle],
  );
  useLiveLibrary({ library, list, openId, reopen });

  const cancelledAdds = useRef(new Set<string>());
  const addFeed = useCallback(
    async (url: string, folder: string, options: AddOptions): Promise<AddOutcome> => {
      try {
        const { keep, requestId } = options;
        const feed = await client.addFeed({ url, keep, requestId, ...(folder.trim() ? { folder } : {}) });
        // A Cancel that came too late to stop it: the feed is there, so it is shown as added.
        cancelledAdds.current.delete(requestId);
        await library.reload();
        selectScope({ kind: 'feed', feedId: feed.id });
        return { kind: 'added', feed };
      } catch (error) {
        if (cancelledAdds.current.delete(options.requestId)) return { kind: 'cancelled' };
        report(error, 'Adding the subscription');
        return { kind: 'failed', canKeep: error instanceof TidingsError && error.code === 'not_found' };
      }
    },
    [client, report, library.reload, selectScope],
  );
  const cancelAdd = useCallback(
    (requestId: string) => {
      cancelledAdds.current.add(requestId);
      client.cancelAddFeed({ requestId }).catch((error: unknown) => report(error, 'Cancelling'));
    },
    [client, report],
  );
  const adder: Adder = useMemo(() => ({ add: addFeed, cancel: cancelAdd }), [addFeed, cancelAdd]);

  const setView = useCallback(
    (next: ListView) => {
      const { settings: current, scope: shownScope, view: shown, openId: opened } = latest.current;
      // The choice is remembered for this subscription or folder, and becomes the default for new ones.
      updateSettings({ listView: next, scopeViews: { ...current.scopeViews, [scopeKey(shownScope)]: next } });
      // The expanded view reads in the stream; the others need the open article in the reader.
      if (shown === 'expanded' && next !== 'expanded' && opened !== null) void loadArticle(opened);
    },
    [updateSettings, loadArticle],
  );

  const toggleFolder = useCallback(
    (id: FolderId) => {
      const current = latest.current.settings.collapsedFolders;
      updateSettings({
        collapsedFolders: current.includes(id) ? current.filter((folder) => folder !== id) : [...current, id],
      });
    },
    [updateSettings],
  );

  // More than a screenful offers Undo (as unsubscribing and sharing do), which puts back exactly
  // the articles this mark changed.
  const markScopeRead = useCallback(
    async (olderThanDays?: number, target?: ArticleScope) => {
      const { scope: shownScope, rows: shown } = latest.current;
      const same = !target || scopeKey(target) === scopeKey(shownScope);
      const { changed, undoToken } = await markAllRead(target ?? shownScope, same ? shown : [], olderThanDays);
      await list.reload();
      const message = `Marked ${changed} ${changed === 1 ? 'article' : 'articles'} as read`;
      if (!undoToken || changed <= manyArticles) return toasts.show(message);
      toasts.show(message, {
        action: {
          label: 'Undo',
          run: () =>
            void undoMarkAllRead(undoToken).then(async (unread) => {
              if (unread === null) return;
              await reloadList.current();
              toasts.show(`${unread} ${unread === 1 ? 'article is' : 'articles are'} unread again`);
            }),
        },
      });
    },
    [markAllRead, undoMarkAllRead, list.reload, toasts.show],
  );

  const stepSidebar = useCallback((step: 1 | -1) => {
    const { library: shown, sidebarCursor: at, scope: shownScope } = latest.current;
    if (!shown) return;
    const entries = sidebarOrder(shown, new Set(latest.current.settings.collapsedFolders), scopeKey(shownScope));
    const next = stepFrom(entries, at ?? scopeKey(shownScope), step);
    if (next) setSidebarCursor(next.key);
  }, []);

  const openSidebarCursor = useCallback(() => {
    const { library: shown, sidebarCursor: at, scope: shownScope } = latest.current;
    if (!shown || !at) return;
    const entry = sidebarOrder(shown, new Set(latest.current.settings.collapsedFolders), scopeKey(shownScope)).find(
      (item) => item.key === at,
    );
    if (entry) selectScope(entry.scope);
  }, [selectScope]);

  const toggleCursorFolder = useCallback(() => {
    const { sidebarCursor: at, scope: shownScope } = latest.current;
    const target = at ?? scopeKey(shownScope);
    const match = /^folder:(\d+)$/.exec(target);
    if (match) toggleFolder(Number(match[1]));
  }, [toggleFolder]);

  const actions = useMemo(
    () => ({
      open,
      close,
      next: () => move(1, true),
      previous: () => move(-1, true),
      down: () => move(1, false),
      up: () => move(-1, false),
      toggleOpen: () => {
        const { cursor: current, openId: opened, view: shownView } = latest.current;
        if (!current) return move(1, true);
        if (shownView === 'expanded') {
          setCollapsedIds((ids) => {
            const next = new Set(ids);
            if (!next.delete(current.id)) next.add(current.id);
            return next;
          });
        } else if (opened === current.id) close();
        else open(current);
      },
      toggleStar: () => {
        const current = latest.current.cursor;
        if (current) void setStarred(current, !current.starred);
      },
      toggleLike: () => {
        const current = latest.current.cursor;
        if (current) void keeping.setLiked(current, !current.liked);
      },
      toggleRead: () => {
        const current = latest.current.cursor;
        if (current) void setRead([current], !current.read);
      },
      markArticlesRead: (articles: readonly ArticleSummary[]) => void setRead(articles, true),
      setRead: (article: ArticleSummary, read: boolean) => void setRead([article], read),
      setStarred: (article: ArticleSummary, starred: boolean) => void setStarred(article, starred),
      currentArticle: () => latest.current.cursor,
      /** The scope on show, or `target`; everything, or only what is older than some days. */
      markScopeRead: (olderThanDays?: number, target?: ArticleScope) => void markScopeRead(olderThanDays, target),
      refreshAll: () => void refresh.refresh(),
      refreshFeeds: (feedIds: number[]) => void refresh.refresh(feedIds),
      selectScope,
      adder,
      loadMore: () => void loadMore(),
      runSearch,
      clearSearch,
      setView,
      toggleFolder,
      toggleSidebar: () => setSidebarHidden((hidden) => !hidden),
      nextSubscription: () => stepSidebar(1),
      previousSubscription: () => stepSidebar(-1),
      openSubscription: openSidebarCursor,
      toggleCursorFolder,
      zoom: (step: 1 | -1) => {
        const size = latest.current.settings.fontSize + step;
        if (size >= 12 && size <= 28) updateSettings({ fontSize: size });
      },
      updateSettings: (changes: Partial<Settings>) => updateSettings(changes),
      notify: (message: string) => toasts.show(message),
    }),
    [
      open, close, move, setStarred, keeping.setLiked, setRead, markScopeRead, refresh.refresh, selectScope, adder, loadMore, runSearch,
      clearSearch, setView, toggleFolder, stepSidebar, openSidebarCursor, toggleCursorFolder, updateSettings, toasts.show,
    ],
  );

  return {
    settings,
    settingsLoaded,
    library: shownLibrary,
    scope,
    view,
    rows,
    withState,
    overlayVersion: overlay.version,
    hasMore: search.request ? false : list.hasMore,
    loadingArticles: search.request ? search.loading : list.loading,
    search: search.request,
    cursorId,
    openId,
    collapsedIds,
    article,
    loadingArticle: reader.loading,
    sidebarHidden,
    sidebarCursor,
    collapsedFolders,
    refreshProgress: refresh.progress,
    lastRefresh: refresh.last,
    error: status.error,
    dismissError: status.dismiss,
    toasts,
    subscriptions,
    sharing,
    /** Shows a failed call in the status line. */
    report,
    keeping,
    actions,
    /** Reloads the library and the list, e.g. after an import. */
    reload: onChanged,
  };
}

export type Tidings = ReturnType<typeof useTidings>;
export type Actions = Tidings['actions'];
