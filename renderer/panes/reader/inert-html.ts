// The last check before an article's HTML enters the page. The core sanitized it at ingest, but a
// library can hold HTML from elsewhere (an older version, another tool, a sanitizer bug), and a
// few elements act on the whole page the moment they are inserted: <meta http-equiv="refresh">
// navigates it (CSP has no navigate-to in Chromium), <base> re-points every relative URL, <link>
// and <style> restyle it. None of them is article content, so they go; every frame is sandboxed
// without top navigation, whatever the HTML says, and given the referrer policy players need
// (embed-referrer.ts). Parsed inert (DOMParser runs and loads nothing).
import { videoEmbedSandbox } from '../../../shared/csp';
import { embedReferrerPolicy } from './embed-referrer';

const actingOnThePage = 'meta, base, link, style, script, noscript, template, object, embed, frame, frameset, form';

/** A quick look first: most articles hold none of these and are returned as they are. */
const suspect = /<\s*(meta|base|link|style|script|noscript|template|object|embed|frame|frameset|form|iframe)\b/i;

export function inertArticleHtml(html: string): string {
  if (!suspect.test(html)) return html;
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  // A <meta> or <base> before any content is parsed into <head>; look there too.
  for (const element of document.querySelectorAll(actingOnThePage)) element.remove();
  for (const frame of document.body.querySelectorAll('iframe')) {
    frame.setAttribute('sandbox', videoEmbedSandbox);
    frame.setAttribute('referrerpolicy', embedReferrerPolicy);
  }
  return document.body.innerHTML;
}
