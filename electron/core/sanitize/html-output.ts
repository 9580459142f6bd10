// The sanitized HTML as it is written: pieces joined once at the end, and wherever the output is the
// source unchanged (plain text, a bare `<p>` or `</p>`), a range of the source instead of a piece, so
// a paragraph of words costs one slice rather than one string per tag and per piece of text.

export class HtmlOutput {
  private readonly parts: string[] = [];
  private source = '';
  /** The range of the source written last and not yet in `parts`: [copyFrom, copyTo). */
  private copyFrom = 0;
  private copyTo = 0;

  start(source: string): void {
    this.source = source;
    this.parts.length = 0;
    this.copyFrom = 0;
    this.copyTo = 0;
  }

  /** Writes source[start, end) as it is. */
  copy(start: number, end: number): void {
    if (start !== this.copyTo || this.copyFrom === this.copyTo) {
      this.flush();
      this.copyFrom = start;
    }
    this.copyTo = end;
  }

  write(text: string): void {
    if (this.copyFrom !== this.copyTo) this.flush();
    this.parts.push(text);
  }

  finish(): string {
    this.flush();
    const html = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    this.parts.length = 0;
    this.source = '';
    return html;
  }

  private flush(): void {
    if (this.copyFrom !== this.copyTo) this.parts.push(this.source.slice(this.copyFrom, this.copyTo));
    this.copyFrom = this.copyTo = 0;
  }
}
