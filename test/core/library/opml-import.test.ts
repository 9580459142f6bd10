// OPML into the library and back out: every corpus list imports, duplicates merge (also with feeds
// already subscribed), linked lists are fetched once, and import → export → import is lossless.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importLibrary } from '../../../electron/core/library/import';
import { LibraryService } from '../../../electron/core/library/service';
import { Store } from '../../../electron/core/store';
import { FeedServer } from '../../support/feed-server';
import { withTempStore } from '../../support/temp-store';
import { corpus } from './helpers';

const offline = async (url: string): Promise<never> => {
  throw new Error(`offline: ${url}`);
};

/** Two exports a second apart differ only in their date. */
const undated = (opml: string): string => opml.replace(/<dateCreated>[^<]*<\/dateCreated>/, '');

/** What a person sees of their subscriptions: folders, and each feed's place, title and addresses, in order. */
function outline(store: Store): string[] {
  const library = store.library.summary();
  const paths = new Map(library.folders.map((folder) => [folder.id, folder.path.join('/')]));
  return [
    ...library.folders.map((folder) => `folder ${folder.path.join('/')}`),
    ...store
      .feeds.rows()
      .filter((feed) => feed.active === 1)
      .map((feed) => `feed ${feed.folder_id === null ? '' : paths.get(feed.folder_id)}|${feed.title}|${feed.url}|${feed.site_url ?? ''}`),
  ];
}

describe('OPML import and export', () => {
  const temp = withTempStore();
  let service: LibraryService;

  beforeEach(() => {
    service = new LibraryService(temp.store, { fetchList: offline });
  });

  const corpusFiles = execFileSync('find', [corpus('opml'), corpus('takeout', 'stringer'), '-type', 'f'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .sort();

  it.each(corpusFiles.map((file) => [file.slice(file.indexOf('corpus/') + 7), file]))('imports %s', async (_name, file) => {
    const summary = await service.import({ path: file });
    expect(summary.format).toBe('opml');
    expect(temp.store.feeds.rows()).toHaveLength(summary.feedsAdded);
  });

  it.each(corpusFiles.map((file) => [file.slice(file.indexOf('corpus/') + 7), file]))('keeps %s on OPML round trip', async (_name, file) => {
    await service.import({ path: file });
    const exported = service.exportOpml().text;
    const again = Store.open(temp.dir.file('again.db'));
    try {
      const copy = new LibraryService(again);
      await copy.import({ fileName: 'export.opml', bytes: Buffer.from(exported) });
      expect(outline(again)).toEqual(outline(temp.store));
      expect(undated(copy.exportOpml().text)).toBe(undated(exported));
    } finally {
      again.close();
    }
  });

  it('imports NetNewsWire’s 211-outline export into its four folders, merging the one duplicate', async () => {
    const summary = await service.import({ path: corpus('opml', 'netnewswire', 'Subs.opml') });
    expect(summary).toMatchObject({ feeds: 206, feedsAdded: 206, folders: 4, skippedCount: 1 });
    expect(summary.skipped[0]).toEqual({ item: 'http://feed.katiefloyd.com/', reason: 'listed more than once; merged, kept in the top level' });
    expect(temp.store.library.summary().folders.map((folder) => folder.name)).toEqual(['Programming', 'Macintosh', 'Weblogs', 'Writers']);
  });

  it('keeps nested folders on OPML round trip', async () => {
    await service.import({ path: corpus('opml', 'capyreader', 'nested_import.xml') });
    const first = outline(temp.store);
    const exported = service.exportOpml();
    expect(exported.count).toBe(5);

    const again = Store.open(temp.dir.file('again.db'));
    try {
      await new LibraryService(again).import({ fileName: exported.fileName, bytes: Buffer.from(exported.text) });
      expect(outline(again)).toEqual(first);
      expect(undated(new LibraryService(again).exportOpml().text)).toBe(undated(exported.text));
    } finally {
      again.close();
    }
  });

  it('keeps order, titles, addresses, site addresses and empty folders on OPML round trip', async () => {
    const text = `<?xml version="1.0"?><opml version="2.0"><body>
      <outline text="Zeta &amp; Co" xmlUrl="https://z.example/feed" htmlUrl="https://z.example/"/>
      <outline text="Tech">
        <outline text="b &lt;Bee&gt;" xmlUrl="https://b.example/feed"/>
        <outline text="Deep"><outline text="Deeper"><outline text="Ünïcødé “quotes”" xmlUrl="https://u.example/rss"/></outline></outline>
        <outline text="a" xmlUrl="https://a.example/feed"/>
      </outline>
      <outline text="Empty"/>
      <outline text="Alpha" xmlUrl="https://alpha.example/feed"/>
    </body></opml>`;
    await service.import({ fileName: 'mine.opml', bytes: Buffer.from(text) });
    const first = outline(temp.store);
    const exported = service.exportOpml().text;
    expect(exported.indexOf('Zeta')).toBeLessThan(exported.indexOf('Tech'));
    expect(exported.indexOf('Empty')).toBeLessThan(exported.indexOf('Alpha'));

    const again = Store.open(temp.dir.file('again.db'));
    try {
      const copy = new LibraryService(again);
      await copy.import({ fileName: 'export.opml', bytes: Buffer.from(exported) });
      expect(outline(again)).toEqual(first);
      expect(undated(copy.exportOpml().text)).toBe(undated(exported));
    } finally {
      again.close();
    }
  });

  it('exports the name a person gave a feed rather than the feed’s own title', async () => {
    const id = temp.store.feeds.add({ url: 'https://a.example/feed', title: 'Their title' });
    temp.store.feeds.rename(id, 'My name');
    expect(service.exportOpml().text).toContain('<outline type="rss" text="My name" title="My name" xmlUrl="https://a.example/feed"/>');
  });

  it('merges a list into the library without doubling feeds it already has', async () => {
    temp.store.feeds.add({ url: 'https://daringfireball.net/feeds/main', folderPath: ['Mine'], title: 'DF (mine)' });
    const summary = await service.import({ path: corpus('opml', 'capyreader', 'nested_import.xml') });
    expect(summary).toMatchObject({ feeds: 5, feedsAdded: 4 });
    const df = temp.store.feeds.rows().filter((feed) => feed.url === 'https://daringfireball.net/feeds/main');
    expect(df).toHaveLength(1);
    expect(df[0]?.title).toBe('DF (mine)');
    // Importing again changes nothing.
    expect(await service.import({ path: corpus('opml', 'capyreader', 'nested_import.xml') })).toMatchObject({ feedsAdded: 0, folders: 0 });
    expect(temp.store.feeds.rows()).toHaveLength(5);
  });

  it('imports 20,000 feeds in one go', async () => {
    const outlines = Array.from({ length: 20_000 }, (_, i) => `<outline text="Feed ${i}" xmlUrl="https://host${i % 500}.example/feed/${i}"/>`);
    const folders = Array.from({ length: 100 }, (_, f) => `<outline text="Folder ${f}">${outlines.slice(f * 200, f * 200 + 200).join('')}</outline>`);
    const summary = await service.import({ fileName: 'big.opml', bytes: Buffer.from(`<opml version="2.0"><body>${folders.join('\n')}</body></opml>`) });
    expect(summary).toMatchObject({ feeds: 20_000, feedsAdded: 20_000, folders: 100 });
  });

  it('reports progress while writing', async () => {
    const phases = new Set<string>();
    await service.import(
      { path: corpus('opml', 'netnewswire', 'Subs.opml') },
      { onProgress: (phase) => phases.add(phase) },
    );
    expect([...phases]).toEqual(['reading', 'writing']);
    expect(service.currentStatus()).toMatchObject({ running: false, last: { feeds: 206 } });
  });
});

describe('linked subscription lists', () => {
  let server: FeedServer;
  const temp = withTempStore();

  beforeAll(async () => {
    server = await new FeedServer().start();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('imports a type="link" list once, into the folder of its outline, and never a file: link', async () => {
    server.set('/more.opml', {
      contentType: 'text/x-opml',
      body: `<opml version="2.0"><body>
        <outline text="Linked" xmlUrl="https://linked.example/feed"/>
        <outline text="back" type="link" url="${server.url('/main.opml')}"/>
        <outline text="self" type="include" url="${server.url('/more.opml')}"/>
      </body></opml>`,
    });
    server.set('/main.opml', { contentType: 'text/x-opml', body: '<opml><body><outline text="Main" xmlUrl="https://main.example/feed"/></body></opml>' });
    const text = `<opml version="2.0"><body>
      <outline text="Friends">
        <outline text="More" type="link" url="${server.url('/more.opml')}"/>
        <outline text="Again" type="link" url="${server.url('/more.opml')}"/>
      </outline>
      <outline text="Local" type="include" url="file:///etc/passwd.opml"/>
    </body></opml>`;
    const summary = await importLibrary(temp.store, { fileName: 'top.opml', bytes: Buffer.from(text) });

    expect(server.requestsFor('/more.opml')).toHaveLength(1);
    expect(server.requestsFor('/main.opml')).toHaveLength(1);
    expect(outline(temp.store)).toEqual([
      'folder Friends',
      'folder Friends/More',
      'folder Friends/More/back',
      'feed Friends/More|Linked|https://linked.example/feed|',
      'feed Friends/More/back|Main|https://main.example/feed|',
    ]);
    expect(summary.skipped.map((skip) => skip.reason)).toContain('a linked subscription list with unsupported URL scheme file:');
  });

  it('skips a linked list that cannot be fetched and imports the rest', async () => {
    const text = `<opml><body>
      <outline text="Gone" type="include" url="${server.url('/missing.opml')}"/>
      <outline text="Kept" xmlUrl="https://kept.example/feed"/>
    </body></opml>`;
    const summary = await importLibrary(temp.store, { fileName: 'top.opml', bytes: Buffer.from(text) });
    expect(summary.feedsAdded).toBe(1);
    expect(summary.skipped).toEqual([
      { item: server.url('/missing.opml'), reason: 'the linked list could not be imported: fetch: HTTP 404 Not Found' },
    ]);
  });
});
