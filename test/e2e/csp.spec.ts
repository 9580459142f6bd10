// The app's own bundle runs under its CSP (script-src 'self', no eval) without a single violation:
// a violation on every load (Zod's eval probe) would drown a real one, and each is a script the
// policy had to stop.
import { expect, test } from '@playwright/test';
import { startWebHost, type WebHost } from './support/web-host';

let host: WebHost | null = null;

test.afterAll(async () => {
  await host?.stop();
});

test('loading the app and opening a view causes no CSP violation', async ({ page }) => {
  host = await startWebHost();
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|unsafe-eval/i.test(message.text())) messages.push(message.text());
  });
  // Listen from the first script on, before the bundle runs.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  await page.goto(host.pageUrl);
  await expect(page.getByRole('navigation', { name: 'Subscriptions' })).toBeVisible();
  await expect(page.getByText('All items')).toBeVisible();
  // A few calls whose answers the contract's schemas parse.
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await page.keyboard.press(',');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  expect(violations).toEqual([]);
  expect(messages).toEqual([]);
});
