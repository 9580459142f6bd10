// The renderer is served from app://tidings/, not file://: a real origin for the CSP and for the
// IPC sender check, and no access to the rest of the disk.
import { net, protocol } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../../shared/csp';
import type { CachedImageFile } from '../core/images/image-cache';
import { cachedImagePrefix } from '../core/offline/offline-reading';
import { appHost, appScheme } from './security-rules';

/** Images kept for reading offline (the core's OfflineReading). */
export interface KeptImages {
  openImage(file: string): Promise<CachedImageFile | null>;
}

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string, images?: KeptImages): void {
  const root = normalize(rendererDir + sep);
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    // app://tidings/images/<file>: same origin as the page, so img-src 'self' admits it and no
    // token is needed (only our own window loads app:// pages).
    if (images && url.host === appHost && url.pathname.startsWith(cachedImagePrefix)) {
      return keptImage(images, url.pathname.slice(cachedImagePrefix.length));
    }
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = normalize(join(root, relative));
    if (url.host !== appHost || !file.startsWith(root)) return new Response('not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('content-security-policy', contentSecurityPolicy);
    headers.set('x-content-type-options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

async function keptImage(images: KeptImages, file: string): Promise<Response> {
  const image = await images.openImage(file);
  if (!image) return new Response('not found', { status: 404 });
  const response = await net.fetch(pathToFileURL(image.path).href);
  const headers = new Headers({
    'content-type': image.contentType,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
  });
  return new Response(response.body, { status: response.status, headers });
}
