// The labels on one article: each can be taken off, and a name typed (or picked from the labels
// that exist) is added. Changes are saved as they are made.
import { useId, useState, type FormEvent } from 'react';
import type { Label } from '../../shared/model';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import '../styles/keeping.css';

interface Props {
  title: string;
  labels: readonly Label[];
  /** Every label in the library, offered as completions. */
  known: readonly string[];
  onAdd: (name: string) => void;
  onRemove: (name: string) => void;
  onClose: () => void;
}

export function LabelDialog({ title, labels, known, onAdd, onRemove, onClose }: Props) {
  const [name, setName] = useState('');
  const ids = useId();
  const add = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed) onAdd(trimmed);
    setName('');
  };
  const mine = new Set(labels.map((label) => label.name));
  return (
    <Dialog title={`Labels on ${title}`} className="prompt-dialog label-dialog" onClose={onClose}>
      {labels.length === 0 ? (
        <p className="prompt-hint">No labels yet.</p>
      ) : (
        <ul className="label-chips" aria-label="Labels on this article">
          {labels.map((label) => (
            <li key={label.id} className="label-chip">
              {label.name}
              <button type="button" className="icon-button" aria-label={`Remove label ${label.name}`} onClick={() => onRemove(label.name)}>
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="prompt-form" onSubmit={add}>
        <label htmlFor={`${ids}-name`}>Add a label</label>
        <input
          id={`${ids}-name`}
          autoFocus
          autoComplete="off"
          list={`${ids}-known`}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <datalist id={`${ids}-known`}>
          {known
            .filter((candidate) => !mine.has(candidate))
            .map((candidate) => (
              <option key={candidate} value={candidate} />
            ))}
        </datalist>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            Done
          </button>
          <button type="submit" className="button primary">
            Add label
          </button>
        </div>
      </form>
    </Dialog>
  );
}
