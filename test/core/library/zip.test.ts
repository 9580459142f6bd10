// The zip reader under the Takeout importer: stored and deflated entries, names that are not
// UTF-8, zip64 archives, and refusals for what it cannot read.
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listZip, readZipEntry } from '../../../electron/core/library/takeout/zip';
import { makeZip } from './helpers';

/** One stored file in a zip64 archive: sizes and offset live in the zip64 extra field and records. */
function zip64(name: string, data: Buffer): Buffer {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(45, 4);
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const extra = Buffer.alloc(28);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(24, 2);
  extra.writeBigUInt64LE(BigInt(data.length), 4);
  extra.writeBigUInt64LE(BigInt(data.length), 12);
  extra.writeBigUInt64LE(0n, 20);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(45, 6);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(0xffffffff, 20);
  central.writeUInt32LE(0xffffffff, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt16LE(extra.length, 30);
  central.writeUInt32LE(0xffffffff, 42);
  const body = Buffer.concat([local, nameBytes, data]);
  const directory = Buffer.concat([central, nameBytes, extra]);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeBigUInt64LE(1n, 24);
  record.writeBigUInt64LE(1n, 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(body.length), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(body.length + directory.length), 8);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([body, directory, record, locator, end]);
}

describe('zip reader', () => {
  it('reads stored and deflated entries', () => {
    const zip = makeZip([
      { name: 'a.txt', data: 'stored text', store: true },
      { name: 'dir/b.json', data: '{"items":[]}'.repeat(100) },
    ]);
    const entries = listZip(zip);
    expect(entries.map((entry) => [entry.name, entry.method])).toEqual([
      ['a.txt', 0],
      ['dir/b.json', 8],
    ]);
    expect(readZipEntry(zip, entries[0]!, 1000).toString()).toBe('stored text');
    expect(readZipEntry(zip, entries[1]!, 10_000).toString()).toBe('{"items":[]}'.repeat(100));
  });

  it('keeps every byte of a name written without the UTF-8 flag', () => {
    const name = Buffer.concat([Buffer.from('Google'), Buffer.from([0xa0]), Buffer.from('Reader/starred.json')]);
    const [entry] = listZip(makeZip([{ name, data: 'x' }]));
    expect(Buffer.from(entry!.name, 'latin1')).toEqual(name);
    expect(entry!.name.endsWith('/starred.json')).toBe(true);
  });

  it('reads a zip64 archive', () => {
    const zip = zip64('Reader/starred.json', Buffer.from('{"items":[]}'));
    const [entry] = listZip(zip);
    expect(entry).toMatchObject({ name: 'Reader/starred.json', size: 12, compressedSize: 12, localOffset: 0 });
    expect(readZipEntry(zip, entry!, 100).toString()).toBe('{"items":[]}');
  });

  it('refuses an entry larger than asked for before inflating it', () => {
    const zip = makeZip([{ name: 'big.json', data: Buffer.alloc(5000) }]);
    expect(() => readZipEntry(zip, listZip(zip)[0]!, 1000)).toThrow('zip: big.json is larger than 1000 bytes');
  });

  it('refuses an encrypted entry', () => {
    const zip = makeZip([{ name: 'secret.json', data: 'x', store: true }]);
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(1, central + 8);
    expect(() => readZipEntry(zip, listZip(zip)[0]!, 100)).toThrow('zip: secret.json is encrypted');
  });
});
