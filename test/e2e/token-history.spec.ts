// Chromium records every address it opens in the profile's History database, which outlives the
// session and syncs; the token must not be there. So the link `tidings serve` prints holds a
// one-time code the page trades for the token. Checked as the leak was found: a real profile
// folder, the printed link opened, Chromium closed, History read with SQLite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium, expect, test } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';
import { startWebHost, type WebHost } from './support/web-host';

/** The newest "Open <link>" line `tidings serve` printed. */
async function printedLink(host: WebHost): Promise<string> {
  for (let tries = 0; tries < 100; tries += 1) {
    const links = [...host.stdout().matchAll(/^Open (\S+)$/gm)].map((match) => match[1] ?? '');
    const last = links.at(-1);
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`tidings serve printed no link: ${host.stdout()}`);
}

let host: WebHost | null = null;
let profile: string | null = null;

test.afterAll(async () => {
  await host?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('the token in the printed link never reaches Chromium’s History database', async () => {
  host = await startWebHost();
  profile = mkdtempSync(join(tmpdir(), 'tidings-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions, headless: true });
  const page = context.pages()[0] ?? (await context.newPage());
  const link = await printedLink(host);
  expect(link).not.toContain(host.token);
  await page.goto(link);
  // Signed in: the app made its calls with the token.
  await expect(page.getByRole('navigation', { name: 'Subscriptions' })).toBeVisible();
  await expect(page.getByText('All items')).toBeVisible();
  expect(page.url()).not.toContain(host.token);
  // And a reload still works (the token is kept for the tab, not in the address).
  await page.reload();
  await expect(page.getByText('All items')).toBeVisible();
  // The link opens the app once; the one History keeps opens nothing, and a new one is printed.
  const spent = await context.newPage();
  await spent.goto(link);
  await expect(spent.getByText(/newest link `tidings serve` printed/).first()).toBeVisible();
  const next = await printedLink(host);
  expect(next).not.toBe(link);
  const fresh = await context.newPage();
  await fresh.goto(next);
  await expect(fresh.getByText('All items')).toBeVisible();
  await context.close();

  const history = new Database(join(profile, 'Default', 'History'), { readonly: true, fileMustExist: true });
  try {
    const urls = (history.prepare('SELECT url FROM urls').all() as { url: string }[]).map((row) => row.url);
    // The visit is recorded (so the check below looked at the right database)…
    expect(urls.some((url) => url.startsWith(host?.url ?? '-'))).toBe(true);
    // …but not the token, in any form.
    for (const url of urls) expect(url).not.toContain(host.token);
    const terms = history.prepare("SELECT count(*) AS n FROM keyword_search_terms WHERE term LIKE '%' || ? || '%'").get(host.token) as { n: number };
    expect(terms.n).toBe(0);
  } finally {
    history.close();
  }
});
