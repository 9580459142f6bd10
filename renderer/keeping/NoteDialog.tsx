// Writing, changing or clearing the person's own note on an article. Ctrl+Enter saves.
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../ui/Dialog';
import '../styles/keeping.css';

interface Props {
  title: string;
  initial: string;
  onSave: (note: string | null) => void;
  onClose: () => void;
}

export function NoteDialog({ title, initial, onSave, onClose }: Props) {
  const [text, setText] = useState(initial);
  const id = useId();
  const save = (event?: FormEvent) => {
    event?.preventDefault();
    onClose();
    onSave(text.trim() ? text : null);
  };
  return (
    <Dialog title={`Note on ${title}`} className="prompt-dialog note-dialog" onClose={onClose}>
      <form className="prompt-form" onSubmit={save}>
        <label htmlFor={id}>Your note</label>
        <textarea
          id={id}
          autoFocus
          rows={6}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
          }}
        />
        <p className="prompt-hint">Only you see it. Notes are listed under Notes, newest first; an empty note is removed.</p>
        <div className="form-actions">
          {initial ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                onClose();
                onSave(null);
              }}
            >
              Remove note
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Save note
          </button>
        </div>
      </form>
    </Dialog>
  );
}
