// The account calls the Settings → Accounts page uses, against a loopback stand-in for a Google
// Reader API server (test/support/freshrss-standin.ts): the token never leaves the core, signing in
// again replaces a refused token, a cipher (the desktop app's safeStorage; a stand-in here) keeps
// it sealed in the library, and the library says which account each feed and folder belongs to.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import { connectionOf } from '../../electron/core/store';
import { sealingCipher, type TokenCipher } from '../../electron/core/sync/token-cipher';
import { dispatch, unwrap } from '../../shared/dispatch';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { FreshRssStandin } from '../support/freshrss-standin';
import { tempDir } from '../support/temp';

const firstToken = 'alice/0123456789abcdef0123456789abcdef01234567';
const secondToken = 'alice/ffffffffffffffffffffffffffffffffffffffff';

/** A stand-in for safeStorage: reversible, and the sealed form does not contain the token. */
const standInCipher: TokenCipher = sealingCipher({
  encrypt: async (plain) => Buffer.from([...plain].reverse().join(''), 'utf8').toString('base64'),
  decrypt: async (sealed) => [...Buffer.from(sealed, 'base64').toString('utf8')].reverse().join(''),
});

describe('account calls for Settings → Accounts', () => {
  let server: FreshRssStandin;
  let dir: ReturnType<typeof tempDir>;
  let core: Core;

  const open = (tokens?: TokenCipher) => {
    core = openCore({ dbFile: dir.file('library.db'), outbox: { run: false }, icons: false, ...(tokens ? { tokens } : {}) });
  };
  const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => unwrap(await dispatch(core.handlers, name, input));
  const storedToken = () => (connectionOf(core.store).prepare('SELECT token FROM accounts WHERE id = 2').get() as { token: string }).token;
  const addAlice = () => call('addAccount', { kind: 'greader', url: server.base, user: 'alice', password: 'secret-pass' });

  beforeEach(async () => {
    server = await new FreshRssStandin().start();
    const tech = server.addFeed('Tech news', 'https://example.org/tech.xml', 'Tech');
    server.addItem(tech, 'one');
    dir = tempDir();
  });
  afterEach(async () => {
    core.close();
    dir.remove();
    await server.stop();
  });

  it('never answers the token or the password: listAccounts, addAccount and listFeeds carry neither', async () => {
    open();
    const added = await addAlice();
    await call('syncNow', {});
    const answers = JSON.stringify([added, await call('listAccounts', {}), await call('listFeeds', {})]);
    expect(storedToken()).toBe(firstToken); // it is kept…
    expect(answers).not.toContain(firstToken); // …and never told
    expect(answers).not.toContain('0123456789abcdef');
    expect(answers).not.toContain('secret-pass');
  });

  it('signs in again after the server refused the token: the new token is kept, the error goes, the password is not kept', async () => {
    open();
    const { id } = await addAlice();
    server.revokeSignIn();
    expect((await call('syncNow', {})).failed).toBe(1);
    const refused = (await call('listAccounts', {})).accounts.find((account) => account.id === id);
    expect(refused?.error).toMatch(/sign in again/);

    const wrong = await dispatch(core.handlers, 'reauthAccount', { accountId: id, password: 'not-it' });
    expect(wrong).toMatchObject({ ok: false, error: { message: 'the server refused this user name and password' } });
    expect(storedToken()).toBe(firstToken);

    const again = await call('reauthAccount', { accountId: id, password: 'secret-pass' });
    expect(again.error).toBeNull();
    expect(JSON.stringify(again)).not.toContain(secondToken);
    expect(storedToken()).toBe(secondToken);
    const rows = JSON.stringify(connectionOf(core.store).prepare('SELECT * FROM accounts').all());
    expect(rows).not.toContain('secret-pass');
    expect(await call('syncNow', {})).toMatchObject({ failed: 0, newArticles: 1 });
  });

  it('refuses to sign the account on this computer in again, in words', async () => {
    open();
    expect(await dispatch(core.handlers, 'reauthAccount', { accountId: 1, password: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'bad_input', message: 'the account on this computer has no server to sign in to' },
    });
  });

  it('keeps the token sealed by the cipher it is given and syncs with the opened one; without the cipher it says to sign in again', async () => {
    open(standInCipher);
    await addAlice();
    expect(storedToken().startsWith('sealed:v1:')).toBe(true);
    expect(storedToken()).not.toContain(firstToken);
    expect(await call('syncNow', {})).toMatchObject({ failed: 0, newArticles: 1 });
    core.close();

    // The CLI on the same library: it cannot open the keychain's seal and says so instead of sending it.
    open();
    const before = server.requests.length;
    const result = await call('syncNow', {});
    expect(result.errors[0]?.message).toMatch(/desktop app.*sign in again here/);
    expect(server.requests.length).toBe(before);
    await call('reauthAccount', { accountId: 2, password: 'secret-pass' });
    expect(await call('syncNow', {})).toMatchObject({ failed: 0 });
  });

  it("groups the library's feeds and folders by account, this computer first", async () => {
    open();
    await addAlice();
    await call('syncNow', {});
    const library = await call('listFeeds', {});
    const tech = library.feeds.find((feed) => feed.title === 'Tech news');
    const folder = library.folders.find((candidate) => candidate.name === 'Tech');
    expect(library.accounts).toEqual([
      { id: 1, kind: 'local', title: 'On this computer', feedIds: [], folderIds: [] },
      { id: 2, kind: 'greader', title: `FreshRSS — alice@${new URL(server.base).host}`, feedIds: [tech?.id], folderIds: [folder?.id] },
    ]);
  });
});
