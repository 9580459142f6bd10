// Every call that fails because the library cannot be written says so in words a person can act
// on ("the disk is full") instead of SQLite's "database or disk is full"; a file or folder the
// call named that cannot be used is the caller's to fix (see file-errors.ts).
import type { Handlers } from '../../../shared/contract';
import { explainFileError } from './file-errors';
import { explainStorageError } from '../store/storage-errors';

export function withStorageErrorsExplained(handlers: Handlers): Handlers {
  const guarded: Record<string, (input: never) => unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    guarded[name] = async (input: never) => {
      try {
        return await handler(input);
      } catch (error) {
        throw explainFileError(explainStorageError(error));
      }
    };
  }
  return guarded as unknown as Handlers;
}
