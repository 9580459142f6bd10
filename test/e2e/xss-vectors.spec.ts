// The public XSS vector sets (test/fixtures/xss) rendered in Chromium after sanitizing: first each
// one on a page of its own with no Content Security Policy at all, so only the sanitizer stands
// between the vector and the page; then all of them as one feed read in the app itself.
import { expect, test, type Page } from '@playwright/test';
import { sanitizeHtml } from '../../electron/core/sanitize';
import { xssVectors } from '../support/xss-vectors';
import { panes } from './support/app';
import { startFeedServer } from './support/feed-server';
import { startWebHost } from './support/web-host';

const BASE = 'https://example.org/posts/1/';
const vectors = xssVectors();

/** Every way a vector would show it ran: the dialog of its alert, confirm or prompt, or a popup. */
async function watchForScript(page: Page): Promise<string[]> {
  const ran: string[] = [];
  page.on('dialog', (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('popup', (popup) => ran.push(`popup: ${popup.url()}`));
  // Nothing leaves the machine: images and players the vectors name get a 404 here.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 404, body: '' }));
  return ran;
}

/** What inline handlers could have fired on: every element gets the events vectors hang them on. */
function provokeHandlers(): void {
  const events = ['mouseover', 'mouseenter', 'mouseout', 'mousedown', 'mouseup', 'focus', 'blur', 'error', 'load', 'toggle', 'animationstart', 'scroll', 'input', 'change', 'submit', 'pointerdown'];
  for (const element of document.querySelectorAll('*')) {
    for (const type of events) element.dispatchEvent(new Event(type, { bubbles: false }));
  }
}

test('no vector of the public XSS sets runs once sanitized, even on a page without a CSP', async ({ page }) => {
  test.setTimeout(120_000);
  const ran = await watchForScript(page);
  for (const vector of vectors) {
    const html = sanitizeHtml(vector.html, BASE);
    await page.setContent(`<!doctype html><meta charset="utf-8"><body>${html}</body>`);
    await page.waitForFunction(() => [...document.images].every((image) => image.complete));
    await page.evaluate(provokeHandlers);
    expect(ran, vector.name).toEqual([]);
    // A meta refresh or a script would have taken the page elsewhere.
    expect(page.url(), vector.name).toBe('about:blank');
  }
});

test('the page itself is one the checks above would catch', async ({ page }) => {
  const ran = await watchForScript(page);
  await page.setContent('<!doctype html><body><img src="https://example.org/x.png" onerror="alert(1)"><div onmouseover="prompt(2)">x</div></body>');
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  await page.evaluate(provokeHandlers);
  expect(ran).toEqual(expect.arrayContaining(['dialog: 1', 'dialog: 2']));
});

test('a feed made of the XSS vectors reads in the app without running any of them', async ({ page }) => {
  test.setTimeout(120_000);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const items = vectors
    .map((v, i) => `<item><title>${escape(v.name)}</title><guid isPermaLink="false">v${i}</guid><link>https://example.org/v/${i}</link><description>${escape(v.html)}</description></item>`)
    .join('');
  const server = await startFeedServer({
    '/xss.xml': { body: `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Vectors</title><link>https://example.org/</link>${items}</channel></rss>` },
  });
  const host = await startWebHost();
  try {
    await host.call('addFeed', { url: server.urlFor('/xss.xml') });
    const ran = await watchForScript(page);
    await page.goto(host.pageUrl);
    await expect(panes(page).articles.getByRole('option')).not.toHaveCount(0);
    // The expanded view renders whole articles one after another; j walks through all of them.
    await page.keyboard.press('1');
    for (let i = 0; i < vectors.length; i++) await page.keyboard.press('j');
    // The last vector's words: the walk reached the end, rendering each article on the way.
    await expect(panes(page).stream).toContainText('+ADw-SCRIPT+AD4-alert');
    await page.evaluate(provokeHandlers);
    expect(ran).toEqual([]);
    expect(new URL(page.url()).origin).toBe(new URL(host.url).origin);
  } finally {
    await host.stop();
    await server.close();
  }
});
