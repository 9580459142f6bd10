// The article's plain text, collected piece by piece as the sanitizer reads it, with each run of
// whitespace already one space and none at the ends: the same string collapseWhitespace (text.ts)
// makes of all the pieces joined, without joining an uncollapsed copy first and scanning it again.
// A piece with nothing to collapse (the usual case: words and single spaces) is kept as it is.

import { WHITESPACE_TO_COLLAPSE } from './text';

/** Whether a piece holds whitespace that collapsing changes: any but a single ordinary space. */
export const COLLAPSIBLE = /[^\S ]|\u200b| {2}/;
const SPACE = 32;

export class PlainTextBuilder {
  private readonly parts: string[] = [];
  /** The text so far ends in a space, or is empty (so a space there would be dropped too). */
  private endsInSpace = true;
  /** Whitespace was seen after the last word and not yet written. */
  private spacePending = false;

  start(): void {
    this.parts.length = 0;
    this.endsInSpace = true;
    this.spacePending = false;
  }

  /** A break between words (a block element's edge). */
  space(): void {
    if (!this.endsInSpace) this.spacePending = true;
  }

  /** Text as the reader sees it; `collapsed` says the caller already knows it holds nothing COLLAPSIBLE. */
  add(piece: string, collapsed = false): void {
    let text = collapsed || !COLLAPSIBLE.test(piece) ? piece : piece.replace(WHITESPACE_TO_COLLAPSE, ' ');
    if (text.length === 0) return;
    if (text.charCodeAt(0) === SPACE) {
      if (this.endsInSpace) {
        if (text.length === 1) return;
        text = text.slice(1);
      }
    } else if (this.spacePending) {
      this.parts.push(' ');
    }
    this.spacePending = false;
    this.parts.push(text);
    this.endsInSpace = text.charCodeAt(text.length - 1) === SPACE;
  }

  finish(): string {
    const last = this.parts.length - 1;
    if (last === -1) return '';
    if (this.endsInSpace) this.parts[last] = (this.parts[last] as string).slice(0, -1);
    const text = last === 0 ? (this.parts[0] as string) : this.parts.join('');
    this.parts.length = 0;
    return text;
  }
}
