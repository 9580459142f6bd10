// OPML import at scale: a 20,000-feed list in 200 nested folders (with duplicates, as Google Reader
// exports have) into an empty library, then the same list again into the full library (every feed
// merged), then the export of it all. Target: the first import ≤ 2 s. Then a big Reader JSON
// (45,000 starred items, about 34 MB) through the contract as the UI sends it: the import runs in
// its worker thread, and the figure that matters beside its time is the longest stall of the
// thread that serves calls meanwhile.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openCore } from '../../electron/core/core';
import { importLibrary } from '../../electron/core/library/import';
import { dispatch } from '../../shared/dispatch';
import { readerStream } from '../support/reader-stream';
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

export async function importBench(options: { feeds: number; items: number } = { feeds: 20_000, items: 45_000 }): Promise<void> {
  await opmlImportBench(options.feeds);
  await readerImportBench(options.items);
}

async function readerImportBench(items: number): Promise<void> {
  console.log(`\nimport: Reader JSON with ${items} items, beside the serving thread`);
  const dir = tempDir('tidings-bench-');
  const core = openCore({ dbFile: dir.file('bench.db'), outbox: { run: false } });
  try {
    const file = dir.file('starred.json');
    const bytes = readerStream(items);
    writeFileSync(file, bytes);
    const stall = monitorEventLoopDelay({ resolution: 5 });
    let answered = 0;
    // A UI polling as it does: the status and the feeds, every 100 ms.
    const poll = setInterval(() => {
      void Promise.all([dispatch(core.handlers, 'getImportStatus', {}), dispatch(core.handlers, 'listFeeds', {})]).then(() => answered++);
    }, 100);
    // The same polling with nothing imported, for a baseline: on a busy machine the thread waits for a core anyway.
    stall.enable();
    await new Promise((resolve) => setTimeout(resolve, 5000));
    stall.disable();
    const idleStallMs = stall.max / 1e6;
    stall.reset();
    stall.enable();
    const cpuBefore = process.cpuUsage();
    const result = await dispatch(core.handlers, 'importLibrary', { path: file });
    const cpu = process.cpuUsage(cpuBefore);
    stall.disable();
    clearInterval(poll);
    if (!result.ok) throw new Error(result.error.message);
    report({ name: `Reader JSON import, ${items} items`, value: result.value.ms, unit: 'ms',
      note: `${Math.round(bytes.length / 1024 / 1024)} MB, ${result.value.articles} articles, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU, all threads` });
    report({ name: 'longest stall of the serving thread meanwhile', value: stall.max / 1e6, unit: 'ms', target: { op: '≤', value: 100 },
      note: `${answered} polls of status and feeds answered; ${idleStallMs.toFixed(0)} ms with no import` });
  } finally {
    core.close();
    dir.remove();
  }
}

async function opmlImportBench(feeds: number): Promise<void> {
  const options = { feeds };
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
