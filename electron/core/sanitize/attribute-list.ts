// The attributes of the start tag being read, in the order an object would keep them as keys (first
// set first; a key set again keeps its place). One list serves every tag of every document, so
// reading a tag allocates nothing; an element keeps a handful of attributes, so a scan finds one.

export class AttributeList {
  private readonly names: string[] = [];
  private readonly values: string[] = [];

  get size(): number {
    return this.names.length;
  }

  clear(): void {
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
    return this.names.indexOf(name) !== -1;
  }

  get(name: string): string | undefined {
    const at = this.names.indexOf(name);
    return at === -1 ? undefined : this.values[at];
  }

  set(name: string, value: string): void {
    const at = this.names.indexOf(name);
    if (at !== -1) {
      this.values[at] = value;
      return;
    }
    this.names.push(name);
    this.values.push(value);
  }

  delete(name: string): void {
    const at = this.names.indexOf(name);
    if (at === -1) return;
    this.names.splice(at, 1);
    this.values.splice(at, 1);
  }
}
