// OPML import at scale: a 20,000-feed list in 200 nested folders (with duplicates, as Google Reader
// exports have) into an empty library, then the same list again into the full library (every feed
// merged), then the export of it all. Target: the first import ≤ 2 s.
import { importLibrary } from '../../electron/core/library/import';
import { LibraryService } from '../../electron/core/library/service';
import { Store } from '../../electron/core/store';
import { tempDir } from '../support/temp';
import { report } from './report';

export function bigOpml(feeds: number): string {
  const perFolder = 100;
  const folders: string[] = [];
  for (let start = 0, f = 0; start < feeds; start += perFolder, f++) {
    const outlines: string[] = [];
    for (let i = start; i < Math.min(feeds, start + perFolder); i++) {
      outlines.push(
        `<outline type="rss" text="Feed ${i} &amp; friends" title="Feed ${i}" xmlUrl="https://host${i % 997}.example/feed/${i}.xml" htmlUrl="https://host${i % 997}.example/"/>`,
      );
    }
    // Every tenth folder repeats a feed from the one before: duplicates to merge.
    if (f % 10 === 9) outlines.push(`<outline type="rss" text="again" xmlUrl="https://host${(start - 1) % 997}.example/feed/${start - 1}.xml"/>`);
    folders.push(`<outline text="Group ${Math.floor(f / 10)}"><outline text="Folder ${f}">\n${outlines.join('\n')}\n</outline></outline>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head><title>bench</title></head><body>\n${folders.join('\n')}\n</body></opml>\n`;
}

export async function importBench(options: { feeds: number } = { feeds: 20_000 }): Promise<void> {
  console.log(`\nimport: OPML with ${options.feeds} feeds`);
  const dir = tempDir('tidings-bench-');
  const store = Store.open(dir.file('bench.db'));
  try {
    const bytes = Buffer.from(bigOpml(options.feeds));
    const first = await importLibrary(store, { fileName: 'bench.opml', bytes });
    report({ name: `OPML import, ${options.feeds} feeds, empty library`, value: first.ms, unit: 'ms', target: { op: '≤', value: 2000 },
      note: `${first.feedsAdded} feeds, ${first.folders} folders, ${first.skippedCount} merged` });
    const again = await importLibrary(store, { fileName: 'bench.opml', bytes });
    report({ name: 'the same OPML again (every feed merged)', value: again.ms, unit: 'ms', target: { op: '≤', value: 2000 } });
    const started = performance.now();
    const exported = new LibraryService(store).exportOpml();
    report({ name: 'OPML export of the library', value: performance.now() - started, unit: 'ms',
      note: `${exported.count} feeds, ${Math.round(exported.text.length / 1024)} KB` });
  } finally {
    store.close();
    dir.remove();
  }
}
