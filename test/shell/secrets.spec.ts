// The desktop app keeps a sync account's token sealed by Electron's safeStorage (secret-link.ts):
// the library file holds what only this user's keychain can open, the sync still signs in with it,
// and no call answers it. Where the system has no keychain the token is kept as the CLI keeps it.
// Skips without the Electron binary; the core's side is tested without it (test/shell/secret-link.test.ts).
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { FreshRssStandin } from '../support/freshrss-standin';
import { launchApp, skipWithoutElectron, tempHome, type BridgeWindow } from './support/electron-app';

skipWithoutElectron('safeStorage for sync tokens');

const token = 'alice/0123456789abcdef0123456789abcdef01234567';

test('a sync token is sealed by safeStorage in the library, opened for the sync, and never answered', async () => {
  const home = tempHome();
  const server = await new FreshRssStandin().start();
  server.addItem(server.addFeed('Tech news', 'https://example.org/tech.xml', 'Tech'), 'one');
  const running = await launchApp(home.path);
  try {
    const { window: page, app } = running;
    const keychain = await app.evaluate(({ safeStorage }) => safeStorage.isEncryptionAvailable());
    const answers = await page.evaluate(async (base) => {
      const bridge = (window as unknown as BridgeWindow).tidings;
      const added = await bridge.addAccount({ kind: 'greader', url: base, user: 'alice', password: 'secret-pass' });
      const synced = await bridge.syncNow({});
      const listed = await bridge.listAccounts({});
      return JSON.stringify([added, synced, listed]);
    }, server.base);
    expect(answers).toContain('"newArticles":1');
    expect(answers).not.toContain(token);

    const db = new Database(`${home.path}/tidings.db`, { readonly: true });
    const stored = (db.prepare('SELECT token FROM accounts WHERE id = 2').get() as { token: string }).token;
    db.close();
    if (keychain) {
      expect(stored.startsWith('sealed:v1:')).toBe(true);
      expect(stored).not.toContain(token);
    } else {
      expect(stored).toBe(token); // no keychain here: kept as the CLI keeps it, in the owner-only file
    }
  } finally {
    await running.close();
    await server.stop();
    home.remove();
  }
});
