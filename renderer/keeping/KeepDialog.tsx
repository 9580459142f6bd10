// The note or label editor for one article, opened by a key (C, T) or the article's buttons. The
// article is loaded in full first, since a list row carries neither its note nor its labels.
import { useEffect, useState } from 'react';
import type { Article, ArticleSummary, LabelSummary } from '../../shared/model';
import { useClient } from '../api/context';
import type { Keeping } from '../api/use-keeping';
import { LabelDialog } from './LabelDialog';
import { NoteDialog } from './NoteDialog';

export type KeepEditor = { kind: 'note' | 'labels'; article: ArticleSummary };

interface Props {
  editor: KeepEditor;
  keeping: Keeping;
  labels: readonly LabelSummary[];
  onClose: () => void;
}

export function KeepDialog({ editor, keeping, labels, onClose }: Props) {
  const client = useClient();
  const [loaded, setLoaded] = useState<Article | null>(null);
  const { article } = editor;

  useEffect(() => {
    let current = true;
    client.getArticle({ articleId: article.id }).then(
      (full) => current && setLoaded(full),
      () => current && onClose(),
    );
    return () => {
      current = false;
    };
  }, [client, article.id, onClose]);

  if (!loaded) return null;
  const shown = keeping.view(loaded);
  const title = article.title || '(untitled)';
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
