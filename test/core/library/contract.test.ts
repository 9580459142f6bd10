// The import, export and backup calls through the contract, as the UI makes them: validated input,
// file bytes from a browser upload, progress while an import runs, and a backup that opens.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch, unwrap } from '../../../shared/dispatch';
import { Store } from '../../../electron/core/store';
import { withTempCore } from '../../support/temp-store';
import { corpus } from './helpers';

describe('library calls', () => {
  const temp = withTempCore();

  it('imports a file sent as base64, the way a browser upload arrives', async () => {
    const bytes = readFileSync(corpus('takeout', 'sismics-reader', 'test@gmail.com-takeout.zip'));
    const result = await dispatch(temp.core.handlers, 'importLibrary', { fileName: 'takeout.zip', contentBase64: bytes.toString('base64') });
    expect(result).toMatchObject({ ok: true, value: { format: 'takeout', feedsAdded: 2, starred: 3 } });
    const status = unwrap(await dispatch(temp.core.handlers, 'getImportStatus', {}));
    expect(status).toMatchObject({ running: false, phase: null, error: null, last: { format: 'takeout' } });
  });

  it('refuses a relative path and a missing file with one clear message, and remembers the failure', async () => {
    expect(await dispatch(temp.core.handlers, 'importLibrary', { path: 'subs.opml' })).toEqual({
      ok: false,
      error: { code: 'bad_input', message: 'importLibrary: path: the path must be absolute' },
    });
    const missing = await dispatch(temp.core.handlers, 'importLibrary', { path: temp.dir.file('nope.opml') });
    expect(missing).toEqual({ ok: false, error: { code: 'bad_input', message: `import: cannot read ${temp.dir.file('nope.opml')}: no such file or folder` } });
    expect(unwrap(await dispatch(temp.core.handlers, 'getImportStatus', {})).error).toBe(
      `import: cannot read ${temp.dir.file('nope.opml')}: no such file or folder`,
    );
  });

  it('shows an import running and refuses a second one meanwhile', async () => {
    const first = dispatch(temp.core.handlers, 'importLibrary', { path: corpus('takeout', 'sismics-reader', 'starred.json') });
    const status = unwrap(await dispatch(temp.core.handlers, 'getImportStatus', {}));
    expect(status.running).toBe(true);
    expect(await dispatch(temp.core.handlers, 'importLibrary', { path: corpus('opml', 'freshrss', 'opml.default.xml') })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await first).toMatchObject({ ok: true, value: { starred: 3 } });
  });

  it('exports OPML, starred and shared through the contract', async () => {
    unwrap(await dispatch(temp.core.handlers, 'importLibrary', { path: corpus('takeout', 'sismics-reader', 'test@gmail.com-takeout.zip') }));
    const opml = unwrap(await dispatch(temp.core.handlers, 'exportOpml', {}));
    expect(opml).toMatchObject({ count: 2, mimeType: 'text/x-opml; charset=utf-8' });
    expect(opml.fileName).toMatch(/^tidings-subscriptions-\d{4}-\d{2}-\d{2}\.opml$/);
    expect(opml.text).toContain('<outline text="Blogs" title="Blogs">');
    expect(unwrap(await dispatch(temp.core.handlers, 'exportStarred', {})).count).toBe(3);
    expect(unwrap(await dispatch(temp.core.handlers, 'exportShared', {})).count).toBe(0);
  });

  it('backs the library up to a file that opens as the same library', async () => {
    unwrap(await dispatch(temp.core.handlers, 'importLibrary', { path: corpus('opml', 'netnewswire', 'Subs.opml') }));
    const result = unwrap(await dispatch(temp.core.handlers, 'backupLibrary', { path: temp.dir.file('backup.db') }));
    expect(result.path).toBe(temp.dir.file('backup.db'));
    expect(result.bytes).toBeGreaterThan(0);
    const copy = Store.open(temp.dir.file('backup.db'));
    try {
      expect(copy.feeds.rows()).toHaveLength(206);
    } finally {
      copy.close();
    }
  });

  it('refuses to back the library up onto itself', async () => {
    expect(await dispatch(temp.core.handlers, 'backupLibrary', { path: temp.file })).toEqual({
      ok: false,
      error: { code: 'bad_input', message: 'backup: the backup cannot overwrite the library it copies; choose another file' },
    });
  });
});
