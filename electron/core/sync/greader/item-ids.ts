// Google Reader item ids come in two forms: the decimal string `stream/items/ids` answers, and the
// long form `tag:google.com,2005:reader/item/<16 hex digits>` in item contents. Servers differ in how
// they read a short id (Miniflux 2.2 as hex, others as decimal), so ids are kept as decimal strings
// and always sent in the long form.

const LONG_PREFIX = 'tag:google.com,2005:reader/item/';
const DECIMAL = /^\d{1,20}$/;
const HEX16 = /^[0-9a-f]{1,16}$/i;

/** The decimal string for an id in either form; throws on anything else. */
export function decimalItemId(id: string): string {
  if (id.startsWith(LONG_PREFIX)) {
    const hex = id.slice(LONG_PREFIX.length);
    if (!HEX16.test(hex)) throw new Error(`not a Google Reader item id: ${id}`);
    return BigInt(`0x${hex}`).toString(10);
  }
  if (!DECIMAL.test(id) || BigInt(id) >= 2n ** 64n) throw new Error(`not a Google Reader item id: ${id}`);
  return BigInt(id).toString(10);
}

/** The long form, the one every server reads the same way. */
export function longItemId(id: string): string {
  return LONG_PREFIX + BigInt(decimalItemId(id)).toString(16).padStart(16, '0');
}
