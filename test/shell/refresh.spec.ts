// A refresh of many feeds (the shared feed farm, 1,000 by default) while the window keeps painting:
// the core works in its own process, so neither the page's frames nor the main process's event
// loop may stall. Gaps between animation frames are measured in the page, the main process's
// event-loop lag with a 10 ms timer in it.
import { expect, test } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { farmScript, startFarm } from '../bench/farm';
import { launchApp, skipWithoutElectron, tempHome, type BridgeWindow } from './support/electron-app';

skipWithoutElectron('refresh-without-freezing test');

const feeds = Number(process.env.SHELL_REFRESH_FEEDS ?? 1000);
/** A frame later than this is a visible hitch; much later is a freeze. */
const longestFrameGapMs = 250;
const longestMainStallMs = 100;

test(`a refresh of ${feeds} feeds leaves the window responsive`, async () => {
  test.skip(!existsSync(farmScript), `feed farm not found at ${farmScript}`);
  test.setTimeout(300_000);
  const farm = await startFarm({ feeds, items: 20, latency: 20, hosts: 20 });
  const home = tempHome();
  const running = await launchApp(home.path);
  const { app, window: page } = running;
  try {
    const opml = join(home.path, 'farm.opml');
    writeFileSync(opml, await (await fetch(`http://127.0.0.1:${farm.port}/opml`)).text());
    const imported = await page.evaluate((path) => (window as unknown as BridgeWindow).tidings.importLibrary({ path, followLinks: false }), opml);
    expect(imported).toMatchObject({ ok: true, value: { feeds } });
    await page.reload();
    await page.getByRole('navigation', { name: 'Subscriptions' }).waitFor();

    await app.evaluate(() => {
      const probe = { worst: 0, last: performance.now(), timer: undefined as ReturnType<typeof setInterval> | undefined };
      probe.timer = setInterval(() => {
        const now = performance.now();
        probe.worst = Math.max(probe.worst, now - probe.last - 10);
        probe.last = now;
      }, 10);
      (globalThis as { stallProbe?: typeof probe }).stallProbe = probe;
    });
    await page.evaluate(() => {
      const frames = { gaps: [] as number[], running: true };
      let last = performance.now();
      const tick = (now: number) => {
        frames.gaps.push(now - last);
        last = now;
        if (frames.running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      (window as unknown as { frameProbe: typeof frames }).frameProbe = frames;
    });

    const started = Date.now();
    const result = await page.evaluate(() => (window as unknown as BridgeWindow).tidings.refresh({}));
    const refreshMs = Date.now() - started;

    const gaps = await page.evaluate(() => {
      const frames = (window as unknown as { frameProbe: { gaps: number[]; running: boolean } }).frameProbe;
      frames.running = false;
      return frames.gaps;
    });
    const mainStall = await app.evaluate(() => {
      const probe = (globalThis as { stallProbe?: { worst: number; timer?: ReturnType<typeof setInterval> } }).stallProbe;
      if (probe?.timer) clearInterval(probe.timer);
      return probe?.worst ?? -1;
    });
    const sorted = [...gaps].sort((a, b) => a - b);
    const worstGap = sorted.at(-1) ?? 0;
    const p99 = sorted[Math.floor(sorted.length * 0.99)] ?? 0;
    console.log(
      `refresh of ${feeds} feeds: ${refreshMs} ms; ${gaps.length} frames, longest gap ${worstGap.toFixed(1)} ms, ` +
        `p99 ${p99.toFixed(1)} ms; main-process event loop: longest stall ${mainStall.toFixed(1)} ms`,
    );
    expect(result).toMatchObject({ ok: true, value: { feeds } });
    expect(gaps.length).toBeGreaterThan(10);
    expect(worstGap).toBeLessThan(longestFrameGapMs);
    expect(mainStall).toBeLessThan(longestMainStallMs);
    await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first()).toBeVisible();
  } finally {
    await running.close();
    farm.stop();
    home.remove();
  }
});
