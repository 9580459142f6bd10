// What the person must know about the library itself is shown above the panes: here, that a
// damaged library was replaced by its newest good backup.
import { closeSync, openSync, writeSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Store, connectionOf } from '../../electron/core/store';
import { dailyBackup } from '../../electron/core/store/backups';
import { startWebHost, type WebHost } from './support/web-host';

/** Zeroes no header but overwrites pages after it: SQLite's quick_check finds the damage. */
function damage(file: string): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(16 * 4096, 0x5a), 0, 16 * 4096, 4096);
  closeSync(fd);
}

let host: WebHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

test('tells the person their damaged library was restored from a backup, until dismissed', async ({ page }) => {
  host = await startWebHost({
    prepare: async (dbPath) => {
      const store = Store.open(dbPath);
      for (let index = 0; index < 40; index++) store.feeds.add({ url: `https://example.org/feed-${index}`, title: `Feed ${index}` });
      await dailyBackup(connectionOf(store), dbPath);
      store.close();
      damage(dbPath);
    },
  });
  await page.goto(host.pageUrl);

  const notice = page.getByRole('alert').filter({ hasText: 'restored the backup' });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Subscriptions' }).getByText('Feed 39')).toBeVisible();

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
