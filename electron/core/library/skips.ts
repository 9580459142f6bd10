// What an import left out, with reasons. Every skip is counted; only the first ones are kept,
// so a 20,000-feed file full of duplicates still answers with a small summary.
import type { ImportSkip } from '../../../shared/model';

const KEPT = 200;

export class Skips {
  readonly list: ImportSkip[] = [];
  count = 0;

  add(item: string, reason: string): void {
    this.count++;
    if (this.list.length < KEPT) this.list.push({ item, reason });
  }

  addAll(skips: readonly ImportSkip[]): void {
    for (const skip of skips) this.add(skip.item, skip.reason);
  }

  /** Another list's skips, counted in full. */
  merge(other: Skips): void {
    for (const skip of other.list) if (this.list.length < KEPT) this.list.push(skip);
    this.count += other.count;
  }
}
