// The web host's access token. `tidings serve` prints a link ending in #token=...; on first load we
// keep the token in sessionStorage and take it out of the address bar, so it is neither bookmarked
// nor left in the history, and a reload still works.
const storageKey = 'tidings.token';

function readStored(storage: Storage): string | null {
  try {
    return storage.getItem(storageKey);
  } catch {
    return null; // storage can be disabled; the token then lasts as long as the page
  }
}

function store(storage: Storage, token: string): void {
  try {
    storage.setItem(storageKey, token);
  } catch {
    // see readStored
  }
}

export function takeToken(
  location: Location = window.location,
  history: History = window.history,
  storage: Storage = window.sessionStorage,
): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromHash = params.get('token');
  if (!fromHash) return readStored(storage);
  store(storage, fromHash);
  params.delete('token');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  return fromHash;
}
