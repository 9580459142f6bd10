// The desktop app, launched for real: the window, what the page can and cannot do, and the core in
// a process of its own. Skips with a message where no Electron binary is installed.
import { expect, test } from '@playwright/test';
import { contentSecurityPolicy } from '../../shared/csp';
import { launchApp, skipWithoutElectron, tempHome, type BridgeWindow, type RunningApp } from './support/electron-app';

skipWithoutElectron('Electron shell launch tests');

let home: ReturnType<typeof tempHome>;
let running: RunningApp;

test.beforeEach(async () => {
  home = tempHome();
  running = await launchApp(home.path);
});

test.afterEach(async () => {
  await running.close();
  home.remove();
});

test('opens one window with the three panes, served from app:// with no Node in the page', async () => {
  const { window: page, app } = running;
  await expect(page.getByRole('navigation', { name: 'Subscriptions' })).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/tidings\//);
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { tidings?: unknown }).tidings)).toBe('object');
  expect(app.windows()).toHaveLength(1);
});

test('serves the page with the Content Security Policy, and the page refuses inline script', async () => {
  const { window: page } = running;
  const header = await page.evaluate(async () => (await fetch('app://tidings/index.html')).headers.get('content-security-policy'));
  expect(header).toBe(contentSecurityPolicy);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    return (window as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});

test('runs the core in its own utility process, not in the main process', async () => {
  const { window: page, app } = running;
  const metrics = await app.evaluate(({ app: electronApp }) => electronApp.getAppMetrics().map((metric) => ({ type: metric.type, name: metric.name ?? metric.serviceName ?? '' })));
  expect(metrics).toContainEqual({ type: 'Utility', name: 'Tidings core' });
  // …and the page's calls reach it.
  const library = await page.evaluate(() => (window as unknown as BridgeWindow).tidings.listFeeds({}));
  expect(library).toMatchObject({ ok: true, value: { feeds: [] } });
});

test('opens no window, navigates nowhere, attaches no webview and grants no permission', async () => {
  const { window: page, app } = running;
  expect(await page.evaluate(() => window.open('app://tidings/index.html'))).toBeNull();
  expect(await page.evaluate(() => window.open('file:///etc/passwd'))).toBeNull();
  await page.evaluate(() => {
    window.location.href = 'file:///etc/passwd';
  });
  await page.waitForTimeout(300);
  expect(page.url()).toMatch(/^app:\/\/tidings\//);
  expect(app.windows()).toHaveLength(1);

  const webviewWorks = await page.evaluate(() => {
    const webview = document.createElement('webview');
    document.body.append(webview);
    return typeof (webview as unknown as { getWebContentsId?: unknown }).getWebContentsId === 'function';
  });
  expect(webviewWorks).toBe(false);

  expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
  expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state)).toBe('denied');
});
