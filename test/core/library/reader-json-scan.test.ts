// The Reader JSON scanner reads a stream as its bytes arrive, in chunks cut anywhere: inside a
// string, an escape, a multi-byte character or a number. Whatever the cut, it must find the same
// items JSON.parse finds in the whole file, and refuse what JSON.parse refuses.
import { describe, expect, it } from 'vitest';
import { ReaderJsonScanner } from '../../../electron/core/library/reader-json/scan';

function scan(bytes: Buffer, cut: number): { items: unknown[]; head: unknown } {
  const items: unknown[] = [];
  const scanner = new ReaderJsonScanner('s.json', (item) => items.push(item));
  for (let at = 0; at < bytes.length; at += cut) scanner.push(bytes.subarray(at, at + cut));
  return { items, head: scanner.end() };
}

const tricky = {
  id: 'user/-/state/com.google/starred',
  title: 'quotes " and \\ and } ] { [ , : inside',
  extra: [1, { deep: [true, false, null, -1.5e3] }],
  items: [
    { title: 'ünïcödé 日本語 🎉', content: { content: '<p>"quoted" \\"escaped\\" \\\\</p>' } },
    'a string item',
    42,
    [],
    { nested: { a: [{ b: '}' }] }, escapes: '\\u0041\\n\\t' },
    null,
  ],
  version: 'after items',
};

describe('Reader JSON scanner', () => {
  it('finds the same items and fields as JSON.parse, however the bytes are cut', () => {
    const text = JSON.stringify(tricky, null, 1);
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const whole = JSON.parse(text) as typeof tricky;
    for (const cut of [1, 2, 3, 5, 7, 64, bytes.length]) {
      const { items, head } = scan(bytes, cut);
      expect(items).toEqual(whole.items);
      expect(head).toEqual({ id: whole.id, title: whole.title, version: 'after items', items: true });
    }
  });

  it('refuses what JSON.parse refuses, saying where', () => {
    const refuse = (text: string): string => {
      try {
        scan(Buffer.from(text), 3);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refuse('{"items":[{"a":1},]}')).toMatch(/^reader json: s\.json is not valid JSON/);
    expect(refuse('{"items":[{"a":1}')).toBe('reader json: s.json is not valid JSON (the file ends before its JSON does; is it truncated?)');
    expect(refuse('{"items":[] "x":1}')).toBe('reader json: s.json is not valid JSON (unexpected """ at the top level)');
    expect(refuse('{"items":[]} trailing')).toBe('reader json: s.json is not valid JSON (something follows the end of the JSON value ("t"))');
    expect(refuse('{"items":[{"a":tru}]}')).toMatch(/^reader json: s\.json is not valid JSON/);
    expect(refuse('   ')).toBe('reader json: s.json is not valid JSON (the file holds no JSON value)');
    expect(refuse('[{"a":1}]')).toBe('reader json: s.json is not a Google Reader stream (it has no "items" list)');
    expect(refuse('{"": 1, "items": []}')).toBe('accepted');
    expect(refuse('"just a string"')).toBe('reader json: s.json is not a Google Reader stream (it has no "items" list)');
  });
});
