// Sends the shell's events (the contract's shellEvents table) to the page, each held until the page
// listens for its name: a feed: link that launched the app arrives long before React has mounted,
// and a reload starts a page that listens again. Pure (no Electron): main.ts hands it the page that
// said it listens, checked as a trusted sender.
import { ipcShellEventChannel, isShellEventName, type ShellEvent, type ShellEventName } from '../../shared/contract';

/** The part of a WebContents this needs. */
export interface EventPage {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

/** Events the page never listens for are dropped past this many (oldest first), not kept forever. */
const mostHeld = 64;

export class PageEvents {
  private held: ShellEvent[] = [];
  private page: EventPage | null = null;
  private readonly listening = new Set<ShellEventName>();

  /** `page` listens for `name` now (sent by the preload's `on`); what was held for it is sent. */
  pageListens(page: EventPage, name: unknown): void {
    if (typeof name !== 'string' || !isShellEventName(name)) return;
    if (page !== this.page) this.listening.clear();
    this.page = page;
    this.listening.add(name);
    const waiting = this.held.filter((event) => event.name === name);
    this.held = this.held.filter((event) => event.name !== name);
    for (const event of waiting) this.send(event);
  }

  /** The page is being replaced (a reload): hold events until the new one listens. */
  forgetPage(): void {
    this.page = null;
    this.listening.clear();
  }

  send(event: ShellEvent): void {
    const page = this.page;
    if (page && !page.isDestroyed() && this.listening.has(event.name)) {
      page.send(ipcShellEventChannel(event.name), event.payload);
      return;
    }
    this.held.push(event);
    if (this.held.length > mostHeld) this.held.shift();
  }
}
