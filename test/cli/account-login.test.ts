// `tidings account login <id> --password-stdin`: signs a sync account in again after its server
// refused the token, against a loopback stand-in for a Google Reader API server. The password comes
// from standard input; neither it nor the token is printed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tidings } from '../support/cli';
import { FreshRssStandin } from '../support/freshrss-standin';
import { tempDir } from '../support/temp';

describe('tidings account login', () => {
  let server: FreshRssStandin;
  let dir: ReturnType<typeof tempDir>;
  let db: string;

  beforeEach(async () => {
    server = await new FreshRssStandin().start();
    server.addItem(server.addFeed('Tech news', 'https://example.org/tech.xml', 'Tech'), 'one');
    dir = tempDir();
    db = dir.file('library.db');
    const added = await tidings(['--db', db, '--create', 'account', 'add', 'greader', server.base, '--user', 'alice', '--password-stdin'], 'secret-pass\n');
    expect(added.status, added.stderr).toBe(0);
  });
  afterEach(async () => {
    dir.remove();
    await server.stop();
  });

  it('signs in again with the password from standard input once the server refused the token, and the sync works again', async () => {
    server.revokeSignIn();
    const refused = await tidings(['--db', db, 'sync']);
    expect(refused.status).toBe(1);
    expect(refused.stderr + refused.stdout).toMatch(/sign in again/);

    const wrong = await tidings(['--db', db, 'account', 'login', '2', '--password-stdin'], 'nope\n');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toEqual([expect.stringContaining('the server refused this user name and password')]);

    const login = await tidings(['--db', db, 'account', 'login', '2', '--password-stdin', '--json'], 'secret-pass\n');
    expect(login.status, login.stderr).toBe(0);
    expect(JSON.parse(login.stdout)).toEqual({ id: 2, kind: 'greader', url: server.base, user: 'alice' });
    expect(login.stdout + login.stderr).not.toMatch(/secret-pass|alice\/[0-9a-f]{40}/);

    const synced = await tidings(['--db', db, 'sync', '--json']);
    expect(synced.status, synced.stderr).toBe(0);
    expect(JSON.parse(synced.stdout)).toMatchObject({ failed: 0, newArticles: 1 });
  });

  it('wants the password on standard input, never on the command line', async () => {
    const bare = await tidings(['--db', db, 'account', 'login', '2']);
    expect(bare.status).not.toBe(0);
    expect(bare.stderr).toContain('--password-stdin is needed');
  });
});
