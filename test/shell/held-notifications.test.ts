// Desktop notifications are held until clicked, closed or failed: Electron's docs warn that one only
// a local variable points to may be garbage collected while on screen, and its click is then lost.
import { EventEmitter } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { HeldNotifications } from '../../electron/shell/held-notifications';

/** Electron's Notification reduced to its events and show(). */
class StandInNotification extends EventEmitter {
  shown = false;
  show(): void {
    this.shown = true;
  }
}

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

describe('held notifications', () => {
  it('shows a notification and keeps it alive through garbage collection until it is clicked', async () => {
    const held = new HeldNotifications<StandInNotification>();
    let clicks = 0;
    const ref = (() => {
      const notification = new StandInNotification();
      held.show(notification, () => clicks++);
      expect(notification.shown).toBe(true);
      return new WeakRef(notification);
    })();
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    const notification = ref.deref();
    expect(notification, 'collected while on screen').toBeDefined();
    notification?.emit('click');
    expect(clicks).toBe(1);
    expect(held.size).toBe(0);
  });

  it('lets go of a notification when it is closed or fails to show', () => {
    const held = new HeldNotifications<StandInNotification>();
    const closed = new StandInNotification();
    const failed = new StandInNotification();
    held.show(closed, () => undefined);
    held.show(failed, () => undefined);
    expect(held.size).toBe(2);
    closed.emit('close');
    failed.emit('failed');
    expect(held.size).toBe(0);
  });

  it('holds at most its limit, letting the oldest go first', () => {
    const held = new HeldNotifications<StandInNotification>(2);
    const [first, second, third] = [new StandInNotification(), new StandInNotification(), new StandInNotification()];
    for (const notification of [first, second, third]) held.show(notification, () => undefined);
    expect(held.size).toBe(2);
    expect(held.has(first)).toBe(false);
    expect(held.has(second) && held.has(third)).toBe(true);
  });
});
