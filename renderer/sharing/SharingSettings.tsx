// Settings for sharing: the shared folder (published after each share; "Publish now"), the share
// targets, and the way to the outbox. Rendered by SettingsDialog as one section.
import { useId, useState } from 'react';
import type { CallOutput } from '../../shared/contract';
import type { Settings } from '../../shared/settings';
import { shareTargetKinds, type ShareTarget, type ShareTargetKind } from '../../shared/sharing';
import { kindLabels } from './ShareDialog';
import '../styles/sharing.css';

interface Props {
  settings: Settings;
  onChange: (changes: Partial<Settings>) => void;
  onOutbox?: () => void;
  /** Writes the shared folder now. */
  onPublish: () => Promise<CallOutput<'publishShared'>>;
}

const placeholders: Partial<Record<ShareTargetKind, string>> = {
  'url-template': 'https://mastodon.social/share?text={title}%20{url}',
  webhook: 'https://example.org/hooks/shared',
};

function newTargetId(name: string, taken: readonly ShareTarget[]): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'target';
  let id = base;
  for (let n = 2; taken.some((target) => target.id === id); n++) id = `${base}-${n}`;
  return id;
}

export function SharingSettings({ settings, onChange, onOutbox, onPublish }: Props) {
  const ids = useId();
  const [folder, setFolder] = useState(settings.sharedFolder ?? '');
  const [published, setPublished] = useState<string | null>(null);
  const [kind, setKind] = useState<ShareTargetKind>('copy-link');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [headerName, setHeaderName] = useState('');
  const [headerValue, setHeaderValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const targets = settings.shareTargets;
  const needsAddress = kind === 'url-template' || kind === 'webhook';

  const saveFolder = () => {
    const value = folder.trim() || null;
    if (value !== settings.sharedFolder) onChange({ sharedFolder: value });
  };
  const publish = async () => {
    try {
      const result = await onPublish();
      setPublished(result.folder ? `Wrote ${result.items} shared items to ${result.folder}` : 'Choose a shared folder first.');
    } catch (error) {
      setPublished(error instanceof Error ? error.message : String(error));
    }
  };
  // A group inside the settings form, not a form of its own: forms do not nest.
  const addTarget = () => {
    if (needsAddress && !address.trim()) {
      setProblem(kind === 'webhook' ? 'A webhook needs its URL.' : 'A share page needs its URL template.');
      return;
    }
    setProblem(null);
    const label = name.trim() || kindLabels[kind];
    const target: ShareTarget = {
      id: newTargetId(label, targets),
      kind,
      name: label,
      ...(kind === 'url-template' ? { template: address.trim() } : {}),
      ...(kind === 'webhook' ? { url: address.trim() } : {}),
      ...(kind === 'webhook' && headerName.trim() ? { headerName: headerName.trim(), headerValue } : {}),
    };
    onChange({ shareTargets: [...targets, target] });
    setName('');
    setAddress('');
    setHeaderName('');
    setHeaderValue('');
  };

  return (
    <section aria-labelledby={`${ids}-sharing`}>
      <h3 id={`${ids}-sharing`}>Sharing</h3>
      <div className="settings-row">
        <label htmlFor={`${ids}-folder`}>Shared folder</label>
        <input
          id={`${ids}-folder`}
          className="text-input"
          placeholder="/home/you/Sync/shared"
          value={folder}
          onChange={(event) => setFolder(event.target.value)}
          onBlur={saveFolder}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              saveFolder();
            }
          }}
        />
      </div>
      <p className="settings-hint">
        shared.atom, shared.json and index.html are written here after each share: point Syncthing, Dropbox or a web
        server at it. An absolute path; empty for none.
      </p>
      <div className="form-actions sharing-actions">
        <button type="button" className="button" onClick={() => void publish()}>
          Publish now
        </button>
        {onOutbox ? (
          <button type="button" className="button" onClick={onOutbox}>
            Outbox…
          </button>
        ) : null}
        {window.location.protocol.startsWith('http') ? (
          <a className="button" href="/shared/" target="_blank" rel="noopener noreferrer">
            Shared page
          </a>
        ) : null}
      </div>
      {published ? <p className="settings-hint" role="status">{published}</p> : null}

      <h4 className="sharing-subheading">Share targets</h4>
      {targets.length === 0 ? <p className="settings-hint">None yet. Shift+D offers them when you share.</p> : null}
      <ul className="share-target-list" aria-label="Share targets">
        {targets.map((target) => (
          <li key={target.id}>
            <span>
              {target.name} <span className="share-kind">({kindLabels[target.kind]})</span>
            </span>
            <button
              type="button"
              className="button small"
              aria-label={`Remove ${target.name}`}
              onClick={() => onChange({ shareTargets: targets.filter((candidate) => candidate.id !== target.id) })}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="share-target-form" role="group" aria-label="Add a share target">
        <div className="settings-row">
          <label htmlFor={`${ids}-kind`}>Kind</label>
          <select id={`${ids}-kind`} className="select" value={kind} onChange={(event) => setKind(event.target.value as ShareTargetKind)}>
            {shareTargetKinds.map((option) => (
              <option key={option} value={option}>
                {kindLabels[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="settings-row">
          <label htmlFor={`${ids}-name`}>Name</label>
          <input id={`${ids}-name`} className="text-input" value={name} placeholder={kindLabels[kind]} onChange={(event) => setName(event.target.value)} />
        </div>
        {needsAddress ? (
          <div className="settings-row">
            <label htmlFor={`${ids}-address`}>{kind === 'webhook' ? 'Webhook URL' : 'URL template'}</label>
            <input
              id={`${ids}-address`}
              className="text-input"
              value={address}
              placeholder={placeholders[kind]}
              onChange={(event) => setAddress(event.target.value)}
            />
          </div>
        ) : null}
        {kind === 'webhook' ? (
          <div className="settings-row">
            <label htmlFor={`${ids}-header`}>Header (optional)</label>
            <input id={`${ids}-header`} className="text-input" placeholder="Authorization" value={headerName} onChange={(event) => setHeaderName(event.target.value)} />
            <input
              aria-label="Header value"
              className="text-input"
              placeholder="Bearer …"
              value={headerValue}
              onChange={(event) => setHeaderValue(event.target.value)}
            />
          </div>
        ) : null}
        {kind === 'url-template' ? <p className="settings-hint">{'{url}, {title} and {note} are filled in, URL-encoded.'}</p> : null}
        {problem ? <p className="settings-hint" role="alert">{problem}</p> : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={addTarget}>
            Add target
          </button>
        </div>
      </div>
    </section>
  );
}
