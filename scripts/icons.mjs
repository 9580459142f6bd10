// Renders build/icon.svg to the PNGs electron-builder and the tray use, in Chromium (through
// Playwright), so the pictures are the browser's own rendering of the one drawing. Run once after
// changing the SVG; the PNGs are committed:
//   node scripts/icons.mjs
// build/icons/<n>x<n>.png   Linux (AppImage, deb) picks sizes from this folder; the tray uses 16–64
// build/icon.png            1024 px; electron-builder makes the .icns (macOS) and .ico (Windows) from it
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const svg = readFileSync(`${root}/build/icon.svg`, 'utf8');
export const iconSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  mkdirSync(`${root}/build/icons`, { recursive: true });
  for (const size of iconSizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(`${root}/build/icons/${size}x${size}.png`, png);
    if (size === 1024) writeFileSync(`${root}/build/icon.png`, png);
  }
} finally {
  await browser.close();
}
console.log(`wrote build/icons/{${iconSizes.join(',')}}.png and build/icon.png`);
