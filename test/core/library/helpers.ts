// Shared by the library tests: the corpus's place, a whole-database snapshot to compare before and
// after, and a minimal zip writer for building Takeouts in tests.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import type { Store } from '../../../electron/core/store';
import { connectionOf } from '../../../electron/core/store';

/** The corpus copied into the repository (test/fixtures/corpus, with its licences), so a bare clone tests it too. */
export const corpus = (...parts: string[]): string => join(process.cwd(), 'test', 'fixtures', 'corpus', ...parts);
export const fixture = (...parts: string[]): string => join(process.cwd(), 'test', 'fixtures', 'library', ...parts);

/** Every row of every table, in a stable order: equal snapshots mean an unchanged library. */
export function snapshot(store: Store): Record<string, string[]> {
  const tables = connectionOf(store)
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const result: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = connectionOf(store).prepare(`SELECT * FROM "${name}"`).all() as unknown[];
    result[name] = rows.map((row) => JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value))).sort();
  }
  result['#user_version'] = [String(connectionOf(store).pragma('user_version', { simple: true }))];
  return result;
}

export interface ZipInput {
  name: string | Buffer;
  data: string | Buffer | Deflated;
  store?: boolean;
}

/** An entry deflated beforehand (repeated below), with what the zip records of its data. */
export interface Deflated {
  packed: Buffer;
  crc: number;
  size: number;
}

/**
 * `head`, then `unit` repeated to about `size` bytes, then `tail`, deflated a block at a time so
 * the test never holds the whole: 240 MB of "{}," packs into some 240 KB, a zip bomb.
 */
export async function deflatedRepeat(head: string, unit: string, size: number, tail: string): Promise<Deflated> {
  const block = Buffer.from(unit.repeat(Math.ceil((1024 * 1024) / unit.length)));
  const blocks = Math.floor((size - head.length - tail.length) / block.length);
  let crc = 0;
  let total = 0;
  const packed: Buffer[] = [];
  await pipeline(
    Readable.from(
      (function* () {
        const counted = (chunk: Buffer): Buffer => ((crc = crc32(chunk, crc)), (total += chunk.length), chunk);
        yield counted(Buffer.from(head));
        for (let i = 0; i < blocks; i++) yield counted(block);
        yield counted(Buffer.from(tail));
      })(),
    ),
    createDeflateRaw({ level: 9 }),
    async (deflated: AsyncIterable<Buffer>) => {
      for await (const chunk of deflated) packed.push(chunk);
    },
  );
  return { packed: Buffer.concat(packed), crc, size: total };
}

/** A zip the way common tools write one (deflated unless `store`, no UTF-8 flag). */
export function makeZip(files: readonly ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = typeof file.name === 'string' ? Buffer.from(file.name, 'latin1') : file.name;
    const given = file.data;
    const data = typeof given === 'string' ? Buffer.from(given) : Buffer.isBuffer(given) ? given : null;
    const packed = data ? (file.store ? data : deflateRawSync(data)) : (given as Deflated).packed;
    const method = file.store && data ? 0 : 8;
    const crc = data ? crc32(data) : (given as Deflated).crc;
    const size = data ? data.length : (given as Deflated).size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
