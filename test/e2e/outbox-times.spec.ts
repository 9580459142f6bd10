// The outbox's relative times move while the dialog is open ("next try in 2 min", a minute later
// "in 1 min"), from a display clock in the page: no call is made for it, and nothing is polled. The
// page's clock is Playwright's, moved on by hand, so the test waits for no real minute.
import { expect, test } from '@playwright/test';
import { closedPort } from '../support/webhook-server';
import { useDemoLibrary } from './support/app';

const demo = useDemoLibrary();

test('the time until a webhook’s next try counts down in the open outbox without asking the host again', async ({ page }) => {
  const { host } = await demo.open(page);
  // Nothing listens there: the first try fails at once and the next is 30 to 60 s away.
  const url = `http://127.0.0.1:${await closedPort()}/hook`;
  await host.call('updateSettings', { shareTargets: [{ id: 'hook', kind: 'webhook', name: 'Team hook', url }] });
  const article = (await host.call('listArticles', { scope: { kind: 'all' }, limit: 1 })).items[0]!;
  await host.call('shareArticle', { articleId: article.id, targetIds: ['hook'] });
  await expect
    .poll(async () => (await host.call('listOutbox', {})).entries[0]?.attempts ?? 0, { timeout: 10_000 })
    .toBeGreaterThan(0);

  await page.clock.install();
  await page.getByRole('button', { name: 'Outbox' }).click();
  const row = page.getByRole('dialog', { name: 'Outbox' }).getByRole('row', { name: new RegExp(article.title) });
  const nextTry = row.getByText(/next try /);
  await expect(nextTry).toHaveText(/next try in \d+ (s|min)/);
  // The outbox's calls only: the rest of the page may be asked for meanwhile for its own reasons (a
  // live event landing late on a loaded machine made the saved searches recount inside the minute).
  const asked: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/^\/api\/\w*outbox/i.test(path)) asked.push(path);
  });
  /** "in 2 min" → 120, "now" → 0, "40 s ago" → -40. */
  const inSeconds = (text: string | null) => {
    const [, ahead, amount, unit] = /(in )?(\d+) (s|min)/.exec(text ?? '') ?? [];
    if (amount === undefined) return 0;
    return Number(amount) * (unit === 'min' ? 60 : 1) * (ahead ? 1 : -1);
  };
  const first = inSeconds(await nextTry.textContent());
  // A minute on: whatever it said (seconds or minutes), it must now say less.
  await page.clock.fastForward('01:00');
  await expect.poll(async () => inSeconds(await nextTry.textContent())).toBeLessThan(first);
  expect(asked).toEqual([]);
});
