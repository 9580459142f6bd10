// Images kept on disk for reading offline, in <data dir>/images/. An image is fetched once per URL
// whichever articles show it; only real raster images under a per-image cap are kept; past the
// total cap the least recently used go, but never one a starred, shared or noted article shows.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleId } from '../../../shared/model';
import { fetchFeed } from '../fetch/http';
import type { OfflineStore } from '../store';
import { cachedFileName, sniffImage } from './sniff';

export interface ImageCacheOptions {
  /** Where the files go: `images/` beside the library file. */
  dir: string;
  /** The total cap, read when it is needed so a change in settings applies at once. */
  capBytes: () => number;
  /** One image larger than this is not kept. */
  maxImageBytes?: number;
  deadlineMs?: number;
}

export interface CachedImageFile {
  path: string;
  contentType: string;
  bytes: number;
}

export interface CacheReport {
  cached: number;
  failed: { url: string; reason: string }[];
  evicted: number;
}

export const defaultMaxImageBytes = 10 * 1024 * 1024;

const imageAccept = 'image/avif,image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8';

export class ImageCache {
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly store: OfflineStore,
    private readonly options: ImageCacheOptions,
  ) {}

  /** Fetches the article's images not yet on disk, then evicts down to the cap. Never throws for one image. */
  async cacheArticle(articleId: ArticleId, urls: readonly string[]): Promise<CacheReport> {
    // Recorded first: from now on these images are pinned if the article is.
    this.store.recordArticleImages(articleId, urls);
    const report: CacheReport = { cached: 0, failed: [], evicted: 0 };
    for (const url of urls) {
      if (this.store.cachedImage(url)) continue;
      try {
        await this.download(url);
        report.cached++;
      } catch (error) {
        report.failed.push({ url, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    report.evicted = await this.evict();
    return report;
  }

  /** Removes unpinned images, least recently used first, until the cache fits its cap. */
  async evict(): Promise<number> {
    const cap = this.options.capBytes();
    let total = this.store.cachedBytes();
    if (total <= cap) return 0;
    const gone: string[] = [];
    for (const image of this.store.evictableImages()) {
      if (total <= cap) break;
      this.store.deleteCachedImage(image.url);
      gone.push(image.file);
      total -= image.bytes;
    }
    await Promise.all(gone.map((file) => rm(join(this.options.dir, file), { force: true })));
    return gone.length;
  }

  /** The kept image with this file name, marked as used; null if there is none (or its file is gone). */
  async open(file: string): Promise<CachedImageFile | null> {
    if (!cachedFileName.test(file)) return null;
    const row = this.store.useCachedImage(file);
    if (!row) return null;
    const path = join(this.options.dir, row.file);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) {
      this.store.deleteCachedImage(row.url); // removed behind our back: fetch it again next time
      return null;
    }
    return { path, contentType: row.content_type, bytes: info.size };
  }

  private download(url: string): Promise<void> {
    let running = this.inFlight.get(url);
    if (!running) {
      running = this.fetchAndStore(url).finally(() => this.inFlight.delete(url));
      this.inFlight.set(url, running);
    }
    return running;
  }

  private async fetchAndStore(url: string): Promise<void> {
    const maxBytes = this.options.maxImageBytes ?? defaultMaxImageBytes;
    const outcome = await fetchFeed(url, { accept: imageAccept, maxBytes, deadlineMs: this.options.deadlineMs ?? 30_000 });
    if (outcome.kind !== 'fetched') throw new Error(`${url}: answered 304 without being asked`);
    const { body, contentType } = outcome.document;
    if (contentType && !/^\s*image\//i.test(contentType)) throw new Error(`${url}: not an image (${contentType})`);
    const kind = sniffImage(body);
    if (!kind) throw new Error(`${url}: not an image Tidings keeps (PNG, JPEG, GIF, WebP, AVIF, BMP, ICO)`);
    const file = `${createHash('sha1').update(url).digest('hex')}.${kind.extension}`;
    await mkdir(this.options.dir, { recursive: true });
    // Written aside and renamed, so a file under a cached name is always whole.
    const partial = join(this.options.dir, `${file}.${randomBytes(6).toString('hex')}.partial`);
    await writeFile(partial, body);
    await rename(partial, join(this.options.dir, file));
    this.store.saveCachedImage({ url, file, content_type: kind.contentType, bytes: body.byteLength });
  }
}
