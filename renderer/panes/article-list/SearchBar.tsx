// The search box ("/" puts the cursor here) with where and when to look. Enter searches and hands
// focus to the results, so j and k move through them at once; Escape leaves the box, and clears
// the search if the box is empty.
import { useEffect, useId, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import type { ArticleScope } from '../../../shared/model';
import type { SearchPeriod, SearchRequest } from '../../api/use-search';
import { Icon } from '../../ui/Icon';

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  /** The subscription or folder on show, offered as a place to search in. */
  scope: ArticleScope;
  scopeTitle: string;
  active: boolean;
  /** The search on show; one started elsewhere (a saved search) puts its words and period in the box. */
  request?: SearchRequest | null;
  onSearch: (request: SearchRequest) => void;
  onClear: () => void;
  /** After Enter: the results take focus. */
  onSearched: () => void;
}

type Where = 'everywhere' | 'here' | 'starred';

const periods: { value: SearchPeriod; label: string }[] = [
  { value: 'any', label: 'Any time' },
  { value: 'day', label: 'Past day' },
  { value: 'week', label: 'Past week' },
  { value: 'month', label: 'Past month' },
  { value: 'year', label: 'Past year' },
];

export function SearchBar({ inputRef, scope, scopeTitle, active, request, onSearch, onClear, onSearched }: Props) {
  const [query, setQuery] = useState('');
  const [where, setWhere] = useState<Where>('everywhere');
  const [period, setPeriod] = useState<SearchPeriod>('any');
  const ids = useId();
  const canSearchHere = scope.kind === 'feed' || scope.kind === 'folder';

  useEffect(() => {
    if (!request) return;
    setQuery(request.query);
    setPeriod(request.period);
    const here = JSON.stringify(request.scope) === JSON.stringify(scope);
    setWhere(request.scope.kind === 'starred' ? 'starred' : here && canSearchHere ? 'here' : 'everywhere');
    // Only a new search sets the box; the list's scope changing under it does not.
  }, [request]);

  const scopeFor = (choice: Where): ArticleScope =>
    choice === 'starred' ? { kind: 'starred' } : choice === 'here' && canSearchHere ? scope : { kind: 'all' };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!query.trim()) return;
    onSearch({ query: query.trim(), scope: scopeFor(where), period });
    onSearched();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (!query && active) onClear();
    event.currentTarget.blur();
  };

  // A filter changed after a search runs that search again.
  const refine = (nextWhere: Where, nextPeriod: SearchPeriod) => {
    setWhere(nextWhere);
    setPeriod(nextPeriod);
    if (active && query.trim()) onSearch({ query: query.trim(), scope: scopeFor(nextWhere), period: nextPeriod });
  };

  return (
    <form className="search-bar" role="search" aria-label="Search articles" onSubmit={submit}>
      <input
        ref={inputRef}
        id={`${ids}-query`}
        type="search"
        aria-label="Search"
        placeholder="Search articles  ( / )"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <select aria-label="Search in" className="select small" value={where} onChange={(event) => refine(event.target.value as Where, period)}>
        <option value="everywhere">All subscriptions</option>
        {canSearchHere ? <option value="here">{scopeTitle}</option> : null}
        <option value="starred">Starred</option>
      </select>
      <select aria-label="Search period" className="select small" value={period} onChange={(event) => refine(where, event.target.value as SearchPeriod)}>
        {periods.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {active ? (
        <button
          type="button"
          className="icon-button small"
          aria-label="Clear search"
          title="Clear search (Escape in an empty box)"
          onClick={() => {
            setQuery('');
            onClear();
          }}
        >
          <Icon name="close" />
        </button>
      ) : null}
    </form>
  );
}
