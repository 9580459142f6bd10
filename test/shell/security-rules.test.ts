import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { guardContents, type GuardableContents } from '../../electron/shell/contents-guard';
import {
  externalUrl,
  isOwnPage,
  isSafeExternalUrl,
  isTrustedSender,
  navigationDecision,
  permissionGranted,
  windowOpenDecision,
} from '../../electron/shell/security-rules';

describe('openExternal allow-list', () => {
  it.each([
    ['https://example.org/post', true],
    ['http://example.org/', true],
    ['  https://example.org/padded  ', true],
    ['mailto:someone@example.org', true],
    ['mailto:?subject=hi', true],
    ['mailto:', false],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['file://server/share/x.exe', false],
    ['app://tidings/index.html', false],
    ['smb://host/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['vbscript:msgbox', false],
    ['data:text/html,hi', false],
    ['https://user:secret@example.org/', false],
    ['https://bank.example@evil.example/', false],
    ['http://', false],
    ['not a url', false],
    ['', false],
  ])('hands %j to the system browser: %s', (url, allowed) => {
    expect(isSafeExternalUrl(url)).toBe(allowed);
  });

  it('passes on the normalized URL, not the raw string', () => {
    expect(externalUrl(' HTTPS://Example.ORG/a b ')).toBe('https://example.org/a%20b');
  });
});

describe('navigation guard', () => {
  it('lets the window move between its own pages', () => {
    expect(navigationDecision('app://tidings/index.html#settings')).toEqual({ action: 'allow' });
  });

  it('sends a link out to the browser instead of navigating', () => {
    expect(navigationDecision('https://example.org/post')).toEqual({ action: 'open-outside', url: 'https://example.org/post' });
  });

  it.each(['file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)', 'chrome://settings', 'https://u:p@example.org/'])(
    'refuses to go to %s at all',
    (url) => {
      expect(navigationDecision(url)).toEqual({ action: 'deny' });
    },
  );

  it('never opens a window of ours, not even for our own page', () => {
    expect(windowOpenDecision('app://tidings/index.html')).toEqual({ action: 'deny' });
    expect(windowOpenDecision('https://example.org/')).toEqual({ action: 'open-outside', url: 'https://example.org/' });
  });
});

describe('IPC sender check', () => {
  it.each([
    ['app://tidings/index.html', true],
    ['app://tidings/', true],
    ['app://evil/index.html', false],
    ['https://tidings/index.html', false],
    ['https://www.youtube-nocookie.com/embed/x', false],
    ['file:///index.html', false],
    ['', false],
    [undefined, false],
  ])('accepts IPC only from our own page: %s → %s', (url, allowed) => {
    expect(isOwnPage(url)).toBe(allowed);
    expect(isTrustedSender(url === undefined ? {} : { senderFrame: { url } })).toBe(allowed);
  });

  it('refuses an event whose frame is gone', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'hid', 'serial', 'usb', 'unknown'])(
    'denies %s to every page',
    (permission) => {
      expect(permissionGranted(permission)).toBe(false);
    },
  );
});

/** A web contents reduced to what the guard touches: events that can be cancelled, and a window-open handler. */
class FakeContents extends EventEmitter implements GuardableContents {
  windowOpen: ((details: { url: string }) => { action: 'deny' }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpen = handler;
  }
  /** Emits a cancelable event; true if a listener cancelled it. */
  attempt(event: string, ...args: unknown[]): boolean {
    let cancelled = false;
    this.emit(event, { preventDefault: () => void (cancelled = true) }, ...args);
    return cancelled;
  }
}

describe('the guard on every web contents', () => {
  const guarded = () => {
    const contents = new FakeContents();
    const opened: string[] = [];
    guardContents(contents, (url) => opened.push(url));
    return { contents, opened };
  };

  it('refuses to attach a <webview>', () => {
    expect(guarded().contents.attempt('will-attach-webview', {}, {})).toBe(true);
  });

  it('cancels a navigation away from our page and opens a web link in the browser instead', () => {
    const { contents, opened } = guarded();
    expect(contents.attempt('will-navigate', 'https://example.org/post')).toBe(true);
    expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.attempt('will-navigate', 'app://tidings/index.html')).toBe(false);
    expect(opened).toEqual(['https://example.org/post']);
  });

  /** Emits will-redirect as Electron 45 does: the details (url, isMainFrame) on the event itself. */
  const redirect = (contents: FakeContents, url: string, isMainFrame: boolean): boolean => {
    let cancelled = false;
    contents.emit('will-redirect', { url, isMainFrame, preventDefault: () => void (cancelled = true) }, url, false, isMainFrame);
    return cancelled;
  };

  it('cancels redirects of our page that leave our pages, without opening anything', () => {
    const { contents, opened } = guarded();
    expect(redirect(contents, 'https://example.org/', true)).toBe(true);
    expect(redirect(contents, 'app://tidings/index.html', true)).toBe(false);
    expect(opened).toEqual([]);
  });

  it('lets an embedded frame follow its redirects (youtube.com to www.youtube.com)', () => {
    const { contents, opened } = guarded();
    expect(redirect(contents, 'https://www.youtube.com/embed/abc', false)).toBe(false);
    expect(opened).toEqual([]);
  });

  it('denies window.open, handing only safe links to the browser', () => {
    const { contents, opened } = guarded();
    expect(contents.windowOpen?.({ url: 'https://example.org/a' })).toEqual({ action: 'deny' });
    expect(contents.windowOpen?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org/a']);
  });
});
