// The shared items as Atom 1.0 (RFC 4287): the feed's id, title, updated, author and self link;
// each entry's id, title, updated, link, summary and content (the note first, then the article),
// and a source element naming the feed it came from.
import { escapeMarkup as x, noteHtml } from './escape';
import { documentUrl, sharedFileNames, type SharedEntry, type SharedFeed } from './shared-feed';

export function sharedAtom(feed: SharedFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${x(feed.id)}</id>`,
    `  <title>${x(feed.title)}</title>`,
    `  <updated>${feed.updated}</updated>`,
    `  <author><name>${x(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${x(documentUrl(feed, sharedFileNames.atom))}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(documentUrl(feed, ''))}"/>`,
    '  <generator uri="https://github.com/tidings">Tidings</generator>',
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}

function entry(item: SharedEntry): string {
  const content = (item.note ? `<blockquote>${noteHtml(item.note)}</blockquote>` : '') + item.contentHtml;
  const summary = item.note ?? item.summary;
  return [
    '  <entry>',
    `    <id>${x(item.id)}</id>`,
    `    <title type="text">${x(item.title)}</title>`,
    `    <updated>${item.sharedAt}</updated>`,
    `    <published>${item.sharedAt}</published>`,
    item.url ? `    <link rel="alternate" type="text/html" href="${x(item.url)}"/>` : null,
    item.author ? `    <author><name>${x(item.author)}</name></author>` : null,
    summary ? `    <summary type="text">${x(summary)}</summary>` : null,
    content ? `    <content type="html">${x(content)}</content>` : null,
    '    <source>',
    `      <id>${x(item.source.id)}</id>`,
    `      <title>${x(item.source.title)}</title>`,
    item.source.url ? `      <link rel="alternate" href="${x(item.source.url)}"/>` : null,
    '    </source>',
    '  </entry>',
  ]
    .filter((line) => line !== null)
    .join('\n');
}
