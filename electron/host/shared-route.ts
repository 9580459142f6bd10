// GET /shared/ (the page), /shared/shared.atom and /shared/shared.json: the shared items, made from
// the library on each request, the same documents `tidings publish` writes into the shared folder.
// No token: they are public by design, and say nothing but what the person shared.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SharedDocuments } from '../core/sharing/publisher';
import { sharedPagePolicy } from '../core/sharing/page';
import { securityHeaders } from './static-files';

export const sharedPathPrefix = '/shared/';

export type SharedDocumentSource = (base: string) => SharedDocuments;

const documents = {
  '/shared/': { pick: 'page', type: 'text/html; charset=utf-8' },
  '/shared/index.html': { pick: 'page', type: 'text/html; charset=utf-8' },
  '/shared/shared.atom': { pick: 'atom', type: 'application/atom+xml; charset=utf-8' },
  '/shared/shared.json': { pick: 'json', type: 'application/feed+json; charset=utf-8' },
} as const satisfies Record<string, { pick: keyof Omit<SharedDocuments, 'items'>; type: string }>;

export function isSharedPath(pathname: string): boolean {
  return pathname === '/shared' || pathname.startsWith(sharedPathPrefix);
}

/** Answers true when it served (or redirected); false for a path it does not have. */
export function serveShared(request: IncomingMessage, response: ServerResponse, pathname: string, source: SharedDocumentSource, origin: string): boolean {
  if (pathname === '/shared') {
    response.writeHead(308, { ...securityHeaders, location: sharedPathPrefix, 'content-length': 0 }).end();
    return true;
  }
  const document = (documents as Record<string, { pick: 'page' | 'atom' | 'json'; type: string }>)[pathname];
  if (!document) return false;
  const body = source(`${origin}${sharedPathPrefix}`)[document.pick];
  response.writeHead(200, {
    ...securityHeaders,
    'content-security-policy': sharedPagePolicy,
    'content-type': document.type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-cache',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
  return true;
}
