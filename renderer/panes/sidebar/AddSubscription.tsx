// Subscribing by URL, with an optional folder path ("Tech/Linux").
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { FeedSummary, Folder } from '../../../shared/model';

interface Props {
  folders: Folder[];
  onAdd: (url: string, folder: string) => Promise<FeedSummary | null>;
  onClose: () => void;
  /** An address to start with: a feed: link or a dropped link, for the person to confirm. */
  initialUrl?: string;
}

export function AddSubscription({ folders, onAdd, onClose, initialUrl = '' }: Props) {
  const [url, setUrl] = useState(initialUrl);
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const urlField = useRef<HTMLInputElement>(null);
  const ids = useId();

  useEffect(() => {
    urlField.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !url.trim()) return;
    setBusy(true);
    const added = await onAdd(url.trim(), folder.trim());
    setBusy(false);
    if (added) onClose();
    else urlField.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <form className="add-subscription" aria-label="Add subscription" onSubmit={submit} onKeyDown={onKeyDown} aria-busy={busy}>
      <label htmlFor={`${ids}-url`}>Feed URL</label>
      <input
        id={`${ids}-url`}
        ref={urlField}
        type="url"
        required
        placeholder="https://example.com/feed.xml"
        autoComplete="off"
        spellCheck={false}
        value={url}
        onChange={(event) => setUrl(event.target.value)}
      />
      <label htmlFor={`${ids}-folder`}>
        Folder <span className="optional">(optional)</span>
      </label>
      <input
        id={`${ids}-folder`}
        list={`${ids}-folders`}
        placeholder="e.g. Tech/Linux"
        autoComplete="off"
        value={folder}
        onChange={(event) => setFolder(event.target.value)}
      />
      <datalist id={`${ids}-folders`}>
        {folders.map((known) => (
          <option key={known.id} value={known.path.join('/')} />
        ))}
      </datalist>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Adding…' : 'Subscribe'}
        </button>
      </div>
    </form>
  );
}
