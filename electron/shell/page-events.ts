// Sends shell events (shared/shell-events.ts) to the page, holding them until the page listens:
// a feed: link that launched the app arrives long before React has mounted.
import { ipcMain, type WebContents } from 'electron';
import { shellEventChannel, shellReadyChannel, type ShellEvent } from '../../shared/shell-events';
import { isTrustedSender } from './security-rules';

export class PageEvents {
  private held: ShellEvent[] = [];
  private page: WebContents | null = null;

  constructor() {
    ipcMain.on(shellReadyChannel, (event) => {
      if (!isTrustedSender(event)) return;
      this.page = event.sender;
      const held = this.held.splice(0);
      for (const shellEvent of held) this.send(shellEvent);
    });
  }

  /** The page is being replaced (a reload): hold events until the new one listens. */
  forgetPage(): void {
    this.page = null;
  }

  send(event: ShellEvent): void {
    if (this.page && !this.page.isDestroyed()) this.page.send(shellEventChannel, event);
    else this.held.push(event);
  }
}
