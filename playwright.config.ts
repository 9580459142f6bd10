import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/support/chromium';

export default defineConfig({
  // e2e: the UI in Chromium through `tidings serve`; shell: the Electron app itself (skips without its binary).
  testDir: 'test',
  testMatch: ['e2e/**/*.spec.ts', 'shell/**/*.spec.ts'],
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    headless: true,
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
