// How the open list takes a live change: new articles above the rows shown, fresh state on the rows
// shown, nothing shown moved or dropped (the one being read stays where it is).
import { describe, expect, it } from 'vitest';
import { mergedRows } from '../../renderer/api/merged-rows';
import type { ArticleSummary } from '../../shared/model';

const row = (id: number, read = false): ArticleSummary => ({ id, title: `A${id}`, read }) as unknown as ArticleSummary;
const ids = (rows: readonly ArticleSummary[]) => rows.map((item) => item.id);

describe('merging the first page into the list shown', () => {
  it('puts articles new at the top above the rows shown, and keeps every row shown in place', () => {
    const shown = [row(5), row(4), row(3)];
    expect(ids(mergedRows(shown, [row(8), row(7), row(5), row(4)], 'newest'))).toEqual([8, 7, 5, 4, 3]);
  });

  it('never drops a row shown, even one the first page no longer has (read in an unread-only list)', () => {
    const shown = [row(5), row(4), row(3)];
    expect(ids(mergedRows(shown, [row(6), row(5), row(3)], 'newest'))).toEqual([6, 5, 4, 3]);
  });

  it('gives the rows shown their new state', () => {
    const merged = mergedRows([row(5), row(4)], [row(5, true), row(4)], 'newest');
    expect(merged.map((item) => item.read)).toEqual([true, false]);
  });

  it('adds nothing above in oldest-first order, where new articles belong at the end', () => {
    expect(ids(mergedRows([row(3), row(4)], [row(3), row(4), row(5)], 'oldest'))).toEqual([3, 4]);
  });

  it('takes the whole page when nothing was shown', () => {
    expect(ids(mergedRows([], [row(2), row(1)], 'newest'))).toEqual([2, 1]);
  });
});
