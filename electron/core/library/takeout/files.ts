// Finding a Takeout's Reader files, in a zip or in the folder it was unpacked to. Paths are not to
// be trusted (Google's own folder name holds a non-UTF-8 byte, and people re-zip Takeouts), so
// files are found by base name; when two share a name, one inside a "Reader" folder wins, then
// the one nearest the top.
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportError } from '../errors';
import type { ByteBudget } from '../limits';
import type { Skips } from '../skips';
import { listZip, zipEntryChunks } from './zip';

export const SUBSCRIPTIONS = 'subscriptions.xml';
export const ITEM_STREAMS = ['starred.json', 'shared.json', 'liked.json', 'notes.json', 'shared-by-followers.json'] as const;
export const PEOPLE_LISTS = ['followers.json', 'following.json'] as const;
const WANTED = new Set<string>([SUBSCRIPTIONS, ...ITEM_STREAMS, ...PEOPLE_LISTS]);

/** Largest single Takeout file read; Reader's biggest (starred.json) is a few tens of MB. */
export const MAX_TAKEOUT_FILE = 256 * 1024 * 1024;

export interface TakeoutFile {
  /** Where it is, for messages. */
  path: string;
  /** Its bytes a chunk at a time, each counted against the import's budget. */
  chunks(): AsyncIterable<Buffer>;
}

/** A small file (subscriptions.xml) whole. */
export async function readWhole(file: TakeoutFile): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of file.chunks()) parts.push(chunk);
  return Buffer.concat(parts);
}

export type TakeoutFiles = ReadonlyMap<string, TakeoutFile>;

const baseName = (path: string): string => path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1).toLowerCase();

function choose(candidates: readonly TakeoutFile[], skips: Skips): TakeoutFiles {
  const byName = new Map<string, TakeoutFile[]>();
  for (const file of candidates) {
    const name = baseName(file.path);
    if (WANTED.has(name)) byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  const chosen = new Map<string, TakeoutFile>();
  for (const [name, files] of byName) {
    const rank = (file: TakeoutFile): [number, number] => [/reader/i.test(file.path) ? 0 : 1, file.path.split('/').length];
    const [best, ...others] = [...files].sort((a, b) => {
      const [ra, da] = rank(a);
      const [rb, db] = rank(b);
      return ra - rb || da - db || a.path.localeCompare(b.path);
    });
    if (!best) continue;
    chosen.set(name, best);
    for (const other of others) skips.add(other.path, `another ${name} was used (${best.path})`);
  }
  return chosen;
}

export function filesInZip(bytes: Buffer, skips: Skips, budget: ByteBudget): TakeoutFiles {
  const entries = listZip(bytes).filter((entry) => !entry.name.endsWith('/'));
  return choose(
    entries.map((entry) => ({ path: entry.name, chunks: () => zipEntryChunks(bytes, entry, MAX_TAKEOUT_FILE, budget) })),
    skips,
  );
}

const MAX_DEPTH = 6;
const MAX_FILES = 20_000;

export async function filesInFolder(root: string, skips: Skips, budget: ByteBudget): Promise<TakeoutFiles> {
  const found: TakeoutFile[] = [];
  let seen = 0;
  // Breadth first, no symbolic links followed: a Takeout folder is a small plain tree.
  let level = [root];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (++seen > MAX_FILES) throw new ImportError('takeout', `${root} holds more than ${MAX_FILES} files; is it really a Takeout?`);
        const path = join(dir, entry.name);
        if (entry.isDirectory()) next.push(path);
        else if (entry.isFile() && WANTED.has(entry.name.toLowerCase())) found.push({ path, chunks: () => readCapped(path, budget) });
      }
    }
    level = next;
  }
  return choose(found, skips);
}

async function* readCapped(path: string, budget: ByteBudget): AsyncGenerator<Buffer> {
  const info = await lstat(path);
  if (info.size > MAX_TAKEOUT_FILE) throw new ImportError('takeout', `${path} is larger than ${MAX_TAKEOUT_FILE} bytes`);
  let read = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    // A file that grows while it is read stops at the cap as well.
    read += chunk.length;
    if (read > MAX_TAKEOUT_FILE) throw new ImportError('takeout', `${path} is larger than ${MAX_TAKEOUT_FILE} bytes`);
    budget.take(chunk.length);
    yield chunk;
  }
}
