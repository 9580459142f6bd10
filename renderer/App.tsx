// The front hall: the three panes and the notices laid out, wired to the reader's state and
// actions (api/use-tidings.ts). What a key or menu command does is in commands/; which dialog is
// open, and showing it, in dialogs/open-dialog.ts and dialogs/DialogHost.tsx.
import { useCallback, useRef, useState } from 'react';
import type { ArticleSummary } from '../shared/model';
import { useTidings } from './api/use-tidings';
import { commandTable } from './commands/command-table';
import { useAddForm } from './commands/use-add-form';
import { useArticleCommands } from './commands/use-article-commands';
import { useArticleMenu } from './commands/use-article-menu';
import { useSubscriptionMenu } from './commands/use-subscription-menu';
import { DialogHost } from './dialogs/DialogHost';
import { useDialogs } from './dialogs/open-dialog';
import { useCommandKeys } from './keyboard/use-command-keys';
import { KeepingProvider } from './keeping/keeping-context';
import { ruleFromArticle } from './rules/draft';
import { RulesProvider } from './rules/rules-context';
import { SavedSearchesProvider } from './saved-searches/saved-searches-context';
import { LibraryNotices } from './library/LibraryNotices';
import { useFileDrop } from './library/use-file-drop';
import { dismissWelcome, WelcomePanel, welcomeDismissed } from './library/WelcomePanel';
import { ArticleList } from './panes/article-list/ArticleList';
import { scopeTitle } from './panes/article-list/scope-title';
import { Reader } from './panes/reader/Reader';
import { Sidebar } from './panes/sidebar/Sidebar';
import { StatusLine } from './panes/status/StatusLine';
import { useShellEvents } from './shell/use-shell-events';
import { useTheme } from './theme/use-theme';
import { Toasts } from './ui/Toasts';
import './styles/layout.css';
import './styles/dialogs.css';

export function App() {
  const tidings = useTidings();
  const { actions, settings, library, subscriptions } = tidings;
  const dialogs = useDialogs();
  const { show } = dialogs;
  const addForm = useAddForm(tidings.sidebarHidden, actions.toggleSidebar);
  const searchInput = useRef<HTMLInputElement>(null);
  useTheme(settings, tidings.settingsLoaded);
  const { imports, fullText, savedSearches } = tidings;
  const [welcomeGone, setWelcomeGone] = useState(welcomeDismissed);
  const openLibrary = useCallback(() => show({ kind: 'library' }), [show]);
  const importFile = (file: Parameters<typeof imports.importFile>[0]) => {
    show({ kind: 'library' });
    void imports.importFile(file);
  };
  // A file dropped on the window is imported, its progress and summary shown in the dialog; a
  // dropped link opens the add form with it.
  useFileDrop(importFile, addForm.subscribeTo);
  const welcome = library !== null && library.feeds.length === 0 && !welcomeGone;

  const articleCommands = useArticleCommands(tidings, dialogs);
  const menuActions = useSubscriptionMenu({ tidings, dialogs, markAllReadNow: articleCommands.markAllReadNow });
  const makeRuleFrom = (article: ArticleSummary) => show({ kind: 'rule', draft: ruleFromArticle(article) });
  const articleMenu = useArticleMenu({ tidings, dialogs, article: articleCommands, makeRule: makeRuleFrom });
  const commands = commandTable({ tidings, dialogs, article: articleCommands, articleMenu, fullText, searchInput, openAddForm: addForm.open });
  useCommandKeys(commands);
  // The desktop app's menus, feed: links and files opened with the app.
  useShellEvents({ command: (id) => commands[id](), subscribe: addForm.subscribeTo, importFile, openLibrary });

  const floatingReader = tidings.view === 'magazine' || tidings.view === 'cards';
  const title = scopeTitle(tidings.scope, library);
  const layout = ['app', tidings.sidebarHidden ? 'sidebar-hidden' : '', `layout-${tidings.view}`].filter(Boolean).join(' ');

  return (
    <KeepingProvider actions={articleCommands.keepingActions}>
      <RulesProvider ui={{ rules: tidings.rules, library, scope: tidings.scope, makeRuleFrom, muteWord: (word) => show({ kind: 'mute', word }) }}>
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
              onMenu={(target, anchor) => show({ kind: 'menu', target, anchor })}
              onMoveFeed={(feed, folder) => void subscriptions.move(feed, folder ? folder.path.join('/') : '')}
              adding={addForm.adding}
              onAdding={addForm.onAdding}
              adder={actions.adder}
              addUrl={addForm.addUrl}
              progress={tidings.refreshProgress}
              lastRefresh={tidings.lastRefresh}
              onRefresh={actions.refreshAll}
              onRetry={actions.refreshFeeds}
              onSettings={() => show({ kind: 'settings' })}
              onLibrary={openLibrary}
              onHelp={() => show({ kind: 'help' })}
              onOutbox={() => show({ kind: 'outbox' })}
              loadIcons={actions.loadIcons}
            />
          )}
          <main className="content">
            {welcome ? (
              <WelcomePanel
                onImport={openLibrary}
                onAdd={addForm.open}
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
                onMarkRead={articleCommands.markAllRead}
                onSearch={actions.runSearch}
                onClearSearch={actions.clearSearch}
                onScrolledPast={actions.markArticlesRead}
                onToggleStar={(row) => actions.setStarred(row, !row.starred)}
                onToggleRead={(row) => actions.setRead(row, !row.read)}
                loadBody={actions.loadBody}
                onMenu={articleMenu.open}
                menuId={dialogs.open?.kind === 'article-menu' ? dialogs.open.article.id : null}
              />
            )}
            {welcome || tidings.view === 'expanded' ? null : (
              <Reader
                article={tidings.article}
                loading={tidings.loadingArticle}
                floating={floatingReader}
                onToggleStar={actions.toggleStar}
                onToggleRead={actions.toggleRead}
                onToggleShare={articleCommands.toggleShare}
                onShareWithNote={articleCommands.shareWithNote}
                onClose={actions.close}
                fullText={fullText}
                onMenu={articleMenu.open}
              />
            )}
          </main>
        </div>
        <Toasts toasts={tidings.toasts} />
        <StatusLine error={tidings.error} onDismiss={tidings.dismissError} />
        <DialogHost dialogs={dialogs} tidings={tidings} menuActions={menuActions} articleMenuActions={articleMenu.actions} />
      </div>
      </SavedSearchesProvider>
      </RulesProvider>
    </KeepingProvider>
  );
}
