// A client of the Google Reader API as Miniflux and FreshRSS speak it (see their notes in
// docs/sync.md): a login gives an Auth token sent on every call; every POST also carries the short-
// lived action token T, fetched once and again when the server says it went stale. It counts its
// requests, so a sync can say what it cost.
import type { z } from 'zod';
import { SyncError } from './errors';
import { decimalItemId, longItemId } from './item-ids';
import { READING_LIST } from './streams';
import { itemContents, itemRefs, quickAddResult, subscriptionList, type WireItem } from './wire';

export interface Subscription {
  /** `feed/<id>` */
  stream: string;
  title: string;
  url: string | null;
  siteUrl: string | null;
  /** Label names (Google Reader's folders). */
  labels: string[];
}

export interface StreamQuery {
  stream?: string;
  /** A state to leave out, e.g. READ for unread items only. */
  exclude?: string;
  /** Ids asked for per page. */
  pageSize?: number;
}

type Form = [string, string][];

const TIMEOUT_MS = 30_000;
const IDS_PER_REQUEST = 250;

export class GReaderClient {
  /** Requests made so far (logins and tokens included). */
  requests = 0;
  private actionToken: string | null = null;

  /** `base` is where the API lives: a Miniflux's own address, a FreshRSS's `…/api/greader.php`. */
  constructor(
    readonly base: string,
    private readonly auth: string,
  ) {}

  /** Signs in and answers the Auth token to keep; the password itself is not kept. */
  static async login(base: string, user: string, password: string): Promise<string> {
    const body = new URLSearchParams({ Email: user, Passwd: password });
    const response = await send(apiUrl(base, 'accounts/ClientLogin'), { method: 'POST', body });
    if (response.status === 401 || response.status === 403) throw new SyncError('auth', 'the server refused this user name and password', response.status);
    await expectOk(response, 'sign in');
    const auth = /^Auth=(.+)$/m.exec(await response.text())?.[1]?.trim();
    if (!auth) throw new SyncError('protocol', 'the server signed in but gave no Auth token: is this a Google Reader API address?');
    return auth;
  }

  async subscriptions(): Promise<Subscription[]> {
    const list = await this.getJson('reader/api/0/subscription/list', [['output', 'json']], subscriptionList);
    return list.subscriptions.map((s) => ({
      stream: s.id,
      title: s.title,
      url: s.url ?? null,
      siteUrl: s.htmlUrl ?? null,
      labels: s.categories.map((c) => c.label ?? c.id.replace(/^user\/[^/]+\/label\//, '')),
    }));
  }

  /**
   * Every item id of a stream, as decimal strings, all pages collected before anything changes:
   * Miniflux's continuation is an offset, and changing state while paging would skip items.
   */
  async itemIds(query: StreamQuery = {}): Promise<string[]> {
    const ids: string[] = [];
    let continuation: string | null = null;
    do {
      const params: Form = [['output', 'json'], ['s', query.stream ?? READING_LIST], ['n', String(query.pageSize ?? 10_000)]];
      if (query.exclude) params.push(['xt', query.exclude]);
      if (continuation) params.push(['c', continuation]);
      const page: z.infer<typeof itemRefs> = await this.getJson('reader/api/0/stream/items/ids', params, itemRefs);
      for (const ref of page.itemRefs ?? []) ids.push(decimalItemId(ref.id));
      const next: string | number | null | undefined = page.continuation;
      continuation = next === undefined || next === null || next === '' || (page.itemRefs ?? []).length === 0 ? null : String(next);
    } while (continuation !== null);
    return ids;
  }

  /** The items themselves, asked for a batch of ids at a time. */
  async items(ids: readonly string[]): Promise<WireItem[]> {
    const items: WireItem[] = [];
    for (let start = 0; start < ids.length; start += IDS_PER_REQUEST) {
      const form: Form = ids.slice(start, start + IDS_PER_REQUEST).map((id) => ['i', longItemId(id)]);
      const page = await this.postJson('reader/api/0/stream/items/contents', form, itemContents, [['output', 'json']]);
      items.push(...page.items);
    }
    return items;
  }

  /**
   * Adds and/or removes one tag on items. One `a` and one `r` per call: FreshRSS honours no more.
   * Miniflux before 2.3 toggles a state it is told to set again, so callers send real changes only.
   */
  async editTag(ids: readonly string[], change: { add?: string; remove?: string }): Promise<void> {
    for (let start = 0; start < ids.length; start += IDS_PER_REQUEST) {
      const form: Form = ids.slice(start, start + IDS_PER_REQUEST).map((id) => ['i', longItemId(id)]);
      if (change.add) form.push(['a', change.add]);
      if (change.remove) form.push(['r', change.remove]);
      await this.post('reader/api/0/edit-tag', form);
    }
  }

  /** Subscribes the account to a feed; answers its stream (`feed/<id>`). */
  async subscribe(url: string): Promise<string> {
    const result = await this.postJson('reader/api/0/subscription/quickadd', [['quickadd', url]], quickAddResult);
    if (!result.streamId || result.numResults === 0) {
      throw new SyncError('server', `the server could not subscribe to ${url}${result.error ? `: ${result.error}` : ''}`);
    }
    return result.streamId;
  }

  async unsubscribe(stream: string): Promise<void> {
    await this.post('reader/api/0/subscription/edit', [['ac', 'unsubscribe'], ['s', stream]]);
  }

  /** Renames a subscription and/or moves it between labels (folders). */
  async editSubscription(stream: string, change: { title?: string; addLabel?: string; removeLabel?: string }): Promise<void> {
    const form: Form = [['ac', 'edit'], ['s', stream]];
    if (change.title !== undefined) form.push(['t', change.title]);
    if (change.addLabel) form.push(['a', change.addLabel]);
    if (change.removeLabel) form.push(['r', change.removeLabel]);
    await this.post('reader/api/0/subscription/edit', form);
  }

  private async getJson<T extends z.ZodType>(path: string, params: Form, shape: T): Promise<z.infer<T>> {
    const url = new URL(apiUrl(this.base, path));
    for (const [key, value] of params) url.searchParams.append(key, value);
    this.requests++;
    const response = await send(url.href, { headers: this.headers() });
    if (response.status === 401) throw new SyncError('auth', 'the server no longer accepts our sign-in: sign in again', 401);
    await expectOk(response, path);
    return parseJson(response, shape, path);
  }

  private async postJson<T extends z.ZodType>(path: string, form: Form, shape: T, query: Form = []): Promise<z.infer<T>> {
    return parseJson(await this.post(path, form, query), shape, path);
  }

  /** A POST with the action token; a stale token is fetched again once. */
  private async post(path: string, form: Form, query: Form = []): Promise<Response> {
    const url = new URL(apiUrl(this.base, path));
    for (const [key, value] of query) url.searchParams.append(key, value);
    for (let attempt = 0; ; attempt++) {
      const body = new URLSearchParams([...form, ['T', await this.token()]]);
      this.requests++;
      const response = await send(url.href, { method: 'POST', headers: this.headers(), body });
      if (response.status === 401 && attempt === 0 && response.headers.get('x-reader-google-bad-token') === 'true') {
        this.actionToken = null;
        continue;
      }
      if (response.status === 401) throw new SyncError('auth', 'the server no longer accepts our sign-in: sign in again', 401);
      await expectOk(response, path);
      return response;
    }
  }

  private async token(): Promise<string> {
    if (this.actionToken !== null) return this.actionToken;
    this.requests++;
    const response = await send(apiUrl(this.base, 'reader/api/0/token'), { headers: this.headers() });
    if (response.status === 401) throw new SyncError('auth', 'the server no longer accepts our sign-in: sign in again', 401);
    await expectOk(response, 'token');
    this.actionToken = (await response.text()).trim();
    return this.actionToken;
  }

  private headers(): Record<string, string> {
    return { authorization: `GoogleLogin auth=${this.auth}` };
  }
}

function apiUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path}`;
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const cause = error instanceof Error && error.name === 'TimeoutError' ? 'it took too long to answer' : 'it could not be reached';
    throw new SyncError('network', `the sync server ${new URL(url).host}: ${cause}`);
  }
}

async function expectOk(response: Response, what: string): Promise<void> {
  if (response.ok) return;
  const text = (await response.text()).trim().slice(0, 200);
  throw new SyncError('server', `the sync server answered ${response.status} to ${what}${text ? `: ${text}` : ''}`, response.status);
}

async function parseJson<T extends z.ZodType>(response: Response, shape: T, what: string): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new SyncError('protocol', `the sync server's answer to ${what} is not JSON: is this a Google Reader API address?`);
  }
  const parsed = shape.safeParse(body);
  if (!parsed.success) throw new SyncError('protocol', `the sync server's answer to ${what} is not what the Google Reader API gives`);
  return parsed.data;
}
