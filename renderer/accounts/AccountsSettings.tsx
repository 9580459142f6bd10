// Settings → Accounts: the sync accounts (issue #17), each with its server, user, last sync, error,
// queued changes and feeds; adding one (Test signs in and says so, Add keeps the server's token),
// syncing now, signing in again when the server refused the token, and removing one after saying
// what goes and what stays. The list follows the live events (use-accounts.ts).
import { useId, useState } from 'react';
import type { SyncAccount } from '../../shared/sync';
import { needsSignIn, type AccountOutcome, type AccountsState } from '../api/use-accounts';
import { relativeLong } from '../format/time';
import '../styles/accounts.css';

interface Props {
  state: AccountsState;
}

export function AccountsSettings({ state }: Props) {
  const ids = useId();
  const sync = state.accounts.filter((account) => account.kind !== 'local');
  return (
    <section aria-labelledby={`${ids}-accounts`} className="accounts-settings">
      <h3 id={`${ids}-accounts`}>Accounts</h3>
      <p className="settings-hint">
        Sync with a server you already use (Miniflux, FreshRSS, or another that speaks the Google Reader API): its subscriptions,
        read and starred articles, both ways. The password signs in and is not kept.
      </p>
      {state.loaded && sync.length === 0 ? <p className="settings-hint">Only this computer so far.</p> : null}
      <ul className="account-list" aria-label="Sync accounts">
        {sync.map((account) => (
          <AccountItem key={account.id} account={account} state={state} />
        ))}
      </ul>
      <AddAccount state={state} />
    </section>
  );
}

function accountName(account: SyncAccount): string {
  return `${account.user ?? ''} at ${account.url ?? ''}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function AccountItem({ account, state }: { account: SyncAccount; state: AccountsState }) {
  const ids = useId();
  const [said, setSaid] = useState<AccountOutcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const syncing = state.syncing.has(account.id);
  const signIn = needsSignIn(account);
  const run = async (work: Promise<AccountOutcome>) => setSaid(await work);
  const signInAgain = () => void run(state.reauth(account.id, password)).then(() => setPassword(''));
  return (
    <li className="account" aria-labelledby={`${ids}-name`}>
      <div className="account-head">
        <strong id={`${ids}-name`}>{accountName(account)}</strong>
        <span className="settings-hint">Google Reader API</span>
      </div>
      <p className="account-facts">
        <span>{account.lastSync ? `Last synced ${relativeLong(account.lastSync)}` : 'Not synced yet'}</span>
        {' · '}
        <span>{plural(account.feeds, 'feed', 'feeds')}</span>
        {' · '}
        <span>{account.queued === 0 ? 'nothing waiting to be sent' : `${plural(account.queued, 'change', 'changes')} waiting to be sent`}</span>
      </p>
      {account.error ? (
        <p className="account-error" role="alert">
          {account.error}
        </p>
      ) : null}
      {signIn ? (
        // Not a <form>: the settings dialog is one already, and forms do not nest.
        <div className="settings-row">
          <label htmlFor={`${ids}-again`}>Password</label>
          <input
            id={`${ids}-again`}
            className="input"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && password !== '') signInAgain();
            }}
          />
          <button type="button" className="button" disabled={password === ''} onClick={signInAgain}>
            Sign in again
          </button>
        </div>
      ) : null}
      <div className="account-actions">
        <button type="button" className="button" disabled={syncing} onClick={() => void run(state.syncNow(account.id))}>
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Remove…
        </button>
      </div>
      {confirming ? (
        <div className="account-confirm" role="group" aria-label={`Remove ${accountName(account)}`}>
          <p>
            Remove {accountName(account)} from Tidings? Its {plural(account.feeds, 'feed', 'feeds')} and their articles go from this computer
            (nothing changes on the server). Kept articles — starred, noted, shared, liked or labelled — move to “On this computer”.
          </p>
          <button
            type="button"
            className="button danger"
            onClick={() =>
              void state.remove(account.id).then((outcome) => {
                if (!outcome.ok) setSaid(outcome);
                setConfirming(false);
              })
            }
          >
            Remove account
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : null}
      {said ? (
        <p className={said.ok ? 'account-said' : 'account-error'} role="status">
          {said.message}
        </p>
      ) : null}
    </li>
  );
}

function AddAccount({ state }: { state: AccountsState }) {
  const ids = useId();
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState<'test' | 'add' | null>(null);
  const [said, setSaid] = useState<AccountOutcome | null>(null);
  const filled = url.trim() !== '' && user.trim() !== '' && password !== '';
  const act = async (which: 'test' | 'add') => {
    setBusy(which);
    setSaid(null);
    const outcome = await (which === 'test' ? state.test : state.add)({ url: url.trim(), user: user.trim(), password });
    setBusy(null);
    setSaid(outcome);
    if (which === 'add' && outcome.ok) {
      setUrl('');
      setUser('');
      setPassword('');
    }
  };
  return (
    <fieldset className="account-add">
      <legend>Add account</legend>
      <div className="settings-row">
        <label htmlFor={`${ids}-kind`}>Kind</label>
        <select id={`${ids}-kind`} className="select" value="greader" disabled>
          <option value="greader">Google Reader API (Miniflux, FreshRSS…)</option>
        </select>
      </div>
      <div className="settings-row">
        <label htmlFor={`${ids}-url`}>Server address</label>
        <input id={`${ids}-url`} className="input" type="url" placeholder="https://reader.example.com" value={url} onChange={(event) => setUrl(event.target.value)} />
      </div>
      <div className="settings-row">
        <label htmlFor={`${ids}-user`}>User name</label>
        <input id={`${ids}-user`} className="input" autoComplete="username" value={user} onChange={(event) => setUser(event.target.value)} />
      </div>
      <div className="settings-row">
        <label htmlFor={`${ids}-password`}>Password</label>
        <input
          id={`${ids}-password`}
          className="input"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <div className="account-actions">
        <button type="button" className="button" disabled={!filled || busy !== null} onClick={() => void act('test')}>
          {busy === 'test' ? 'Testing…' : 'Test'}
        </button>
        <button type="button" className="button primary" disabled={!filled || busy !== null} onClick={() => void act('add')}>
          {busy === 'add' ? 'Adding…' : 'Add'}
        </button>
      </div>
      {said ? (
        <p className={said.ok ? 'account-said' : 'account-error'} role="status">
          {said.message}
        </p>
      ) : null}
    </fieldset>
  );
}
