// A document that is plainly not a feed, told from its first bytes: an image at a feed's address
// (a moved site serving its logo, a typo in the path) would otherwise reach the parser and come
// back as "unrecognized root element", which helps nobody.

const signatures: readonly { type: string; bytes: readonly number[] }[] = [
  { type: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { type: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { type: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: 'ICO', bytes: [0x00, 0x00, 0x01, 0x00] },
  { type: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
];

function startsWith(body: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((byte, i) => body[i] === byte);
}

/** Why this document cannot be a feed, or null when it might be one. */
export function notAFeed(body: Uint8Array, contentType: string | null): string | null {
  for (const { type, bytes } of signatures) {
    if (!startsWith(body, bytes)) continue;
    return type === 'PDF' ? 'this is a PDF document, not a feed' : `this is an image (${type}), not a feed`;
  }
  // WebP: "RIFF" then four bytes of size then "WEBP".
  if (startsWith(body, [0x52, 0x49, 0x46, 0x46]) && startsWith(body.subarray(8), [0x57, 0x45, 0x42, 0x50])) {
    return 'this is an image (WebP), not a feed';
  }
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  // An SVG is XML and might be sniffed as such; its type says what it is.
  if (type.startsWith('image/')) return `this is an image (${type}), not a feed`;
  return null;
}
