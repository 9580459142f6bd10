// A server's items go through the same normalize and sanitize stages as a fetched feed's: the HTML
// a server passes on is not trusted, FreshRSS's summary-only items have content, ids are long ids.
import { describe, expect, it } from 'vitest';
import { readWireItems } from '../../electron/core/sync/wire-items';
import type { WireItem } from '../../electron/core/sync/greader/wire';

const wire = (overrides: Partial<WireItem>): WireItem => ({ id: '255', title: 'T', published: 1_700_000_000, ...overrides });

describe('items from a sync server', () => {
  it('sanitizes the server\'s HTML and resolves relative links against the item', () => {
    const [item] = readWireItems(
      [wire({ content: { content: '<p onclick="x()">Hi <a href="/more">more</a></p><script>alert(1)</script>' }, alternate: [{ href: 'https://example.org/post/1' }] })],
      'https://example.org/feed.xml',
      'Feed',
    );
    expect(item?.content).not.toMatch(/script|onclick/);
    expect(item?.content).toContain('href="https://example.org/more"');
    expect(item?.link).toBe('https://example.org/post/1');
    expect(item?.summary).toBe('Hi more');
    expect(item?.published?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });

  it('reads FreshRSS\'s summary when there is no content, and keys the item by its long id', () => {
    const [item] = readWireItems([wire({ summary: { content: '<p>Only a summary</p>' } })], 'https://example.org/feed.xml', 'Feed');
    expect(item?.content).toContain('Only a summary');
    expect(item?.id).toBe('tag:google.com,2005:reader/item/00000000000000ff');
  });
});
