// Valid UTF-8 is decoded through ICU's converter to UTF-16 when it is not all ASCII (utf8-text.ts):
// what comes out must be exactly what Buffer's own decoder gives, in every plane.
import { expect, it } from 'vitest';
import { decodeDocument } from '../../../electron/core/parse/charset';
import { validUtf8Text } from '../../../electron/core/parse/utf8-text';

const samples = [
  'plain ASCII only',
  'café naïve “quoted” em—dash',
  '日本語 Ελληνικά Кириллица עברית العربية',
  'astral: 🙂 𝄞 𠀋 at the end 😀',
  'a\u0000nul, a\u007fdel, and \u0085 next line',
  'a no-break\u00a0space, a zero-width\u200bspace, U+FEFF inside\ufeffthe text, U+FFFD \ufffd, U+FFFF \uffff',
  'é'.repeat(70_000), // longer than any chunk a converter might use
];

it.each(samples.map((text) => [text.slice(0, 40), text]))('decodes valid UTF-8 exactly as Buffer does: %s', (_name, text) => {
  const bytes = Buffer.from(text, 'utf8');
  expect(validUtf8Text(bytes, /^[\x00-\x7f]*$/.test(text))).toBe(bytes.toString('utf8'));
  expect(validUtf8Text(bytes, false)).toBe(text);
});

it('reads a UTF-8 feed with accents, CJK and emoji to the same text, its BOM dropped', () => {
  const feed = '<?xml version="1.0" encoding="utf-8"?><rss><channel><title>Café 日本語 🙂</title></channel></rss>';
  expect(decodeDocument(Buffer.from(feed, 'utf8'), 'application/rss+xml')).toEqual({ text: feed, encoding: 'utf-8' });
  expect(decodeDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(feed, 'utf8')]), null).text).toBe(feed);
});
