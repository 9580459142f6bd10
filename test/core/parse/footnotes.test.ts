// In-page links (footnotes, a table of contents) stay fragments pointing at the article's own,
// prefixed ids, instead of becoming absolute links that open the site in a new window.
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../electron/core/sanitize';

const BASE = 'https://example.org/posts/1/';
const clean = (html: string) => sanitizeHtml(html, BASE);

describe('sanitize: footnotes and other in-page links', () => {
  it('keeps a #fragment link as a fragment, in this window, pointing at the prefixed id', () => {
    expect(clean('<p>Text<sup id="ref1"><a href="#fn1">1</a></sup></p><ol><li id="fn1">Note <a href="#ref1">↩</a></li></ol>')).toBe(
      '<p>Text<sup id="article-ref1"><a href="#article-fn1">1</a></sup></p><ol><li id="article-fn1">Note <a href="#article-ref1">↩</a></li></ol>',
    );
  });

  it('takes a link to the item’s own address plus a fragment for an in-page link', () => {
    expect(clean('<a href="https://example.org/posts/1/#fn:2">2</a><a href="/posts/1/#fn:3">3</a>')).toBe(
      '<a href="#article-fn:2">2</a><a href="#article-fn:3">3</a>',
    );
  });

  it('leaves a fragment on another page an ordinary link out of the app', () => {
    expect(clean('<a href="/posts/2/#fn1">x</a>')).toBe('<a href="https://example.org/posts/2/#fn1" rel="noopener noreferrer" target="_blank">x</a>');
  });

  it('prefixes every id so none can take the name of the page’s own (root) or of a global', () => {
    expect(clean('<div id="root"><p id="location">x</p></div>')).toBe('<div id="article-root"><p id="article-location">x</p></div>');
  });

  it('drops an id or fragment that is not a plain name', () => {
    expect(clean('<p id="a b">x</p><p id="&quot;&gt;">y</p>')).toBe('<p>x</p><p>y</p>');
    expect(clean('<a href="#">top</a>')).toBe('<a href="https://example.org/posts/1/#" rel="noopener noreferrer" target="_blank">top</a>');
  });

  it('is idempotent: a second pass prefixes nothing twice', () => {
    const once = clean('<a href="#fn1">1</a><li id="fn1">n</li>');
    expect(clean(once)).toBe(once);
  });
});
