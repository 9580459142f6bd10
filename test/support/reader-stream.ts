// Google Reader stream files (starred.json and the like) generated to any size: items from a few
// dozen feeds, each with a title, links, times, a paragraph or two of HTML, categories and now and
// then a note, about 650 bytes an item, as Reader's own exports look.
export function readerStream(items: number, options: { id?: string; feeds?: number } = {}): Buffer {
  const feeds = options.feeds ?? 40;
  const parts: string[] = [];
  const base = Date.parse('2012-03-01T00:00:00Z') / 1000;
  for (let i = 0; i < items; i++) {
    const feed = i % feeds;
    const published = base + i * 97;
    parts.push(
      JSON.stringify({
        id: `tag:google.com,2005:reader/item/${(0x1000000 + i).toString(16).padStart(16, '0')}`,
        categories: ['user/01785607376183925700/state/com.google/starred', ...(i % 3 === 0 ? ['user/01785607376183925700/label/Tech'] : [])],
        title: `Item ${i}: notes on the ${i % 7 === 0 ? 'weather' : 'news'} & other things`,
        published,
        updated: published,
        crawlTimeMsec: String(published * 1000 + 500),
        timestampUsec: String(published * 1_000_000 + 900_000),
        alternate: [{ href: `https://site${feed}.example/posts/${i}.html`, type: 'text/html' }],
        summary: {
          direction: 'ltr',
          content: `<p>Paragraph one of item ${i}, with <a href="https://site${feed}.example/ref/${i}">a link</a> and <b>bold</b> words.</p><p>A second paragraph to give the item a body of about the length Reader kept.</p>`,
        },
        author: `Author ${feed}`,
        ...(i % 50 === 0 ? { annotations: [{ content: `A note on item ${i}`, userId: '01785607376183925700' }] } : {}),
        origin: { streamId: `feed/https://site${feed}.example/feed.xml`, title: `Site ${feed}`, htmlUrl: `https://site${feed}.example/` },
      }),
    );
  }
  const id = options.id ?? 'user/01785607376183925700/state/com.google/starred';
  return Buffer.from(`{"id":${JSON.stringify(id)},"title":"Starred items","author":"Robin","updated":${base},"items":[\n${parts.join(',\n')}\n]}`);
}
