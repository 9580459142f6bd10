// The reader's store (renderer/api/reader-store.ts): actions read it as it is now, and the
// components re-render only when something in it changed.
import { describe, expect, it } from 'vitest';
import { createReaderStore, type Shown } from '../../renderer/api/reader-store';
import { defaultSettings } from '../../shared/settings';

function shownWith(view: Shown['view']): Shown {
  return { rows: [], cursor: null, hasMore: false, view, settings: defaultSettings, library: null, reloadList: async () => undefined };
}

describe('reader store', () => {
  it('an action reads a change at once, before any render', () => {
    const store = createReaderStore();
    store.update({ cursorId: 7, openId: 7 });
    expect(store.get()).toMatchObject({ cursorId: 7, openId: 7, scope: { kind: 'all' } });
  });

  it('two toggles in one tick each see the other (updates take the state as it is then)', () => {
    const store = createReaderStore();
    store.update(({ sidebarHidden }) => ({ sidebarHidden: !sidebarHidden }));
    store.update(({ sidebarHidden }) => ({ sidebarHidden: !sidebarHidden }));
    expect(store.get().sidebarHidden).toBe(false);
  });

  it('tells its subscribers of a change, and of nothing when nothing changed', () => {
    const store = createReaderStore();
    let told = 0;
    const unsubscribe = store.subscribe(() => told++);
    const before = store.get();
    store.update({ cursorId: null, sidebarHidden: false });
    expect(told).toBe(0);
    expect(store.get()).toBe(before);
    store.update({ sidebarCursor: 'feed:3' });
    expect(told).toBe(1);
    unsubscribe();
    store.update({ sidebarCursor: 'feed:4' });
    expect(told).toBe(1);
  });

  it('keeps the first render until a commit publishes a newer one', () => {
    const store = createReaderStore();
    expect(() => store.shown()).toThrow(/before its first render/);
    store.publish(shownWith('list'), true);
    store.publish(shownWith('cards'), true);
    expect(store.shown().view).toBe('list');
    store.publish(shownWith('cards'));
    expect(store.shown().view).toBe('cards');
  });
});
