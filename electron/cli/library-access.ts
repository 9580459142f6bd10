// What a command may do to the file --db names, decided before anything opens it: a command that
// only reads never creates a library (nor the folders for one), and reads a library it cannot write;
// a command that writes creates missing folders only for the default library or when --create says
// so; nothing that is not a Tidings library is opened at all (library-identity.ts).
import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { identifyLibrary, notALibraryMessage } from '../core/store/library-identity';
import { UsageError } from './args';

/** What a command does with the library: nothing (parse, discover), reads it, or writes it. */
export type Access = 'none' | 'read' | 'write';

export interface LibraryRequest {
  file: string;
  access: Exclude<Access, 'none'>;
  /** --create: make the missing folders of a library path given with --db. */
  create: boolean;
  /** The default library (no --db): its folder is the app's own, made when needed. */
  isDefault: boolean;
}

/**
 * Checks the path; answers the file to open (a snapshot, for a read from a read-only folder) and
 * whether to open it read-only. Throws a one-line refusal.
 */
export function prepareLibrary(request: LibraryRequest): { readonly: boolean; file: string } {
  const { file } = request;
  // SQLite cannot read a WAL library from a folder where it may not create the library's index
  // file (-shm): a read works on a snapshot instead, copied to a temporary folder with its log.
  if (request.access === 'read' && isFile(file) && !writable(dirname(file))) {
    const snapshot = snapshotOf(file);
    const refusal = notALibraryMessage(file, identifyLibrary(snapshot));
    if (refusal) throw new Error(refusal);
    return { readonly: false, file: snapshot };
  }
  const identity = identifyLibrary(file);
  const refusal = notALibraryMessage(file, identity);
  if (refusal) throw new Error(refusal);
  if (identity === 'missing') {
    if (request.access === 'read') {
      throw new Error(`there is no library at ${file} yet; a command that changes one (e.g. tidings add <url>) creates it`);
    }
    const folder = dirname(file);
    if (!existsSync(folder)) {
      if (request.isDefault || request.create) return { readonly: false, file };
      throw new UsageError(`the folder ${folder} does not exist; check the path, or add --create to make it and a new library in it`);
    }
    if (!statSync(folder).isDirectory()) throw new Error(`${folder} is a file, not a folder; a library cannot be made inside it`);
    return { readonly: false, file };
  }
  return { readonly: request.access === 'read' && !writable(file), file };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function snapshotOf(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-read-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const copy = join(dir, basename(file));
  copyFileSync(file, copy);
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  return copy;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
