import { describe, expect, it } from 'vitest';
import { decimalItemId, longItemId } from '../../electron/core/sync/greader/item-ids';

describe('Google Reader item ids', () => {
  it('sends a decimal id in the long form, 16 hex digits', () => {
    expect(longItemId('1')).toBe('tag:google.com,2005:reader/item/0000000000000001');
    expect(longItemId('255')).toBe('tag:google.com,2005:reader/item/00000000000000ff');
  });

  it("keeps FreshRSS's 16-digit microsecond ids exact (beyond a double's precision)", () => {
    const id = '1733400000123456';
    expect(decimalItemId(longItemId(id))).toBe(id);
    expect(decimalItemId('18446744073709551615')).toBe('18446744073709551615');
  });

  it('reads the long form back as decimal', () => {
    expect(decimalItemId('tag:google.com,2005:reader/item/00000000000003e8')).toBe('1000');
  });

  it.each(['', 'abc', '-1', '18446744073709551616', 'tag:google.com,2005:reader/item/xyz'])('refuses %j', (id) => {
    expect(() => decimalItemId(id)).toThrow(/not a Google Reader item id/);
  });
});
