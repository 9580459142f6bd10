// Every vector of the public XSS sets (test/fixtures/xss) through the sanitizer: what survives may
// only be allow-listed elements with allow-listed attributes and URLs of allowed schemes, and it is
// a fixed point (sanitizing it again changes nothing, so no markup hides in what was written).
// test/e2e/xss-vectors.spec.ts renders the same output in Chromium and checks that nothing runs.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ALLOWED_TAGS, ANY_TAG_ATTRIBUTES, ATTRIBUTES_BY_TAG, IFRAME_HOSTS, IFRAME_SANDBOX } from '../../../electron/core/sanitize/allow-list';
import { articleIdPrefix } from '../../../electron/core/sanitize/in-page';
import { sanitizeHtml } from '../../../electron/core/sanitize';
import { xssVectors } from '../../support/xss-vectors';

const BASE = 'https://example.org/posts/1/';
const vectors = xssVectors();

/** What is wrong with the markup, in words; empty when it only holds what the allow-list allows. */
function violations(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const tag = element.localName;
    if (!ALLOWED_TAGS.has(tag)) found.push(`<${tag}> is not allowed`);
    const allowed = ATTRIBUTES_BY_TAG.get(tag) ?? ANY_TAG_ATTRIBUTES;
    for (const { name, value } of element.attributes) {
      if (!allowed.has(name) || name.startsWith('on')) found.push(`<${tag} ${name}> is not allowed`);
      if (name === 'id' && !value.startsWith(articleIdPrefix)) found.push(`<${tag} id="${value}"> could clobber the page's own`);
      if (/^\s*(?:javascript|vbscript|livescript|data:text)/i.test(value)) found.push(`<${tag} ${name}="${value}">`);
      if (['href', 'src', 'cite', 'poster'].includes(name) && !isAllowedUrl(tag, value)) found.push(`<${tag} ${name}="${value}">`);
      if (name === 'srcset' && value.split(',').some((c) => !/^\s*https?:/.test(c))) found.push(`<${tag} srcset="${value}">`);
    }
    if (tag === 'iframe') {
      const src = element.getAttribute('src') ?? '';
      if (!IFRAME_HOSTS.has(new URL(src).hostname)) found.push(`an iframe from ${src}`);
      if (element.getAttribute('sandbox') !== IFRAME_SANDBOX) found.push('an iframe without our sandbox');
    }
  }
  return found;
}

function isAllowedUrl(tag: string, value: string): boolean {
  if (tag === 'a' && value.startsWith(`#${articleIdPrefix}`)) return true;
  if (tag === 'img' && /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp)[;,]/i.test(value)) return true;
  if (tag === 'iframe') return value.startsWith('https://');
  return /^(?:https?:\/\/|mailto:)/i.test(value);
}

describe('sanitize: the public XSS vector sets', () => {
  it('has the vectors of all three sets', () => {
    const sets = new Set(vectors.map((v) => v.name.split(' ')[0]));
    expect([...sets]).toEqual(['h5sc', 'dompurify', 'owasp']);
    expect(vectors.filter((v) => v.name.startsWith('h5sc'))).toHaveLength(139);
  });

  it.each(vectors.map((v) => [v.name, v.html] as const))('%s leaves only allow-listed markup', (_name, html) => {
    const out = sanitizeHtml(html, BASE);
    expect(violations(out)).toEqual([]);
    expect(sanitizeHtml(out, BASE)).toBe(out);
  });

  it('keeps no event handler, script, style or form in any of them', () => {
    const all = vectors.map((v) => sanitizeHtml(v.html, BASE)).join('\n');
    expect(all).not.toMatch(/<(?:script|style|form|input|button|object|embed|svg|math|meta|link|base)\b/i);
    // Within a tag: the text of a vector may well read "onerror=", escaped and harmless.
    expect(all).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  });

  it('is checked by a checker that does see forbidden markup', () => {
    expect(violations('<img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><svg></svg>')).toEqual(
      expect.arrayContaining(['<img onerror> is not allowed', '<a href="javascript:alert(1)">', '<svg> is not allowed']),
    );
  });
});
