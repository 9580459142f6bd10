import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../electron/core/parse/dates';
import { parse, rss } from './helpers';

describe('dates: every common form to a UTC Date', () => {
  it.each([
    // RFC 822 / 1123, as RSS writes them
    ['Mon, 02 Jan 2006 15:04:05 GMT', '2006-01-02T15:04:05.000Z'],
    ['Mon, 02 Jan 2006 15:04:05 +0000', '2006-01-02T15:04:05.000Z'],
    ['Mon, 02 Jan 2006 15:04:05 -0700', '2006-01-02T22:04:05.000Z'],
    ['Mon, 02 Jan 2006 15:04:05 +05:30', '2006-01-02T09:34:05.000Z'],
    ['Mon, 02 Jan 2006 15:04:05 -0700 (PDT)', '2006-01-02T22:04:05.000Z'],
    ['Mon, 02 Jan 2006 15:04:05 BST', '2006-01-02T14:04:05.000Z'],
    ['Mon, 02 Jan 2006 15:04:05 EDT', '2006-01-02T19:04:05.000Z'],
    ['Mon, 02 Jan 2006 15:04:05 EST', '2006-01-02T20:04:05.000Z'],
    ['Mon, 02 Jan 2006 15:04:05 PST', '2006-01-02T23:04:05.000Z'],
    ['Mon, 02 Jan 2006 15:04:05 CEST', '2006-01-02T13:04:05.000Z'],
    ['Mon, 02 Jan 2006 15:04:05 GMT+2', '2006-01-02T13:04:05.000Z'],
    ['Mon, 02 Jan 2006 15:04:05 Z', '2006-01-02T15:04:05.000Z'],
    ['Mon, 02 Jan 2006 15:04:05', '2006-01-02T15:04:05.000Z'],
    ['Mon, 2 Jan 2006 15:04 GMT', '2006-01-02T15:04:00.000Z'],
    ['Mon,02 Jan 2006 15:04:05 GMT', '2006-01-02T15:04:05.000Z'],
    ['02 Jan 2006 15:04:05 GMT', '2006-01-02T15:04:05.000Z'],
    ['Monday, 02 January 2006 15:04:05 GMT', '2006-01-02T15:04:05.000Z'],
    ['Mon, 02 Jan 06 15:04:05 GMT', '2006-01-02T15:04:05.000Z'],
    ['Mon, 02-Jan-2006 15:04:05 GMT', '2006-01-02T15:04:05.000Z'],
    ['Mon, 02 Jan 2006', '2006-01-02T00:00:00.000Z'],
    ['  Mon,  02 Jan 2006  15:04:05  GMT  ', '2006-01-02T15:04:05.000Z'],
    // Other languages' month and day names
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['Di, 15 Okt 2019 08:00:00 +0200', '2019-10-15T06:00:00.000Z'],
    ['mer., 04 déc. 2019 10:00:00 +0100', '2019-12-04T09:00:00.000Z'],
    ['12 juil. 2020 10:00:00 GMT', '2020-07-12T10:00:00.000Z'],
    // ISO 8601 / RFC 3339, as Atom and JSON Feed write them
    ['2024-03-10T17:15:00+01:00', '2024-03-10T16:15:00.000Z'],
    ['2024-03-10T17:15:00Z', '2024-03-10T17:15:00.000Z'],
    ['2024-03-10T17:15:00.123Z', '2024-03-10T17:15:00.000Z'],
    ['2024-03-10T17:15:00', '2024-03-10T17:15:00.000Z'],
    ['2024-03-10T17:15Z', '2024-03-10T17:15:00.000Z'],
    ['2024-03-10 17:15:00 +0100', '2024-03-10T16:15:00.000Z'],
    ['2024-03-10 17:15:00', '2024-03-10T17:15:00.000Z'],
    ['2024-03-10', '2024-03-10T00:00:00.000Z'],
    ['20240310T171500Z', '2024-03-10T17:15:00.000Z'],
    ['2024-03-10T17:15:00-05', '2024-03-10T22:15:00.000Z'],
    // Month first
    ['Jan 2, 2006 3:04:05 GMT', '2006-01-02T03:04:05.000Z'],
    ['January 2nd, 2006', '2006-01-02T00:00:00.000Z'],
  ])('reads %s', (input, expected) => {
    expect(parseDate(input)?.toISOString()).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['not a date'],
    ['yesterday'],
    ['1'],
    ['2024-13-01'],
    ['2024-02-30T10:00:00Z'],
    ['Mon, 32 Jan 2006 15:04:05 GMT'],
    ['Mon, 02 Foo 2006 15:04:05 GMT'],
    ['0001-01-01T00:00:00Z'],
    ['2024-03-10T25:00:00Z'],
  ])('gives null for %j', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it('does not depend on the machine time zone for zone-less dates', () => {
    expect(parseDate('2024-06-01T12:00:00')?.toISOString()).toBe('2024-06-01T12:00:00.000Z');
    expect(parseDate('2024/06/01 12:00')?.toISOString()).toBe('2024-06-01T12:00:00.000Z');
  });

  it('keeps the item when its date is bad', async () => {
    const feed = await parse(rss('<item><title>A</title><pubDate>whenever</pubDate></item><item><title>B</title><pubDate>Tue, 03 Jan 2006 00:00:00 GMT</pubDate></item>'));
    expect(feed.items.map((i) => [i.title, i.published?.toISOString() ?? null])).toEqual([
      ['A', null],
      ['B', '2006-01-03T00:00:00.000Z'],
    ]);
  });

  it('takes dc:date when there is no pubDate, and updated when there is no published', async () => {
    const feed = await parse(
      rss('<item><title>A</title><dc:date>2006-01-02T15:04:05Z</dc:date></item>', '<title>T</title>', ' xmlns:dc="http://purl.org/dc/elements/1.1/"'),
    );
    expect(feed.items[0]?.published?.toISOString()).toBe('2006-01-02T15:04:05.000Z');
  });
});
