// The reader's state and every action a person can take, in one place: the hooks of api/ composed
// and their actions returned in `actions`. The panes and dialogs get data and callbacks, and never
// call the core themselves. A new action is a hook in api/ (a file of its own) and a line here.
import { useCallback, useMemo } from 'react';
import type { ArticleId, ArticleScope, ArticleSummary, Library } from '../../shared/model';
import type { ListView, Settings } from '../../shared/settings';
import { useClient } from './context';
import { usePublishShown, useReaderStore } from './reader-store';
import { useAdder } from './use-adder';
import { useArticleNavigation } from './use-article-navigation';
import { scopeKey, useArticleList } from './use-article-list';
import { useArticleState } from './use-article-state';
import { useFeedFullText } from './use-feed-full-text';
import { useFeedRetention } from './use-feed-retention';
import { useFullText } from './use-full-text';
import { useImport } from './use-import';
import { useKeeping } from './use-keeping';
import { useLibrary } from './use-library';
import { useLiveLibrary } from './use-live-library';
import { useMarkScopeRead } from './use-mark-scope-read';
import { useOpenArticle } from './use-open-article';
import { useReading } from './use-reading';
import { useRefresh } from './use-refresh';
import { useRules } from './use-rules';
import { useSavedSearches } from './use-saved-searches';
import { useSearch } from './use-search';
import { useSettings } from './use-settings';
import { useSidebarCursor } from './use-sidebar-cursor';
import { useStatus } from './use-status';
import { useSubscriptions } from './use-subscriptions';
import { useToasts } from './use-toasts';
import type { LoadArticleBody } from './use-article-bodies';
import type { LoadFeedIcons } from './use-feed-icons';
import { useSharing } from './use-sharing';
import { useAccounts } from './use-accounts';

/** The library without feeds on their way out, totals recounted. */
function withoutLeaving(library: Library | null, leaving: ReadonlySet<number>): Library | null {
  if (!library || leaving.size === 0) return library;
  const feeds = library.feeds.filter((feed) => !leaving.has(feed.id));
  return { ...library, feeds, totals: { ...library.totals, unread: feeds.reduce((sum, feed) => sum + feed.unread, 0) } };
}

export function useTidings() {
  const client = useClient();
  const status = useStatus();
  const { report } = status;
  const toasts = useToasts();
  const { settings, loaded: settingsLoaded, update: updateSettings } = useSettings(client, report);
  const library = useLibrary(client, report);
  const overlay = useArticleState();
  const { view: withState } = overlay;

  const [store, { scope, cursorId, openId, collapsedIds, sidebarHidden, sidebarCursor }] = useReaderStore();
  const listOptions = useMemo(
    () => ({ scope, order: settings.listOrder, unreadOnly: settings.unreadOnly, enabled: settingsLoaded }),
    [scope, settings.listOrder, settings.unreadOnly, settingsLoaded],
  );
  const list = useArticleList(client, listOptions, overlay, report);
  const search = useSearch(client, overlay, report);
  const reader = useOpenArticle(client, report);
  const reading = useReading(client, overlay, library, report);

  const rows: readonly ArticleSummary[] = search.request ? search.hits : list.items;

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

  // Handlers bound to keys read the store (reader-store.ts), so the bindings never go stale.
  usePublishShown(store, { rows, cursor, hasMore: list.hasMore, view, settings, library: shownLibrary, reloadList: list.reload });

  const { open: loadArticle, forget } = reader;
  const { setRead, setStarred } = reading;
  const { loadMore } = list;

  // After a share or unshare: the open article shows it, and so does the Shared view. An Undo runs
  // long after the share, so it must reload the list on show then, not the one shown at the share.
  const sharedChanged = useCallback(
    async (articleId: ArticleId) => {
      forget();
      if (store.get().openId === articleId) await loadArticle(articleId);
      if (store.get().scope.kind === 'shared') await store.shown().reloadList();
    },
    [store, forget, loadArticle],
  );
  const sharing = useSharing(client, toasts, report, sharedChanged);

  const { open, close, move, toggleOpen, selectScope, runSearch, clearSearch, setView } = useArticleNavigation({
    store,
    reader,
    setRead,
    loadMore,
    search,
    updateSettings,
  });

  const refresh = useRefresh(client, report, onChanged);
  const reopen = useCallback(
    (articleId: ArticleId) => {
      if (store.shown().view === 'expanded') return; // the stream shows the list's rows
      forget();
      void loadArticle(articleId);
    },
    [store, forget, loadArticle],
  );
  useLiveLibrary({ library, list, openId, reopen });

  const adder = useAdder(client, report, library.reload, selectScope);
  const savedSearches = useSavedSearches(client, report, library.library?.totals.unread, search.request, runSearch);
  const notify = useCallback((message: string) => toasts.show(message), [toasts.show]);
  const imports = useImport(client, onChanged);
  const rules = useRules(client, report, onChanged);
  const accounts = useAccounts(client);
  const fullText = useFullText(client, article, notify);
  const setFeedFullText = useFeedFullText(client, onChanged, notify);
  const setFeedRetention = useFeedRetention(client, onChanged, notify);

  const markScopeRead = useMarkScopeRead(store, reading, list.reload, toasts);
  const { toggleFolder, stepSidebar, openSidebarCursor, toggleCursorFolder } = useSidebarCursor(store, updateSettings, selectScope);

  // The panes' only ways to the core for what they load themselves; stable per client, so caches keyed on them hold.
  const loadBody: LoadArticleBody = useCallback((articleId) => client.getArticle({ articleId }), [client]);
  const loadIcons: LoadFeedIcons = useCallback((input) => client.getFeedIcons(input), [client]);

  const actions = useMemo(
    () => ({
      open,
      close,
      next: () => move(1, true),
      previous: () => move(-1, true),
      down: () => move(1, false),
      up: () => move(-1, false),
      toggleOpen,
      toggleStar: () => {
        const current = store.shown().cursor;
        if (current) void setStarred(current, !current.starred);
      },
      toggleLike: () => {
        const current = store.shown().cursor;
        if (current) void keeping.setLiked(current, !current.liked);
      },
      toggleRead: () => {
        const current = store.shown().cursor;
        if (current) void setRead([current], !current.read);
      },
      markArticlesRead: (articles: readonly ArticleSummary[]) => void setRead(articles, true),
      setRead: (article: ArticleSummary, read: boolean) => void setRead([article], read),
      setStarred: (article: ArticleSummary, starred: boolean) => void setStarred(article, starred),
      currentArticle: () => store.shown().cursor,
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
      toggleSidebar: () => store.update(({ sidebarHidden: hidden }) => ({ sidebarHidden: !hidden })),
      nextSubscription: () => stepSidebar(1),
      previousSubscription: () => stepSidebar(-1),
      openSubscription: openSidebarCursor,
      toggleCursorFolder,
      zoom: (step: 1 | -1) => {
        const size = store.shown().settings.fontSize + step;
        if (size >= 12 && size <= 28) updateSettings({ fontSize: size });
      },
      updateSettings: (changes: Partial<Settings>) => updateSettings(changes),
      notify,
      setFeedFullText,
      setFeedRetention,
      loadBody,
      loadIcons,
    }),
    [
      store, open, close, move, toggleOpen, setStarred, keeping.setLiked, setRead, markScopeRead, refresh.refresh, selectScope, adder, loadMore, runSearch,
      clearSearch, setView, toggleFolder, stepSidebar, openSidebarCursor, toggleCursorFolder, updateSettings, notify, setFeedFullText, setFeedRetention, loadBody, loadIcons,
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
    /** Importing and exporting the library (the Library dialog). */
    imports,
    /** The open article's full text, loaded from its web page on request. */
    fullText,
    /** The saved searches shown as views in the sidebar, with their unread counts. */
    savedSearches,
    /** The rules (Settings → Rules, "Make a rule from this…", "Mute this word", "Show again"). */
    rules,
    /** Sync accounts (Settings → Accounts). */
    accounts,
    actions,
    /** Reloads the library and the list, e.g. after an import. */
    reload: onChanged,
  };
}

export type Tidings = ReturnType<typeof useTidings>;
export type Actions = Tidings['actions'];
