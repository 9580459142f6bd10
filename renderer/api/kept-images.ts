// Images kept for reading offline are served by the host the page came from, at /images/<file>:
// in Electron as app://tidings/images/<file> (the page's own origin), in the web host to the
// HttpOnly image cookie its API answers set. No secret is in the address, so "Copy image address"
// copies nothing that opens the library.
export function keptImageUrl(path: string): string {
  return path;
}

/**
 * The article's HTML with each kept image pointing at its copy. Parsed into an inert document (no
 * image loads there), so the original address is never asked for; the stored HTML is unchanged.
 */
export function withKeptImages(html: string, images: Readonly<Record<string, string>>): string {
  if (Object.keys(images).length === 0 || !html.includes('<img')) return html;
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  let changed = false;
  for (const img of document.body.querySelectorAll('img[src]')) {
    const kept = images[img.getAttribute('src') ?? ''];
    if (!kept) continue;
    img.setAttribute('src', keptImageUrl(kept));
    // A srcset would win over src and go back to the network.
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    for (const source of img.closest('picture')?.querySelectorAll('source') ?? []) source.remove();
    changed = true;
  }
  return changed ? document.body.innerHTML : html;
}
