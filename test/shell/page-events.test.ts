// The shell's events (the contract's shellEvents table) on their way to the page: each is held until
// the page listens for its name, sent on the channel derived from the table, and held again while a
// reloaded page has not yet said it listens.
import { describe, expect, it } from 'vitest';
import { PageEvents, type EventPage } from '../../electron/shell/page-events';
import { ipcShellEventChannel, parseShellEvent, shellEventNames } from '../../shared/contract';

function page(): EventPage & { got: Array<[string, unknown]>; destroyed: boolean } {
  const got: Array<[string, unknown]> = [];
  return {
    got,
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
    send: (channel, payload) => void got.push([channel, payload]),
  };
}

describe('the shell’s events to the page', () => {
  it('holds each event until the page listens for its name (a feed: link at launch), then sends it on its own channel', () => {
    const events = new PageEvents();
    const window = page();
    events.send({ name: 'offerSubscription', payload: { url: 'https://example.org/feed.xml' } });
    events.pageListens(window, 'runCommand');
    events.send({ name: 'openLibrary', payload: {} });
    expect(window.got).toEqual([]);
    events.pageListens(window, 'offerSubscription');
    expect(window.got).toEqual([[ipcShellEventChannel('offerSubscription'), { url: 'https://example.org/feed.xml' }]]);
    events.send({ name: 'runCommand', payload: { command: 'refresh' } });
    expect(window.got.at(-1)).toEqual([ipcShellEventChannel('runCommand'), { command: 'refresh' }]);
  });

  it('holds events again after a reload, until the new page listens', () => {
    const events = new PageEvents();
    const first = page();
    events.pageListens(first, 'openLibrary');
    events.forgetPage();
    events.send({ name: 'openLibrary', payload: {} });
    expect(first.got).toEqual([]);
    const second = page();
    events.pageListens(second, 'openLibrary');
    expect(second.got).toEqual([[ipcShellEventChannel('openLibrary'), {}]]);
  });

  it('does not send to a page that is gone, nor take a name outside the table', () => {
    const events = new PageEvents();
    const window = page();
    events.pageListens(window, 'importFile');
    window.destroyed = true;
    events.send({ name: 'importFile', payload: { path: '/home/me/feeds.opml', name: 'feeds.opml' } });
    events.pageListens(window, 'toString');
    events.pageListens(window, 42);
    expect(window.got).toEqual([]);
  });

  it('derives a distinct channel per shell event, none shared with the core’s events', () => {
    const channels = shellEventNames.map((name) => ipcShellEventChannel(name));
    expect(new Set(channels).size).toBe(shellEventNames.length);
    for (const channel of channels) expect(channel).toMatch(/^tidings:shell:/);
  });

  it('refuses a payload that does not fit its event, so the page acts on nothing made up', () => {
    expect(parseShellEvent('runCommand', { command: 'format-disk' })).toBeNull();
    expect(parseShellEvent('importFile', { path: '/x.opml' })).toBeNull();
    expect(parseShellEvent('openLibrary', {})).toEqual({ name: 'openLibrary', payload: {} });
  });
});
