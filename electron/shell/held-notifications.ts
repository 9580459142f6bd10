// Shown notifications, each held by a strong reference until it is clicked, closed or fails. A
// notification only a local variable points to can be garbage collected while still on screen, and
// then its click never arrives (Electron's Notification docs warn of this). Pure: Electron's
// Notification fits this shape, and the test uses a stand-in.

export interface ShowableNotification {
  on(event: 'click' | 'close' | 'failed', listener: () => void): unknown;
  show(): void;
}

/**
 * Windows may leave a toast in the Action Centre without ever saying "close": at most this many
 * are held, the oldest let go first (a click on one that old is the rare loss, not every click).
 */
const defaultLimit = 20;

export class HeldNotifications<T extends ShowableNotification = ShowableNotification> {
  private readonly held = new Set<T>();

  constructor(private readonly limit = defaultLimit) {}

  /** Shows the notification and holds it; `onClick` runs when it is clicked. */
  show(notification: T, onClick: () => void): void {
    const release = (): void => void this.held.delete(notification);
    notification.on('click', () => {
      release();
      onClick();
    });
    notification.on('close', release);
    notification.on('failed', release);
    this.held.add(notification);
    for (const oldest of this.held) {
      if (this.held.size <= this.limit) break;
      this.held.delete(oldest);
    }
    notification.show();
  }

  get size(): number {
    return this.held.size;
  }

  has(notification: T): boolean {
    return this.held.has(notification);
  }
}
