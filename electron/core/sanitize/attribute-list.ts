// The attributes of the start tag being read, in the order an object would keep them as keys (first
// set first; a key set again keeps its place). One list serves every tag of every document, so
// reading a tag allocates nothing; an element keeps a handful of attributes, so a scan finds one.

export class AttributeList {
  private readonly names: string[] = [];
  private readonly values: string[] = [];
  /** How many of the slots hold this tag's attributes; the rest are left over from earlier tags. */
  private count = 0;

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
  }

  /** Lets go of the values of earlier tags (an inline image can be megabytes): once per document. */
  release(): void {
    this.count = 0;
    this.names.length = 0;
    this.values.length = 0;
  }

  nameAt(index: number): string {
    return this.names[index] as string;
  }

  valueAt(index: number): string {
    return this.values[index] as string;
  }

  has(name: string): boolean {
    return this.indexOf(name) !== -1;
  }

  get(name: string): string | undefined {
    const at = this.indexOf(name);
    return at === -1 ? undefined : this.values[at];
  }

  set(name: string, value: string): void {
    const at = this.indexOf(name);
    if (at !== -1) {
      this.values[at] = value;
      return;
    }
    this.names[this.count] = name;
    this.values[this.count] = value;
    this.count++;
  }

  delete(name: string): void {
    const at = this.indexOf(name);
    if (at === -1) return;
    for (let index = at + 1; index < this.count; index++) {
      this.names[index - 1] = this.names[index] as string;
      this.values[index - 1] = this.values[index] as string;
    }
    this.count--;
  }

  private indexOf(name: string): number {
    for (let index = 0; index < this.count; index++) if (this.names[index] === name) return index;
    return -1;
  }
}
