// The one line the CLI prints for a failure: in words a person can act on, without the internal
// name of the call that failed or Node's error codes.
import { contract } from '../../shared/contract';

const systemWords: Record<string, (path: string) => string> = {
  ENOENT: (path) => `${path}: no such file or folder`,
  EACCES: (path) => `${path}: permission denied`,
  EPERM: (path) => `${path}: permission denied`,
  EISDIR: (path) => `${path} is a folder, not a file`,
  ENOTDIR: (path) => `${path}: part of this path is a file, not a folder`,
  EEXIST: (path) => `${path} already exists`,
  ENOSPC: (path) => `the disk that holds ${path} is full`,
  EROFS: (path) => `${path} is on a read-only disk`,
};

export function plainMessage(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  const system = systemMessage(error, message);
  if (system) return system;
  return withoutCallName(message);
}

/** "addFeed: url: the URL must…" → "url: the URL must…": the call's name means nothing to a person. */
function withoutCallName(message: string): string {
  const prefix = /^([A-Za-z]+): /.exec(message);
  return prefix && prefix[1] !== undefined && prefix[1] in contract ? message.slice(prefix[0].length) : message;
}

/** Node's "ENOENT: no such file or directory, open '/x'", whether as the error's fields or only its text. */
function systemMessage(error: unknown, message: string): string | null {
  const fields = error as { code?: unknown; path?: unknown };
  const parsed = /\b(E[A-Z]+): [^,]*, \w+ '([^']*)'/.exec(message);
  const code = typeof fields.code === 'string' ? fields.code : parsed?.[1];
  const path = typeof fields.path === 'string' ? fields.path : parsed?.[2];
  const words = code ? systemWords[code] : undefined;
  if (!words || path === undefined) return null;
  const before = parsed ? withoutCallName(message.slice(0, parsed.index)).replace(/[:\s]+$/, '') : '';
  return before ? `${before}: ${words(path)}` : words(path);
}
