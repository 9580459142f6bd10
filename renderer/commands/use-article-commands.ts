// The article commands that need more than one action: sharing (at once, or with a note first),
// "mark all as read" (asked first when it may be many), and the note and label editors.
import { useMemo, useRef } from 'react';
import type { ArticleScope, ArticleSummary } from '../../shared/model';
import { manyArticles, unreadIn } from '../api/many-read';
import type { Tidings } from '../api/use-tidings';
import { confirmReadMessage } from '../dialogs/confirm-read';
import type { Dialogs } from '../dialogs/open-dialog';
import type { KeepEditor } from '../keeping/KeepDialog';
import type { KeepingActions } from '../keeping/keeping-context';

export function useArticleCommands(tidings: Tidings, dialogs: Dialogs) {
  const { actions, settings, library, keeping } = tidings;
  const { show } = dialogs;

  // Shift+S shares the article under the cursor, or unshares it when it is open and shared.
  const toggleShare = () => {
    const current = actions.currentArticle();
    if (!current) return;
    const open = tidings.article?.id === current.id ? tidings.article : null;
    shareOrUnshare(current, Boolean(open?.sharedAt));
  };
  const shareOrUnshare = (article: ArticleSummary, shared: boolean) =>
    void (shared ? tidings.sharing.unshare(article) : tidings.sharing.share(article));
  const shareWithNote = () => {
    const current = actions.currentArticle();
    if (current) shareWithNoteOn(current);
  };
  const shareWithNoteOn = (article: ArticleSummary) => {
    const note = tidings.article?.id === article.id ? (tidings.article.note ?? '') : '';
    show({ kind: 'share', article, note });
  };

  // "Mark all as read", from Shift+A, the list's menu or a subscription's: asked first, when the
  // person wants that, if it may take more than a screenful (or an unknown number).
  const markAllRead = (olderThanDays?: number, target?: ArticleScope) => {
    const scope = target ?? tidings.scope;
    const unread = unreadIn(library, scope);
    if (!settings.confirmMarkManyRead || (unread !== null && unread <= manyArticles)) {
      actions.markScopeRead(olderThanDays, target);
      return;
    }
    show({ kind: 'confirm-read', scope, olderThanDays, message: confirmReadMessage(scope, library, unread, olderThanDays) });
  };
  /** For callbacks made once (the subscription menu's), which must still ask about the scope on show now. */
  const markAllReadNow = useRef(markAllRead);
  markAllReadNow.current = markAllRead;

  const keepingActions = useMemo<KeepingActions>(
    () => ({
      toggleLike: (article) => void keeping.setLiked(article, !tidings.withState(article).liked),
      editNote: (article) => show({ kind: 'keep', editor: { kind: 'note', article } }),
      editLabels: (article) => show({ kind: 'keep', editor: { kind: 'labels', article } }),
      renameLabel: (labelId, name) => void keeping.renameLabel(labelId, name),
      deleteLabel: (labelId) => void keeping.deleteLabel(labelId),
      view: keeping.view,
    }),
    [keeping, tidings.withState, show],
  );
  const editKept = (kind: KeepEditor['kind']) => {
    const article = actions.currentArticle();
    if (article) show({ kind: 'keep', editor: { kind, article } });
  };

  return { toggleShare, shareOrUnshare, shareWithNote, shareWithNoteOn, markAllRead, markAllReadNow, keepingActions, editKept };
}

export type ArticleCommands = ReturnType<typeof useArticleCommands>;
