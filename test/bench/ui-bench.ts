// The reading experience at scale: a library of 100,000 articles in one folder, `tidings serve`
// on it, and Chromium driven by Playwright. Figures:
//   - opening the folder: from the click to its first rows painted
//   - j: from the key press to the next row selected and painted, and to its article rendered
//   - scrolling the list: frame times while scrolling through it (pages load as it goes)
// Times are taken inside the page (performance.now()), so the test driver's round trips do not
// count. Headless Chromium paints at a fixed 60 Hz whatever the work, so a frame's cost is read
// from Chromium's own main-thread counter (CDP Performance.getMetrics) rather than from frame
// intervals.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { chromium, type Page } from '@playwright/test';
import { Store } from '../../electron/core/store';
import type { ParsedItem } from '../../electron/core/feed-types';
import { tempDir } from '../support/temp';
import { report } from './report';
import { chromiumLaunchOptions } from '../support/chromium';

export interface UiBenchOptions {
  articles: number;
  feeds: number;
}

const folderName = 'Big folder';

export async function uiBench(options: UiBenchOptions = { articles: 100_000, feeds: 50 }): Promise<void> {
  console.log(`\nui: ${options.articles.toLocaleString()} articles in ${options.feeds} feeds, one folder, in Chromium`);
  const dir = tempDir('tidings-ui-bench-');
  const dbFile = dir.file('bench.db');
  const started = performance.now();
  buildLibrary(dbFile, options);
  report({ name: 'building the library (store, search index)', value: performance.now() - started, unit: 'ms', note: 'setup' });

  const host = await serve(dbFile);
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(pageProbe);
    await page.goto(host.pageUrl);
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor();

    await page.getByRole('navigation', { name: 'Subscriptions' }).getByRole('button', { name: /^Small feed,/ }).click();
    await page.getByRole('main').getByRole('heading', { level: 2, name: 'Small feed' }).waitFor();

    const opened: number[] = [];
    const painted: number[] = [];
    for (let round = 0; round < 7; round++) {
      const [inDom, onScreen] = await probe(page, 'open', folderName, 'Bench feed');
      opened.push(inDom);
      painted.push(onScreen);
      await probe(page, 'open', 'Small feed', 'Small feed');
    }
    report({ name: `open a ${options.articles.toLocaleString()}-article folder: first rows painted`, value: median(painted),
      unit: 'ms', target: { op: '≤', value: 150 },
      note: `median of ${painted.length}; in the page after ${median(opened).toFixed(0)} ms, worst ${max(painted).toFixed(0)} ms` });

    await probe(page, 'open', folderName, 'Bench feed');
    const rows: number[] = [];
    const articles: number[] = [];
    for (let press = 0; press < 60; press++) {
      const [row, article] = await probe(page, 'next');
      rows.push(row);
      articles.push(article);
    }
    report({ name: 'j: next row selected (in the page)', value: median(rows), unit: 'ms', target: { op: '≤', value: 16 },
      note: `median of ${rows.length}; p95 ${percentile(rows, 0.95).toFixed(1)} ms; painted at the next frame` });
    report({ name: 'j: next article rendered in the reader', value: median(articles), unit: 'ms', target: { op: '≤', value: 16 },
      note: `median of ${articles.length}; p95 ${percentile(articles, 0.95).toFixed(1)} ms; includes the HTTP call` });

    const scrolling = await scrollCosts(page, 300);
    report({ name: 'scrolling the list: main-thread time a step', value: median(scrolling.costs), unit: 'ms',
      target: { op: '≤', value: 16 },
      note: `median of ${scrolling.costs.length} steps of 120 px; p95 ${percentile(scrolling.costs, 0.95).toFixed(1)} ms, ` +
        `worst ${max(scrolling.costs).toFixed(1)} ms; ${scrolling.rows.toLocaleString()} rows in by the end` });
  } finally {
    await browser.close();
    await host.stop();
    dir.remove();
  }
}

/** Articles go in through the store (the same path a refresh takes), one transaction per feed. */
function buildLibrary(file: string, options: UiBenchOptions): void {
  const store = Store.open(file);
  try {
    const perFeed = Math.ceil(options.articles / options.feeds);
    const newest = Date.now();
    for (let feed = 0; feed < options.feeds; feed++) {
      const id = store.feeds.add({ url: `https://bench.example/${feed}/feed.xml`, folderPath: [folderName] });
      const items: ParsedItem[] = [];
      for (let index = 0; index < perFeed && feed * perFeed + index < options.articles; index++) {
        // Feeds interleave in time, as real ones do: a folder's list mixes them all.
        const at = new Date(newest - (index * options.feeds + feed) * 60_000);
        const words = `Article ${index} of feed ${feed}, about tides, harbours and the lights along the coast.`;
        items.push({
          id: `${feed}-${index}`,
          title: `Bench feed ${feed}: story number ${index}`,
          link: `https://bench.example/${feed}/${index}`,
          published: at,
          updated: null,
          author: `Writer ${index % 17}`,
          content: `<p>${words}</p><p>${words}</p>`,
          summary: `${words} ${words}`,
          text: `${words} ${words}`,
          enclosures: [],
          thumbnail: null,
        });
      }
      store.feeds.saveFetched(id, { format: 'rss', title: `Bench feed ${feed}`, link: null, ttlMinutes: null, items },
        { etag: null, lastModified: null });
    }
    // Somewhere else to be between openings of the big folder.
    const small = store.feeds.add({ url: 'https://bench.example/small.xml' });
    store.feeds.saveFetched(small, { format: 'rss', title: 'Small feed', link: null, ttlMinutes: null,
      items: Array.from({ length: 20 }, (_, index) => ({ id: `s${index}`, title: `Small feed story ${index}`, link: null,
        published: new Date(newest - index * 3_600_000), updated: null, author: null, content: '<p>small</p>',
        summary: 'small', text: 'small', enclosures: [], thumbnail: null })) },
      { etag: null, lastModified: null });
  } finally {
    store.close();
  }
}

interface Host {
  pageUrl: string;
  stop(): Promise<void>;
}

async function serve(dbFile: string): Promise<Host> {
  const token = randomBytes(24).toString('hex');
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(
    process.execPath,
    ['bin/tidings.mjs', 'serve', '--db', dbFile, '--port', '0', '--token', token, '--no-auto-refresh'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const match = /Listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`tidings serve exited with ${code}`)));
  });
  return {
    pageUrl: `${url}#token=${token}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

// The measuring code runs in the page, as plain JavaScript: it times with performance.now(), and
// polls with MessageChannel (a task, not a frame) so waiting adds no frame of its own.
const pageProbe = `
window.__bench = (() => {
  const tick = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const until = async (test, limitMs) => {
    const start = performance.now();
    while (!test()) {
      if (performance.now() - start > limitMs) throw new Error('timed out');
      await tick();
    }
  };
  const firstRowLabel = () =>
    document.querySelector('[role="listbox"][aria-label="Articles"] [role="option"]')?.getAttribute('aria-label') ?? '';
  return {
    /** Click a subscription; time until the list shows rows from it, and then until they are painted. */
    async open(name, rowText) {
      const button = [...document.querySelectorAll('nav button')].find((b) => (b.getAttribute('aria-label') ?? '').startsWith(name + ','));
      if (!button) throw new Error('no subscription ' + name);
      const start = performance.now();
      button.click();
      await until(() => document.querySelector('main h2')?.textContent === name && firstRowLabel().includes(rowText), 10000);
      const inDom = performance.now() - start;
      await frame();
      return [inDom, performance.now() - start];
    },
    /** Press j; time until the next row is selected, and until the reader shows its article. */
    async next() {
      const selected = () => document.querySelector('[role="option"][aria-selected="true"]');
      const before = selected()?.id ?? null;
      const start = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
      await until(() => (selected()?.id ?? null) !== before, 5000);
      const rowAt = performance.now() - start;
      const title = (selected()?.getAttribute('aria-label') ?? '').split(',')[0];
      await until(() => document.querySelector('section[aria-label="Article"] h1')?.textContent === title, 5000);
      return [rowAt, performance.now() - start];
    },
    /** Scroll the list by px and let two frames pass (the scroll, then the rows it brings). */
    async scroll(px) {
      const list = document.querySelector('[role="listbox"][aria-label="Articles"]');
      list.scrollTop += px;
      await frame();
      await frame();
      return Number(list.querySelector('[role="option"]:last-child')?.getAttribute('aria-posinset') ?? 0);
    },
  };
})();
`;

interface Probe {
  open(name: string, rowText: string): Promise<[number, number]>;
  next(): Promise<[number, number]>;
  scroll(px: number): Promise<number>;
}

function probe<K extends keyof Probe>(page: Page, call: K, ...args: Parameters<Probe[K]>): Promise<Awaited<ReturnType<Probe[K]>>> {
  return page.evaluate(
    ([name, values]) => {
      const bench = (window as unknown as { __bench: Record<string, (...input: unknown[]) => unknown> }).__bench;
      return bench[name as string]!(...(values as unknown[]));
    },
    [call, args] as const,
  ) as Promise<Awaited<ReturnType<Probe[K]>>>;
}

/** Main-thread time (ms) the renderer spent on each scroll step, from Chromium's own counters. */
async function scrollCosts(page: Page, steps: number): Promise<{ costs: number[]; rows: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
  const costs: number[] = [];
  let rows = 0;
  for (let step = 0; step < steps; step++) {
    const before = await taskSeconds();
    rows = await probe(page, 'scroll', 120);
    costs.push(((await taskSeconds()) - before) * 1000);
  }
  await cdp.detach();
  return { costs, rows };
}

function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

function max(values: readonly number[]): number {
  return values.reduce((a, b) => Math.max(a, b), 0);
}

