// A JSON Feed cut off mid-download (NetNewsWire's allthis-partial.json) is still a list of good
// items followed by a broken one. We keep the complete items: cut after the last item that closed
// at the top level of an array inside the root object ({"items": [ {...}, {...}, <cut>) and close
// the array and the object.

/** A parseable prefix of a truncated JSON Feed, or null when there is nothing to save. */
export function truncatedJsonFeedPrefix(text: string): string | null {
  const stack: number[] = [];
  let inString = false;
  let lastCut = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) stack.push(c);
    else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      // Just closed an element of an array directly inside the root object.
      if (stack.length === 2 && stack[0] === 0x7b && stack[1] === 0x5b) lastCut = i + 1;
    }
  }
  // A complete document that JSON.parse rejected has a syntax error, not a truncation.
  if (stack.length === 0 || lastCut < 0) return null;
  return `${text.slice(0, lastCut)}]}`;
}
