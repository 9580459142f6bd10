import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download cannot run on these machines.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
