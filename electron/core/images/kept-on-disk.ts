// Kept images read straight from their folder, for a process that has no store open: Electron's
// main process serves app://tidings/images/ while the core runs in its own process. The file name
// is checked against the names the cache writes, so nothing else on the disk can be reached, and
// the type comes from the extension the cache gave after sniffing the bytes.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CachedImageFile } from './image-cache';
import { cachedFileName } from './sniff';

const contentTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  bmp: 'image/bmp',
  ico: 'image/x-icon',
};

export function keptImagesOnDisk(dir: string): { openImage(file: string): Promise<CachedImageFile | null> } {
  return {
    async openImage(file) {
      const match = cachedFileName.exec(file);
      const contentType = match?.[1] ? contentTypes[match[1]] : undefined;
      if (!contentType) return null;
      const path = join(dir, file);
      const info = await stat(path).catch(() => null);
      return info?.isFile() ? { path, contentType, bytes: info.size } : null;
    },
  };
}
