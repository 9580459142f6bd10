// The app in a page, on a fresh web host subscribed to the demo library, and the landmarks tests
// find things by: every locator is a role and an accessible name.
import { expect, test, type Page } from '@playwright/test';
import { demoArticleCount, startDemoServer, subscribeDemo } from './demo-library';
import type { FeedServer } from './feed-server';
import { startWebHost, type WebHost } from './web-host';

export function panes(page: Page) {
  return {
    subscriptions: page.getByRole('navigation', { name: 'Subscriptions' }),
    /** The listbox of the list, magazine and card views. */
    articles: page.getByRole('listbox', { name: 'Articles' }),
    /** The expanded view's stream. */
    stream: page.getByRole('feed', { name: 'Articles' }),
    reader: page.getByRole('region', { name: 'Article', exact: true }),
    /** The article list's heading: the subscription, folder or view on show. */
    heading: page.getByRole('main').getByRole('heading', { level: 2 }).first(),
    notice: page.getByRole('status', { name: 'Notice' }),
    toolbar: page.getByRole('toolbar', { name: 'List options' }),
  };
}

export interface DemoApp {
  host: WebHost;
  feedIds: Map<string, number>;
}

/** A host of its own (stopped by `hosts.stopAll()`), the demo library, and the page loaded on it. */
export async function openDemo(page: Page, server: FeedServer, hosts: WebHost[]): Promise<DemoApp> {
  const host = await startWebHost();
  hosts.push(host);
  const feedIds = await subscribeDemo(host, server);
  await page.goto(host.pageUrl);
  await expect(panes(page).articles.getByRole('option')).toHaveCount(demoArticleCount);
  return { host, feedIds };
}

/**
 * For a spec file: the demo feeds served for all its tests (started before, stopped after with
 * every host its tests opened); `open(page)` gives a test its own host and page.
 */
export function useDemoLibrary(): { open(page: Page): Promise<DemoApp>; readonly server: FeedServer } {
  let server: FeedServer | undefined;
  const hosts: WebHost[] = [];
  test.beforeAll(async () => {
    server = await startDemoServer();
  });
  test.afterAll(async () => {
    await Promise.all(hosts.map((host) => host.stop()));
    await server?.close();
  });
  const running = (): FeedServer => {
    if (!server) throw new Error('the demo server is not started');
    return server;
  };
  return {
    open: (page) => openDemo(page, running(), hosts),
    get server() {
      return running();
    },
  };
}

/** The button for a row of the subscriptions pane, by the start of its accessible name. */
export function subscription(page: Page, title: string) {
  return panes(page).subscriptions.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)},`) });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
