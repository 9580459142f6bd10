// Loading our page into the window. loadURL's promise rejects when the load fails or is cut short
// (ERR_ABORTED: a reload or a newer navigation replaced it); left unhandled, that is an unhandled
// rejection in the main process. Pure: Electron's BrowserWindow fits Loadable.

export interface Loadable {
  loadURL(url: string): Promise<void>;
}

/** Chromium's net::ERR_ABORTED: the load was superseded, which is no failure of ours. */
const superseded = (error: unknown): boolean => error instanceof Error && /ERR_ABORTED|\(-3\)/.test(error.message);

/** Loads the URL; never rejects. A real failure is reported, a superseded load is not. */
export async function loadPage(target: Loadable, url: string, report: (message: string) => void): Promise<void> {
  try {
    await target.loadURL(url);
  } catch (error) {
    if (!superseded(error)) report(`Tidings could not load ${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
