import { describe, expect, it } from 'vitest';
import { droppedUrl } from '../../renderer/library/dropped-url';

describe('a link dropped on the window', () => {
  it('takes the first address of a uri-list, skipping comments', () => {
    expect(droppedUrl('# dragged from Firefox\r\nhttps://example.org/feed.xml\r\nhttps://example.org/other')).toBe('https://example.org/feed.xml');
  });

  it('falls back to plain text, and accepts feed: links', () => {
    expect(droppedUrl('', ' feed://example.org/rss ')).toBe('feed://example.org/rss');
  });

  it.each(['javascript:alert(1)', 'file:///home/me/x.opml', 'some words', 'https://example.org/a b', ''])('ignores %j', (text) => {
    expect(droppedUrl(text)).toBeNull();
    expect(droppedUrl('', text)).toBeNull();
  });
});
