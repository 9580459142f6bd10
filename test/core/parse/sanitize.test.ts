import { describe, expect, it } from 'vitest';
import type { ParsedFeed } from '../../../electron/core/feed-types';
import { htmlToText, sanitizeFeed, sanitizeHtml } from '../../../electron/core/sanitize';
import { pipeline, rss } from './helpers';

const BASE = 'https://example.org/posts/1/';
const clean = (html: string) => sanitizeHtml(html, BASE);

describe('sanitize: what content may keep', () => {
  it('drops script and event handlers from content', () => {
    const out = clean('<p onclick="steal()" onmouseover="x()">Hi<script>alert(1)</script><img src="a.png" onerror="alert(2)"></p>');
    expect(out).toBe('<p>Hi<img src="https://example.org/posts/1/a.png" /></p>');
  });

  it.each([
    ['style elements', '<style>body{display:none}</style><p>x</p>', '<p>x</p>'],
    ['style attributes', '<p style="position:fixed">x</p>', '<p>x</p>'],
    ['class attributes', '<p class="app-sidebar">x</p>', '<p>x</p>'],
    ['javascript: links', '<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer" target="_blank">x</a>'],
    ['javascript: links with hidden characters', '<a href="jav&#x09;ascript:alert(1)">x</a>', '<a rel="noopener noreferrer" target="_blank">x</a>'],
    ['vbscript: links', '<a href="vbscript:msgbox(1)">x</a>', '<a rel="noopener noreferrer" target="_blank">x</a>'],
    ['data: links', '<a href="data:text/html,&lt;script&gt;">x</a>', '<a rel="noopener noreferrer" target="_blank">x</a>'],
    ['data: images that are not images', '<img src="data:text/html;base64,PHNjcmlwdD4=">', ''],
    ['forms and their controls', '<form action="/x"><input name="q"><button>Go</button><textarea>t</textarea><select><option>o</option></select></form><p>after</p>', '<p>after</p>'],
    ['objects, embeds and applets', '<object data="x.swf"><embed src="x.swf"></object><applet code="x"></applet><p>y</p>', '<p>y</p>'],
    ['iframes from other hosts', '<iframe src="https://evil.example.com/x"></iframe><p>y</p>', '<p>y</p>'],
    ['meta, link and base tags', '<meta http-equiv="refresh" content="0;url=x"><link rel="stylesheet" href="x.css"><base href="https://evil/"><p>y</p>', '<p>y</p>'],
    ['svg with its scripts', '<svg onload="alert(1)"><script>alert(2)</script><text>t</text></svg><p>y</p>', '<p>y</p>'],
    ['tracking pixels', '<img src="https://t.example.com/p.gif" width="1" height="1"><p>y</p>', '<p>y</p>'],
  ])('removes %s', (_name, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  it.each([
    ['headings and paragraphs', '<h2>T</h2><p>P</p>'],
    ['lists', '<ul><li>a</li></ul><ol start="3"><li>b</li></ol><dl><dt>t</dt><dd>d</dd></dl>'],
    ['figures', '<figure><img src="https://example.org/a.png" alt="A" width="10" height="20" /><figcaption>C</figcaption></figure>'],
    ['tables', '<table><thead><tr><th colspan="2">h</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>'],
    ['code', '<pre><code>let a = 1 &lt; 2;</code></pre>'],
    ['quotes', '<blockquote cite="https://example.org/src"><p>q</p></blockquote>'],
    ['inline formatting', '<p><em>e</em> <strong>s</strong> <code>c</code> <sub>1</sub><sup>2</sup></p>'],
  ])('keeps %s', (_name, html) => {
    expect(clean(html)).toBe(html);
  });

  it('makes links absolute and opens them outside the app', () => {
    expect(clean('<a href="../2/" target="_self" rel="opener">next</a>')).toBe(
      '<a href="https://example.org/posts/2/" target="_blank" rel="noopener noreferrer">next</a>',
    );
    expect(clean('<a href="mailto:jo@example.org">mail</a>')).toContain('href="mailto:jo@example.org"');
  });

  it('makes image src and srcset absolute', () => {
    expect(clean('<img src="a.png" srcset="a-1x.png 1x, /b-2x.png 2x" alt="a">')).toBe(
      '<img src="https://example.org/posts/1/a.png" srcset="https://example.org/posts/1/a-1x.png 1x, https://example.org/b-2x.png 2x" alt="a" />',
    );
  });

  it('keeps data: images of image types only', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(clean(`<img src="${png}">`)).toBe(`<img src="${png}" />`);
  });

  it('uses the real image of lazy-loading markup', () => {
    expect(clean('<img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg">')).toBe('<img src="https://example.org/real.jpg" />');
  });

  it('keeps audio and video with their sources', () => {
    expect(clean('<video controls poster="p.jpg" onplay="x()"><source src="v.mp4" type="video/mp4"></video><audio controls src="a.mp3"></audio>')).toBe(
      '<video controls poster="https://example.org/posts/1/p.jpg"><source src="https://example.org/posts/1/v.mp4" type="video/mp4" /></video>' +
        '<audio controls src="https://example.org/posts/1/a.mp3"></audio>',
    );
  });

  it.each([
    ['YouTube', '<iframe src="https://www.youtube.com/embed/abc" width="560" height="315" allowfullscreen></iframe>', 'https://www.youtube.com/embed/abc'],
    ['youtube-nocookie', '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>', 'https://www.youtube-nocookie.com/embed/abc'],
    ['Vimeo', '<iframe src="https://player.vimeo.com/video/1"></iframe>', 'https://player.vimeo.com/video/1'],
    ['a protocol-relative YouTube embed, as https', '<iframe src="//www.youtube.com/embed/abc"></iframe>', 'https://www.youtube.com/embed/abc'],
  ])('keeps %s iframes', (_name, html, src) => {
    expect(clean(html)).toContain(`<iframe src="${src}"`);
  });

  it('sandboxes a kept video player so it cannot reach the page or navigate it', () => {
    const html = clean('<iframe src="https://player.vimeo.com/video/1" sandbox="allow-top-navigation allow-popups"></iframe>');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-presentation"');
    expect(html).not.toMatch(/allow-top-navigation|allow-popups/);
  });

  it('keeps the text of tags it drops', () => {
    expect(clean('<font color="red">Red <blink>text</blink></font>')).toBe('Red text');
  });

  it('reduces absurdly deep nesting to its text, quickly (the parser\'s stack work is quadratic in depth)', () => {
    const started = Date.now();
    const out = clean(`${'<div>'.repeat(100_000)}deep <b>text</b> &amp; more${'</div>'.repeat(100_000)}`);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(out).toBe('<p>deep text &amp; more</p>');
  });

  it('does not mistake many unclosed paragraphs for deep nesting', () => {
    expect(clean('<p>x'.repeat(2_000))).toContain('<p>x</p>');
  });

  it('leaves relative URLs out when there is no base to resolve them', () => {
    expect(sanitizeHtml('<a href="/x">x</a><img src="y.png">', null)).toBe('<a rel="noopener noreferrer" target="_blank">x</a>');
  });
});

describe('htmlToText', () => {
  it.each([
    ['decodes entities once', '<p>Fish &amp;amp; chips &eacute;t&eacute; &#8217;</p>', 'Fish &amp; chips été ’'],
    ['separates blocks', '<p>one</p><p>two</p><ul><li>three</li></ul>four<br>five', 'one two three four five'],
    ['drops scripts and styles with their content', 'a<script>var x = "<p>";</script>b<style>p{}</style>c', 'a b c'],
    ['drops comments', 'a<!-- secret -->b', 'a b'],
    ['collapses whitespace', '  a \n\t b\u00a0 c  ', 'a b c'],
    ['makes each lone tab, newline, no-break, zero-width or other space one plain space', 'a\tb\nc\u00a0d\u200be\ufefff\u3000g h', 'a b c d e f g h'],
    ['collapses a run of mixed spaces that starts with a plain one', 'a \u200b\u00a0 \n b', 'a b'],
    ['keeps a lone less-than sign', '1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['handles ">" inside attribute values', '<img alt="a > b" src="x">text', 'text'],
    ['handles self-closing iframes', 'a<iframe src="x"/>b', 'a b'],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it('is linear on hostile input', () => {
    const hostile = '<script>'.repeat(20_000) + '<a x="'.repeat(20_000) + '<!--'.repeat(20_000);
    const started = Date.now();
    htmlToText(hostile);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('sanitizeFeed', () => {
  it('gives every item a plain-text summary of at most about 300 characters', async () => {
    const body = `<p>${'word '.repeat(200)}</p>`;
    const feed = await pipeline(rss(`<item><title>A</title><description><![CDATA[${body}]]></description></item>`));
    const summary = feed.items[0]?.summary ?? '';
    expect(summary.length).toBeLessThanOrEqual(301);
    expect(summary.endsWith('…')).toBe(true);
    expect(summary).not.toContain('<');
  });

  it('prefers the feed summary to the start of the content', async () => {
    const feed = await pipeline(
      rss('<item><title>A</title><description>Short &lt;b&gt;teaser&lt;/b&gt;</description><content:encoded><![CDATA[<p>Full text</p>]]></content:encoded></item>', '<title>T</title>', ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'),
    );
    expect(feed.items[0]?.summary).toBe('Short teaser');
    expect(feed.items[0]?.content).toBe('<p>Full text</p>');
  });

  it('is idempotent', () => {
    const feed: ParsedFeed = {
      format: 'rss',
      title: 'T',
      link: 'https://example.org/',
      ttlMinutes: null,
      items: [
        {
          id: '1', title: 'A', link: 'https://example.org/a', published: null, updated: null, author: null,
          content: '<p onclick="x()">Hi <a href="/b">b</a></p>', summary: '', enclosures: [], thumbnail: null,
        },
      ],
    };
    const once = sanitizeFeed(feed);
    expect(sanitizeFeed(once)).toEqual(once);
  });
});
