// Sharing through the contract: the shared mark and its note, the Shared view, undo, and webhook
// targets writing their outbox entry with the share, or not at all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/dispatch';
import type { Core } from '../../../electron/core/core';
import { tempDir } from '../../support/temp';
import { call, openWithArticles } from './helpers';
import { connectionOf } from '../../../electron/core/store';

describe('sharing', () => {
  let dir: ReturnType<typeof tempDir>;
  let core: Core;
  let ids: number[];
  const webhook = { id: 'hook', kind: 'webhook' as const, name: 'My hook', url: 'http://127.0.0.1:9/hook' };

  beforeEach(() => {
    dir = tempDir();
    // The loop stays off: these tests look at entries as the share leaves them.
    ({ core, articleIds: ids } = openWithArticles({ dbFile: dir.file('library.db'), outbox: { run: false } }));
  });
  afterEach(() => {
    core.close();
    dir.remove();
  });

  it('shares with a note that becomes the article note, and lists shares newest share first', async () => {
    const [first, second] = ids as [number, number];
    const shared = await call(core, 'shareArticle', { articleId: second, note: '  Worth a read  ' });
    expect(shared).toMatchObject({ articleId: second, note: 'Worth a read', wasShared: false, previousNote: null, outbox: [] });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await call(core, 'shareArticle', { articleId: first });
    const article = await call(core, 'getArticle', { articleId: second });
    expect(article).toMatchObject({ note: 'Worth a read', sharedAt: shared.sharedAt });
    const page = await call(core, 'listArticles', { scope: { kind: 'shared' } });
    expect(page.items.map((item) => item.id)).toEqual([first, second]);
  });

  it('keeps the first share time and the note when an article is shared again without one', async () => {
    const [id] = ids as [number];
    const first = await call(core, 'shareArticle', { articleId: id, note: 'mine' });
    const again = await call(core, 'shareArticle', { articleId: id });
    expect(again).toMatchObject({ sharedAt: first.sharedAt, note: 'mine', wasShared: true, previousNote: 'mine' });
  });

  it('undoes a share: unshared, the earlier note back, and pending webhook entries canceled', async () => {
    const [id] = ids as [number];
    await call(core, 'updateSettings', { shareTargets: [webhook] });
    await call(core, 'shareArticle', { articleId: id, note: 'first thoughts' });
    await call(core, 'unshareArticle', { articleId: id });
    const shared = await call(core, 'shareArticle', { articleId: id, note: 'second thoughts', targetIds: ['hook'] });
    expect(shared.outbox).toMatchObject([{ state: 'pending', targetId: 'hook', targetName: 'My hook', attempts: 0 }]);
    expect(await call(core, 'unshareArticle', { articleId: id, restoreNote: shared.previousNote })).toEqual({ changed: 1, canceled: 1 });
    expect(await call(core, 'getArticle', { articleId: id })).toMatchObject({ sharedAt: null, note: 'first thoughts' });
    expect((await call(core, 'listArticles', { scope: { kind: 'shared' } })).items).toEqual([]);
    expect((await call(core, 'listOutbox', {})).entries.map((entry) => entry.state)).toEqual(['canceled']);
  });

  it('records the webhook entry in the share transaction: an unknown target leaves neither', async () => {
    const [id] = ids as [number];
    await call(core, 'updateSettings', { shareTargets: [webhook, { id: 'copy', kind: 'copy-link', name: 'Copy link' }] });
    const unknown = await dispatch(core.handlers, 'shareArticle', { articleId: id, targetIds: ['hook', 'nope'] });
    expect(unknown).toEqual({ ok: false, error: { code: 'bad_input', message: 'no share target "nope" (set them up in settings)' } });
    const inApp = await dispatch(core.handlers, 'shareArticle', { articleId: id, targetIds: ['copy'] });
    expect(inApp).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect((await call(core, 'getArticle', { articleId: id })).sharedAt).toBeNull();
    expect((await call(core, 'listOutbox', {})).entries).toEqual([]);

    const missing = await dispatch(core.handlers, 'shareArticle', { articleId: 999_999, targetIds: ['hook'] });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await call(core, 'listOutbox', {})).entries).toEqual([]);
  });

  it('stores the webhook payload with its idempotency key, the article, the note and the share time', async () => {
    const [id] = ids as [number];
    await call(core, 'updateSettings', { shareTargets: [webhook] });
    const shared = await call(core, 'shareArticle', { articleId: id, note: 'look', targetIds: ['hook', 'hook'] });
    expect(shared.outbox).toHaveLength(1);
    const [row] = core.store.outbox.list();
    expect(JSON.parse(row?.payload ?? '')).toEqual({
      idempotencyKey: row?.idempotency_key,
      article: { title: 'Fog over the harbour & the "quay"', url: 'https://example.org/a', feed: 'Harbour Light' },
      note: 'look',
      sharedAt: shared.sharedAt,
    });
  });

  it('cancels and retries outbox entries, and refuses to touch a delivered one', async () => {
    const [id] = ids as [number];
    await call(core, 'updateSettings', { shareTargets: [webhook] });
    const [entry] = (await call(core, 'shareArticle', { articleId: id, targetIds: ['hook'] })).outbox;
    const outboxId = entry?.id ?? 0;
    expect(await call(core, 'cancelOutbox', { outboxId })).toMatchObject({ state: 'canceled' });
    expect(await call(core, 'retryOutbox', { outboxId })).toMatchObject({ state: 'pending' });
    connectionOf(core.store).prepare("UPDATE outbox SET state = 'delivered' WHERE id = ?").run(outboxId);
    expect(await dispatch(core.handlers, 'cancelOutbox', { outboxId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(core.handlers, 'retryOutbox', { outboxId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(core.handlers, 'retryOutbox', { outboxId: 4242 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses share targets that are incomplete or unsafe, and a relative shared folder', async () => {
    const bad = [
      { id: 'x', kind: 'webhook', name: 'No URL' },
      { id: 'y', kind: 'url-template', name: 'No template' },
      { id: 'z', kind: 'webhook', name: 'Header', url: 'https://example.org/', headerName: 'X-A', headerValue: 'a\r\nInjected: 1' },
      { id: 'w', kind: 'webhook', name: 'Not http', url: 'file:///etc/passwd' },
    ];
    for (const target of bad) {
      const answer = await dispatch(core.handlers, 'updateSettings', { shareTargets: [target] } as never);
      expect(answer, target.name).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    }
    expect(await dispatch(core.handlers, 'updateSettings', { sharedFolder: 'shared' })).toMatchObject({ ok: false });
    expect(await call(core, 'updateSettings', { sharedFolder: dir.file('out') })).toMatchObject({ sharedFolder: dir.file('out') });
  });
});
