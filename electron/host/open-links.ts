// The link `tidings serve` prints to open the app. Chromium records every address it opens in the
// profile's History (kept for months, synced, searchable), and a page cannot take its own address
// back out: history.replaceState only adds the new one. So the link does not carry the token but a
// one-time code (#open=…); the page trades it for the token with POST /session, and the code is
// spent. What History keeps opens nothing. After each trade a fresh link is made (the CLI prints it),
// so there is always one to open in another browser or after closing the tab.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const sessionPath = '/session';

export class OpenLinks {
  private code = newCode();

  constructor(private readonly onNewLink: (code: string) => void = () => undefined) {}

  current(): string {
    return this.code;
  }

  /** True once for the current code, which is then replaced. */
  spend(given: string): boolean {
    const a = Buffer.from(given);
    const b = Buffer.from(this.code);
    if (a.length !== b.length || !timingSafeEqual(a, b)) return false;
    this.code = newCode();
    this.onNewLink(this.code);
    return true;
  }
}

function newCode(): string {
  return randomBytes(24).toString('hex');
}
