// GET /images/<file>: an image kept for reading offline. Same origin as the page, so the CSP's
// img-src 'self' already admits it; the page's image cookie admits the request (see guard.ts).
import type { ServerResponse } from 'node:http';
import type { CachedImageFile } from '../core/images/image-cache';
import { cachedImagePrefix } from '../core/offline/offline-reading';
import { securityHeaders, sendFile } from './static-files';

export interface KeptImages {
  openImage(file: string): Promise<CachedImageFile | null>;
}

export const keptImagePathPrefix = cachedImagePrefix;

export const isKeptImagePath = (pathname: string): boolean => pathname.startsWith(cachedImagePrefix);

/** False when there is no such image; the caller answers 404. */
export async function serveKeptImage(images: KeptImages, pathname: string, response: ServerResponse, head: boolean): Promise<boolean> {
  const image = await images.openImage(pathname.slice(cachedImagePrefix.length));
  if (!image) return false;
  response.writeHead(200, {
    ...securityHeaders,
    'content-type': image.contentType,
    'content-length': image.bytes,
    // Only this browser's own cache may keep what the cookie admitted.
    'cache-control': 'private, max-age=3600',
  });
  if (head) response.end();
  else await sendFile(image.path, response);
  return true;
}
