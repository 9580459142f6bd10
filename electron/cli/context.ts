// What every command is given, and how it opens the library: read-only when cli.ts found that the
// command only reads a library it cannot write, and marked as in use by this command meanwhile.
import type { Worker } from 'node:worker_threads';
import { openCore, type Core, type CoreOptions } from '../core/core';
import type { Flags } from './args';

export interface Context {
  dbFile: string;
  flags: Flags;
  positionals: string[];
  /** The command's name, as typed: "list", "serve". */
  command?: string;
  /** Only reads, from a library whose file or folder is not writable. */
  readonly?: boolean;
  /** Parse workers started for the command before the core was loaded (early-workers.ts). */
  parseWorkers?: Worker[];
}

export function openCliCore(context: Context, options: Omit<CoreOptions, 'dbFile'> = {}): Core {
  return openCore({
    dbFile: context.dbFile,
    use: { what: `tidings ${context.command ?? ''}`.trim(), stop: 'wait for it to finish, or press Ctrl+C where it runs' },
    ...(context.readonly ? { readonly: true } : {}),
    ...(context.parseWorkers ? { parseWorkers: context.parseWorkers } : {}),
    ...options,
  });
}
