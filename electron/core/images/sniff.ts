// What an image file really is, from its first bytes. A server's Content-Type is only a claim; the
// web host serves kept images from its own origin, so only these raster formats are kept (no SVG,
// which can carry script) and the type we send is the one the bytes show.

export interface ImageKind {
  contentType: string;
  extension: string;
}

const ascii = (bytes: Uint8Array, at: number, text: string): boolean =>
  [...text].every((char, i) => bytes[at + i] === char.charCodeAt(0));

export function sniffImage(bytes: Uint8Array): ImageKind | null {
  if (bytes[0] === 0x89 && ascii(bytes, 1, 'PNG\r\n\x1a\n')) return { contentType: 'image/png', extension: 'png' };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) return { contentType: 'image/gif', extension: 'gif' };
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return { contentType: 'image/webp', extension: 'webp' };
  if (ascii(bytes, 4, 'ftypavif') || ascii(bytes, 4, 'ftypavis')) return { contentType: 'image/avif', extension: 'avif' };
  if (ascii(bytes, 0, 'BM') && bytes.length > 26) return { contentType: 'image/bmp', extension: 'bmp' };
  if (isIco(bytes)) return { contentType: 'image/x-icon', extension: 'ico' };
  return null;
}

/** An ICO directory: reserved 0, type 1, at least one image, and room for its first 16-byte entry. */
function isIco(bytes: Uint8Array): boolean {
  const count = (bytes[4] ?? 0) | ((bytes[5] ?? 0) << 8);
  return bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 1 && bytes[3] === 0 && count > 0 && bytes.length >= 22;
}

/** The file names the cache writes: a hash of the URL and the sniffed extension, nothing else. */
export const cachedFileName = /^[0-9a-f]{40}\.(png|jpg|gif|webp|avif|bmp|ico)$/;
