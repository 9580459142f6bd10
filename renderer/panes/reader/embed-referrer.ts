// The page sends no referrer anywhere (index.html's <meta name="referrer" content="no-referrer">, the
// web host's Referrer-Policy header), but YouTube's player refuses to play without one ("Error 153").
// Embedded players alone send the page's origin — no path, no query, so which article is being read
// stays private — as the browser's default policy would. Set in the HTML before it reaches the DOM (by
// inert-html.ts, in the same pass that sandboxes frames): an iframe takes its referrer policy when it
// starts loading, which is the moment it is inserted.

/** The policy embeds get: the origin only, and only over HTTPS (the sanitizer keeps https iframes alone). */
export const embedReferrerPolicy = 'strict-origin-when-cross-origin';
