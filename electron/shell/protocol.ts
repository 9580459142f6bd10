// The renderer is served from app://tidings/, not file://: a real origin for the CSP and for the
// IPC sender check, and no access to the rest of the disk.
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../../shared/csp';
import type { CachedImageFile } from '../core/images/image-cache';
import { cachedImagePrefix } from '../core/images/kept-image-path';
import { rendererFile } from './renderer-files';
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

const notFound = (): Response => new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });

export function serveRenderer(rendererDir: string, images?: KeptImages): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    // app://tidings/images/<file>: same origin as the page, so img-src 'self' admits it and no
    // token is needed (only our own window loads app:// pages).
    if (images && url.host === appHost && url.pathname.startsWith(cachedImagePrefix)) {
      return keptImage(images, url.pathname.slice(cachedImagePrefix.length));
    }
    const file = await rendererFile(rendererDir, url);
    if (!file) return notFound();
    const response = await fetchFile(file);
    if (!response) return notFound();
    const headers = new Headers(response.headers);
    headers.set('content-security-policy', contentSecurityPolicy);
    headers.set('x-content-type-options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

/**
 * net.fetch of a file: URL rejects (ERR_FILE_NOT_FOUND) when the file went away between the check
 * and the read; a handler that throws leaves the page with a network error, so answer 404.
 */
async function fetchFile(path: string): Promise<Response | null> {
  try {
    return await net.fetch(pathToFileURL(path).href);
  } catch {
    return null;
  }
}

async function keptImage(images: KeptImages, file: string): Promise<Response> {
  const image = await images.openImage(file);
  if (!image) return notFound();
  const response = await fetchFile(image.path);
  if (!response) return notFound();
  const headers = new Headers({
    'content-type': image.contentType,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
  });
  return new Response(response.body, { status: response.status, headers });
}
