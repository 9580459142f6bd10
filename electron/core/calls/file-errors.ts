// A call that names a file or folder (import, backup) may name one the app cannot use: a folder it
// may not read, a path that does not exist. That is the caller's input, not a fault of the app, so
// it answers bad_input in plain words rather than an internal error with Node's "EACCES: ...".
import { TidingsError } from '../../../shared/errors';

const reasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EROFS: 'the file system is read-only',
  EEXIST: 'it already exists',
  ENOTEMPTY: 'the folder is not empty',
};

const writing = new Set(['write', 'mkdir', 'rename', 'unlink', 'rmdir', 'copyfile', 'symlink', 'link', 'chmod', 'utime']);

interface SystemError {
  code: string;
  path: string;
  syscall?: string;
}

function isSystemError(error: unknown): error is SystemError {
  if (!(error instanceof Error)) return false;
  const { code, path } = error as Partial<SystemError>;
  return typeof code === 'string' && typeof path === 'string';
}

/** A file-system refusal about a path as bad_input in words; anything else unchanged. */
export function explainFileError(error: unknown): unknown {
  if (!isSystemError(error)) return error;
  const reason = reasons[error.code];
  if (!reason) return error;
  const verb = writing.has(error.syscall ?? '') ? 'write' : 'read';
  return new TidingsError('bad_input', `cannot ${verb} ${error.path}: ${reason}`);
}
