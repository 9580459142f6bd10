// Reading a zip archive from memory: the central directory for the list of files, then only the
// entries asked for, inflated with node:zlib a chunk at a time. No dependency, and strict about
// bounds: every offset is checked against the buffer, sizes are capped before inflating and counted
// while inflating (a zip bomb stops at the cap), and each entry's CRC is verified. Zip64 archives are read; encrypted entries are refused.
//
// Names are bytes: UTF-8 when the entry says so, else read as Latin-1 so every byte survives
// (Google's Takeout names its folder "Google<0xA0>Reader" with no UTF-8 flag). Callers find
// files by their base name, which is ASCII.
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { ImportError } from '../errors';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 100_000;

const damaged = (detail: string): ImportError =>
  new ImportError('zip', `the archive is damaged or truncated (${detail}); was the download cut short?`);

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

export function listZip(bytes: Buffer): ZipEntry[] {
  const end = findEndOfCentralDirectory(bytes);
  let count = bytes.readUInt16LE(end + 10);
  let directorySize = bytes.readUInt32LE(end + 12);
  let offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff || directorySize === 0xffffffff) {
    ({ count, directorySize, offset } = zip64Directory(bytes, end));
  }
  if (count > MAX_ENTRIES) throw new ImportError('zip', `the archive lists ${count} files; more than ${MAX_ENTRIES} is refused`);
  if (offset + directorySize > end) throw damaged('the file list lies outside the archive');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > end || bytes.readUInt32LE(offset) !== CENTRAL) throw damaged(`file list entry ${i + 1} is missing`);
    const flags = bytes.readUInt16LE(offset + 8);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const next = offset + 46 + nameLength + extraLength + commentLength;
    if (next > end) throw damaged(`file list entry ${i + 1} runs past the end`);
    const nameBytes = bytes.subarray(offset + 46, offset + 46 + nameLength);
    const entry: ZipEntry = {
      name: nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1'),
      method: bytes.readUInt16LE(offset + 10),
      encrypted: (flags & 1) !== 0,
      crc: bytes.readUInt32LE(offset + 16),
      compressedSize: bytes.readUInt32LE(offset + 20),
      size: bytes.readUInt32LE(offset + 24),
      localOffset: bytes.readUInt32LE(offset + 42),
    };
    applyZip64Extra(entry, bytes.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength));
    entries.push(entry);
    offset = next;
  }
  return entries;
}

/** An entry's bytes, refused beyond `maxBytes` and checked against its CRC. */
export function readZipEntry(bytes: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const stored = storedBytes(bytes, entry, maxBytes);
  let data: Buffer;
  if (entry.method === 0) data = stored;
  else {
    try {
      data = inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      throw damaged(`${entry.name} does not inflate: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) throw damaged(`${entry.name} fails its checksum`);
  return data;
}

const CHUNK = 1024 * 1024;

/**
 * An entry's bytes a chunk at a time, inflated as they are read: a big entry is never whole in
 * memory. Each chunk is counted against `budget` (the archive's total) before it is handed on, and
 * an entry that inflates past its declared size stops there. The CRC is checked at the end.
 */
export async function* zipEntryChunks(bytes: Buffer, entry: ZipEntry, maxBytes: number, budget: { take(bytes: number): void }): AsyncGenerator<Buffer> {
  const stored = storedBytes(bytes, entry, maxBytes);
  let size = 0;
  let crc = 0;
  const count = (chunk: Buffer): Buffer => {
    size += chunk.length;
    if (size > entry.size) throw damaged(`${entry.name} does not inflate to the size it declares`);
    budget.take(chunk.length);
    crc = crc32(chunk, crc);
    return chunk;
  };
  if (entry.method === 0) {
    for (let at = 0; at < stored.length; at += CHUNK) yield count(stored.subarray(at, at + CHUNK));
  } else {
    const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
    inflater.end(stored);
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) yield count(chunk);
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw damaged(`${entry.name} does not inflate: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      inflater.destroy();
    }
  }
  if (size !== entry.size || crc !== entry.crc) throw damaged(`${entry.name} fails its checksum`);
}

/** The entry's bytes as stored in the archive, after every check that needs no inflating. */
function storedBytes(bytes: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.encrypted) throw new ImportError('zip', `${entry.name} is encrypted`);
  if (entry.size > maxBytes) throw new ImportError('zip', `${entry.name} is larger than ${maxBytes} bytes`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ImportError('zip', `${entry.name} uses compression method ${entry.method}, which Tidings cannot read`);
  }
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw damaged(`${entry.name} is missing`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw damaged(`${entry.name} is cut short`);
  return bytes.subarray(start, start + entry.compressedSize);
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535; search backwards through that window.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  throw damaged('no end-of-archive record');
}

function zip64Directory(bytes: Buffer, end: number): { count: number; directorySize: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== EOCD64_LOCATOR) throw damaged('no zip64 end-of-archive locator');
  const record = safeNumber(bytes.readBigUInt64LE(locator + 8));
  if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== EOCD64) throw damaged('no zip64 end-of-archive record');
  return {
    count: safeNumber(bytes.readBigUInt64LE(record + 32)),
    directorySize: safeNumber(bytes.readBigUInt64LE(record + 40)),
    offset: safeNumber(bytes.readBigUInt64LE(record + 48)),
  };
}

/** Zip64 keeps the real sizes and offset in an extra field when the 32-bit ones are all ones. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + length || field + 8 > extra.length) throw damaged(`${entry.name} has a short zip64 field`);
        const value = safeNumber(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    at += 4 + length;
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged('a size beyond what this machine can address');
  return Number(value);
}
