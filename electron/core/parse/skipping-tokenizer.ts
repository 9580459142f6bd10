// htmlparser2's Tokenizer, skipping through text with String#indexOf. Wherever it waits for one
// character (the "<" after text, the ">" of an end tag, the end of a comment, a raw-text element's
// end tag), its fastForwardTo steps through the document one character at a time in JavaScript: a
// tenth of the sanitizer's time on the bench's articles. indexOf finds the same character in native
// code. Both readers of markup use it: the sanitizer (sanitize/html.ts) and the feed reader
// (xml-tree.ts), where CDATA sections made the same wait for "]" character by character. The method is the tokenizer's own (10.x), private
// to its types, so it is replaced on this subclass's prototype rather than overridden in
// TypeScript; skipping-tokenizer.test.ts holds the two tokenizers to the same tokens, so an
// htmlparser2 that changes it is noticed.
import { Tokenizer } from 'htmlparser2';

/** What fastForwardTo reads and moves in htmlparser2's Tokenizer: its position in the chunk being read. */
interface ChunkPosition {
  index: number;
  offset: number;
  buffer: string;
}

export class SkippingTokenizer extends Tokenizer {}

/** As htmlparser2's: the index moves to the next `code` and true, or to the chunk's last character and false. */
function fastForwardTo(this: ChunkPosition, code: number): boolean {
  const at = this.buffer.indexOf(String.fromCharCode(code), this.index + 1 - this.offset);
  if (at !== -1) {
    this.index = at + this.offset;
    return true;
  }
  this.index = this.buffer.length + this.offset - 1;
  return false;
}

/** Whether this htmlparser2 has the method replaced here; if not, the subclass is the tokenizer as it is. */
export const skipsWithIndexOf = typeof Reflect.get(Tokenizer.prototype, 'fastForwardTo') === 'function';
if (skipsWithIndexOf) Object.defineProperty(SkippingTokenizer.prototype, 'fastForwardTo', { value: fastForwardTo });
