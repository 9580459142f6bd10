// Many tabs of the web host in one browser. HTTP/1.1 gives a browser 6 connections per host, and an
// event stream holds one for as long as the page is open: with a stream per tab, a 6th tab's calls
// would wait for ever. The tabs share one stream (renderer/api/shared-stream.ts), so 8 tabs all work
// and all hear the live events; when the tab holding the stream closes, another takes it over.
import { expect, test, type Page } from '@playwright/test';
import { panes, useDemoLibrary } from './support/app';
import { demoArticleCount } from './support/demo-library';

const demo = useDemoLibrary();
const tabCount = 8;

const allItems = (tab: Page) => panes(tab).subscriptions.getByRole('button', { name: /^All items,/ });

test(`${tabCount} tabs on one host all load, all make calls, and all hear the live events`, async ({ page }) => {
  const { host } = await demo.open(page);
  const tabs = [page];
  for (let n = 1; n < tabCount; n += 1) {
    const tab = await page.context().newPage();
    await tab.goto(host.pageUrl);
    await expect(panes(tab).articles.getByRole('option'), `tab ${n + 1} of ${tabCount}`).toHaveCount(demoArticleCount, { timeout: 10_000 });
    tabs.push(tab);
  }
  const last = tabs.at(-1)!;

  // A call from the last tab, and its event heard in the first.
  const first = panes(last).articles.getByRole('option').first();
  await first.click();
  await expect(allItems(last)).toHaveAccessibleName(`All items, ${demoArticleCount - 1} unread`);
  for (const tab of tabs) await expect(allItems(tab)).toHaveAccessibleName(`All items, ${demoArticleCount - 1} unread`, { timeout: 2_000 });

  // The tab that opened first holds the stream; closed, another takes it over and every tab still hears.
  await page.close();
  const rest = tabs.slice(1);
  await panes(last).articles.getByRole('option').nth(1).click();
  for (const tab of rest) await expect(allItems(tab)).toHaveAccessibleName(`All items, ${demoArticleCount - 2} unread`, { timeout: 3_000 });
});
