// The web host's access token. `tidings serve` prints a link ending in #open=<one-time code>; the
// page trades the code for the token (POST /session) and keeps the token in sessionStorage, so a
// reload still works. The browser's history keeps the link, and a page cannot take an address back
// out of it (replaceState adds, it does not erase), which is why the link holds a code that is
// spent on first use and never the token itself. A #token=… address (for a token you chose, with
// --token-file or TIDINGS_TOKEN) still works, but is remembered in the history as it is.
const storageKey = 'tidings.token';
const sessionPath = '/session';

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

async function trade(code: string, fetchImpl: typeof fetch): Promise<string | null> {
  try {
    const response = await fetchImpl(sessionPath, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    const token = typeof body === 'object' && body !== null && 'token' in body ? body.token : null;
    return typeof token === 'string' ? token : null;
  } catch {
    return null;
  }
}

export async function takeToken(
  location: Location = window.location,
  history: History = window.history,
  storage: Storage = window.sessionStorage,
  fetchImpl: typeof fetch = fetch.bind(globalThis),
): Promise<string | null> {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromHash = params.get('token');
  const code = params.get('open');
  if (!fromHash && !code) return readStored(storage);
  params.delete('token');
  params.delete('open');
  const rest = params.toString();
  // Out of the address bar at once, so it is neither bookmarked nor copied from there.
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  // A spent code (a reload of the link, the history) falls back to the token this tab already holds.
  const token = fromHash ?? (code ? await trade(code, fetchImpl) : null) ?? readStored(storage);
  if (token) store(storage, token);
  return token;
}
