// The shared items as one static page: no script, every text escaped, links only to http(s), and a
// Content-Security-Policy of its own (the style's hash), so the page is as safe from a Dropbox
// link or an S3 bucket as from the web host.
import { createHash } from 'node:crypto';
import { escapeMarkup as x, noteHtml } from './escape';
import { documentUrl, sharedFileNames, type SharedEntry, type SharedFeed } from './shared-feed';

const style = `
:root { color-scheme: light dark; --ink: #1d232a; --muted: #5d6773; --line: #e3e6ea; --accent: #b4441f; --note: #fbf4ec; }
@media (prefers-color-scheme: dark) { :root { --ink: #e7e9ec; --muted: #9aa3ad; --line: #2e343b; --accent: #f08a5d; --note: #2a2521; } body { background: #16191d; } }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.55 Charter, "Iowan Old Style", Georgia, serif; color: var(--ink); }
main { max-width: 42rem; margin: 0 auto; padding: 3rem 1.25rem 4rem; }
header { border-bottom: 1px solid var(--line); margin-bottom: 2rem; padding-bottom: 1rem; }
h1 { font: 600 2rem/1.2 system-ui, sans-serif; margin: 0 0 .4rem; }
.feeds, .meta { font: .85rem/1.4 system-ui, sans-serif; color: var(--muted); }
.feeds a { color: var(--muted); margin-right: 1rem; }
.meta a { color: var(--muted); }
article { padding: 1.25rem 0; border-bottom: 1px solid var(--line); }
h2 { font: 600 1.25rem/1.3 system-ui, sans-serif; margin: 0 0 .3rem; }
h2 a { color: var(--ink); text-decoration: none; }
h2 a:hover { color: var(--accent); text-decoration: underline; }
blockquote { margin: .8rem 0; padding: .6rem 1rem; background: var(--note); border-left: 3px solid var(--accent); border-radius: 0 6px 6px 0; }
blockquote p { margin: .3rem 0; }
.summary { margin: .5rem 0 0; color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
`;

const styleHash = createHash('sha256').update(style).digest('base64');
export const sharedPagePolicy = `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'`;

const summaryChars = 280;

export function sharedPage(feed: SharedFeed): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${x(sharedPagePolicy)}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Tidings">
<title>${x(feed.title)}</title>
<link rel="alternate" type="application/atom+xml" title="${x(feed.title)} (Atom)" href="${x(documentUrl(feed, sharedFileNames.atom))}">
<link rel="alternate" type="application/feed+json" title="${x(feed.title)} (JSON Feed)" href="${x(documentUrl(feed, sharedFileNames.json))}">
<style>${style}</style>
</head>
<body>
<main>
<header>
<h1>${x(feed.title)}</h1>
<p class="feeds">Updated <time datetime="${feed.updated}">${feed.updated.slice(0, 10)}</time> ·
<a href="${x(documentUrl(feed, sharedFileNames.atom))}">Atom feed</a>
<a href="${x(documentUrl(feed, sharedFileNames.json))}">JSON Feed</a></p>
</header>
${feed.entries.length === 0 ? '<p class="empty">Nothing shared yet.</p>' : feed.entries.map(item).join('\n')}
</main>
</body>
</html>
`;
}

function item(entry: SharedEntry): string {
  const title = entry.url
    ? `<a href="${x(entry.url)}" rel="noopener noreferrer">${x(entry.title)}</a>`
    : x(entry.title);
  const source = entry.source.url
    ? `<a href="${x(entry.source.url)}" rel="noopener noreferrer">${x(entry.source.title)}</a>`
    : x(entry.source.title);
  const note = entry.note ? `<blockquote>${noteHtml(entry.note)}</blockquote>` : '';
  const summary = entry.summary.length > summaryChars ? `${entry.summary.slice(0, summaryChars).trimEnd()}…` : entry.summary;
  return `<article>
<h2>${title}</h2>
<p class="meta">${source} · shared <time datetime="${entry.sharedAt}">${entry.sharedAt.slice(0, 10)}</time></p>
${note}${summary ? `<p class="summary">${x(summary)}</p>` : ''}
</article>`;
}
