// The last check before an article's HTML enters the page. The core sanitized it at ingest, but a
// library can hold HTML from elsewhere (an older version, another tool, a sanitizer bug), and a
// few elements act on the whole page the moment they are inserted: <meta http-equiv="refresh">
// navigates it (CSP has no navigate-to in Chromium), <base> re-points every relative URL, <link>
// and <style> restyle it. None of them is article content, so they go; every frame is sandboxed
// without top navigation, whatever the HTML says. Parsed inert (DOMParser runs and loads nothing).
const actingOnThePage = 'meta, base, link, style, script, noscript, template, object, embed, frame, frameset, form';

/** What the sanitizer gives a video player, and no more: it can never navigate this page. */
export const frameSandbox = 'allow-scripts allow-same-origin allow-presentation';

/** A quick look first: most articles hold none of these and are returned as they are. */
const suspect = /<\s*(meta|base|link|style|script|noscript|template|object|embed|frame|frameset|form|iframe)\b/i;

export function inertArticleHtml(html: string): string {
  if (!suspect.test(html)) return html;
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  // A <meta> or <base> before any content is parsed into <head>; look there too.
  for (const element of document.querySelectorAll(actingOnThePage)) element.remove();
  for (const frame of document.body.querySelectorAll('iframe')) frame.setAttribute('sandbox', frameSandbox);
  return document.body.innerHTML;
}
