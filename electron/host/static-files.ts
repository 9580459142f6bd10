// Serving the built renderer. Every page carries the CSP; nothing outside the folder is reachable.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { extname, join, normalize, sep } from 'node:path';
import { contentSecurityPolicy } from '../../shared/csp';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export const securityHeaders: Record<string, string> = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/** The path's text, or null when its percent-escapes do not decode ("/%", a cut-off UTF-8 sequence). */
export function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * Sends a file as the body of a response whose headers are written. A file removed, replaced or
 * unreadable mid-way (a rebuild while serving) costs that one response, never the host: the
 * connection is cut, so the client sees a short body rather than a wrong one.
 */
export async function sendFile(path: string, response: ServerResponse): Promise<void> {
  try {
    await pipeline(createReadStream(path), response);
  } catch {
    response.destroy();
  }
}

/** `pathname` is already decoded (see decodedPath). */
export async function serveStatic(root: string, pathname: string, response: ServerResponse): Promise<boolean> {
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return false;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return false;
  response.writeHead(200, {
    ...securityHeaders,
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': relative === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  await sendFile(file, response);
  return true;
}
