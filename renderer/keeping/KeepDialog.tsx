// The note or label editor for one article, opened by a key (C, T) or the article's buttons. It
// needs the article in full, since a list row carries neither its note nor its labels: the one
// open in the reader is used at once; another is loaded, behind a dialog that already holds the
// keys, so nothing typed meanwhile runs as a shortcut.
import { useEffect, useState } from 'react';
import type { Article, ArticleSummary, LabelSummary } from '../../shared/model';
import type { LoadArticleBody } from '../api/use-article-bodies';
import type { Keeping } from '../api/use-keeping';
import { Dialog } from '../ui/Dialog';
import { LabelDialog } from './LabelDialog';
import { NoteDialog } from './NoteDialog';

export type KeepEditor = { kind: 'note' | 'labels'; article: ArticleSummary };

interface Props {
  editor: KeepEditor;
  keeping: Keeping;
  labels: readonly LabelSummary[];
  /** The article open in the reader, already loaded in full. */
  opened: Article | null;
  /** Loads the article in full when it is not the one open. */
  loadArticle: LoadArticleBody;
  onClose: () => void;
}

export function KeepDialog({ editor, keeping, labels, opened, loadArticle, onClose }: Props) {
  const { article } = editor;
  // Taken once: what the reader shows may be let go while the editor is open.
  const [loaded, setLoaded] = useState<Article | null>(() => (opened?.id === article.id ? opened : null));
  const needsLoading = loaded === null;

  useEffect(() => {
    if (!needsLoading) return;
    let current = true;
    loadArticle(article.id).then(
      (full) => current && setLoaded(full),
      () => current && onClose(),
    );
    return () => {
      current = false;
    };
  }, [loadArticle, article.id, onClose, needsLoading]);

  const title = article.title || '(untitled)';
  if (!loaded) {
    return (
      <Dialog title={editor.kind === 'note' ? `Note on ${title}` : `Labels on ${title}`} className="prompt-dialog" onClose={onClose}>
        <p className="prompt-hint">Loading…</p>
      </Dialog>
    );
  }
  const shown = keeping.view(loaded);
  if (editor.kind === 'note') {
    return <NoteDialog title={title} initial={shown.note ?? ''} onSave={(note) => void keeping.setNote(article, note)} onClose={onClose} />;
  }
  return (
    <LabelDialog
      title={title}
      labels={shown.labels}
      known={labels.map((label) => label.name)}
      onAdd={(name) => void keeping.changeLabels(article, [name], [])}
      onRemove={(name) => void keeping.changeLabels(article, [], [name])}
      onClose={onClose}
    />
  );
}
