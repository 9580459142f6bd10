// The article list pane: the search box, a heading with the count, the list options, and the
// articles in the view chosen for this subscription or folder. After a search the results have
// focus; Escape there goes back to the box, its words selected, to search again (Gmail's way, and
// "/" does the same); Escape in an empty box or the × clears the search.
import { useRef, type KeyboardEvent, type RefObject } from 'react';
import type { ArticleId, ArticleScope, ArticleSummary, ListOrder } from '../../../shared/model';
import type { ListView } from '../../../shared/settings';
import type { SearchRequest } from '../../api/use-search';
import { CardsView } from './CardsView';
import { ExpandedView } from './ExpandedView';
import { ListToolbar } from './ListToolbar';
import { ListView as ListRows } from './ListView';
import { MagazineView } from './MagazineView';
import { SearchBar } from './SearchBar';
import { SaveSearchButton } from '../../saved-searches/SaveSearchButton';
import type { ArticleViewProps } from './view-props';
import type { LoadArticleBody } from '../../api/use-article-bodies';
import '../../styles/article-list.css';
import '../../styles/article-views.css';

interface Props extends ArticleViewProps {
  title: string;
  scope: ArticleScope;
  scopeTitle: string;
  view: ListView;
  order: ListOrder;
  unreadOnly: boolean;
  search: SearchRequest | null;
  searchInput: RefObject<HTMLInputElement | null>;
  collapsedIds: ReadonlySet<ArticleId>;
  markReadOnScroll: boolean;
  onView: (view: ListView) => void;
  onOrder: (order: ListOrder) => void;
  onUnreadOnly: (unreadOnly: boolean) => void;
  onMarkRead: (olderThanDays?: number) => void;
  onSearch: (request: SearchRequest) => void;
  onClearSearch: () => void;
  onScrolledPast: (articles: ArticleSummary[]) => void;
  onToggleStar: (article: ArticleSummary) => void;
  onToggleRead: (article: ArticleSummary) => void;
  /** Whole articles for the expanded view. */
  loadBody: LoadArticleBody;
}

function countLabel(count: number, hasMore: boolean, searching: boolean): string {
  const number = `${count.toLocaleString()}${hasMore ? '+' : ''}`;
  if (searching) return `${number} ${count === 1 ? 'match' : 'matches'}`;
  return `${number} ${count === 1 ? 'article' : 'articles'}`;
}

export function ArticleList(props: Props) {
  const { title, scope, scopeTitle, view, order, unreadOnly, search, searchInput, rows, hasMore, loading } = props;
  const { onView, onOrder, onUnreadOnly, onMarkRead, onSearch, onClearSearch } = props;
  const searching = search !== null;
  const pane = useRef<HTMLDivElement>(null);
  const focusResults = () => pane.current?.querySelector<HTMLElement>('.list-scroll')?.focus();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !searching) return;
    if (!(event.target instanceof Element && event.target.closest('.list-scroll'))) return;
    event.preventDefault();
    searchInput.current?.focus();
    searchInput.current?.select();
  };
  const heading = searching ? `Search: ${search.query}` : title;

  let body;
  if (view === 'expanded') body = <ExpandedView {...props} />;
  else if (view === 'magazine') body = <MagazineView {...props} />;
  else if (view === 'cards') body = <CardsView {...props} />;
  else body = <ListRows {...props} />;

  return (
    <div ref={pane} className={`pane list-pane view-${view}`} onKeyDown={onKeyDown}>
      <SearchBar
        inputRef={searchInput}
        scope={scope}
        scopeTitle={scopeTitle}
        active={searching}
        request={search}
        onSearch={onSearch}
        onClear={onClearSearch}
        onSearched={focusResults}
      />
      <header className="list-header">
        <h2 className="list-title">{heading}</h2>
        <SaveSearchButton search={search} />
        <span className="list-count">{loading && rows.length === 0 ? 'Loading…' : countLabel(rows.length, hasMore, searching)}</span>
      </header>
      <ListToolbar
        view={view}
        order={order}
        unreadOnly={unreadOnly}
        canFilterUnread={!searching && scope.kind !== 'unread'}
        canOrder={!searching}
        canMarkRead={!searching}
        onView={onView}
        onOrder={onOrder}
        onUnreadOnly={onUnreadOnly}
        onMarkRead={onMarkRead}
      />
      {body}
      {!loading && rows.length === 0 ? (
        <p className="list-empty">{searching ? 'Nothing matches that search.' : 'No articles here yet.'}</p>
      ) : null}
    </div>
  );
}
