// Share with a note (Shift+D): the note, and which share targets to send it to as well.
import { useId, useState, type FormEvent } from 'react';
import type { ShareTarget, ShareTargetKind } from '../../shared/sharing';
import { Dialog } from '../ui/Dialog';
import '../styles/sharing.css';

export const kindLabels: Record<ShareTargetKind, string> = {
  'copy-link': 'copy link',
  'copy-markdown': 'copy as Markdown',
  email: 'email',
  'url-template': 'open share page',
  webhook: 'webhook, through the outbox',
};

interface Props {
  title: string;
  note: string;
  targets: readonly ShareTarget[];
  onShare: (note: string, targets: ShareTarget[]) => void;
  onClose: () => void;
}

export function ShareDialog({ title, note: initialNote, targets, onShare, onClose }: Props) {
  const ids = useId();
  const [note, setNote] = useState(initialNote);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    onClose();
    onShare(note, targets.filter((target) => chosen.has(target.id)));
  };
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <Dialog title="Share with note" className="prompt-dialog share-dialog" onClose={onClose}>
      <form className="prompt-form" onSubmit={submit}>
        <p className="prompt-hint share-title">{title}</p>
        <label htmlFor={`${ids}-note`}>Note</label>
        <textarea
          id={`${ids}-note`}
          autoFocus
          rows={4}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
          }}
        />
        {targets.length > 0 ? (
          <fieldset className="share-targets">
            <legend>Also send to</legend>
            {targets.map((target) => (
              <label key={target.id}>
                <input type="checkbox" checked={chosen.has(target.id)} onChange={(event) => toggle(target.id, event.target.checked)} />
                {target.name} <span className="share-kind">({kindLabels[target.kind]})</span>
              </label>
            ))}
          </fieldset>
        ) : (
          <p className="prompt-hint">Share targets (copy, email, share pages, webhooks) are set up in Settings.</p>
        )}
        <p className="prompt-hint">It joins your shared items; Ctrl+Enter shares.</p>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Share
          </button>
        </div>
      </form>
    </Dialog>
  );
}
