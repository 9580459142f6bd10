// The renderer's only way to the core: a Client built from the contract's call names, over the
// Electron preload bridge when there is one, else over the web host's HTTP API.
import { callNames, httpPath, type Bridge, type CallName, type Client } from '../../shared/contract';
import { errorCodes, TidingsError, type ApiErrorBody, type CallResult, type ErrorCode } from '../../shared/errors';
import { takeToken } from './token';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser. */
    tidings?: Bridge;
  }
}

type Invoke = (name: CallName, input: unknown) => Promise<unknown>;

function clientFrom(invoke: Invoke): Client {
  const entries = callNames.map((name) => [name, (input: unknown) => invoke(name, input)] as const);
  return Object.fromEntries(entries) as unknown as Client;
}

export function createBridgeClient(bridge: Bridge): Client {
  return clientFrom(async (name, input) => {
    // One function per call; the contract keeps each one's input and output in step.
    const call = bridge[name] as (input: unknown) => Promise<CallResult<unknown>>;
    const result = await call(input ?? {});
    if (result.ok) return result.value;
    throw new TidingsError(result.error.code, result.error.message);
  });
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

function errorBodyOf(body: unknown): ApiErrorBody | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const error: unknown = body.error;
  if (typeof error !== 'object' || error === null) return null;
  const code = 'code' in error ? error.code : undefined;
  const message = 'message' in error ? error.message : undefined;
  if (typeof message !== 'string') return null;
  return { code: isErrorCode(code) ? code : 'internal', message };
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status >= 400 && status < 500) return 'bad_input';
  if (status === 503) return 'unavailable';
  return 'internal';
}

/** `token` may still be on its way (traded for the one-time code the page was opened with). */
export function createHttpClient(token: string | null | Promise<string | null>, fetchImpl: typeof fetch = fetch.bind(globalThis)): Client {
  const ready = Promise.resolve(token);
  return clientFrom(async (name, input) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    const current = await ready;
    // No token: opened without a link, or with one already used (each opens the app once).
    if (!current) throw new TidingsError('unauthorized', 'no token: open the newest link `tidings serve` printed');
    headers.Authorization = `Bearer ${current}`;
    let response: Response;
    try {
      response = await fetchImpl(httpPath(name), { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
    } catch {
      throw new TidingsError('internal', 'Cannot reach Tidings. Is `tidings serve` still running?');
    }
    const text = await response.text();
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (response.ok) return body;
    const error = errorBodyOf(body);
    throw new TidingsError(error?.code ?? codeForStatus(response.status), error?.message ?? `${name}: HTTP ${response.status}`);
  });
}

/** The client for this page: the bridge inside Electron, HTTP with the page's token otherwise. */
export function createClient(): Client {
  if (window.tidings) return createBridgeClient(window.tidings);
  return createHttpClient(takeToken());
}
