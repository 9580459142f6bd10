// The window's loadURL rejects when the load fails or is superseded; the shell must neither leave
// that rejection unhandled nor stay silent about a real failure.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPage } from '../../electron/shell/page-load';

const failing = (message: string) => ({ loadURL: () => Promise.reject(new Error(message)) });

describe('loading the page', () => {
  const unhandled: unknown[] = [];
  const track = (reason: unknown) => void unhandled.push(reason);
  beforeEach(() => void process.on('unhandledRejection', track));
  afterEach(() => {
    process.off('unhandledRejection', track);
    unhandled.length = 0;
  });

  it('reports a failed load in words and leaves no rejection unhandled', async () => {
    const reports: string[] = [];
    await loadPage(failing("ERR_FILE_NOT_FOUND (-6) loading 'app://tidings/index.html'"), 'app://tidings/index.html', (message) => reports.push(message));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(reports).toEqual([expect.stringContaining('could not load app://tidings/index.html: ERR_FILE_NOT_FOUND')]);
    expect(unhandled).toEqual([]);
  });

  it('stays quiet when a newer navigation superseded the load (ERR_ABORTED)', async () => {
    const reports: string[] = [];
    await loadPage(failing("ERR_ABORTED (-3) loading 'app://tidings/index.html'"), 'app://tidings/index.html', (message) => reports.push(message));
    expect(reports).toEqual([]);
  });

  it('resolves when the page loads', async () => {
    const reports: string[] = [];
    await expect(loadPage({ loadURL: () => Promise.resolve() }, 'app://tidings/index.html', (message) => reports.push(message))).resolves.toBeUndefined();
    expect(reports).toEqual([]);
  });
});
