// Subscribing by URL or by a site's bare address ("daringfireball.net"), with an optional folder
// path ("Tech/Linux"). While the address is fetched, Cancel stops it and nothing is added; when
// it yields no feed, the reason shows in the status line and "Subscribe anyway" keeps it (a
// server that is down today).
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Folder } from '../../../shared/model';
import { newRequestId, type Adder } from '../../api/adding';

interface Props {
  folders: Folder[];
  adder: Adder;
  onClose: () => void;
  /** An address to start with: a feed: link or a dropped link, for the person to confirm. */
  initialUrl?: string;
}

export function AddSubscription({ folders, adder, onClose, initialUrl = '' }: Props) {
  const [url, setUrl] = useState(initialUrl);
  const [folder, setFolder] = useState('');
  /** The add under way, by its request id. */
  const [busy, setBusy] = useState<string | null>(null);
  /** The address a refusal that "Subscribe anyway" can overrule was about. */
  const [refused, setRefused] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const urlField = useRef<HTMLInputElement>(null);
  const ids = useId();

  useEffect(() => {
    urlField.current?.focus();
  }, []);

  const add = async (keep: boolean) => {
    const typed = url.trim();
    if (busy || !typed) return;
    const requestId = newRequestId();
    setBusy(requestId);
    setRefused(null);
    setNote('');
    const outcome = await adder.add(typed, folder.trim(), { keep, requestId });
    setBusy(null);
    if (outcome.kind === 'added') return onClose();
    if (outcome.kind === 'cancelled') setNote('Cancelled; nothing was added.');
    if (outcome.kind === 'failed' && outcome.canKeep) setRefused(typed);
    urlField.current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void add(false);
  };

  const cancel = () => {
    if (busy) adder.cancel(busy);
    else onClose();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  };

  return (
    <form className="add-subscription" aria-label="Add subscription" onSubmit={submit} onKeyDown={onKeyDown} aria-busy={busy !== null}>
      <label htmlFor={`${ids}-url`}>Feed URL</label>
      <input
        id={`${ids}-url`}
        ref={urlField}
        type="text"
        inputMode="url"
        required
        placeholder="example.com or https://example.com/feed.xml"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        value={url}
        onChange={(event) => {
          setUrl(event.target.value);
          setRefused(null);
          setNote('');
        }}
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
      <p className="add-note" role="status">
        {note}
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={cancel}>
          {busy ? 'Cancel adding' : 'Cancel'}
        </button>
        {refused !== null && refused === url.trim() && !busy ? (
          <button type="button" className="button" onClick={() => void add(true)}>
            Subscribe anyway
          </button>
        ) : null}
        <button type="submit" className="button primary" disabled={busy !== null}>
          {busy ? 'Adding…' : 'Subscribe'}
        </button>
      </div>
    </form>
  );
}
