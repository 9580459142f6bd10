// Reading offline: an article's full text from its web page, and its images on disk. Asked for
// directly ("Load full text") or done in the background when an article is starred and after a
// refresh brings new articles to a full-text feed; background work never fails what caused it.
import { dirname, join } from 'node:path';
import type { Article, ArticleId, FeedId, FeedSummary } from '../../../shared/model';
import { TidingsError } from '../../../shared/errors';
import type { FetchedDocument } from '../feed-types';
import { FetchError, fetchFeed } from '../fetch/http';
import { extractArticle, type Extraction } from '../fulltext/extract';
import { ImageCache, type CachedImageFile, type CacheReport } from '../images/image-cache';
import { cachedImagePrefix } from '../images/kept-image-path';
import { imageUrlsIn } from '../images/image-urls';
import type { OfflineStore, Store } from '../store';
import { BackgroundQueue } from './background';

export interface OfflineOptions {
  /** Where images/ goes; by default the folder of the library file. */
  dataDir?: string;
  /** Runs Readability; the core passes a worker thread (fulltext/extract-pool.ts). */
  extract?: (page: FetchedDocument) => Promise<Extraction>;
  maxPageBytes?: number;
  maxImageBytes?: number;
  deadlineMs?: number;
  /** Resolves when no refresh is running: work a refresh asked for waits for it, so it never slows one down. */
  quiet?: () => Promise<void>;
}

export { cachedImagePrefix };

const pageAccept = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

export class OfflineReading {
  readonly store: OfflineStore;
  readonly images: ImageCache;
  private readonly queue = new BackgroundQueue(2);
  private readonly extract: (page: FetchedDocument) => Promise<Extraction>;

  constructor(
    private readonly library: Store,
    private readonly options: OfflineOptions = {},
  ) {
    this.store = library.offline;
    this.extract = options.extract ?? ((page) => Promise.resolve(extractArticle(page)));
    this.images = new ImageCache(this.store, {
      dir: join(options.dataDir ?? dirname(library.file), 'images'),
      capBytes: () => library.settings.get().imageCacheMegabytes * 1024 * 1024,
      ...(options.maxImageBytes ? { maxImageBytes: options.maxImageBytes } : {}),
      ...(options.deadlineMs ? { deadlineMs: options.deadlineMs } : {}),
    });
  }

  /** The article with its full text and the map of its kept images, when there are any. */
  withOfflineParts(article: Article): Article {
    const fullText = this.store.fullText(article.id);
    const images = this.store.cachedImagesOf(article.id);
    return {
      ...article,
      ...(fullText ? { fullText: { html: fullText.html, fetchedAt: new Date(fullText.fetched_at).toISOString() } } : {}),
      ...(images.size > 0
        ? { cachedImages: Object.fromEntries([...images].map(([url, file]) => [url, `${cachedImagePrefix}${file}`])) }
        : {}),
    };
  }

  article(articleId: ArticleId): Article {
    return this.withOfflineParts(this.library.articles.get(articleId));
  }

  /**
   * Fetches the article's page and keeps what Readability finds there. A page that fails or has no
   * article is a TidingsError, and whatever was kept before (feed content, earlier full text) stays.
   */
  async loadFullText(articleId: ArticleId): Promise<Article> {
    const article = this.library.articles.get(articleId);
    if (!article.link) throw new TidingsError('bad_input', `"${article.title}" has no web page to read the full text from`);
    const page = await this.fetchPage(article.link);
    const found = await this.extract(page);
    if (!found.ok) throw new TidingsError('not_found', `full text: ${article.link}: ${found.reason}`);
    this.store.saveFullText(articleId, { html: found.html, text: found.text, sourceUrl: page.url });
    if (this.store.isPinned(articleId) || this.library.settings.get().cacheRecentImages) this.queueImages(articleId);
    return this.article(articleId);
  }

  /** A starred (shared, noted) article: its full text if it has none yet, and its images, in the background. */
  keep(articleId: ArticleId): void {
    this.queue.add(`keep:${articleId}`, () =>
      bothSteps(
        () => this.fullTextIfMissing(articleId),
        () => this.cacheImages(articleId),
      ),
    );
  }

  /** After a feed's refresh stored new articles (first seen at or after `since`). */
  afterRefresh(feedId: FeedId, since: number): void {
    const wantsFullText = this.store.feedWantsFullText(feedId);
    const recentImages = this.library.settings.get().cacheRecentImages;
    if (!wantsFullText && !recentImages) return;
    for (const articleId of this.store.articlesSince(feedId, since)) {
      this.queue.add(`new:${articleId}`, async () =>
        (await this.options.quiet?.(), bothSteps(
          async () => (wantsFullText ? this.fullTextIfMissing(articleId) : undefined),
          async () => (recentImages || this.store.isPinned(articleId) ? this.cacheImages(articleId) : undefined),
        )),
      );
    }
  }

  setFeedFullText(feedId: FeedId, enabled: boolean): FeedSummary {
    if (!this.store.setFeedFullText(feedId, enabled)) throw new TidingsError('not_found', `no feed with id ${feedId}`);
    return this.library.feeds.summary(feedId);
  }

  openImage(file: string): Promise<CachedImageFile | null> {
    return this.images.open(file);
  }

  /** Resolves when no background work is waiting or running (tests, and the CLI before it exits). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Background failures, newest last: why an article's full text or an image was not kept. */
  get failures(): readonly { key: string; message: string }[] {
    return this.queue.failures;
  }

  stop(): void {
    this.queue.stop();
  }

  private async fullTextIfMissing(articleId: ArticleId): Promise<void> {
    if (this.store.fullText(articleId)) return;
    if (!this.library.articles.get(articleId).link) return;
    await this.loadFullText(articleId);
  }

  private queueImages(articleId: ArticleId): void {
    this.queue.add(`images:${articleId}`, () => this.cacheImages(articleId));
  }

  private async cacheImages(articleId: ArticleId): Promise<CacheReport> {
    const article = this.library.articles.get(articleId);
    const urls = imageUrlsIn(article.contentHtml, this.store.fullText(articleId)?.html ?? '', thumbnailTag(article.thumbnail));
    const report = await this.images.cacheArticle(articleId, urls);
    if (report.failed.length > 0) {
      throw new Error(`images of article ${articleId}: ${report.failed.map((f) => f.reason).join('; ')}`);
    }
    return report;
  }

  private async fetchPage(url: string): Promise<FetchedDocument> {
    try {
      const outcome = await fetchFeed(url, {
        accept: pageAccept,
        maxBytes: this.options.maxPageBytes ?? 10 * 1024 * 1024,
        deadlineMs: this.options.deadlineMs ?? 30_000,
      });
      if (outcome.kind !== 'fetched') throw new FetchError('answered 304 without being asked');
      return outcome.document;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const code = error instanceof FetchError && (error.status === 404 || error.status === 410) ? 'not_found' : 'bad_input';
      throw new TidingsError(code, `full text: ${url}: ${reason.replace(/^fetch: /, '')}`);
    }
  }
}

/** Full text, then images: a page that fails must not cost the feed content's images. */
async function bothSteps(fullText: () => Promise<unknown>, images: () => Promise<unknown>): Promise<void> {
  const failures: string[] = [];
  for (const step of [fullText, images]) {
    await step().catch((error: unknown) => failures.push(error instanceof Error ? error.message : String(error)));
  }
  if (failures.length > 0) throw new Error(failures.join('; '));
}

/** The list's picture is shown by the reader too, so it is kept with the article's own images. */
function thumbnailTag(thumbnail: string | null): string {
  return thumbnail ? `<img src="${thumbnail.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">` : '';
}
