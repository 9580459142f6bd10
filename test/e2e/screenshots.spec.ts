// A picture of each view in light and dark, kept with the test results. With UPDATE_SCREENSHOTS=1
// the ones the README shows are written to docs/screenshots/ as well.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { ListView } from '../../shared/settings';
import { panes, useDemoLibrary } from './support/app';
import { repoRoot } from './support/paths';

const demo = useDemoLibrary();

const views: ListView[] = ['list', 'expanded', 'magazine', 'cards'];
/** What the README shows: every view in light, and the list in dark too. */
const forReadme = new Set(['list-light', 'list-dark', 'expanded-light', 'magazine-light', 'cards-light']);

for (const theme of ['light', 'dark'] as const) {
  test(`every view in ${theme}`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1400, height: 860 });
    const { host } = await demo.open(page);
    for (const view of views) {
      await host.call('updateSettings', { theme, listView: view, scopeViews: {} });
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const { articles, stream, reader } = panes(page);
      if (view === 'expanded') {
        await expect(stream.getByRole('article').first()).toContainText('The foghorn started');
      } else {
        await expect(articles.getByRole('option').first()).toBeVisible();
      }
      if (view === 'list') {
        await page.keyboard.press('j');
        await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
      }
      // Pictures are part of the point: wait until those in the shot have arrived. Only those: the
      // images are lazy, and Chromium starts one below the fold only within a distance that depends
      // on its guess of the network (1,250 px on a fast one), so an image about that far down (the
      // expanded view's third, 1,266 px below) sometimes never loaded and the wait never ended.
      await page.waitForFunction(() =>
        [...document.images].every((image) => image.complete || image.getBoundingClientRect().top >= window.innerHeight),
      );
      const name = `${view}-${theme}`;
      const path = testInfo.outputPath(`${name}.png`);
      await page.screenshot({ path });
      await testInfo.attach(name, { path, contentType: 'image/png' });
      if (process.env.UPDATE_SCREENSHOTS && forReadme.has(name)) {
        const folder = join(repoRoot, 'docs', 'screenshots');
        mkdirSync(folder, { recursive: true });
        copyFileSync(path, join(folder, `${name}.png`));
      }
    }
  });
}
