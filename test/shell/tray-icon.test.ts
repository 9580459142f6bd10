// Quitting destroys the tray while a 'state' message from the core may still be on its way; an
// update reaching a destroyed Tray throws (an error dialog on quit). Updates after destroy are dropped.
import { describe, expect, it } from 'vitest';
import { trayIcon } from '../../electron/shell/tray-icon';

/** A Tray reduced to what the guard reads; like Electron's, it throws when used after destroy(). */
class StandInTray {
  destroyed = false;
  destroys = 0;
  shown: number[] = [];
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
    this.destroyed = true;
    this.destroys++;
  }
  setToolTip(unread: number): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
    this.shown.push(unread);
  }
}

describe('the tray icon', () => {
  it('shows the unread count while it exists', () => {
    const tray = new StandInTray();
    const icon = trayIcon(tray, (unread) => tray.setToolTip(unread));
    icon.setUnread(3);
    expect(tray.shown).toEqual([3]);
  });

  it('drops an unread update that arrives after it was destroyed, instead of throwing', () => {
    const tray = new StandInTray();
    const icon = trayIcon(tray, (unread) => tray.setToolTip(unread));
    icon.destroy();
    expect(() => icon.setUnread(5)).not.toThrow();
    expect(() => icon.destroy()).not.toThrow();
    expect(tray.destroys).toBe(1);
    expect(tray.shown).toEqual([]);
  });
});
