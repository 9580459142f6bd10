// Shared by the library tests: the corpus's place, a whole-database snapshot to compare before and
// after, and a minimal zip writer for building Takeouts in tests.
import { crc32, deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import type { Store } from '../../../electron/core/store';

/** The corpus copied into the repository (test/fixtures/corpus, with its licences), so a bare clone tests it too. */
export const corpus = (...parts: string[]): string => join(process.cwd(), 'test', 'fixtures', 'corpus', ...parts);
export const fixture = (...parts: string[]): string => join(process.cwd(), 'test', 'fixtures', 'library', ...parts);

/** Every row of every table, in a stable order: equal snapshots mean an unchanged library. */
export function snapshot(store: Store): Record<string, string[]> {
  const tables = store.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const result: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = store.db.prepare(`SELECT * FROM "${name}"`).all() as unknown[];
    result[name] = rows.map((row) => JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value))).sort();
  }
  result['#user_version'] = [String(store.db.pragma('user_version', { simple: true }))];
  return result;
}

export interface ZipInput {
  name: string | Buffer;
  data: string | Buffer;
  store?: boolean;
}

/** A zip the way common tools write one (deflated unless `store`, no UTF-8 flag). */
export function makeZip(files: readonly ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = typeof file.name === 'string' ? Buffer.from(file.name, 'latin1') : file.name;
    const data = typeof file.data === 'string' ? Buffer.from(file.data) : file.data;
    const packed = file.store ? data : deflateRawSync(data);
    const method = file.store ? 0 : 8;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
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
