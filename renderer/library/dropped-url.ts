// The address in a dragged link (text/uri-list, else plain text), if it is one we could subscribe
// to: http(s), or a feed: link. Anything else dropped on the window is not ours to act on.
export function droppedUrl(uriList: string, plainText = ''): string | null {
  const fromList = uriList
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('#'));
  const candidate = fromList ?? plainText.trim();
  if (!/^(https?|feeds?):/i.test(candidate) || /\s/.test(candidate)) return null;
  return candidate.length <= 4096 ? candidate : null;
}
