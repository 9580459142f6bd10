// What a command may do to the file --db names, decided before anything opens it: a command that
// only reads never creates a library (nor the folders for one), and reads a library it cannot write;
// a command that writes creates missing folders only for the default library or when --create says
// so; nothing that is not a Tidings library is opened at all (library-identity.ts).
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
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

/** Checks the path; answers whether the library must be opened read-only. Throws a one-line refusal. */
export function prepareLibrary(request: LibraryRequest): { readonly: boolean } {
  const { file } = request;
  const identity = identifyLibrary(file);
  const refusal = notALibraryMessage(file, identity);
  if (refusal) throw new Error(refusal);
  if (identity === 'missing') {
    if (request.access === 'read') {
      throw new Error(`there is no library at ${file} yet; a command that changes one (e.g. tidings add <url>) creates it`);
    }
    const folder = dirname(file);
    if (!existsSync(folder)) {
      if (request.isDefault || request.create) return { readonly: false };
      throw new UsageError(`the folder ${folder} does not exist; check the path, or add --create to make it and a new library in it`);
    }
    if (!statSync(folder).isDirectory()) throw new Error(`${folder} is a file, not a folder; a library cannot be made inside it`);
    return { readonly: false };
  }
  return { readonly: request.access === 'read' && !(writable(file) && writable(dirname(file))) };
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
