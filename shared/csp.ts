// The Content Security Policy for every page of the UI, in Electron and in the web host. No
// script runs but our own bundle; feed content is inert HTML whose images may come from anywhere.
/** Video players an article may embed (https only). The sanitizer keeps iframes from these hosts alone. */
export const videoEmbedHosts = [
  'www.youtube.com',
  'youtube.com',
  'www.youtube-nocookie.com',
  'youtube-nocookie.com',
  'player.vimeo.com',
] as const;

/** What an embedded player may do, and no more: its own script, never our page, popups or top navigation. */
export const videoEmbedSandbox = 'allow-scripts allow-same-origin allow-presentation';

const directives = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // 'self' also covers images kept for reading offline: /images/<file> on the web host, and
  // app://tidings/images/<file> in Electron, both the page's own origin.
  "img-src 'self' https: http: data:",
  "media-src 'self' https: http:",
  "font-src 'self'",
  "connect-src 'self'",
  `frame-src ${videoEmbedHosts.map((host) => `https://${host}`).join(' ')}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const contentSecurityPolicy = directives.join('; ');

/** The same policy for a <meta> tag, which cannot carry frame-ancestors (browsers ignore it there). */
export const metaContentSecurityPolicy = directives.filter((directive) => !directive.startsWith('frame-ancestors')).join('; ');

/**
 * The page also carries its policy in a <meta> tag, so it holds however the page is served. The
 * build puts it right after <meta charset> (which must come first), before anything it governs.
 */
export function withCspMeta(html: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (charset.test(html)) return html.replace(charset, (meta) => `${meta}\n    ${tag}`);
  return html.replace(/<head>/i, (head) => `${head}\n    ${tag}`);
}
