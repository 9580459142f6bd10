import type { ArticleId, ArticleSummary } from '../../../shared/model';
import type { Settings } from '../../../shared/settings';
import type { MenuAnchor } from '../../ui/Menu';

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
  /** Opens an article's menu (a right-click on its row). */
  onMenu?: (article: ArticleSummary, anchor: MenuAnchor) => void;
  /** The article whose menu is open, marked in the list. */
  menuId?: ArticleId | null;
}
