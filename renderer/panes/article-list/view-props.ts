import type { ArticleId, ArticleSummary } from '../../../shared/model';
import type { Settings } from '../../../shared/settings';

/** What each of the article views is given. */
export interface ArticleViewProps {
  rows: readonly ArticleSummary[];
  /** Lays the person's latest read/starred changes over a row. */
  withState: <T extends ArticleSummary>(article: T) => T;
  cursorId: ArticleId | null;
  openId: ArticleId | null;
  hasMore: boolean;
  loading: boolean;
  density: Settings['density'];
  onOpen: (article: ArticleSummary) => void;
  onNext: () => void;
  onPrevious: () => void;
  onLoadMore: () => void;
  scrollerRef?: (element: HTMLDivElement | null) => void;
}
