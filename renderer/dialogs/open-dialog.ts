// Which dialog, menu or picker is open: one at a time, and this union is the list of them. A new
// dialog is a case here and a branch in DialogHost.tsx; whatever opens it calls `show`.
import { useCallback, useMemo, useState } from 'react';
import type { ArticleScope, ArticleSummary, FeedSummary } from '../../shared/model';
import type { RuleInput } from '../../shared/rules';
import type { KeepEditor } from '../keeping/KeepDialog';
import type { MenuArticle } from '../panes/article-list/article-menu';
import type { MenuTarget } from '../panes/sidebar/SubscriptionTree';
import type { MenuAnchor } from '../ui/Menu';
import type { PickerItem } from './Picker';
import type { Prompt } from './PromptDialog';

export type OpenDialog =
  | { kind: 'help' }
  | { kind: 'settings' }
  | { kind: 'library' }
  | { kind: 'pick'; title: string; placeholder: string; items: PickerItem<ArticleScope>[] }
  | { kind: 'prompt'; prompt: Prompt }
  | { kind: 'menu'; target: MenuTarget; anchor: MenuAnchor }
  | { kind: 'article-menu'; article: MenuArticle; anchor: MenuAnchor }
  | { kind: 'share'; article: ArticleSummary; note: string }
  | { kind: 'outbox' }
  | { kind: 'keep'; editor: KeepEditor }
  | { kind: 'retention'; feed: FeedSummary }
  | { kind: 'confirm-read'; scope: ArticleScope; olderThanDays: number | undefined; message: string }
  | { kind: 'rule'; draft: RuleInput }
  | { kind: 'mute'; word: string };

export interface Dialogs {
  open: OpenDialog | null;
  show: (dialog: OpenDialog) => void;
  close: () => void;
  /** The help overlay's key opens it, and closes it again. */
  toggleHelp: () => void;
}

export function useDialogs(): Dialogs {
  const [open, setOpen] = useState<OpenDialog | null>(null);
  const close = useCallback(() => setOpen(null), []);
  const toggleHelp = useCallback(() => setOpen((current) => (current?.kind === 'help' ? null : { kind: 'help' })), []);
  return useMemo(() => ({ open, show: setOpen, close, toggleHelp }), [open, close, toggleHelp]);
}
