// The three panes, the dialogs, the notices, and the keyboard commands bound to the reader's actions.
import { useCallback, useMemo, useRef, useState } from 'react';
import { commandById, type CommandId } from '../shared/keymap';
import type { ArticleScope, ArticleSummary, FeedSummary, Folder } from '../shared/model';
import { useClient } from './api/context';
import { manyArticles, unreadIn } from './api/many-read';
import { useFeedFullText } from './api/use-feed-full-text';
import { useFeedRetention } from './api/use-feed-retention';
import { useFullText } from './api/use-full-text';
import { useTidings } from './api/use-tidings';
import { ConfirmDialog } from './dialogs/ConfirmDialog';
import { confirmReadMessage } from './dialogs/confirm-read';
import { HelpOverlay } from './dialogs/HelpOverlay';
import { Picker, type PickerItem } from './dialogs/Picker';
import { FeedRetentionDialog } from './dialogs/FeedRetentionDialog';
import { PromptDialog, type Prompt } from './dialogs/PromptDialog';
import { SettingsDialog } from './dialogs/SettingsDialog';
import { useCommandKeys, type CommandHandlers } from './keyboard/use-command-keys';
import { KeepDialog, type KeepEditor } from './keeping/KeepDialog';
import { KeepingProvider, type KeepingActions } from './keeping/keeping-context';
import { SavedSearchesProvider } from './saved-searches/saved-searches-context';
import { useSavedSearches } from './saved-searches/use-saved-searches';
import { LibraryDialog } from './library/LibraryDialog';
import { LibraryNotices } from './library/LibraryNotices';
import { useFileDrop } from './library/use-file-drop';
import { useImport } from './library/use-import';
import { dismissWelcome, WelcomePanel, welcomeDismissed } from './library/WelcomePanel';
import { ArticleList } from './panes/article-list/ArticleList';
import { scopeTitle } from './panes/article-list/scope-title';
import { Reader } from './panes/reader/Reader';
import { inDesktopApp, useShellEvents } from './shell/use-shell-events';
import { Sidebar } from './panes/sidebar/Sidebar';
import { menuItems } from './panes/sidebar/subscription-menu';
import type { MenuTarget } from './panes/sidebar/SubscriptionTree';
import { feedsUnder } from './panes/sidebar/tree';
import { StatusLine } from './panes/status/StatusLine';
import { useTheme } from './theme/use-theme';
import { Menu, type MenuAnchor } from './ui/Menu';
import { copyText, openLink, openMail } from './ui/outside';
import { Toasts } from './ui/Toasts';
import { OutboxDialog } from './sharing/OutboxDialog';
import { ShareDialog } from './sharing/ShareDialog';
import './styles/layout.css';
import './styles/dialogs.css';

type Open =
  | { kind: 'help' }
  | { kind: 'settings' }
  | { kind: 'library' }
  | { kind: 'pick'; title: string; placeholder: string; items: PickerItem<ArticleScope>[] }
  | { kind: 'prompt'; prompt: Prompt }
  | { kind: 'menu'; target: MenuTarget; anchor: MenuAnchor }
  | { kind: 'share'; article: ArticleSummary; note: string }
  | { kind: 'outbox' }
  | { kind: 'keep'; editor: KeepEditor }
  | { kind: 'retention'; feed: FeedSummary }
  | { kind: 'confirm-read'; scope: ArticleScope; olderThanDays: number | undefined; message: string }
  | null;

export function App() {
  const tidings = useTidings();
  const { actions, settings, library, subscriptions } = tidings;
  const [adding, setAdding] = useState(false);
  /** The address the add form opens with (a feed: link, a dropped link). */
  const [addUrl, setAddUrl] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<Open>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  useTheme(settings, tidings.settingsLoaded);
  const client = useClient();
  const imports = useImport(client, tidings.reload);
  const fullText = useFullText(client, tidings.article, actions.notify);
  const setFeedFullText = useFeedFullText(client, tidings.reload, actions.notify);
  const setFeedRetention = useFeedRetention(client, tidings.reload, actions.notify);
  const savedSearches = useSavedSearches(client, tidings.report, library?.totals.unread, tidings.search, actions.runSearch);
  const [welcomeGone, setWelcomeGone] = useState(welcomeDismissed);
  const openLibrary = useCallback(() => setOpen({ kind: 'library' }), []);
  const subscribeTo = (url: string) => {
    if (tidings.sidebarHidden) actions.toggleSidebar();
    setAddUrl(url);
    setAdding(true);
  };
  // A file dropped on the window is imported, its progress and summary shown in the dialog; a
  // dropped link opens the add form with it.
  useFileDrop((file) => {
    setOpen({ kind: 'library' });
    void imports.importFile(file);
  }, subscribeTo);
  const welcome = library !== null && library.feeds.length === 0 && !welcomeGone;

  const close = useCallback(() => setOpen(null), []);
  const later = (id: CommandId) => () => actions.notify(commandById(id).later ?? `${commandById(id).label} comes later.`);

  // Shift+S shares the article under the cursor, or unshares it when it is open and shared.
  const toggleShare = () => {
    const current = actions.currentArticle();
    if (!current) return;
    const open = tidings.article?.id === current.id ? tidings.article : null;
    void (open?.sharedAt ? tidings.sharing.unshare(current) : tidings.sharing.share(current));
  };
  const shareWithNote = () => {
    const current = actions.currentArticle();
    if (!current) return;
    const note = tidings.article?.id === current.id ? (tidings.article.note ?? '') : '';
    setOpen({ kind: 'share', article: current, note });
  };
  const openOutbox = () => setOpen({ kind: 'outbox' });

  const subscriptionItems = (): PickerItem<ArticleScope>[] => {
    if (!library) return [];
    const paths = new Map(library.folders.map((folder) => [folder.id, folder.path.join('/')]));
    return library.feeds.map((feed) => ({
      key: `feed-${feed.id}`,
      label: feed.title,
      ...(feed.folderId !== null && paths.get(feed.folderId) ? { detail: paths.get(feed.folderId) } : {}),
      value: { kind: 'feed', feedId: feed.id },
    }));
  };
  const folderItems = (): PickerItem<ArticleScope>[] =>
    (library?.folders ?? []).map((folder) => ({
      key: `folder-${folder.id}`,
      label: folder.path.join('/'),
      value: { kind: 'folder', folderId: folder.id },
    }));

  // "Mark all as read", from Shift+A, the list's menu or a subscription's: asked first, when the
  // person wants that, if it may take more than a screenful (or an unknown number).
  const markAllRead = (olderThanDays?: number, target?: ArticleScope) => {
    const scope = target ?? tidings.scope;
    const unread = unreadIn(library, scope);
    if (!settings.confirmMarkManyRead || (unread !== null && unread <= manyArticles)) {
      actions.markScopeRead(olderThanDays, target);
      return;
    }
    setOpen({ kind: 'confirm-read', scope, olderThanDays, message: confirmReadMessage(scope, library, unread, olderThanDays) });
  };
  const markAllReadNow = useRef(markAllRead);
  markAllReadNow.current = markAllRead;

  const { keeping } = tidings;
  const keepingActions = useMemo<KeepingActions>(
    () => ({
      toggleLike: (article) => void keeping.setLiked(article, !tidings.withState(article).liked),
      editNote: (article) => setOpen({ kind: 'keep', editor: { kind: 'note', article } }),
      editLabels: (article) => setOpen({ kind: 'keep', editor: { kind: 'labels', article } }),
      renameLabel: (labelId, name) => void keeping.renameLabel(labelId, name),
      deleteLabel: (labelId) => void keeping.deleteLabel(labelId),
      view: keeping.view,
    }),
    [keeping, tidings.withState],
  );
  const editKept = (kind: KeepEditor['kind']) => {
    const article = actions.currentArticle();
    if (article) setOpen({ kind: 'keep', editor: { kind, article } });
  };

  const commands: CommandHandlers = {
    'next-article': actions.next,
    'previous-article': actions.previous,
    'next-item': actions.down,
    'previous-item': actions.up,
    'toggle-open': actions.toggleOpen,
    'go-all': () => actions.selectScope({ kind: 'all' }),
    'go-starred': () => actions.selectScope({ kind: 'starred' }),
    'go-shared': () => actions.selectScope({ kind: 'shared' }),
    'go-subscription': () =>
      setOpen({ kind: 'pick', title: 'Go to subscription', placeholder: 'Type part of its name', items: subscriptionItems() }),
    'go-folder': () => setOpen({ kind: 'pick', title: 'Go to folder', placeholder: 'Type part of its name', items: folderItems() }),
    search: () => {
      searchInput.current?.focus();
      searchInput.current?.select();
    },
    'toggle-star': actions.toggleStar,
    share: toggleShare,
    'share-with-note': shareWithNote,
    like: actions.toggleLike,
    'toggle-read': actions.toggleRead,
    tag: () => editKept('labels'),
    'edit-note': () => editKept('note'),
    'go-liked': () => actions.selectScope({ kind: 'liked' }),
    'go-notes': () => actions.selectScope({ kind: 'notes' }),
    'open-original': () => {
      const link = actions.currentArticle()?.link;
      if (link) openLink(link);
    },
    'load-full-text': fullText.toggle,
    email: () => {
      const article = actions.currentArticle();
      if (article) openMail(article.title, article.link ?? article.title);
    },
    'mark-all-read': () => markAllRead(),
    'next-subscription': actions.nextSubscription,
    'previous-subscription': actions.previousSubscription,
    'open-subscription': actions.openSubscription,
    'toggle-folder': actions.toggleCursorFolder,
    refresh: actions.refreshAll,
    'add-subscription': () => setAdding(true),
    'view-expanded': () => actions.setView('expanded'),
    'view-list': () => actions.setView('list'),
    'view-magazine': () => actions.setView('magazine'),
    'view-cards': () => actions.setView('cards'),
    'toggle-sidebar': actions.toggleSidebar,
    'zoom-in': () => actions.zoom(1),
    'zoom-out': () => actions.zoom(-1),
    settings: () => setOpen({ kind: 'settings' }),
    help: () => setOpen((current) => (current?.kind === 'help' ? null : { kind: 'help' })),
  };
  useCommandKeys(commands);
  // The desktop app's menus, feed: links and files opened with the app.
  useShellEvents({
    command: (id) => commands[id](),
    subscribe: subscribeTo,
    importFile: (file) => {
      setOpen({ kind: 'library' });
      void imports.importFile(file);
    },
    openLibrary,
  });

  const menuActions = useMemo(
    () => ({
      rename: (feed: { id: number; title: string }) =>
        setOpen({
          kind: 'prompt',
          prompt: {
            title: 'Rename subscription',
            label: 'Name',
            initial: feed.title,
            submitLabel: 'Rename',
            hint: 'Leave it empty to use the name the feed gives itself.',
            onSubmit: (title) => {
              const summary = library?.feeds.find((candidate) => candidate.id === feed.id);
              if (summary) void subscriptions.rename(summary, title);
            },
          },
        }),
      move: (feed: { id: number; title: string; folderId: number | null }) =>
        setOpen({
          kind: 'prompt',
          prompt: {
            title: `Move ${feed.title}`,
            label: 'Folder',
            initial: library?.folders.find((folder) => folder.id === feed.folderId)?.path.join('/') ?? '',
            submitLabel: 'Move',
            suggestions: (library?.folders ?? []).map((folder) => folder.path.join('/')),
            hint: 'A path such as Tech/Linux; new folders are made. Empty for the top level.',
            onSubmit: (path) => {
              const summary = library?.feeds.find((candidate) => candidate.id === feed.id);
              if (summary) void subscriptions.move(summary, path);
            },
          },
        }),
      renameFolder: (folder: Folder) =>
        setOpen({
          kind: 'prompt',
          prompt: {
            title: 'Rename folder',
            label: 'Name',
            initial: folder.name,
            submitLabel: 'Rename',
            onSubmit: (name) => void subscriptions.renameFolder(folder, name),
          },
        }),
      unsubscribe: subscriptions.unsubscribe,
      markRead: (target: ArticleScope) => markAllReadNow.current(undefined, target),
      refresh: actions.refreshFeeds,
      openSite: (feed: { siteUrl: string | null }) => {
        if (feed.siteUrl) openLink(feed.siteUrl);
      },
      copyUrl: (feed: { url: string }) => {
        copyText(feed.url).then(
          () => actions.notify('Feed URL copied'),
          () => actions.notify(`Could not copy; the feed URL is ${feed.url}`),
        );
      },
      feedsIn: (folder: Folder) => (library ? feedsUnder(library, folder.id).map((feed) => feed.id) : []),
      setFullText: setFeedFullText,
      keepArticles: (feed: FeedSummary) => setOpen({ kind: 'retention', feed }),
      ...(inDesktopApp()
        ? {
            notifications: {
              isOn: (feed: { id: number }) => settings.notifyFeedIds.includes(feed.id),
              toggle: (feed: { id: number }) =>
                actions.updateSettings({
                  notifyFeedIds: settings.notifyFeedIds.includes(feed.id)
                    ? settings.notifyFeedIds.filter((id) => id !== feed.id)
                    : [...settings.notifyFeedIds, feed.id],
                }),
            },
          }
        : {}),
    }),
    [library, subscriptions, actions, setFeedFullText, settings.notifyFeedIds],
  );

  const onUnsubscribeScope = (target: MenuTarget) => {
    // Leaving a feed that is on show goes back to all items.
    if (target.kind === 'feed' && tidings.scope.kind === 'feed' && tidings.scope.feedId === target.feed.id) {
      actions.selectScope({ kind: 'all' });
    }
  };

  const floatingReader = tidings.view === 'magazine' || tidings.view === 'cards';
  const title = scopeTitle(tidings.scope, library);
  const layout = ['app', tidings.sidebarHidden ? 'sidebar-hidden' : '', `layout-${tidings.view}`].filter(Boolean).join(' ');

  return (
    <KeepingProvider actions={keepingActions}>
      <SavedSearchesProvider state={savedSearches}>
      <div className={layout}>
        <LibraryNotices lastRefresh={tidings.lastRefresh} />
        <div className="panes">
          {tidings.sidebarHidden ? null : (
            <Sidebar
              library={library}
              scope={tidings.scope}
              cursorKey={tidings.sidebarCursor}
              collapsed={tidings.collapsedFolders}
              onToggleFolder={actions.toggleFolder}
              onSelect={actions.selectScope}
              onMenu={(target, anchor) => setOpen({ kind: 'menu', target, anchor })}
              onMoveFeed={(feed, folder) => void subscriptions.move(feed, folder ? folder.path.join('/') : '')}
              adding={adding}
              onAdding={(opening) => {
                setAdding(opening);
                if (!opening) setAddUrl(undefined);
              }}
              adder={actions.adder}
              addUrl={addUrl}
              progress={tidings.refreshProgress}
              lastRefresh={tidings.lastRefresh}
              onRefresh={actions.refreshAll}
              onRetry={actions.refreshFeeds}
              onSettings={() => setOpen({ kind: 'settings' })}
              onLibrary={openLibrary}
              onHelp={() => setOpen({ kind: 'help' })}
              onOutbox={openOutbox}
            />
          )}
          <main className="content">
            {welcome ? (
              <WelcomePanel
                onImport={openLibrary}
                onAdd={() => setAdding(true)}
                onStartEmpty={() => {
                  dismissWelcome();
                  setWelcomeGone(true);
                }}
              />
            ) : (
              <ArticleList
                title={title}
                scope={tidings.scope}
                scopeTitle={title}
                view={tidings.view}
                order={settings.listOrder}
                unreadOnly={settings.unreadOnly}
                search={tidings.search}
                searchInput={searchInput}
                rows={tidings.rows}
                withState={tidings.withState}
                cursorId={tidings.cursorId}
                openId={tidings.openId}
                hasMore={tidings.hasMore}
                loading={tidings.loadingArticles}
                density={settings.density}
                collapsedIds={tidings.collapsedIds}
                markReadOnScroll={settings.markReadOnScroll}
                onOpen={actions.open}
                onNext={actions.next}
                onPrevious={actions.previous}
                onLoadMore={actions.loadMore}
                onView={actions.setView}
                onOrder={(listOrder) => actions.updateSettings({ listOrder })}
                onUnreadOnly={(unreadOnly) => actions.updateSettings({ unreadOnly })}
                onMarkRead={markAllRead}
                onSearch={actions.runSearch}
                onClearSearch={actions.clearSearch}
                onScrolledPast={actions.markArticlesRead}
                onToggleStar={(article) => actions.setStarred(article, !article.starred)}
                onToggleRead={(article) => actions.setRead(article, !article.read)}
              />
            )}
            {welcome || tidings.view === 'expanded' ? null : (
              <Reader
                article={tidings.article}
                loading={tidings.loadingArticle}
                floating={floatingReader}
                onToggleStar={actions.toggleStar}
                onToggleRead={actions.toggleRead}
                onToggleShare={toggleShare}
                onShareWithNote={shareWithNote}
                onClose={actions.close}
                fullText={fullText}
              />
            )}
          </main>
        </div>
        <Toasts toasts={tidings.toasts} />
        <StatusLine error={tidings.error} onDismiss={tidings.dismissError} />
        {open?.kind === 'help' ? <HelpOverlay onClose={close} /> : null}
        {open?.kind === 'settings' ? (
          <SettingsDialog settings={settings} onChange={actions.updateSettings} onClose={close} onLibrary={openLibrary} onOutbox={openOutbox} />
        ) : null}
        {open?.kind === 'share' ? (
          <ShareDialog
            title={open.article.title}
            note={open.note}
            targets={settings.shareTargets}
            onShare={(note, targets) => void tidings.sharing.share(open.article, { note, targets })}
            onClose={close}
          />
        ) : null}
        {open?.kind === 'outbox' ? <OutboxDialog report={tidings.report} onClose={close} /> : null}
        {open?.kind === 'library' ? <LibraryDialog state={imports} onClose={close} /> : null}
        {open?.kind === 'pick' ? (
          <Picker title={open.title} placeholder={open.placeholder} items={open.items} onPick={actions.selectScope} onClose={close} />
        ) : null}
        {open?.kind === 'prompt' ? <PromptDialog prompt={open.prompt} onClose={close} /> : null}
        {open?.kind === 'menu' ? (
          <Menu
            label={open.target.kind === 'feed' ? `Actions for ${open.target.feed.title}` : `Actions for ${open.target.folder.name}`}
            anchor={open.anchor}
            onClose={close}
            items={menuItems(open.target, {
              ...menuActions,
              unsubscribe: (feed) => {
                onUnsubscribeScope(open.target);
                menuActions.unsubscribe(feed);
              },
            })}
          />
        ) : null}
        {open?.kind === 'retention' ? (
          <FeedRetentionDialog
            feed={open.feed}
            globalDays={settings.retentionDays}
            onSave={(retention) => setFeedRetention(open.feed, retention)}
            onClose={close}
          />
        ) : null}
        {open?.kind === 'confirm-read' ? (
          <ConfirmDialog
            title="Mark all as read"
            message={open.message}
            confirmLabel="Mark as read"
            onConfirm={() => actions.markScopeRead(open.olderThanDays, open.scope)}
            onClose={close}
          />
        ) : null}
        {open?.kind === 'keep' ? (
          <KeepDialog editor={open.editor} keeping={keeping} labels={library?.labels ?? []} opened={tidings.article} onClose={close} />
        ) : null}
      </div>
      </SavedSearchesProvider>
    </KeepingProvider>
  );
}
