// The three panes, the status line, and the keyboard commands bound to the reader's actions.
import { useState } from 'react';
import { useTidings } from './api/use-tidings';
import { useCommandKeys } from './keyboard/use-command-keys';
import { ArticleList } from './panes/article-list/ArticleList';
import { scopeTitle } from './panes/article-list/scope-title';
import { Reader } from './panes/reader/Reader';
import { Sidebar } from './panes/sidebar/Sidebar';
import { StatusLine } from './panes/status/StatusLine';
import './styles/layout.css';

export function App() {
  const tidings = useTidings();
  const { actions } = tidings;
  const [adding, setAdding] = useState(false);

  useCommandKeys({
    'next-article': actions.next,
    'previous-article': actions.previous,
    'toggle-star': actions.toggleStar,
    'toggle-read': actions.toggleRead,
    'open-original': actions.openOriginal,
    refresh: actions.refreshAll,
    'add-subscription': () => setAdding(true),
  });

  return (
    <div className="app">
      <div className="panes">
        <Sidebar
          library={tidings.library}
          scope={tidings.scope}
          onSelect={actions.selectScope}
          adding={adding}
          onAdding={setAdding}
          onAdd={actions.addFeed}
          progress={tidings.refreshProgress}
          lastRefresh={tidings.lastRefresh}
          onRefresh={actions.refreshAll}
        />
        <main className="content">
          <ArticleList
            title={scopeTitle(tidings.scope, tidings.library)}
            items={tidings.articles}
            hasMore={tidings.hasMore}
            loading={tidings.loadingArticles}
            selectedId={tidings.selectedId}
            onOpen={actions.open}
            onNext={actions.next}
            onPrevious={actions.previous}
            onLoadMore={actions.loadMore}
          />
          <Reader
            article={tidings.article}
            loading={tidings.loadingArticle}
            onToggleStar={actions.toggleStar}
            onToggleRead={actions.toggleRead}
          />
        </main>
      </div>
      <StatusLine error={tidings.error} onDismiss={tidings.dismissError} />
    </div>
  );
}
