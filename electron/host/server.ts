// `tidings serve`: the renderer and the contract over HTTP on 127.0.0.1. Routes are derived from
// the contract (POST /api/<call>); the handlers are the same ones the Electron shell registers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventsHttpPath, httpPathPrefix, isCallName, type Handlers } from '../../shared/contract';
import type { CoreEvents } from '../core/events/emitter';
import { EventStream, type EventStreamOptions } from './event-stream';
import { checkEventsAccess, eventsCookie } from './events-access';
import { dispatch } from '../../shared/dispatch';
import type { ApiErrorBody, ErrorCode } from '../../shared/errors';
import { checkHost, checkImageCookie, checkOrigin, checkToken, imageCookie, type GuardConfig } from './guard';
import { isKeptImagePath, keptImagePathPrefix, serveKeptImage, type KeptImages } from './kept-images';
import { OpenLinks, sessionPath } from './open-links';
import { isSharedPath, serveShared, type SharedDocumentSource } from './shared-route';
import { decodedPath, securityHeaders, serveStatic } from './static-files';

export interface WebHostOptions {
  handlers: Handlers;
  token: string;
  /** 0 picks a free port. */
  port?: number;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** Images kept for reading offline, served at /images/<file> to the page's image cookie (guard.ts). */
  images?: KeptImages;
  /** The shared items' page and feeds, served at /shared/ without the token. */
  shared?: SharedDocumentSource;
  /** Told each new link to open the app with, once the one before was used (see open-links.ts). */
  onOpenLink?: (url: string) => void;
  /** The core's live events, served at GET /api/events (event-stream.ts). */
  events?: CoreEvents;
  eventStream?: EventStreamOptions;
}

export interface WebHost {
  port: number;
  url: string;
  /** The app's address with a one-time code that the page trades for the token (see open-links.ts). */
  openUrl(): string;
  server: Server;
  /** The live events' stream, when the host serves one. */
  eventStream: EventStream | null;
  close(): Promise<void>;
}

const statusOf: Record<ErrorCode, number> = {
  bad_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  unknown_call: 404,
  conflict: 409,
  unavailable: 503,
  internal: 500,
};

const maxBodyBytes = 4 * 1024 * 1024;

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const config: GuardConfig = { port: 0, token: options.token };
  const appUrl = (): string => `http://127.0.0.1:${config.port}/`;
  const openUrl = (code: string): string => `${appUrl()}#open=${code}`;
  const links = new OpenLinks((code) => options.onOpenLink?.(openUrl(code)));
  const stream = options.events ? new EventStream(options.events, options.eventStream) : null;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      sendError(response, { code: 'internal', message: error instanceof Error ? error.message : String(error) });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const refused = checkHost(request, config);
    if (refused) return sendError(response, refused);
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');

    if (pathname === eventsHttpPath && stream) {
      const denied = checkOrigin(request, config) ?? checkEventsAccess(request, config);
      if (denied) return sendError(response, denied);
      if (request.method !== 'GET') return sendError(response, { code: 'bad_input', message: `${pathname}: use GET` }, 405, { allow: 'GET' });
      return stream.serve(request, response);
    }

    if (pathname.startsWith(httpPathPrefix)) {
      const name = pathname.slice(httpPathPrefix.length);
      const denied = checkOrigin(request, config) ?? checkToken(request, config);
      if (denied) return sendError(response, denied);
      if (!isCallName(name)) return sendError(response, { code: 'unknown_call', message: `no call named "${name}"` });
      if (request.method !== 'POST') {
        return sendError(response, { code: 'bad_input', message: `${name}: use POST` }, 405, { allow: 'POST' });
      }
      const body = await readJson(request);
      if (!body.ok) return sendError(response, body.error);
      const result = await dispatch(options.handlers, name, body.value);
      const cookies = [...(options.images ? [imageCookie(config, keptImagePathPrefix)] : []), ...(stream ? [eventsCookie(config)] : [])];
      const cookie: Headers = cookies.length > 0 ? { 'set-cookie': cookies } : {};
      if (!result.ok) return sendError(response, result.error, undefined, cookie);
      return sendJson(response, 200, result.value, cookie);
    }

    if (pathname === sessionPath) {
      const denied = checkOrigin(request, config);
      if (denied) return sendError(response, denied);
      if (request.method !== 'POST') return sendError(response, { code: 'bad_input', message: `${sessionPath}: use POST` }, 405, { allow: 'POST' });
      const body = await readJson(request);
      if (!body.ok) return sendError(response, body.error);
      const code = (body.value as { code?: unknown } | null)?.code;
      if (typeof code !== 'string' || !links.spend(code)) {
        return sendError(response, { code: 'unauthorized', message: 'this link was used already: open the newest one `tidings serve` printed' });
      }
      return sendJson(response, 200, { token: options.token });
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendError(response, { code: 'bad_input', message: 'only GET is served here' }, 405, { allow: 'GET, HEAD' });
    }
    if (options.images && isKeptImagePath(pathname)) {
      const denied = checkOrigin(request, config) ?? checkImageCookie(request, config);
      if (denied) return sendError(response, denied);
      if (await serveKeptImage(options.images, pathname, response, request.method === 'HEAD')) return;
      return sendError(response, { code: 'not_found', message: `no kept image at ${pathname}` });
    }
    if (options.shared && isSharedPath(pathname)) {
      const origin = `http://${request.headers.host ?? `127.0.0.1:${config.port}`}`;
      if (serveShared(request, response, pathname, options.shared, origin)) return;
      return sendError(response, { code: 'not_found', message: `nothing at ${pathname}` });
    }
    const path = decodedPath(pathname);
    if (path === null) return sendError(response, { code: 'bad_input', message: `${pathname} is not a valid address: a % must be followed by two hex digits of UTF-8` });
    if (!(await serveStatic(options.staticDir, path, response))) {
      sendError(response, { code: 'not_found', message: `nothing at ${pathname}` });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  config.port = (server.address() as AddressInfo).port;
  return {
    port: config.port,
    url: appUrl(),
    openUrl: () => openUrl(links.current()),
    server,
    eventStream: stream,
    close: () =>
      new Promise<void>((resolve) => {
        stream?.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

type Headers = Record<string, string | string[]>;

type JsonBody = { ok: true; value: unknown } | { ok: false; error: ApiErrorBody };

async function readJson(request: IncomingMessage): Promise<JsonBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) return { ok: false, error: { code: 'bad_input', message: 'request body too large' } };
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: { code: 'bad_input', message: 'the request body is not valid JSON' } };
  }
}

function sendJson(response: ServerResponse, status: number, value: unknown, headers: Headers = {}): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    ...securityHeaders,
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  response.end(body);
}

function sendError(response: ServerResponse, error: ApiErrorBody, status = statusOf[error.code], headers: Headers = {}): void {
  if (response.headersSent) return void response.destroy();
  sendJson(response, status, { error }, headers);
}
