// Files built to hurt, and files that are simply not what they claim: each gets one clear message,
// and the library is exactly as it was before (compared table by table).
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importLibrary } from '../../../electron/core/library/import';
import { withTempStore } from '../../support/temp-store';
import { corpus, makeZip, snapshot } from './helpers';

describe('refusing a hostile or broken file', () => {
  const temp = withTempStore();
  let before: Record<string, string[]>;

  beforeEach(async () => {
    // A library with something in it, so "unchanged" means something.
    await importLibrary(temp.store, { path: corpus('opml', 'capyreader', 'nested_import.xml') });
    before = snapshot(temp.store);
  });

  const refuse = async (fileName: string, content: string | Buffer): Promise<string> => {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    const error = await importLibrary(temp.store, { fileName, bytes }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(snapshot(temp.store)).toEqual(before);
    return (error as Error).message;
  };

  it('refuses an XXE file without reading the file it names', async () => {
    const message = await refuse(
      'xxe.opml',
      `<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><head/><body><outline text="&xxe;" xmlUrl="http://a.example/feed"/></body></opml>`,
    );
    expect(message).toMatch(/^opml: the XML is broken at line 2, column \d+: the DOCTYPE declares entities/);
    expect(message).not.toMatch(/root:/);
  });

  it('refuses a billion-laughs file at once', async () => {
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const started = performance.now();
    const message = await refuse(
      'laughs.opml',
      `<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY lol0 "lol">${laughs}]><opml><body><outline text="&lol9;"/></body></opml>`,
    );
    expect(message).toMatch(/declares entities/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses 10,000-deep nesting with the line and column where it went too deep', async () => {
    const deep = `<opml version="2.0"><body>\n${'<outline text="x">'.repeat(10_000)}${'</outline>'.repeat(10_000)}</body></opml>`;
    const message = await refuse('deep.opml', deep);
    expect(message).toMatch(/^opml: the XML is broken at line 2, column \d+: elements nest deeper than 100 levels/);
  });

  it('names the line and column of a mismatched close tag', async () => {
    const message = await refuse(
      'broken.opml',
      '<opml version="2.0">\n<body>\n  <outline text="a">\n    <outline text="b" xmlUrl="http://b.example/"/>\n</body>\n</opml>',
    );
    expect(message).toBe('opml: the XML is broken at line 5, column 1: </body> where </outline> was expected (<outline> opened at line 3, column 3)');
  });

  it('says a file cut short is probably truncated', async () => {
    const text = readFileSync(corpus('opml', 'netnewswire', 'Subs.opml'), 'utf8');
    const message = await refuse('Subs.opml', text.slice(0, 5000));
    expect(message).toMatch(/^opml: the XML is broken at line \d+, column \d+: the file ends .*\(is it truncated\?\)$/);
  });

  it('says what a file is when it is not OPML', async () => {
    expect(await refuse('hello.txt', 'hello')).toBe('opml: not an OPML file: it contains no XML elements');
    expect(await refuse('feed.xml', '<rss version="2.0"><channel><title>x</title></channel></rss>')).toMatch(
      /^opml: this is a feed \(<rss>\), not a subscription list/,
    );
    expect(await refuse('page.html', '<!doctype html><html><body>hi</body></html>')).toBe(
      'opml: this is a web page, not an OPML subscription list',
    );
    expect(await refuse('other.xml', '<settings><a/></settings>')).toBe('opml: not an OPML file: its root element is <settings>, not <opml>');
    expect(await refuse('feed.json', '{"version":"https://jsonfeed.org/version/1.1","items":[]}')).toMatch(/is a JSON Feed, not an export/);
    expect(await refuse('data.json', '{"hello":1}')).toMatch(/^reader json: data.json is not a Google Reader stream/);
    expect(await refuse('bad.json', '{"items":[')).toMatch(/^reader json: bad.json is not valid JSON/);
  });

  it('refuses a truncated zip, naming the problem', async () => {
    const zip = readFileSync(corpus('takeout', 'sismics-reader', 'test@gmail.com-takeout.zip'));
    const message = await refuse('takeout.zip', zip.subarray(0, zip.length - 200));
    expect(message).toMatch(/^zip: the archive is damaged or truncated \(no end-of-archive record\)/);
  });

  it('refuses a zip whose entry fails its checksum', async () => {
    const zip = makeZip([{ name: 'Reader/starred.json', data: '{"items":[]}', store: true }]);
    // A byte of the stored data, past the 30-byte local header and the name.
    zip[30 + 'Reader/starred.json'.length + 2] = 'X'.charCodeAt(0);
    expect(await refuse('takeout.zip', zip)).toMatch(/starred\.json fails its checksum/);
  });

  it('stops a zip bomb at the declared size instead of inflating it', async () => {
    const bomb = makeZip([{ name: 'Reader/starred.json', data: Buffer.alloc(50_000_000, 0x20) }]);
    // Claim a tiny size: inflating must stop there, not fill memory.
    const central = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(10, central + 24);
    bomb.writeUInt32LE(10, 22);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await refuse('bomb.zip', bomb)).toMatch(/^zip: the archive is damaged or truncated \(Reader\/starred\.json does not inflate/);
  });

  it('refuses a zip with no Reader files in it', async () => {
    expect(await refuse('photos.zip', makeZip([{ name: 'Photos/a.jpg', data: 'jpeg' }]))).toMatch(
      /^takeout: no Google Reader files found/,
    );
  });

  it('refuses a Takeout whose starred.json is broken, naming the file', async () => {
    const zip = makeZip([
      { name: 'Takeout/Reader/subscriptions.xml', data: '<opml><body><outline text="a" xmlUrl="http://a.example/"/></body></opml>' },
      { name: 'Takeout/Reader/starred.json', data: '{"items": [' },
    ]);
    expect(await refuse('takeout.zip', zip)).toMatch(/^takeout: Takeout\/Reader\/starred\.json: reader json: starred\.json is not valid JSON/);
  });
});
